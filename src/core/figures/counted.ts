// What a figure counts: the noun after the number ("117 Ukrainian drones" -> drones, "nearly
// 200,000 Russians" -> Russians), found through a few modifiers. Known nouns come from
// src/data/figures/counted.json; otherwise a plural-looking head noun is taken.
import type { Doc } from "../document.js";
import { TokenKind } from "../segment/tokenize.js";
import { COUNTED } from "./lexicon.js";

export interface CountedMatch {
  start: number;
  end: number;
  text: string;
  people: boolean;
  /** From the lexicon, not guessed from a plural ending. */
  known: boolean;
}

const MAX_MODIFIERS = 3;

/** Lower-case words that sit between a number and its noun. */
const MODIFIERS = new Set([
  "new", "more", "other", "additional", "further", "extra", "enemy", "foreign", "military", "armed", "civilian",
  "unmanned", "ballistic", "cruise", "aerial", "attack", "combat", "heavy", "light", "small", "large", "big",
  "young", "old", "local", "senior", "junior", "top", "former", "total", "different", "separate", "major",
  "minor", "key", "main", "modern", "fresh", "wide-body", "short-haul", "long-haul", "mid-sized", "high-rise",
  "elderly", "innocent", "missing", "dead", "captured", "destroyed", "downed", "damaged", "enemy's",
]);

/** Lower-case adjective endings ("aerial", "refueling", "armoured") that a noun phrase may pass through. */
const ADJECTIVE_ENDINGS = ["al", "ic", "ive", "ian", "ary", "ed", "ing", "ous", "ful", "ern", "ese", "ish"];

/** Plural-looking words that are not nouns. */
const NOT_NOUNS = new Set([
  "was", "has", "is", "this", "its", "his", "hers", "ours", "theirs", "yours", "us", "as", "yes", "less", "thus",
  "perhaps", "whereas", "besides", "always", "towards", "afterwards", "unless", "across", "plus", "minus",
  "versus", "does", "goes", "says", "seems", "remains", "means", "news", "series", "whereas", "sometimes",
]);

/** Capitalised plurals naming people by origin ("Russians", "Israelis", "Palestinians", "Sudanese", "Kurds"). */
function isDemonymPlural(text: string): boolean {
  return /^[A-Z][a-z]+(?:ans|is|ese)$/.test(text) || PEOPLES.has(text);
}

/** Peoples whose plural ends otherwise. */
const PEOPLES = new Set([
  "Kurds", "Turks", "Arabs", "Jews", "Druze", "Serbs", "Croats", "Bosniaks", "Poles", "Czechs", "Slovaks", "Danes", "Swedes", "Finns",
  "Britons", "Scots", "Uzbeks", "Kazakhs", "Tajiks", "Kyrgyz", "Pashtuns", "Hazaras", "Rohingya", "Uyghurs", "Uighurs", "Somalis", "Swiss",
]);

/** Determiners of a partitive's whole: "40 of its fighters", "two of the drones". */
const PARTITIVE_DETERMINERS = new Set(["the", "their", "its", "his", "her", "our", "these", "those"]);

/** `ofAllowed`: "of" may follow directly ("thousands of civilians"); a partitive ("40 of the 120 passengers", "51 of 73 drones") always may. */
export function countedAfter(doc: Doc, j: number, limit: number, ofAllowed: boolean): CountedMatch | null {
  const t = doc.tokens;
  let k = j;
  // Quotation marks around the amount or a modifier do not part it from its noun ('"dozens" of
  // missiles', '40 "kamikaze" drones').
  if (k < limit && t.kind[k] === TokenKind.Quote) k++;
  if (k + 1 < limit && t.lower[k] === "of" && (ofAllowed || PARTITIVE_DETERMINERS.has(t.lower[k + 1]) || t.kind[k + 1] === TokenKind.Number)) {
    k++;
    if (PARTITIVE_DETERMINERS.has(t.lower[k])) k++;
    if (k < limit && t.kind[k] === TokenKind.Number) k++; // "40 of the 120 passengers", "51 of 73 drones"
  }
  for (let skipped = 0; k < limit && skipped <= MAX_MODIFIERS; skipped++, k++) {
    if (t.kind[k] === TokenKind.Quote) {
      skipped--;
      continue;
    }
    if (t.kind[k] !== TokenKind.Word) return null;
    const known = COUNTED.matchForward(t, k, limit);
    if (known) return span(doc, k, known[1], known[0].people, true);
    const text = doc.text.slice(t.start[k], t.end[k]);
    const lower = t.lower[k];
    // ("40 Vietnamese workers": a people's name in -ese before a noun is its adjective.)
    const adjectiveUse = text.endsWith("ese") && k + 1 < limit && t.kind[k + 1] === TokenKind.Word && (COUNTED.matchForward(t, k + 1, limit) !== null || isPluralNoun(t.lower[k + 1]));
    if (isDemonymPlural(text) && !adjectiveUse) return span(doc, k, k + 1, true, true);
    const capital = text !== lower;
    if (capital || lower.indexOf("-") > 0 || MODIFIERS.has(lower) || hasAdjectiveEnding(lower)) continue;
    if (isPluralNoun(lower)) return span(doc, k, k + 1, false, false);
    // "four Thai border provinces", "12 aid trucks": a singular noun before the counted one modifies
    // it. ("One poll shows Cruz ahead": a plural-looking word before a name or a determiner is a verb.)
    if (k + 1 < limit && !FUNCTION_WORDS.has(lower) && t.kind[k + 1] === TokenKind.Word && (COUNTED.matchForward(t, k + 1, limit) !== null || (isPluralNoun(t.lower[k + 1]) && !objectAfter(doc, k + 2, limit)))) continue;
    return null;
  }
  return null;
}

function span(doc: Doc, a: number, b: number, people: boolean, known: boolean): CountedMatch {
  const start = doc.tokens.start[a];
  const end = doc.tokens.end[b - 1];
  return { start, end, text: doc.text.slice(start, end), people, known };
}

/** Words that never modify a noun ("one with years of experience", "thousands some times"). */
const FUNCTION_WORDS = new Set(["with", "of", "in", "on", "at", "for", "from", "by", "to", "and", "or", "but", "than", "as", "per", "some", "any", "all", "no", "each", "every", "that", "who", "which", "were", "are", "was", "is", "be", "been", "had", "have", "will", "would", "could", "can", "may", "might", "should", "must", "did", "do"]);

/** Determiners and pronouns that open a verb's object. */
const OBJECT_OPENERS = new Set(["the", "a", "an", "that", "this", "these", "those", "his", "her", "its", "their", "our", "him", "them", "it"]);

/** Whether token k opens what could be a verb's object: a capitalised word or a determiner. */
function objectAfter(doc: Doc, k: number, limit: number): boolean {
  if (k >= limit || doc.tokens.kind[k] !== TokenKind.Word) return false;
  return OBJECT_OPENERS.has(doc.tokens.lower[k]) || doc.text.charCodeAt(doc.tokens.start[k]) !== doc.tokens.lower[k].charCodeAt(0);
}

function hasAdjectiveEnding(w: string): boolean {
  if (w.length < 5) return false;
  for (const e of ADJECTIVE_ENDINGS) if (w.endsWith(e)) return true;
  return false;
}

function isPluralNoun(w: string): boolean {
  return w.length >= 4 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("'s") && !NOT_NOUNS.has(w);
}
