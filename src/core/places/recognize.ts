// Toponym recognition: capitalised token sequences that match the gazetteer (longest first), the
// coordinated-region pattern ("the Kursk, Voronezh and Belgorod regions") and demonyms standing for
// a country before a place noun ("Ukrainian territory"). Output: mentions with their candidate ids;
// choosing among candidates is resolve.ts's job. Other demonyms ("Ukrainian officials") come out
// apart: they mention their country but are no evidence for resolving the other names.
import type { Doc } from "../document.js";
import { tokenAtOrAfter } from "../document.js";
import { TokenKind, isAllCaps } from "../segment/tokenize.js";
import type { Tokens } from "../segment/tokenize.js";
import type { Entity, Place, Span } from "../types.js";
import { capitalisedToken } from "./capitalised.js";
import { NAME_HEADS as FACILITY_HEADS } from "./facilities.js";
import type { Gazetteer } from "./gazetteer.js";
import { foldedKey, nameKey } from "./names.js";
import { liesIn, QUALIFIED_REGION_RULE, qualify, unknownQualifiedTowns } from "./qualify.js";
import { shortestKey } from "./word-lengths.js";

/**
 * The rule of a name inside a hyphenated word ("a Washington-based think tank", "Kyiv-backed
 * forces"): the home of something named, so the events and the ledger never take it for where
 * something happened.
 */
export const HYPHEN_PART_RULE = "places/hyphen-part";

/**
 * The rule of a demonym that names its country's people or things ("Russian officials", "Syrians"):
 * the country is mentioned, but nothing is said to be there.
 */
export const DEMONYM_MENTION_RULE = "places/demonym-mention";

/**
 * The rule of a natural feature named after a place ("the Catawba River", "Cumberland Falls"): it
 * is resolved to its namesake, which lies near it (on it, by it) but does not say where along the
 * feature something happened, so it locates nothing.
 */
export const FEATURE_NAMESAKE_RULE = "places/feature-namesake";

/**
 * The rule of a place's name at the start of the name of a body, outlet or event ("the Red Deer
 * Skating Association", "The Moscow Times", "the Cannes Grand Prix"): the place is mentioned, as
 * the name's namesake, but nothing is said to happen there ("The Moscow Times reported" is no
 * report from Moscow), so it locates nothing.
 */
export const IN_NAME_RULE = "places/in-name";

/** Whether a place names a home, a nationality or a named body's namesake rather than where something is. */
export function namesHomeOnly(rule: string): boolean {
  return rule === HYPHEN_PART_RULE || rule === DEMONYM_MENTION_RULE || rule === IN_NAME_RULE;
}

/**
 * Whether a place can say where a figure or event is. A relative place has no point of its own;
 * a name inside a hyphenated word is the home of something named ("a Washington-based think tank"),
 * a demonym a nationality ("Russian drones") and a name inside a longer name its namesake ("The
 * Moscow Times"), not where anything happened; a feature's namesake town is not where along the
 * river something happened.
 */
export function locates(p: Pick<Place, "precision" | "rule">): boolean {
  return p.precision !== "relative" && !namesHomeOnly(p.rule) && p.rule !== FEATURE_NAMESAKE_RULE;
}

export interface Mention {
  /** Token range [first, last). */
  first: number;
  last: number;
  start: number;
  end: number;
  /** Gazetteer ids this mention may stand for (narrowed by a qualifier: "Paris, Texas"). */
  candidates: readonly number[];
  rule: string;
}

/** Capitalised words after a place's name that make the whole a natural feature named after it ("Catawba River"). */
const FEATURE_HEADS = new Set(["river", "creek", "lake", "lakes", "valley", "mountains", "falls", "bay", "springs", "canyon", "forest", "reservoir", "delta", "basin"]);
/** Relatives whose name may follow ("her daughter, Brittany"). */
const KIN_NOUNS = new Set([
  "daughter", "son", "wife", "husband", "mother", "father", "sister", "brother", "granddaughter", "grandson", "niece", "nephew",
  "girlfriend", "boyfriend", "fiancee", "fiancée", "fiance", "fiancé", "widow", "widower", "cousin", "aunt", "uncle", "stepdaughter", "stepson", "grandmother", "grandfather",
]);
/** Landform words that are also regions' names (Nigeria's Delta, Plateau and Rivers states, South Sudan's Lakes). */
const LANDFORM_NAMES = new Set([...FEATURE_HEADS, "plateau", "rivers", "highlands"]);

/**
 * Capitalised words after a place's name that make the whole a street or square named after it
 * ("Washington Drive", "Memphis St."): it lies wherever the street is, rarely in its namesake.
 */
const STREET_HEADS = new Set(["street", "st.", "avenue", "ave.", "drive", "boulevard", "blvd.", "lane", "square", "circle", "terrace"]);
/**
 * Words that make a road of a place's name ("Richmond Road", "Midland Trail"): it lies away from a
 * namesake town, but a county's or state's road lies in it ("Douglas County Road 4", "Ohio
 * Turnpike"), and so does a numbered road ("Oxford Road 5").
 */
const ROAD_HEADS = new Set(["road", "rd.", "pike", "turnpike", "parkway", "pkwy.", "expressway", "freeway", "trail"]);

const MAX_ADJECTIVE_TOKENS = 3;
const MAX_NOUN_TOKENS = 2;
/** Prepositions after which a lone capitalised word is a place rather than a person. */
const LOCATIVE = new Set(["in", "near", "outside", "at", "into", "across", "throughout", "around", "toward", "towards"]);
/**
 * Windows-1252 dashes a page decoded as Latin-1 come out as the control characters U+0096 and
 * U+0097 ("NEWARK \u0097 The council ..."): they are dashes all the same.
 */
export const MISDECODED_DASHES = ["\u0096", "\u0097"];
const CLAUSE_OPENERS = new Set(["—", "–", "-", "--", ":", "(", ...MISDECODED_DASHES]);
const SEPARATORS = new Set([",", "and", "or", "&"]);
/** Entity types whose tokens are never places (GPE and NORP mentions stay open). */
const BLOCKING = new Set(["PERSON", "GROUP"]);

export interface Recognition {
  mentions: Mention[];
  /** Countries and first-level regions named by demonyms anywhere ("Ukrainian officials", "Texans"): context for resolution. */
  adjectivePlaces: number[];
  /** Demonyms not standing for a place ("Ukrainian officials"): mentions of their country, kept out of resolution. */
  demonyms: Mention[];
}

/**
 * `isOutlet` tells whether an entity is a news outlet the actor lexicon knows ("Xinhua", "Reuters"):
 * its name is never a place, though a town may share it.
 */
export function recognize(
  doc: Doc,
  gazetteer: Gazetteer,
  entities: readonly Entity[],
  isOutlet: (e: Entity) => boolean = () => false,
  times: readonly Span[] = [],
): Recognition {
  return new Recognizer(doc, gazetteer, entities, blockedTokens(doc, gazetteer, entities, isOutlet), times).run();
}

// The recognizer's per-document state and its tests of tokens, as methods rather than closures
// inside one long function: V8's optimising compiler then compiles each phase on its own (and
// again after a deoptimisation only that phase), instead of one function of some 400 lines with
// twenty closures inlined into it.

/** Whether some reading is of kind `k`. */
function someKind(gazetteer: Gazetteer, ids: readonly number[], k: string): boolean {
  for (let n = 0; n < ids.length; n++) if (gazetteer.kind(ids[n]) === k) return true;
  return false;
}

/** Whether every reading (vacuously, of none) is of kind `k`. */
function allKind(gazetteer: Gazetteer, ids: readonly number[], k: string): boolean {
  for (let n = 0; n < ids.length; n++) if (gazetteer.kind(ids[n]) !== k) return false;
  return true;
}

/** Whether some reading is of kind `a` or `b`. */
function someKind2(gazetteer: Gazetteer, ids: readonly number[], a: string, b: string): boolean {
  for (let n = 0; n < ids.length; n++) {
    const k = gazetteer.kind(ids[n]);
    if (k === a || k === b) return true;
  }
  return false;
}

/** Whether every reading (vacuously, of none) is of kind `a` or `b`. */
function allKind2(gazetteer: Gazetteer, ids: readonly number[], a: string, b: string): boolean {
  for (let n = 0; n < ids.length; n++) {
    const k = gazetteer.kind(ids[n]);
    if (k !== a && k !== b) return false;
  }
  return true;
}

/** Readings of kind `k`. */
function ofKind(gazetteer: Gazetteer, ids: readonly number[], k: string): number[] {
  const out: number[] = [];
  for (let n = 0; n < ids.length; n++) if (gazetteer.kind(ids[n]) === k) out.push(ids[n]);
  return out;
}

/** Readings not of kind `k`. */
function notOfKind(gazetteer: Gazetteer, ids: readonly number[], k: string): number[] {
  const out: number[] = [];
  for (let n = 0; n < ids.length; n++) if (gazetteer.kind(ids[n]) !== k) out.push(ids[n]);
  return out;
}

/** No skip: the name at hand goes on to the next test. */
const GO_ON = -1;

class Recognizer {
  readonly doc: Doc;
  readonly text: string;
  readonly tokens: Tokens;
  readonly lower: string[];
  readonly count: number;
  readonly gazetteer: Gazetteer;
  readonly lex: Gazetteer["lexicon"];
  readonly entities: readonly Entity[];
  readonly blocked: Uint8Array;
  readonly taken: Uint8Array;
  readonly mentions: Mention[];
  readonly adjectivePlaces: number[];
  readonly demonyms: Mention[];
  readonly lowerSeen: LowerCaseWords;
  /** Surnames of the entity layer's people, built on first need. */
  personWords: Set<string> | null;
  /** Place names seen as people's ("Kevin Trapani", "Georgia Stevens"). */
  surnames: Set<string> | null;
  /** The tests of tokens as plain functions, for the helpers that take them. */
  readonly first: (t: number) => boolean;
  readonly common: (t: number) => boolean;

  constructor(doc: Doc, gazetteer: Gazetteer, entities: readonly Entity[], blocked: Uint8Array, times: readonly Span[]) {
    this.doc = doc;
    this.text = doc.text;
    this.tokens = doc.tokens;
    this.lower = doc.tokens.lower;
    this.count = doc.tokens.count;
    this.gazetteer = gazetteer;
    this.lex = gazetteer.lexicon;
    this.entities = entities;
    this.blocked = blocked;
    this.taken = new Uint8Array(doc.tokens.count);
    this.mentions = [];
    this.adjectivePlaces = [];
    this.demonyms = [];
    this.lowerSeen = new LowerCaseWords(doc);
    this.personWords = null;
    this.surnames = null;
    this.first = (t) => this.sentenceFirst(t);
    this.common = (t) => this.commonWord(t);
    // A time expression's words are no places: "Nov 24" (Nov, Tajikistan), "March 3", "Christmas".
    for (let n = 0; n < times.length; n++) this.blockTime(times[n]);
  }

  blockTime(x: Span): void {
    const { start } = this.tokens;
    for (let t = tokenAtOrAfter(this.doc, x.start); t < this.count && start[t] < x.end; t++) this.blocked[t] = 1;
  }

  run(): Recognition {
    this.scan();
    this.finish();
    return { mentions: this.mentions, adjectivePlaces: this.adjectivePlaces, demonyms: this.demonyms };
  }

