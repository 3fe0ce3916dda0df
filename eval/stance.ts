// Attribution, hedging and denial in headlines, against Emergent (../shared/eval/emergent): each
// headline is labelled for, against or observing a rumour. Crosscheck does not classify stance; this
// reads its stance off the claims and events the core extracts from the headline alone, by a rule
// fixed in advance (see `stanceOf`), to measure polarity and hedges on text PolNeAR does not cover.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { extractArticle } from "../src/core/extract.js";
import type { ClaimKind, Extraction } from "../src/core/types.js";
import { defaultResources } from "../src/resources/index.js";
import type { EvalOptions, EvalTable, EvalTask } from "./task.js";

const STANCES = ["for", "against", "observing"] as const;
type Stance = (typeof STANCES)[number];

/** Emergent gives no dates; no stance depends on one. */
const FIXED_DATE = "2015-01-01";

interface Row {
  articleHeadline: string;
  articleHeadlineStance: string;
}

/**
 * against: the headline denies (a claim with polarity "deny", or a negated event);
 * observing: it attributes or hedges (any other claim, a hedge, an event reported as possible);
 * for: it asserts in its own voice. A stance, intention or refusal ("X backs Y", "X plans to ...")
 * is asserted by the headline, not relayed: it attributes nothing.
 */
export function stanceOf(x: Extraction): Stance {
  if (x.claims.some((c) => c.polarity === "deny") || x.events.some((e) => e.negated === true)) return "against";
  if (x.claims.some((c) => !ASSERTED_KINDS.has(c.kind)) || x.events.some((e) => e.modality === "possible")) return "observing";
  return "for";
}

const ASSERTED_KINDS = new Set<ClaimKind>(["stance", "intention", "refusal"]);

export const task: EvalTask = {
  name: "stance",
  description: "headline stance read off claims, hedges and negation (Emergent: for / against / observing)",
  async run(options: EvalOptions): Promise<EvalTable[]> {
    const path = join(options.shared, "eval", "emergent", "url-versions-2015-06-14-clean.csv");
    if (!existsSync(path)) throw new Error(`stance eval: expected the Emergent headlines at ${path}`);
    let rows = parse(readFileSync(path, "utf8"), { columns: true, skip_empty_lines: true }) as Row[];
    const bad = rows.findIndex((r) => !STANCES.includes(r.articleHeadlineStance as Stance) || typeof r.articleHeadline !== "string");
    if (bad >= 0) throw new Error(`stance eval: ${path}: row ${bad + 2} has no headline or an unknown stance "${rows[bad]!.articleHeadlineStance}"`);
    if (rows.length === 0) throw new Error(`stance eval: ${path}: no headlines (expected a CSV with articleHeadline and articleHeadlineStance columns)`);
    if (options.limit !== null) rows = rows.slice(0, options.limit);
    const resources = defaultResources();
    // confusion[gold][predicted]
    const confusion = new Map<Stance, Map<Stance, number>>(STANCES.map((g) => [g, new Map(STANCES.map((p) => [p, 0]))]));
    for (const [i, row] of rows.entries()) {
      const gold = row.articleHeadlineStance as Stance;
      const x = extractArticle({ id: `emergent-${i}`, date: FIXED_DATE, source: null, title: null, url: null, text: row.articleHeadline }, resources);
      const predicted = stanceOf(x);
      confusion.get(gold)!.set(predicted, confusion.get(gold)!.get(predicted)! + 1);
      if (options.errors && predicted !== gold) console.error(`[stance] ${gold} -> ${predicted}: ${row.articleHeadline}`);
    }
    const count = (g: Stance, p: Stance): number => confusion.get(g)!.get(p)!;
    const ratio = (a: number, b: number): string => (b === 0 ? "-" : (a / b).toFixed(3));
    const table: (string | number)[][] = STANCES.map((s) => {
      const tp = count(s, s);
      const gold = STANCES.reduce((n, p) => n + count(s, p), 0);
      const predicted = STANCES.reduce((n, g) => n + count(g, s), 0);
      const p = predicted === 0 ? 0 : tp / predicted;
      const r = gold === 0 ? 0 : tp / gold;
      return [s, gold, predicted, ratio(tp, predicted), ratio(tp, gold), p + r === 0 ? "0.000" : ((2 * p * r) / (p + r)).toFixed(3), ...STANCES.map((q) => count(s, q))];
    });
    const correct = STANCES.reduce((n, s) => n + count(s, s), 0);
    return [{
      title: "Headline stance (Emergent), read off the core's claims and negation",
      columns: ["gold", "headlines", "predicted", "P", "R", "F1", "-> for", "-> against", "-> observing"],
      rows: table,
      notes: [
        `accuracy ${ratio(correct, rows.length)} over ${rows.length} headlines (published: Ferreira & Vlachos 0.733 on the 524-headline test split, a classifier trained for the task and given the rumour)`,
        "against: a denying claim or a negated event; observing: any other claim (a stance, intention or refusal is asserted, not relayed) or an event reported as possible; for: neither",
      ],
    }];
  },
};
