// Facilities and quarters the gazetteer lacks, named as lying in or belonging to a place the layer
// resolved: "Toronto's Pearson International Airport", "St. Takla Church in Alexandria", "Cairo's
// Abbasiya neighbourhood", "Hampton Park in Charleston". Each takes that place's coordinates and
// precision (its point is known no better than the place's), keeping its own name.
import type { Doc } from "../document.js";
import { isAllCaps } from "../segment/tokenize.js";
import type { Place } from "../types.js";

/**
 * Capitalised last words of a facility's name ("Pearson International Airport", "Hampton Park").
 * Not "University": a university named in news is mostly the institution ("researchers at McGill
 * University in Montreal found"), not the grounds.
 */
export const NAME_HEADS = new Set([
  "airport", "park", "square", "church", "cathedral", "mosque", "temple", "synagogue", "stadium", "arena", "bridge", "castle",
  "zoo", "museum", "hospital", "cemetery", "palace", "street", "road", "avenue", "boulevard",
]);
/** Lower-case words after a quarter's name, not part of it ("Cairo's Abbasiya neighbourhood", "Paris' Champs-Elysees boulevard"). */
const AREA_NOUNS = new Set(["district", "neighbourhood", "neighborhood", "quarter", "boulevard", "suburb"]);
/** Nouns before "of" and a list of names the gazetteer lacks: "the villages of A and B in X". */
const SETTLEMENT_NOUNS = new Set(["village", "villages", "town", "towns", "city", "hamlet", "hamlets", "community", "communities", "township", "suburb", "suburbs", "district", "districts"]);
/** First words of a place's name of two words or more, qualified after a comma ("Fort Detrick, Maryland"). */
const QUALIFIED_PREFIXES = new Set(["fort", "ft.", "camp", "mount", "mt.", "port", "lake", "saint", "st.", "san", "santa", "new", "north", "south", "east", "west", "upper", "lower", "great", "little", "glen", "point", "cape"]);
/** Last words of a place's name of two words or more, qualified after a comma ("Abbey Street, Dublin"), beside NAME_HEADS. */
const QUALIFIED_HEADS = new Set([
  "st.", "ave.", "lane", "drive", "blvd.", "rd.", "way", "close", "place", "crescent", "terrace", "circle", "highway", "prospekt", "parkway",
  "township", "village", "heights", "hills", "beach", "springs", "falls", "junction", "base",
]);
/** Words before a name that make it the speaker's ("said Smith, Boston's mayor"). */
const SAYING = new Set(["said", "says", "told", "asked", "added", "wrote", "according"]);
const POSSESSIVES = new Set(["'s", "’s", "'", "’"]);
/** Articles a sentence-opening name may carry ("The Royal Free Hospital in London"): not part of it. */
const ARTICLES = new Set(["the", "a", "an"]);
/** Words of a name before its head, at most. */
const MAX_NAME_WORDS = 6;
export const FACILITY_RULE = "places/facility";

/** A resolved place and its token range, as the layer found it. */
export interface Anchor {
  place: Place;
  first: number;
  last: number;
}

/**
 * Facility places named beside the anchors (in text order of the anchors): after an anchor's
 * possessive, or before "in" and the anchor. None overlaps an anchor or another facility.
 */
