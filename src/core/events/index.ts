// Events: who did what to whom, where and when, PLOVER-typed (src/data/event-triggers.json).
// One pass over the tokens gives each its word-class flags and finds trigger candidates (verbs,
// and nouns where the context reads them as nouns); each sentence that has any is split into
// clauses, and each clause keeps its verb triggers (a noun after a light verb counts as one:
// "launched an offensive") or, when it has none, one noun trigger. Each event gets its actor and
// target from the clause (arguments.ts), its mood (negated, possible, future, threat: modality.ts)
// and the claim that reports it: the innermost claim whose content holds it, or, when the trigger
// is itself a claim cue ("accused", "rejected", "threatened"), the claim around that one, with the
// cue's source as the actor.
import type { Context } from "../context.js";
import { tokenAtOrAfter, wordGates, wordIds } from "../document.js";
import { Shape, TokenKind, isUpper } from "../segment/tokenize.js";
import type { Claim, Event, TextSpan } from "../types.js";
import {
  ACTOR_TYPES, NO_TIME, actorName, afterFigureAt, byPhrase, dateIn, figuresIn, isPassive, namesActor, phraseAfter, phraseBefore, placeIn, pronounSubject, subjectIn,
  type Participant, type TimeTest,
} from "./arguments.js";
import { ClauseKind, clauseEnd, splitClauses, type Clauses } from "./clauses.js";
import { isMunition, namedParty, nounArgument, refineTarget } from "./objects.js";
import {
  COMPOUND_HEADS, F_ADVERB, F_AUX, F_BACKREF, F_BE, F_CONNECTOR, F_DET, F_ING, F_LIGHT, F_MUST, F_NEG, F_NOUN_FORM, F_OBJECT_PRONOUN, F_PARTICLE, F_PREP,
  F_QUANTIFIER, F_SUBORDINATOR, F_TRIGGER, F_VERB_FORM, F_VERBAL_PREV, INTENT_AGREE, INTENT_THREATEN, LIGHT_HEADS, PERFORMATIVE_CUES, POSSESSIVE_MARKS, REQUEST_CUES,
  REJECT_WHEN_NEGATED, TRIGGERS_BY_ID, WEAPONS, wordFlags, type TriggerEntry,
} from "./lexicon.js";
import { nounMood, verbMood, type Mood } from "./modality.js";

export type { Modality } from "./modality.js";


interface Candidate {
  t: number;
  end: number;
  entry: TriggerEntry;
  /** Read as a noun (an event noun, or a gerund after a determiner). */
  noun: boolean;
  /** Token of the light verb this noun follows ("launched an offensive"), else -1. */
  light: number;
}

/** What every step of one document shares. */
interface Run {
  ctx: Context;
  lower: string[];
  flags: Uint32Array;
  /** Claims by their cue's start offset, and by the negated end offset of their cue. */
  cueOf: Map<number, Claim>;
}

const LIGHT_GAP = 4;
const BACKREF_GAP = 6;
const POSSESSIVES = new Set(["its", "their", "our", "his", "her", "my"]);

/** Speech acts aimed at someone, whose addressee may stand in the following clause. */
const ADDRESSED = new Set(["REQUEST", "ACCUSE", "REJECT", "THREATEN", "SUPPORT"]);

export function extractEvents(ctx: Context): Event[] {
  const { doc } = ctx;
  const { lower, kind, shape, count } = doc.tokens;
  const ids = wordIds(doc);
  const flags = wordFlags(lower, wordGates(doc), ids, count);
  // By where the cue starts and where it ends: a cue may open on an auxiliary ("has apologized").
  const cueOf = new Map<number, Claim>();
  for (const c of ctx.claims) cueOf.set(c.cue.start, c);
  for (const c of ctx.claims) if (!cueOf.has(-c.cue.end)) cueOf.set(-c.cue.end, c);
  const run: Run = { ctx, lower, flags, cueOf };
  let clauseOf: Int32Array | null = null;
  const events: Event[] = [];
  for (let s = 0; s < doc.sentences.length; s++) {
    const first = doc.sentenceFirst[s];
    const last = doc.sentenceLast[s];
    let candidates: Candidate[] | null = null;
    let hasMust = false;
    for (let t = first; t < last; t++) {
      const f = flags[t];
      if ((f & (F_TRIGGER | F_MUST)) === 0 || kind[t] !== TokenKind.Word) continue;
      if ((f & F_TRIGGER) === 0) {
        hasMust = true;
        continue;
      }
      if (t > first && (shape[t] & Shape.Capital) !== 0 && kind[t - 1] !== TokenKind.Quote) continue;
      const c = matchAt(run, TRIGGERS_BY_ID[ids[t]] as TriggerEntry[], t, first, last);
      if (!c) continue;
      (candidates ??= []).push(c);
      t = c.end - 1;
    }
    if (!candidates && !hasMust) continue;
    clauseOf ??= new Int32Array(count);
    const clauses = splitClauses(doc, flags, clauseOf, first, last, ctx.claims);
    if (candidates) {
      markLightVerbs(run, candidates, first);
      for (const c of selectMain(run, candidates, clauses)) {
        const { event, mood } = buildEvent(run, c, s, clauses, events);
        if (event.type === "ASSAULT" && naturalCause(run, clauses, c.t)) continue;
        events.push(event);
        const act = c.noun && c.light < 0 ? null : speechAct(run, event, mood);
        if (act) events.push(act);
      }
    }
    if (hasMust) directives(run, s, clauses, events);
  }
  events.sort((a, b) => a.trigger.start - b.trigger.start);
  const out: Event[] = [];
  for (const e of events) {
    if (out.length > 0 && out[out.length - 1].trigger.start === e.trigger.start) continue;
    e.id = `v${out.length + 1}`;
    out.push(e);
  }
  return out;
}

// ---- finding candidates ----

