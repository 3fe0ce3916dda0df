// Hedging adverbs with no reporting verb: "X reportedly did Y" is a claim of unnamed others.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { extractArticle } from "../../src/core/extract.js";
import type { Extraction } from "../../src/core/types.js";
import { defaultResources } from "../../src/resources/index.js";
import { article } from "../helpers.js";

const extract = (text: string): Extraction => extractArticle(article(text, "2024-08-14"), defaultResources());

describe("hearsay adverbs", () => {
  it("make the sentence a claim of an unnamed source, hedged, and the sentence's events its report", () => {
    const x = extract("Government troops reportedly shelled the port of Hodeidah overnight. Rebels allegedly seized two ferries.");
    assert.deepEqual(x.claims.map((c) => [c.rule, c.source.text, c.source.unnamed, c.cue.text, c.hedges.map((h) => h.kind)]), [
      ["claim/hearsay", "reportedly", "report", "reportedly", ["reportedly"]],
      ["claim/hearsay", "allegedly", "source", "allegedly", ["allegedly"]],
    ]);
    assert.equal(x.claims[0]!.content.text, "Government troops reportedly shelled the port of Hodeidah overnight");
    const shelled = x.events.find((e) => e.trigger.text === "shelled");
    assert.equal(shelled?.claim, x.claims[0]!.id);
  });

  it("leave a sentence that already holds a claim to that claim, as its hedge", () => {
    const x = extract("The mayor said the bridge was reportedly hit twice. The dam was reportedly breached, according to local media.");
    assert.deepEqual(x.claims.map((c) => c.rule), ["claim/subject-verb", "claim/according-to"]);
    for (const c of x.claims) assert.deepEqual(c.hedges.map((h) => h.kind), ["reportedly"]);
  });

  it("do not include a writer's own inference ('apparently') or a report noun", () => {
    const x = extract("The convoy apparently turned back. Reports of shelling reached the capital.");
    assert.deepEqual(x.claims, []);
  });
});

describe("a spokesman's side from the body the article just named", () => {
  const sourcesOf = (text: string) =>
    extractArticle(article(text, "2025-02-05"), defaultResources()).claims.map((c) => [c.source.text, c.source.affiliation]);

  it("'Its spokesman' speaks for the body that spoke before", () => {
    assert.deepEqual(sourcesOf("The Sudanese army said it had retaken the city. Its spokesman, Nabil Abdallah, said the RSF had fled.")[1], ["Its spokesman, Nabil Abdallah", "SD"]);
  });

  it("'Government spokesman' and 'a military spokesman' take the side of the government or military named before", () => {
    assert.deepEqual(sourcesOf("Congo's government said 3,000 people had died. Government spokesman Patrick Muyaya told reporters the figure would rise.")[1], ["Government spokesman Patrick Muyaya", "CD"]);
    assert.deepEqual(sourcesOf("The Israeli military said it struck targets. A military spokesman said 20 rockets were fired.")[1], ["A military spokesman", "IL"]);
  });

  it("no institution named before, or 'its' after a person: no side is made up", () => {
    assert.deepEqual(sourcesOf("The talks failed. A military spokesman said 20 rockets were fired.")[0], ["A military spokesman", null]);
    assert.deepEqual(sourcesOf("Kovac said the council had failed. Its spokesman said the vote would be held.")[1], ["Its spokesman", null]);
  });
});

describe("an agency as an unnamed source", () => {
  it("is an official body unless it is a news or press agency", () => {
    const civil = extract("Four people were killed, the civil defence agency said.").claims[0];
    assert.equal(civil?.source.unnamed, "official");
    const news = extract("Four people were killed, the state news agency said.").claims[0];
    assert.equal(news?.source.unnamed, "media");
  });
});

describe("'citing' a reason, not a source", () => {
  it("'citing continued attacks by Ukrainian forces' names no source; 'citing officials in the region' does", () => {
    const reason = extract("The governor declared a state of emergency on Wednesday, citing continued attacks by enemy forces.");
    assert.ok(!reason.claims.some((c) => c.source.text.includes("attacks")), reason.claims.map((c) => c.source.text).join(" | "));
    const source = extract("Ten people were killed in the blast, the agency reported, citing officials in the region.");
    assert.ok(source.claims.some((c) => c.source.text.startsWith("officials")), source.claims.map((c) => c.source.text).join(" | "));
  });
});
