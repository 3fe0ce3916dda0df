// Names of regions and spellings the packages lack: Kenya's former provinces, Sudan's Gezira,
// other spellings of El Fasher; and a one-country region beside a namesake town of another country.
import assert from "node:assert/strict";
import { test } from "node:test";
import { placeAt, placesIn } from "./helpers.js";

test("Kenya's former provinces are regions of Kenya", () => {
  const places = placesIn("Floods displaced families in Nyanza Province and in the Rift Valley, while aid convoys reached North Eastern Province.");
  for (const name of ["Nyanza Province", "Rift Valley", "North Eastern Province"]) {
    const p = placeAt(places, name);
    assert.equal(p?.country, "KE", name);
    assert.equal(p?.precision, "region", name);
  }
});

test("Rift Valley fever is a disease, not Kenya's province", () => {
  const places = placesIn("Vets warned that Rift Valley fever could spread to cattle herds in Tanzania.");
  assert.equal(placeAt(places, "Rift Valley"), undefined);
  assert.equal(placeAt(places, "Tanzania")?.country, "TZ");
});

test("bare Nyanza: Kenya's province, unless the article points to Rwanda", () => {
  assert.equal(placeAt(placesIn("Teachers in Nyanza went on strike, the Kenyan union said."), "Nyanza")?.country, "KE");
  const rwanda = placeAt(placesIn("The old royal palace at Nyanza is two hours by bus from Kigali, Rwandan guides say."), "Nyanza");
  assert.equal(rwanda?.country, "RW");
  assert.equal(rwanda?.precision, "settlement");
});

test("Gezira is Sudan's Al Jazirah state; Al-Fashir is El Fasher", () => {
  const places = placesIn("The militia moved from Al-Fashir towards Gezira State, Sudanese officials said.");
  assert.equal(placeAt(places, "Al-Fashir")?.name, "El Fasher");
  const gezira = placeAt(places, "Gezira State");
  assert.equal(gezira?.name, "Al Jazirah");
  assert.equal(gezira?.precision, "admin1");
});
