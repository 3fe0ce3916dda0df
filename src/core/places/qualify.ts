// Qualifiers: "Paris, Texas", "London, Ont.", "Holliday, Mo.". A place followed by a comma and a
// region or country lies inside it. That narrows a known name to its readings there; a town the
// gazetteer has only elsewhere, or not at all (it lists towns of 1,000 people and more), still lies
// in that region, so it is resolved to the region, at the region's precision, rather than to a
// namesake far away or not at all.
import type { Doc } from "../document.js";
import { TokenKind } from "../segment/tokenize.js";
import { capitalisedToken } from "./capitalised.js";
import type { Gazetteer } from "./gazetteer.js";
import type { Mention } from "./recognize.js";

/** The rule of a town resolved to the first-level region that qualifies it ("Holliday, Mo."). */
export const QUALIFIED_REGION_RULE = "places/qualified-region";

/** Words after which a capitalised run is a place's name ("born in Orient, Ohio", "of Bethel, Vt."). */
const PLACE_LEADS = new Set(["in", "of", "from", "near", "outside"]);
const LIST_WORDS = new Set([",", "and", "or", "&"]);
/** Verbs after a name that make it a speaker ("..., Moscow said"), not a qualifier of the name before the comma. */
const SPEECH_VERBS = new Set(["said", "says", "say", "told", "tells", "added", "adds", "claimed", "claims", "reported", "reports", "announced", "announces", "stated", "warned", "warns", "insisted", "denied", "denies", "confirmed", "confirms", "noted", "alleged", "responded", "replied", "wrote", "declared", "accused", "urged", "demanded"]);
/** Words in an unknown town's name ("Ridge Farm", "Falls Village"). */
const MAX_TOWN_TOKENS = 3;

/**
 * "Holliday, Mo.", "born in Orient, Ohio": a run of capitalised words the gazetteer lacks, after a
 * word that introduces a place (or opening a dateline in capitals), then a comma and a first-level
 * region: a town of that region. Returns the new mentions (their readings: the regions), null when none.
 */
export function unknownQualifiedTowns(
  doc: Doc,
  mentions: readonly Mention[],
  gazetteer: Gazetteer,
  blocked: Uint8Array,
  taken: Uint8Array,
  allCaps: (t: number) => boolean,
): Mention[] | null {
  const { tokens } = doc;
  const { lower } = tokens;
  const out: Mention[] = [];
  for (let m = 0; m < mentions.length; m++) {
    const q = mentions[m];
    const comma = q.first - 1;
    if (comma < 1 || lower[comma] !== "," || taken[comma - 1] || listGoesOn(mentions, m, lower, gazetteer) || !closesQualifier(doc, q.last, gazetteer)) continue;
    const regions = q.candidates.filter((id) => gazetteer.kind(id) === "admin1");
    if (regions.length === 0) continue;
    let first = comma;
    while (first > 0 && comma - first < MAX_TOWN_TOKENS && townWord(doc, first - 1, blocked, taken, gazetteer) && doc.sentenceOfToken[first - 1] === doc.sentenceOfToken[comma]) first--;
    if (first === comma) continue;
    const lead = first - 1;
    let dateline = doc.sentenceFirst[doc.sentenceOfToken[first]] === first;
    for (let t = first; t < comma && dateline; t++) dateline = allCaps(t);
    if (!dateline && !(lead >= 0 && doc.sentenceOfToken[lead] === doc.sentenceOfToken[first] && PLACE_LEADS.has(lower[lead]))) continue;
    out.push({ first, last: comma, start: tokens.start[first], end: tokens.end[comma - 1], candidates: regions, rule: QUALIFIED_REGION_RULE });
  }
  if (out.length === 0) return null;
  out.push(...repeats(doc, out, blocked, taken));
  return out;
}

/** The same names elsewhere in the article, unqualified ("Ridge Farm is about 45 miles southeast of ..."): the same towns. */
function repeats(doc: Doc, towns: readonly Mention[], blocked: Uint8Array, taken: Uint8Array): Mention[] {
  const { tokens } = doc;
  const { lower, count } = tokens;
  const out: Mention[] = [];
  for (const town of towns) {
    const n = town.last - town.first;
    for (let t = 0; t + n <= count; t++) {
      if (t === town.first || lower[t] !== lower[town.first] || taken[t] || blocked[t] || !capitalisedToken(doc, t)) continue;
      let same = true;
      for (let k = 1; k < n && same; k++) same = lower[t + k] === lower[town.first + k] && !taken[t + k] && !blocked[t + k];
      // Not the start of a longer name ("Ridge Farm Road").
      if (!same || towns.some((o) => o.first === t) || out.some((o) => o.first === t) || (t + n < count && capitalisedToken(doc, t + n) && doc.sentenceOfToken[t + n] === doc.sentenceOfToken[t])) continue;
      out.push({ first: t, last: t + n, start: tokens.start[t], end: tokens.end[t + n - 1], candidates: town.candidates, rule: QUALIFIED_REGION_RULE });
    }
  }
  return out;
}

/**
 * Whether a qualifier ending before token t closes the place's name: before punctuation, a number,
 * a function word or the text's end ("Belgrade, Minn., house fire", "Fort Detrick, Maryland for 18
 * years"), or as an abbreviation ("Thackerville, Okla. came"); not before a noun it modifies ("of
 * Johnson, Texas officials said").
 */
