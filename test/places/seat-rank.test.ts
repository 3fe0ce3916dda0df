// Lower seats (county seats, PPLA2-PPLA4) break ties between towns of one country; across borders,
// where such codes are uneven, population decides. Made-up gazetteers isolate the rule; the real
// one checks a name it decides.
import assert from "node:assert/strict";
import { test } from "node:test";
import { createGazetteer, type GazetteerRecord } from "../../src/core/places/gazetteer.js";
import { resolveCandidates } from "../../src/core/places/resolve.js";
import { placeLexicon } from "../../src/resources/gazetteer.js";
import { placeAt, placesIn } from "./helpers.js";

const town = (country: string, admin1: string, population: number, featureCode: string, lat: number, lon: number): GazetteerRecord => ({
  geonameid: null, name: "Eastmoor", aliases: [], country, admin1, lat, lon, population, kind: "settlement", featureCode,
});

/** The reading chosen for one lone mention of "Eastmoor": [country, feature population]. */
function pick(records: GazetteerRecord[]): [string, number] {
  const gazetteer = createGazetteer(placeLexicon(), records);
  const ids = gazetteer.lookup("eastmoor");
  assert.ok(ids);
  const [chosen] = resolveCandidates([ids], gazetteer, []);
  return [gazetteer.country(chosen), gazetteer.population(chosen)];
}

test("a county seat abroad does not outrank a larger town of a country whose readings code no seat", () => {
  assert.deepEqual(pick([town("US", "Ohio", 100_000, "PPLA2", 40, -83), town("CA", "Ontario", 150_000, "PPL", 44, -79)]), ["CA", 150_000]);
});

test("within one country a county seat still wins a close call against a larger town", () => {
  assert.deepEqual(pick([town("US", "Ohio", 100_000, "PPLA2", 40, -83), town("US", "Texas", 150_000, "PPL", 31, -97)]), ["US", 100_000]);
});

test("a country whose readings include a seat of its own gets no lift for its other towns", () => {
  const records = [town("US", "Ohio", 100_000, "PPLA2", 40, -83), town("CA", "Ontario", 10_000, "PPLA2", 44, -79), town("CA", "Quebec", 150_000, "PPL", 46, -72)];
  assert.deepEqual(pick(records), ["US", 100_000]);
});

test("the lift counts only against a lower seat: a capital that outscores the town keeps its name", () => {
  // The Canadian town scores below the capital but would pass it if lifted against everything.
  const records = [town("BM", "Pembroke", 20_000, "PPLC", 32, -64), town("CA", "Ontario", 2_000_000, "PPL", 44, -79), town("US", "Ohio", 1_000, "PPLA2", 40, -83)];
  assert.deepEqual(pick(records), ["BM", 20_000]);
});

test("'Vancouver' alone, or beside both Canada and the US, is the British Columbia city", () => {
  assert.equal(placeAt(placesIn("Overdoses rose in Vancouver last month."), "Vancouver")?.admin1, "British Columbia");
  const both = placesIn("Nine people died in Vancouver this week, officials in Canada and the US said.");
  assert.equal(placeAt(both, "Vancouver")?.admin1, "British Columbia");
  // Beside places of Washington state, the county seat there.
  assert.equal(placeAt(placesIn("Traffic backed up between Vancouver and Camas on Monday."), "Vancouver")?.admin1, "Washington");
});