function matchAt(run: Run, list: TriggerEntry[], t: number, first: number, last: number): Candidate | null {
  const { lower, flags, ctx } = run;
  const kind = ctx.doc.tokens.kind;
  const prevFlags = t > first ? flags[t - 1] : 0;
  const prevNominal = (prevFlags & F_DET) !== 0 || (t > first && kind[t - 1] === TokenKind.Number);
  for (const e of list) {
    const n = e.tokens.length;
    if (t + n > last) continue;
    let same = true;
    for (let i = 1; i < n && same; i++) same = lower[t + i] === e.tokens[i];
    if (!same) continue;
    const next = t + n;
    if (e.notBefore !== null && next < last && e.notBefore.has(lower[next])) continue;
    if (e.noun) {
      // "Fighting rages in ...": the word after is the verb, not a noun this one modifies.
      if (isModifier(run, next, last) && !(t === first && (flags[t] & F_ING) !== 0 && presentVerbAt(run, next, last))) continue;
      return { t, end: next, entry: e, noun: true, light: -1 };
    }
    // A sentence opening on a verb form is almost never an imperative in news: "Pressure mounts on
    // Kyiv", "Talks resume" are noun subjects. Only an object right after keeps the verb reading.
    if (t === first && !e.gerund && !e.participle && !startsPhrase(run, next, last)) continue;
    let noun = false;
    if (e.bare) {
      if (n === 1 && (flags[t] & F_NOUN_FORM) !== 0) {
        if (!verbReading(run, t, next, first, last)) continue;
      } else if (prevNominal || (n === 1 && !e.participle && adjectiveBefore(run, t, first) && isModifier(run, next, last))) continue;
      // "in exchange for prisoners": after a preposition (but "to") a base form that needs its object
      // is a noun, and the object words near it are not its own.
      if (n === 1 && e.objects && !e.participle && (prevFlags & F_PREP) !== 0 && lower[t - 1] !== "to" && !lower[t].endsWith("s")) continue;
    } else if (e.gerund) {
      // "Russian shelling hit a market", "fighting continued on the outskirts": before the
      // clause's verb, the -ing form is its subject.
      const subject = next < last && (finiteVerbAt(run, next, last) || (t === first && presentVerbAt(run, next, last)));
      if (prevNominal || subject || ((prevFlags & F_PREP) !== 0 && !startsPhrase(run, next, last))) {
        if ((flags[t] & F_NOUN_FORM) !== 0) continue;
        noun = true;
      }
    } else if (e.participle && n === 1) {
      // "the wounded", "occupied territories", "12 injured people", "killing wounded soldiers":
      // adjectives, not events.
      if (prevNominal) continue;
      if ((t === first || (prevFlags & (F_PREP | F_ING)) !== 0) && next < last && isContentWord(run, next)) continue;
      if (quotedModifier(run, t, next, first, last)) continue;
    }
    if (e.takenSubject && !placeTaken(run, t, next, first, last)) continue;
    if (e.objects && !hasObject(run, e, t, next, first, last)) continue;
    return { t, end: next, entry: e, noun, light: -1 };
  }
  return null;
}

/** Words for a place that can be taken ("the city fell to the rebels"). */
const TAKEN_PLACES = new Set(["city", "town", "village", "base", "stronghold", "capital", "airport", "district", "province", "region", "garrison"]);

/**
 * "Goma fell to the rebels", "the town had fallen to Russian forces": a named place, or a word for
 * one, ends the subject right before the verb group, and no amount follows ("prices fell to 3%",
 * "fell to its lowest").
 */
function placeTaken(run: Run, t: number, next: number, first: number, last: number): boolean {
  const { lower, flags, ctx } = run;
  if (next >= last || ctx.doc.tokens.kind[next] === TokenKind.Number || lower[next] === "its" || lower[next] === "their") return false;
  let u = t - 1;
  while (u >= first && (flags[u] & (F_AUX | F_ADVERB)) !== 0) u--;
  if (u < first) return false;
  // The subject's first token: a place's, or the article and words before "city".
  let start: number;
  if (TAKEN_PLACES.has(lower[u])) {
    start = u;
    while (start - 1 >= first && u - start < 3 && (flags[start - 1] & (F_PREP | F_AUX | F_BE | F_CONNECTOR | F_SUBORDINATOR)) === 0 && ctx.doc.tokens.kind[start - 1] === TokenKind.Word) start--;
  } else {
    const end = ctx.doc.tokens.end[u];
    const place = ctx.places.find((p) => p.end === end && p.precision !== "relative" && p.precision !== "continent");
    if (!place) return false;
    start = tokenAtOrAfter(ctx.doc, place.start);
  }
  // ... and it opens its clause ("rebuild Libya largely fell to the wayside": Libya is an object).
  const before = start - 1;
  return before < first || ctx.doc.tokens.kind[before] !== TokenKind.Word || (flags[before] & (F_CONNECTOR | F_SUBORDINATOR)) !== 0;
}

const CLAUSE_GOES_ON = F_PREP | F_ADVERB | F_PARTICLE | F_CONNECTOR | F_SUBORDINATOR;

/**
 * A verb after an -ing word, which is then its subject: a trigger's verb form or a lower-case
 * "-ed" word, followed by the end of the clause, a preposition, adverb or connector, or the start
 * of an object ("shelling hit a market", "fighting continued on"); before a bare noun it is an
 * adjective ("looting abandoned homes", "killing wounded soldiers").
 */
function finiteVerbAt(run: Run, u: number, last: number): boolean {
  const { kind, start } = run.ctx.doc.tokens;
  const f = run.flags[u];
  const w = run.lower[u];
  const verb = (f & (F_VERB_FORM | F_ING)) === F_VERB_FORM || (kind[u] === TokenKind.Word && w.length >= 5 && w.endsWith("ed") && !isUpper(run.ctx.doc.text.charCodeAt(start[u])));
  if (!verb) return false;
  return u + 1 >= last || kind[u + 1] === TokenKind.Punct || (run.flags[u + 1] & CLAUSE_GOES_ON) !== 0 || startsPhrase(run, u + 1, last);
}

const HELD_PRECISIONS = new Set(["settlement", "admin1", "admin2", "point"]);
const TOOK_TIME = new Set(["a", "an", "only", "just", "more", "less", "longer", "several", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "years", "months", "weeks", "days", "hours", "time"]);

/**
 * A town, a region or a site named right after a verb (after "the"), that is no possessor ("took
 * Moscow's side") and no metonym for a government acting: "took Aleppo", "took the Kursk region".
 */
function placeObjectAt(run: Run, u: number, last: number): boolean {
  if (u < last && run.lower[u] === "the") u++;
  if (u >= last) return false;
  const at = run.ctx.doc.tokens.start[u];
  for (const p of run.ctx.places) {
    if (p.start > at) return false;
    if (p.start !== at || !HELD_PRECISIONS.has(p.precision)) continue;
    const after = tokenAtOrAfter(run.ctx.doc, p.end);
    if (after >= last) return true;
    // "It took Kyiv three weeks to respond": a span of time after the name is what something took.
    const w = run.lower[after];
    return !(POSSESSIVE_MARKS.has(w) || w === "by" || run.ctx.doc.tokens.kind[after] === TokenKind.Number || TOOK_TIME.has(w));
  }
  return false;
}

/** Plural nouns of agents and groups, which end in -s like a present verb ("Fighting insurgents in ..."). */
const AGENT_PLURAL = /(?:ists|ers|ors|ians|ants|ents|ees|ies)$/;

/**
 * A lower-case -s word after a sentence-opening -ing word, before a preposition, adverb or the end
 * of the clause: the clause's verb, the -ing word its subject ("Fighting rages in the east",
 * "Shelling resumes"), while "Fighting insurgents in ..." keeps the verb reading.
 */
