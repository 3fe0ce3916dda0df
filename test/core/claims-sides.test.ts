// Which side a speaker is on when the lexicon does not know them (the country that opens their
// title; bodies named again with a different qualifier), and participles that only modify a noun.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { extractArticle } from "../../src/core/extract.js";
import { defaultResources } from "../../src/resources/index.js";
import { article } from "../helpers.js";

function sides(text: string): [string, string | null][] {
  return extractArticle(article(text), defaultResources()).claims.map((c) => [c.source.text, c.source.affiliation]);
}

describe("a person the lexicon does not know speaks for the country that opens their title", () => {
  it("a country's possessive or a demonym before the title", () => {
    assert.deepEqual(sides("Moldova's deputy foreign minister, Ilie Rusnac, said the talks had failed."), [["Moldova's deputy foreign minister, Ilie Rusnac", "MD"]]);
    assert.deepEqual(sides("Chilean army spokesman Tomas Urrutia said two soldiers were hurt."), [["Chilean army spokesman Tomas Urrutia", "CL"]]);
  });

  it("a city's name before a title is not its country, nor is a first name that is a demonym", () => {
    assert.deepEqual(sides("Athens Parks Director Austin Fesmire said the rink was open."), [["Athens Parks Director Austin Fesmire", null]]);
    assert.deepEqual(sides("German Alvarado said the road was closed."), [["German Alvarado", null]]);
  });
});

describe("a body named again is the one named before only when its qualifiers match", () => {
  it("'the interior ministry' does not take the side of 'Chile's defence ministry'", () => {
    const found = sides("Chile's defence ministry said the border was calm. The interior ministry said 2,000 people had fled.");
    assert.deepEqual(found, [["Chile's defence ministry", "CL"], ["The interior ministry", null]]);
  });

  it("'the ministry' and 'the defence ministry' still do", () => {
    const found = sides("Chile's defence ministry said the border was calm. The defence ministry said later that two posts were shelled.");
    assert.deepEqual(found, [["Chile's defence ministry", "CL"], ["The defence ministry", "CL"]]);
  });
});

describe("a participle between a preposition and a noun modifies the noun", () => {
  function cues(text: string): string[] {
    return extractArticle(article(text), defaultResources()).claims.map((c) => c.cue.text);
  }

  it("'clash along disputed border' makes no denial", () => {
    assert.deepEqual(cues("Thai and Cambodian troops clash along disputed border"), []);
    assert.deepEqual(cues("Farmers returned to fields in contested areas near the river."), []);
  });

  it("a participle that takes its clause still reports", () => {
    assert.deepEqual(cues("The minister, in remarks reported by state media, denied that troops had crossed."), ["denied"]);
  });
});

describe("when a claim was made", () => {
  function times(text: string): (string | null)[] {
    return extractArticle(article(text), defaultResources()).claims.map((c) => c.time);
  }

  it("a time that opens the sentence, set off by a comma before the source, is when it was said", () => {
    // (The helper's article is dated 2024-08-14, a Wednesday.)
    assert.deepEqual(times("On Monday, the ministry said 12 people had been killed."), ["2024-08-12"]);
  });

  it("not when the content comes first, nor a time inside the content", () => {
    assert.deepEqual(times("On Monday, a strike killed 12 people, the ministry said."), ["2024-08-14"]);
    assert.deepEqual(times("The ministry said 12 people had been killed on Monday."), ["2024-08-14"]);
    assert.deepEqual(times("At least 100 people were killed since Monday, the World Health Organization said."), ["2024-08-14"]);
  });
});

describe("a body named with a hyphen: who runs it, and who only backs it", () => {
  it("'the Houthi-run health ministry' speaks for the Houthis, 'Russian-installed officials' for Russia", () => {
    assert.deepEqual(sides("The Houthi-run health ministry said 68 people were killed."), [["The Houthi-run health ministry", "HOUTHIS"]]);
    assert.deepEqual(sides("Russian-installed officials said five drones were downed."), [["Russian-installed officials", "RU"]]);
  });

  it("'the Hamas-run health ministry' is Gaza's health ministry, on the same side however it is named", () => {
    const found = sides("Gaza's health ministry said 40 people were killed. The Hamas-run health ministry said later that 12 were children.");
    assert.equal(found[0]![1], found[1]![1]);
  });

  it("'the Iran-backed group' does not speak for Iran; 'Rwanda-backed M23 rebels' speak for M23", () => {
    assert.deepEqual(sides("The Iran-backed group said it fired missiles at the port."), [["The Iran-backed group", null]]);
    assert.deepEqual(sides("Rwanda-backed M23 rebels said they had taken the airport."), [["Rwanda-backed M23 rebels", "M23"]]);
  });
});
