// Hand-built articles for ledger unit tests: spans are found by searching the text, so a test
// reads like the sentence it is about.
import type { Claim, Entity, Extraction, Figure, Place } from "../../src/core/types.js";
import type { StoredArticle } from "../../src/ledger/types.js";

export interface FigureSpec {
  text: string;
  value: number | null;
  bound?: Figure["bound"];
  unit?: string | null;
  counted?: string | null;
  low?: number | null;
  high?: number | null;
  relative?: { kind: string; factor: number; to: string };
  nth?: number;
}

export interface ClaimSpec {
  source: string;
  actor?: string | null;
  affiliation?: string | null;
  unnamed?: Claim["source"]["unnamed"];
  cue: string;
  content: string;
  time?: string;
  polarity?: Claim["polarity"];
  hedges?: Claim["hedges"][number]["kind"][];
}

export interface ArticleSpec {
  articleId: number;
  date: string;
  source?: string;
  text: string;
  claims?: ClaimSpec[];
  figures?: FigureSpec[];
  entities?: { text: string; type: Entity["type"]; actor: string | null; affiliation: string | null; nth?: number }[];
  places?: { text: string; admin1: string | null; country: string; precision?: Place["precision"] }[];
}

function find(text: string, needle: string, nth = 0): { start: number; end: number; text: string } {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`not found: ${needle}`);
  }
  return { start: at, end: at + needle.length, text: needle };
}

export function article(spec: ArticleSpec): StoredArticle {
  const text = spec.text;
  const sentences: { start: number; end: number }[] = [];
  let s = 0;
  for (const m of text.matchAll(/[.!?](\s+|$)/g)) {
    sentences.push({ start: s, end: m.index! + 1 });
    s = m.index! + m[0].length;
  }
  if (s < text.length) sentences.push({ start: s, end: text.length });
  const sentenceOf = (pos: number): number => Math.max(0, sentences.findIndex((x) => x.start <= pos && pos < x.end));
  const figures: Figure[] = (spec.figures ?? []).map((f) => {
    const sp = find(text, f.text, f.nth ?? 0);
    const bound = f.bound ?? "exact";
    return {
      ...sp,
      value: f.value,
      low: f.low ?? (bound === "min" || bound === "gt" || bound === "exact" ? f.value : null),
      high: f.high ?? (bound === "max" || bound === "lt" || bound === "exact" ? f.value : null),
      unit: f.unit ?? null,
      counted: f.counted ?? null,
      bound,
      conversion_of: null,
      relative: f.relative ? { kind: f.relative.kind, factor: f.relative.factor, to: find(text, f.relative.to) } : null,
      rule: "test",
    };
  });
  const claims: Claim[] = (spec.claims ?? []).map((c, i) => {
    const src = find(text, c.source);
    const cue = find(text, c.cue);
    const content = find(text, c.content);
    return {
      id: `c${i + 1}`,
      source: { ...src, actor: c.actor ?? null, unnamed: c.unnamed ?? null, affiliation: c.affiliation ?? null },
      cue,
      content,
      time: c.time ?? spec.date,
      channel: null,
      polarity: c.polarity ?? "assert",
      kind: "speech",
      hedges: (c.hedges ?? []).map((kind) => ({ ...cue, kind })),
      parent: null,
      sentence: sentenceOf(cue.start),
      rule: "test",
    };
  });
  const entities: Entity[] = (spec.entities ?? []).map((e, i) => ({ ...find(text, e.text, e.nth ?? 0), id: `e${i + 1}`, type: e.type, actor: e.actor, affiliation: e.affiliation, rule: "test" }));
  const places: Place[] = (spec.places ?? []).map((p) => ({
    ...find(text, p.text),
    name: p.admin1 ?? p.country,
    geonameid: null,
    country: p.country,
    admin1: p.admin1,
    lat: null,
    lon: null,
    precision: p.precision ?? (p.admin1 ? "admin1" : "country"),
    rule: "test",
  }));
  const art = { id: String(spec.articleId), date: spec.date, source: spec.source ?? "Test Wire", title: null, url: null, text };
  const extraction: Extraction = { schema: 1, article: art, sentences, entities, times: [], places, figures, claims, events: [], diagnostics: [] };
  return { articleId: spec.articleId, article: art, extraction };
}

/** Sort keys recursively so two snapshots compare by content only. */
export function canonical(x: unknown): unknown {
  if (Array.isArray(x)) return x.map(canonical);
  if (x && typeof x === "object") {
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(x as object).sort()) out[k] = canonical((x as Record<string, unknown>)[k]);
    return out;
  }
  return x;
}

/** A deterministic shuffle (mulberry32) for order-independence tests. */
export function shuffled<T>(xs: T[], seed: number): T[] {
  let a = seed >>> 0;
  const rnd = (): number => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const out = [...xs];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}
