// Toponym resolution: picks one gazetteer entry per mention. A candidate's score is its prior
// (population, capital > admin seat > other, countries and regions above towns) plus what the
// article says about itself: the countries and regions its other place names point to, and
// closeness to the other places it mentions. Each distinct name votes once and never for itself,
// so a name repeated five times cannot talk itself into a country.
import { distanceKm, type Gazetteer } from "./gazetteer.js";

const PRIOR_COUNTRY = 11;
const PRIOR_CONTINENT = 11;
const PRIOR_REGION = 9;
/** Admin1 prior: a floor plus a share of log10 of the population of its towns (6 to ~9). */
const PRIOR_ADMIN1 = 6;
const ADMIN1_POPULATION_WEIGHT = 0.4;
/** Admin2 (county) prior: lower than a region's; only counties share a "... County" name. */
const PRIOR_ADMIN2 = 3;
const ADMIN2_POPULATION_WEIGHT = 0.5;
const RANK_WEIGHT = 0.8;
const COUNTRY_WEIGHT = 2;
const COUNTRY_CAP = 2;
/** Score per vote for a candidate's first-level region, counting at most ADMIN1_CAP votes. */
const ADMIN1_WEIGHT = 1.5;
const ADMIN1_CAP = 2;
/** A region named outright ("Tennessee", "Ga.") votes for itself this many times. */
const ADMIN1_NAMED_VOTES = 2;
/** Towns that share their name with a region or country ("California, Md.") count one vote at most. */
const ADMIN1_CAP_NAMESAKE = 1;
/** Feature rank of a national capital (PPLC). */
const CAPITAL_RANK = 3;
const CAPITAL_OVER_REGION = 1.5;
/**
 * A first-level region and the city of the same name in it that holds at least this share of its
 * people ("Isfahan", "Dubai", "Kandahar"), or the smaller share if the city is the region's seat
 * ("Semnan", "Hamadan", "Valencia"): a bare name is the city, unless the text says the region.
 * Regions whose namesake city is a small part of them ("Quebec", "Oaxaca", "New York") keep their prior.
 */
const NAMESAKE_CITY_SHARE = 1 / 3;
const NAMESAKE_SEAT_SHARE = 0.15;
/** Feature rank of a first-level region's seat (PPLA) and up. */
const SEAT_RANK = 2;
/** How far such a region scores below its city's prior (as a national capital's namesake region does). */
const CITY_OVER_REGION = 1.5;
const ADJECTIVE_VOTE = 0.5;
/** A region's demonym ("Ontarians", "Texan") votes for the region like one town inside it. */
const ADMIN1_ADJECTIVE_VOTE = 1;
/** A candidate this far ahead of the next on prior alone already tells the article's country. */
const DOMINANT_MARGIN = 1.5;
const NEAR_KM = 150;
const NEAR_BONUS = 1.5;
const REGION_KM = 400;
const REGION_BONUS = 0.75;
/**
 * Two names whose readings lie this close together (a town and its county, two neighbouring towns)
 * make each other likely: "Paris" beside "Henry County" is Paris, Tennessee.
 */
const PAIR_KM = 40;
const PAIR_BONUS = 2.5;
/** Readings of two names a little farther apart (neighbouring towns of one district) count less. */
const PAIR_FAR_KM = 100;
const PAIR_FAR_BONUS = 1;
const LONE_COUNTRY_BESIDE_PAIR = 2;
/** What a region of a country nothing else points to loses beside a town of its name in a country the article names. */
const LONE_REGION_BESIDE_TOWN = 6;
/**
 * A first-level region and a town or county of another name lying in it ("Georgia" beside
 * "Albany") make each other likely: the state, not the country; the Georgia town, not New York's.
 */
const CONTAINED_BONUS = 1;
const KM_PER_DEGREE = 111.2;
/** Towns smaller than this can be strays (see dropStrays). */
const STRAY_MAX_POPULATION = 10_000;
/** First-level regions whose towns add up to fewer people than this can be strays too ("Paul", Cape Verde, for a first name). */
const STRAY_MAX_REGION_POPULATION = 100_000;
/** A stray town of the article's own country lies at least this far from every other place it names. */
const STRAY_TOWN_KM = 600;
/** A stray region lies at least this far from every other place the article names. */
const STRAY_REGION_KM = 2000;
/** Votes for another country that make it the article's focus (two names, or the country named). */
const STRAY_FOCUS = 2;