function presentVerbAt(run: Run, u: number, last: number): boolean {
  const { kind, start } = run.ctx.doc.tokens;
  const w = run.lower[u];
  if (kind[u] !== TokenKind.Word || w.length < 4 || isUpper(run.ctx.doc.text.charCodeAt(start[u]))) return false;
  if (!w.endsWith("s") || w.endsWith("ss") || w.endsWith("us") || w.endsWith("is") || AGENT_PLURAL.test(w)) return false;
  if ((run.flags[u] & FUNCTION_WORD) !== 0) return false;
  return u + 1 >= last || kind[u + 1] === TokenKind.Punct || (run.flags[u + 1] & CLAUSE_GOES_ON) !== 0;
}

/** Whether token u is inside a time expression ("negotiations today": no modifier). */
function inTime(ctx: Context, u: number): boolean {
  const at = ctx.doc.tokens.start[u];
  for (const t of ctx.times) {
    if (t.start > at) return false;
    if (at < t.end) return true;
  }
  return false;
}

const FUNCTION_WORD = F_PREP | F_SUBORDINATOR | F_AUX | F_BE | F_DET | F_CONNECTOR;

function isContentWord(run: Run, u: number): boolean {
  const { kind, start } = run.ctx.doc.tokens;
  return kind[u] === TokenKind.Word && (run.flags[u] & FUNCTION_WORD) === 0 && !isUpper(run.ctx.doc.text.charCodeAt(start[u]));
}

/** A noun trigger directly followed by another noun is a modifier ("aid workers", "emergency services"). */
function isModifier(run: Run, next: number, last: number): boolean {
  if (next >= last || !isContentWord(run, next)) return false;
  const f = run.flags[next];
  if ((f & (F_VERB_FORM | F_LIGHT | F_NEG)) !== 0) return false;
  return !run.lower[next].endsWith("ed") && !inTime(run.ctx, next);
}

const ARTICLES = new Set(["a", "an", "the"]);

/**
 * "a local rescue group": an article, then one lower-case word that is no plural noun and no verb
 * or adverb, then the base form (no -s). That form modifies a noun; it is no verb ("the rebels
 * attack" and "the message warns" are).
 */
function adjectiveBefore(run: Run, t: number, first: number): boolean {
  if (t - 2 < first || run.lower[t].endsWith("s") || !ARTICLES.has(run.lower[t - 2]) || !isContentWord(run, t - 1)) return false;
  const w = run.lower[t - 1];
  return !w.endsWith("s") && !w.endsWith("ly") && (run.flags[t - 1] & (F_VERB_FORM | F_ADVERB | F_NEG)) === 0;
}

/**
 * '"limited, localised and targeted" ground raids': a form that closes a short quoted list right
 * before a noun describes that noun (but '"totally rejected" allegations' is a verb).
 */
function quotedModifier(run: Run, t: number, next: number, first: number, last: number): boolean {
  const kind = run.ctx.doc.tokens.kind;
  if (next + 1 >= last || kind[next] !== TokenKind.Quote || !isContentWord(run, next + 1)) return false;
  let list = false;
  for (let u = t - 1; u >= first && u >= t - 8; u--) {
    if (kind[u] === TokenKind.Quote) return list;
    list ||= run.lower[u] === "," || run.lower[u] === "and" || run.lower[u] === "or";
  }
  return false;
}

/** Does a noun phrase start at `u` (so the word before is a verb taking it as object)? */
function startsPhrase(run: Run, u: number, last: number): boolean {
  if (u >= last) return false;
  const { kind, start } = run.ctx.doc.tokens;
  return (run.flags[u] & (F_DET | F_OBJECT_PRONOUN | F_QUANTIFIER)) !== 0 || kind[u] === TokenKind.Number ||
    (kind[u] === TokenKind.Word && isUpper(run.ctx.doc.text.charCodeAt(start[u])));
}

/** "attacks"/"strike"/"talks" forms that are both: a verb after a subject-like word or before an object. */
function verbReading(run: Run, t: number, next: number, first: number, last: number): boolean {
  if (t === first) return false;
  const kind = run.ctx.doc.tokens.kind;
  const pf = run.flags[t - 1];
  if ((pf & (F_VERBAL_PREV | F_NEG)) !== 0) return true;
  if ((pf & (F_DET | F_PREP)) !== 0 || kind[t - 1] === TokenKind.Number) return false;
  if (kind[t - 1] !== TokenKind.Word && kind[t - 1] !== TokenKind.Acronym) return false;
  return startsPhrase(run, next, last);
}

function hasObject(run: Run, e: TriggerEntry, t: number, next: number, first: number, last: number): boolean {
  const { lower, flags } = run;
  const objects = e.objects as Set<string>;
  // The window opens after an amount ("fired more than 30 ballistic missiles").
  const end = afterFigureAt(run.ctx, next, last) + e.window;
  // "destroyed a third of the missile launchers": a weapon word that modifies a noun is not what was brought down.
  const modifies = (u: number): boolean => e.mode === "interception" && u + 1 < last && COMPOUND_HEADS.has(lower[u + 1]);
  for (let u = next; u < last && u < end; u++) if (objects.has(lower[u]) && !modifies(u)) return true;
  if (objects.has("@place") && placeObjectAt(run, next, last)) return true;
  // The object may stand before a passive or a reduced relative ("117 drones were destroyed",
  // "drones destroyed by"), not before an active verb ("troops captured the village").
  const passive = (t > first && (flags[t - 1] & F_BE) !== 0) || (t - 1 > first && (flags[t - 2] & F_BE) !== 0) || (next < last && lower[next] === "by");
  if (!passive) return false;
  for (let u = t - 1; u >= first && u >= t - e.window; u--) if (objects.has(lower[u])) return true;
  return false;
}

const ENDS_LIGHT_SEARCH = F_PREP | F_SUBORDINATOR | F_CONNECTOR;

/** A noun right after a light verb (few words between) stands for the clause's verb. */
function markLightVerbs(run: Run, candidates: Candidate[], first: number): void {
  const { flags } = run;
  const kind = run.ctx.doc.tokens.kind;
  for (const c of candidates) {
    if (!c.noun) continue;
    // "carried out more than 350 strikes": the amount before the noun is passed over whole.
    const before = figureBefore(run.ctx, c.t);
    const from = before >= 0 ? before : c.t;
    for (let u = from - 1; u >= first && u >= from - LIGHT_GAP; u--) {
      if ((flags[u] & F_LIGHT) !== 0) {
        // "carried out 350 strikes": a two-word light verb needs its particle.
        const particle = LIGHT_HEADS.get(run.lower[u]);
        if ((particle == null || run.lower[u + 1] === particle) && !candidates.some((v) => !v.noun && v.t === u)) c.light = u;
        break;
      }
      if (kind[u] === TokenKind.Punct || (flags[u] & ENDS_LIGHT_SEARCH) !== 0) break;
    }
  }
}

