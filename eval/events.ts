// Events against two gold sets.
// (a) PLOVER gold-standard sentences (plover_gsr/): each record is run through the whole core as a
//     one-sentence article and scored on event type (the predicted event whose trigger overlaps a
//     word of the gold `eventText`, else the first one), mode, and source/target actor text.
//     The GSR predates PLOVER 2023: its DEMAND, DISAPPROVE and INVESTIGATE are renamed to the
//     types DESIGN.md uses (see GOLD_TYPE and the note in src/data/event-triggers.json); its FIGHT
//     (armed forces against each other) is what DESIGN.md files under ASSAULT, so accuracy is given
//     strictly (FIGHT never matches) and with ASSAULT/FIGHT counted as one.
// (b) MEANTIME (meantime/intra-doc_annotation/): trigger spans against EVENT_MENTION markables,
//     overlap-matched. MEANTIME marks every eventive verb and noun (said, be, win, contest ...),
//     and only in the first ~5 sentences of each document, so only sentences holding some
//     annotation are scored and precision/recall are those of "conflict events vs all events".
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Resources } from "../src/core/context.js";
import { extractArticle } from "../src/core/extract.js";
import type { Article, Event, Extraction } from "../src/core/types.js";
import { defaultResources } from "../src/resources/index.js";
import { matchSpans, overlapMatch, score, type Counts } from "./spans.js";
import type { EvalOptions, EvalTable, EvalTask } from "./task.js";
import { readMeantimeTokens, tokenSpan } from "./meantime-tokens.js";

/** GSR (2016) type names -> the PLOVER 2023 / DESIGN.md names. FIGHT is handled separately. */
export const GOLD_TYPE: Record<string, string> = { DEMAND: "REQUEST", DISAPPROVE: "ACCUSE", INVESTIGATE: "ACCUSE" };

/** Our modes -> the GSR's mode families (conflict modes name the weapon; the GSR names its class). */
const MODE_FAMILY: Record<string, string> = {
  drone: "heavy-weapons", missile: "heavy-weapons", shelling: "heavy-weapons", "air strike": "heavy-weapons",
  "ground assault": "heavy-weapons", capture: "heavy-weapons", advance: "heavy-weapons",
  "small arms": "firearms", firearms: "firearms",
  detain: "arrest", arrest: "arrest",
  "hunger strike": "strike", "general strike": "strike", strike: "strike",
  demonstration: "demo", demo: "demo", riot: "riot", obstruct: "obstruct",
  emergency: "martial-law", "martial-law": "martial-law",
};

function goldModeFamily(mode: string): string {
  const m = mode.toLowerCase();
  if (m === "detain" || m === "arrest") return "arrest";
  return m.replace(/-(org|spon|hun|gen)$/, "");
}

function predictedModeFamily(mode: string | null): string | null {
  if (mode === null) return null;
  return MODE_FAMILY[mode] ?? mode;
}

interface PloverActor {
  actorText?: string;
}

interface PloverRecord {
  id: string;
  date?: string;
  event: string;
  mode?: string | null;
  eventText?: string;
  text?: string;
  source?: PloverActor[] | null;
  target?: PloverActor[] | null;
}

const STOP = new Set(["to", "of", "in", "on", "the", "a", "an", "for", "with", "from", "by", "and", "at", "into", "its", "his", "her", "their", "that", "has", "have", "had", "was", "were", "is", "are", "been", "be", "...", "…", "against", "up", "out", "as"]);

function article(text: string, date: string, id: string): Article {
  return { id, date, source: null, title: null, url: null, text };
}

/** Character ranges of the gold trigger words in the sentence (function words left out). */
function eventWordRanges(text: string, eventText: string): { start: number; end: number }[] {
  const lower = text.toLowerCase();
  const out: { start: number; end: number }[] = [];
  for (const raw of eventText.toLowerCase().split(/\s+/)) {
    const word = raw.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, "");
    if (word.length < 2 || STOP.has(word)) continue;
    let at = lower.indexOf(word);
    while (at >= 0) {
      const before = at === 0 ? " " : lower[at - 1];
      if (!/[\p{L}\p{N}]/u.test(before)) out.push({ start: at, end: at + word.length });
      at = lower.indexOf(word, at + 1);
    }
  }
  return out;
}