interface Group {
  ids: readonly number[];
  country: Map<string, number>;
  admin1: Map<string, number>;
  chosen: number;
  /** Candidates with a reading of another name within PAIR_FAR_KM, or in or around one (a region and a town in it), and their bonus. */
  paired: Map<number, number> | null;
  /** Every mention of the name is the home of something named ("a California-based chain"): it votes as one town would. */
  homeOnly: boolean;
  /** Every mention of the name is one word ("Paul", not "Prince Edward Island"): a region so named can be a stray. */
  oneWord: boolean;
  /** A mention of the name is said to be a region ("the governor of Isfahan", "Isfahan and Fars provinces"). */
  regionSaid: boolean;
  /** A mention of the name is a dateline, which names a city: no first-level region reading counts. */
  dateline: boolean;
  /** The region reading whose namesake city, also read, holds a large share of its people (-1: none). */
  cityRegion: number;
  /** That city's reading (-1: none). */
  regionCity: number;
}

/** What the layer knows of a mention besides its readings: bits of MENTION_HOME, MENTION_ONE_WORD, MENTION_REGION and MENTION_DATELINE. */
export const MENTION_HOME = 1;
export const MENTION_ONE_WORD = 2;
export const MENTION_REGION = 4;
export const MENTION_DATELINE = 8;

/** Chosen gazetteer id per mention (candidate lists in text order), -1 when none. */
/**
 * `adjectivePlaces`: countries and first-level regions the article's demonyms name ("Canadian",
 * "Ontarians"): each is a small vote for its country, a region's also one for the region.
 */
export function resolveCandidates(mentions: readonly (readonly number[])[], gazetteer: Gazetteer, adjectivePlaces: readonly number[], traits?: readonly number[]): Int32Array {
  const groups = new Map<readonly number[], Group>();
  for (let m = 0; m < mentions.length; m++) {
    const ids = mentions[m];
    if (ids.length === 0) continue;
    const trait = traits?.[m] ?? 0;
    const home = (trait & MENTION_HOME) !== 0;
    const oneWord = (trait & MENTION_ONE_WORD) !== 0;
    const regionSaid = (trait & MENTION_REGION) !== 0;
    const dateline = (trait & MENTION_DATELINE) !== 0;
    const g = groups.get(ids);
    if (g === undefined) groups.set(ids, { ids, country: new Map(), admin1: new Map(), chosen: -1, paired: null, homeOnly: home, oneWord, regionSaid, dateline, ...namesakeCity(ids, gazetteer) });
    else {
      g.homeOnly &&= home;
      g.oneWord &&= oneWord;
      g.regionSaid ||= regionSaid;
      g.dateline ||= dateline;
    }
  }
  const list = [...groups.values()];
  if (list.length > 1) {
    pairUp(list, gazetteer);
    pairWithRegions(list, gazetteer);
  }
  const adjectives = new Map<string, number>();
  const regionAdjectives = new Map<string, number>();
  for (const id of adjectivePlaces) {
    adjectives.set(gazetteer.country(id), ADJECTIVE_VOTE);
    const a = gazetteer.admin1(id);
    if (gazetteer.kind(id) === "admin1" && a !== null) regionAdjectives.set(a, ADMIN1_ADJECTIVE_VOTE);
  }

  // Pass 1: votes from what each name says on its own.
  for (const g of list) {
    const countries = new Set(g.ids.map((id) => gazetteer.country(id)));
    if (countries.size === 1) {
      const only = g.ids[0];
      g.country.set(gazetteer.country(only), g.ids.every((id) => gazetteer.kind(id) === "country") ? 2 : 1);
      const admins = new Set(g.ids.map((id) => gazetteer.admin1(id)));
      if (admins.size === 1 && gazetteer.admin1(only) !== null) g.admin1.set(gazetteer.admin1(only)!, gazetteer.kind(only) === "admin1" ? 1 : 0.5);
    } else {
      const [top, margin] = topByPrior(g.ids, gazetteer);
      if (margin >= DOMINANT_MARGIN) g.country.set(gazetteer.country(top), 0.5);
    }
  }
  choose(list, gazetteer, adjectives, regionAdjectives, false);

  // Pass 2: votes from the pass-1 choices, plus closeness to the other chosen places. Once more when
  // a name changed between a country and a first-level region ("Georgia" the state, not the
  // country): the others' votes came from its first reading ("Albany" beside it).
  const first = list.map((g) => g.chosen);
  votesFromChoices(list, gazetteer);
  choose(list, gazetteer, adjectives, regionAdjectives, true);
  if (list.some((g, k) => g.chosen !== first[k] && (regionLike(gazetteer, g.chosen) || regionLike(gazetteer, first[k]) || crossesBorder(gazetteer, g.chosen, first[k])))) {
    votesFromChoices(list, gazetteer);
    choose(list, gazetteer, adjectives, regionAdjectives, true);
  }
  dropStrays(list, gazetteer, adjectives);

  const out = new Int32Array(mentions.length).fill(-1);
  for (let m = 0; m < mentions.length; m++) {
    const g = groups.get(mentions[m]);
    if (g) out[m] = g.chosen;
  }
  return out;
}