export function findFacilities(doc: Doc, anchors: readonly Anchor[], stopwords: ReadonlySet<string>, blocked: (t: number) => boolean = () => false, entityToken: (t: number) => boolean = () => false, closes: (t: number) => boolean = () => true): Place[] {
  if (anchors.length === 0) return [];
  const { tokens } = doc;
  const taken = new Uint8Array(tokens.count);
  for (const a of anchors) taken.fill(1, a.first, a.last);
  const out: Place[] = [];
  /** `headed`: the name ends in its head ("University Hospital"); else each of its words may be a common one ("the Democratic district of Boston"). */
  const add = (first: number, last: number, anchor: Anchor, headed = false): void => {
    for (let t = first; t < last; t++) if (taken[t]) return;
    let named = headed;
    for (let t = first; t < last && !named; t++) named = !stopwords.has(tokens.lower[t]);
    if (!named) return;
    taken.fill(1, first, last);
    const start = tokens.start[first];
    const end = tokens.end[last - 1];
    const text = doc.text.slice(start, end);
    const { place } = anchor;
    out.push({ start, end, text, name: text, geonameid: null, country: place.country, admin1: place.admin1, lat: place.lat, lon: place.lon, precision: place.precision, rule: FACILITY_RULE });
  };
  for (const anchor of anchors) {
    const sentence = doc.sentenceOfToken[anchor.first];
    const inSentence = (t: number): boolean => t >= 0 && t < tokens.count && doc.sentenceOfToken[t] === sentence;
    // "Toronto's Pearson International Airport", "Giza's Haram district".
    if (inSentence(anchor.last) && POSSESSIVES.has(tokens.lower[anchor.last])) {
      const first = anchor.last + 1;
      let t = first;
      while (t < first + MAX_NAME_WORDS + 1 && inSentence(t) && capitalised(doc, t)) {
        if (t > first && NAME_HEADS.has(tokens.lower[t])) {
          add(first, t + 1, anchor, true);
          break;
        }
        t++;
      }
      if (t > first && inSentence(t) && AREA_NOUNS.has(tokens.lower[t]) && !capitalised(doc, t)) add(first, t, anchor);
    }
    const before = anchor.first - 1;
    if (!inSentence(before)) continue;
    if (tokens.lower[before] === ",") qualifiedName(before, anchor);
    if (tokens.lower[before] === "in") {
      facilityIn(before - 1, anchor);
      villagesIn(before - 1, anchor);
    }
    // "the Adhamiyah district of Baghdad".
    const noun = before - 1;
    if (tokens.lower[before] === "of" && inSentence(noun) && AREA_NOUNS.has(tokens.lower[noun]) && !capitalised(doc, noun)) {
      const first = nameStart(noun);
      if (first < noun && inSentence(first - 1) && tokens.lower[first - 1] === "the") add(first, noun, anchor);
    }
  }
  return out;

  /**
   * "Greenlane, Auckland", "Fort Detrick, Maryland": a name the gazetteer lacks, qualified by the
   * anchor after a comma (`comma`). Not a list ("Paris, London and Rome", "Greenlane, Auckland and
   * Hamilton"), not a person's name ("Jane Doe, Boston"), not a name run on from an earlier comma.
   */
  function qualifiedName(comma: number, anchor: Anchor): void {
    const after = anchor.last;
    if (after < tokens.count && doc.sentenceOfToken[after] === doc.sentenceOfToken[comma] && (tokens.lower[after] === "and" || tokens.lower[after] === "or" || tokens.lower[after] === "&" || POSSESSIVES.has(tokens.lower[after]))) return;
    if (!closes(after)) return;
    let first = nameStart(comma);
    if (first === comma) return;
    // A sentence-opening word that is not part of the name ("In Greenlane, Auckland").
    if (first === 0 || doc.sentenceOfToken[first - 1] !== doc.sentenceOfToken[first]) {
      while (first < comma && stopwords.has(tokens.lower[first])) first++;
      if (first === comma) return;
    } else if (tokens.lower[first - 1] === "," || tokens.lower[first - 1] === "and" || tokens.lower[first - 1] === "or") return;
    for (let t = first; t < comma; t++) if (blocked(t) || isAllCaps(doc.text, tokens.start[t], tokens.end[t])) return;
    // Two words or more name a place by their shape ("Fort Detrick", "Abbey Street"), not a
    // person ("Jane Doe, Boston"); one word, outside a name, after no verb of saying.
    if (comma - first > 1) {
      if (!QUALIFIED_PREFIXES.has(tokens.lower[first]) && !QUALIFIED_HEADS.has(tokens.lower[comma - 1]) && !NAME_HEADS.has(tokens.lower[comma - 1])) return;
    } else if (QUALIFIED_HEADS.has(tokens.lower[first]) || NAME_HEADS.has(tokens.lower[first]) || first === 0 || doc.sentenceOfToken[first - 1] !== doc.sentenceOfToken[first] || SAYING.has(tokens.lower[first - 1]) || entityToken(first)) return;
    add(first, comma, anchor);
  }

  /** Where a run of capitalised words ending before `end` begins (`end` when none). */
  function nameStart(end: number): number {
    const sentence = doc.sentenceOfToken[end - 1];
    let first = end;
    while (first > end - MAX_NAME_WORDS && first > 0 && doc.sentenceOfToken[first - 1] === sentence && capitalised(doc, first - 1)) first--;
    return first;
  }

  /** "St. Takla Church in Alexandria", "the Haram district in Giza": `head` is the word before "in". */
  function facilityIn(head: number, anchor: Anchor): void {
    if (head < 0 || doc.sentenceOfToken[head] !== doc.sentenceOfToken[anchor.first]) return;
    const areaNoun = AREA_NOUNS.has(tokens.lower[head]) && !capitalised(doc, head);
    const last = areaNoun ? head : head + 1;
    if (!areaNoun && !(capitalised(doc, head) && NAME_HEADS.has(tokens.lower[head]))) return;
    const sentence = doc.sentenceOfToken[head];
    const inSentence = (t: number): boolean => t >= 0 && doc.sentenceOfToken[t] === sentence;
    let first = last;
    while (first > last - MAX_NAME_WORDS - (areaNoun ? 0 : 1) && inSentence(first - 1) && (capitalised(doc, first - 1) || (POSSESSIVES.has(tokens.lower[first - 1]) && inSentence(first - 2) && capitalised(doc, first - 2)))) first--;
    while (first < last && ARTICLES.has(tokens.lower[first])) first++;
    // A name of more than its head ("Hampton Park", not "Park"); a quarter's name of one word or more.
    if (last - first >= (areaNoun ? 1 : 2)) add(first, last, anchor, !areaNoun);
  }

  /** "the village of Cellardyke in Fife", "the villages of Bumbacari and Dudescu in Tulcea": `end` is the word before "in". */
  function villagesIn(end: number, anchor: Anchor): void {
    const sentence = doc.sentenceOfToken[anchor.first];
    const runs: [number, number][] = [];
    let t = end;
    while (t >= 0 && doc.sentenceOfToken[t] === sentence) {
      const first = nameStart(t + 1);
      if (first > t) break;
      runs.push([first, t + 1]);
      t = first - 1;
      if (t >= 0 && tokens.lower[t] === "and") t--;
      else if (t >= 0 && tokens.lower[t] === ",") t--;
      else break;
      if (t >= 0 && tokens.lower[t] === ",") t--;
    }
    if (runs.length === 0 || t < 1 || tokens.lower[t] !== "of" || !SETTLEMENT_NOUNS.has(tokens.lower[t - 1])) return;
    for (const [first, last] of runs) add(first, last, anchor);
  }
  return out;
}

/** Whether a token begins with a capital letter or is an initialism ("T.J.", "St."). */
function capitalised(doc: Doc, t: number): boolean {
  const c = doc.text.charCodeAt(doc.tokens.start[t]);
  return c >= 65 && c <= 90;
}

