// Figures against MEANTIME's VALUE annotations (MONEY, PERCENT, QUANTITY over token ids). The
// corpus gives tokens without character offsets, so the article text is rebuilt from the tokens
// (spaces between them, none before closing punctuation) and gold spans are mapped onto it.
// MEANTIME annotates only the first sentences of each article (title, date and about four
// more), so predictions are scored only inside that annotated region.
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import type { Context, Resources } from "../src/core/context.js";
import { buildDoc } from "../src/core/document.js";
import { extractFigures } from "../src/core/figures/index.js";
import { extractTimes } from "../src/core/times/index.js";
import type { Figure } from "../src/core/types.js";
import type { EvalOptions, EvalTable, EvalTask } from "./task.js";
import { readMeantimeTokens, tokenSpan } from "./meantime-tokens.js";

type ValueType = "MONEY" | "PERCENT" | "QUANTITY";
const TYPES: ValueType[] = ["MONEY", "PERCENT", "QUANTITY"];

interface GoldSpan {
  start: number;
  end: number;
  type: ValueType;
}

interface MeantimeDoc {
  name: string;
  text: string;
  date: string;
  gold: GoldSpan[];
  /** End (character offset) of the last sentence that carries any annotation. */
  annotatedEnd: number;
}


export function readMeantime(file: string, name: string): MeantimeDoc {
  const doc = readMeantimeTokens(file);
  const { xml, text, sentenceOf, sentenceRange } = doc;
  const gold: GoldSpan[] = [];
  for (const m of xml.matchAll(/<VALUE [^>]*type="(\w+)"[^>]*>([\s\S]*?)<\/VALUE>/g)) {
    if (!TYPES.includes(m[1] as ValueType)) continue;
    const span = tokenSpan(doc, [...m[2].matchAll(/t_id="(\d+)"/g)].map((a) => a[1]));
    if (span) gold.push({ ...span, type: m[1] as ValueType });
  }
  let lastAnnotated = 0;
  for (const m of xml.matchAll(/<token_anchor t_id="(\d+)"/g)) lastAnnotated = Math.max(lastAnnotated, sentenceOf.get(m[1]) ?? 0);
  return { name, text, date: doc.date, gold, annotatedEnd: sentenceRange[lastAnnotated]?.end ?? text.length };
}

/** The MEANTIME type a figure would carry. */
export function typeOf(f: Figure): ValueType {
  if (f.unit === "%") return "PERCENT";
  if (f.unit !== null && /^[A-Z]{3}$/.test(f.unit)) return "MONEY";
  return "QUANTITY";
}

interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

function prf(c: Counts): [string, string, string] {
  const p = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 0;
  const r = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 0;
  const f = p + r ? (2 * p * r) / (p + r) : 0;
  return [p.toFixed(3), r.toFixed(3), f.toFixed(3)];
}

/** One-to-one matching of predictions to gold; returns matched gold indexes per prediction (-1 none). */
function match(pred: { start: number; end: number }[], gold: { start: number; end: number }[], strict: boolean): number[] {
  const used = new Array<boolean>(gold.length).fill(false);
  return pred.map((p) => {
    for (let g = 0; g < gold.length; g++) {
      if (used[g]) continue;
      const ok = strict ? p.start === gold[g].start && p.end === gold[g].end : p.start < gold[g].end && gold[g].start < p.end;
      if (ok) {
        used[g] = true;
        return g;
      }
    }
    return -1;
  });
}

function score(counts: Counts, matched: number[], goldCount: number): void {
  const tp = matched.filter((g) => g >= 0).length;
  counts.tp += tp;
  counts.fp += matched.length - tp;
  counts.fn += goldCount - tp;
}

function listDocuments(root: string): { file: string; name: string }[] {
  const out: { file: string; name: string }[] = [];
  for (const corpus of readdirSync(root).sort()) {
    if (!corpus.startsWith("corpus_")) continue;
    for (const f of readdirSync(join(root, corpus)).sort()) if (f.endsWith(".xml")) out.push({ file: join(root, corpus, f), name: `${corpus}/${f}` });
  }
  return out;
}

