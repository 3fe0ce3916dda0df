// Time expressions against TempEval-3 (TimeBank, AQUAINT: TimeML .tml) and MEANTIME (NAF-like XML
// over tokens). Scores per corpus: strict span P/R/F1 (same start and end), relaxed span P/R/F1
// (any overlap, paired one-to-one), value P/R/F1 (a relaxed pair whose values are equal, as the
// TempEval-3 scorer counts it) and type accuracy over relaxed pairs. The document creation time is
// the article date and is not itself a gold expression. Only the times stage runs (buildDoc +
// extractTimes): it needs no resources.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { basename, join } from "node:path";
import { buildDoc } from "../src/core/document.js";
import type { Context, Resources } from "../src/core/context.js";
import { extractTimes } from "../src/core/times/index.js";
import type { Span, TimeExpression } from "../src/core/types.js";
import { matchSpans } from "./spans.js";
import type { EvalOptions, EvalTable, EvalTask } from "./task.js";

interface GoldTime extends Span {
  value: string;
  type: string;
}

interface GoldDoc {
  id: string;
  date: string;
  text: string;
  times: GoldTime[];
  /** Text stretches whose predictions are not scored (MEANTIME's dateline, the DCT itself). */
  ignore: Span[];
}

// ---- reading TimeML (.tml) -------------------------------------------------------------------

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (all, e: string) => {
    if (e[0] === "#") return String.fromCodePoint(e[1] === "x" || e[1] === "X" ? parseInt(e.slice(2), 16) : +e.slice(1));
    return ENTITIES[e] ?? all;
  });
}

function attribute(attrs: string, name: string): string | null {
  const m = new RegExp(`\\b${name}="([^"]*)"`).exec(attrs);
  return m ? decodeEntities(m[1]) : null;
}

export function readTimeML(path: string): GoldDoc {
  const xml = readFileSync(path, "utf8");
  const dct = /<DCT>\s*<TIMEX3([^>]*)>/.exec(xml);
  const body = /<TEXT>([\s\S]*?)<\/TEXT>/.exec(xml);
  if (!dct || !body) throw new Error(`${path}: expected <DCT><TIMEX3 ...> and <TEXT>...</TEXT>`);
  const date = (attribute(dct[1], "value") ?? "").slice(0, 10);
  const tag = /<(\/?)([A-Za-z0-9_]+)([^>]*?)\/?>/g;
  let text = "";
  let last = 0;
  let open: { start: number; attrs: string } | null = null;
  const times: GoldTime[] = [];
  const source = body[1];
  for (let m = tag.exec(source); m; m = tag.exec(source)) {
    text += decodeEntities(source.slice(last, m.index));
    last = m.index + m[0].length;
    if (m[2] !== "TIMEX3") continue;
    if (!m[1]) open = { start: text.length, attrs: m[3] };
    else if (open) {
      times.push({ start: open.start, end: text.length, value: attribute(open.attrs, "value") ?? "", type: attribute(open.attrs, "type") ?? "" });
      open = null;
    }
  }
  text += decodeEntities(source.slice(last));
  return { id: basename(path, ".tml"), date, text, times, ignore: [] };
}

// ---- reading MEANTIME (tokens + TIMEX3 over token ids) ------------------------------------------

// MEANTIME gives tokens, not text: the text is rebuilt with one space between tokens except around
// punctuation, and one line per sentence; gold offsets are those of the rebuilt text.
const NO_SPACE_BEFORE = new Set([",", ".", ":", ";", "!", "?", ")", "]", "}", "'s", "n't", "%", "'", "''", "'re", "'ve", "'ll", "'d", "'m"]);
const NO_SPACE_AFTER = new Set(["(", "[", "{", "$", "``", "#"]);

const LAST_ANNOTATED_SENTENCE = 5;