/** The first-level region read for a name and its namesake city in it, also read, that holds NAMESAKE_CITY_SHARE of its people (a seat NAMESAKE_SEAT_SHARE); -1 when none. */
function namesakeCity(ids: readonly number[], gazetteer: Gazetteer): { cityRegion: number; regionCity: number } {
  for (const region of ids) {
    if (gazetteer.kind(region) !== "admin1") continue;
    const name = gazetteer.admin1(region);
    const people = gazetteer.population(region) * NAMESAKE_CITY_SHARE;
    const seatPeople = gazetteer.population(region) * NAMESAKE_SEAT_SHARE;
    for (const id of ids) {
      if (gazetteer.kind(id) !== "settlement" || gazetteer.admin1(id) !== name || gazetteer.country(id) !== gazetteer.country(region)) continue;
      const seat = gazetteer.featureRank(id) >= SEAT_RANK;
      if (gazetteer.population(id) >= people || (seat && gazetteer.population(id) >= seatPeople)) return { cityRegion: region, regionCity: id };
    }
  }
  return { cityRegion: -1, regionCity: -1 };
}

/** Each group's votes: for the country and first-level region of its chosen reading. */
function votesFromChoices(list: Group[], gazetteer: Gazetteer): void {
  for (const g of list) {
    g.country.clear();
    g.admin1.clear();
    if (g.chosen < 0) continue;
    g.country.set(gazetteer.country(g.chosen), gazetteer.kind(g.chosen) === "country" && !g.homeOnly ? 2 : 1);
    const a = gazetteer.admin1(g.chosen);
    if (a !== null) g.admin1.set(a, gazetteer.kind(g.chosen) === "admin1" && !g.homeOnly ? ADMIN1_NAMED_VOTES : 1);
  }
}

/** Whether a chosen reading is a country or a first-level region (-1: none chosen). */
function regionLike(gazetteer: Gazetteer, id: number): boolean {
  return id >= 0 && (gazetteer.kind(id) === "country" || gazetteer.kind(id) === "admin1");
}

