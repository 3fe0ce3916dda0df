// Numbers that are not figures: dates ("Aug. 6", "6 August"), years ("in 2022", "the 2022
// counteroffensive"), times of day ("10 a.m.", "12:30"), phone and ISO-date chains, designators
// ("No. 5", "Flight 17", "Boeing 737"), names ("World War Two") and the pronoun "one" ("one of
// the", "no one", "one another").
import type { Doc } from "../document.js";
import { TokenKind } from "../segment/tokenize.js";
import { MONTHS } from "./lexicon.js";
import type { NumberMatch } from "./numbers.js";

/** Before a year-like number: a year, unless a counted noun follows ("the 2000 troops"). */
const YEAR_BEFORE = new Set(["by", "from", "of", "before", "after", "the", "year", "fiscal", "through", "between", "and", "to", "'s", "around"]);
/** Before a year-like number: a year whatever follows ("in 2022 drones hit"). */
const YEAR_BEFORE_ALWAYS = new Set(["in", "since", "until", "till", "during", "early", "late", "mid", "spring", "summer", "autumn", "fall", "winter"]);

const CLOCK_AFTER = new Set(["a.m.", "p.m.", "am", "pm", "a.m", "p.m", "o'clock", "gmt", "utc", "bst", "cet", "cest", "msk", "est", "edt", "pst", "hrs", "h"]);

/** Lower-case words that name a thing by number rather than count it. */
const DESIGNATORS = new Set([
  "no.", "nos.", "no", "number", "page", "pages", "article", "flight", "route", "highway", "version", "model", "type",
  "class", "grade", "level", "phase", "stage", "section", "chapter", "paragraph", "item", "line", "platform", "gate",
  "room", "row", "channel", "episode", "season", "#", "resolution", "decree", "law", "vol.", "fig.", "p.", "pp.",
]);

/** Capitalised words that may stand before a count ("Only 5 ...", "Of 12 ..."): not names. */
const CAPITALISED_FUNCTION_WORDS = new Set([
  "the", "a", "an", "and", "but", "or", "only", "just", "with", "for", "of", "by", "in", "on", "at", "to", "from",
  "after", "before", "since", "until", "about", "over", "under", "some", "all", "nearly", "almost", "around",
  "another", "every", "each", "those", "these", "what", "when", "while", "where", "if", "as", "then", "also", "yet",
  "so", "total", "including", "among", "another", "roughly", "approximately", "up", "least", "than", "between",
]);

const PRONOUN_ONE_BEFORE = new Set(["no", "the", "this", "that", "any", "every", "each", "which", "someone", "anyone", "everyone", "one", "no-one", "the", "last", "only"]);
const PRONOUN_ONE_AFTER = new Set(["of", "another", "by", "who", "that", "which", "'s", "or", "and", "day", "time", "way", "thing", "hand", "side"]);

function isCapitalised(doc: Doc, i: number): boolean {
  const c = doc.text.charCodeAt(doc.tokens.start[i]);
  return c >= 65 && c <= 90;
}

/** Any capital letter: "Boeing", "iPhone", "iOS". */
function hasCapital(doc: Doc, i: number): boolean {
  for (let k = doc.tokens.start[i]; k < doc.tokens.end[i]; k++) {
    const c = doc.text.charCodeAt(k);
    if (c >= 65 && c <= 90) return true;
  }
  return false;
}

function isMonth(doc: Doc, i: number): boolean {
  return MONTHS.has(doc.tokens.lower[i]) && isCapitalised(doc, i);
}

/** A 4-digit number between 1800 and 2100 written plainly. */
export function isYearLike(n: NumberMatch): boolean {
  return n.bare && !n.words && n.value !== null && n.value >= 1800 && n.value <= 2100;
}

/**
 * "in 2022", "Aug. 2024", "March 1, 2008", "the 2022 counteroffensive": the context says year.
 * `counted` is whether a known counted noun follows, which only the strongest contexts overrule.
 */
export function isYearContext(doc: Doc, n: NumberMatch, floor: number, counted: boolean): boolean {
  const p = n.first - 1;
  if (p < floor) return !counted;
  const lower = doc.tokens.lower[p];
  if (YEAR_BEFORE_ALWAYS.has(lower) || isMonth(doc, p)) return true;
  if (counted) return false;
  if (YEAR_BEFORE.has(lower)) return true;
  if (lower === "," && p - 1 >= floor && doc.tokens.kind[p - 1] === TokenKind.Number) return true;
  return false;
}

/** A day of the month next to a month name: "Aug. 6", "6 August", "August 6th". */
export function isDayOfMonth(doc: Doc, n: NumberMatch, floor: number, limit: number): boolean {
  if (n.words || n.value === null || n.value < 1 || n.value > 31 || n.end - n.first !== 1) return false;
  return (n.first - 1 >= floor && isMonth(doc, n.first - 1)) || (n.end < limit && isMonth(doc, n.end)) ||
    (n.end + 1 < limit && doc.tokens.lower[n.end] === "of" && isMonth(doc, n.end + 1));
}