export function readMeantime(path: string): GoldDoc {
  const xml = readFileSync(path, "utf8");
  const tokenRe = /<token\b([^>]*)>([^<]*)<\/token>/g;
  const offsets = new Map<string, Span>();
  let text = "";
  let sentence = "";
  let previous = "";
  const dateline: Span = { start: -1, end: -1 }; // sentence 1: the date under the title
  let annotatedEnd = 0; // MEANTIME annotates the title, the dateline and the first four sentences
  for (let m = tokenRe.exec(xml); m; m = tokenRe.exec(xml)) {
    const word = decodeEntities(m[2]);
    const s = attribute(m[1], "sentence") ?? "";
    if (text.length > 0) {
      if (s !== sentence) text += "\n";
      else if (!NO_SPACE_BEFORE.has(word.toLowerCase()) && !NO_SPACE_AFTER.has(previous)) text += " ";
    }
    sentence = s;
    previous = word;
    offsets.set(attribute(m[1], "t_id") ?? "", { start: text.length, end: text.length + word.length });
    if (+s <= LAST_ANNOTATED_SENTENCE) annotatedEnd = text.length + word.length;
    if (s === "1") {
      if (dateline.start < 0) dateline.start = text.length;
      dateline.end = text.length + word.length;
    }
    text += word;
  }
  const timexRe = /<TIMEX3\b([^>]*?)(\/?)>([\s\S]*?)(?:<\/TIMEX3>|(?=<TIMEX3|<\/Markables>))/g;
  let date = "";
  const times: GoldTime[] = [];
  const ignore: Span[] = [];
  for (let m = timexRe.exec(xml); m; m = timexRe.exec(xml)) {
    if (m[2] === "/") continue; // not anchored to tokens
    const spans = [...m[3].matchAll(/t_id="([^"]+)"/g)].map((a) => offsets.get(a[1])).filter((s): s is Span => !!s);
    if (spans.length === 0) continue;
    const span = { start: Math.min(...spans.map((s) => s.start)), end: Math.max(...spans.map((s) => s.end)) };
    if (attribute(m[1], "functionInDocument") === "CREATION_TIME") {
      date = (attribute(m[1], "value") ?? "").slice(0, 10);
      ignore.push(span);
      continue;
    }
    times.push({ ...span, value: attribute(m[1], "value") ?? "", type: attribute(m[1], "type") ?? "" });
  }
  ignore.push({ start: annotatedEnd, end: text.length });
  if (!date) {
    // A few files leave the DCT unmarked: it is then the expression on the dateline.
    const dct = times.findIndex((t) => t.start >= dateline.start && t.end <= dateline.end);
    if (dct < 0) throw new Error(`${path}: no TIMEX3 with functionInDocument="CREATION_TIME" and none on the dateline`);
    date = times[dct].value.slice(0, 10);
    ignore.push(times[dct]);
    times.splice(dct, 1);
  }
  return { id: basename(path, ".xml"), date, text, times, ignore };
}

// ---- scoring -----------------------------------------------------------------------------------

interface Counts {
  docs: number;
  gold: number;
  predicted: number;
  strict: number;
  relaxed: number;
  value: number;
  type: number;
  ms: number;
}

const emptyCounts = (): Counts => ({ docs: 0, gold: 0, predicted: 0, strict: 0, relaxed: 0, value: 0, type: 0, ms: 0 });

const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;

export function predictTimes(doc: GoldDoc): TimeExpression[] {
  const built = buildDoc({ id: doc.id, date: doc.date, source: null, title: null, url: null, text: doc.text });
  const ctx: Context = { doc: built, resources: {} as Resources, entities: [], times: [], places: [], figures: [], claims: [], events: [], diagnostics: [] };
  return extractTimes(ctx);
}

function scoreDoc(doc: GoldDoc, counts: Counts, errors: boolean): void {
  const t0 = performance.now();
  const predicted = predictTimes(doc).filter((p) => !doc.ignore.some((s) => overlaps(s, p)));
  counts.ms += performance.now() - t0;
  const gold = doc.times;
  const asFragments = (s: Span) => [{ start: s.start, end: s.end }];
  const pairs = matchSpans(gold.map(asFragments), predicted.map(asFragments), (g, p) => overlaps(g[0], p[0]));
  counts.docs++;
  counts.gold += gold.length;
  counts.predicted += predicted.length;
  counts.relaxed += pairs.length;
  const matchedGold = new Set<number>();
  const matchedPred = new Set<number>();
  const lines: string[] = [];
  for (const [g, p] of pairs) {
    matchedGold.add(g);
    matchedPred.add(p);
    if (gold[g].start === predicted[p].start && gold[g].end === predicted[p].end) counts.strict++;
    if (gold[g].value === predicted[p].value) counts.value++;
    else lines.push(`  value  "${doc.text.slice(gold[g].start, gold[g].end)}" gold ${gold[g].value} | "${predicted[p].text}" got ${predicted[p].value} (${predicted[p].rule})`);
    if (gold[g].type === predicted[p].type) counts.type++;
  }
  if (!errors) return;
  gold.forEach((g, i) => {
    if (!matchedGold.has(i)) lines.push(`  missed "${doc.text.slice(g.start, g.end)}" ${g.type} ${g.value}`);
  });
  predicted.forEach((p, i) => {
    if (!matchedPred.has(i)) lines.push(`  extra  "${p.text}" ${p.value} (${p.rule})`);
  });
  if (lines.length > 0) process.stderr.write(`${doc.id} (${doc.date})\n${lines.join("\n")}\n`);
}

