// Small text helpers: word tokens with offsets, phrase search over token lists, dates.

export interface Tok {
  w: string; // lower-cased word
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*[\p{L}\p{N}]|[\p{L}\p{N}]/gu;

export function tokens(text: string, offset = 0): Tok[] {
  const out: Tok[] = [];
  for (const m of text.matchAll(WORD)) {
    let w = m[0].toLowerCase().replace(/’/g, "'");
    // "region." at a sentence end: keep abbreviations like "u.s." intact, drop a trailing dot otherwise.
    if (w.endsWith(".") && !/\../.test(w.slice(0, -1))) w = w.slice(0, -1);
    out.push({ w, start: offset + m.index!, end: offset + m.index! + m[0].length });
  }
  return out;
}

/** Find a phrase (space-separated words) in a token list; returns the index of its first token or -1. */
export function findPhrase(toks: Tok[], phrase: string, from = 0): number {
  const parts = phrase.toLowerCase().split(/\s+/).filter(Boolean);
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
