// Reads one number at a token: digits ("133,190", "8.5"), digits with a scale ("1.5 million",
// "15bn"), number words ("three thousand", "twenty-five", "a hundred", "two dozen", "half a
// million") and vague plurals ("thousands", "tens of thousands", "several hundred").
import { TokenKind, type Tokens } from "../segment/tokenize.js";
import {
  ABBREVIATED_SCALES, GROUP_WORDS, MONEY_ONLY_SCALES, SCALE_WORDS, SEVERAL, TEN_WORDS, UNIT_WORDS, VAGUE,
} from "./lexicon.js";

export interface NumberMatch {
  /** The stated value; null for vague plurals, which only give an interval. */
  value: number | null;
  low: number;
  high: number;
  /** Token range [first, end). */
  first: number;
  end: number;
  /** The smallest step the text states (1 for "22", 0.1 for "7.4", 1e8 for "1.2 billion"). */
  step: number;
  /** The scale word applied (1000 for "3 thousand"), 1 when none: a range's end lends it to its start. */
  scale: number;
  words: boolean;
  /** Plain digits with no separator, scale or decimals (candidates for years and codes). */
  bare: boolean;
}

/** Digits with thousands separators and an optional decimal part; null for ordinals, times, decades. */
export function parseDigits(s: string): { value: number; decimals: number } | null {
  let digits = "";
  let decimals = -1;
  let group = -1; // digits since the last comma, -1 before any comma
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (c >= 48 && c <= 57) {
      digits += s[k];
      if (decimals >= 0) decimals++;
      else if (group >= 0) group++;
    } else if (c === 44 && decimals < 0 && (group < 0 || group === 3)) {
      if (group < 0 && digits.length > 3) return null;
      group = 0;
    } else if (c === 46 && decimals < 0 && (group < 0 || group === 3)) {
      digits += ".";
      decimals = 0;
    } else return null; // ":" (times), ordinal and plural suffixes
  }
  if (group >= 0 && group !== 3) return null;
  return { value: Number(digits), decimals: Math.max(decimals, 0) };
}

export function parseNumber(tokens: Tokens, i: number, limit: number, money: boolean): NumberMatch | null {
  if (tokens.kind[i] === TokenKind.Number) return digitsAt(tokens, i, limit, money);
  return wordsAt(tokens, i, limit);
}

function digitsAt(tokens: Tokens, i: number, limit: number, money: boolean): NumberMatch | null {
  const lower = tokens.lower[i];
  const parsed = parseDigits(lower);
  if (!parsed) return null;
  let { value } = parsed;
  let step = Math.pow(10, -parsed.decimals);
  let end = i + 1;
  let scaleUsed = 1;
  if (end < limit) {
    const next = tokens.lower[end];
    const adjacent = tokens.start[end] === tokens.end[i];
    const scale =
      SCALE_WORDS.get(next) ?? (adjacent || money ? ABBREVIATED_SCALES.get(next) ?? (money ? MONEY_ONLY_SCALES.get(next) : undefined) : undefined);
    if (scale !== undefined) {
      value *= scale;
      step *= scale;
      end++;
      scaleUsed = scale;
    }
  }
  // Scaled values are whole numbers; rounding drops float noise ("1.2 * 1e9").
  if (scaleUsed >= 1000) value = Math.round(value);
  const bare = scaleUsed === 1 && parsed.decimals === 0 && lower.indexOf(",") < 0;
  return { value, low: value, high: value, first: i, end, step, scale: scaleUsed, words: false, bare };
}