async function run(options: EvalOptions): Promise<EvalTable[]> {
  const root = join(options.shared, "eval", "meantime", "intra-doc_annotation");
  if (!existsSync(root)) throw new Error(`figures eval: MEANTIME folder not found at ${root}`);
  let files = listDocuments(root);
  if (options.limit !== null) files = files.slice(0, options.limit);
  const strict: Counts = { tp: 0, fp: 0, fn: 0 };
  const overlap: Counts = { tp: 0, fp: 0, fn: 0 };
  const perType = new Map(TYPES.map((t) => [t, { strict: { tp: 0, fp: 0, fn: 0 }, overlap: { tp: 0, fp: 0, fn: 0 } }]));
  let words = 0;
  let ms = 0;
  for (const { file, name } of files) {
    const doc = readMeantime(file, name);
    const built = buildDoc({ id: name, date: doc.date, source: null, title: null, url: null, text: doc.text });
    const ctx: Context = { doc: built, resources: {} as Resources, entities: [], times: [], places: [], figures: [], claims: [], events: [], diagnostics: [] };
    ctx.times = extractTimes(ctx);
    const t0 = performance.now();
    const all = extractFigures(ctx);
    ms += performance.now() - t0;
    const figures = all.filter((f) => f.start < doc.annotatedEnd);
    words += built.tokens.count;
    const strictMatch = match(figures, doc.gold, true);
    score(strict, strictMatch, doc.gold.length);
    score(overlap, match(figures, doc.gold, false), doc.gold.length);
    for (const type of TYPES) {
      const pred = figures.filter((f) => typeOf(f) === type);
      const gold = doc.gold.filter((g) => g.type === type);
      const c = perType.get(type)!;
      score(c.strict, match(pred, gold, true), gold.length);
      score(c.overlap, match(pred, gold, false), gold.length);
    }
    if (options.errors) printErrors(doc, figures, strictMatch);
  }
  const row = (label: string, s: Counts, o: Counts): (string | number)[] => [label, s.tp + s.fn, s.tp + s.fp, ...prf(s), ...prf(o)];
  return [
    {
      title: `figures: MEANTIME VALUE spans (${files.length} documents)`,
      columns: ["type", "gold", "predicted", "strict P", "strict R", "strict F1", "overlap P", "overlap R", "overlap F1"],
      rows: [row("all (untyped)", strict, overlap), ...TYPES.map((t) => row(t, perType.get(t)!.strict, perType.get(t)!.overlap))],
      notes: [
        "Per-type rows count a prediction only when its type matches (unit % -> PERCENT, currency code -> MONEY, else QUANTITY).",
        "Only the annotated region is scored: MEANTIME annotates the title, date line and first sentences of each article.",
        "Value accuracy: n/a, MEANTIME VALUE annotations carry no normalised value.",
        `Cost: ${((ms / Math.max(words, 1)) * 1000).toFixed(3)} ms per 1,000 tokens in the figures layer (cold run, JIT warm-up included; see bench for steady state).`,
      ],
    },
  ];
}

function printErrors(doc: MeantimeDoc, figures: Figure[], matched: number[]): void {
  const hit = new Set(matched.filter((g) => g >= 0));
  const context = (s: number, e: number): string =>
    `${doc.text.slice(Math.max(0, s - 30), s)}[[${doc.text.slice(s, e)}]]${doc.text.slice(e, e + 30)}`.replace(/\n/g, " ");
  const lines: string[] = [];
  doc.gold.forEach((g, k) => {
    if (!hit.has(k)) lines.push(`  miss ${g.type}: ${context(g.start, g.end)}`);
  });
  figures.forEach((f, k) => {
    if (matched[k] < 0) lines.push(`  fp   ${typeOf(f)}: ${context(f.start, f.end)}`);
  });
  if (lines.length) console.error(`${doc.name}\n${lines.join("\n")}`);
}

export const task: EvalTask = {
  name: "figures",
  description: "Figure spans (money, percent, quantity) against MEANTIME VALUE annotations",
  run,
};