  /** The names in the text, token by token. */
  scan(): void {
    const { doc, gazetteer, blocked, taken } = this;
    findCoordinatedRegions(doc, gazetteer, blocked, (first, last, candidates, rule) => this.push(first, last, candidates, rule));
    this.hyphenLeads();
    for (let i = 0; i < this.count; i++) {
      if (taken[i] || !this.capitalised(i)) continue;
      i = this.step(i);
    }
  }

  /** What the names found tell of one another, and the names they show that the gazetteer lacks. */
  finish(): void {
    const { doc, gazetteer, mentions, blocked, taken } = this;
    if (this.surnames !== null) this.dropSurnames(this.surnames);
    mentions.sort(byStart);
    const counties = bareCountyNames(doc, gazetteer, mentions, blocked, taken, (t) => this.personWord(this.lower[t]));
    if (counties !== null) {
      mentions.push(...counties);
      mentions.sort(byStart);
    }
    const { start, end } = this.tokens;
    const text = this.text;
    const towns = unknownQualifiedTowns(doc, mentions, gazetteer, blocked, taken, (t) => isAllCaps(text, start[t], end[t]));
    if (towns !== null) {
      mentions.push(...towns);
      mentions.sort(byStart);
    }
    // Lists first: in "Ghana, Niger, Nigeria and Togo" Nigeria is no qualifier of Niger.
    sameKindInLists(mentions, this.lower, gazetteer);
    qualify(doc, mentions, gazetteer);
    containedSettlements(doc, mentions, gazetteer);
    oneSensePerArticle(doc, mentions, gazetteer);
  }

  /** A lower-case lead before a name in a hyphenated word: "mid-Ohio", "made-in-China", "pro-Kyiv". */
  hyphenLeads(): void {
    const { text, count, tokens } = this;
    for (let h = text.indexOf("-"); h > 0; h = text.indexOf("-", h + 1)) {
      if (h + 1 >= text.length || !isUpperAscii(text.charCodeAt(h + 1)) || !isLowerAscii(text.charCodeAt(h - 1))) continue;
      const t = tokenAtOrAfter(this.doc, h);
      if (t < count && tokens.start[t] < h && !this.taken[t] && !this.capitalised(t)) this.hyphenPartsAt(t);
    }
  }

  hyphenPartsAt(t: number): number {
    return hyphenParts(this.doc, this.gazetteer, t, this.first, this.common, this.blocked, this.taken, this.mentions, this.demonyms);
  }

  /** A name "in", "near" ... stays a place ("she skated in Georgia" beside "Georgia Stevens"). */
  dropSurnames(names: Set<string>): void {
    const { mentions, lower } = this;
    const kept = mentions.filter((m) => !(m.last === m.first + 1 && m.rule === "places/gazetteer" && names.has(lower[m.first]) && !this.qualified(m.first) && !(m.first > 0 && LOCATIVE.has(lower[m.first - 1]))));
    mentions.splice(0, mentions.length, ...kept);
  }

  /** Reads what begins at capitalised, untaken token i; returns the token the scan resumes after. */
  step(i: number): number {
    const { lower, count, gazetteer } = this;
    if (this.blocked[i]) return this.blockedAt(i);
    // Demonym: a country (or continent) before a place noun; elsewhere a mention of it that places nothing.
    const maxLen = Math.min(gazetteer.maxTokensFrom(lower[i]) || foldedMaxTokens(gazetteer, lower[i]), count - i);
    const adjective = longestAdjective(lower, i, count, gazetteer);
    // A longer name beginning with a demonym wins ("British Columbia", "South Korean" aside).
    if (adjective !== null && !(maxLen > adjective[0] && longestName(this.doc, gazetteer, i, maxLen) > adjective[0])) return this.demonymAt(i, adjective[0], adjective[1]);
    if (maxLen === 0) {
      if (hyphenated(this.text, this.tokens.start[i], this.tokens.end[i])) return this.hyphenPartsAt(i) - 1;
      return i;
    }
    return this.nameAt(i, maxLen);
  }

  blockedAt(i: number): number {
    // A country, region or big city inside an outlet's longer name ("The Moscow Times", "The
    // Times of Israel") is mentioned as its namesake (see IN_NAME_RULE); an outlet's name
    // without one ("Reuters", "Xinhua") is none.
    if (this.blocked[i] === OUTLET_TOKEN) {
      const len = this.outletPlace(i);
      if (len > 0) {
        this.push(i, i + len, lastLookup!, IN_NAME_RULE);
        return i + len - 1;
      }
      return i;
    }
    // A person's name, but "DFL-Minneapolis" can still hold a place.
    if (hyphenated(this.text, this.tokens.start[i], this.tokens.end[i])) return this.hyphenPartsAt(i) - 1;
    return i;
  }

  demonymAt(i: number, len: number, ids: readonly number[]): number {
    const { lower, count, gazetteer, tokens } = this;
    for (let n = 0; n < ids.length; n++) {
      const k = gazetteer.kind(ids[n]);
      if (k === "country" || k === "admin1") this.adjectivePlaces.push(ids[n]);
    }
    // "African American": the first part qualifies the second nationality and names nothing.
    const compound = i + len < count && this.capitalised(i + len) && longestAdjective(lower, i + len, count, gazetteer) !== null;
    if (placeNounAt(lower, i + len, count, this.lex.placeNouns)) this.push(i, i + len, ids, "places/demonym");
    else if (!compound) this.demonyms.push({ first: i, last: i + len, start: tokens.start[i], end: tokens.end[i + len - 1], candidates: ids, rule: DEMONYM_MENTION_RULE });
    return i + len - 1;
  }

  /** A gazetteer name at token i, of at most maxLen tokens, unless the context makes it none. */
  nameAt(i: number, maxLen: number): number {
    const bestLen = longestName(this.doc, this.gazetteer, i, maxLen, this.blocked);
    if (bestLen === 0) return i;
    const best = lastLookup!;
    const last = i + bestLen;
    const skip = this.formSkip(i, last, bestLen, best);
    if (skip !== GO_ON) return skip;
    if (this.personOrLandform(i, last, bestLen, best)) return i;
    let candidates: readonly number[] | null = best;
    if (bestLen === 1) {
      candidates = this.commonWordReadings(i, last, best);
      if (candidates === null) return i;
      if (this.personName(i, last, candidates)) return i;
    }
    const longer = this.longerName(i, last, bestLen, candidates);
    if (longer !== GO_ON) return longer;
    this.push(i, last, this.regionReadings(i, last, candidates), bestLen === 1 ? "places/gazetteer" : "places/gazetteer-multiword");
    return last - 1;
  }

  /** Tests of the name's form and its neighbours' that make it no place; GO_ON when none applies. */
  formSkip(i: number, last: number, bestLen: number, best: readonly number[]): number {
    const { lower, count, gazetteer, lex, tokens, text } = this;
    // "The Rock Hill school district": a name after a sentence's "The" that reaches further than
    // a name beginning with "The" ("The Rock") is the name.
    if (lower[i] === "the" && bestLen > 1 && i + 1 < count && longestName(this.doc, gazetteer, i + 1, Math.min(gazetteer.maxTokensFrom(lower[i + 1]), count - i - 1), this.blocked) + i + 1 > last) return i;
    if (bestLen > 1 && lex.stopwords.has(lower.slice(i, last).join(" "))) return last - 1;
    // The last word of a body's name ("Chamber of Commerce") is no town there, nor the first.
    if (endsBodyPhrase(lower, i, last, lex.bodyPhrases) || startsBodyPhrase(lower, i, last, lex.bodyPhrases)) return last - 1;
    const end = tokens.end[last - 1];
    const start = tokens.start[i];
    const after = end < text.length ? text.charCodeAt(end) : 0;
    const before = start > 0 ? text.charCodeAt(start - 1) : 0;
    // A country's code on a currency sign ("US$460 million", "$US 1.5 billion") names the currency.
    if (after === DOLLAR || before === DOLLAR) return last - 1;
    // "A/California/7/2009": a place between slashes names a virus strain.
    if (before === SLASH && after === SLASH) return last - 1;
    // "the Gulf of Alaska", "the Gulf of Aden": a short name of one sea ("the Gulf") that begins
    // the longer name of another.
    if (bestLen === 1 && last + 1 < count && lower[last] === "of" && this.sameSentence(i, last + 1) && this.capitalised(last + 1) && someKind(gazetteer, best, "region") && allKind2(gazetteer, best, "region", "admin1")) return last;
    // "100 B.C.": an era after a year, not British Columbia.
    if (bestLen === 1 && ERAS.has(lower[i]) && i > 0 && tokens.kind[i - 1] === TokenKind.Number) return i;
    // "St. Michael's Hospital", "St. John's University": a saint's name in the possessive before
    // a capitalised word names a building or body, not the town of that saint ("St. John's, N.L.");
    // a big city's possessive stays the city ("St. Petersburg's Hermitage").
    if (SAINT_WORDS.has(lower[i]) && this.sameSentence(i, last)) {
      const possessive = POSSESSIVE.has(lower[last - 1]) ? last : last < count && POSSESSIVE.has(lower[last]) && !namesInstitutions(gazetteer, best) ? last + 1 : -1;
      if (possessive >= 0 && possessive < count && this.sameSentence(i, possessive) && this.capitalised(possessive)) return possessive - 1;
    }
    // "Stade de France", "Place de la Concorde": a one-word name before a lower-case particle and
    // a capitalised word is the start of a longer name.
    if (bestLen === 1 && last + 1 < count && NAME_PARTICLES.has(lower[last]) && text.charCodeAt(tokens.start[last]) >= 97 && this.sameSentence(i, last + 1) && (this.capitalised(last + 1) || (NAME_PARTICLES.has(lower[last + 1]) && last + 2 < count && this.capitalised(last + 2)))) return last;
    // "Washington Drive", "Memphis St.": a street named after the place (see STREET_HEADS).
    if (last < count && this.sameSentence(i, last) && this.capitalised(last) && (STREET_HEADS.has(lower[last]) || (ROAD_HEADS.has(lower[last]) && !(last + 1 < count && tokens.kind[last + 1] === TokenKind.Number) && !allKind2(gazetteer, best, "admin1", "admin2")))) return last;
    // "Denver's Stapleton Airport", "Leeds's Roundhay Park": a town's name after another place's
    // possessive, opening a facility's name, names the facility, which lies in the first place
    // (see facilities.ts), not in a namesake town elsewhere.
    if (i >= 2 && POSSESSIVE_MARKS.has(lower[i - 1]) && this.taken[i - 2] && this.sameSentence(i - 2, i) && allKind(gazetteer, best, "settlement") && !namesInstitutions(gazetteer, best)) {
      let t = last;
      while (t < last + 3 && t < count && this.sameSentence(i, t) && this.capitalised(t) && !FACILITY_HEADS.has(lower[t])) t++;
      if (t < count && this.sameSentence(i, t) && this.capitalised(t) && FACILITY_HEADS.has(lower[t])) return t;
    }
    return GO_ON;
  }

