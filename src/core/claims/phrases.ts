// Token-level helpers the claims layer shares: quotes, punctuation, sequences, channel phrases.
import type { Doc } from "../document.js";
import { TokenKind, isApostrophe } from "../segment/tokenize.js";
import { CHANNEL_HEADS, CHANNEL_PREPOSITIONS } from "./lexicon.js";

/** A token range [first, last). */
export interface Range {
  first: number;
  last: number;
}

export function isPunct(doc: Doc, t: number): boolean {
  return doc.tokens.kind[t] === TokenKind.Punct;
}

export function isQuote(doc: Doc, t: number): boolean {
  return doc.tokens.kind[t] === TokenKind.Quote;
}

export function isCapitalised(doc: Doc, t: number): boolean {
  const c = doc.text.charCodeAt(doc.tokens.start[t]);
  return c >= 65 && c <= 90;
}

/** True when the tokens at `at` spell `words` (lower case). */
export function matchesAt(lower: string[], at: number, words: string[], limit: number): boolean {
  if (at + words.length > limit) return false;
  for (let i = 0; i < words.length; i++) if (lower[at + i] !== words[i]) return false;
  return true;
}

const OPENING_QUOTES = new Set(["\u201c", "\u00ab", "\u201e"]);
const CLOSING_QUOTES = new Set(["\u201d", "\u00bb"]);

/**
 * Whether a quote token opens (true) or closes (false) a quotation. Curly quotes say so themselves;
 * a straight quote opens when whitespace or an opening bracket stands before it.
 */
export function quoteOpens(doc: Doc, t: number): boolean {
  const q = doc.tokens.lower[t];
  const s = doc.tokens.start[t];
  // (A no-break space, U+00A0, is a blank as well: 'he said.\u00a0"Everybody sues"'.)
  const opensAfter = (c: number): boolean => c === 32 || c === 10 || c === 9 || c === 40 || c === 91 || c === 0x2014 || c === 13 || c === 0xa0;
  // A curly opening quote typed where a closing one belongs (',“ said'): glued to the word before, blank after.
  if (OPENING_QUOTES.has(q)) return s === 0 || opensAfter(doc.text.charCodeAt(s - 1)) || !isBlank(doc.text.charCodeAt(doc.tokens.end[t]));
  if (CLOSING_QUOTES.has(q)) return false;
  if (s === 0) return true;
  if (!opensAfter(doc.text.charCodeAt(s - 1))) return false;
  // "... she'd be 'above the law,' " Ray said': a blank after a nested quotation's closing mark
  // (an apostrophe glued to the punctuation ending it) still closes the outer one.
  return !(s >= 3 && doc.text.charCodeAt(s - 1) === 32 && isApostrophe(doc.text.charCodeAt(s - 2)) && ENDING_MARKS.has(doc.text.charCodeAt(s - 3)));
}

const ENDING_MARKS = new Set([44, 46, 63, 33]); // , . ? !

function isBlank(c: number): boolean {
  return Number.isNaN(c) || c === 32 || c === 10 || c === 9 || c === 13 || c === 0xa0;
}

/** Double-quote tokens only: apostrophes used as single quotes are too ambiguous to pair. */
export function isDoubleQuote(doc: Doc, t: number): boolean {
  if (!isQuote(doc, t)) return false;
  const q = doc.tokens.lower[t];
  if (q === "'") return isQuotePair(doc, t);
  return q === '"' || q === "\u201c" || q === "\u201d" || q === "\u00ab" || q === "\u00bb" || q === "\u201e";
}

/** Two apostrophes written as one double quote (''...''): the first of the pair stands for it. */
function isQuotePair(doc: Doc, t: number): boolean {
  const { lower, start, end, count } = doc.tokens;
  return t + 1 < count && lower[t + 1] === "'" && start[t + 1] === end[t] && !(t > 0 && lower[t - 1] === "'" && start[t] === end[t - 1]);
}

/** Tokens a double quote at `t` takes: 2 for '' written as two apostrophes, else 1. */
export function quoteWidth(doc: Doc, t: number): number {
  return doc.tokens.lower[t] === "'" ? 2 : 1;
}

/** The token a quotation mark ending at token `e - 1` starts at (the first of a '' pair), or -1. */
export function closingQuoteStart(doc: Doc, e: number): number {
  const t = e - 1;
  if (t < 0) return -1;
  if (isDoubleQuote(doc, t)) return quoteOpens(doc, t) ? -1 : t;
  if (t > 0 && doc.tokens.lower[t] === "'" && isDoubleQuote(doc, t - 1) && !quoteOpens(doc, t - 1)) return t - 1;
  return -1;
}

export interface ChannelMatch {
  first: number;
  last: number; // exclusive
  kind: string;
}

const CHANNEL_LINKS = new Set(["posted", "published", "shared", "aired", "broadcast", "released", "uploaded", "carried", "with"]);

/** A channel phrase starting at token `t` ("on Telegram", "in a video posted on the Telegram messaging app"). */
export function channelAt(doc: Doc, t: number, limit: number): ChannelMatch | null {
  const lower = doc.tokens.lower;
  if (!CHANNEL_PREPOSITIONS.has(lower[t])) return null;
  let kind: string | null = null;
  let end = -1;
  let j = t + 1;
  const scan = (from: number): number => {
    for (let k = from; k < limit && k < from + 7; k++) {
      const w = lower[k];
      if (isPunct(doc, k) && w !== "-" && w !== "'s") return -1;
      if (isQuote(doc, k) || w === "that") return -1;
      // "Kovac on Friday criticized the statement": a past verb after a name or a day ends the phrase
      // (unlike "in a leaked statement", where the participle follows a determiner).
      if (k > from && w.length > 3 && w.endsWith("ed") && !isCapitalised(doc, k) && isCapitalised(doc, k - 1)) return -1;
      const head = CHANNEL_HEADS.get(w);
      if (head && headFits(doc, k, w)) return k;
    }
    return -1;
  };
  const first = scan(j);
  if (first < 0) return null;
  kind = CHANNEL_HEADS.get(lower[first]) ?? null;
  // Further heads right after a head ("the Telegram messaging app").
  const extendHeads = (from: number): number => {
    let e = from;
    for (let k = from; k < limit && k < from + 3; k++) {
      if (isPunct(doc, k) || isQuote(doc, k)) break;
      if (CHANNEL_HEADS.has(lower[k])) e = k + 1;
    }
    return e;
  };
  end = extendHeads(first + 1);
  // Extend over "posted on the Telegram messaging app", "with reporters".
  while (end < limit && CHANNEL_LINKS.has(lower[end])) {
    j = end + 1;
    if (j < limit && CHANNEL_PREPOSITIONS.has(lower[j])) j++;
    const next = scan(j);
    if (next < 0) {
      if (lower[end] === "with" && end + 1 < limit && !isPunct(doc, end + 1)) {
        end = end + 2;
        continue;
      }
      break;
    }
    end = extendHeads(next + 1);
  }
  return kind ? { first: t, last: end, kind } : null;
}

function headFits(doc: Doc, k: number, w: string): boolean {
  // "X" the platform is capitalised; "media" is a channel only as state or social media.
  if (w === "x") return doc.text.charCodeAt(doc.tokens.start[k]) === 88;
  if (w === "media") return doc.tokens.lower[k - 1] === "state" || doc.tokens.lower[k - 1] === "social";
  return true;
}