/** The predicted event the record is scored on: trigger overlaps a gold word, else the first. */
export function selectEvent(events: Event[], ranges: { start: number; end: number }[]): Event | null {
  for (const e of events) {
    for (const r of ranges) if (e.trigger.start < r.end && r.start < e.trigger.end) return e;
  }
  return events[0] ?? null;
}

function words(s: string): Set<string> {
  const out = new Set<string>();
  for (const w of s.toLowerCase().split(/[^\p{L}\p{N}]+/u)) if (w.length >= 2 && !STOP.has(w)) out.add(w);
  return out;
}

/** Predicted actor (canonical name or its span text) shares a word with a gold actorText. */
function actorMatches(resources: Resources, predicted: string[], gold: PloverActor[]): boolean {
  const goldWords = new Set<string>();
  for (const g of gold) {
    if (!g.actorText) continue;
    for (const w of words(g.actorText)) {
      goldWords.add(w);
      const country = resources.actors.demonyms.get(w)?.countryName;
      if (country) for (const c of words(country)) goldWords.add(c);
    }
  }
  for (const p of predicted) for (const w of words(p)) if (goldWords.has(w)) return true;
  return false;
}

interface LocalSpans {
  actor_span?: { text: string } | null;
  target_span?: { text: string } | null;
}

function ploverPath(shared: string): string {
  return join(shared, "eval", "plover_gsr", "gold_standard_records", "PLOVER_GSR_CAMEO.txt");
}

