// A name inside a hyphenated word ("a Washington-based think tank", "Kyiv-backed fighters") is the
// home of something named. The places layer keeps it, but neither a figure's proposition nor an
// event may be placed there.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { extractArticle } from "../../src/core/extract.js";
import { HYPHEN_PART_RULE, IN_NAME_RULE } from "../../src/core/places/recognize.js";
import { buildLedger } from "../../src/ledger/index.js";
import { eventLocations } from "../../src/store/event-location.js";
import { articleRows } from "../../src/store/article-rows.js";
import { defaultResources } from "../../src/resources/index.js";
import { article } from "../helpers.js";

function stored(text: string) {
  const a = article(text, "2024-08-15");
  return { articleId: 1, article: a, extraction: extractArticle(a, defaultResources()) };
}

describe("places that are the home of something named", () => {
  it("do not place a figure's proposition", () => {
    const s = stored("The Institute for the Study of War, a Washington-based think tank, said Ukrainian forces had advanced as much as 15 km in the Kursk region.");
    assert.ok(s.extraction.places.some((p) => p.rule === HYPHEN_PART_RULE && p.text === "Washington"), "the home is still a place");
    const snapshot = buildLedger([s]);
    assert.ok(snapshot.observations.length > 0);
    for (const o of snapshot.observations) assert.match(o.propositionId, /Kursk/, o.propositionId);
  });

  it("do not place an event", () => {
    const s = stored("Kyiv-backed fighters attacked a checkpoint overnight, the governor said.");
    assert.ok(s.extraction.places.some((p) => p.rule === HYPHEN_PART_RULE && p.text === "Kyiv"), "the home is still a place");
    assert.ok(s.extraction.events.length > 0);
    assert.ok(s.extraction.events.every((e) => e.place !== "Kyiv"), JSON.stringify(s.extraction.events.map((e) => e.place)));
  });
});

// A place's name inside a body's, outlet's or event's name ("The Moscow Times", "the Kyiv Post") is
// the name's namesake: kept in the extraction, but never where a figure or event is, and no site of
// the map.
describe("places named inside a longer name", () => {
  it("do not place a figure's proposition", () => {
    const s = stored("The Moscow Times said 12 people were killed when missiles hit the station.");
    assert.ok(s.extraction.places.some((p) => p.rule === IN_NAME_RULE && p.text === "Moscow"), "the name's place is still a place");
    const snapshot = buildLedger([s]);
    assert.ok(snapshot.observations.length > 0);
    for (const o of snapshot.observations) assert.doesNotMatch(o.propositionId, /Moscow/, o.propositionId);
  });

  it("do not place an event, nor become the map's site or an event's drawn region", () => {
    const s = stored("Gunmen attacked reporters of the Kyiv Post on the road to the front.");
    assert.ok(s.extraction.places.some((p) => p.rule === IN_NAME_RULE && p.text === "Kyiv"), "the name's place is still a place");
    assert.ok(s.extraction.events.length > 0);
    assert.ok(s.extraction.events.every((e) => e.place !== "Kyiv"), JSON.stringify(s.extraction.events.map((e) => e.place)));
    assert.ok(eventLocations(s.extraction).every((l) => l.loc_name !== "Kyiv"));
    assert.deepEqual(articleRows(s.extraction).places, []);
  });

  it("do not become the article's region where events are drawn", () => {
    const s = stored("Drones struck a fuel depot overnight, the Texas Tribune reported.");
    assert.ok(s.extraction.places.some((p) => p.rule === IN_NAME_RULE && p.text === "Texas" && p.precision === "admin1"));
    assert.ok(s.extraction.events.length > 0);
    for (const l of eventLocations(s.extraction)) assert.equal(l.loc_name, null);
  });
});
