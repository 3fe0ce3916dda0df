// Small helpers shared by the parsers: building a result from a match, and looking at neighbours.
import { TokenKind, isUpper } from "../../segment/tokenize.js";
import type { Granularity, TimeType } from "../../types.js";
import type { Found, Parser, Site } from "../model.js";

export function found(match: RegExpExecArray, value: string, type: TimeType, granularity: Granularity, rule: string): Found {
  return foundAt(match.index, match.index + match[0].length, value, type, granularity, rule);
}

/**
 * A result over [start, end) with every later-set field present (null): parsers and refiners fill
 * them in afterwards, and results of one shape spare the refiners' compiled code a recompilation
 * for each new combination of fields.
 */
export function foundAt(start: number, end: number, value: string, type: TimeType, granularity: Granularity, rule: string): Found {
  return { start, end, value, type, granularity, rule, begin: null, end_value: null, shift: null, weekdayFrom: null, clock: null, period: null };
}

/** Lower-cased token `offset` tokens away from the match's first token, "" outside its sentence. */
export function neighbour(site: Site, offset: number): string {
  const doc = site.doc;
  const t = site.token + offset;
  const s = doc.sentenceOfToken[site.token];
  if (t < doc.sentenceFirst[s] || t >= doc.sentenceLast[s]) return "";
  return doc.tokens.lower[t];
}

/** Lower-cased token right after the character offset `end` (in the same sentence), or "". */
export function tokenAfter(site: Site, end: number): string {
  const { doc } = site;
  const tokens = doc.tokens;
  const s = doc.sentenceOfToken[site.token];
  for (let t = site.token; t < doc.sentenceLast[s]; t++) if (tokens.start[t] >= end) return tokens.lower[t];
  return "";
}

export function startsUpper(text: string): boolean {
  return isUpper(text.charCodeAt(0));
}

/** Token right after `end` starts with a capital letter (a name goes on: "April Ryan"). */
export function capitalAfter(site: Site, end: number): boolean {
  const { doc } = site;
  const tokens = doc.tokens;
  const s = doc.sentenceOfToken[site.token];
  for (let t = site.token; t < doc.sentenceLast[s]; t++) {
    if (tokens.start[t] >= end) return isUpper(doc.text.charCodeAt(tokens.start[t]));
  }
  return false;
}

/** Prepositions and determiners after which a bare month, season or number reads as a time. */
export const TIME_PREPOSITIONS = new Set([
  "in", "since", "until", "till", "by", "of", "during", "from", "through", "to", "before", "after", "between",
  "and", "or", "early", "late", "mid", "last", "next", "this", "that", "around", "throughout", "for",
  "on", "within", "into", "circa", "late-", "early-", "mid-",
]);

/**
 * For parsers triggered by common words: a guard that is true when the match's first token is not
 * one of `common`, or when the token after it is in `next` (or is a number, with `numbers`), and
 * the same words as the parser's `after` for each of `common`, so the trigger table skips the
 * parser there without calling the guard.
 */
export function followedBy(common: readonly string[], next: readonly string[], numbers = false): Pick<Parser, "guard" | "after"> {
  const commonWords = new Set(common);
  const nextWords = new Set(next);
  const after = numbers ? [...next, "#number"] : next;
  return {
    guard(site) {
      const tokens = site.doc.tokens;
      if (!commonWords.has(tokens.lower[site.token])) return true;
      const t = site.token + 1;
      if (t >= tokens.count) return false;
      const word = tokens.lower[t];
      if (nextWords.has(word)) return true;
      if (numbers && tokens.kind[t] === TokenKind.Number) return true;
      const hyphen = word.indexOf("-");
      return hyphen > 0 && nextWords.has(word.slice(0, hyphen + 1));
    },
    after: Object.fromEntries(common.map((word) => [word, after])),
  };
}

const RATE_BEFORE = new Set(["million", "billion", "thousand", "hundred", "trillion", "%", "percent", "cents", "dollars", "euros", "pounds", "rubles", "roubles", "hryvnias"]);

/**
 * "$500 million a year", "700 seats a week", "24 hours a day", "20% annually": "a" (or "annually")
 * after an amount is "per", a rate and not a span of time or a recurring one.
 */
export function isRate(site: Site): boolean {
  const t = site.token - 1;
  const doc = site.doc;
  if (t < doc.sentenceFirst[doc.sentenceOfToken[site.token]]) return false;
  const word = doc.tokens.lower[t];
  if (doc.tokens.kind[t] === TokenKind.Number || RATE_BEFORE.has(word)) return true;
  // A counted plural noun just before: "seats", "flights", "units" (not "was", "has", "this").
  return t > 0 && doc.tokens.kind[t - 1] === TokenKind.Number && /^[a-z]{3,}s$/.test(word) && !/(?:ss|us|is)$/.test(word);
}
