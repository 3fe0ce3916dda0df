// Facilities and quarters the gazetteer lacks, named as lying in or belonging to a resolved place,
// take that place's point and precision; no other capitalised phrase becomes one.
import assert from "node:assert/strict";
import { test } from "node:test";
import { FACILITY_RULE } from "../../src/core/places/facilities.js";
import { placeAt, placesIn } from "./helpers.js";

test("a facility after a town's possessive lies at that town", () => {
  const places = placesIn("Snow grounded flights at Denver's Quillmere Regional Airport and at Ottawa's Macdonald-Cartier Airport on Sunday.");
  const denver = placeAt(places, "Denver");
  const airport = placeAt(places, "Quillmere Regional Airport");
  assert.ok(denver && airport);
  assert.equal(airport.rule, FACILITY_RULE);
  assert.equal(airport.name, "Quillmere Regional Airport");
  assert.equal(airport.geonameid, null);
  assert.deepEqual([airport.lat, airport.lon, airport.country, airport.admin1, airport.precision], [denver.lat, denver.lon, denver.country, denver.admin1, denver.precision]);
  assert.equal(placeAt(places, "Macdonald-Cartier Airport")?.admin1, "Ontario");
});

test("a facility 'in' a town, and a quarter before its area noun, lie at that town", () => {
  const places = placesIn("The injured were taken to Grace Memorial Hospital in Dayton. Protesters gathered in Cairo's Shubra district.");
  assert.equal(placeAt(places, "Grace Memorial Hospital")?.admin1, "Ohio");
  const quarter = placeAt(places, "Shubra");
  assert.equal(quarter?.country, "EG");
  assert.equal(quarter?.rule, FACILITY_RULE);
  assert.equal(placeAt(places, "Shubra district"), undefined, "the area noun is no part of the name");
  // A sentence-opening article is no part of the name.
  assert.ok(placeAt(placesIn("The Royal Seaview Hospital in Liverpool reopened."), "Royal Seaview Hospital"));
});

test("no facility without a resolved place it lies in, or from a person, a country, a bare head or an institution", () => {
  const none = (text: string): void => {
    const facilities = placesIn(text).filter((p) => p.rule === FACILITY_RULE);
    assert.deepEqual(facilities.map((p) => p.text), [], text);
  };
  none("Russia's Vladimir Putin met reporters on Monday."); // a person after the possessive
  none("Children's Hospital staff said the boy was stable."); // no place the hospital lies in
  none("Britain's Heathrow Airport reopened on Friday."); // a country's point is too coarse for an airport
  none("Researchers at Quenby University in Boston found the strain."); // a university is the institution
  none("She was taken to a hospital in Boston."); // no name
  none("Crowds filled the Park in Denver."); // the head alone is no name
  none("He thanked Memorial Hospital. In Denver, snow fell."); // "In" opens another sentence
});

test("villages the gazetteer lacks, listed after 'the villages of' and before 'in' a resolved place, lie at that place", () => {
  const places = placesIn("Bird flu was confirmed in the villages of Kessabra, Voronel and Mistrea in Tulcea on Friday.");
  for (const name of ["Kessabra", "Voronel", "Mistrea"]) {
    const p = placeAt(places, name);
    assert.equal(p?.rule, FACILITY_RULE, name);
    assert.equal(p?.admin1, "Tulcea County", name);
  }
  // "the X district of Y" names a quarter of Y.
  assert.equal(placeAt(placesIn("A bomb went off in the Karrada Sharqiya district of Baghdad."), "Karrada Sharqiya")?.country, "IQ");
});

test("no village or quarter without the settlement noun, without a resolved place, or of common words only", () => {
  const none = (text: string): void => {
    const facilities = placesIn(text).filter((p) => p.rule === FACILITY_RULE);
    assert.deepEqual(facilities.map((p) => p.text), [], text);
  };
  none("The head of Quenby in London resigned."); // "head" is no settlement noun
  none("Medics reached the village of Kessabra on Friday."); // no place it lies in
  none("He won the Democratic district of Boston."); // a common word names no quarter
  none("Crowds filled Paris' Northern district.");
  // A known town in the list keeps its own reading.
  const kept = placeAt(placesIn("Floods hit the towns of Tulcea and Kessabra in Romania."), "Tulcea");
  assert.notEqual(kept?.rule, FACILITY_RULE);
});

test("a name the gazetteer lacks, qualified by a resolved place after a comma, lies at that place", () => {
  const fort = placeAt(placesIn("Soldiers at Fort Brannock, Maryland, were tested for the virus."), "Fort Brannock");
  assert.equal(fort?.rule, FACILITY_RULE);
  assert.equal(fort?.admin1, "Maryland");
  assert.equal(fort?.precision, "admin1");
  const street = placeAt(placesIn("The fire started in a shop on Quarry Lane, Dayton, late on Tuesday."), "Quarry Lane");
  assert.equal(street?.admin1, "Ohio");
  assert.equal(street?.precision, "settlement");
  // One word, inside a sentence.
  assert.equal(placeAt(placesIn("Flooding cut the road at Wexworth, Dayton, on Sunday."), "Wexworth")?.admin1, "Ohio");
});

test("no qualified name from a list, a person, a speaker, a sentence's first word or a bare head", () => {
  const none = (text: string): void => {
    const facilities = placesIn(text).filter((p) => p.rule === FACILITY_RULE);
    assert.deepEqual(facilities.map((p) => p.text), [], text);
  };
  none("Flights to Quenby, Dayton and Boston were cancelled."); // a list after the qualifier
  none("Marta Quenby, Dayton, wrote the letter."); // two words, no place's shape: a person and her town
  none("The award went to Quenby, Dayton's mayor said."); // a list-like run after a comma
  none("\"It was terrible,\" said Quenby, Dayton's fire chief."); // the speaker
  none("Meanwhile, Dayton reopened its schools."); // a sentence's opening word
  none("They live on Drive, Dayton."); // a head alone
  none("Storms hit Ohio, Texas and Maine."); // places the gazetteer knows
});

test("a town's name opening a facility's name after another place's possessive names the facility, not the town", () => {
  const places = placesIn("Snow closed Denver's Stapleton Airport, and flights from Ottawa were held.");
  assert.equal(placeAt(places, "Stapleton"), undefined);
  const airport = placeAt(places, "Stapleton Airport");
  assert.equal(airport?.rule, FACILITY_RULE);
  assert.equal(airport?.admin1, "Colorado");
  assert.equal(placeAt(places, "Ottawa")?.country, "CA", "no namesake town pulls Ottawa elsewhere");
  // Without a place's possessive before it, or without a facility's head after, the town stays.
  assert.equal(placeAt(placesIn("Flights from Stapleton were cancelled."), "Stapleton")?.rule, "places/gazetteer");
  assert.ok(placeAt(placesIn("Denver's Stapleton neighbourhood grew fast."), "Stapleton"));
});
