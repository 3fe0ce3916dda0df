// An event's participants and setting, read inside its clause: the actor (the subject; for a
// passive, the by-phrase), the target (the noun phrase after the verb, or the passive's subject),
// the place (a gazetteer place in the clause, after a locative preposition first), the time (a
// DATE in the clause) and the figures in the clause. Word classes come as per-token bit flags.
import type { Context } from "../context.js";
import { tokenAtOrAfter } from "../document.js";
import { TokenKind, isUpper } from "../segment/tokenize.js";
import type { Entity, Place, PlacePrecision, TextSpan } from "../types.js";
import { locates } from "../places/recognize.js";
import {
  ATTACK_NOUNS, F_ADVERB, F_AUX, F_BE, F_CONNECTOR, F_DET, F_ING, F_LOCATIVE, F_NEG, F_PARTICLE, F_PREP, F_PRONOUN, F_QUANTIFIER, F_SUBORDINATOR,
  F_TARGET_PREP, POSSESSIVE_MARKS,
} from "./lexicon.js";

export const ACTOR_TYPES = new Set(["PERSON", "ORG", "GPE", "GROUP", "NORP"]);
const MAX_PHRASE = 7;

export interface Participant {
  name: string;
  span: TextSpan;
}

/** A token range [from, to) of the sentence that can be searched for participants. */
export interface Range {
  from: number;
  to: number;
}

/**
 * Tests whether a token lies inside the clause's setting: a time expression ("drones overnight"
 * ends before "overnight") or a relative place ("two positions east of the city" ends before "east").
 */
export type TimeTest = (t: number) => boolean;

export const NO_TIME: TimeTest = () => false;

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

/** The first actor-like entity inside [a, b) chars; with `flags`, not one right after a preposition. */
function entityIn(ctx: Context, a: number, b: number, flags: Uint32Array | null, sentenceFirst: number): Entity | null {
  const entities = ctx.entities;
  for (let i = firstEntityFrom(entities, a); i < entities.length; i++) {
    const e = entities[i];
    if (e.start >= b) break;
    if (e.start < a || e.end > b || !ACTOR_TYPES.has(e.type)) continue;
    if (flags) {
      // Inside a prepositional phrase, also past an adjective or two ("in neighbouring Thailand").
      let before = tokenAtOrAfter(ctx.doc, e.start) - 1;
      for (let k = 0; k < 2 && before > sentenceFirst && isBareAdjective(ctx, flags, before); k++) before--;
      if (before >= sentenceFirst && (flags[before] & F_PREP) !== 0 && ctx.doc.tokens.lower[before] !== "by") continue;
    }
    return e;
  }
  return null;
}

/** A lower-case word that is no function word: an adjective between a preposition and a name. */
function isBareAdjective(ctx: Context, flags: Uint32Array, t: number): boolean {
  const { kind, start } = ctx.doc.tokens;
  return kind[t] === TokenKind.Word && (flags[t] & ~F_ING) === 0 && !isUpper(ctx.doc.text.charCodeAt(start[t]));
}

/**
 * Whether a participant names someone or somewhere rather than a thing: an entity (person, body,
 * group, country), a place, or a name in capitals ("the Red Crescent").
 */
export function namesActor(ctx: Context, p: Participant): boolean {
  const { start, end } = p.span;
  if (entityIn(ctx, start, end, null, 0) !== null) return true;
  for (const place of ctx.places) {
    if (place.start >= end) break;
    if (place.start >= start && place.end <= end && place.precision !== "relative") return true;
  }
  const { tokens, text } = ctx.doc;
  for (let t = tokenAtOrAfter(ctx.doc, start); t < tokens.count && tokens.end[t] <= end; t++) {
    if (tokens.kind[t] !== TokenKind.Word || DETERMINERS.has(tokens.lower[t])) continue;
    return isUpper(text.charCodeAt(tokens.start[t]));
  }
  return false;
}

