// An event's participants and setting, read inside its clause: the actor (the subject; for a
// passive, the by-phrase), the target (the noun phrase after the verb, or the passive's subject),
// the place (a gazetteer place in the clause, after a locative preposition first), the time (a
// DATE in the clause) and the figures in the clause.
import type { Context } from "../context.js";
import { tokenAtOrAfter } from "../document.js";
import { TokenKind } from "../segment/tokenize.js";
import type { Entity, TextSpan } from "../types.js";
import {
  AUX, BE, LOCATIVE_PREPOSITIONS, PREPOSITIONS, PRONOUNS, QUANTIFIERS, SUBORDINATORS, TARGET_PREPOSITIONS,
} from "./lexicon.js";

const ACTOR_TYPES = new Set(["PERSON", "ORG", "GPE", "GROUP", "NORP"]);
const MAX_PHRASE = 7;
const PARTICLES = new Set(["down", "up", "out", "off", "back", "away", "also", "again", "overnight"]);

export interface Participant {
  name: string;
  span: TextSpan;
}

/** A token range [from, to) of the sentence that can be searched for participants. */
export interface Range {
  from: number;
  to: number;
}

export function actorName(ctx: Context, e: Entity): string {
  if (e.actor) return e.actor;
  if (e.type === "NORP") return ctx.resources.actors.demonyms.get(e.text.toLowerCase())?.countryName ?? e.text;
  return e.text;
}

function span(ctx: Context, a: number, b: number): TextSpan {
  const { start, end } = ctx.doc.tokens;
  return { start: start[a], end: end[b - 1], text: ctx.doc.text.slice(start[a], end[b - 1]) };
}