function runPlover(options: EvalOptions, resources: Resources): EvalTable[] {
  const path = ploverPath(options.shared);
  if (!existsSync(path)) throw new Error(`PLOVER gold standard not found: ${path}`);
  let records: PloverRecord[];
  try {
    records = JSON.parse(readFileSync(path, "utf8")) as PloverRecord[];
  } catch (error) {
    throw new Error(`${path}: expected a JSON array of PLOVER records (${(error as Error).message})`);
  }
  records = records.filter((r) => r.event !== "DOCUMENT" && typeof r.text === "string");
  if (options.limit !== null) records = records.slice(0, options.limit);

  const perType = new Map<string, { n: number; strict: number; merged: number; covered: number }>();
  const confusion = new Map<string, number>();
  let covered = 0;
  let strict = 0;
  let merged = 0;
  let modeN = 0;
  let modeRight = 0;
  let modeTypeRight = 0;
  let modeRightGivenType = 0;
  let sourceN = 0;
  let sourceRight = 0;
  let targetN = 0;
  let targetRight = 0;
  for (const r of records) {
    const text = r.text as string;
    const date = r.date && /^\d{4}-\d{2}-\d{2}$/.test(r.date) ? r.date : "2000-01-01";
    const x: Extraction = extractArticle(article(text, date, r.id), resources);
    const gold = GOLD_TYPE[r.event] ?? r.event;
    const goldMerged = gold === "FIGHT" ? "ASSAULT" : gold;
    const row = perType.get(r.event) ?? { n: 0, strict: 0, merged: 0, covered: 0 };
    perType.set(r.event, row);
    row.n++;
    const chosen = selectEvent(x.events, eventWordRanges(text, r.eventText ?? ""));
    if (chosen) {
      covered++;
      row.covered++;
    }
    const predicted = chosen?.type ?? "(none)";
    const okStrict = predicted === gold;
    const okMerged = predicted === goldMerged;
    if (okStrict) {
      strict++;
      row.strict++;
    }
    if (okMerged) {
      merged++;
      row.merged++;
    } else {
      const key = `${goldMerged} -> ${predicted}`;
      confusion.set(key, (confusion.get(key) ?? 0) + 1);
    }
    if (r.mode) {
      modeN++;
      const right = chosen !== null && predictedModeFamily(chosen.mode) === goldModeFamily(r.mode);
      if (right) modeRight++;
      if (okMerged) {
        modeTypeRight++;
        if (right) modeRightGivenType++;
      }
    }
    const local = chosen as (Event & LocalSpans) | null;
    if (Array.isArray(r.source) && r.source.some((a) => a.actorText)) {
      sourceN++;
      const said = [local?.actor, local?.actor_span?.text].filter((s): s is string => !!s);
      if (actorMatches(resources, said, r.source)) sourceRight++;
    }
    if (Array.isArray(r.target) && r.target.some((a) => a.actorText)) {
      targetN++;
      const said = [local?.target, local?.target_span?.text].filter((s): s is string => !!s);
      if (actorMatches(resources, said, r.target)) targetRight++;
    }
    if (options.errors && !okMerged) {
      const all = x.events.map((e) => `${e.type}/${e.mode ?? "-"}:"${e.trigger.text}"`).join(" ");
      console.error(`[events/plover] ${r.id} gold ${goldMerged}${r.mode ? `/${r.mode}` : ""} ("${r.eventText}") got ${predicted}; events: ${all || "none"}\n    ${text}`);
    }
  }
  const n = records.length;
  const ratio = (a: number, b: number): number => (b > 0 ? a / b : Number.NaN);
  const summary: EvalTable = {
    title: "events: PLOVER gold sentences (plover_gsr)",
    columns: ["measure", "records", "score"],
    rows: [
      ["coverage (any event)", n, ratio(covered, n)],
      ["type accuracy, strict", n, ratio(strict, n)],
      ["type accuracy, ASSAULT=FIGHT", n, ratio(merged, n)],
      ["mode accuracy (gold has a mode)", modeN, ratio(modeRight, modeN)],
      ["mode accuracy | type right", modeTypeRight, ratio(modeRightGivenType, modeTypeRight)],
      ["source actor overlap", sourceN, ratio(sourceRight, sourceN)],
      ["target actor overlap", targetN, ratio(targetRight, targetN)],
    ],
    notes: [
      "each record is run through the whole core as a one-sentence article; the scored event is the one whose trigger overlaps a gold eventText word, else the first",
      "gold types renamed to PLOVER 2023 / DESIGN.md: DEMAND->REQUEST, DISAPPROVE->ACCUSE, INVESTIGATE->ACCUSE",
      "DESIGN.md files fighting between armed forces under ASSAULT, PLOVER GSR under FIGHT: 'strict' never matches FIGHT, 'ASSAULT=FIGHT' counts them as one",
      "modes compared by family: our weapon modes (drone, missile, shelling, air strike) = heavy-weapons; demo-org/-spon = demo; strike-hun/-gen = strike; arrest = detain",
      "actor overlap: predicted actor (canonical name or span text) shares a word with a gold actorText (demonyms folded to countries)",
    ],
  };
  const types: EvalTable = {
    title: "events: PLOVER type accuracy by gold type",
    columns: ["gold type", "as", "records", "any event", "strict", "ASSAULT=FIGHT"],
    rows: [...perType.entries()]
      .sort((a, b) => b[1].n - a[1].n)
      .map(([type, row]) => [type, GOLD_TYPE[type] ?? (type === "FIGHT" ? "ASSAULT" : type), row.n, ratio(row.covered, row.n), ratio(row.strict, row.n), ratio(row.merged, row.n)]),
  };
  const errors: EvalTable = {
    title: "events: PLOVER top confusions (gold -> predicted, ASSAULT=FIGHT)",
    columns: ["confusion", "records"],
    rows: [...confusion.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, 12),
  };
  return [summary, types, errors];
}

// ---- MEANTIME ----


interface MeantimeDoc {
  name: string;
  text: string;
  date: string;
  gold: { start: number; end: number }[];
  /** Character ranges of the sentences that hold any annotation. */
  scored: { start: number; end: number }[];
}

