// Task "claims": the full core against PolNeAR attributions (source / cue / content spans).
import { extractArticle } from "../src/core/extract.js";
import { defaultResources } from "../src/resources/index.js";
import { ROLES, scoreDocument, type AttributionCounts, type RoleCounts, type Role } from "./attribution-score.js";
import { POLNEAR_SPLITS, readPolnearSplit, type PolnearDocument, type PolnearSplit } from "./polnear.js";
import { addCounts, OVERLAP_RULE, score, spanKey, type Fragments } from "./spans.js";
import type { EvalOptions, EvalTable, EvalTask } from "./task.js";
import { CUE_CLASSES, cueClass, type CueClass } from "./cue-classes.js";

const TOP_CUES = 40;

export const task: EvalTask = {
  name: "claims",
  description: "attribution spans (source, cue, content) against PolNeAR train and dev",
  run,
};

interface SplitTotals {
  docs: number;
  roles: Record<Role, RoleCounts>;
  attribution: AttributionCounts;
  /** Distinct gold cues by what they report: how many, and how many a predicted cue overlaps. */
  byClass: Record<CueClass, { gold: number; found: number }>;
  ms: number;
}

async function run(options: EvalOptions): Promise<EvalTable[]> {
  const resources = defaultResources();
  const cueWords = new Map<string, number>();
  const totals = new Map<PolnearSplit, SplitTotals>();
  for (const split of POLNEAR_SPLITS) {
    const docs = readPolnearSplit(options.shared, split, options.limit);
    const t = emptyTotals(docs.length);
    const started = performance.now();
    for (const doc of docs) {
      const { claims } = extractArticle(
        { id: doc.name, date: doc.date, source: doc.publisher, title: null, url: null, text: doc.text },
        resources,
      );
      const result = scoreDocument(doc.text, doc.attributions, claims);
      for (const role of ROLES) {
        addCounts(t.roles[role].exact, result.roles[role].exact);
        addCounts(t.roles[role].overlap, result.roles[role].overlap);
      }
      for (const key of Object.keys(t.attribution) as (keyof AttributionCounts)[]) t.attribution[key] += result.attribution[key];
      countCueWords(doc, cueWords);
      countByClass(doc, result.missedCues, t.byClass);
      if (options.errors) printCueErrors(split, doc, result.missedCues, result.spuriousCues);
    }
    t.ms = performance.now() - started;
    totals.set(split, t);
  }
  return [roleTable(totals), attributionTable(totals), classTable(totals), cueWordTable(cueWords)];
}

function emptyTotals(docs: number): SplitTotals {
  const counts = () => ({ gold: 0, predicted: 0, matched: 0 });
  const roles = Object.fromEntries(ROLES.map((r) => [r, { exact: counts(), overlap: counts() }])) as Record<Role, RoleCounts>;
  const attribution = { gold: 0, predicted: 0, matched: 0, matchedWithSource: 0, sourceOk: 0, contentOk: 0, bothOk: 0 };
  const byClass = Object.fromEntries(CUE_CLASSES.map((c) => [c, { gold: 0, found: 0 }])) as SplitTotals["byClass"];
  return { docs, roles, attribution, byClass, ms: 0 };
}

function roleTable(totals: Map<PolnearSplit, SplitTotals>): EvalTable {
  const rows: (string | number)[][] = [];
  const notes: string[] = [];
  for (const [split, t] of totals) {
    for (const role of ROLES) {
      const exact = score(t.roles[role].exact);
      const overlap = score(t.roles[role].overlap);
      const { gold, predicted } = t.roles[role].exact;
      rows.push([split, role, gold, predicted, exact.precision, exact.recall, exact.f1, overlap.precision, overlap.recall, overlap.f1]);
    }
    notes.push(`${split}: ${t.docs} documents, extract + score ${(t.ms / 1000).toFixed(1)} s`);
  }
  notes.push(
    "exact: same characters; fragments of a discontinuous gold span separated only by whitespace count as one",
    OVERLAP_RULE,
    "identical spans are counted once per document; an attribution without a source still counts its cue and content",
    "predicted claims sharing one source span and one cue span (a quotation resumed after its attribution) are one attribution, their contents its fragments",
    "documents with several annotators: the annotator whose file name sorts first",
    "'-': undefined (nothing predicted)",
  );
  return {
    title: "claims: PolNeAR role spans",
    columns: ["split", "role", "gold", "pred", "exact P", "exact R", "exact F1", "ovl P", "ovl R", "ovl F1"],
    rows,
    notes,
  };
}

