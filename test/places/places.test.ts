import assert from "node:assert/strict";
import { test } from "node:test";
import { placeAt, placesIn } from "./helpers.js";

test("coordinated regions each resolve to their admin1 with coordinates in RU", () => {
  const places = placesIn("Russia declared emergencies in the Kursk, Belgorod and Voronezh regions and in the Nizhny Novgorod regions.");
  for (const name of ["Kursk", "Belgorod", "Voronezh", "Nizhny Novgorod"]) {
    const p = placeAt(places, name);
    assert.ok(p, `${name} found`);
    assert.equal(p.precision, "admin1");
    assert.equal(p.country, "RU");
    assert.ok(p.lat !== null && p.lon !== null);
    assert.equal(p.rule, "places/coordinated-regions");
  }
});

test('"Kursk region" is Kursk Oblast, not the city', () => {
  const p = placeAt(placesIn("Ukrainian troops advanced in the Kursk region on Tuesday."), "Kursk region");
  assert.ok(p);
  assert.equal(p.name, "Kursk Oblast");
  assert.equal(p.precision, "admin1");
  assert.equal(p.country, "RU");
});

test("Krasnodar Krai and Belgorod Oblast forms", () => {
  const places = placesIn("Drones hit Krasnodar Krai and Belgorod Oblast overnight.");
  assert.equal(placeAt(places, "Krasnodar Krai")?.precision, "admin1");
  assert.equal(placeAt(places, "Belgorod Oblast")?.name, "Belgorod Oblast");
});

test("Kyiv is the Ukrainian capital", () => {
  const p = placeAt(placesIn("Explosions were heard in Kyiv on Monday."), "Kyiv");
  assert.equal(p?.country, "UA");
  assert.equal(p?.precision, "settlement");
  assert.equal(p?.geonameid, 703448);
});

test("the small town of Sudzha is in Russia's Kursk Oblast", () => {
  const p = placeAt(placesIn("Ukrainian forces took control of the town of Sudzha."), "Sudzha");
  assert.equal(p?.country, "RU");
  assert.equal(p?.admin1, "Kursk Oblast");
});

test('"the Kursk nuclear power plant" mentions Kursk', () => {
  const p = placeAt(placesIn("The IAEA warned about the Kursk nuclear power plant."), "Kursk");
  assert.equal(p?.country, "RU");
});

test('"Ukrainian territory" stands for Ukraine at country precision', () => {
  const p = placeAt(placesIn("Russian troops shelled Ukrainian territory again."), "Ukrainian");
  assert.equal(p?.country, "UA");
  assert.equal(p?.precision, "country");
  assert.equal(p?.rule, "places/demonym");
});

test("a longer name wins over a demonym at its start", () => {
  const p = placeAt(placesIn("Wildfires spread across British Columbia."), "British Columbia");
  assert.equal(p?.country, "CA");
});

test('"35 km (22 miles) from the fighting" is a relative place without coordinates', () => {
  const places = placesIn("Residents of a village 35 km (22 miles) from the fighting were evacuated.");
  const p = places.find((x) => x.precision === "relative");
  assert.ok(p);
  assert.equal(p.text, "35 km (22 miles) from the fighting");
  assert.equal(p.lat, null);
  assert.equal(p.lon, null);
  assert.deepEqual(p.relation, { kind: "distance", anchor: { start: p.end - "the fighting".length, end: p.end, text: "the fighting" }, distance_km: 35 });
});

test('"south of Kursk" and "near the border" are relations to their anchors', () => {
  const places = placesIn("Fighting continued south of Kursk and near the border.");
  const south = places.find((p) => p.text === "south of Kursk");
  assert.equal(south?.relation?.kind, "direction");
  assert.equal(south?.relation?.anchor.text, "Kursk");
  assert.equal(places.find((p) => p.text === "near the border")?.relation?.kind, "near");
  assert.equal(placeAt(places, "Kursk")?.country, "RU");
});

test("the article's countries decide between namesakes", () => {
  const p = placeAt(placesIn("Officials in Texas said the storm reached Odessa and Midland late on Friday."), "Odessa");
  assert.equal(p?.country, "US");
});
