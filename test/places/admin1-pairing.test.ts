// Towns take the first-level region GeoNames gives them, paired with the region's English name by
// evidence (codes, seats, the towns each region lists), and regions sit among their own towns.
import assert from "node:assert/strict";
import { test } from "node:test";
import { distanceKm } from "../../src/core/places/gazetteer.js";
import { placeAt, placesIn } from "./helpers.js";

test("Darfur's state capitals lie in their own states", () => {
  const places = placesIn("Aid convoys left Nyala for El Fasher and Geneina, and a clinic reopened in Zalingei.");
  assert.equal(placeAt(places, "El Fasher")?.admin1, "North Darfur");
  assert.equal(placeAt(places, "Geneina")?.admin1, "West Darfur");
  assert.equal(placeAt(places, "Nyala")?.admin1, "South Darfur");
  assert.equal(placeAt(places, "Zalingei")?.admin1, "Central Darfur");
});

test("a region whose package point is a stray geocode sits among its own towns (Kent in south-east England, Angus in Scotland)", () => {
  const places = placesIn("Storms cut power across Kent and Norfolk, and roads were shut in Angus.");
  const kent = placeAt(places, "Kent");
  assert.equal(kent?.precision, "admin1");
  assert.ok(kent !== undefined && distanceKm(kent.lat!, kent.lon!, 51.27, 0.52) < 60, `Kent at ${kent?.lat},${kent?.lon}`);
  const norfolk = placeAt(places, "Norfolk");
  assert.ok(norfolk !== undefined && distanceKm(norfolk.lat!, norfolk.lon!, 52.65, 1.0) < 60, `Norfolk at ${norfolk?.lat},${norfolk?.lon}`);
  const angus = placeAt(places, "Angus");
  assert.ok(angus !== undefined && angus.lat! > 56.3, `Angus at ${angus?.lat},${angus?.lon}`);
  assert.notDeepEqual([kent?.lat, kent?.lon], [angus?.lat, angus?.lon], "no two regions share a placeholder point");
});

test("the Gaza Strip and the West Bank are regions with points of their own; Gaza alone is the city", () => {
  const places = placesIn("Shelling continued in the Gaza Strip as raids spread across the West Bank; in Gaza, hospitals ran short of fuel.");
  const strip = placeAt(places, "Gaza Strip");
  assert.equal(strip?.precision, "admin1");
  assert.equal(strip?.country, "PS");
  assert.ok(strip !== undefined && distanceKm(strip.lat!, strip.lon!, 31.42, 34.38) < 30, `Gaza Strip at ${strip?.lat},${strip?.lon}`);
  const bank = placeAt(places, "West Bank");
  assert.equal(bank?.precision, "admin1");
  assert.ok(bank !== undefined && distanceKm(bank.lat!, bank.lon!, 31.95, 35.25) < 40, `West Bank at ${bank?.lat},${bank?.lon}`);
  const city = placeAt(places, "Gaza");
  assert.equal(city?.precision, "settlement");
  assert.equal(city?.admin1, "Gaza Strip");
});

test("towns of the West Bank lie in the West Bank", () => {
  const places = placesIn("Troops entered Jenin and Nablus before dawn, residents of Ramallah said.");
  for (const name of ["Jenin", "Nablus", "Ramallah"]) assert.equal(placeAt(places, name)?.admin1, "West Bank", name);
});

test("Chukotka's towns are in Chukotka, not in a region at the other end of Russia", () => {
  assert.equal(placeAt(placesIn("The plane landed in Anadyr after a storm."), "Anadyr")?.admin1, "Chukotka Autonomous Okrug");
});

test("towns of regions the region package lacks get their own region, not a neighbour's", () => {
  assert.equal(placeAt(placesIn("Talks resumed in Hargeisa on Monday."), "Hargeisa")?.admin1, "Woqooyi Galbeed");
  assert.equal(placeAt(placesIn("Rescuers reached Tobruk after the storm."), "Tobruk")?.admin1, "Butnan District");
  assert.equal(placeAt(placesIn("Protesters marched in Niamey on Friday."), "Niamey")?.admin1, "Niamey Capital District");
  assert.equal(placeAt(placesIn("Clashes were reported in Derna and Benghazi."), "Derna")?.admin1, "Derna District");
});

test("a city's English spelling is the city, not the region named after it; the region goes by 'region' or its full name", () => {
  const places = placesIn("Clashes in Basra and Misrata spread to the Basra region and to Derna District.");
  assert.equal(placeAt(places, "Basra")?.precision, "settlement");
  assert.equal(placeAt(places, "Misrata")?.precision, "settlement");
  assert.equal(placeAt(places, "Basra region")?.precision, "admin1");
  assert.equal(placeAt(places, "Derna District")?.precision, "admin1");
});

test("Fiji's towns lie in their own divisions", () => {
  const places = placesIn("The cyclone passed Suva and Levuka, and the ferry from Labasa was cancelled.");
  assert.equal(placeAt(places, "Levuka")?.admin1, "Eastern Division");
  assert.equal(placeAt(places, "Labasa")?.admin1, "Northern Division");
  assert.equal(placeAt(places, "Suva")?.admin1, "Central Division");
});

test("South Sudan's towns lie in its ten states, whatever newer units GeoNames files them under", () => {
  const places = placesIn("Flooding displaced families in Bentiu, Bor and Malakal, while traders from Wau and Rumbek stayed away.");
  assert.equal(placeAt(places, "Bentiu")?.admin1, "Unity");
  assert.equal(placeAt(places, "Bor")?.admin1, "Jonglei State");
  assert.equal(placeAt(places, "Malakal")?.admin1, "Upper Nile");
  assert.equal(placeAt(places, "Wau")?.admin1, "Western Bahr el Ghazal");
  assert.equal(placeAt(places, "Rumbek")?.admin1, "Lakes");
});

test("Stepanakert is Khankendi, a city region of Azerbaijan of its own, not a district of Nakhchivan", () => {
  const p = placeAt(placesIn("Thousands left Stepanakert by the Lachin road."), "Stepanakert");
  assert.equal(p?.country, "AZ");
  assert.equal(p?.admin1, "Khankendi City");
});

test("'the X region' beside a city-region of the bare name X is the typed region", () => {
  // Moscow is a first-level region of its own (the city) beside Moscow Oblast; Almaty beside Almaty Region.
  const text = "Drones hit Moscow overnight, Moscow officials said, and more were shot down over the Moscow region.";
  assert.equal(placesIn(text).find((p) => p.text === "Moscow region")?.admin1, "Moscow Oblast");
  assert.equal(placesIn("Moscow officials said the city was calm.").find((p) => p.text === "Moscow")?.admin1, "Moscow", "the city keeps its own region");
});