/** The first token of a figure that ends right before token t, else -1. */
function figureBefore(ctx: Context, t: number): number {
  const { start, end } = ctx.doc.tokens;
  if (t === 0) return -1;
  for (const f of ctx.figures) {
    if (f.start >= start[t]) break;
    if (f.end === end[t - 1]) return tokenAtOrAfter(ctx.doc, f.start);
  }
  return -1;
}

/** Nouns after "since", "after", "of" ... name an event already told ("since the start of the attack"). */
function isBackReference(run: Run, c: Candidate, from: number): boolean {
  const { flags } = run;
  const kind = run.ctx.doc.tokens.kind;
  for (let u = c.t - 1; u >= from && u >= c.t - BACKREF_GAP; u--) {
    if ((flags[u] & F_BACKREF) !== 0) return true;
    if (kind[u] === TokenKind.Punct || (flags[u] & (F_PREP | F_SUBORDINATOR)) !== 0) return false;
  }
  return false;
}

/** Per clause: its verb triggers (and light-verb nouns), else its first noun trigger. */
function selectMain(run: Run, candidates: Candidate[], clauses: Clauses): Candidate[] {
  const out: Candidate[] = [];
  let i = 0;
  while (i < candidates.length) {
    const clause = clauses.of[candidates[i].t];
    let j = i;
    while (j < candidates.length && clauses.of[candidates[j].t] === clause) j++;
    let verbs = 0;
    for (let k = i; k < j; k++) {
      if (!candidates[k].noun || candidates[k].light >= 0) {
        out.push(candidates[k]);
        verbs++;
      }
    }
    if (verbs === 0) {
      const from = clauses.starts[clause];
      for (let k = i; k < j; k++) {
        if (!isBackReference(run, candidates[k], from)) {
          out.push(candidates[k]);
          break;
        }
      }
    }
    i = j;
  }
  return out;
}

// ---- building events ----

function innermostClaim(claims: Claim[], s: number, e: number): Claim | null {
  let best: Claim | null = null;
  for (const c of claims) {
    if (c.content.start <= s && e <= c.content.end && (!best || c.content.end - c.content.start < best.content.end - best.content.start)) best = c;
  }
  return best;
}

function parentOf(ctx: Context, c: Claim): Claim | null {
  if (!c.parent) return null;
  for (const p of ctx.claims) if (p.id === c.parent) return p;
  return null;
}

function sourceOf(c: Claim): Participant {
  const src = c.source;
  const name = src.actor ?? src.resolved_from?.text ?? appositionName(src.text);
  return { name, span: { start: src.start, end: src.end, text: src.text } };
}

/**
 * Of a phrase and its apposition, the name: "The Arakan Army, one of the strongest armed groups" ->
 * the first; "A lawyer for the outlets, David Schulz" -> the second, a name that opens on a capital.
 */
function appositionName(text: string): string {
  const parts = text.split(", ");
  if (parts.length < 2) return text;
  return /^(?!(?:The|A|An)\s)\p{Lu}/u.test(parts[1]!) && !parts[1]!.endsWith(".") ? parts[1]! : parts[0]!;
}

/**
 * The side a speaker speaks for, which "its troops" and "our forces" name: the body in a person's
 * description ("RSF spokesman Al-Fateh Qurashi" -> RSF), else the speaker.
 */
function speakerSide(ctx: Context, c: Claim): Participant {
  const src = c.source;
  for (const e of ctx.entities) {
    if (e.start >= src.end) break;
    if (e.start >= src.start && e.end <= src.end && e.type !== "PERSON" && ACTOR_TYPES.has(e.type)) {
      return { name: actorName(ctx, e), span: { start: e.start, end: e.end, text: e.text } };
    }
  }
  return sourceOf(c);
}

/** "strike" becomes "drone", "missile", "shelling", "air strike" ... when the clause names the weapon. */
function refineMode(lower: string[], from: number, to: number, mode: string | null): string | null {
  if (mode !== "strike") return mode;
  for (let u = from; u < to; u++) {
    const weapon = WEAPONS.get(lower[u]);
    if (weapon && weapon !== "ground assault") return weapon;
  }
  return mode;
}

