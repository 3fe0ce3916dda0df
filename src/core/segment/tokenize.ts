// A single-pass scanner over the body text: tokens as flat integer arrays (start, end, kind, break
// before), lower-cased forms as one string array. Written by hand rather than taken from a general
// tokenizer because it is the hot path of extract (see bench/) and because news abbreviations
// ("Aug. 6", "U.S. official", "Gen.", "Su-34") need rules a general tokenizer does not have.
import { TITLE_ABBREVIATIONS } from "./abbreviations.js";

export const enum TokenKind {
  Word = 1,
  Number = 2,
  Punct = 3,
  Quote = 4,
  /** A word that keeps its full stop: titles, months, initials. Never ends a sentence. */
  Abbrev = 5,
  /** An acronym with full stops ("U.S."): ends a sentence only before a sentence starter. */
  Acronym = 6,
}

/** Whitespace between the previous token and this one. */
export const enum Break {
  None = 0,
  Space = 1,
  Newline = 2,
  Paragraph = 3,
}

/** Bits of Tokens.shape: facts about a token's characters noted while scanning it, so that no layer reads them again. */
export const enum Shape {
  /** The first character is an upper-case letter (isUpper). */
  Capital = 1,
  /** A hyphen-minus after the first character ("pro-russian", "twenty-five"): lower.indexOf("-") > 0. */
  Hyphen = 2,
}

export interface Tokens {
  count: number;
  start: Int32Array;
  end: Int32Array;
  kind: Uint8Array;
  breakBefore: Uint8Array;
  /** Shape bits of each token. */
  shape: Uint8Array;
  lower: string[];
}

const NUMBER_SUFFIXES = new Set(["st", "nd", "rd", "th", "s"]);
/** Abbreviations that only keep their full stop before a digit ("No. 5", "Vol. 2"). */
const NUMERIC_ABBREVIATIONS = new Set(["no", "nos", "vol", "fig"]);

const NON_ASCII_LETTER = /[\p{L}\p{M}]/u;

/** Classes of UTF-16 code units above ASCII, decided once each: bit 1 known, 2 letter, 4 upper. */
const CHAR_CLASS = new Uint8Array(65536);
const C_KNOWN = 1;
const C_LETTER = 2;
const C_UPPER = 4;

function charClass(c: number): number {
  let v = CHAR_CLASS[c];
  if (v === 0) {
    const s = String.fromCharCode(c);
    v = C_KNOWN | (c > 0xbf && NON_ASCII_LETTER.test(s) ? C_LETTER : 0) | (s !== s.toLowerCase() ? C_UPPER : 0);
    CHAR_CLASS[c] = v;
  }
  return v;
}

export function isLetter(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  return (charClass(c) & C_LETTER) !== 0;
}

export function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

export function isUpper(c: number): boolean {
  if (c < 128) return c >= 65 && c <= 90;
  return (charClass(c) & C_UPPER) !== 0;
}

/** Whether text[start, end) is a word in capitals of two or more characters ("KYIV", "U.S.", "ЛЬВІВ"). */
export function isAllCaps(text: string, start: number, end: number): boolean {
  if (end - start < 2) return false;
  let upper = false;
  for (let k = start; k < end; k++) {
    const c = text.charCodeAt(k);
    if (c >= 97 && c <= 122) return false;
    if (c >= 65 && c <= 90) upper = true;
    else if (c > 127) {
      const s = text.slice(start, end);
      return s === s.toUpperCase() && s !== s.toLowerCase();
    }
  }
  return upper;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 160 || c === 0x2009 || c === 0x202f || c === 12 || c === 11;
}

export function isApostrophe(c: number): boolean {
  return c === 39 || c === 0x2019;
}

function isQuote(c: number): boolean {
  return c === 34 || c === 0x201c || c === 0x201d || c === 0x201e || c === 0xab || c === 0xbb || c === 0x2018 || c === 0x2019 || c === 39;
}