  /** A landform word heading a longer name, or a relative's name: no place (true). */
  personOrLandform(i: number, last: number, bestLen: number, best: readonly number[]): boolean {
    if (bestLen !== 1) return false;
    const { lower, count, lex } = this;
    // A landform word that names a region ("Delta", "Plateau", "Lakes": states of Nigeria and South
    // Sudan) after another capitalised word heads a feature's name ("the Mekong Delta", "the Tibetan
    // Plateau"), and before one a longer name ("Boeing's Delta Program"); the region goes by it
    // alone or with its noun ("in Delta", "Plateau State", "Delta Governor").
    if (LANDFORM_NAMES.has(lower[i]) && ((i > 0 && this.sameSentence(i - 1, i) && this.capitalised(i - 1) && !lex.titleWords.has(lower[i - 1]) && !(this.sentenceFirst(i - 1) && this.commonWord(i - 1))) || (last < count && this.sameSentence(i, last) && this.capitalised(last) && !lex.followers.has(lower[last])))) return true;
    // A name right after a kinship noun is the relative's ("her daughter, Brittany,", "his wife
    // Lara"), and so elsewhere in the article.
    if (i >= 1 && (KIN_NOUNS.has(lower[i - 1]) || (lower[i - 1] === "," && i >= 2 && KIN_NOUNS.has(lower[i - 2]))) && this.sameSentence(i - 1, i) && !someKind(this.gazetteer, best, "country")) {
      this.addSurname(lower[i]);
      return true;
    }
    return false;
  }

  /** The readings of a one-word name that stay when it may be a common word; null when none. */
  commonWordReadings(i: number, last: number, best: readonly number[]): readonly number[] | null {
    const { lower, count, gazetteer, lex, tokens, text } = this;
    let candidates = best;
    // A region or country after a comma makes even a common word a place ("Van, Turkey").
    // So does "in", "near" ... before a common word that is also a city, standing alone ("the
    // hospital in Van", "in Independence, police said"; not "in Independence Day parades").
    if (lex.stopwords.has(lower[i]) && !this.qualified(i) && !(i > 0 && LOCATIVE.has(lower[i - 1]) && !(last < count && this.sameSentence(i, last) && this.capitalised(last)) && this.someBigTown(candidates))) return null;
    // The surname of a person the entity layer found ("Jones said" after "Roy Jones") is that
    // person, unless a region qualifies it ("Jackson, Tenn.").
    if (allKind(gazetteer, candidates, "settlement") && this.personWord(lower[i]) && !this.qualified(i)) return null;
    // All-capital short words ("IS", "AP") are places only as countries or regions ("US", "UK"),
    // except as the dateline that opens a report ("MANSFIELD — The council ...") and abbreviations
    // written with full stops ("L.A.").
    if (isAllCaps(text, tokens.start[i], tokens.end[i]) && !isDateline(this.doc, i) && !text.slice(tokens.start[i], tokens.end[i]).includes(".")) {
      candidates = notOfKind(gazetteer, candidates, "settlement");
      if (candidates.length === 0) return null;
      // Two-letter region codes ("KY", "NSW" aside) only as a qualifier: "London, KY"; "US", "EU" anywhere.
      if (tokens.end[i] - tokens.start[i] <= 2 && !allKind2(gazetteer, candidates, "country", "region") && !(i >= 2 && lower[i - 1] === "," && this.taken[i - 2])) return null;
    }
    // A sentence-initial word also used in lower case in the text is a common word ("Police").
    if (this.sentenceFirst(i) && allKind(gazetteer, candidates, "settlement")) {
      if (this.lowerSeen.has(lower[i])) return null;
      // So is a sentence's first word (not the text's: a headline's) that names only small towns,
      // stands nowhere else inside a sentence, and that nothing marks as a place ("Rain fell all
      // night", "Economy is the issue").
      if (i > 0 && this.doc.sentenceFirst[this.doc.sentenceOfToken[i]] === i && !this.qualified(i) && !isAllCaps(text, tokens.start[i], tokens.end[i]) && !(last < count && this.sameSentence(i, last) && this.capitalised(last)) && this.allSmall(candidates) && !this.writtenInside(i)) return null;
    }
    // Elsewhere too, when only small towns bear the name and no "in", "near" ... leads to it: a
    // capitalised common word ("Supreme Court", "the Reserve", "Arab countries" beside "an arab horse").
    else if (!(i > 0 && LOCATIVE.has(lower[i - 1])) && this.allSmallTowns(candidates) && !this.qualified(i) && this.lowerSeen.has(lower[i])) return null;
    return candidates;
  }

  someBigTown(ids: readonly number[]): boolean {
    const g = this.gazetteer;
    for (let n = 0; n < ids.length; n++) if (g.kind(ids[n]) === "settlement" && g.population(ids[n]) >= INSTITUTION_TOWN) return true;
    return false;
  }

  allSmall(ids: readonly number[]): boolean {
    const g = this.gazetteer;
    for (let n = 0; n < ids.length; n++) if (!(g.population(ids[n]) < COMMON_WORD_MAX_TOWN)) return false;
    return true;
  }

  allSmallTowns(ids: readonly number[]): boolean {
    const g = this.gazetteer;
    for (let n = 0; n < ids.length; n++) if (!(g.kind(ids[n]) === "settlement" && g.population(ids[n]) < COMMON_WORD_MAX_TOWN)) return false;
    return true;
  }

  /** A one-word name that is a person's given name or surname here (true). */
  personName(i: number, last: number, candidates: readonly number[]): boolean {
    const lower = this.lower;
    // A given name shared with a place, before a surname ("Georgia Stevens", "Chad Walker"), is a
    // person; so is the bare name elsewhere in the article ("Georgia began skating at four").
    if (this.lex.givenNames.has(lower[i]) && this.surnameAt(last, allKind(this.gazetteer, candidates, "settlement"))) {
      this.addSurname(lower[i]);
      return true;
    }
    // A town's name after a person's title or first name is a surname there ("Sheriff Taylor",
    // "Sheriff Greg Taylor", "Ashley L. Evans"), and so elsewhere in the article.
    if (allKind(this.gazetteer, candidates, "settlement") && this.afterPersonStart(i - 1)) {
      this.addSurname(lower[i]);
      return true;
    }
    return false;
  }

  /** Part of a longer capitalised name ("Chiquita Raquel Henry", "Kyiv Post"): no place, or a namesake. */
  longerName(i: number, last: number, bestLen: number, candidates: readonly number[]): number {
    const { lower, count, gazetteer, lex } = this;
    const prev = i - 1;
    // A title-cased function word before the place is no part of a name ("Flooding In Texas").
    // A sentence's first word that the text also uses in lower case is a common word too ("Three
    // Clayton County students", "Former US ambassador").
    // A country or big region stays a place inside a longer name ("Environment Canada", "Team Alberta").
    // A club's name is no place, whatever the place's size ("Dynamo Kyiv", "Real Madrid").
    if (prev >= 0 && this.sameSentence(prev, i) && this.capitalised(prev)) {
      if (lex.clubWords.has(lower[prev])) return last - 1;
      if (!this.prefix(prev) && gazetteer.adjective(lower[prev]) === undefined && !(this.sentenceFirst(prev) && this.commonWord(prev)) && !lex.titleWords.has(lower[prev]) && !this.outletCode(prev) && !this.someCountryOrBigRegion(candidates)) {
        // A small town's name after one other capitalised word that names no place is a surname
        // there ("Andrew Trapani"), and so elsewhere in the article.
        if (bestLen === 1 && smallPlaces(gazetteer, candidates) && this.personBefore(prev)) this.addSurname(lower[i]);
        return last - 1;
      }
    }
    if (!(last < count)) return GO_ON;
    const next = this.sameSentence(i, last) && this.capitalised(last);
    // "the Catawba River", "Cumberland Falls": a natural feature named after the place, which
    // the gazetteer lacks; it stands near its namesake but is not it (see FEATURE_NAMESAKE_RULE).
    if (next && FEATURE_HEADS.has(lower[last])) {
      this.push(i, last + 1, candidates, FEATURE_NAMESAKE_RULE);
      return last;
    }
    // Before another capitalised word, too, the place is part of a longer name, unless it is big
    // enough to name institutions ("U.S. House", "Texas Rangers") or the next word heads one
    // ("Laurel County Sheriff", "Dublin City Schools", "Brant OPP").
    if (next && (lex.mediaHeads.has(lower[last]) || (!lex.followers.has(lower[last]) && !this.agencyCode(last) && gazetteer.adjective(lower[last]) === undefined && !namesInstitutions(gazetteer, candidates)))) {
      // A longer name that is a body's, an outlet's or an event's ("the Red Deer Skating
      // Association", "the Athens Review", "the Cannes Grand Prix") still mentions the place, as
      // its namesake (see IN_NAME_RULE), unless it opens with a person's name ("the Nelson Mandela
      // Foundation" beside "Mandela said") or a saint's ("St. James Methodist Church"), or the
      // place's name only continues a longer one ("the Energy and Commerce Committee").
      if (
        this.namedBodyAfter(last) &&
        !(SAINT_WORDS.has(lower[i]) && !namesInstitutions(gazetteer, candidates)) &&
        !(i >= 2 && (NAME_RUN_JOINERS.has(lower[i - 1]) || lower[i - 1] === "and") && this.sameSentence(i - 2, i) && this.capitalised(i - 2)) &&
        !this.personWord(lower[last])
      ) this.push(i, last, candidates, IN_NAME_RULE);
      return last - 1;
    }
    // A pathogen or disease named after a place ("Marburg virus") places nothing there.
    if (lex.diseaseHeads.has(lower[last])) return last - 1;
    return GO_ON;
  }

  someCountryOrBigRegion(ids: readonly number[]): boolean {
    const g = this.gazetteer;
    for (let n = 0; n < ids.length; n++) {
      const k = g.kind(ids[n]);
      if (k === "country" || (k === "admin1" && g.population(ids[n]) >= NAMED_REGION)) return true;
    }
    return false;
  }

  /** The readings of a name that a region's word narrows to the region ("Washington state"). */
  regionReadings(i: number, last: number, candidates: readonly number[]): readonly number[] {
    const { lower, count, gazetteer } = this;
    // "the Georgia state line", "Washington state", "the state of Washington": the first-level region.
    if ((last < count && lower[last] === "state" && this.text.charCodeAt(this.tokens.start[last]) === 115 && !(last + 1 < count && STATE_MEDIA.has(lower[last + 1]))) || (i >= 2 && lower[i - 1] === "of" && REGION_NOUNS.has(lower[i - 2]))) {
      const regions = ofKind(gazetteer, candidates, "admin1");
      if (regions.length > 0) return regions;
    } else if (last + 1 < count && lower[last] === "regional" && this.sameSentence(i, last + 1) && REGIONAL_BODIES.has(lower[last + 1])) {
      // "Donetsk regional governor", "the Kharkiv regional administration": the region the body
      // governs, not its seat, where the gazetteer knows "Donetsk region".
      const regions = gazetteer.lookup(lower.slice(i, last).join(" ") + " region");
      if (regions !== undefined && allKind(gazetteer, regions, "admin1")) return regions;
    }
    return candidates;
  }

  push(first: number, last: number, candidates: readonly number[], rule: string): void {
    this.mentions.push({ first, last, start: this.tokens.start[first], end: this.tokens.end[last - 1], candidates, rule });
    this.taken.fill(1, first, last);
  }

  addSurname(word: string): void {
    if (this.surnames === null) this.surnames = new Set();
    this.surnames.add(word);
  }

  personWord(word: string): boolean {
    if (this.personWords === null) this.personWords = personNameWords(this.doc, this.entities);
    return this.personWords.has(word);
  }

  sameSentence(a: number, b: number): boolean {
    return this.doc.sentenceOfToken[a] === this.doc.sentenceOfToken[b];
  }

  capitalised(t: number): boolean {
    return capitalisedToken(this.doc, t);
  }

  /** The first word of a sentence, or of a clause after a dateline's dash, a colon or a quote. */
  sentenceFirst(t: number): boolean {
    const doc = this.doc;
    return doc.sentenceFirst[doc.sentenceOfToken[t]] === t || (t > 0 && (CLAUSE_OPENERS.has(this.lower[t - 1]) || this.tokens.kind[t - 1] === TokenKind.Quote));
  }

