// Span comparison for scoring: exact and overlap matching of (possibly discontinuous) spans,
// one-to-one assignment, and precision / recall / F1.
import type { Span } from "../src/core/types.js";

/** A possibly discontinuous span: sorted, non-touching fragments (see `normalizeFragments`). */
export type Fragments = Span[];

export const OVERLAP_RULE = "overlap: shared characters >= 0.5 x the longer span's length (one-to-one, largest overlap first)";

/**
 * Sorts fragments and joins those that touch, overlap, or (given the text) are separated only by
 * whitespace: a gap of blanks carries nothing, so "a b" written as `0 1;2 3` equals `0 3`.
 */
export function normalizeFragments(fragments: Span[], text?: string): Fragments {
  const sorted = fragments.filter((f) => f.end > f.start).sort((a, b) => a.start - b.start || a.end - b.end);
  const out: Span[] = [];
  for (const f of sorted) {
    const last = out[out.length - 1];
    const gapIsBlank = last !== undefined && text !== undefined && f.start > last.end && text.slice(last.end, f.start).trim() === "";
    if (last && (f.start <= last.end || gapIsBlank)) last.end = Math.max(last.end, f.end);
    else out.push({ start: f.start, end: f.end });
  }
  return out;
}

export function spanKey(span: Fragments): string {
  return span.map((f) => `${f.start}-${f.end}`).join(",");
}

export function spanLength(span: Fragments): number {
  return span.reduce((sum, f) => sum + f.end - f.start, 0);
}

export function overlapLength(a: Fragments, b: Fragments): number {
  let shared = 0;
  for (const x of a) for (const y of b) shared += Math.max(0, Math.min(x.end, y.end) - Math.max(x.start, y.start));
  return shared;
}

export function exactMatch(a: Fragments, b: Fragments): boolean {
  return spanKey(a) === spanKey(b);
}

export function overlapMatch(a: Fragments, b: Fragments): boolean {
  const shared = overlapLength(a, b);
  return shared > 0 && shared >= 0.5 * Math.max(spanLength(a), spanLength(b));
}

/** Drops repeated spans (several claims often share one source or cue). */
export function dedupeSpans(spans: Fragments[]): Fragments[] {
  const seen = new Map<string, Fragments>();
  for (const span of spans) if (!seen.has(spanKey(span))) seen.set(spanKey(span), span);
  return [...seen.values()];
}

/**
 * Pairs gold and predicted spans one-to-one, largest overlap first, keeping pairs `accept` allows,
 * so one long prediction can't claim credit for several gold spans. Returns [goldIndex, predIndex].
 */
export function matchSpans(
  gold: Fragments[],
  predicted: Fragments[],
  accept: (gold: Fragments, predicted: Fragments) => boolean,
): [number, number][] {
  const candidates: { g: number; p: number; shared: number }[] = [];
  gold.forEach((g, gi) =>
    predicted.forEach((p, pi) => {
      if (accept(g, p)) candidates.push({ g: gi, p: pi, shared: overlapLength(g, p) });
    }),
  );
  candidates.sort((a, b) => b.shared - a.shared || a.g - b.g || a.p - b.p);
  const usedGold = new Set<number>();
  const usedPred = new Set<number>();
  const pairs: [number, number][] = [];
  for (const c of candidates) {
    if (usedGold.has(c.g) || usedPred.has(c.p)) continue;
    usedGold.add(c.g);
    usedPred.add(c.p);
    pairs.push([c.g, c.p]);
  }
  return pairs;
}

export interface Counts {
  gold: number;
  predicted: number;
  matched: number;
}

export interface Scores {
  precision: number;
  recall: number;
  f1: number;
}

/** Micro-averaged scores; a ratio with nothing to divide by is NaN (printed "-"), not a fake 0 or 1. */
export function score(counts: Counts): Scores {
  const precision = counts.predicted > 0 ? counts.matched / counts.predicted : Number.NaN;
  const recall = counts.gold > 0 ? counts.matched / counts.gold : Number.NaN;
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : precision === 0 || recall === 0 ? 0 : Number.NaN;
  return { precision, recall, f1 };
}

export function addCounts(into: Counts, more: Counts): void {
  into.gold += more.gold;
  into.predicted += more.predicted;
  into.matched += more.matched;
}
