// The interval a bounded figure implies. `low`/`high` are what the text allows, never a guess at
// the true value: "at least 1,000" is [1000, open), "up to 300" is (open, 300].
import type { FigureBound } from "../types.js";

/** "about"/"around" figures are rounded reports; +-10% is the conventional reading of such hedges. */
const APPROX_SPREAD = 0.1;

export function interval(bound: FigureBound, below: boolean, low: number | null, high: number | null): [number | null, number | null] {
  switch (bound) {
    case "exact":
      return [low, high];
    case "min":
    case "gt":
      return [low, null];
    case "max":
    case "lt":
      return [null, high];
    case "approx":
      // "nearly 200,000": just under the figure, so it is also the upper end.
      return [
        low === null ? null : tidy(low * (1 - APPROX_SPREAD)),
        high === null ? null : below ? high : tidy(high * (1 + APPROX_SPREAD)),
      ];
  }
}

function tidy(v: number): number {
  return Math.round(v * 1e6) / 1e6;
}
