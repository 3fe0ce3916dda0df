// The lookup structure the places layer resolves against. Built once from plain records (by the
// loader in src/resources/gazetteer.ts, or from a GeoNames dump via geonames-tsv.ts) into flat
// columns indexed by integer id and one Map from name key (see names.ts) to candidate ids, so the
// per-article hot path only does Map look-ups on token strings the tokenizer already made.
import { abbreviationVariants, foldedKey, nameKey, particleVariant } from "./names.js";

/**
 * continent: "Asia", "Europe"; region: a macro-region across borders ("Middle East", "Balkans");
 * admin2: a second-level area (a US county or parish).
 */
export type PlaceKind = "settlement" | "admin1" | "country" | "continent" | "region" | "admin2";

export interface GazetteerRecord {
  geonameid: number | null;
  name: string;
  aliases: string[];
  /** ISO 3166-1 alpha-2. */
  country: string;
  admin1: string | null;
  lat: number;
  lon: number;
  /** Settlements: their population. Regions: the summed population of their settlements (a prior). */
  population: number;
  kind: PlaceKind;
  /** GeoNames feature code (PPLC, PPLA, ...) when known: capitals and admin seats win close calls. */
  featureCode?: string | null;
  /** Adjectives that stand for the place ("Ukrainian" for Ukraine, "European" for Europe). */
  adjectives?: string[];
}

/** Word lists the layer needs; data (src/data/places/lexicon.json), handed in by the loader. */
export interface PlaceLexicon {
  /** Capitalised words and names that are never places on their own (months, brands, aircraft makers, "White House" ...). */
  stopwords: ReadonlySet<string>;
  /** Nouns after a demonym that make it stand for the country ("Ukrainian territory"). */
  placeNouns: ReadonlySet<string>;
  /** Plural admin words closing a coordinated list ("the Kursk, Voronezh and Belgorod regions"). */
  regionPlurals: ReadonlySet<string>;
  /** Plural second-level words and their singular ("the Jackson and Barrow counties"). */
  countyPlurals: ReadonlyMap<string, string>;
  /** Lower-case words allowed inside a multi-word name ("Kursk region", "Bosnia and Herzegovina"). */
  lowerInName: ReadonlySet<string>;
  /** Capitalised words allowed right before a place ("Northern Syria"). */
  prefixes: ReadonlySet<string>;
  /** Capitalised words allowed right after a place ("Kursk Governor Alexei Smirnov"). */
  followers: ReadonlySet<string>;
  /** Compass words for "south of X". */
  directions: ReadonlySet<string>;
  /** Distance units and their size in km. */
  units: ReadonlyMap<string, number>;
  /** Words for "near X" ("near", "outside"). */
  nearWords: ReadonlySet<string>;
  /** Capitalised words after a place that make the whole an outlet ("Kyiv Post", "Irish Times"). */
  mediaHeads: ReadonlySet<string>;
  /** Lower-case words after a place that make the whole a pathogen or disease ("Marburg virus", "Lassa fever"). */
  diseaseHeads: ReadonlySet<string>;
  /** Function words that a title-cased line capitalises ("Flooding In Texas"): no part of a name. */
  titleWords: ReadonlySet<string>;
  /** Lower-case words after a hyphen that make the part before it a place ("Nashville-based"). */
  hyphenSuffixes: ReadonlySet<string>;
  /** Names of bodies ending in a town's name ("chamber of commerce"): that last word is no place there. */
  bodyPhrases: ReadonlySet<string>;
  /**
   * Last words (one or two) of the name of a body or event that may begin with a place's name
   * ("Red Deer Skating Association", "Cannes Grand Prix"): the place is mentioned inside a name.
   */
  nameHeads: ReadonlySet<string>;
  /** Capitalised words before a town that make the whole a sports club ("Dynamo Kyiv", "Real Madrid"). */
  clubWords: ReadonlySet<string>;
  /** Given names that are also places: before a surname, a person ("Georgia Stevens", "Chad Walker"). */
  givenNames: ReadonlySet<string>;
  /** Words before a person's name ("Sheriff Greg Taylor", "Mr. Smith"). */
  personTitles: ReadonlySet<string>;
}

