// What a number measures, read from the tokens around it: a currency before it ("$", "US$", "€"),
// or a percent sign, currency word or measurement unit after it ("18 per cent", "13 billion
// pounds", "35 km", "1,000 sq km", "3.5-inch").
import type { Tokens } from "../segment/tokenize.js";
import { CURRENCY_PREFIX, CURRENCY_SUFFIX, PERCENT, UNITS } from "./lexicon.js";

export interface UnitMatch {
  unit: string;
  kind: "percent" | "currency" | "measure";
  /** Dimension and factor to its base, for checking conversions; currencies and percent have none. */
  dim: string | null;
  factor: number;
  /** One past the unit's last token. */
  end: number;
}

/** A currency written before the number, ending at token `i` (exclusive). */
export function currencyBefore(tokens: Tokens, i: number, floor: number): { code: string; first: number } | null {
  // Symbols sit against the number ("$40"); codes may have a space ("USD 40"), nothing more.
  if (i - 1 < floor || tokens.start[i] - tokens.end[i - 1] > 1) return null;
  // A prefix of several tokens is written solid ("US$", not "a $").
  const solid = (first: number): boolean => {
    for (let k = first + 1; k < i; k++) if (tokens.start[k] !== tokens.end[k - 1]) return false;
    return true;
  };
  const m = CURRENCY_PREFIX.matchBackward(tokens, i, floor, solid);
  return m ? { code: m[0], first: m[1] } : null;
}

/** The unit after a number ending at token `j`; `money` is the currency already read before it. */
export function unitAfter(tokens: Tokens, j: number, limit: number, money: string | null): UnitMatch | null {
  if (j >= limit) return null;
  // "3.5-inch", "10-km": a hyphen joins the unit to the number.
  let k = j;
  if (!money && tokens.lower[k] === "-" && k + 1 < limit && tokens.start[k] === tokens.end[k - 1] && tokens.start[k + 1] === tokens.end[k]) k++;
  const percent = PERCENT.matchForward(tokens, k, limit);
  if (percent && !money) return { unit: "%", kind: "percent", dim: null, factor: 1, end: percent[1] };
  const currency = CURRENCY_SUFFIX.matchForward(tokens, k, limit);
  if (currency && (!money || money === currency[0]) && !poundsOfWeight(tokens, k, currency[1], limit)) {
    return { unit: currency[0], kind: "currency", dim: null, factor: 1, end: currency[1] };
  }
  if (money) return null;
  const measure = UNITS.matchForward(tokens, k, limit);
  if (measure) {
    const u = measure[0];
    return { unit: u.unit, kind: "measure", dim: u.dim, factor: u.factor, end: measure[1] };
  }
  if (tokens.lower[k] === "pounds" && poundsOfWeight(tokens, k, k + 1, limit)) {
    return { unit: "lb", kind: "measure", dim: "mass", factor: 0.45359237, end: k + 1 };
  }
  return null;
}

/** "500 pounds of explosives" weighs; "13 billion pounds" pays. */
function poundsOfWeight(tokens: Tokens, k: number, end: number, limit: number): boolean {
  const w = tokens.lower[k];
  return (w === "pounds" || w === "pound") && end < limit && tokens.lower[end] === "of";
}
