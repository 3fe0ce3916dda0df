// Names of regions and spellings the packages lack: Kenya's former provinces, Sudan's Gezira,
// other spellings of El Fasher; and a one-country region beside a namesake town of another country.
import assert from "node:assert/strict";
import { test } from "node:test";
import { ukrainianNationalSpelling } from "../../src/core/places/names.js";
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

test("Ukraine's national transliteration of GeoNames' older spellings", () => {
  assert.equal(ukrainianNationalSpelling("Dobropillya"), "Dobropillia");
  assert.equal(ukrainianNationalSpelling("Syevyerodonets’k"), "Sievierodonetsk");
  assert.equal(ukrainianNationalSpelling("Hulyaypole"), "Huliaipole");
  assert.equal(ukrainianNationalSpelling("Avdiyivka"), "Avdiivka");
  assert.equal(ukrainianNationalSpelling("Pervomays’kyy"), "Pervomaiskyi");
  // Already national, or nothing to change: no variant ("Kyiv" is not "Kiv", "Stryi" not "Stri").
  for (const name of ["Kyiv", "Stryi", "Kryvyi Rih", "Kolomyia", "Yasynuvata", "Mariupol"]) assert.equal(ukrainianNationalSpelling(name), null, name);
});

test("Ukrainian towns are found under the national spelling", () => {
  const places = placesIn("Shelling hit Dobropillia and Huliaipole overnight, Ukrainian officials said.");
  for (const name of ["Dobropillia", "Huliaipole"]) {
    const p = placeAt(places, name);
    assert.equal(p?.country, "UA", name);
    assert.equal(p?.precision, "settlement", name);
  }
});

test("'X regional governor/administration' names the region, where the gazetteer knows 'X region'", () => {
  const places = placesIn("Missiles struck Kharkiv overnight. Kharkiv regional governor Oleh Syniehubov said a school was hit in the centre of Kharkiv.");
  const kharkiv = places.filter((p) => p.text === "Kharkiv");
  assert.deepEqual(kharkiv.map((p) => p.precision), ["settlement", "admin1", "settlement"]);
  assert.equal(kharkiv[1].name, "Kharkiv Oblast");
  assert.equal(placeAt(placesIn("The Donetsk regional military administration reported shelling."), "Donetsk")?.name, "Donetsk Oblast");
  // A firm's regional office in a town stays the town.
  assert.equal(placeAt(placesIn("The Atlanta regional office of the bank closed on Friday."), "Atlanta")?.precision, "settlement");
});

test("a given name shared with a region, before a surname, is a person", () => {
  const places = placesIn("Lori Hayes runs the shelter. Hayes said the roof had leaked for weeks.");
  assert.equal(placeAt(places, "Lori"), undefined);
  // The region itself, named as one, stays a place.
  assert.equal(placeAt(placesIn("Floods hit Armenia's Lori and Tavush provinces."), "Lori")?.country, "AM");
});

test("the DR Congo's former provinces are regions of the DR Congo; Bas-Congo is Kongo Central", () => {
  const places = placesIn("Militias raided mines in Katanga while measles spread in Orientale province and in Western Kasai; aid reached Bas-Congo by road.");
  for (const name of ["Katanga", "Orientale province", "Western Kasai"]) {
    const p = placeAt(places, name);
    assert.equal(p?.country, "CD", name);
    assert.equal(p?.precision, "region", name);
  }
  assert.equal(placeAt(places, "Bas-Congo")?.name, "Kongo Central");
  // The former province's seat of the same name stays a town when named bare.
  assert.equal(placeAt(placesIn("Boats reached the town of Bandundu on the Kwilu river."), "Bandundu")?.precision, "settlement");
});

test("a landform word that names a region heads a feature's name after another capitalised word", () => {
  assert.deepEqual(placesIn("Floods swept the Mekong Delta and farmers on the Tibetan Plateau moved their herds.").filter((p) => p.country === "NG"), []);
  // Alone, after a preposition or with its noun, it is the region.
  assert.equal(placeAt(placesIn("Gunmen attacked three villages in Plateau, police said."), "Plateau")?.country, "NG");
  const states = placesIn("Militants struck oil pipelines in Delta and Rivers states.");
  assert.equal(placeAt(states, "Delta")?.precision, "admin1");
  assert.equal(placeAt(states, "Rivers")?.country, "NG");
  assert.equal(placeAt(placesIn("A Delta police officer was called to testify."), "Delta")?.precision, "admin1");
});

