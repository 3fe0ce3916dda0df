// Builds a one-article context for the times layer (which needs no resources) and runs it.
import type { Context, Resources } from "../../src/core/context.js";
import { buildDoc } from "../../src/core/document.js";
import { extractTimes } from "../../src/core/times/index.js";
import type { TimeExpression } from "../../src/core/types.js";

export function timesIn(text: string, date = "2024-08-14"): TimeExpression[] {
  const doc = buildDoc({ id: null, date, source: null, title: null, url: null, text });
  const ctx: Context = { doc, resources: {} as Resources, entities: [], times: [], places: [], figures: [], claims: [], events: [], diagnostics: [] };
  return extractTimes(ctx);
}

/** The one expression whose text is `phrase` (fails the test when absent). */
export function timeOf(text: string, phrase: string, date?: string): TimeExpression {
  const hit = timesIn(text, date).find((t) => t.text === phrase);
  if (!hit) throw new Error(`no time "${phrase}" in: ${text} -> ${JSON.stringify(timesIn(text, date).map((t) => t.text))}`);
  return hit;
}