export function isClockTime(doc: Doc, n: NumberMatch, limit: number): boolean {
  return n.end < limit && CLOCK_AFTER.has(doc.tokens.lower[n.end]);
}

/** "+7 495 123-45-67", "2024-08-12", "12/08/2024": digits chained by "-", "/" or "+" are codes. */
export function isDigitChain(doc: Doc, n: NumberMatch, floor: number, limit: number): boolean {
  const t = doc.tokens;
  const link = (k: number): boolean => t.lower[k] === "-" || t.lower[k] === "/" || t.lower[k] === "+" || t.lower[k] === "(" || t.lower[k] === ")";
  // Walk over the glued run of digits and links around the number; a "+" also joins spaced groups.
  let a = n.first;
  let plus = false;
  while (a - 1 >= floor && (t.kind[a - 1] === TokenKind.Number || link(a - 1)) && (t.start[a] === t.end[a - 1] || t.kind[a - 1] === TokenKind.Number)) {
    a--;
    if (t.lower[a] === "+") plus = true;
  }
  let b = n.end;
  while (b < limit && (t.kind[b] === TokenKind.Number || link(b)) && (t.start[b] === t.end[b - 1] || (plus && t.kind[b] === TokenKind.Number))) b++;
  let numbers = 0;
  let slash = false;
  for (let k = a; k < b; k++) {
    if (t.kind[k] === TokenKind.Number) numbers++;
    else if (t.lower[k] === "/") slash = true;
    else if (t.lower[k] === "+" && k + 1 < b) plus = true;
  }
  // One "-" link between two numbers is a range ("12-15"); more links, a slash or a "+" make a code.
  return numbers >= 3 || (numbers >= 2 && slash) || plus;
}

/** "3G", "7e7", "150px", "777-200LR": digits glued to letters or to other digits name a model. */
export function isModelCode(doc: Doc, n: NumberMatch, floor: number, limit: number): boolean {
  const t = doc.tokens;
  const e = n.end;
  const glued = (k: number): boolean => k < limit && t.start[k] === t.end[k - 1];
  if (glued(e) && (t.kind[e] === TokenKind.Word || t.kind[e] === TokenKind.Abbrev)) return true;
  // "777-200LR": a hyphenated code whose second part carries letters.
  if (glued(e) && t.lower[e] === "-" && glued(e + 1) && t.kind[e + 1] === TokenKind.Number && glued(e + 2) && t.kind[e + 2] === TokenKind.Word) return true;
  const p = n.first - 1;
  return p - 1 >= floor && t.lower[p] === "-" && t.start[n.first] === t.end[p] && t.end[p - 1] === t.start[p] && t.kind[p - 1] === TokenKind.Number && !n.words;
}

/** Words that make a bare number a name ("the 787", "Boeing's 747", "their 737 narrowbody"). */
// Not "that": before a number it is nearly always the conjunction ("said that 40 were killed").
const DETERMINERS = new Set(["the", "its", "their", "his", "her", "our", "this", "'s"]);

/** "the 787 Dreamliner", "the final 717": digits after a determiner, with no noun counted, name a model. */
export function followsDeterminer(doc: Doc, n: NumberMatch, floor: number): boolean {
  if (n.words) return false;
  const t = doc.tokens;
  for (let p = n.first - 1, seen = 0; p >= floor && seen < 2; p--, seen++) {
    if (DETERMINERS.has(t.lower[p])) return true;
    if (t.kind[p] !== TokenKind.Word || hasCapital(doc, p)) return false;
  }
  return false;
}

/** "Flight 17", "No. 5", "Boeing 737", "iPhone 4", "World War Two": a number naming something. */
export function isDesignator(doc: Doc, n: NumberMatch, floor: number): boolean {
  const p = n.first - 1;
  if (n.words && isCapitalised(doc, n.first) && p >= floor && doc.tokens.kind[p] === TokenKind.Word) return true;
  if (p < floor) return false;
  const lower = doc.tokens.lower[p];
  if (DESIGNATORS.has(lower)) return true;
  const kind = doc.tokens.kind[p];
  return (kind === TokenKind.Word || kind === TokenKind.Acronym) && hasCapital(doc, p) && !CAPITALISED_FUNCTION_WORDS.has(lower) && !isMonth(doc, p);
}

/** "one of the", "no one", "one another", "the one who": "one" as a pronoun, not a count. */
export function isPronounOne(doc: Doc, n: NumberMatch, floor: number, limit: number): boolean {
  const t = doc.tokens;
  if (t.lower[n.first] !== "one" || n.end - n.first !== 1) return false;
  if (n.first - 1 >= floor && PRONOUN_ONE_BEFORE.has(t.lower[n.first - 1])) return true;
  if (n.end >= limit || t.kind[n.end] !== TokenKind.Word) return true;
  return PRONOUN_ONE_AFTER.has(t.lower[n.end]);
}
