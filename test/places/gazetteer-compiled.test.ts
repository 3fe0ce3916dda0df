// The compiled gazetteer (dist/data/gazetteer.bin) answers exactly like the one built from the packages.
import assert from "node:assert/strict";
import { test } from "node:test";
import { decodeGazetteer, encodeGazetteer } from "../../src/core/places/compiled.js";
import { createGazetteer, type GazetteerRecord } from "../../src/core/places/gazetteer.js";
import { parseGeonamesTsv } from "../../src/core/places/geonames-tsv.js";
import { placeLexicon } from "../../src/resources/gazetteer.js";

const record = (name: string, aliases: string[], country: string, kind: GazetteerRecord["kind"], population = 0): GazetteerRecord => ({
  geonameid: kind === "settlement" ? 1000 + name.length : null, name, aliases, country, admin1: kind === "country" ? null : "Kursk Oblast",
  lat: 51.19766, lon: 35.27258, population, kind, featureCode: "PPLA2", adjectives: kind === "country" ? ["Russian", "Russian Federal"] : [],
});

test("encode and decode keep every column, the name index and multi-word look-ahead", () => {
  const built = createGazetteer(placeLexicon(), [
    record("Sudzha", ["Sudža"], "RU", "settlement", 5500),
    record("Russia", ["Russian Federation"], "RU", "country"),
    record("Kursk Oblast", ["Kursk region"], "RU", "admin1", 700000),
  ]);
  const compiled = decodeGazetteer(encodeGazetteer(built.snapshot(), "test"), placeLexicon());
  assert.equal(compiled.size, 3);
  for (const key of ["sudzha", "sudža", "sudza", "russia", "russian federation", "kursk region", "kursk oblast"]) {
    assert.deepEqual(compiled.lookup(key), built.lookup(key), key);
  }
  assert.equal(compiled.lookup("kursk"), undefined);
  assert.equal(compiled.maxTokensFrom("kursk"), 2);
  assert.equal(compiled.maxTokensFrom("sudzha"), 1);
  assert.equal(compiled.maxTokensFrom("nowhere"), 0);
  assert.equal(compiled.lookup("sudzha"), compiled.lookup("sudzha"), "one array per name (the resolver groups by identity)");
  assert.deepEqual(compiled.adjective("russian"), built.adjective("russian"));
  assert.equal(built.beginsLongerAdjective("russian"), true, "'russian federal' begins with it");
  assert.equal(compiled.beginsLongerAdjective("russian"), true);
  assert.equal(compiled.beginsLongerAdjective("federal"), false);
  for (let id = 0; id < 3; id++) {
    for (const f of ["name", "geonameid", "country", "admin1", "lat", "lon", "population", "kind", "featureRank"] as const) {
      assert.equal(compiled[f](id), built[f](id), `${f}(${id})`);
    }
  }
});

test("records added to a compiled gazetteer are found with ids after the compiled ones", () => {
  const compiled = decodeGazetteer(encodeGazetteer(createGazetteer(placeLexicon(), [record("Sudzha", [], "RU", "settlement", 5500)]).snapshot(), "t"), placeLexicon());
  const row = [1, "Sudzha", "Sudzha", "", 51.2, 35.3, "P", "PPL", "UA", "", "", "", "", "", 2000, "", 0, "", ""].join("\t");
  compiled.addRecords(parseGeonamesTsv(row).records);
  assert.deepEqual(compiled.lookup("sudzha"), [0, 1]);
  assert.equal(compiled.country(1), "UA");
  assert.equal(compiled.size, 2);
});