function wordsAt(tokens: Tokens, i: number, limit: number): NumberMatch | null {
  const lower = tokens.lower;
  const vague = VAGUE.matchForward(tokens, i, limit);
  if (vague) return { value: null, low: vague[0][0], high: vague[0][1], first: i, end: vague[1], step: 1, scale: 1, words: true, bare: false };
  const several = SEVERAL.matchForward(tokens, i, limit);
  if (several && several[1] < limit) {
    const scale = SCALE_WORDS.get(lower[several[1]]) ?? GROUP_WORDS.get(lower[several[1]]);
    if (scale !== undefined) {
      const [a, b] = several[0];
      return { value: null, low: a * scale, high: b * scale, first: i, end: several[1] + 1, step: scale, scale, words: true, bare: false };
    }
  }
  const half = halfOf(tokens, i, limit);
  if (half) return half;
  let j = i;
  let total = 0;
  let current = 0;
  let seen = false;
  let step = 1;
  let maxScale = 1;
  // "a hundred", "a dozen", "an estimated" is a hedge, not a number.
  if ((lower[j] === "a" || lower[j] === "an") && j + 1 < limit) {
    const next = lower[j + 1];
    if (!SCALE_WORDS.has(next) && !GROUP_WORDS.has(next)) return null;
    current = 1;
    seen = true;
    j++;
  }
  while (j < limit) {
    const w = lower[j];
    const small = wordValue(w);
    if (small !== null) {
      if (current % 100 !== 0 && current !== 0 && !(current >= 20 && small < 10 && current % 10 === 0)) break;
      current += small;
      seen = true;
      step = 1;
      j++;
      continue;
    }
    const scale = SCALE_WORDS.get(w);
    if (scale !== undefined && seen) {
      if (scale === 100) current = (current || 1) * 100;
      else {
        total += (current || 1) * scale;
        current = 0;
      }
      step = scale;
      maxScale = Math.max(maxScale, scale);
      j++;
      continue;
    }
    const group = GROUP_WORDS.get(w);
    if (group !== undefined && seen && total === 0 && current > 0 && current < 100) {
      // "two dozen", "a score of": a group word multiplies what came before.
      current *= group;
      j++;
      if (j < limit && lower[j] === "of" && w === "score") j++;
      break;
    }
    // "two hundred and fifty"
    if (w === "and" && current >= 100 && current % 100 === 0 && j + 1 < limit && wordValue(lower[j + 1]) !== null) {
      j++;
      continue;
    }
    break;
  }
  if (!seen || j === i) return null;
  // A lone "a" that never met its scale word.
  if (lower[j - 1] === "a" || lower[j - 1] === "an") return null;
  let value = total + current;
  // "two and a half"
  if (j + 2 < limit && lower[j] === "and" && lower[j + 1] === "a" && lower[j + 2] === "half" && total === 0 && current < 100) {
    value += 0.5;
    step = 0.5;
    j += 3;
  }
  return { value, low: value, high: value, first: i, end: j, step, scale: maxScale, words: true, bare: false };
}

/** "half a million": half of the scale word. */
function halfOf(tokens: Tokens, i: number, limit: number): NumberMatch | null {
  const lower = tokens.lower;
  if (lower[i] !== "half" || i + 2 >= limit || (lower[i + 1] !== "a" && lower[i + 1] !== "an")) return null;
  const scale = SCALE_WORDS.get(lower[i + 2]);
  if (scale === undefined || scale < 1000) return null;
  const value = scale / 2;
  return { value, low: value, high: value, first: i, end: i + 3, step: scale / 2, scale, words: true, bare: false };
}

/** "seven", "twenty", "twenty-five" (one token), else null. */
function wordValue(w: string): number | null {
  const u = UNIT_WORDS.get(w) ?? TEN_WORDS.get(w);
  if (u !== undefined) return u;
  const dash = w.indexOf("-");
  if (dash > 0) {
    const tens = TEN_WORDS.get(w.slice(0, dash));
    const unit = UNIT_WORDS.get(w.slice(dash + 1));
    if (tens !== undefined && unit !== undefined && unit > 0 && unit < 10) return tens + unit;
  }
  return null;
}

/** Words that can start a number, so the scanner can skip every other token cheaply. */
export function startsNumberWord(w: string): boolean {
  return wordValue(w) !== null || w === "half" || VAGUE.has(w) || SEVERAL.has(w);
}