/**
 * Characters whose lower case depends on their neighbours or changes the length: the capital sigma
 * (final sigma), the capital dotted I (two code units), and surrogates (a token boundary can fall
 * inside a pair). Everywhere else lower-casing maps each code unit on its own (checked over every
 * code point in test/core), so a token's slice of the lower-cased text is its lower-cased slice.
 */
const CONTEXTUAL_CASE = /[\u0130\u03a3\ud800-\udfff]/;

/** The text lower-cased once, to slice tokens' lower forms from; the text itself when that is not exact. */
function lowerSource(text: string): { source: string; lowered: boolean } {
  return CONTEXTUAL_CASE.test(text) ? { source: text, lowered: false } : { source: text.toLowerCase(), lowered: true };
}

/**
 * The token arrays being filled. Capacity grows geometrically from an estimate instead of
 * allocating one slot per character (the upper bound). A class rather than a closure over
 * reassigned arrays, so the scanner's hot path reads plain fields.
 */
class TokenBuffer {
  count = 0;
  /** Whitespace seen since the last token: the next token's breakBefore. */
  pendingBreak: number = Break.None;
  start: Int32Array<ArrayBuffer>;
  end: Int32Array<ArrayBuffer>;
  kind: Uint8Array<ArrayBuffer>;
  breakBefore: Uint8Array<ArrayBuffer>;
  shape: Uint8Array<ArrayBuffer>;
  /** Allocated at the estimated capacity and cut to `count` by finish (growing by push cost a fifth of the scan). */
  readonly lower: string[];
  private readonly text: string;
  private readonly lowerText: string;
  private readonly lowered: boolean;

  constructor(text: string) {
    const capacity = Math.max(16, (text.length >> 2) + 16);
    this.start = new Int32Array(capacity);
    this.end = new Int32Array(capacity);
    this.kind = new Uint8Array(capacity);
    this.breakBefore = new Uint8Array(capacity);
    this.shape = new Uint8Array(capacity);
    this.lower = new Array<string>(capacity);
    this.text = text;
    const { source, lowered } = lowerSource(text);
    this.lowerText = source;
    this.lowered = lowered;
  }

  push(s: number, e: number, k: number, shape: number): void {
    const count = this.count;
    if (count === this.start.length) this.grow();
    this.start[count] = s;
    this.end[count] = e;
    this.kind[count] = k;
    this.breakBefore[count] = this.pendingBreak;
    this.shape[count] = shape;
    this.lower[count] = this.lowered ? this.lowerText.slice(s, e) : this.text.slice(s, e).toLowerCase();
    this.count = count + 1;
    this.pendingBreak = Break.None;
  }

  finish(): Tokens {
    const count = this.count;
    this.lower.length = count;
    return {
      count,
      start: this.start.subarray(0, count),
      end: this.end.subarray(0, count),
      kind: this.kind.subarray(0, count),
      breakBefore: this.breakBefore.subarray(0, count),
      shape: this.shape.subarray(0, count),
      lower: this.lower,
    };
  }

  private grow(): void {
    const capacity = this.start.length * 2;
    this.start = growInt32(this.start, capacity);
    this.end = growInt32(this.end, capacity);
    this.kind = growUint8(this.kind, capacity);
    this.breakBefore = growUint8(this.breakBefore, capacity);
    this.shape = growUint8(this.shape, capacity);
  }
}