function attributionTable(totals: Map<PolnearSplit, SplitTotals>): EvalTable {
  const rows: (string | number)[][] = [];
  for (const [split, t] of totals) {
    const a = t.attribution;
    const cue = score({ gold: a.gold, predicted: a.predicted, matched: a.matched });
    const share = (n: number, of: number): number => (of > 0 ? n / of : Number.NaN);
    rows.push([
      split, a.gold, a.predicted, a.matched, cue.precision, cue.recall,
      share(a.sourceOk, a.matchedWithSource), share(a.contentOk, a.matched), share(a.bothOk, a.matchedWithSource),
    ]);
  }
  return {
    title: "claims: PolNeAR attributions (matched by cue)",
    columns: ["split", "gold", "pred", "matched", "cue P", "cue R", "source ok", "content ok", "both ok"],
    rows,
    notes: [
      "a predicted claim matches a gold attribution (one with a cue) when its cue overlaps the gold cue (same overlap rule)",
      "source ok / both ok: share of matched attributions that have a gold source; content ok: share of all matched",
    ],
  };
}

function countByClass(doc: PolnearDocument, missed: Fragments[], into: SplitTotals["byClass"]): void {
  const missedKeys = new Set(missed.map(spanKey));
  const seen = new Set<string>();
  for (const a of doc.attributions) {
    const key = spanKey(a.cue);
    if (a.cue.length === 0 || seen.has(key)) continue;
    seen.add(key);
    const counts = into[cueClass(cueText(doc, a.cue))];
    counts.gold++;
    if (!missedKeys.has(key)) counts.found++;
  }
}

function classTable(totals: Map<PolnearSplit, SplitTotals>): EvalTable {
  const rows: (string | number)[][] = [];
  for (const [split, t] of totals) {
    const all = Object.values(t.byClass).reduce((sum, c) => sum + c.gold, 0);
    for (const cls of CUE_CLASSES) {
      const { gold, found } = t.byClass[cls];
      rows.push([split, cls, gold, all > 0 ? gold / all : Number.NaN, gold > 0 ? found / gold : Number.NaN]);
    }
  }
  return {
    title: "claims: cue recall by what the gold cue reports",
    columns: ["split", "reports", "gold", "share", "recall"],
    rows,
    notes: [
      "classes from the cue's words (eval/cue-classes.ts): speech (said, told, according to ...), evidence (shows, found), belief (thinks, expects), stance (backed, criticized), intention (wants, plans); other: none of these",
      "Crosscheck reports speech, evidence, beliefs held by a third party, stances (criticism, support, opposition) and intentions stated with a to-infinitive; it leaves out refusals to speak, perceptions (seemed) and holderless expectations (src/data/reporting-cues.json)",
    ],
  };
}

function cueText(doc: PolnearDocument, fragments: Fragments): string {
  return fragments.map((f) => doc.text.slice(f.start, f.end)).join(" ").replace(/\s+/g, " ").trim().toLowerCase();
}

/** Counts each document's distinct gold cue spans by their lower-cased words. */
function countCueWords(doc: PolnearDocument, into: Map<string, number>): void {
  const seen = new Set<string>();
  for (const a of doc.attributions) {
    if (a.cue.length === 0) continue;
    const key = spanKey(a.cue);
    if (seen.has(key)) continue;
    seen.add(key);
    const words = cueText(doc, a.cue);
    into.set(words, (into.get(words) ?? 0) + 1);
  }
}

function cueWordTable(cueWords: Map<string, number>): EvalTable {
  const total = [...cueWords.values()].reduce((a, b) => a + b, 0);
  const top = [...cueWords].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, TOP_CUES);
  const covered = top.reduce((sum, [, n]) => sum + n, 0);
  return {
    title: `claims: top ${TOP_CUES} gold cue words (PolNeAR ${POLNEAR_SPLITS.join(" + ")})`,
    columns: ["rank", "cue", "count", "share"],
    rows: top.map(([words, n], i) => [i + 1, words, n, total > 0 ? n / total : Number.NaN]),
    notes: [`${total} distinct gold cue spans, ${cueWords.size} distinct cue texts; the top ${TOP_CUES} cover ${(covered / Math.max(total, 1) * 100).toFixed(1)} %`],
  };
}

function printCueErrors(split: PolnearSplit, doc: PolnearDocument, missed: Fragments[], spurious: Fragments[]): void {
  if (missed.length === 0 && spurious.length === 0) return;
  const lines = [`${split}/${doc.name} (${doc.annotator}): ${missed.length} missed, ${spurious.length} spurious cues`];
  for (const span of missed) lines.push(`  missed    ${inContext(doc.text, span)}`);
  for (const span of spurious) lines.push(`  spurious  ${inContext(doc.text, span)}`);
  process.stderr.write(lines.join("\n") + "\n");
}

/** The cue in [brackets] with 40 characters either side, on one line. */
function inContext(text: string, span: Fragments): string {
  const start = span[0]!.start;
  const end = span[span.length - 1]!.end;
  const flat = (s: string): string => s.replace(/\s+/g, " ");
  return `${flat(text.slice(Math.max(0, start - 40), start))}[${flat(text.slice(start, end))}]${flat(text.slice(end, end + 40))}`;
}