  /** Whether the word at `t` stands elsewhere in the text other than first in a sentence. */
  writtenInside(t: number): boolean {
    const { lower, count } = this;
    for (let u = 0; u < count; u++) if (u !== t && lower[u] === lower[t] && !this.sentenceFirst(u)) return true;
    return false;
  }

  /** A stop word, or a word the text also writes in lower case. */
  commonWord(t: number): boolean {
    const w = this.lower[t];
    return this.lex.stopwords.has(w) || PARTICIPLE.test(w) || this.lowerSeen.has(w);
  }

  /** An all-capital code before a town names the broadcaster's or agency's branch there ("CTV Winnipeg", "CDC Atlanta"). */
  outletCode(t: number): boolean {
    const { tokens, text } = this;
    return tokens.kind[t] === TokenKind.Word && tokens.end[t] - tokens.start[t] >= 3 && isAllCaps(text, tokens.start[t], tokens.end[t]) && !isAllCaps(text, tokens.start[t + 1], tokens.end[t + 1]);
  }

  /** An all-capital code after a town names a public body there ("Brant OPP", "Toronto EMS"); a Roman numeral ("Superior II") does not. */
  agencyCode(t: number): boolean {
    const { tokens, text } = this;
    return tokens.kind[t] === TokenKind.Word && isAllCaps(text, tokens.start[t], tokens.end[t]) && !ROMAN_NUMERAL.test(this.lower[t]);
  }

  /**
   * A capitalised word with no other capital (not "StandUp", "ABC"), no place's name on its own
   * unless a town's (a town's name is a first name too: "Gary Wilson"; "Matthew" only begins
   * "Matthew Town"), after no other
   * capitalised word, and no stop word (not a headline's "Former"): a first name.
   */
  personLike(t: number): boolean {
    const { tokens, lower, gazetteer } = this;
    return tokens.kind[t] === TokenKind.Word && FIRST_NAME_SHAPE.test(this.text.slice(tokens.start[t], tokens.end[t])) && (gazetteer.lookup(lower[t]) === undefined || townOnly(gazetteer, lower[t])) && !(t > 0 && this.sameSentence(t - 1, t) && this.capitalised(t - 1)) && !this.lex.stopwords.has(lower[t]);
  }

  /**
   * Whether a person's given names end at token t: a first name (see personLike), then up to two
   * more capitalised words or middle initials ("Jason Terrell", "Matthew D.", "Chiquita Raquel").
   */
  personBefore(t: number): boolean {
    const { tokens, lower } = this;
    for (let u = t; u >= 0 && u > t - MAX_GIVEN_NAMES && this.sameSentence(u, t); u--) {
      if (this.personLike(u)) return true;
      const initial = tokens.kind[u] === TokenKind.Abbrev && MIDDLE_INITIAL.test(lower[u]);
      if (!initial && !(tokens.kind[u] === TokenKind.Word && this.capitalised(u))) return false;
    }
    return false;
  }

  /** A person's title ("Sheriff", "Mr."), capitalised, at token t in the sentence of token t + 1. */
  titleAt(t: number): boolean {
    return t >= 0 && this.sameSentence(t, t + 1) && this.capitalised(t) && this.lex.personTitles.has(this.lower[t]);
  }

  /** A first name's shape ("Greg"), and no common word. */
  firstNameAt(t: number): boolean {
    const tokens = this.tokens;
    return tokens.kind[t] === TokenKind.Word && FIRST_NAME_SHAPE.test(this.text.slice(tokens.start[t], tokens.end[t])) && !this.lex.stopwords.has(this.lower[t]);
  }

  /**
   * Whether a person's name begins up to token t, so that the word after t is its surname: a title
   * ("Sheriff"), a title and a first name ("Sheriff Greg"), or a first name and a middle initial ("Ashley L.").
   */
  afterPersonStart(t: number): boolean {
    if (t < 0 || !this.sameSentence(t, t + 1)) return false;
    if (this.titleAt(t)) return true;
    if (this.tokens.kind[t] === TokenKind.Abbrev && MIDDLE_INITIAL.test(this.lower[t])) return t > 0 && this.sameSentence(t - 1, t) && this.firstNameAt(t - 1);
    return this.firstNameAt(t) && this.titleAt(t - 1);
  }

  /** Followed by a comma and a region or country ("Jackson, Tenn."). */
  qualified(t: number): boolean {
    const { lower, count, gazetteer } = this;
    if (t + 2 >= count || lower[t + 1] !== ",") return false;
    let key = lower[t + 2];
    for (let u = t + 2; u < count && u < t + 5; u++) {
      if (u > t + 2) key += " " + lower[u];
      const ids = gazetteer.lookup(key);
      if (ids !== undefined && someKind2(gazetteer, ids, "admin1", "country")) return true;
    }
    return false;
  }

  /**
   * Tokens in the name of a country, region or big city at token i inside an outlet's name that
   * holds another capitalised word besides "The" (0 when none); its readings go to lastLookup.
   */
  outletPlace(i: number): number {
    const { lower, count, gazetteer, tokens, blocked } = this;
    const maxLen = Math.min(gazetteer.maxTokensFrom(lower[i]), count - i);
    // "Al Jazeera" holds no Alabama, "Radio Free Europe" no Free State.
    if (maxLen === 0 || lower[i] === "the" || NAME_PARTICLES.has(lower[i]) || (tokens.end[i] - tokens.start[i] <= 2 && isAllCaps(this.text, tokens.start[i], tokens.end[i]))) return 0;
    const len = longestName(this.doc, gazetteer, i, maxLen);
    if (len === 0 || (len === 1 && this.lex.stopwords.has(lower[i])) || !namesInstitutions(gazetteer, lastLookup!)) return 0;
    for (let t = i + 1; t < i + len; t++) if (blocked[t] !== OUTLET_TOKEN) return 0;
    for (let t = i - 1; t >= 0 && blocked[t] === OUTLET_TOKEN; t--) if (lower[t] !== "the" && this.capitalised(t)) return len;
    for (let t = i + len; t < count && blocked[t] === OUTLET_TOKEN; t++) if (this.capitalised(t)) return len;
    return 0;
  }

  /**
   * Whether the capitalised words from token u on (joined by "of", "for" or "&" before a
   * capitalised word, at most MAX_NAME_RUN) end the name of a body, outlet or event: "Skating
   * Association", "Daily News", "Grand Prix", "Crown Court". A university's or school's organ
   * ("Princeton University Press") is named after the university, not the town.
   */
  namedBodyAfter(u: number): boolean {
    const { lower, count, lex } = this;
    let e = u;
    for (let v = u; v < count && v < u + MAX_NAME_RUN && this.sameSentence(u, v); v++) {
      if (this.capitalised(v)) {
        if (SCHOOL_WORDS.has(lower[v])) return false;
        e = v;
      } else if (!(NAME_RUN_JOINERS.has(lower[v]) && v + 1 < count && this.sameSentence(v, v + 1) && this.capitalised(v + 1))) break;
    }
    return lex.nameHeads.has(lower[e]) || lex.mediaHeads.has(lower[e]) || (e > u && lex.nameHeads.has(lower[e - 1] + " " + lower[e]));
  }

  /**
   * A surname after a given name: a capitalised word that is no common word, demonym, region,
   * country or head of an institution, after a middle initial ("Virginia L. Lane") or written
   * elsewhere on its own ("Georgia Stevens" and "Cory Stevens").
   */
  surnameAt(t: number, townOnly: boolean): boolean {
    const { lower, count, gazetteer, lex, tokens } = this;
    if (t < count && tokens.kind[t] === TokenKind.Abbrev && MIDDLE_INITIAL.test(lower[t])) t++;
    if (t >= count || !this.sameSentence(t - 1, t) || tokens.kind[t] !== TokenKind.Word) return false;
    if (!SURNAME_SHAPE.test(this.text.slice(tokens.start[t], tokens.end[t])) || this.commonWord(t)) return false;
    if (lex.followers.has(lower[t]) || lex.mediaHeads.has(lower[t]) || gazetteer.adjective(lower[t]) !== undefined) return false;
    const places = gazetteer.lookup(lower[t]);
    if (places !== undefined && !allKind(gazetteer, places, "settlement")) return false;
    // A longer name ("Georgia Environmental Protection Division") or an abbreviation ("Madison Twp.").
    if (t + 1 < count && this.sameSentence(t, t + 1) && (this.capitalised(t + 1) || (lower[t + 1] === "." && tokens.end[t] === tokens.start[t + 1]))) return false;
    if (tokens.kind[t - 1] === TokenKind.Abbrev || this.surnameElsewhere(t)) return true;
    // After a given name that is only a town's ("Tyler Zilverberg", "Bo Ryan"), a word that names
    // no place is the surname, unless it may be a plural ("Dallas Cowboys") or heads a feature or
    // street named after the town ("Madison Creek"); a region's or country's name stays a place
    // before a word ("Georgia Tech"). A surname that is also a town's name ("Nancy Kellogg") needs
    // the evidence above: small towns bear many words.
    return townOnly && places === undefined && !lower[t].endsWith("s") && !FEATURE_HEADS.has(lower[t]) && !STREET_HEADS.has(lower[t]) && !ROAD_HEADS.has(lower[t]);
  }

  /**
   * Whether the article writes word t elsewhere as a person's surname: after another capitalised
   * word ("Cory Stevens") or before a reporting verb ("Dyer said"); a firm's name is not ("at Walmart").
   */
  surnameElsewhere(t: number): boolean {
    const { lower, count } = this;
    for (let u = 1; u < count; u++) {
      if (u === t || lower[u] !== lower[t] || lower[u - 1] === lower[t - 1] || !this.capitalised(u)) continue;
      if ((this.sameSentence(u - 1, u) && this.capitalised(u - 1) && !this.sentenceFirst(u - 1)) || (u + 1 < count && REPORTED.has(lower[u + 1]))) return true;
    }
    return false;
  }

  /**
   * "W. Phila.", but not the middle initial of "Harry S. Truman". A hyphenated word ending in a
   * word of the hyphen-suffix list ("Pakistan-administered Kashmir", "Kurdish-controlled Kobani")
   * is one too.
   */
  prefix(t: number): boolean {
    const lower = this.lower;
    return (this.lex.prefixes.has(lower[t]) && !(lower[t].endsWith(".") && t > 0 && this.sameSentence(t - 1, t) && this.capitalised(t - 1))) || controlledBy(lower[t], this.lex.hyphenSuffixes);
  }
}

function byStart(a: Mention, b: Mention): number {
  return a.start - b.start;
}

/** Last words of a US second-level area's full name. */
const COUNTY_WORDS = new Set(["county", "parish", "borough"]);

/**
 * "Kanawha County" once, then "Kanawha deputies", "the Kanawha Circuit Court": where the article
 * names a county in full, its bare name (which the gazetteer does not index: "Laurel" alone is
 * mostly a town or a surname) is the county too, standing alone or before a word that heads an
 * institution, and not as a person's surname. The new mentions share the full name's readings.
 * Null when there are none.
 */