export function tokenize(text: string): Tokens {
  const n = text.length;
  const out = new TokenBuffer(text);

  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      let newlines = 0;
      while (i < n && isSpace(text.charCodeAt(i))) {
        if (text.charCodeAt(i) === 10) newlines++;
        i++;
      }
      out.pendingBreak = newlines >= 2 ? Break.Paragraph : newlines === 1 ? Break.Newline : Break.Space;
      continue;
    }
    // Every token starts at i, on c.
    const capital = isUpper(c) ? Shape.Capital : 0;
    if (isLetter(c)) {
      // Acronym with full stops: U.S., U.N., e.g.
      let j = i;
      let letters = 0;
      while (j + 1 < n && isLetter(text.charCodeAt(j)) && text.charCodeAt(j + 1) === 46) {
        letters++;
        j += 2;
      }
      if (letters >= 2 && !(j < n && isLetter(text.charCodeAt(j)))) {
        out.push(i, j, TokenKind.Acronym, capital);
        i = j;
        continue;
      }
      j = i + 1;
      let shape = capital;
      while (j < n) {
        const d = text.charCodeAt(j);
        if (isLetter(d) || isDigit(d)) {
          j++;
        } else if ((d === 45 || d === 0x2010) && j + 1 < n && (isLetter(text.charCodeAt(j + 1)) || isDigit(text.charCodeAt(j + 1)))) {
          if (d === 45) shape |= Shape.Hyphen;
          j += 2; // pro-Russian, Su-34
        } else if (isApostrophe(d) && j + 1 < n && isLetter(text.charCodeAt(j + 1))) {
          // Possessive 's stands alone ("Russia's" -> Russia + 's); "don't", "O'Brien" stay whole.
          const next = text.charCodeAt(j + 1);
          const after = j + 2 < n ? text.charCodeAt(j + 2) : 32;
          if ((next === 115 || next === 83) && !isLetter(after)) break;
          j += 2;
        } else break;
      }
      if (j < n && text.charCodeAt(j) === 46) {
        const word = text.slice(i, j).toLowerCase();
        const single = j - i === 1 && isUpper(c);
        if (single || TITLE_ABBREVIATIONS.has(word)) {
          out.push(i, j + 1, TokenKind.Abbrev, shape);
          i = j + 1;
          continue;
        }
        if (NUMERIC_ABBREVIATIONS.has(word)) {
          let k = j + 1;
          while (k < n && text.charCodeAt(k) === 32) k++;
          if (k < n && isDigit(text.charCodeAt(k))) {
            out.push(i, j + 1, TokenKind.Abbrev, shape);
            i = j + 1;
            continue;
          }
        }
      }
      out.push(i, j, TokenKind.Word, shape);
      i = j;
      continue;
    }
    if (isDigit(c)) {
      let j = i + 1;
      while (j < n) {
        const d = text.charCodeAt(j);
        if (isDigit(d)) j++;
        else if ((d === 44 || d === 46 || d === 58) && j + 1 < n && isDigit(text.charCodeAt(j + 1))) j += 2;
        else break;
      }
      // Ordinals and decades keep their suffix: 6th, 1990s.
      let k = j;
      while (k < n && isLetter(text.charCodeAt(k)) && k - j < 3) k++;
      if (k > j && !(k < n && isLetter(text.charCodeAt(k))) && NUMBER_SUFFIXES.has(text.slice(j, k).toLowerCase())) j = k;
      out.push(i, j, TokenKind.Number, 0);
      i = j;
      continue;
    }
    // Possessive 's after a word is one token: Russia's -> Russia + 's.
    if (isApostrophe(c) && i > 0 && isLetter(text.charCodeAt(i - 1)) && i + 1 < n && (text.charCodeAt(i + 1) | 32) === 115 && !(i + 2 < n && isLetter(text.charCodeAt(i + 2)))) {
      out.push(i, i + 2, TokenKind.Word, 0);
      i += 2;
      continue;
    }
    if (isQuote(c)) {
      out.push(i, i + 1, TokenKind.Quote, capital);
      i++;
      continue;
    }
    // Surrogate pairs (emoji and the like) stay whole so offsets never split a code point; a
    // double hyphen is one dash, as typed for an em dash ("the army -- its own account -- said").
    const width = (c >= 0xd800 && c <= 0xdbff && i + 1 < n) || (c === 45 && i + 1 < n && text.charCodeAt(i + 1) === 45) ? 2 : 1;
    out.push(i, i + width, TokenKind.Punct, capital);
    i += width;
  }
  return out.finish();
}

function growInt32(a: Int32Array, size: number): Int32Array<ArrayBuffer> {
  const b = new Int32Array(size);
  b.set(a);
  return b;
}

function growUint8(a: Uint8Array, size: number): Uint8Array<ArrayBuffer> {
  const b = new Uint8Array(size);
  b.set(a);
  return b;
}