function choose(list: Group[], gazetteer: Gazetteer, adjectives: Map<string, number>, regionAdjectives: Map<string, number>, useDistance: boolean): void {
  const countryTotal = new Map<string, number>(adjectives);
  const adminTotal = new Map<string, number>(regionAdjectives);
  for (const g of list) {
    for (const [c, v] of g.country) if (c !== "") countryTotal.set(c, (countryTotal.get(c) ?? 0) + v);
    for (const [a, v] of g.admin1) adminTotal.set(a, (adminTotal.get(a) ?? 0) + v);
  }
  // The choices of this pass are stored only after it, so the points stay those of the last pass.
  const points = useDistance ? chosenPoints(list, gazetteer) : null;
  const chosen = new Int32Array(list.length);
  for (let gi = 0; gi < list.length; gi++) {
    const g = list[gi];
    let best = -1;
    let bestScore = -Infinity;
    const cap = g.ids.some((id) => gazetteer.kind(id) === "admin1" || gazetteer.kind(id) === "country") ? ADMIN1_CAP_NAMESAKE : ADMIN1_CAP;
    const capital = g.ids.find((id) => gazetteer.kind(id) === "settlement" && gazetteer.featureRank(id) >= CAPITAL_RANK);
    // A dateline names a town (or a country: "GAZA —", "GEORGIA —"), never a first-level region.
    const noRegion = g.dateline && g.ids.some((id) => gazetteer.kind(id) === "settlement");
    const seatLifts = lowerSeatLifts(g.ids, gazetteer);
    const scores = seatLifts === null ? null : new Float64Array(g.ids.length).fill(-Infinity);
    for (let k = 0; k < g.ids.length; k++) {
      const id = g.ids[k];
      if (noRegion && gazetteer.kind(id) === "admin1") continue;
      const c = gazetteer.country(id);
      const a = gazetteer.admin1(id);
      let score = prior(gazetteer, id);
      // Below its city whatever their sizes ("Semnan": a small city in a large region).
      if (id === g.cityRegion && !g.regionSaid) score = Math.min(score, prior(gazetteer, g.regionCity)) - CITY_OVER_REGION;
      // A country's capital and a region of the same name ("Washington"): the capital, unless the
      // article names places inside the region.
      if (capital !== undefined && gazetteer.kind(id) === "admin1" && gazetteer.country(id) === gazetteer.country(capital) && a !== null && (adminTotal.get(a) ?? 0) - (g.admin1.get(a) ?? 0) <= 0) score -= CAPITAL_OVER_REGION;
      const support = c === "" ? 0 : (countryTotal.get(c) ?? 0) - (g.country.get(c) ?? 0);
      if (c !== "") score += COUNTRY_WEIGHT * Math.min(COUNTRY_CAP, support);
      // A country nothing else in the article points to, whose name is also a town lying beside
      // another place the article names ("Lebanon" beside "Boone County"): the town is likelier.
      if (support <= 0 && gazetteer.kind(id) === "country" && hasClosePair(g)) score -= LONE_COUNTRY_BESIDE_PAIR;
      // A region of one country ("Nyanza", Kenya's former province) that nothing else in the article
      // points to, while it points to the country of a town of that name lying near another place
      // it names (Nyanza, Rwanda, beside Kigali): the town.
      if (support <= 0 && c !== "" && gazetteer.kind(id) === "region" && townOfSupportedCountry(g.ids, c, countryTotal, g, gazetteer)) score -= LONE_REGION_BESIDE_TOWN;
      if (a !== null) score += ADMIN1_WEIGHT * Math.min(cap, (adminTotal.get(a) ?? 0) - (g.admin1.get(a) ?? 0));
      // Nearness to another name counts once: as a pair (a reading of it within PAIR_KM, or for
      // less within PAIR_FAR_KM, or a region around or inside it) or as closeness to what it was
      // resolved to, whichever is more.
      const near = points !== null && pointLike(gazetteer, id) ? closeness(points, g, id, gazetteer) : 0;
      score += Math.max(g.paired?.get(id) ?? 0, near);
      if (scores !== null) scores[k] = score;
      if (score > bestScore) {
        bestScore = score;
        best = id;
      }
    }
    chosen[gi] = scores === null ? best : seatChallenger(g.ids, scores, best, bestScore, seatLifts!, gazetteer);
  }
  for (let gi = 0; gi < list.length; gi++) list[gi].chosen = chosen[gi];
}

/**
 * Lower seats (county and district seats, PPLA2-PPLA4) are coded unevenly from one country to the
 * next (most US county seats are, few Canadian towns): they break ties between towns of one
 * country, not across borders. Against a lower seat of another country, a town of a country none
 * of whose readings is a seat counts as that seat's rank, so population decides ("Vancouver": the
 * British Columbia city, not the Washington county seat a third its size); against anything else
 * (a capital, a region) it keeps its own score. Per such town, the score it gains against a
 * lower seat; null when no reading is a lower seat or every country read has one.
 */