function readMeantimeEvents(file: string): MeantimeDoc {
  const doc = readMeantimeTokens(file);
  const { xml, text, sentenceOf, sentenceRange } = doc;
  const gold: { start: number; end: number }[] = [];
  for (const m of xml.matchAll(/<EVENT_MENTION [^>]*>([\s\S]*?)<\/EVENT_MENTION>/g)) {
    const span = tokenSpan(doc, [...m[1].matchAll(/t_id="(\d+)"/g)].map((a) => a[1]));
    if (span) gold.push(span);
  }
  const annotated = new Set<number>();
  for (const m of xml.matchAll(/<token_anchor t_id="(\d+)"/g)) {
    const s = sentenceOf.get(m[1]);
    if (s !== undefined) annotated.add(s);
  }
  const scored = [...annotated].sort((a, b) => a - b).map((s) => sentenceRange[s]).filter((r) => r !== undefined);
  return { name: file, text, date: doc.date, gold, scored };
}

function runMeantime(options: EvalOptions, resources: Resources): EvalTable {
  const root = join(options.shared, "eval", "meantime", "intra-doc_annotation");
  if (!existsSync(root)) throw new Error(`MEANTIME intra-doc annotation not found: ${root}`);
  const files: string[] = [];
  for (const corpus of readdirSync(root).filter((d) => d.startsWith("corpus_")).sort()) {
    for (const f of readdirSync(join(root, corpus)).filter((f) => f.endsWith(".xml")).sort()) files.push(join(root, corpus, f));
  }
  if (files.length === 0) throw new Error(`MEANTIME: no corpus_*/*.xml files under ${root}`);
  const chosen = options.limit !== null ? files.slice(0, options.limit) : files;
  const counts: Counts = { gold: 0, predicted: 0, matched: 0 };
  for (const file of chosen) {
    const doc = readMeantimeEvents(file);
    const inScored = (s: { start: number; end: number }): boolean => doc.scored.some((r) => s.start >= r.start && s.end <= r.end);
    const x = extractArticle(article(doc.text, doc.date, file), resources);
    const gold = doc.gold.filter(inScored).map((g) => [g]);
    const predicted = x.events.map((e) => e.trigger).filter(inScored).map((t) => [{ start: t.start, end: t.end }]);
    const pairs = matchSpans(gold, predicted, overlapMatch);
    counts.gold += gold.length;
    counts.predicted += predicted.length;
    counts.matched += pairs.length;
    if (options.errors) {
      const hit = new Set(pairs.map(([, p]) => p));
      const spurious = predicted.filter((_, i) => !hit.has(i)).map((p) => doc.text.slice(p[0].start, p[0].end));
      if (spurious.length > 0) console.error(`[events/meantime] ${file}: not gold events: ${spurious.join(", ")}`);
    }
  }
  const s = score(counts);
  return {
    title: "events: MEANTIME trigger spans (intra-doc, overlap)",
    columns: ["documents", "gold", "predicted", "matched", "precision", "recall", "F1"],
    rows: [[chosen.length, counts.gold, counts.predicted, counts.matched, s.precision, s.recall, s.f1]],
    notes: [
      "text rebuilt from tokens (one space between tokens, none before closing punctuation, a newline between sentences)",
      "MEANTIME annotates only the first ~5 sentences of each document: only sentences holding some annotation are scored",
      "MEANTIME marks every eventive verb and noun (said, be, win, contest); we extract conflict/political events only, so recall is low by design",
      "overlap: shared characters >= half the longer span, one-to-one",
    ],
  };
}

export const task: EvalTask = {
  name: "events",
  description: "event type, mode and actors on PLOVER gold sentences; trigger spans on MEANTIME",
  async run(options: EvalOptions): Promise<EvalTable[]> {
    const resources = defaultResources();
    return [...runPlover(options, resources), runMeantime(options, resources)];
  },
};