function bareCountyNames(
  doc: Doc,
  gazetteer: Gazetteer,
  mentions: readonly Mention[],
  blocked: Uint8Array,
  taken: Uint8Array,
  surname: (t: number) => boolean,
): Mention[] | null {
  const { tokens } = doc;
  const { lower, count } = tokens;
  let bases: Map<string, Mention> | null = null; // first word of a bare name -> its county mention
  for (const m of mentions) {
    if (m.last - m.first < 2 || !COUNTY_WORDS.has(lower[m.last - 1]) || !m.candidates.every((id) => gazetteer.kind(id) === "admin2")) continue;
    (bases ??= new Map()).set(lower[m.first], m);
  }
  if (bases === null) return null;
  const out: Mention[] = [];
  const followers = gazetteer.lexicon.followers;
  for (let t = 0; t < count; t++) {
    if (taken[t] || blocked[t] || !capitalisedToken(doc, t)) continue;
    const county: Mention | undefined = bases.get(lower[t]);
    if (county === undefined) continue;
    const n: number = county.last - 1 - county.first;
    if (t + n > count) continue;
    let same = true;
    for (let k = 1; k < n && same; k++) same = lower[t + k] === lower[county.first + k] && !taken[t + k] && !blocked[t + k];
    if (!same || surname(t + n - 1)) continue;
    const sentence = doc.sentenceOfToken[t];
    // Part of a longer name: after a capitalised word ("StandUp DeKalb"), or before one that heads no institution.
    if (t > 0 && doc.sentenceOfToken[t - 1] === sentence && capitalisedToken(doc, t - 1) && doc.sentenceFirst[sentence] !== t - 1) continue;
    const next = t + n;
    if (next < count && doc.sentenceOfToken[next] === sentence && capitalisedToken(doc, next) && !followers.has(lower[next])) continue;
    out.push({ first: t, last: next, start: tokens.start[t], end: tokens.end[next - 1], candidates: county.candidates, rule: "places/gazetteer" });
    taken.fill(1, t, next);
  }
  return out.length > 0 ? out : null;
}

/**
 * A name means one place throughout an article. A name narrowed once by its qualifier ("Paris,
 * Texas") is narrowed everywhere; a bare name that begins a longer county or town name of the
 * article ("Barrow" beside "Barrow County", "Avondale" beside "Avondale Estates") takes that
 * name's readings besides its own in the same states, unless it can be a region or country itself
 * ("Kansas" beside "Kansas City").
 * Mentions that end up with the same readings share one array, so resolution treats them as one.
 */
function oneSensePerArticle(doc: Doc, mentions: Mention[], gazetteer: Gazetteer): void {
  if (mentions.length < 2) return;
  const { tokens } = doc;
  // The tokens' own lower-case forms when the mention covers whole tokens (nearly always).
  const keys = mentions.map((m) => {
    if (m.start !== tokens.start[m.first] || m.end !== tokens.end[m.last - 1]) return nameKey(doc.text.slice(m.start, m.end));
    return m.last === m.first + 1 ? tokens.lower[m.first] : tokens.lower.slice(m.first, m.last).join(" ");
  });
  const narrowed = new Map<string, readonly number[] | null>(); // null: narrowed two different ways
  const longer = new Map<string, readonly number[] | null>();
  let placedInRegion: Set<string> | null = null; // names a qualifier put in a region where the gazetteer has no such town
  for (let m = 0; m < mentions.length; m++) {
    const ids = mentions[m].candidates;
    const full = gazetteer.lookup(keys[m]);
    if (full !== undefined && ids !== full && mentions[m].rule === QUALIFIED_REGION_RULE) (placedInRegion ??= new Set()).add(keys[m]);
    if (full !== undefined && ids !== full && ids.length < full.length) {
      const seen = narrowed.get(keys[m]);
      narrowed.set(keys[m], seen === undefined || (seen !== null && sameIds(seen, ids)) ? ids : null);
    }
    // Every proper prefix of a multi-word county or town name.
    if (!ids.every((id) => gazetteer.kind(id) === "admin2" || gazetteer.kind(id) === "settlement")) continue;
    for (let cut = keys[m].lastIndexOf(" "); cut > 0; cut = keys[m].lastIndexOf(" ", cut - 1)) {
      const prefix = keys[m].slice(0, cut);
      const seen = longer.get(prefix);
      longer.set(prefix, seen === undefined || (seen !== null && sameIds(seen, ids)) ? ids : null);
    }
  }
  if (narrowed.size === 0 && longer.size === 0) return;
  const shortForms = new Map<string, number[]>();
  for (let m = 0; m < mentions.length; m++) {
    const ids = mentions[m].candidates;
    const qualified = narrowed.get(keys[m]);
    if (qualified && ids !== qualified && qualified.every((id) => ids.includes(id))) {
      mentions[m].candidates = qualified;
      continue;
    }
    // "Churchill, Man." once, "Churchill" after: the town the gazetteer lacks there, not a namesake elsewhere.
    if (qualified && ids !== qualified && placedInRegion?.has(keys[m]) && mentions[m].rule !== HYPHEN_PART_RULE) {
      mentions[m].candidates = qualified;
      mentions[m].rule = QUALIFIED_REGION_RULE;
      continue;
    }
    const whole = longer.get(keys[m]);
    if (!whole || ids === whole || !ids.every((id) => gazetteer.kind(id) === "settlement" || gazetteer.kind(id) === "admin2")) continue;
    let merged = shortForms.get(keys[m]);
    if (merged === undefined) {
      // The longer name's readings, and the short name's own readings in the same states
      // ("Dallas" stays the city beside "Dallas County").
      const states = new Set(whole.map((id) => gazetteer.country(id) + "|" + gazetteer.admin1(id)));
      merged = [...whole, ...ids.filter((id) => !whole.includes(id) && states.has(gazetteer.country(id) + "|" + gazetteer.admin1(id)))];
      shortForms.set(keys[m], merged);
    }
    mentions[m].candidates = merged;
  }
}

function sameIds(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((id, i) => id === b[i]);
}

/** "pakistan-administered", "kurdish-controlled": a hyphenated word whose last part is one of the suffixes. */
function controlledBy(word: string, suffixes: ReadonlySet<string>): boolean {
  const h = word.lastIndexOf("-");
  return h > 0 && h < word.length - 1 && suffixes.has(word.slice(h + 1));
}

/** Whether tokens [i, last) open a phrase of the list that ends up to three tokens later ("Chamber | of Commerce"). */
function startsBodyPhrase(lower: readonly string[], i: number, last: number, phrases: ReadonlySet<string>): boolean {
  if (phrases.size === 0 || !edgeWords(phrases).first.has(lower[i])) return false;
  let key = lower.slice(i, last).join(" ");
  for (let u = last; u < lower.length && u < last + 3; u++) {
    key += " " + lower[u];
    if (phrases.has(key)) return true;
  }
  return false;
}

/** Whether tokens [i, last) close a phrase of the list that begins up to three tokens earlier ("Chamber of | Commerce"). */
function endsBodyPhrase(lower: readonly string[], i: number, last: number, phrases: ReadonlySet<string>): boolean {
  if (phrases.size === 0 || i === 0 || !edgeWords(phrases).last.has(lower[last - 1])) return false;
  let key = lower.slice(i, last).join(" ");
  for (let u = i - 1; u >= 0 && u >= i - 3; u--) {
    key = lower[u] + " " + key;
    if (phrases.has(key)) return true;
  }
  return false;
}

const phraseEdges = new WeakMap<ReadonlySet<string>, { first: Set<string>; last: Set<string> }>();

/**
 * The first and last words of the phrases ("chamber", "commerce"): a name that neither opens nor
 * closes one is passed over without building keys. Computed once per phrase list.
 */
function edgeWords(phrases: ReadonlySet<string>): { first: Set<string>; last: Set<string> } {
  let edges = phraseEdges.get(phrases);
  if (edges === undefined) {
    const words = [...phrases].map((p) => p.split(" "));
    edges = { first: new Set(words.map((w) => w[0])), last: new Set(words.map((w) => w[w.length - 1])) };
    phraseEdges.set(phrases, edges);
  }
  return edges;
}

/** A participle or adverb opening a sentence ("Neighbouring Uganda", "Nearby"): no part of a name. */
const PARTICIPLE = /[a-z]{3}(?:ing|ed|ly)$/;

/** Dashes and "(AP)"-style brackets that close a dateline. */
const DATELINE_CLOSERS = new Set(["—", "–", "-", "--", "(", ",", ":", ...MISDECODED_DASHES]);

/**
 * "MANSFIELD — The city council ...", "COLUMBUS, Ohio (AP) —": an all-capital word opening a
 * sentence (or after the byline's date) and closed by a dash, comma, colon or bracket.
 */
function isDateline(doc: Doc, i: number): boolean {
  const { tokens, text } = doc;
  if (i + 1 >= tokens.count) return false;
  const opens = doc.sentenceFirst[doc.sentenceOfToken[i]] === i || (i > 0 && tokens.kind[i - 1] === TokenKind.Number);
  if (!opens) return false;
  if (DATELINE_CLOSERS.has(tokens.lower[i + 1]) || tokens.lower[i + 1] === "'s") return true;
  // "DETROIT The Transportation Department ...": the report's first sentence follows at once.
  const next = text.slice(tokens.start[i + 1], tokens.end[i + 1]);
  return tokens.kind[i + 1] === TokenKind.Word && /^[A-Z][a-z]/.test(next);
}

function hyphenated(text: string, start: number, end: number): boolean {
  const h = text.indexOf("-", start);
  return h > start && h < end;
}

/**
 * Names inside a hyphenated word, where the word's shape says the part is a place: after a party
 * tag ("DFL-Minneapolis", "R-Lilburn"), before a lower-case word of a short list ("Nashville-based",
 * "Atlanta-area"), or when every capitalised part is a place or demonym ("Fargo-Moorhead",
 * "Egypt-US relations"), in which case the word must stand apart from capitalised neighbours
 * (a surname like "Nina Webb-Lawton" does not). A run of parts can be one name ("Winston-Salem-based").
 */