function lowerSeatLifts(ids: readonly number[], gazetteer: Gazetteer): Map<number, number> | null {
  let best: Map<string, number> | null = null; // country -> its best lower-seat rank among the readings
  for (const id of ids) {
    if (gazetteer.kind(id) !== "settlement") continue;
    const rank = gazetteer.featureRank(id);
    if (rank <= 0 || rank >= SEAT_RANK) continue;
    const c = gazetteer.country(id);
    if ((best ??= new Map()).has(c) && best.get(c)! >= rank) continue;
    best.set(c, rank);
  }
  if (best === null) return null;
  let top = 0;
  for (const r of best.values()) if (r > top) top = r;
  let lifts: Map<number, number> | null = null;
  for (const id of ids) {
    if (gazetteer.kind(id) === "settlement" && gazetteer.featureRank(id) === 0 && !best.has(gazetteer.country(id))) (lifts ??= new Map()).set(id, RANK_WEIGHT * top);
  }
  return lifts;
}

/**
 * The winner when the best-scoring reading is a lower seat: a town of a seatless country (see
 * lowerSeatLifts) that, lifted, scores above it and, as it is, at least as high as every reading
 * that is no lower seat.
 */
function seatChallenger(ids: readonly number[], scores: Float64Array, best: number, bestScore: number, lifts: Map<number, number>, gazetteer: Gazetteer): number {
  if (!isLowerSeat(gazetteer, best)) return best;
  let others = -Infinity; // the best score of a reading that is no lower seat
  for (let k = 0; k < ids.length; k++) if (!isLowerSeat(gazetteer, ids[k]) && scores[k] > others) others = scores[k];
  let winner = best;
  let winnerScore = bestScore;
  for (let k = 0; k < ids.length; k++) {
    const lift = lifts.get(ids[k]);
    if (lift === undefined || scores[k] < others) continue;
    const lifted = scores[k] + lift;
    if (lifted > winnerScore) {
      winner = ids[k];
      winnerScore = lifted;
    }
  }
  return winner;
}

function isLowerSeat(gazetteer: Gazetteer, id: number): boolean {
  if (gazetteer.kind(id) !== "settlement") return false;
  const rank = gazetteer.featureRank(id);
  return rank > 0 && rank < SEAT_RANK;
}

/**
 * A small town read in a country nothing else in the article points to, while the article's other
 * names point to another country, is far likelier a place the gazetteer lacks (a village of the
 * country the article is about: "the village of Borki" in a report on Russia's Kursk region) or no
 * place at all (a surname: "Harman") than that foreign town: it is left unresolved. So is a thinly
 * peopled first-level region named in one word far from every other place the article names: a
 * first name or a common word ("Paul", Cape Verde, in a report from Texas), not a neighbour's
 * province (Gagauzia beside Odesa).
 */
function dropStrays(list: Group[], gazetteer: Gazetteer, adjectives: Map<string, number>): void {
  const total = new Map<string, number>(adjectives);
  for (const g of list) for (const [c, v] of g.country) if (c !== "") total.set(c, (total.get(c) ?? 0) + v);
  let points: ChosenPoint[] | null = null;
  for (const g of list) {
    const id = g.chosen;
    const kind = id < 0 ? null : gazetteer.kind(id);
    const small = kind === "settlement" ? gazetteer.population(id) < STRAY_MAX_POPULATION : kind === "admin1" && g.oneWord && gazetteer.population(id) < STRAY_MAX_REGION_POPULATION;
    if (!small) continue;
    const c = gazetteer.country(id);
    if ((total.get(c) ?? 0) - (g.country.get(c) ?? 0) > 0) {
      if (kind === "settlement" && strayInCountry(list, g, id, gazetteer, (points ??= chosenPoints(list, gazetteer)))) g.chosen = -1;
      continue;
    }
    let focus = false;
    for (const [other, v] of total) if (other !== c && v >= STRAY_FOCUS) focus = true;
    if (!focus) continue;
    if (kind === "admin1" && nearestKm((points ??= chosenPoints(list, gazetteer)), g, id, gazetteer) <= STRAY_REGION_KM) continue;
    g.chosen = -1;
  }
}

