// "show" as a reporting verb: evidence a speaker presents, not any showing.
import assert from "node:assert/strict";
import { it } from "node:test";
import { extractArticle } from "../../src/core/extract.js";
import { defaultResources } from "../../src/resources/index.js";
import { article } from "../helpers.js";

const claims = (text: string) => extractArticle(article(text, "2024-08-14"), defaultResources()).claims;

it("what a speaker shows beside what it says is its claim too; a plain showing is none", () => {
  const found = claims("The army said two bridges had been hit and showed drones circling over the river.");
  assert.deepEqual(found.map((c) => [c.source.text, c.cue.text, c.content.text]), [
    ["The army", "said", "two bridges had been hit"],
    ["The army", "showed", "drones circling over the river"],
  ]);
  assert.deepEqual(claims("The driver showed his papers at the checkpoint."), []);
});

it("what a report shows is its claim, named through 'which'", () => {
  const found = claims("The dam has burst, according to local television reports, which showed footage of the flood.");
  const shown = found.find((c) => c.cue.text === "showed");
  assert.equal(shown?.source.text, "which");
  assert.equal(shown?.content.text, "footage of the flood");
});

it("polling and statistics show what they show, even before 'as many as'", () => {
  assert.deepEqual(claims("Polls show as many as 30 percent of residents will stay.").map((c) => [c.source.text, c.cue.text, c.content.text]), [["Polls", "show", "as many as 30 percent of residents will stay"]]);
  assert.deepEqual(claims("The latest polling in Kharkiv shows the mayor ahead.").map((c) => [c.source.text, c.cue.text]), [["The latest polling in Kharkiv", "shows"]]);
});