function buildEvent(run: Run, c: Candidate, s: number, clauses: Clauses, earlier: readonly Event[]): { event: Event; mood: Mood } {
  const { ctx, lower, flags } = run;
  const { doc } = ctx;
  const { start, end } = doc.tokens;
  const clause = clauses.of[c.t];
  const a = clauses.starts[clause];
  const b = clauseEnd(clauses, clause);
  const from = start[a];
  const to = end[b - 1];
  const trigger: TextSpan = { start: start[c.t], end: end[c.end - 1], text: doc.text.slice(start[c.t], end[c.end - 1]) };
  const isTime = settingTest(ctx, from, to);
  let rule = c.entry.rule;
  const cue = c.noun ? null : run.cueOf.get(trigger.start) ?? run.cueOf.get(-trigger.end) ?? null;
  let claim = cue ? parentOf(ctx, cue) : innermostClaim(ctx.claims, trigger.start, trigger.end);
  let actor: Participant | null = null;
  let target: Participant | null = null;
  let mood: Mood;
  // The earlier attack whose launcher a munition or an attack noun stands for ("the strikes killed 26").
  let launch: Event | null = null;
  if (cue) {
    // A speech act that is an event too: "Russia accused Ukraine of ...", "Kyiv rejected ...".
    actor = sourceOf(cue);
    const reach = Math.max(b, tokenAtOrAfter(doc, cue.content.end));
    target = phraseAfter(ctx, flags, c.end, reach, isTime);
    if (target) target = nounArgument(ctx, flags, target, reach, isTime) ?? target;
    // "agreed to provide aid for Moldova": the party after the infinitive.
    if (c.entry.type !== "ASSAULT" && (!target || !namesActor(ctx, target))) {
      target = namedParty(ctx, flags, target ? tokenAtOrAfter(doc, target.span.end) : c.end, reach, isTime) ?? target;
    }
    mood = verbMood(lower, flags, c.t, a, clauses.first);
    rule += "/cue";
  } else if (claim && c.noun && isPerformative(ctx, claim, c.t)) {
    // "The governor declared a state of emergency": the declaration is the act itself.
    actor = sourceOf(claim);
    mood = nounMood(lower, flags, c.t, a);
    target = phraseAfter(ctx, flags, c.end, b, isTime);
    claim = parentOf(ctx, claim);
    rule += "/performative";
  } else if (c.noun && c.light < 0) {
    actor = nounActor(run, c, a, isTime);
    target = phraseAfter(ctx, flags, c.end, b, isTime, true);
    mood = nounMood(lower, flags, c.t, a);
    if (mood.modality === "asserted" && claim && isRequested(ctx, flags, claim, c.t)) mood = { ...mood, modality: "future" };
  } else {
    const verb = c.light >= 0 ? c.light : c.t;
    mood = verbMood(lower, flags, verb, a, clauses.first);
    if (c.entry.takenSubject) {
      // "Goma fell to the M23 rebels": the place before, the taker after.
      actor = phraseAfter(ctx, flags, c.end, b, isTime);
      target = phraseBefore(ctx, flags, a, auxStart(flags, a, c.t), isTime);
      rule += "/taken";
    } else if (c.light < 0 && c.entry.participle && isPassive(lower, flags, a, c.t, c.end)) {
      actor = byPhrase(ctx, flags, c.end, b, isTime);
      target = phraseBefore(ctx, flags, a, auxStart(flags, a, c.t), isTime);
      // "launched 70 drones ..., and 52 of them were shot down": what "them" stands for.
      if (target && lower[tokenAtOrAfter(doc, target.span.end) - 1] === "them") target = sentenceTarget(earlier, s) ?? target;
      // "Kyiv said 52 drones were shot down": who reports an interception with no agent is who made it,
      // unless what was brought down is the speaker's own ("its jet was shot down").
      const teller = claim ?? claimJoinedBefore(run, s, trigger.start);
      if (!actor && teller && c.entry.mode === "interception" && !(target && ownedBySpeaker(run, target))) {
        actor = speakerSide(ctx, teller);
      }
      rule += "/passive";
      // "no military facilities had been targeted": the subject's "no" denies the act.
      if (target) mood = deniedBySubject(lower, tokenAtOrAfter(doc, target.span.start), mood);
    } else {
      // "declared a state of emergency ..., and appealed for aid", "shelled Kharkiv and then
      // captured": a verb coordinated without a subject of its own shares the sentence's last actor.
      actor = coordinatedVerb(run, a, verb) ? sentenceActor(earlier, s, trigger.start) : null;
      actor ??= subjectIn(ctx, flags, { from: a, to: verb }, clauses.first);
      // "it had destroyed", "to strike Kyiv" inside what Russia said: Russia.
      const infinitive = infinitiveAt(lower, flags, a, verb);
      if (!actor && claim && (infinitive || pronounSubject(flags, a, verb))) actor = sourceOf(claim);
      // "The strike hit a school, killing 20": the participle's doer is the previous clause's event's
      // (before any name in that clause: "gunmen attacked southern Israel, killing 1,200").
      if (!actor && clause > 0 && clauses.kinds[clause] === ClauseKind.Participial) actor = previousActor(run, clauses, clause, earlier);
      const ownSubject = clauses.kinds[clause] === ClauseKind.Main || clauses.kinds[clause] === ClauseKind.Temporal;
      if (!actor && clause > 0 && (!ownSubject || infinitive)) actor = inherited(run, clauses, clause);
      if (!actor) {
        actor = phraseBefore(ctx, flags, a, verb, isTime);
        // "its troops", "their forces" inside a claim: the speaker's side.
        if (actor && claim) {
          const before = tokenAtOrAfter(doc, actor.span.start) - 1;
          if (before >= a && POSSESSIVES.has(lower[before])) actor = speakerSide(ctx, claim);
        }
      }
      // "no drones hit the city", "none of the missiles hit": the subject's "no" denies the act.
      // With no subject phrase found, the clause's first word is looked at ("none of the missiles hit").
      if (!actor) mood = deniedBySubject(lower, a, mood);
      else if (actor.span.start >= from && actor.span.end <= trigger.start) mood = deniedBySubject(lower, tokenAtOrAfter(doc, actor.span.start), mood);
      target = phraseAfter(ctx, flags, c.end, b, isTime);
      if (target) target = refineTarget(ctx, flags, c.entry, target, b, isTime);
      // "agreed to provide aid for Romania": no object; the party after the infinitive is the target.
      else if (c.entry.type !== "ASSAULT") target = namedParty(ctx, flags, c.end, b, isTime);
    }
    // "The barrage targeted ...", "hit by a missile": a munition acts for whoever launched it.
    if (actor && isMunition(ctx, actor)) {
      launch = c.entry.type === "ASSAULT" ? launchOf(earlier, s) : null;
      // "Russia showed Su-34 bombers striking Ukrainian positions": with no launch told, munitions
      // aimed at the other side's in a side's own account are that side's.
      actor = launch ? { name: launch.actor!, span: launch.actor_span! } : claim && target && aimedAtOtherSide(ctx, claim, target) ? speakerSide(ctx, claim) : null;
    }
    // "Russia said air defences destroyed 117 drones": the side that reports an interception by
    // unnamed air defences is the side whose defences they are.
    if (actor && claim && AIR_DEFENCES.test(actor.name) && (claim.source.actor !== null || claim.source.affiliation !== null)) actor = speakerSide(ctx, claim);
  }
  // "the deadliest attacks of the war": a conflict or a period is no one an attack is aimed at.
  if (target && isWholeOf(run, target)) target = null;
  // "demanded that Hamas renounce ...": the addressee is the subject of the next clause.
  if (!target && ADDRESSED.has(c.entry.type)) target = addressee(run, clauses, clause, actor);
  // ", killing five people" happened when and where the clause before it did.
  const participial = clause > 0 && clauses.kinds[clause] === ClauseKind.Participial;
  const prevFrom = participial ? start[clauses.starts[clause - 1]] : from;
  const time =
    dateIn(ctx, from, to) ??
    (participial ? dateIn(ctx, prevFrom, from) : null) ??
    (c.noun && c.light < 0 ? startedDate(run, clauses, clause) : null) ??
    coordinatedDate(run, clauses, clause, c.t) ??
    sinceDate(ctx, clauses, clause) ??
    (cue ? cue.time : claim?.time) ??
    doc.article.date;
  const place =
    placeIn(ctx, flags, from, to, clauses.first, actor?.span ?? null, target?.span ?? null, trigger.start) ??
    (participial ? placeIn(ctx, flags, prevFrom, from, clauses.first, actor?.span ?? null, null) : null) ??
    launch?.place ??
    null;
  const event: Event = {
    id: "",
    type: c.entry.type,
    mode: refineMode(lower, a, b, c.entry.mode),
    trigger,
    actor: actor?.name ?? null,
    target: target?.name ?? null,
    place,
    time,
    figures: figuresIn(ctx, from, to),
    claim: claim?.id ?? null,
    sentence: s,
    rule,
    negated: mood.negated,
    modality: mood.modality,
    actor_span: actor?.span ?? null,
    target_span: target?.span ?? null,
  };
  return { event, mood };
}

