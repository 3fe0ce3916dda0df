// Bracketed conversions: "35 km (22 miles)", "1,000 sq km (386 square miles)", "9.9 billion yuan
// (about US$1.4 billion)". The bracketed figure is linked to the main one; when both measure the
// same dimension the two are checked against each other and a disagreement becomes a diagnostic.
import type { Doc } from "../document.js";
import type { Diagnostic, Figure } from "../types.js";

/** What the checker needs to know about a figure beyond the public Figure. */
export interface FigureInfo {
  /** Token range of the whole figure, hedge included. */
  first: number;
  end: number;
  /** Character offset where the number itself starts (after the hedge). */
  numberStart: number;
  kind: "percent" | "currency" | "measure" | null;
  dim: string | null;
  factor: number;
  step: number;
}

/** Relative slack for a conversion: writers round conversions, 5% covers honest rounding. */
const TOLERANCE = 0.05;

export interface LinkedFigure extends Figure {
  /** Index (in the same figures list) of the figure this one converts, or null. */
  conversion_of: number | null;
}

export function linkConversions(doc: Doc, figures: LinkedFigure[], info: FigureInfo[], diagnostics: Diagnostic[]): void {
  const t = doc.tokens;
  for (let m = 1; m < figures.length; m++) {
    const a = info[m - 1];
    const b = info[m];
    if (b.first !== a.end + 1 || t.lower[a.end] !== "(" || b.end >= t.count || t.lower[b.end] !== ")") continue;
    if (a.kind === null || a.kind !== b.kind || a.dim !== b.dim) continue;
    figures[m].conversion_of = m - 1;
    if (a.kind !== "measure" || figures[m - 1].unit === figures[m].unit) continue;
    if (!agrees(figures[m - 1], figures[m], a, b)) {
      const main = figures[m - 1];
      const conv = figures[m];
      diagnostics.push({
        rule: "figures/conversion",
        severity: "warning",
        message: `conversion disagrees: ${doc.text.slice(a.numberStart, main.end)} is not ${doc.text.slice(b.numberStart, conv.end)}`,
        start: main.start,
        end: t.end[b.end],
      });
    }
  }
}

function agrees(main: Figure, conv: Figure, a: FigureInfo, b: FigureInfo): boolean {
  const ratio = a.factor / b.factor;
  const pairs: [number | null, number | null][] =
    main.value !== null && conv.value !== null ? [[main.value, conv.value]] : [[main.low, conv.low], [main.high, conv.high]];
  for (const [x, y] of pairs) {
    if (x === null || y === null) continue;
    const expected = x * ratio;
    // Slack: the relative tolerance plus half a step of the precision each side states.
    const slack = TOLERANCE * Math.abs(expected) + b.step / 2 + (a.step / 2) * ratio;
    if (Math.abs(y - expected) > slack) return false;
  }
  return true;
}