test("large refugee camps are places, under their several spellings", () => {
  const places = placesIn("Somali refugees in the Dadaab camps and Sudanese families in Abu Shok camp near El Fasher waited for food.");
  assert.equal(placeAt(places, "Dadaab")?.country, "KE");
  const camp = placeAt(places, "Abu Shok");
  assert.equal(camp?.name, "Abu Shouk");
  assert.equal(camp?.country, "SD");
});

test("English and other common names of regions: Brittany, Normandy, Corsica; Menoufia; Warab; Transylvania", () => {
  const places = placesIn("Storms hit Brittany and Normandy, and fires burned in Corsica.");
  assert.equal(placeAt(places, "Brittany")?.name, "Bretagne");
  assert.equal(placeAt(places, "Normandy")?.country, "FR");
  assert.equal(placeAt(places, "Corsica")?.precision, "admin1");
  assert.equal(placeAt(placesIn("Protests spread from Cairo to Menoufia."), "Menoufia")?.name, "Monufia");
  assert.equal(placeAt(placesIn("Fighting in Warab state displaced thousands, South Sudan's army said."), "Warab")?.name, "Warrap");
  assert.equal(placeAt(placesIn("Floods hit villages across Transylvania."), "Transylvania")?.country, "RO");
  // A person's given name is none of them.
  assert.equal(placeAt(placesIn("Brittany Zwicker runs the garden club. Zwicker said ten families signed up."), "Brittany"), undefined);
});

test("a name right after a kinship noun is the relative's", () => {
  assert.deepEqual(placesIn("She was charged with killing her daughter, Brittany, in 2007.").map((p) => p.text), []);
  assert.deepEqual(placesIn("His son Jerome drove the truck.").map((p) => p.text), []);
  // Not when the kin noun is followed by a preposition, nor for a country.
  assert.equal(placeAt(placesIn("Her daughter in Nancy called every week."), "Nancy")?.country, "FR");
});

test("French 'Saint-' names are found written 'St.' or 'Saint' apart", () => {
  const places = placesIn("Cholera reached St. Marc and Saint Marc's port, in the west of Haiti.");
  assert.equal(placeAt(places, "St. Marc")?.name, "Saint-Marc");
  assert.equal(placeAt(places, "St. Marc")?.country, "HT");
});

test("a two-word region before a plural region noun is read whole ('the Central Plateau and Artibonite regions')", () => {
  const places = placesIn("Most cases were in the Central Plateau and Artibonite regions of Haiti.");
  assert.equal(placeAt(places, "Central Plateau")?.country, "HT");
  assert.equal(placeAt(places, "Plateau"), undefined);
  assert.equal(placeAt(places, "Artibonite")?.precision, "admin1");
});

test("lakes, islands and English regions; 'SWAT' is a police unit", () => {
  const places = placesIn("Fishermen on Lake Chad and Lake Kivu, storms over Jutland and floods in South West England and Yorkshire.");
  assert.equal(placeAt(places, "Lake Chad")?.precision, "region");
  assert.equal(placeAt(places, "Jutland")?.country, "DK");
  assert.equal(placeAt(places, "South West England")?.name, "South West England");
  assert.equal(placeAt(places, "Yorkshire")?.country, "GB");
  assert.equal(placeAt(placesIn("The army retook the Swat Valley from the Taliban."), "Swat Valley")?.country, "PK");
  assert.deepEqual(placesIn("SWAT officers entered the house after midnight.").map((p) => p.text), []);
});

test("a one-country region keeps its name beside a far namesake town of a country the article names", () => {
  // Yorkshire, Virginia is a small town; nothing near it is named: the English county.
  assert.equal(placeAt(placesIn("A Yorkshire native, she moved to Ohio in 1990."), "Yorkshire")?.country, "GB");
});