/**
 * PLOVER codes a stated intention as a speech act: "will send aid" is also an AGREE (a promise),
 * "would blockade the port" a THREATEN, "will not accept" a REJECT. The act's trigger is the
 * marker ("will", "ready", "not"); the action itself stays, marked future or negated.
 */
function speechAct(run: Run, e: Event, mood: Mood): Event | null {
  let type: string | null = null;
  let mode: string | null = null;
  let at = -1;
  if (mood.negated && mood.negator >= 0 && REJECT_WHEN_NEGATED.has(e.type)) {
    type = "REJECT";
    at = mood.negator;
  } else if (!mood.negated && mood.marker >= 0 && mood.modality === "future") {
    at = mood.marker;
    if (INTENT_AGREE.has(e.type)) {
      type = "AGREE";
      mode = "intent";
    } else if (INTENT_THREATEN.has(e.type)) {
      type = "THREATEN";
      mode = INTENT_THREATEN.get(e.type) ?? null;
    }
  }
  if (!type || at < 0) return null;
  const { start, end } = run.ctx.doc.tokens;
  return {
    ...e,
    type,
    mode,
    trigger: { start: start[at], end: end[at], text: run.ctx.doc.text.slice(start[at], end[at]) },
    negated: false,
    modality: "asserted",
    rule: `event/${type === "REJECT" ? "refusal" : "intent"}/${e.type.toLowerCase()}`,
  };
}

/** "killed since Israel launched its strikes on Friday": the date of a since- or after-clause right after this one. */
function sinceDate(ctx: Context, clauses: Clauses, clause: number): string | null {
  if (clause + 1 >= clauses.starts.length || clauses.kinds[clause + 1] !== ClauseKind.Temporal) return null;
  const opener = clauses.starts[clause + 1];
  const word = ctx.doc.tokens.lower[opener - 1];
  if (word !== "since" && word !== "after") return null;
  const { start, end } = ctx.doc.tokens;
  return dateIn(ctx, start[opener], end[clauseEnd(clauses, clause + 1) - 1]);
}

/** The first actor named in the clause after this one, other than the actor itself. */
function addressee(run: Run, clauses: Clauses, clause: number, actor: Participant | null): Participant | null {
  if (clause + 1 >= clauses.starts.length) return null;
  const next = subjectIn(run.ctx, run.flags, { from: clauses.starts[clause + 1], to: clauseEnd(clauses, clause + 1) }, clauses.first);
  return next && next.name !== actor?.name ? next : null;
}

/** A performative cue ("declared", "imposed", "announced") whose content opens with this noun. */
function isPerformative(ctx: Context, claim: Claim, t: number): boolean {
  const cueToken = tokenAtOrAfter(ctx.doc, claim.cue.start);
  if (!PERFORMATIVE_CUES.has(ctx.doc.tokens.lower[cueToken])) return false;
  const contentStart = tokenAtOrAfter(ctx.doc, claim.content.start);
  return t >= contentStart && t - contentStart <= LIGHT_GAP;
}

/**
 * "called for an immediate ceasefire", "urged talks": the noun that opens a request's content is
 * asked for, not reported as done ("called for an inquiry into the strike": the strike stays).
 */
function isRequested(ctx: Context, flags: Uint32Array, claim: Claim, t: number): boolean {
  if (!REQUEST_CUES.has(claim.cue.text.toLowerCase().replace(/\s+/g, " "))) return false;
  const contentStart = tokenAtOrAfter(ctx.doc, claim.content.start);
  if (t < contentStart || t - contentStart > LIGHT_GAP) return false;
  // "urged a halt to the evacuations": past a preposition the noun is what the request is about.
  for (let u = contentStart; u < t; u++) if ((flags[u] & ENDS_NOUN_PHRASE) !== 0) return false;
  return true;
}

/** An infinitive ("to strike") right before the verb, inside the clause. */
function infinitiveAt(lower: string[], flags: Uint32Array, from: number, verb: number): boolean {
  let u = verb - 1;
  while (u >= from && (flags[u] & (F_ADVERB | F_NEG)) !== 0) u--;
  return u >= from && lower[u] === "to";
}

/** First auxiliary of the verb group ending at t ("were" in "were shot down"). */
function auxStart(flags: Uint32Array, from: number, t: number): number {
  let u = t;
  while (u > from && (flags[u - 1] & (F_AUX | F_BE | F_ADVERB | F_NEG)) !== 0) u--;
  return u;
}

const ENDS_NOUN_PHRASE = F_PREP | F_SUBORDINATOR | F_CONNECTOR | F_AUX | F_BE;

/** A conflict or a span of time, which an attack noun's of-phrase names as where it belongs ("attacks of the war"). */
const WHOLES = new Set(["war", "wars", "conflict", "campaign", "invasion", "crisis", "uprising", "insurgency", "revolution", "year", "month", "week", "day", "night", "decade", "century", "era", "period"]);
const OWNER_PRONOUNS = new Set(["its", "their"]);

/** A target after "of" that names a conflict or a period ("of the war", "of the year"). */
function isWholeOf(run: Run, target: Participant): boolean {
  const doc = run.ctx.doc;
  let first = tokenAtOrAfter(doc, target.span.start);
  if (first > 0 && (run.flags[first - 1] & F_DET) !== 0) first--;
  return first > 0 && run.lower[first - 1] === "of" && WHOLES.has(run.lower[tokenAtOrAfter(doc, target.span.end) - 1]);
}

/** The actor of a noun event: a mention inside its own phrase ("Russian missile attack"), else "by X". */
function nounActor(run: Run, c: Candidate, from: number, isTime: TimeTest): Participant | null {
  const { ctx, flags } = run;
  const kind = ctx.doc.tokens.kind;
  const lower = run.lower;
  let u = c.t;
  // "'s" inside the noun phrase is the possessive ("Kyiv's counteroffensive"), not "is".
  while (u > from && kind[u - 1] !== TokenKind.Punct && ((flags[u - 1] & ENDS_NOUN_PHRASE) === 0 || POSSESSIVE_MARKS.has(lower[u - 1]))) u--;
  if (u < c.t) {
    const inside = subjectIn(ctx, flags, { from: u, to: c.t }, u);
    if (inside) return inside;
    // "Iran would stop its attacks": the possessive stands for the clause's subject.
    const owner = c.t - 1;
    if (OWNER_PRONOUNS.has(lower[owner]) && owner > from) {
      const subject = subjectIn(ctx, flags, { from, to: owner }, from);
      if (subject) return subject;
    }
  }
  const last = ctx.doc.sentenceLast[ctx.doc.sentenceOfToken[c.t]];
  // "The offensive, led by Hayat Tahrir al-Sham, ...": a participle of leading or carrying out, then "by".
  let v = c.end;
  if (v < last && lower[v] === ",") v++;
  if (v + 1 < last && AGENT_PARTICIPLES.has(lower[v]) && lower[v + 1] === "by") return phraseAfter(ctx, flags, v + 2, last, isTime);
  return byPhrase(ctx, flags, c.end, last, isTime);
}