const DETERMINERS = new Set(["the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "these", "those"]);

/** The participant a noun-phrase token range names: its first entity, else its own text. */
function participant(ctx: Context, flags: Uint32Array, a: number, b: number): Participant | null {
  const { kind } = ctx.doc.tokens;
  // Leading quantifiers and numbers are the figure, not the participant ("117 Ukrainian drones").
  while (a < b && ((flags[a] & F_QUANTIFIER) !== 0 || kind[a] === TokenKind.Number)) a++;
  if (a >= b) return null;
  const s = span(ctx, a, b);
  const e = entityIn(ctx, s.start, s.end, null, 0);
  if (e) {
    const group = nonStateGroup(ctx, e, s.end);
    if (group) return { name: group.name, span: s };
  }
  return { name: e ? actorName(ctx, ownedGroup(ctx, e, s.end, null, 0) ?? e) : s.text, span: s };
}

/** People who are no state's forces or government: a demonym before them names where they are from, not who acts. */
const NON_STATE = new Set([
  "rebel", "rebels", "militant", "militants", "insurgent", "insurgents", "guerrilla", "guerrillas", "jihadist", "jihadists", "separatist",
  "separatists", "extremist", "extremists", "gunmen", "gunman", "protesters", "protestors", "demonstrators", "activists", "dissidents",
  "opposition", "settlers", "civilians", "refugees", "villagers", "residents", "students", "militia", "militias", "mercenaries", "partisans",
]);

/**
 * "Syrian rebels", "Palestinian militants": a demonym right before a non-state group names the
 * group (not Syria, not the Palestinian Authority); the phrase as written is the actor.
 */
function nonStateGroup(ctx: Context, e: Entity, limit: number): Participant | null {
  if (e.type !== "NORP") return null;
  const t = tokenAtOrAfter(ctx.doc, e.end);
  const { lower, end, count } = ctx.doc.tokens;
  if (t >= count || end[t] > limit || !NON_STATE.has(lower[t])) return null;
  const text = ctx.doc.text.slice(e.start, end[t]);
  return { name: text, span: { start: e.start, end: end[t], text } };
}

const COUNTRY_TYPES = new Set(["GPE", "NORP"]);
const OWNED_TYPES = new Set(["GROUP", "ORG"]);

/**
 * "Sudan's paramilitary Rapid Support Forces", "Lebanon's Hezbollah": a country owning a named group
 * or body in the same phrase places it; the group is who acts.
 */
function ownedGroup(ctx: Context, e: Entity, end: number, flags: Uint32Array | null, sentenceFirst: number): Entity | null {
  if (!COUNTRY_TYPES.has(e.type)) return null;
  const { lower } = ctx.doc.tokens;
  const after = tokenAtOrAfter(ctx.doc, e.end);
  if (after >= ctx.doc.tokens.count || !POSSESSIVE_MARKS.has(lower[after])) return null;
  const next = entityIn(ctx, ctx.doc.tokens.end[after], end, flags, sentenceFirst);
  return next && OWNED_TYPES.has(next.type) ? next : null;
}

const NOT_IN_PHRASE = F_SUBORDINATOR | F_AUX | F_BE;

function isPhraseWord(ctx: Context, flags: Uint32Array, t: number): boolean {
  const k = ctx.doc.tokens.kind[t];
  if (k === TokenKind.Punct || k === TokenKind.Quote) {
    const w = ctx.doc.tokens.lower[t];
    return w === "-" || POSSESSIVE_MARKS.has(w);
  }
  const f = flags[t];
  if ((f & NOT_IN_PHRASE) !== 0) return false;
  return (f & F_PREP) === 0 || ctx.doc.tokens.lower[t] === "of";
}

const ENDS_PHRASE_AFTER = F_PREP | F_DET | F_CONNECTOR | F_SUBORDINATOR | F_AUX | F_BE | F_ADVERB;

/**
 * An -ed word after a noun with no noun after it is the clause's verb, not part of the phrase:
 * "the incursion into the Kursk region continued", "the village shelled by ...". Before a noun it
 * is an adjective ("occupied territories"); after a determiner, a noun ("the wounded").
 */
function endsWithVerb(ctx: Context, flags: Uint32Array, b: number, limit: number): boolean {
  const { lower, kind, start } = ctx.doc.tokens;
  const w = lower[b];
  if (kind[b] !== TokenKind.Word || w.length < 4 || !w.endsWith("ed") || isUpper(ctx.doc.text.charCodeAt(start[b]))) return false;
  if ((flags[b - 1] & F_DET) !== 0) return false;
  const next = b + 1;
  return next >= limit || kind[next] !== TokenKind.Word || (flags[next] & ENDS_PHRASE_AFTER) !== 0;
}

/** An -ing word after a noun and before a preposition modifies it: "drones heading toward Moscow". */
function startsParticiple(flags: Uint32Array, b: number, limit: number): boolean {
  return (flags[b] & F_ING) !== 0 && (flags[b - 1] & F_DET) === 0 && b + 1 < limit && (flags[b + 1] & F_PREP) !== 0;
}

/**
 * The noun phrase that starts at token `a` (after adverbs, particles and one target preposition).
 * After a noun trigger the preposition is required: "pressure on Kyiv", not "pressure mounts".
 */
export function phraseAfter(ctx: Context, flags: Uint32Array, a: number, limit: number, isTime: TimeTest, needsPreposition = false): Participant | null {
  const { lower } = ctx.doc.tokens;
  // An amount before the noun is the figure ("more than 40 people", "up to 20 civilians"), though
  // some of its words are particles, prepositions or conjunctions elsewhere.
  let counted = needsPreposition ? a : afterFigureAt(ctx, a, limit);
  if (counted === a) {
    while (a < limit && (flags[a] & (F_PARTICLE | F_ADVERB)) !== 0) a++;
    if (a < limit && (flags[a] & F_TARGET_PREP) !== 0) a++;
    else if (needsPreposition) return null;
    counted = afterFigureAt(ctx, a, limit);
  }
  if (counted > a) a = counted < limit && lower[counted] === "of" ? counted + 1 : counted; // "thousands of troops"
  // "A soldier who surrendered told the BBC ...": the next clause's verb, no object of this one.
  if (a < limit && PAST_NOT_NOUN.has(lower[a])) return null;
  // 'targeted "terrorist infrastructure"': a quoted phrase, up to its closing quote.
  if (a + 1 < limit && ctx.doc.tokens.kind[a] === TokenKind.Quote) a++;
  let b = a;
  while (b < limit && b - a < MAX_PHRASE && isPhraseWord(ctx, flags, b) && (flags[b] & F_CONNECTOR) === 0 && !isTime(b)) {
    // "of" continues a phrase only after a quantifier ("dozens of civilians").
    if (lower[b] === "of" && !(b > a && (flags[b - 1] & F_QUANTIFIER) !== 0) && !namedSettlement(ctx, b)) break;
    if (b > a && (endsWithVerb(ctx, flags, b, limit) || startsParticiple(flags, b, limit))) break;
    b++;
  }
  return b > a ? participant(ctx, flags, a, b) : null;
}

/** Past forms that are never a noun or an adjective: a phrase cannot start with one. */
const PAST_NOT_NOUN = new Set([
  "told", "said", "wrote", "spoke", "began", "took", "came", "went", "gave", "got", "saw", "became", "fled", "sent", "made", "fell",
  "rose", "ran", "stood", "brought", "met", "threw", "drove", "caught", "fought", "sank", "withdrew", "overran", "blew", "knew", "thought",
]);

/** Words for a place that "of" names ("the town of Sudzha", "the outskirts of Pokrovsk"). */
const SETTLEMENT_NOUNS = new Set(["town", "city", "village", "settlement", "hamlet", "port", "district", "region", "province", "island", "outskirts"]);

/** Whether "of" at token `of` joins a settlement noun to the place it names: the place is the target. */
function namedSettlement(ctx: Context, of: number): boolean {
  const { lower, start } = ctx.doc.tokens;
  if (of === 0 || of + 1 >= lower.length || !SETTLEMENT_NOUNS.has(lower[of - 1])) return false;
  const at = start[of + 1];
  for (const p of ctx.places) {
    if (p.start > at) return false;
    if (p.start === at) return true;
  }
  return false;
}

/** The token after the figure that starts at token `a`, or `a` when none does. */
export function afterFigureAt(ctx: Context, a: number, limit: number): number {
  if (a >= limit) return a;
  const at = ctx.doc.tokens.start[a];
  for (const f of ctx.figures) {
    if (f.start > at) break;
    if (f.start === at) return Math.min(limit, tokenAtOrAfter(ctx.doc, f.end));
  }
  return a;
}

/**
 * The noun phrase that ends right before token `b` (after skipping auxiliaries back from it),
 * when it opens the clause: the clause's subject ("The governor declared").
 */
export function phraseBefore(ctx: Context, flags: Uint32Array, from: number, b: number, isTime: TimeTest): Participant | null {
  const { lower } = ctx.doc.tokens;
  const verb = b;
  // Back over auxiliaries, adverbs and a time with its preposition ("The bloc on Monday gave").
  while (b > from && ((flags[b - 1] & (F_AUX | F_BE | F_ADVERB | F_NEG)) !== 0 || isTime(b - 1) || ((flags[b - 1] & F_PREP) !== 0 && b < verb && isTime(b)))) b--;
  // "battles have failed to expel them": an infinitive has no subject of its own here.
  if (b > from && lower[b - 1] === "to") return null;
  let a = b;
  while (a > from && b - a < MAX_PHRASE && (isPhraseWord(ctx, flags, a - 1) || (flags[a - 1] & F_QUANTIFIER) !== 0) && !isTime(a - 1)) {
    // A conjunction that opens the clause or follows a comma starts a new clause rather than joining
    // two nouns (", and more than 12,000 people had fled"; but "Troops and aviation were rushed").
    if ((flags[a - 1] & (F_CONNECTOR | F_QUANTIFIER)) === F_CONNECTOR && (a - 1 === from || lower[a - 2] === ",")) break;
    // "of" stays inside only after a quantifier or a count ("thousands of protesters", "40 of 60 drones").
    if (lower[a - 1] === "of" && !(a - 2 >= from && ((flags[a - 2] & F_QUANTIFIER) !== 0 || ctx.doc.tokens.kind[a - 2] === TokenKind.Number))) break;
    a--;
  }
  if (a >= b) return null;
  if (a !== from && lower[a - 1] !== "," && (flags[a - 1] & (F_SUBORDINATOR | F_CONNECTOR)) === 0) return null;
  return participant(ctx, flags, a, b);
}

/** The subject of a clause: its first actor-like entity not inside a prepositional phrase. */
export function subjectIn(ctx: Context, flags: Uint32Array, range: Range, sentenceFirst: number): Participant | null {
  const { start, end } = ctx.doc.tokens;
  if (range.to <= range.from) return null;
  const first = entityIn(ctx, start[range.from], end[range.to - 1], flags, sentenceFirst);
  if (!first) return null;
  const group = nonStateGroup(ctx, first, end[range.to - 1]);
  if (group) return group;
  const e = ownedGroup(ctx, first, end[range.to - 1], flags, sentenceFirst) ?? first;
  // (The owner stays in the span: "Sudan's" is whose the group is, not where it acted.)
  return { name: actorName(ctx, e), span: { start: first.start, end: e.end, text: ctx.doc.text.slice(first.start, e.end) } };
}

/** A bare subject pronoun right before the verb ("it had destroyed"). */
export function pronounSubject(flags: Uint32Array, from: number, t: number): boolean {
  for (let u = t - 1; u >= from; u--) {
    if ((flags[u] & F_PRONOUN) !== 0) return true;
    if ((flags[u] & (F_AUX | F_BE | F_ADVERB | F_NEG)) === 0) return false;
  }
  return false;
}

/** The by-phrase after a passive trigger ("were shot down by Ukrainian air defences"). */
export function byPhrase(ctx: Context, flags: Uint32Array, a: number, limit: number, isTime: TimeTest): Participant | null {
  const { lower } = ctx.doc.tokens;
  for (let u = a; u < limit && u < a + 4; u++) {
    if (lower[u] === "by") return phraseAfter(ctx, flags, u + 1, limit, isTime);
    if ((flags[u] & F_PREP) !== 0 || lower[u] === ",") return null;
  }
  return null;
}

/** Is the trigger a passive participle ("were destroyed", "has been shelled", "deal brokered by")? */
export function isPassive(lower: string[], flags: Uint32Array, from: number, t: number, triggerEnd: number): boolean {
  if (lower[triggerEnd] === "by") return true;
  for (let u = t - 1; u >= from && u >= t - 4; u--) {
    if ((flags[u] & F_BE) !== 0 && lower[u] !== "'s") return true;
    if ((flags[u] & (F_AUX | F_ADVERB | F_NEG)) === 0) return false;
  }
  return false;
}

/** Prepositions that aim an attack noun at its target ("attacks on India"). */
const AIMED_AT = new Set(["on", "against"]);
/** People and munitions that "from" after them names the origin of ("peacekeepers from South Africa", "missiles from Iran"). */
const FROM_ORIGIN = new Set(["peacekeepers", "soldiers", "troops", "fighters", "mercenaries", "volunteers", "migrants", "refugees", "residents", "workers", "citizens", "nationals", "tourists", "pilgrims", "diplomats", "missiles", "drones", "rockets"]);

/** A place in the clause: after a locative preposition first, then inside the target, then any. */
export function placeIn(ctx: Context, flags: Uint32Array, from: number, to: number, sentenceFirst: number, avoid: TextSpan | null, inside: TextSpan | null, triggerStart = -1): string | null {
  let located: Place | null = null;
  let inTarget: Place | null = null;
  let other: Place | null = null;
  let owned: Place | null = null;
  for (const p of ctx.places) {
    if (p.end <= from) continue;
    if (p.start >= to) break;
    if (p.start < from || p.end > to || !locates(p)) continue;
    if (avoid && p.start < avoid.end && avoid.start < p.end) continue;
    const before = tokenAtOrAfter(ctx.doc, p.start) - 1;
    // "drones launched by Russia": an agent, not where it happened.
    if (before >= sentenceFirst && ctx.doc.tokens.lower[before] === "by") continue;
    const inTargetSpan = inside !== null && p.start >= inside.start && p.end <= inside.end;
    // "infrastructure used to plan attacks on India": another attack's target, not this event's place.
    if (!inTargetSpan && before - 1 >= sentenceFirst && AIMED_AT.has(ctx.doc.tokens.lower[before]) && ATTACK_NOUNS.has(ctx.doc.tokens.lower[before - 1])) continue;
    // "three peacekeepers from South Africa were killed": where they came from, not where it happened
    // ("withdrew its troops from Kuwait", after the verb, is where they left).
    if (p.start < triggerStart && before - 1 >= sentenceFirst && ctx.doc.tokens.lower[before] === "from" && FROM_ORIGIN.has(ctx.doc.tokens.lower[before - 1])) continue;
    if (before >= sentenceFirst && (flags[before] & F_LOCATIVE) !== 0) located ??= p;
    else if (located && !owned && ownedBy(ctx.doc.text, located, p)) owned = p;
    else if (inTargetSpan) inTarget ??= p;
    else other ??= p;
  }
  // "killed 68 people in Yemen's northern Saada province": the place the located one owns.
  const at = owned ?? located;
  // "took El Fasher, the army's last stronghold in Sudan's Darfur region": the town taken is where
  // it happened, not the country around it.
  if (at && inTarget && inTarget.country === at.country && FINENESS[inTarget.precision] < FINENESS[at.precision]) return inTarget.name;
  return (at ?? inTarget ?? other)?.name ?? null;
}

/** How far (in characters) after "Yemen's" the place it owns may start ("Yemen's northern Saada province"). */
const OWNED_REACH = 24;

/** Whether `p` is a finer place of the same country, right after `owner` and its possessive. */
function ownedBy(text: string, owner: Place, p: Place): boolean {
  return (
    p.country === owner.country &&
    FINENESS[p.precision] < FINENESS[owner.precision] &&
    p.start - owner.end <= OWNED_REACH &&
    /^['\u2019]s\s/.test(text.slice(owner.end, owner.end + 3))
  );
}

/** How fine a place is, finest first. */
const FINENESS: Record<PlacePrecision, number> = { point: 0, settlement: 1, relative: 1, admin2: 2, admin1: 3, region: 4, country: 5, continent: 6 };

const CALENDAR = /^\d{4}(-\d{2}){0,2}$|^\d{4}-W\d{2}$/;
const ON_A_DAY = /^\d{4}-\d{2}-\d{2}/;

/** A calendar DATE (or a TIME on a known day) in the clause. */
export function dateIn(ctx: Context, from: number, to: number): string | null {
  for (const t of ctx.times) {
    if (t.start < from || t.end > to) continue;
    if (t.type === "DATE" && CALENDAR.test(t.value)) return t.value;
    if (t.type === "TIME" && ON_A_DAY.test(t.value)) return t.value.slice(0, 10);
  }
  return null;
}

export function figuresIn(ctx: Context, from: number, to: number): number[] {
  const out: number[] = [];
  const figures = ctx.figures;
  for (let i = 0; i < figures.length; i++) if (figures[i].start >= from && figures[i].end <= to) out.push(i);
  return out;
}