function hyphenParts(
  doc: Doc,
  gazetteer: Gazetteer,
  t: number,
  sentenceFirst: (t: number) => boolean,
  commonWord: (t: number) => boolean,
  blocked: Uint8Array,
  taken: Uint8Array,
  out: Mention[],
  demonyms: Mention[],
): number {
  let reach = t + 1;
  const { tokens, text } = doc;
  const word = text.slice(tokens.start[t], tokens.end[t]);
  const parts = word.split("-");
  const lex = gazetteer.lexicon;
  const n = parts.length;
  const offset: number[] = [];
  const span = new Int32Array(n); // parts in the name starting here (0: none)
  const ids: (readonly number[] | undefined)[] = new Array(n);
  const adjective = new Uint8Array(n);
  let at = tokens.start[t];
  for (let p = 0; p < n; p++) {
    offset.push(at);
    at += parts[p].length + 1;
  }
  // "Al-Minya", "el-Arish": one name, found whole or not at all.
  if (ARABIC_ARTICLE.test(parts[0]) || LOWER_ARABIC_ARTICLE.test(parts[0])) {
    if (n === 2 && !blocked[t]) arabicName(doc, gazetteer, t, parts, taken, out);
    return reach;
  }
  if (t + 1 < tokens.count && lex.diseaseHeads.has(tokens.lower[t + 1])) return reach; // "Crimean-Congo haemorrhagic fever"
  for (let p = 0; p < n; p++) {
    if (!UPPER_START.test(parts[p]) || parts[p].length < 2) continue;
    if (gazetteer.adjective(parts[p].toLowerCase()) !== undefined) {
      adjective[p] = 1; // "Canadian-American": the demonym, not Canadian, Texas
      continue;
    }
    let key = "";
    for (let q = p; q < n; q++) {
      key = q === p ? parts[p].toLowerCase() : key + "-" + parts[q].toLowerCase();
      const hit = gazetteer.lookup(key);
      if (hit !== undefined && !(q === p && lex.stopwords.has(key))) {
        span[p] = q - p + 1;
        ids[p] = hit;
      }
    }
  }
  // The last part may only begin a name that goes on past the word ("D-Pa.", "R-Elbow Lake").
  const lastPart = n - 1;
  let lastLonger: [number, readonly number[]] | null = null;
  if (n > 1 && span[lastPart] === 0 && !adjective[lastPart] && UPPER_START.test(parts[lastPart])) {
    lastLonger = extendRight(doc, gazetteer, t, parts[lastPart].toLowerCase());
    if (lastLonger !== null) {
      span[lastPart] = 1;
      ids[lastPart] = lastLonger[1];
    }
  }
  // The first part may only end a name that began before the word ("San Jose-based", "Rock Hill-based").
  if (n === 2 && span[0] === 0 && !adjective[0] && UPPER_START.test(parts[0]) && lex.hyphenSuffixes.has(parts[1].toLowerCase())) {
    const longer = extendLeft(doc, gazetteer, t, parts[0].toLowerCase(), taken);
    if (longer !== null) {
      span[0] = 1;
      ids[0] = longer[1];
    }
  }
  // Does every capitalised part belong to a place name or a demonym?
  // A capitalised stop word beside a country's or region's name is a name too, though no place
  // ("Arab-Israeli", "NATO-Russia", "Hamas-Israel"); beside a town's it is not ("Herald-Press").
  let allNames = true;
  let places = 0;
  let otherNames = 0;
  let townsOnly = false;
  for (let p = 0; p < n; p++) {
    if (span[p] > 0) {
      places++;
      if (ids[p]!.every((id) => gazetteer.kind(id) === "settlement")) townsOnly = true;
      p += span[p] - 1;
    } else if (!adjective[p] && !LOWER_START.test(parts[p])) {
      if (UPPER_START.test(parts[p]) && lex.stopwords.has(parts[p].toLowerCase())) otherNames++;
      else allNames = false;
    }
  }
  if (townsOnly) otherNames = 0;
  const prev = t - 1;
  const alone =
    !(prev >= 0 && doc.sentenceOfToken[prev] === doc.sentenceOfToken[t] && capitalisedToken(doc, prev) && !lex.prefixes.has(tokens.lower[prev]) && !(sentenceFirst(prev) && commonWord(prev))) &&
    !(t + 1 < tokens.count && doc.sentenceOfToken[t + 1] === doc.sentenceOfToken[t] && capitalisedToken(doc, t + 1) && !lex.followers.has(tokens.lower[t + 1]) && !isAllCaps(text, tokens.start[t + 1], tokens.end[t + 1]));
  // Countries joined by hyphens are places even inside a longer name ("the Lebanon-Syria Treaty").
  let countriesOnly = places >= 2 && allNames && otherNames === 0;
  for (let p = 0; p < n && countriesOnly; p++) if (span[p] > 0 && !ids[p]!.some((id) => gazetteer.kind(id) === "country")) countriesOnly = false;
  // Demonyms in the word mention their countries ("Russian-American crew", "Georgian-controlled
  // villages"), unless one is a continent's ("African-American").
  // The last name after lower-case parts only ("mid-Ohio", "made-in-China", "non-Russians").
  const afterLead = (p: number, next: number): boolean => p > 0 && next === n && parts.slice(0, p).every((q) => LOWER_LEAD.test(q));
  const adjectives = adjectiveCount(adjective);
  if (adjectives > 0 && !blocked[t]) {
    const byNames = allNames && places + adjectives + otherNames >= 2 && alone;
    const countries: (readonly number[] | undefined)[] = parts.map((part, p) => (adjective[p] ? gazetteer.adjective(part.toLowerCase()) : undefined));
    if (countries.every((c) => c === undefined || c.every((id) => gazetteer.kind(id) === "country"))) {
      for (let p = 0; p < n; p++) {
        const c = countries[p];
        if (c === undefined || !(byNames || afterLead(p, p + 1) || (p + 1 < n && lex.hyphenSuffixes.has(parts[p + 1].toLowerCase())))) continue;
        demonyms.push({ first: t, last: t + 1, start: offset[p], end: offset[p] + parts[p].length, candidates: c, rule: DEMONYM_MENTION_RULE });
      }
    }
  }
  for (let p = 0; p < n; p++) {
    const len = span[p];
    if (len === 0) continue;
    const next = p + len;
    const byParty = p === 1 && PARTY_TAG.test(parts[0]) && next === n;
    const bySuffix = next < n && lex.hyphenSuffixes.has(parts[next].toLowerCase());
    const byNames = allNames && places + adjectiveCount(adjective) + otherNames >= 2 && (alone || (countriesOnly && adjectives === 0));
    if (!byParty && !bySuffix && !byNames && !afterLead(p, next)) {
      p = next - 1;
      continue;
    }
    let candidates = ids[p]!;
    const part = parts[p];
    // All-capital parts ("GOP-", "NATO-") only as countries or regions ("US-", "UK-", "EU-"),
    // unless they begin an abbreviation ("D-N.D.").
    if (len === 1 && part === part.toUpperCase() && !(p === lastPart && lastLonger !== null)) {
      candidates = candidates.filter((id) => gazetteer.kind(id) === "country" || gazetteer.kind(id) === "region");
      if (candidates.length === 0) continue;
    }
    // "DFL-Minneapolis" and "Seattle-based" are no person, whatever the entity layer says.
    if (blocked[t] && !byParty && !bySuffix) continue;
    let first = t;
    let last = t + 1;
    let start = offset[p];
    let end = offset[next - 1] + parts[next - 1].length;
    // The name may go on past the word: "Greenbrier-Pocahontas County", "D-Iowa City", or begin
    // before it: "New York-based".
    if (next === n) {
      const longer = extendRight(doc, gazetteer, t, parts[p].toLowerCase());
      if (longer !== null) {
        [last, candidates] = longer;
        end = tokens.end[last - 1];
      }
    }
    if (p === 0) {
      const longer = extendLeft(doc, gazetteer, t, parts[0].toLowerCase(), taken);
      if (longer !== null) {
        [first, candidates] = longer;
        start = tokens.start[first];
      }
    }
    out.push({ first, last, start, end, candidates, rule: HYPHEN_PART_RULE });
    taken.fill(1, first, last);
    reach = Math.max(reach, last);
    p = next - 1;
  }
  return reach;
}

/** Up to three more tokens after a word's last part that make a longer name ("D-Iowa City", "D-W. Va."). */
function extendRight(doc: Doc, gazetteer: Gazetteer, t: number, part: string): [number, readonly number[]] | null {
  const { lower, count, end } = doc.tokens;
  let key = part;
  let dotted = false;
  let best: [number, readonly number[]] | null = null;
  for (let u = t + 1; u < count && u <= t + 3; u++) {
    // The sentence splitter may cut after an abbreviation's full stop ("D-N. | D.").
    if (doc.sentenceOfToken[u] !== doc.sentenceOfToken[u - 1] && !lower[u - 1].endsWith(".")) break;
    // "D-Pa.": the full stop of an abbreviation is a token of its own.
    if (!capitalisedToken(doc, u) && !gazetteer.lexicon.lowerInName.has(lower[u]) && lower[u] !== ".") break;
    key += " " + lower[u];
    dotted ||= lower[u].endsWith(".");
    // An abbreviation is cut differently inside the word than alone: the text read as a name.
    const hit = gazetteer.lookup(key) ?? (dotted ? gazetteer.lookup(nameKey(doc.text.slice(end[t] - part.length, end[u]))) : undefined);
    if (hit !== undefined) best = [u + 1, hit];
  }
  return best;
}

/** Up to two capitalised tokens before a word's first part that make a longer name. */
function extendLeft(doc: Doc, gazetteer: Gazetteer, t: number, part: string, taken: Uint8Array): [number, readonly number[]] | null {
  const { lower } = doc.tokens;
  let key = part;
  let best: [number, readonly number[]] | null = null;
  for (let u = t - 1; u >= 0 && u >= t - 2 && doc.sentenceOfToken[u] === doc.sentenceOfToken[t]; u--) {
    if (!capitalisedToken(doc, u) || taken[u]) break;
    key = lower[u] + " " + key;
    const hit = gazetteer.lookup(key);
    if (hit !== undefined) best = [u, hit];
  }
  return best;
}

/**
 * "Al-Bab", "el-Arish", "al-Qaim": a name with the Arabic article joined by a hyphen, which the
 * gazetteer writes apart ("Al Bab"), with the other common spelling of the article ("Al Qa'im" for
 * "el-"), or without it ("Arish"); without it, only readings in Arabic-speaking countries count
 * ("Al-Ahram" is no village in Iran). Not before a capitalised word that heads no institution
 * ("Al-Ahram Weekly"), nor after a capitalised word ("Bab el-Oued").
 */
function arabicName(doc: Doc, gazetteer: Gazetteer, t: number, parts: readonly string[], taken: Uint8Array, out: Mention[]): void {
  const { tokens } = doc;
  const name = parts[1];
  if (!UPPER_START.test(name) || name.length < 2) return;
  const next = t + 1;
  if (next < tokens.count && doc.sentenceOfToken[next] === doc.sentenceOfToken[t] && capitalisedToken(doc, next) && !gazetteer.lexicon.followers.has(tokens.lower[next])) return;
  // "Bab el-Oued": the end of a longer name.
  if (t > 0 && doc.sentenceOfToken[t - 1] === doc.sentenceOfToken[t] && doc.sentenceFirst[doc.sentenceOfToken[t]] !== t - 1 && capitalisedToken(doc, t - 1)) return;
  const article = parts[0].toLowerCase();
  const bare = name.toLowerCase();
  const other = article === "al" ? "el" : article === "el" ? "al" : null;
  const bareReadings = gazetteer.lookup(bare)?.filter((id) => ARABIC_COUNTRIES.has(gazetteer.country(id)));
  const ids = gazetteer.lookup(article + " " + bare) ?? (other === null ? undefined : gazetteer.lookup(other + " " + bare)) ?? (bareReadings?.length ? bareReadings : undefined);
  if (ids === undefined) return;
  out.push({ first: t, last: next, start: tokens.start[t], end: tokens.end[t], candidates: ids, rule: "places/gazetteer" });
  taken[t] = 1;
}

/** Members of the Arab League (and Western Sahara): where a name begins with the Arabic article. */
const ARABIC_COUNTRIES = new Set(["DZ", "BH", "KM", "DJ", "EG", "IQ", "JO", "KW", "LB", "LY", "MR", "MA", "OM", "PS", "QA", "SA", "SO", "SD", "SY", "TN", "AE", "YE", "EH"]);

const ARABIC_ARTICLE = /^(?:Al|El|Ad|Ar|As|Ash|Az|An|Ath|Ez)$/;
const LOWER_ARABIC_ARTICLE = /^(?:al|el|ad|ar|as|ash|az|an|ath|ez|ed|es)$/;
/** A lower-case part before a name in a hyphenated word: "mid", "pro", "made", "in". */
const LOWER_LEAD = /^[a-z]{2,}$/;

const UPPER_START = /^[A-Z\u00C0-\u00DE]/;
const LOWER_START = /^[a-z]/;
/** "D-", "R-", "DFL-": a legislator's party before the home town. */
const PARTY_TAG = /^(?:D|R|I|DFL|GOP|Dem|Rep|Ind|Lab|Con|Lib)$/;