/** Participles that name who carried out an event named before them ("the offensive, led by ..."). */
const AGENT_PARTICIPLES = new Set(["led", "launched", "mounted", "conducted", "staged", "spearheaded", "claimed", "organised", "organized"]);

/** The actor of the last event in the clause before `clause`, with its span. */
const AIR_DEFENCES = /^(?:the\s+)?air[-\s]defen[cs]es?(?:\s+(?:systems?|units?|forces?))?$/i;

const COORDINATORS = new Set(["and", "but", "then"]);

/** Whether only adverbs or auxiliaries stand between a coordinator and the verb ("and then captured"). */
function coordinatedVerb(run: Run, a: number, verb: number): boolean {
  let u = verb - 1;
  while (u > a && (run.flags[u] & (F_ADVERB | F_AUX | F_NEG)) !== 0) u--;
  return u >= a && COORDINATORS.has(run.lower[u]);
}

/** The actor of the latest event of sentence s that starts before offset `before` and has one. */
function sentenceActor(earlier: readonly Event[], s: number, before: number): Participant | null {
  for (let i = earlier.length - 1; i >= 0 && earlier[i].sentence === s; i--) {
    const e = earlier[i];
    if (e.trigger.start >= before) continue;
    // After a passive the shared subject is the one it was done to ("was indicted ... and will resign").
    if (e.rule.endsWith("/passive")) return e.target !== null && e.target_span ? { name: e.target, span: e.target_span } : null;
    if (e.actor !== null && e.actor_span) return { name: e.actor, span: e.actor_span };
  }
  return null;
}

/**
 * "Russia launched 70 drones overnight, and 52 of them were shot down": a clause joined by "and"
 * with no date of its own happened on the day the clause before it did, unless that clause's date
 * is a saying's ("said on Monday that ..., and ...").
 */
function coordinatedDate(run: Run, clauses: Clauses, clause: number, trigger: number): string | null {
  if (clause === 0 || clauses.kinds[clause] !== ClauseKind.Main || !COORDINATORS.has(run.lower[clauses.starts[clause]])) return null;
  // "..., and the U.S. has never accused", "..., and talks will resume": not the same past day.
  for (let u = clauses.starts[clause]; u < trigger; u++) if (NOT_SIMPLE_PAST.has(run.lower[u])) return null;
  const { start } = run.ctx.doc.tokens;
  const from = start[clauses.starts[clause - 1]];
  const to = start[clauses.starts[clause]];
  for (const c of run.ctx.claims) if (c.cue.start >= from && c.cue.end <= to) return null;
  // Only a day: a year or a month before "and" is as often a noun's ("the crash of 2008, and ...").
  const date = dateIn(run.ctx, from, to);
  return date !== null && date.length === 10 ? date : null;
}

const NOT_SIMPLE_PAST = new Set(["has", "have", "is", "are", "will", "would", "can", "may", "might", "could", "should", "must", "'s", "\u2019s"]);

/**
 * "The ministry said Russia fired 40 drones, and 31 of them were shot down": the claim whose content
 * ends at the ", and" that opens this clause, in the same sentence (the writer goes on with it).
 */
function claimJoinedBefore(run: Run, s: number, at: number): Claim | null {
  const { doc } = run.ctx;
  const from = doc.tokens.start[doc.sentenceFirst[s]];
  for (const c of run.ctx.claims) {
    if (c.content.end < from || c.content.end > at) continue;
    if (/^\s*,\s*and\s/.test(doc.text.slice(c.content.end, at)) && c.content.end + 40 > at) return c;
  }
  return null;
}

/** "its jet", "our drones": a phrase opened by (or right after) a possessive pronoun. */
function ownedBySpeaker(run: Run, phrase: Participant): boolean {
  const u = tokenAtOrAfter(run.ctx.doc, phrase.span.start);
  return POSSESSIVES.has(run.lower[u]) || (u > 0 && POSSESSIVES.has(run.lower[u - 1]));
}

/** Whether the target names a side (a country or a group) other than the claim's speaker's. */
function aimedAtOtherSide(ctx: Context, claim: Claim, target: Participant): boolean {
  const speaker = claim.source.affiliation;
  if (speaker === null) return false;
  for (const e of ctx.entities) {
    if (e.start >= target.span.end) break;
    if (e.start >= target.span.start && e.affiliation !== null && (e.type === "GPE" || e.type === "NORP" || e.type === "GROUP")) return e.affiliation !== speaker;
  }
  return false;
}

/** Verbs that tell when an event named as a noun began or happened ("The offensive, which began on Aug. 6"). */
const START_VERBS = new Set(["began", "begun", "started", "erupted", "broke", "happened", "occurred", "unfolded"]);
/** Clauses after a noun's own that its predicate may stand in, past an interruption ("The offensive, led by HTS, began ..."). */
const START_REACH = 3;

/**
 * "The offensive, led by HTS (...), began on Nov. 27", "The offensive, which began on Aug. 6, ...":
 * the date of a later clause of the sentence whose first verb tells when the noun's event began.
 */
function startedDate(run: Run, clauses: Clauses, clause: number): string | null {
  const { start } = run.ctx.doc.tokens;
  for (let k = clause + 1; k < clauses.starts.length && k <= clause + START_REACH; k++) {
    let u = clauses.starts[k];
    const end = clauseEnd(clauses, k);
    while (u < end && (run.lower[u] === "," || run.lower[u] === "which" || run.lower[u] === "that" || (run.flags[u] & (F_AUX | F_ADVERB)) !== 0)) u++;
    if (u < end && START_VERBS.has(run.lower[u])) return dateIn(run.ctx, start[u], start[end - 1] + 1);
    // A bracket's clause interrupts ("(HTS)"); another main clause ends the search.
    const opener = run.lower[clauses.starts[k] - 1];
    if (clauses.kinds[k] === ClauseKind.Main && opener !== "(" && opener !== ")") return null;
  }
  return null;
}

/** The target of the latest event of sentence s that has one. */
function sentenceTarget(earlier: readonly Event[], s: number): Participant | null {
  for (let i = earlier.length - 1; i >= 0 && earlier[i].sentence === s; i--) {
    const e = earlier[i];
    if (e.target !== null && e.target_span) return { name: e.target, span: e.target_span };
  }
  return null;
}

/** Natural hazards: what they "strike", "hit" or "kill" is no attack. */
const HAZARDS = new Set([
  "earthquake", "earthquakes", "quake", "quakes", "tremor", "tremors", "aftershock", "aftershocks", "storm", "storms", "hurricane",
  "typhoon", "cyclone", "tornado", "tornadoes", "flood", "floods", "flooding", "landslide", "landslides", "mudslide", "avalanche",
  "tsunami", "wildfire", "wildfires", "bushfire", "heatwave", "drought", "eruption", "blizzard",
]);

