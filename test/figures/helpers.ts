// Builds a Context around hand-written text for figures tests (figures need no resources).
import type { Context, Resources } from "../../src/core/context.js";
import { buildDoc } from "../../src/core/document.js";
import { extractFigures, type LinkedFigure } from "../../src/core/figures/index.js";
import type { TimeExpression } from "../../src/core/types.js";

export function contextFor(text: string, times: TimeExpression[] = []): Context {
  const doc = buildDoc({ id: null, date: "2024-08-14", source: null, title: null, url: null, text });
  return { doc, resources: {} as Resources, entities: [], times, places: [], figures: [], claims: [], events: [], diagnostics: [] };
}

export function figuresOf(text: string, times: TimeExpression[] = []): { figures: LinkedFigure[]; ctx: Context } {
  const ctx = contextFor(text, times);
  const figures = extractFigures(ctx) as LinkedFigure[];
  for (const f of figures) {
    if (text.slice(f.start, f.end) !== f.text) throw new Error(`bad span for ${f.text}`);
  }
  return { figures, ctx };
}

/** A time expression over the first occurrence of `phrase`, as the times layer would give it. */
export function timeOver(text: string, phrase: string, value: string): TimeExpression {
  const start = text.indexOf(phrase);
  return { start, end: start + phrase.length, text: phrase, value, type: "DATE", granularity: "day", rule: "test" };
}