export function closesQualifier(doc: Doc, t: number, gazetteer: Gazetteer): boolean {
  if (t >= doc.tokens.count) return true;
  if (SPEECH_VERBS.has(doc.tokens.lower[t])) return false;
  const k = doc.tokens.kind[t];
  if (k === TokenKind.Punct || k === TokenKind.Quote || k === TokenKind.Number) return true;
  return gazetteer.lexicon.stopwords.has(doc.tokens.lower[t]) || doc.tokens.lower[t - 1].endsWith(".");
}

/** A capitalised word no name or person has claimed, that is no common word nor demonym. */
function townWord(doc: Doc, t: number, blocked: Uint8Array, taken: Uint8Array, gazetteer: Gazetteer): boolean {
  const k = doc.tokens.kind[t];
  if ((k !== TokenKind.Word && k !== TokenKind.Abbrev) || !capitalisedToken(doc, t) || blocked[t] || taken[t]) return false;
  const word = doc.tokens.lower[t];
  return !gazetteer.lexicon.stopwords.has(word) && gazetteer.adjective(word) === undefined;
}

/**
 * "Paris, Texas", "London, Ont.", "Athens, Georgia": a place followed by a comma and a region or
 * country keeps only its candidates inside that region or country, and the qualifier keeps only
 * the readings that contain one (the US state, not the country Georgia). A town or region with no
 * reading inside a first-level region that qualifies it ("Detroit, Texas", "Long Island, N.Y.")
 * is placed in that region. Unchanged in lists ("Sharon, Cornwall and Salisbury").
 */
export function qualify(doc: Doc, mentions: Mention[], gazetteer: Gazetteer): void {
  const { lower } = doc.tokens;
  for (let m = 0; m + 1 < mentions.length; m++) {
    const place = mentions[m];
    const qualifier = mentions[m + 1];
    if (qualifier.first !== place.last + 1 || lower[place.last] !== ",") continue;
    const containers = qualifier.candidates.filter((id) => {
      const kind = gazetteer.kind(id);
      return kind === "admin1" || kind === "country";
    });
    // "Missiles hit Kharkiv, Kyiv said": the second name speaks; it does not contain the first.
    if (containers.length === 0 || (qualifier.last < doc.tokens.count && SPEECH_VERBS.has(lower[qualifier.last]))) continue;
    const kept = place.candidates.filter((id) => containers.some((c) => liesIn(gazetteer, id, c)));
    if (kept.length === 0) {
      const regions = containers.filter((id) => gazetteer.kind(id) === "admin1");
      if (regions.length > 0 && place.rule !== QUALIFIED_REGION_RULE && elsewhereOnly(place, regions, gazetteer) && !inList(mentions, m, lower, gazetteer) && closesQualifier(doc, qualifier.last, gazetteer)) {
        place.candidates = regions;
        place.rule = QUALIFIED_REGION_RULE;
      }
      continue;
    }
    if (kept.length === place.candidates.length) continue;
    place.candidates = kept;
    const used = containers.filter((c) => kept.some((id) => liesIn(gazetteer, id, c)));
    if (used.length < qualifier.candidates.length) qualifier.candidates = used;
  }
}

/** Readings that are towns, counties or regions of other countries: none is a country, none a region of the qualifier's country. */
function elsewhereOnly(place: Mention, regions: readonly number[], gazetteer: Gazetteer): boolean {
  return place.candidates.every((id) => {
    const kind = gazetteer.kind(id);
    if (kind === "settlement" || kind === "admin2") return true;
    return kind === "admin1" && regions.every((r) => gazetteer.country(r) !== gazetteer.country(id));
  });
}

/** Whether mention m and its qualifier m + 1 stand in a list of names ("Harwinton, Bantam, Litchfield"). */
function inList(mentions: readonly Mention[], m: number, lower: readonly string[], gazetteer: Gazetteer): boolean {
  const before = mentions[m - 1];
  if (before !== undefined && before.last + 1 === mentions[m].first && LIST_WORDS.has(lower[before.last])) return true;
  return listGoesOn(mentions, m + 1, lower, gazetteer);
}

/** Whether another name follows mention m after a comma, "and" or "or" ("Texas, California and ..."). */
function listGoesOn(mentions: readonly Mention[], m: number, lower: readonly string[], gazetteer: Gazetteer): boolean {
  const q = mentions[m];
  const after = lower[q.last];
  if (after !== "," && LIST_WORDS.has(after)) return true;
  const next = mentions[m + 1];
  if (next === undefined || after !== ",") return false;
  // "Greenlane, Auckland, New Zealand": the next name contains this one, a qualifier in turn.
  if (next.first === q.last + 1) return !next.candidates.some((c) => q.candidates.some((id) => liesIn(gazetteer, id, c)));
  return next.first === q.last + 2 && LIST_WORDS.has(lower[q.last + 1]);
}

/** Whether gazetteer entry `id` lies inside `container`, a country or first-level region. */
export function liesIn(gazetteer: Gazetteer, id: number, container: number): boolean {
  return id !== container && gazetteer.country(id) === gazetteer.country(container) &&
    (gazetteer.kind(container) === "country" || (gazetteer.admin1(id) !== null && gazetteer.admin1(id) === gazetteer.admin1(container)));
}