function adjectiveCount(adjective: Uint8Array): number {
  let c = 0;
  for (const a of adjective) c += a;
  return c;
}

const SETTLEMENT_NOUNS = new Set(["village", "villages", "town", "towns", "settlement", "settlements", "city", "cities", "hamlet", "hamlets"]);
/** Names in a list of settlements before "in <region>", known to the gazetteer or not. */
const MAX_LIST_TOKENS = 12;

/**
 * "the villages of Uspenovka and Borki in the Kursk region": the text itself puts the settlements
 * inside the region or country named after them. Readings outside it are dropped; when none is
 * left, the gazetteer lacks the place and it is left unresolved rather than put in another country.
 */
function containedSettlements(doc: Doc, mentions: Mention[], gazetteer: Gazetteer): void {
  const { lower } = doc.tokens;
  for (let m = 0; m + 1 < mentions.length; m++) {
    const place = mentions[m];
    if (!place.candidates.every((id) => gazetteer.kind(id) === "settlement")) continue;
    // After it: "in (the) <region or country>".
    let t = place.last;
    if (lower[t] !== "in") continue;
    t++;
    if (lower[t] === "the") t++;
    const container = mentions[m + 1];
    if (container.first !== t) continue;
    const regions = container.candidates.filter((id) => gazetteer.kind(id) === "admin1" || gazetteer.kind(id) === "country");
    if (regions.length === 0) continue;
    // Before it: "<settlement noun> of", past the other names of the list.
    let u = place.first - 1;
    while (u > 0 && place.first - u <= MAX_LIST_TOKENS && (lower[u] === "and" || lower[u] === "," || capitalisedToken(doc, u))) u--;
    if (u < 1 || lower[u] !== "of" || !SETTLEMENT_NOUNS.has(lower[u - 1])) continue;
    place.candidates = place.candidates.filter((id) => regions.some((c) => liesIn(gazetteer, id, c)));
  }
}

function isAscii(s: string): boolean {
  for (let k = 0; k < s.length; k++) if (s.charCodeAt(k) > 127) return false;
  return true;
}

function lookupFolded(gazetteer: Gazetteer, key: string): readonly number[] | undefined {
  const folded = foldedKey(key);
  return folded === null ? undefined : gazetteer.lookup(folded);
}

/** maxTokensFrom for the accent-free form of an accented first token ("côte" -> "cote"). */
function foldedMaxTokens(gazetteer: Gazetteer, token: string): number {
  if (isAscii(token)) return 0;
  const folded = foldedKey(token);
  return folded === null ? 0 : gazetteer.maxTokensFrom(folded);
}