/** A hazard word used for something else: "Storm Shadow missiles", "a storm of drones", "a flood of rockets". */
function hazardAt(lower: string[], u: number): boolean {
  return HAZARDS.has(lower[u]) && lower[u + 1] !== "shadow" && lower[u + 1] !== "of";
}

/**
 * Whether the attack-like verb at token t has a natural hazard for subject ("a 7.7-magnitude
 * earthquake struck near the city"), or follows one as a participle ("the storm hit the coast,
 * killing 12").
 */
function naturalCause(run: Run, clauses: Clauses, t: number): boolean {
  const clause = clauses.of[t];
  let from = clauses.starts[clause];
  if (clause > 0 && clauses.kinds[clause] === ClauseKind.Participial) from = clauses.starts[clause - 1];
  for (let u = t - 1; u >= from; u--) if (hazardAt(run.lower, u)) return true;
  // "damaged by last year's earthquake": the passive's agent.
  const end = clauseEnd(clauses, clause);
  for (let u = t + 1; u < end && u <= t + 2; u++) {
    if (run.lower[u] !== "by") continue;
    for (let v = u + 1; v < end && v <= u + 5; v++) if (hazardAt(run.lower, v)) return true;
  }
  return false;
}

/** The mood, negated when the subject phrase starting at token `t` opens with "no", "none" or "neither" ("no drones hit the city"). */
function deniedBySubject(lower: string[], t: number, mood: Mood): Mood {
  if (mood.negated) return mood;
  if (lower[t] === "no" || lower[t] === "none" || lower[t] === "neither") return { ...mood, negated: true, negator: t };
  // "none of the missiles": the phrase starts after "of".
  if (t >= 2 && lower[t - 1] === "of" && (lower[t - 2] === "none" || lower[t - 2] === "neither")) return { ...mood, negated: true, negator: t - 2 };
  return mood;
}

/** Sentences back that an attack's launcher is looked for when a later sentence names only its munitions. */
const LAUNCHER_REACH = 2;

/** The latest attack in this sentence or the LAUNCHER_REACH before it that names its actor. */
function launchOf(earlier: readonly Event[], s: number): Event | null {
  for (let i = earlier.length - 1; i >= 0 && earlier[i].sentence >= s - LAUNCHER_REACH; i--) {
    const e = earlier[i];
    // Who brought munitions down did not launch them.
    if (e.type === "ASSAULT" && e.mode !== "interception" && e.actor !== null && e.actor_span) return e;
  }
  return null;
}

function previousActor(run: Run, clauses: Clauses, clause: number, earlier: readonly Event[]): Participant | null {
  const { start, end } = run.ctx.doc.tokens;
  const from = start[clauses.starts[clause - 1]];
  const to = end[clauses.starts[clause] - 1];
  for (let i = earlier.length - 1; i >= 0; i--) {
    const e = earlier[i];
    if (e.trigger.start < from) break;
    if (e.trigger.end <= to && e.actor !== null && e.actor_span) return { name: e.actor, span: e.actor_span };
  }
  return null;
}

/**
 * For ", killing ..." the previous clause's subject; for ", which ..." the noun before it; for the
 * clause resumed after ", which ...," the noun before the relative clause.
 */
function inherited(run: Run, clauses: Clauses, clause: number): Participant | null {
  if (clauses.kinds[clause] === ClauseKind.Resumed) {
    let relative = clause - 1;
    while (relative > 0 && clauses.kinds[relative] !== ClauseKind.Relative) relative--;
    return relative > 0 ? inherited(run, clauses, relative) : null;
  }
  const prevFrom = clauses.starts[clause - 1];
  const prevTo = clauses.starts[clause];
  if (clauses.kinds[clause] === ClauseKind.Relative) {
    let b = prevTo;
    while (b > prevFrom && run.ctx.doc.tokens.kind[b - 1] === TokenKind.Punct) b--;
    return phraseBefore(run.ctx, run.flags, prevFrom, b, NO_TIME);
  }
  return subjectIn(run.ctx, run.flags, { from: prevFrom, to: prevTo }, clauses.first);
}

/** Which tokens of the clause [from, to) (chars) lie inside its setting: a time expression or a relative place. */
function settingTest(ctx: Context, from: number, to: number): TimeTest {
  const { start, end } = ctx.doc.tokens;
  let inClause: { start: number; end: number }[] | null = null;
  for (const x of ctx.times) if (x.start < to && x.end > from) (inClause ??= []).push(x);
  for (const p of ctx.places) if (p.precision === "relative" && p.start < to && p.end > from) (inClause ??= []).push(p);
  if (!inClause) return NO_TIME;
  const spans = inClause;
  return (t) => {
    for (const x of spans) if (start[t] >= x.start && end[t] <= x.end) return true;
    return false;
  };
}

/**
 * "Russia said Sudan must return the helicopter": a demand made in reported speech. The REQUEST
 * is the speaker's; its target is the subject of "must".
 */
function directives(run: Run, s: number, clauses: Clauses, events: Event[]): void {
  const { ctx, lower, flags } = run;
  const { doc } = ctx;
  const { start, end } = doc.tokens;
  for (let t = clauses.first; t < clauses.last; t++) {
    if ((flags[t] & F_MUST) === 0) continue;
    if (t + 1 < clauses.last && (lower[t + 1] === "have" || (flags[t + 1] & F_NEG) !== 0)) continue;
    const claim = innermostClaim(ctx.claims, start[t], end[t]);
    if (!claim) continue;
    const cueToken = tokenAtOrAfter(doc, claim.cue.start);
    if (events.some((e) => e.trigger.start === start[cueToken] && e.type === "REQUEST")) continue;
    const clause = clauses.of[t];
    const a = clauses.starts[clause];
    const b = clauseEnd(clauses, clause);
    const actor = sourceOf(claim);
    const target = subjectIn(ctx, flags, { from: a, to: t }, clauses.first) ?? phraseBefore(ctx, flags, a, t, NO_TIME);
    const parent = parentOf(ctx, claim);
    events.push({
      id: "",
      type: "REQUEST",
      mode: null,
      trigger: { start: start[t], end: end[t], text: doc.text.slice(start[t], end[t]) },
      actor: actor.name,
      target: target?.name ?? null,
      place: placeIn(ctx, flags, start[a], end[b - 1], clauses.first, actor.span, target?.span ?? null),
      time: dateIn(ctx, start[a], end[b - 1]) ?? claim.time ?? doc.article.date,
      figures: [],
      claim: parent?.id ?? null,
      sentence: s,
      rule: "event/directive",
      negated: false,
      modality: "asserted",
      actor_span: actor.span,
      target_span: target?.span ?? null,
    });
  }
}