export const KIND_CODE: Record<PlaceKind, number> = { settlement: 0, admin1: 1, country: 2, continent: 3, region: 4, admin2: 5 };
export const KINDS: readonly PlaceKind[] = ["settlement", "admin1", "country", "continent", "region", "admin2"];

export interface Gazetteer {
  readonly size: number;
  readonly lexicon: PlaceLexicon;
  /** Candidate ids for a name key, or undefined. */
  lookup(key: string): readonly number[] | undefined;
  /** Country ids for an adjective key ("ukrainian"), or undefined. */
  adjective(key: string): readonly number[] | undefined;
  /** Whether an adjective key of two tokens or more begins with this token ("south" of "south korean"). */
  beginsLongerAdjective(firstToken: string): boolean;
  /** Longest name (in tokens) starting with this lower-case token; 0 when none does. */
  maxTokensFrom(firstToken: string): number;
  name(id: number): string;
  geonameid(id: number): number | null;
  country(id: number): string;
  admin1(id: number): string | null;
  lat(id: number): number;
  lon(id: number): number;
  population(id: number): number;
  kind(id: number): PlaceKind;
  /** 3 capital, 2 admin seat, 1 lower admin seat, 0 other, negative for sections and ruins. */
  featureRank(id: number): number;
  /** Appends records (e.g. a GeoNames dump) and indexes their names. */
  addRecords(records: Iterable<GazetteerRecord>): void;
}

const FEATURE_RANK: Record<string, number> = {
  PPLC: 3, PPLG: 2, PPLA: 2, PPLA2: 0.75, PPLA3: 0.5, PPLA4: 0.25, PPLX: -1, PPLH: -2, PPLQ: -2, PPLW: -2,
};

/** The columns and name index of a gazetteer, as the compiler (compiled.ts) serialises them. */
export interface GazetteerSnapshot {
  names: readonly string[];
  geonameids: readonly number[];
  countries: readonly string[];
  admins: readonly (string | null)[];
  lats: readonly number[];
  lons: readonly number[];
  pops: readonly number[];
  kinds: readonly number[];
  ranks: readonly number[];
  byName: ReadonlyMap<string, readonly number[]>;
  byAdjective: ReadonlyMap<string, readonly number[]>;
  longest: ReadonlyMap<string, number>;
}

export class IndexedGazetteer implements Gazetteer {
  private readonly names: string[] = [];
  private readonly ids: number[] = [];
  private readonly countries: string[] = [];
  private readonly admins: (string | null)[] = [];
  private readonly lats: number[] = [];
  private readonly lons: number[] = [];
  private readonly pops: number[] = [];
  private readonly kinds: number[] = [];
  private readonly ranks: number[] = [];
  private readonly byName = new Map<string, number[]>();
  private readonly byAdjective = new Map<string, number[]>();
  /** First token of a multi-word name -> most tokens of a name starting with it. */
  private readonly longest = new Map<string, number>();
  private readonly adjectiveHeads = new Set<string>();

  constructor(readonly lexicon: PlaceLexicon) {}

  get size(): number {
    return this.names.length;
  }

