// Scores one document's predicted claims against its gold attributions: per role (source, cue,
// content) with exact and overlap matching, and per attribution (cue found, then source/content right).
import type { Span } from "../src/core/types.js";
import type { GoldAttribution } from "./brat.js";
import {
  dedupeSpans,
  exactMatch,
  matchSpans,
  normalizeFragments,
  overlapMatch,
  type Counts,
  type Fragments,
} from "./spans.js";

export const ROLES = ["source", "cue", "content"] as const;
export type Role = (typeof ROLES)[number];

/** The part of a core Claim that is scored. */
export interface PredictedClaim {
  source: Span;
  cue: Span;
  content: Span;
}

export interface RoleCounts {
  exact: Counts;
  overlap: Counts;
}

export interface AttributionCounts {
  /** Gold attributions that have a cue (the ones a claim can be matched to). */
  gold: number;
  predicted: number;
  /** Gold attributions whose cue a predicted claim's cue overlaps (one-to-one). */
  matched: number;
  /** Matched ones whose gold attribution names a source (the denominator for `sourceOk`). */
  matchedWithSource: number;
  sourceOk: number;
  contentOk: number;
  /** Matched ones with a gold source whose source and content both overlap. */
  bothOk: number;
}

export interface DocumentScore {
  roles: Record<Role, RoleCounts>;
  attribution: AttributionCounts;
  /** Gold cues no predicted cue overlaps, and predicted cues that overlap no gold cue. */
  missedCues: Fragments[];
  spuriousCues: Fragments[];
}

/** A predicted attribution: claims sharing one source and cue, their contents taken together. */
interface PredictedAttribution {
  source: Span[];
  cue: Span[];
  content: Span[];
}

/**
 * Claims that share one source span and one cue span are parts of one attribution ('"A," she said.
 * "B."' gives a claim for each part of the quotation): they are scored as one attribution whose
 * content is in several fragments, as PolNeAR writes a content interrupted by its attribution.
 */
export function predictedAttributions(predicted: PredictedClaim[]): PredictedAttribution[] {
  const byKey = new Map<string, PredictedAttribution>();
  for (const c of predicted) {
    const key = `${c.source.start}-${c.source.end}/${c.cue.start}-${c.cue.end}`;
    const held = byKey.get(key);
    if (held) held.content.push(c.content);
    else byKey.set(key, { source: [c.source], cue: [c.cue], content: [c.content] });
  }
  return [...byKey.values()];
}

export function scoreDocument(text: string, gold: GoldAttribution[], claims: PredictedClaim[]): DocumentScore {
  const predicted = predictedAttributions(claims);
  const goldRole = (a: GoldAttribution, role: Role): Fragments => normalizeFragments(a[role], text);
  const predRole = (c: PredictedAttribution, role: Role): Fragments => normalizeFragments(c[role], text);

  const roles = {} as Record<Role, RoleCounts>;
  let missedCues: Fragments[] = [];
  let spuriousCues: Fragments[] = [];
  for (const role of ROLES) {
    const g = dedupeSpans(gold.map((a) => goldRole(a, role)).filter((s) => s.length > 0));
    const p = dedupeSpans(predicted.map((c) => predRole(c, role)).filter((s) => s.length > 0));
    const overlapPairs = matchSpans(g, p, overlapMatch);
    roles[role] = {
      exact: { gold: g.length, predicted: p.length, matched: matchSpans(g, p, exactMatch).length },
      overlap: { gold: g.length, predicted: p.length, matched: overlapPairs.length },
    };
    if (role === "cue") {
      missedCues = g.filter((_, gi) => !overlapPairs.some(([x]) => x === gi));
      spuriousCues = p.filter((_, pi) => !overlapPairs.some(([, y]) => y === pi));
    }
  }

  const withCue = gold.filter((a) => a.cue.length > 0);
  const pairs = matchSpans(
    withCue.map((a) => goldRole(a, "cue")),
    predicted.map((c) => predRole(c, "cue")),
    overlapMatch,
  );
  const attribution: AttributionCounts = {
    gold: withCue.length,
    predicted: predicted.length,
    matched: pairs.length,
    matchedWithSource: 0,
    sourceOk: 0,
    contentOk: 0,
    bothOk: 0,
  };
  for (const [gi, pi] of pairs) {
    const g = withCue[gi]!;
    const p = predicted[pi]!;
    const contentOk = overlapMatch(goldRole(g, "content"), predRole(p, "content"));
    if (contentOk) attribution.contentOk++;
    if (g.source.length > 0) {
      attribution.matchedWithSource++;
      const sourceOk = overlapMatch(goldRole(g, "source"), predRole(p, "source"));
      if (sourceOk) attribution.sourceOk++;
      if (sourceOk && contentOk) attribution.bothOk++;
    }
  }
  return { roles, attribution, missedCues, spuriousCues };
}