/** Index of the first entity that ends after `offset` (entities are in text order). */
function firstEntityFrom(entities: Entity[], offset: number): number {
  let lo = 0;
  let hi = entities.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (entities[mid].end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The first actor-like entity inside [a, b) chars, optionally skipping those after a preposition. */
function entityIn(ctx: Context, a: number, b: number, skipPrepositional: boolean, tokenBefore: (offset: number) => string): Entity | null {
  const entities = ctx.entities;
  for (let i = firstEntityFrom(entities, a); i < entities.length; i++) {
    const e = entities[i];
    if (e.start >= b) break;
    if (e.start < a || e.end > b || !ACTOR_TYPES.has(e.type)) continue;
    if (skipPrepositional) {
      const before = tokenBefore(e.start);
      if (PREPOSITIONS.has(before) && before !== "by") continue;
    }
    return e;
  }
  return null;
}

/** The participant a noun-phrase token range names: its first entity, else its own text. */
function participant(ctx: Context, a: number, b: number): Participant | null {
  const { lower, kind } = ctx.doc.tokens;
  // Leading quantifiers and numbers are the figure, not the participant ("117 Ukrainian drones").
  while (a < b && (QUANTIFIERS.has(lower[a]) || kind[a] === TokenKind.Number)) a++;
  if (a >= b) return null;
  const s = span(ctx, a, b);
  const e = entityIn(ctx, s.start, s.end, false, () => "");
  return { name: e ? actorName(ctx, e) : s.text, span: s };
}

function isPhraseWord(lower: string, kind: number): boolean {
  if (kind === TokenKind.Punct || kind === TokenKind.Quote) return lower === "-" || lower === "'s" || lower === "’s";
  return !(PREPOSITIONS.has(lower) && lower !== "of") && !SUBORDINATORS.has(lower) && !AUX.has(lower) && !BE.has(lower);
}

/** The noun phrase that starts at token `a` (after particles), up to a preposition or clause word. */
export function phraseAfter(ctx: Context, a: number, limit: number, isTime: (t: number) => boolean): Participant | null {
  const { lower, kind } = ctx.doc.tokens;
  while (a < limit && PARTICLES.has(lower[a])) a++;
  if (a < limit && TARGET_PREPOSITIONS.has(lower[a])) a++;
  let b = a;
  while (b < limit && b - a < MAX_PHRASE && isPhraseWord(lower[b], kind[b]) && !isTime(b)) {
    // "of" continues a phrase only after a quantifier ("dozens of civilians") or inside a name.
    if (lower[b] === "of" && !(b > a && QUANTIFIERS.has(lower[b - 1]))) break;
    b++;
  }
  return b > a ? participant(ctx, a, b) : null;
}

/**
 * The noun phrase that ends right before token `b` (after skipping auxiliaries back from it),
 * when it opens the clause: the clause's subject ("The governor declared").
 */
export function phraseBefore(ctx: Context, from: number, b: number, isTime: (t: number) => boolean): Participant | null {
  const { lower, kind } = ctx.doc.tokens;
  while (b > from && (AUX.has(lower[b - 1]) || BE.has(lower[b - 1]) || lower[b - 1].endsWith("ly") || lower[b - 1].endsWith("n't") || isTime(b - 1))) b--;
  let a = b;
  while (a > from && b - a < MAX_PHRASE && (isPhraseWord(lower[a - 1], kind[a - 1]) || QUANTIFIERS.has(lower[a - 1])) && lower[a - 1] !== "of" && !isTime(a - 1)) a--;
  if (a >= b) return null;
  const opener = a === from ? "" : lower[a - 1];
  if (a !== from && opener !== "," && !SUBORDINATORS.has(opener) && opener !== "and") return null;
  return participant(ctx, a, b);
}

/** The lower-cased token before the one at `offset`, inside the sentence starting at `first`. */
export function tokenBeforeOffset(ctx: Context, first: number, offset: number): string {
  const t = tokenAtOrAfter(ctx.doc, offset);
  return t - 1 >= first ? ctx.doc.tokens.lower[t - 1] : "";
}

/** The subject of a clause: its first actor-like entity not inside a prepositional phrase. */
export function subjectIn(ctx: Context, range: Range, sentenceFirst: number): Participant | null {
  const { start, end } = ctx.doc.tokens;
  if (range.to <= range.from) return null;
  const e = entityIn(ctx, start[range.from], end[range.to - 1], true, (offset) => tokenBeforeOffset(ctx, sentenceFirst, offset));
  if (!e) return null;
  return { name: actorName(ctx, e), span: { start: e.start, end: e.end, text: e.text } };
}

/** A bare subject pronoun right before the verb ("it had destroyed"). */
export function pronounSubject(lower: string[], from: number, t: number): boolean {
  for (let u = t - 1; u >= from; u--) {
    if (PRONOUNS.has(lower[u])) return true;
    if (!AUX.has(lower[u]) && !BE.has(lower[u]) && !lower[u].endsWith("ly") && !lower[u].endsWith("n't")) return false;
  }
  return false;
}

/** The by-phrase after a passive trigger ("were shot down by Ukrainian air defences"). */
export function byPhrase(ctx: Context, a: number, limit: number, isTime: (t: number) => boolean): Participant | null {
  const { lower } = ctx.doc.tokens;
  for (let u = a; u < limit && u < a + 4; u++) {
    if (lower[u] === "by") return phraseAfter(ctx, u + 1, limit, isTime);
    if (PREPOSITIONS.has(lower[u]) || lower[u] === ",") return null;
  }
  return null;
}

/** Is the trigger a passive participle ("were destroyed", "has been shelled", "deal brokered by")? */
export function isPassive(lower: string[], from: number, t: number, triggerEnd: number): boolean {
  if (lower[triggerEnd] === "by") return true;
  for (let u = t - 1; u >= from && u >= t - 4; u--) {
    if (BE.has(lower[u]) && lower[u] !== "'s") return true;
    if (!AUX.has(lower[u]) && !lower[u].endsWith("ly") && !lower[u].endsWith("n't")) return false;
  }
  return false;
}

/** A place in the clause: after a locative preposition first, then inside the target, then any. */
export function placeIn(ctx: Context, from: number, to: number, sentenceFirst: number, avoid: TextSpan | null, inside: TextSpan | null): string | null {
  let located: string | null = null;
  let inTarget: string | null = null;
  let other: string | null = null;
  for (const p of ctx.places) {
    if (p.start < from || p.end > to || p.precision === "relative") continue;
    if (avoid && p.start < avoid.end && avoid.start < p.end) continue;
    if (LOCATIVE_PREPOSITIONS.has(tokenBeforeOffset(ctx, sentenceFirst, p.start))) located ??= p.name;
    else if (inside && p.start >= inside.start && p.end <= inside.end) inTarget ??= p.name;
    else other ??= p.name;
  }
  return located ?? inTarget ?? other;
}

/** A calendar DATE (or a TIME on a known day) in the clause. */
export function dateIn(ctx: Context, from: number, to: number): string | null {
  for (const t of ctx.times) {
    if (t.start < from || t.end > to) continue;
    if (t.type === "DATE" && /^\d{4}(-\d{2}){0,2}$|^\d{4}-W\d{2}$/.test(t.value)) return t.value;
    if (t.type === "TIME" && /^\d{4}-\d{2}-\d{2}/.test(t.value)) return t.value.slice(0, 10);
  }
  return null;
}

export function figuresIn(ctx: Context, from: number, to: number): number[] {
  const out: number[] = [];
  const figures = ctx.figures;
  for (let i = 0; i < figures.length; i++) if (figures[i].start >= from && figures[i].end <= to) out.push(i);
  return out;
}