/**
 * A small town of the article's country whose state nothing else names, far from every other place
 * named, while two or more other names lie in another state ("Welch", West Virginia, in a report
 * from Kansas City that names the victim): a surname or a town the gazetteer lacks, not that town.
 */
function strayInCountry(list: Group[], self: Group, id: number, gazetteer: Gazetteer, points: readonly ChosenPoint[]): boolean {
  const a = gazetteer.admin1(id);
  if (a === null) return false;
  const country = gazetteer.country(id);
  const names = new Map<string, number>(); // regions of the town's country -> other names read in them
  for (const g of list) {
    if (g === self || g.chosen < 0 || gazetteer.country(g.chosen) !== country) continue;
    for (const region of g.admin1.keys()) names.set(region, (names.get(region) ?? 0) + 1);
  }
  if (names.has(a)) return false;
  let focus = false;
  for (const n of names.values()) if (n >= STRAY_FOCUS) focus = true;
  return focus && nearestKm(points, self, id, gazetteer) > STRAY_TOWN_KM;
}

/**
 * Whether a town reading lies in another country than `country`, one that another name of the
 * article points to, and near a reading of another name (within PAIR_FAR_KM).
 */
function townOfSupportedCountry(ids: readonly number[], country: string, countryTotal: Map<string, number>, g: Group, gazetteer: Gazetteer): boolean {
  if (g.paired === null) return false;
  for (const id of ids) {
    const c = gazetteer.country(id);
    if (c !== country && gazetteer.kind(id) === "settlement" && (g.paired.get(id) ?? 0) > 0 && (countryTotal.get(c) ?? 0) - (g.country.get(c) ?? 0) > 0) return true;
  }
  return false;
}

/** Whether a town or county reading of the group lies within PAIR_KM of another name's reading. */
function hasClosePair(g: Group): boolean {
  if (g.paired === null) return false;
  for (const bonus of g.paired.values()) if (bonus >= PAIR_BONUS) return true;
  return false;
}

/** Marks the town and county readings that have a reading of another name within PAIR_KM (or PAIR_FAR_KM). */
function pairUp(list: Group[], gazetteer: Gazetteer): void {
  const points: { g: Group; id: number; lat: number; lon: number }[] = [];
  for (const g of list) {
    for (const id of g.ids) {
      const kind = gazetteer.kind(id);
      if (kind === "settlement" || kind === "admin2") points.push({ g, id, lat: gazetteer.lat(id), lon: gazetteer.lon(id) });
    }
  }
  if (points.length < 2) return;
  points.sort((a, b) => a.lat - b.lat);
  const dLat = PAIR_FAR_KM / KM_PER_DEGREE;
  for (let i = 0; i < points.length; i++) {
    const a = points[i];
    for (let j = i + 1; j < points.length && points[j].lat - a.lat <= dLat; j++) {
      const b = points[j];
      if (b.g === a.g || b.id === a.id) continue;
      const d = distanceKm(a.lat, a.lon, b.lat, b.lon);
      if (d > PAIR_FAR_KM) continue;
      const bonus = d <= PAIR_KM ? PAIR_BONUS : PAIR_FAR_BONUS;
      raiseBonus(a.g, a.id, bonus);
      raiseBonus(b.g, b.id, bonus);
    }
  }
}

