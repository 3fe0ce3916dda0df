// Small text helpers: word tokens with offsets, phrase search over token lists, dates.

export interface Tok {
  w: string; // lower-cased word
  start: number;
  end: number;
}

const NON_ASCII_WORD_CHAR = /[\p{L}\p{N}]/u;

/** A letter or digit, by character code (ASCII fast path). */
export function isWordChar(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  return NON_ASCII_WORD_CHAR.test(String.fromCharCode(c));
}

function isJoiner(c: number): boolean {
  return c === 39 || c === 0x2019 || c === 46 || c === 45;
}

/**
 * Lower-cased words with offsets: a word starts and ends with a letter or digit and may hold
 * apostrophes, full stops and hyphens inside ("u.s", "pro-russian", "kyiv's"). A hand-written
 * scan, because the ledger runs this over every article and every sentence it reads.
 */
export function tokens(text: string, offset = 0): Tok[] {
  const out: Tok[] = [];
  scanWords(text, (start, end) => out.push({ w: normalWord(text, start, end), start: offset + start, end: offset + end }));
  return out;
}

/** Calls `visit` with the [start, end) of every word, as `tokens` defines a word. */
export function scanWords(text: string, visit: (start: number, end: number) => void): void {
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (!isWordChar(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    let end = i + 1;
    let j = i + 1;
    while (j < n) {
      const c = text.charCodeAt(j);
      if (isWordChar(c)) end = ++j;
      else if (isJoiner(c)) j++;
      else break;
    }
    visit(start, end);
    i = end;
  }
}

/** A word lower-cased, with the typographic apostrophe folded to the plain one. */
export function normalWord(text: string, start: number, end: number): string {
  return text.slice(start, end).toLowerCase().replace(/\u2019/g, "'");
}

/**
 * A phrase's lower-cased words. The phrases come from the rule tables, a few hundred in all, and
 * each is looked for in every figure's window, so each is split once.
 */
const PHRASE_WORDS = new Map<string, string[]>();

function phraseWords(phrase: string): string[] {
  let words = PHRASE_WORDS.get(phrase);
  if (!words) {
    words = phrase.toLowerCase().split(/\s+/).filter(Boolean);
    if (PHRASE_WORDS.size < 10_000) PHRASE_WORDS.set(phrase, words);
  }
  return words;
}

/** Find a phrase (space-separated words) in a token list; returns the index of its first token or -1. */
export function findPhrase(toks: Tok[], phrase: string, from = 0): number {
  const parts = phraseWords(phrase);
  if (parts.length === 0) return -1;
  outer: for (let i = from; i + parts.length <= toks.length; i++) {
    for (let j = 0; j < parts.length; j++) if (toks[i + j]!.w !== parts[j]) continue outer;
    return i;
  }
  return -1;
}

/** The phrases of a list that occur in the tokens. */
export function matchedPhrases(toks: Tok[], phrases: readonly string[] | undefined): string[] {
  if (!phrases) return [];
  const out: string[] = [];
  for (const p of phrases) if (findPhrase(toks, p) >= 0) out.push(p);
  return out;
}

export function isDay(v: string | null | undefined): v is string {
  return !!v && /^\d{4}-\d{2}-\d{2}/.test(v);
}

/** Days since 1970-01-01 for a YYYY-MM-DD prefix. */
export function dayNumber(date: string): number {
  return Math.floor(Date.UTC(+date.slice(0, 4), +date.slice(5, 7) - 1, +date.slice(8, 10)) / 86400000);
}

export function dayString(n: number): string {
  return new Date(n * 86400000).toISOString().slice(0, 10);
}

export function fmtNumber(n: number): string {
  const r = Math.round(n * 100) / 100;
  const [i, f] = String(Math.abs(r)).split(".");
  const withCommas = i!.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return (r < 0 ? "-" : "") + withCommas + (f ? "." + f : "");
}

export function cmp(a: string | number, b: string | number): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function uniqSorted<T extends string | number>(xs: Iterable<T>): T[] {
  return [...new Set(xs)].sort(cmp);
}

/** Whether span `inner` lies within span `outer` (ends included). */
export function inside(inner: { start: number; end: number }, outer: { start: number; end: number }): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}