const f1 = (p: number, r: number): number => (p + r === 0 ? 0 : (2 * p * r) / (p + r));
const fmt = (x: number): string => (100 * x).toFixed(1);

function row(name: string, c: Counts): (string | number)[] {
  const ratio = (a: number, b: number): number => (b === 0 ? 0 : a / b);
  const scores = (hits: number): string[] => {
    const p = ratio(hits, c.predicted);
    const r = ratio(hits, c.gold);
    return [fmt(p), fmt(r), fmt(f1(p, r))];
  };
  return [name, c.docs, c.gold, c.predicted, ...scores(c.strict), ...scores(c.relaxed), ...scores(c.value), fmt(ratio(c.type, c.relaxed)), ratio(c.ms, c.docs).toFixed(3)];
}

// ---- corpora -----------------------------------------------------------------------------------

export function filesUnder(dir: string, extension: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...filesUnder(path, extension));
    else if (name.endsWith(extension)) out.push(path);
  }
  return out;
}

interface Corpus {
  name: string;
  dir: string;
  extension: string;
  read(path: string): GoldDoc;
  /** Only held-out data that may be missing (the TempEval-3 platinum test) is optional. */
  optional?: boolean;
}

export function corpora(shared: string): Corpus[] {
  const tempeval = join(shared, "eval", "tempeval3");
  const tbaq = join(tempeval, "Training", "TBAQ-cleaned");
  return [
    { name: "TimeBank", dir: join(tbaq, "TimeBank"), extension: ".tml", read: readTimeML },
    { name: "AQUAINT", dir: join(tbaq, "AQUAINT"), extension: ".tml", read: readTimeML },
    { name: "TE3 platinum", dir: join(tempeval, "Evaluation", "te3-platinum"), extension: ".tml", read: readTimeML, optional: true },
    { name: "MEANTIME", dir: join(shared, "eval", "meantime", "intra-doc_annotation"), extension: ".xml", read: readMeantime },
  ];
}

export const task: EvalTask = {
  name: "times",
  description: "time expressions (TIMEX3) on TempEval-3 (TimeBank, AQUAINT) and MEANTIME: span F1, value F1, type accuracy",
  async run(options: EvalOptions): Promise<EvalTable[]> {
    const rows: (string | number)[][] = [];
    const total = emptyCounts();
    for (const corpus of corpora(options.shared)) {
      if (!existsSync(corpus.dir)) {
        if (corpus.optional) continue;
        throw new Error(`times: expected the ${corpus.name} data at ${corpus.dir}`);
      }
      const counts = emptyCounts();
      let files = filesUnder(corpus.dir, corpus.extension);
      if (options.limit !== null) files = files.slice(0, options.limit);
      for (const file of files) scoreDoc(corpus.read(file), counts, options.errors);
      rows.push(row(corpus.name, counts));
      for (const key of Object.keys(total) as (keyof Counts)[]) total[key] += counts[key];
    }
    rows.push(row("all", total));
    return [
      {
        title: "Time expressions (TIMEX3)",
        columns: ["corpus", "docs", "gold", "pred", "strict P", "strict R", "strict F1", "relaxed P", "relaxed R", "relaxed F1", "value P", "value R", "value F1", "type acc", "ms/doc"],
        rows,
        notes: [
          "strict: same start and end; relaxed: overlapping, paired one-to-one; value: a relaxed pair with equal TIMEX3 value; type accuracy over relaxed pairs",
          "DCT (document creation time) = article date, excluded from gold; MEANTIME text rebuilt from its tokens",
          "published: HeidelTime value F1 77.6 (strict 81.3, relaxed 90.3) on the TempEval-3 platinum test",
        ],
      },
    ];
  },
};
