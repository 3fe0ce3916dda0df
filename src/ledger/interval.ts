// Interval logic over figure bounds: "at least 1,000" is [1000, inf), "about 1,000" is [900, 1100],
// "more than 100" is (100, inf). Two claims can both hold when their intervals intersect.
import type { Interval } from "./types.js";
import { fmtNumber } from "./text.js";

export interface FigureLike {
  value: number | null;
  low: number | null;
  high: number | null;
  bound: string;
}

/** The interval a figure states, scaled by `scale` (unit conversion); null if it states no number. */
export function figureInterval(f: FigureLike, approx = 0.1, scale = 1): Interval | null {
  const v = f.value;
  const s = (x: number | null): number | null => (x === null ? null : x * scale);
  switch (f.bound) {
    case "min":
      return v === null ? null : { lo: s(v), hi: null, loOpen: false, hiOpen: false };
    case "gt":
      return v === null ? null : { lo: s(v), hi: null, loOpen: true, hiOpen: false };
    case "max":
      return v === null ? null : { lo: 0, hi: s(v), loOpen: false, hiOpen: false };
    case "lt":
      return v === null ? null : { lo: 0, hi: s(v), loOpen: false, hiOpen: true };
    case "approx": {
      if (f.low !== null && f.high !== null && f.low !== f.high) return { lo: s(f.low), hi: s(f.high), loOpen: false, hiOpen: false };
      if (v === null) return null;
      return { lo: s(v * (1 - approx)), hi: s(v * (1 + approx)), loOpen: false, hiOpen: false };
    }
    default: {
      if (f.low !== null && f.high !== null && f.low !== f.high) return { lo: s(f.low), hi: s(f.high), loOpen: false, hiOpen: false };
      if (v === null) return null;
      return { lo: s(v), hi: s(v), loOpen: false, hiOpen: false };
    }
  }
}

/** Scale an interval by a factor ("half" -> 0.5), optionally widening it by a relative slack ("about"). */
export function scaleInterval(iv: Interval, factor: number, slack = 0): Interval {
  const lo = iv.lo === null ? null : iv.lo * factor * (1 - slack);
  const hi = iv.hi === null ? null : iv.hi * factor * (1 + slack);
  return factor >= 0 ? { lo, hi, loOpen: iv.loOpen, hiOpen: iv.hiOpen } : { lo: hi, hi: lo, loOpen: iv.hiOpen, hiOpen: iv.loOpen };
}

/** Widen an exact interval by a relative tolerance (rounding: "1,294" vs "1,300"). */
export function widen(iv: Interval, tol: number): Interval {
  if (tol <= 0) return iv;
  return {
    lo: iv.lo === null ? null : iv.lo * (1 - tol),
    hi: iv.hi === null ? null : iv.hi * (1 + tol),
    loOpen: iv.loOpen,
    hiOpen: iv.hiOpen,
  };
}

/** The intersection of two intervals, or null when they cannot both hold. */
export function intersect(a: Interval, b: Interval): Interval | null {
  let lo: number | null, loOpen: boolean;
  if (a.lo === null) [lo, loOpen] = [b.lo, b.loOpen];
  else if (b.lo === null) [lo, loOpen] = [a.lo, a.loOpen];
  else if (a.lo > b.lo) [lo, loOpen] = [a.lo, a.loOpen];
  else if (b.lo > a.lo) [lo, loOpen] = [b.lo, b.loOpen];
  else [lo, loOpen] = [a.lo, a.loOpen || b.loOpen];
  let hi: number | null, hiOpen: boolean;
  if (a.hi === null) [hi, hiOpen] = [b.hi, b.hiOpen];
  else if (b.hi === null) [hi, hiOpen] = [a.hi, a.hiOpen];
  else if (a.hi < b.hi) [hi, hiOpen] = [a.hi, a.hiOpen];
  else if (b.hi < a.hi) [hi, hiOpen] = [b.hi, b.hiOpen];
  else [hi, hiOpen] = [a.hi, a.hiOpen || b.hiOpen];
  if (lo !== null && hi !== null) {
    if (lo > hi) return null;
    if (lo === hi && (loOpen || hiOpen)) return null;
  }
  return { lo, hi, loOpen, hiOpen };
}

export function compatible(a: Interval, b: Interval): boolean {
  return intersect(a, b) !== null;
}

/** A representative value: the midpoint of a bounded interval, else its finite end. */
export function midpoint(iv: Interval): number | null {
  if (iv.lo !== null && iv.hi !== null) return (iv.lo + iv.hi) / 2;
  return iv.lo ?? iv.hi;
}

export function showInterval(iv: Interval | null): string {
  if (!iv) return "(no value)";
  if (iv.lo !== null && iv.hi !== null && iv.lo === iv.hi) return fmtNumber(iv.lo);
  const lo = iv.lo === null ? "-inf" : fmtNumber(iv.lo);
  const hi = iv.hi === null ? "inf" : fmtNumber(iv.hi);
  return `${iv.loOpen || iv.lo === null ? "(" : "["}${lo}, ${hi}${iv.hiOpen || iv.hi === null ? ")" : "]"}`;
}