  addRecords(records: Iterable<GazetteerRecord>): void {
    for (const r of records) {
      const id = this.names.length;
      this.names.push(r.name);
      this.ids.push(r.geonameid ?? -1);
      this.countries.push(r.country);
      this.admins.push(r.admin1);
      this.lats.push(r.lat);
      this.lons.push(r.lon);
      this.pops.push(r.population);
      this.kinds.push(KIND_CODE[r.kind]);
      this.ranks.push(r.kind === "settlement" ? (FEATURE_RANK[r.featureCode ?? ""] ?? 0) : 0);
      this.index(this.byName, r.name, id);
      for (const alias of r.aliases) this.index(this.byName, alias, id);
      // Towns and US counties ("Saint Bernard Parish" for "St. Bernard Parish"), not first-level
      // regions: "St. Thomas" should not find a Barbadian parish.
      if (r.kind === "settlement" || r.kind === "admin2") for (const variant of abbreviationVariants(r.name)) this.index(this.byName, variant, id);
      if (r.kind === "settlement" || r.kind === "admin2") {
        const variant = particleVariant(r.name);
        if (variant !== null) this.index(this.byName, variant, id);
      }
      if (r.adjectives) for (const adjective of r.adjectives) this.index(this.byAdjective, adjective, id);
    }
  }

  private index(map: Map<string, number[]>, name: string, id: number): void {
    const key = nameKey(name);
    if (key === "") return;
    this.indexKey(map, key, id);
    const folded = foldedKey(key);
    if (folded !== null) this.indexKey(map, folded, id);
  }

  private indexKey(map: Map<string, number[]>, key: string, id: number): void {
    const ids = map.get(key);
    if (ids === undefined) map.set(key, [id]);
    else if (ids[ids.length - 1] !== id) ids.push(id);
    else return;
    // Multi-word keys: remember the longest per first token so look-ups try only lengths that can match.
    const space = key.indexOf(" ");
    if (space < 0) return;
    if (map === this.byAdjective) this.adjectiveHeads.add(key.slice(0, space));
    if (map !== this.byName) return;
    let tokens = 2;
    for (let i = key.indexOf(" ", space + 1); i >= 0; i = key.indexOf(" ", i + 1)) tokens++;
    const first = key.slice(0, space);
    if ((this.longest.get(first) ?? 0) < tokens) this.longest.set(first, tokens);
  }

  snapshot(): GazetteerSnapshot {
    return {
      names: this.names, geonameids: this.ids, countries: this.countries, admins: this.admins, lats: this.lats, lons: this.lons,
      pops: this.pops, kinds: this.kinds, ranks: this.ranks, byName: this.byName, byAdjective: this.byAdjective, longest: this.longest,
    };
  }

  lookup(key: string): readonly number[] | undefined {
    return this.byName.get(key);
  }
  adjective(key: string): readonly number[] | undefined {
    return this.byAdjective.get(key);
  }
  beginsLongerAdjective(firstToken: string): boolean {
    return this.adjectiveHeads.has(firstToken);
  }
  maxTokensFrom(firstToken: string): number {
    return this.longest.get(firstToken) ?? (this.byName.has(firstToken) ? 1 : 0);
  }
  name(id: number): string {
    return this.names[id];
  }
  geonameid(id: number): number | null {
    const g = this.ids[id];
    return g < 0 ? null : g;
  }
  country(id: number): string {
    return this.countries[id];
  }
  admin1(id: number): string | null {
    return this.admins[id];
  }
  lat(id: number): number {
    return this.lats[id];
  }
  lon(id: number): number {
    return this.lons[id];
  }
  population(id: number): number {
    return this.pops[id];
  }
  kind(id: number): PlaceKind {
    return KINDS[this.kinds[id]];
  }
  featureRank(id: number): number {
    return this.ranks[id];
  }
}

export function createGazetteer(lexicon: PlaceLexicon, records: Iterable<GazetteerRecord> = []): IndexedGazetteer {
  const gazetteer = new IndexedGazetteer(lexicon);
  gazetteer.addRecords(records);
  return gazetteer;
}

/** Great-circle distance in km. */
export function distanceKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const rad = Math.PI / 180;
  const dLat = (lat2 - lat1) * rad;
  const dLon = (lon2 - lon1) * rad;
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(dLon / 2) ** 2;
  return 12742 * Math.asin(Math.min(1, Math.sqrt(a)));
}
