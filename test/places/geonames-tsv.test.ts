import assert from "node:assert/strict";
import { test } from "node:test";
import { parseGeonamesTsv } from "../../src/core/places/geonames-tsv.js";
import { createGazetteer } from "../../src/core/places/gazetteer.js";
import { placeLexicon } from "../../src/resources/gazetteer.js";

// Hand-written rows in the GeoNames dump layout (19 columns).
const row = (cols: (string | number)[]): string => cols.join("\t");
const GOOD = row([486816, "Sudzha", "Sudzha", "Sudža,Sudscha", 51.19, 35.27, "P", "PPL", "RU", "", "41", "", "", "", 6000, "", 180, "Europe/Moscow", "2024-01-01"]);
const BAD_COLUMNS = "123\tNowhere\t1.0";
const BAD_COORDS = row([1, "Bad", "Bad", "", "north", 35, "P", "PPL", "RU", "", "41", "", "", "", 10, "", 0, "", ""]);
const MOUNTAIN = row([2, "Elbrus", "Elbrus", "", 43.35, 42.44, "T", "MT", "RU", "", "", "", "", "", 0, "", 0, "", ""]);

test("the GeoNames parser reports bad lines with their numbers and keeps the good ones", () => {
  const result = parseGeonamesTsv([GOOD, BAD_COLUMNS, BAD_COORDS, MOUNTAIN, ""].join("\n"), { admin1Names: new Map([["RU.41", "Kursk Oblast"]]) });
  assert.equal(result.records.length, 1);
  assert.equal(result.records[0].name, "Sudzha");
  assert.equal(result.records[0].admin1, "Kursk Oblast");
  assert.equal(result.records[0].kind, "settlement");
  assert.deepEqual(result.errors.map((e) => e.line), [2, 3]);
  assert.match(result.errors[0].message, /19 tab-separated columns/);
  assert.equal(result.skipped, 1);
});

test("parsed records can be added to a gazetteer and looked up by name and alias", () => {
  const gazetteer = createGazetteer(placeLexicon(), parseGeonamesTsv(GOOD).records);
  assert.equal(gazetteer.lookup("sudzha")?.length, 1);
  assert.equal(gazetteer.lookup("sudža")?.length, 1);
  assert.equal(gazetteer.maxTokensFrom("sudzha"), 1);
});