/** Marks the region readings that contain a town or county reading of another name, and those readings. */
function pairWithRegions(list: Group[], gazetteer: Gazetteer): void {
  let regions: Set<string> | null = null; // names of the first-level regions read
  for (const g of list) for (const id of g.ids) if (gazetteer.kind(id) === "admin1") (regions ??= new Set()).add(gazetteer.admin1(id)!);
  if (regions === null) return;
  const inRegion = new Map<string, { g: Group; id: number }[]>(); // region name -> town and county readings in a region of that name
  for (const g of list) {
    for (const id of g.ids) {
      const kind = gazetteer.kind(id);
      const a = gazetteer.admin1(id);
      if ((kind !== "settlement" && kind !== "admin2") || a === null || !regions.has(a)) continue;
      const readings = inRegion.get(a);
      if (readings === undefined) inRegion.set(a, [{ g, id }]);
      else readings.push({ g, id });
    }
  }
  for (const g of list) {
    for (const id of g.ids) {
      if (gazetteer.kind(id) !== "admin1") continue;
      for (const inside of inRegion.get(gazetteer.admin1(id)!) ?? []) {
        if (inside.g === g || gazetteer.country(inside.id) !== gazetteer.country(id)) continue;
        raiseBonus(g, id, CONTAINED_BONUS);
        raiseBonus(inside.g, inside.id, CONTAINED_BONUS);
      }
    }
  }
}

function raiseBonus(g: Group, id: number, bonus: number): void {
  const paired = (g.paired ??= new Map());
  if ((paired.get(id) ?? 0) < bonus) paired.set(id, bonus);
}

interface ChosenPoint {
  g: Group;
  lat: number;
  lon: number;
}

/** The point-like places chosen so far and their coordinates, read once per pass rather than per candidate. */
function chosenPoints(list: Group[], gazetteer: Gazetteer): ChosenPoint[] {
  const points: ChosenPoint[] = [];
  for (const g of list) if (g.chosen >= 0 && pointLike(gazetteer, g.chosen)) points.push({ g, lat: gazetteer.lat(g.chosen), lon: gazetteer.lon(g.chosen) });
  return points;
}

function closeness(points: readonly ChosenPoint[], self: Group, id: number, gazetteer: Gazetteer): number {
  const nearest = nearestKm(points, self, id, gazetteer);
  return nearest <= NEAR_KM ? NEAR_BONUS : nearest <= REGION_KM ? REGION_BONUS : 0;
}

/** Distance from entry `id` to the nearest of the other names' chosen points (Infinity when none). */
function nearestKm(points: readonly ChosenPoint[], self: Group, id: number, gazetteer: Gazetteer): number {
  let nearest = Infinity;
  const lat = gazetteer.lat(id);
  const lon = gazetteer.lon(id);
  for (const p of points) {
    if (p.g === self) continue;
    const d = distanceKm(lat, lon, p.lat, p.lon);
    if (d < nearest) nearest = d;
  }
  return nearest;
}

/** Settlements, first- and second-level regions: places whose point says where nearby places are. */
function pointLike(gazetteer: Gazetteer, id: number): boolean {
  const kind = gazetteer.kind(id);
  return kind === "settlement" || kind === "admin1" || kind === "admin2";
}

export function prior(gazetteer: Gazetteer, id: number): number {
  switch (gazetteer.kind(id)) {
    case "country":
      return PRIOR_COUNTRY;
    case "continent":
      return PRIOR_CONTINENT;
    case "region":
      return PRIOR_REGION;
    case "admin1":
      return PRIOR_ADMIN1 + ADMIN1_POPULATION_WEIGHT * Math.log10(gazetteer.population(id) + 1);
    case "admin2":
      return PRIOR_ADMIN2 + ADMIN2_POPULATION_WEIGHT * Math.log10(gazetteer.population(id) + 1);
    default:
      return Math.log10(gazetteer.population(id) + 1) + RANK_WEIGHT * gazetteer.featureRank(id);
  }
}

function topByPrior(ids: readonly number[], gazetteer: Gazetteer): [number, number] {
  let top = -1;
  let first = -Infinity;
  let second = -Infinity;
  for (const id of ids) {
    const p = prior(gazetteer, id);
    if (p > first) {
      second = first;
      first = p;
      top = id;
    } else if (p > second) second = p;
  }
  return [top, first - second];
}

/** Whether two readings (-1: none) lie in different countries. */
function crossesBorder(gazetteer: Gazetteer, a: number, b: number): boolean {
  return a >= 0 && b >= 0 && gazetteer.country(a) !== gazetteer.country(b);
}