/** Verbs after a person's surname ("Dyer said"). */
const REPORTED = new Set(["said", "says", "told", "added", "explained", "noted"]);
/** "l.": a middle initial. */
const MIDDLE_INITIAL = /^\p{Ll}\.$/u;
/** A surname's shape: "Stevens", "O'Neil", "McCurry", "LaBumbard". */
const SURNAME_SHAPE = /^\p{Lu}[\p{Ll}'’-]*(?:\p{Lu}\p{Ll}+)?$/u;

/** "ii", "xiv": a Roman numeral, lower-cased. */
const ROMAN_NUMERAL = /^[ivxlcdm]+$/;

/** One capital, then lower-case letters: "Kevin", "O'Neil". */
const FIRST_NAME_SHAPE = /^\p{Lu}[\p{Ll}'’.-]+$/u;

/** An elided article before a capitalised word: "d'Ivoire", "l'Aquila"; or a joined Arabic one: "al-Balah", "el-Arish". */
const ELIDED_NAME = /^(?:[dl]['’]|(?:al|el|ad|ar|as|ash|az|an|ath|ez|ed|es)-)\p{Lu}/u;

/** ELIDED_NAME on a token, sliced out only when it begins with d, l, a or e (as every match does). */
function elidedName(text: string, start: number, end: number): boolean {
  const c = text.charCodeAt(start);
  return (c === 100 || c === 108 || c === 97 || c === 101) && ELIDED_NAME.test(text.slice(start, end));
}

/** Names in a list of states before it counts as one ("A, B and C"). */
const MIN_LIST = 3;
/** Names in a list of countries before it counts as one ("Egypt and Niger"). */
const MIN_PAIR = 2;

/**
 * Names listed together are of one kind: in a list of two or more names that can all be countries
 * ("Mali, Niger and Chad", "Egypt and Niger"), or of three or more that can all be states of one
 * country ("California, Oregon and Washington"), each keeps those readings. Two names alone are
 * too weak a sign for states: towns pair with their neighbours ("Sharon and Salisbury").
 */
function sameKindInLists(mentions: Mention[], lower: string[], gazetteer: Gazetteer): void {
  // ", ", " and ", ", and "
  const listed = (a: Mention, b: Mention): boolean =>
    (b.first === a.last + 1 && SEPARATORS.has(lower[a.last])) || (b.first === a.last + 2 && lower[a.last] === "," && SEPARATORS.has(lower[a.last + 1]));
  for (let from = 0; from < mentions.length; ) {
    let to = from + 1;
    while (to < mentions.length && listed(mentions[to - 1], mentions[to])) to++;
    // "Texas and Washington, D.C.": a last name that qualifies the one before it ends no list.
    const end = to - from >= 2 && lower[mentions[to - 2].last] === "," && mentions[to - 1].first === mentions[to - 2].last + 1 && qualifies(mentions[to - 1], mentions[to - 2], gazetteer) ? to - 2 : to;
    if (end - from >= MIN_PAIR) {
      const run = mentions.slice(from, end);
      const countries = run.map((m) => m.candidates.filter((id) => gazetteer.kind(id) === "country"));
      if (countries.every((ids) => ids.length > 0)) run.forEach((m, k) => (m.candidates = countries[k]));
      else if (end - from >= MIN_LIST) {
        const states = run.map((m) => m.candidates.filter((id) => gazetteer.kind(id) === "admin1"));
        const country = states[0].length > 0 ? gazetteer.country(states[0][0]) : "";
        if (states.every((ids) => ids.some((id) => gazetteer.country(id) === country))) {
          run.forEach((m, k) => (m.candidates = states[k].filter((id) => gazetteer.country(id) === country)));
        }
      }
    }
    from = to;
  }
}

/** Whether a reading of `qualifier` contains a reading of `place`. */
function qualifies(qualifier: Mention, place: Mention, gazetteer: Gazetteer): boolean {
  return qualifier.candidates.some((c) => place.candidates.some((id) => liesIn(gazetteer, id, c)));
}

// The candidates of the last successful longestName call (kept out of the return value so the hot
// path allocates nothing per token).
let lastLookup: readonly number[] | undefined;

/** Tokens in the longest gazetteer name starting at `i` (0 when none); its ids go to lastLookup. */
function longestName(doc: Doc, gazetteer: Gazetteer, i: number, maxLen: number, blocked?: Uint8Array): number {
  const { lower, kind } = doc.tokens;
  const sentence = doc.sentenceOfToken[i];
  let key = lower[i];
  let bestLen = 0;
  let ascii = isAscii(key);
  for (let len = 1; len <= maxLen; len++) {
    const t = i + len - 1;
    if (len > 1) {
      // "Washington, D.C." is a town and its qualifier, read as two names (see qualify).
      if (doc.sentenceOfToken[t] !== sentence || lower[t] === ",") break;
      // Later tokens are capitalised, punctuation inside a name, or an allowed lower word.
      if (kind[t] !== TokenKind.Punct && !capitalisedToken(doc, t) && !gazetteer.lexicon.lowerInName.has(lower[t]) && !elidedName(doc.text, doc.tokens.start[t], doc.tokens.end[t])) break;
      key += " " + lower[t];
      ascii &&= isAscii(lower[t]);
    }
    // A name may run through a person's name ("Queen Anne's County") but not end inside one.
    if (blocked && blocked[t]) continue;
    // Accented text finds a name indexed without accents ("Côte d'Ivoire").
    const ids = gazetteer.lookup(key) ?? (ascii ? undefined : lookupFolded(gazetteer, key));
    if (ids !== undefined) {
      bestLen = len;
      lastLookup = ids;
    }
  }
  return bestLen;
}

/**
 * "the Kursk, Voronezh and Belgorod regions", "Barrow, Jackson and Madison counties": walk back from
 * the plural, one region name at a time.
 */
function findCoordinatedRegions(
  doc: Doc,
  gazetteer: Gazetteer,
  blocked: Uint8Array,
  push: (first: number, last: number, candidates: readonly number[], rule: string) => void,
): void {
  const { lower, count } = doc.tokens;
  const { regionPlurals, countyPlurals } = gazetteer.lexicon;
  const shortest = Math.min(shortestKey(regionPlurals), shortestKey(countyPlurals));
  for (let j = 1; j < count; j++) {
    if (lower[j].length < shortest) continue;
    const county = countyPlurals.get(lower[j]);
    if (county === undefined && !regionPlurals.has(lower[j])) continue;
    coordinatedBefore(doc, gazetteer, blocked, j, county, push);
  }
}

/**
 * The names listed before the plural at token j: regions (`county` undefined) or the counties,
 * parishes ... that `county` names. Apart from the scan for plurals, which runs over every token,
 * so that the optimising compiler compiles the scan small.
 */
function coordinatedBefore(
  doc: Doc,
  gazetteer: Gazetteer,
  blocked: Uint8Array,
  j: number,
  county: string | undefined,
  push: (first: number, last: number, candidates: readonly number[], rule: string) => void,
): void {
  const lower = doc.tokens.lower;
  // "regions" and the like name first-level regions; "counties", "parishes" second-level ones.
  const suffix = county === undefined ? " region" : " " + county;
  const kind = county === undefined ? "admin1" : "admin2";
  const list: [number, number, number[]][] = [];
  let p = j - 1;
  while (p >= 0) {
    let found = 0;
    let ids: number[] = [];
    for (let len = Math.min(5, p + 1); len >= 1 && found === 0; len--) {
      const first = p - len + 1;
      if (!capitalisedToken(doc, first) || blocked[first]) continue;
      let key = lower[first];
      for (let t = first + 1; t <= p; t++) key += " " + lower[t];
      // A name of two words or more may stand without the type word ("the Central Plateau and
      // Artibonite regions"), which keeps its last word from being read alone ("Plateau").
      const hits = gazetteer.lookup(key + suffix) ?? (len > 1 ? gazetteer.lookup(key) : undefined);
      ids = hits ? hits.filter((id) => gazetteer.kind(id) === kind) : [];
      if (ids.length > 0) found = len;
    }
    if (found === 0) break;
    list.push([p - found + 1, p + 1, ids]);
    p -= found;
    let skipped = 0;
    while (p >= 0 && SEPARATORS.has(lower[p])) {
      p--;
      skipped++;
    }
    if (skipped === 0) break;
  }
  // A lone name before "counties" modifies it ("Indiana counties", "the metro Athens counties").
  if (list.length === 0 || (county !== undefined && list.length < 2)) return;
  const narrowed = sameContainer(gazetteer, list.map((m) => m[2]), kind === "admin2");
  for (let k = 0; k < list.length; k++) push(list[k][0], list[k][1], narrowed[k], "places/coordinated-regions");
}

/**
 * Names listed together before one plural lie in one country (regions) or one state (counties):
 * each keeps only its readings in the containers every name of the list has a reading in
 * ("Becker, Clay, Mahnomen and Otter Tail counties" are all in Minnesota). Unchanged when none.
 */
function sameContainer(gazetteer: Gazetteer, lists: number[][], byAdmin1: boolean): number[][] {
  if (lists.length < 2) return lists;
  const container = (id: number): string => (byAdmin1 ? gazetteer.country(id) + "|" + (gazetteer.admin1(id) ?? "") : gazetteer.country(id));
  let common = new Set(lists[0].map(container));
  for (let k = 1; k < lists.length && common.size > 0; k++) {
    const here = new Set(lists[k].map(container));
    common = new Set([...common].filter((c) => here.has(c)));
  }
  if (common.size === 0) return lists;
  return lists.map((ids) => ids.filter((id) => common.has(container(id))));
}

/** The longest demonym at token i, singular or plural ("Sri Lankan", "Palestinians"). */
function longestAdjective(lower: string[], i: number, count: number, gazetteer: Gazetteer): [number, readonly number[]] | null {
  let key = lower[i];
  let best: [number, readonly number[]] | null = null;
  for (let len = 1; len <= MAX_ADJECTIVE_TOKENS && i + len <= count; len++) {
    if (len > 1) {
      // Most words begin no two-word demonym: then no key is built.
      if (!gazetteer.beginsLongerAdjective(lower[i])) break;
      key += " " + lower[i + len - 1];
    }
    const ids = gazetteer.adjective(key) ?? (pluralDemonym(key) ? gazetteer.adjective(key.slice(0, -1)) : undefined);
    if (ids !== undefined) best = [len, ids];
  }
  return best;
}

/**
 * Plurals of demonyms ending in -n or -i ("Russians", "Israelis"); "Swiss" and "Chinese" have none.
 * Read by character codes: it runs on every capitalised token.
 */
function pluralDemonym(key: string): boolean {
  const n = key.length;
  if (n < 3 || key.charCodeAt(n - 1) !== 115) return false;
  const c = key.charCodeAt(n - 2);
  return (c === 110 || c === 105) && isLowerAscii(key.charCodeAt(n - 3));
}

function placeNounAt(lower: string[], t: number, count: number, nouns: ReadonlySet<string>): boolean {
  let key = "";
  for (let len = 1; len <= MAX_NOUN_TOKENS && t + len <= count; len++) {
    key = len === 1 ? lower[t] : key + " " + lower[t + len - 1];
    if (nouns.has(key)) return true;
  }
  return false;
}

/** First words of a saint's name ("St. Paul", "Saint John"). */
const SAINT_WORDS = new Set(["st.", "st", "saint", "ste.", "sainte"]);
/** The possessive ending the tokenizer splits off ("John" + "'s"). */
const POSSESSIVE = new Set(["'s", "’s"]);
const POSSESSIVE_MARKS = new Set(["'s", "’s", "'", "’"]);
/** Lower-case particles inside names ("Stade de France", "Place de la Concorde", "Dennis van Engelsdorp", "Hassan el Bushra"). */
const NAME_PARTICLES = new Set(["de", "du", "des", "la", "le", "del", "della", "di", "da", "do", "dos", "van", "von", "der", "den", "el", "al", "bin", "ibn"]);

/** Words after "state" that make it the nation's, not a region's: "Isfahan state television" is the city's station of the state broadcaster. */
const STATE_MEDIA = new Set(["media", "television", "tv", "radio", "broadcaster", "news", "newspaper", "agency"]);

/** What "X regional" heads that makes X the region governed ("the Kharkiv regional administration"), not a firm's office in a town. */
const REGIONAL_BODIES = new Set([
  "governor", "governors", "governor's", "authorities", "authority", "administration", "administrations", "administration's", "council", "government",
  "head", "chief", "officials", "official", "prosecutor", "prosecutor's", "prosecutors", "police", "military", "legislature", "parliament", "duma", "assembly", "emergency", "emergencies",
]);

/** Lower-case nouns before "of" that make the name after them a first-level region ("the province of Quebec"). */
const REGION_NOUNS = new Set(["state", "province"]);

/** First-level regions this populous (by their towns) stay places inside longer names ("Team Alberta"). */
const NAMED_REGION = 1_000_000;

/** Whether a word is the name of towns only (no region, country or continent). */
function townOnly(gazetteer: Gazetteer, word: string): boolean {
  return gazetteer.lookup(word)?.every((id) => gazetteer.kind(id) === "settlement") ?? false;
}

/**
 * Whether every reading is a town smaller than INSTITUTION_TOWN or a first-level region smaller than
 * NAMED_REGION: a name that can be a person's surname ("Jones", "Flores").
 */
function smallPlaces(gazetteer: Gazetteer, ids: readonly number[]): boolean {
  for (const id of ids) {
    const kind = gazetteer.kind(id);
    if (kind === "settlement" ? gazetteer.population(id) >= INSTITUTION_TOWN : kind !== "admin1" || gazetteer.population(id) >= NAMED_REGION) return false;
  }
  return true;
}

/** Towns smaller than this lose their name to the same word written in lower case in the text. */
const COMMON_WORD_MAX_TOWN = 20_000;

/** Words after a place's name that may make up the name of a body it begins, at most ("Shelby County Historical Preservation Society"). */
const MAX_NAME_RUN = 5;
/**
 * Lower-case words inside a body's name between capitalised ones ("Board of Water & Light"); not
 * "and", which as often joins two names ("Anderson Cooper and Fox News").
 */
const NAME_RUN_JOINERS = new Set(["of", "for", "&"]);
/** Words of a school's or university's name: what such a name holds is named after the school. */
const SCHOOL_WORDS = new Set(["university", "college", "school", "academy", "elementary"]);

/** Given names and middle initials before a surname, at most ("Chiquita Raquel Henry"). */
const MAX_GIVEN_NAMES = 3;
const DOLLAR = 36;
const SLASH = 47;
/** Era abbreviations that are also region abbreviations ("B.C."). */
const ERAS = new Set(["b.c."]);

/** Countries, regions and big cities lend their name to institutions and teams. */
const INSTITUTION_TOWN = 100_000;
function namesInstitutions(gazetteer: Gazetteer, ids: readonly number[]): boolean {
  for (const id of ids) if (gazetteer.kind(id) !== "settlement" || gazetteer.population(id) >= INSTITUTION_TOWN) return true;
  return false;
}

function isUpperAscii(c: number): boolean {
  return c >= 65 && c <= 90;
}

function isLowerAscii(c: number): boolean {
  return c >= 97 && c <= 122;
}

/** Questions an article answers by scanning its tokens before it builds the set of its lower-case words. */
const SCANS_BEFORE_SET = 8;

/**
 * Whether the text writes a word in lower case somewhere ("police" beside a sentence's "Police").
 * Half the articles never ask and the others ask two or three times, so the first questions scan
 * the tokens; only an article that asks more builds the set.
 */
class LowerCaseWords {
  private asked = 0;
  private seen: Set<string> | null = null;

  constructor(private readonly doc: Doc) {}

  has(word: string): boolean {
    if (this.seen === null && ++this.asked <= SCANS_BEFORE_SET) return writesLowerCase(this.doc, word);
    return (this.seen ??= lowerCaseWords(this.doc)).has(word);
  }
}

function writesLowerCase(doc: Doc, word: string): boolean {
  const { tokens, text } = doc;
  for (let t = 0; t < tokens.count; t++) {
    if (tokens.lower[t] !== word) continue;
    const c = text.charCodeAt(tokens.start[t]);
    if (c >= 97 && c <= 122) return true;
  }
  return false;
}

function lowerCaseWords(doc: Doc): Set<string> {
  const seen = new Set<string>();
  const { tokens, text } = doc;
  for (let t = 0; t < tokens.count; t++) {
    const c = text.charCodeAt(tokens.start[t]);
    if (c >= 97 && c <= 122) seen.add(tokens.lower[t]);
  }
  return seen;
}

/** Whether tokens [first, end) spell a gazetteer name. */
function multiWordName(gazetteer: Gazetteer, lower: string[], first: number, end: number): boolean {
  return gazetteer.maxTokensFrom(lower[first]) >= end - first && gazetteer.lookup(lower.slice(first, end).join(" ")) !== undefined;
}

/**
 * Last words of the article's people's names ("jones" of "Roy Jones"), including one-word names
 * ("Baker said"), except those after "in", "near", "of" ...: there the entity layer took a place for
 * a surname ("crews in Hutchinson", "the city of Sevierville").
 */
function personNameWords(doc: Doc, entities: readonly Entity[]): Set<string> {
  const words = new Set<string>();
  for (const e of entities) {
    if (e.type !== "PERSON") continue;
    const first = tokenAtOrAfter(doc, e.start);
    let last = first;
    while (last + 1 < doc.tokens.count && doc.tokens.start[last + 1] < e.end) last++;
    if (last === first && first > 0 && (LOCATIVE.has(doc.tokens.lower[first - 1]) || doc.tokens.lower[first - 1] === "of")) continue;
    words.add(doc.tokens.lower[last]);
  }
  return words;
}

/** The mark of a news outlet's token in blockedTokens (a person's or group's is 1). */
const OUTLET_TOKEN = 2;

/**
 * Tokens covered by a PERSON or GROUP entity or a news outlet (OUTLET_TOKEN), except those before a title or institution word
 * inside it: in "Fargo Mayor Dennis Walaker" or "Alaska Gov. Sarah Palin" the place is not part of
 * the name.
 */
function blockedTokens(doc: Doc, gazetteer: Gazetteer, entities: readonly Entity[], isOutlet: (e: Entity) => boolean): Uint8Array {
  const followers = gazetteer.lexicon.followers;
  const blocked = new Uint8Array(doc.tokens.count);
  for (const e of entities) {
    if (!BLOCKING.has(e.type) && !isOutlet(e)) continue;
    const first = tokenAtOrAfter(doc, e.start);
    let t = first;
    const mark = BLOCKING.has(e.type) ? 1 : OUTLET_TOKEN;
    for (; t < doc.tokens.count && doc.tokens.start[t] < e.end; t++) blocked[t] = mark;
    // One word after "in", "near" ... or "the city of": a place the entity layer took for a surname
    // ("crews in Hutchinson", "the city of Sevierville").
    if (e.type === "PERSON" && t === first + 1 && first > 0 && (LOCATIVE.has(doc.tokens.lower[first - 1]) || (first > 1 && doc.tokens.lower[first - 1] === "of" && SETTLEMENT_NOUNS.has(doc.tokens.lower[first - 2])))) blocked[first] = 0;
    // A dateline the entity layer ran into the first name after it ("NEWARK Wess Henry, who ...").
    if (e.type === "PERSON" && t > first + 1 && isAllCaps(doc.text, doc.tokens.start[first], doc.tokens.end[first]) && isDateline(doc, first)) blocked[first] = 0;
    // No person's name opens with "Pakistan-administered" or "Russian-held": a place follows.
    if (e.type === "PERSON" && controlledBy(doc.tokens.lower[first], gazetteer.lexicon.hyphenSuffixes)) {
      blocked.fill(0, first, t);
      continue;
    }
    // A "person" that is a place name of two words or more, alone or after one more word
    // ("the Gaza Strip", "Prince Edward Island", "Pope County" when only "County" was taken).
    if (e.type === "PERSON" && ((t > first + 1 && multiWordName(gazetteer, doc.tokens.lower, first, t)) || (first > 0 && multiWordName(gazetteer, doc.tokens.lower, first - 1, t)))) {
      blocked.fill(0, first, t);
      continue;
    }
    for (let u = t - 1; u > first; u--) {
      if (followers.has(doc.tokens.lower[u])) {
        blocked.fill(0, first, u);
        break;
      }
    }
  }
  return blocked;
}
