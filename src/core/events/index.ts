// Events: who did what to whom, where and when, PLOVER-typed (src/data/event-triggers.json).
// One pass over the tokens finds trigger candidates (verbs, and nouns where the context reads them
// as nouns); each sentence that has any is split into clauses, and each clause keeps its verb
// triggers (a noun after a light verb counts as one: "launched an offensive") or, when it has
// none, one noun trigger. Each event gets its actor and target from the clause (see arguments.ts),
// its mood (negated, possible, future, threat: modality.ts) and the claim that reports it: the
// innermost claim whose content holds it, or, when the trigger is itself a claim cue ("accused",
// "rejected", "threatened"), the claim around that one, with the cue's source as the actor.
import type { Context } from "../context.js";
import { tokenAtOrAfter } from "../document.js";
import { TokenKind, isUpper } from "../segment/tokenize.js";
import type { Claim, Event, TextSpan } from "../types.js";
import {
  byPhrase, dateIn, figuresIn, isPassive, phraseAfter, phraseBefore, placeIn, pronounSubject, subjectIn, type Participant,
} from "./arguments.js";
import { ClauseKind, clauseEnd, splitClauses, type Clauses } from "./clauses.js";
import {
  AUX, BACKREF_PREPOSITIONS, BE, CONNECTORS, DETERMINERS, INTENT_AGREE, INTENT_THREATEN, LIGHT_VERBS, MUST, NEGATORS,
  NOUN_FORMS, OBJECT_PRONOUNS, PERFORMATIVE_CUES, PREPOSITIONS, QUANTIFIERS, REJECT_WHEN_NEGATED, SUBORDINATORS, TRIGGERS,
  VERBAL_PREV, WEAPONS, type TriggerEntry,
} from "./lexicon.js";
import { nounMood, verbMood, type Modality, type Mood } from "./modality.js";

export type { Modality } from "./modality.js";

/** An event with the fields this layer adds to the contract (to move into types.ts). */
export interface EventRecord extends Event {
  /** The text says the event did not happen ("did not attack", "no talks"). */
  negated?: boolean;
  /** Whether the text reports the event as having happened. */
  modality?: Modality;
  /** Where the actor and target were read (the mention, or the noun phrase). */
  actor_span?: TextSpan | null;
  target_span?: TextSpan | null;
}

interface Candidate {
  t: number;
  end: number;
  entry: TriggerEntry;
  /** Read as a noun (an event noun, or a gerund after a determiner). */
  noun: boolean;
  /** Token of the light verb this noun follows ("launched an offensive"), else -1. */
  light: number;
}

const LIGHT_GAP = 4;
/** Speech acts aimed at someone, whose addressee may stand in the following clause. */
const ADDRESSED = new Set(["REQUEST", "ACCUSE", "REJECT", "THREATEN", "SUPPORT"]);
const POSSESSIVES = new Set(["its", "their", "our", "his", "her", "my"]);
const BACKREF_GAP = 4;
const DIRECTIVE_RULE = "event/directive";

export function extractEvents(ctx: Context): EventRecord[] {
  const { doc } = ctx;
  const { lower, kind, start } = doc.tokens;
  const cueOf = new Map<number, Claim>();
  for (const c of ctx.claims) cueOf.set(c.cue.start, c);
  const events: EventRecord[] = [];
  for (let s = 0; s < doc.sentences.length; s++) {
    const first = doc.sentenceFirst[s];
    const last = doc.sentenceLast[s];
    let candidates: Candidate[] | null = null;
    let hasMust = false;
    for (let t = first; t < last; t++) {
      if (kind[t] !== TokenKind.Word) continue;
      const list = TRIGGERS.get(lower[t]);
      if (!list) {
        if (MUST.has(lower[t])) hasMust = true;
        continue;
      }
      if (t > first && isUpper(doc.text.charCodeAt(start[t])) && kind[t - 1] !== TokenKind.Quote) continue;
      const c = matchAt(ctx, list, t, first, last);
      if (!c) continue;
      (candidates ??= []).push(c);
      t = c.end - 1;
    }
    if (!candidates && !hasMust) continue;
    const clauses = splitClauses(doc, first, last, ctx.claims);
    if (candidates) {
      markLightVerbs(ctx, candidates, first);
      for (const c of selectMain(ctx, candidates, clauses)) {
        const { event, mood } = buildEvent(ctx, c, s, clauses, cueOf);
        events.push(event);
        const act = c.noun && c.light < 0 ? null : speechAct(ctx, event, mood);
        if (act) events.push(act);
      }
    }
    if (hasMust) directives(ctx, s, clauses, events);
  }
  events.sort((a, b) => a.trigger.start - b.trigger.start);
  const out: EventRecord[] = [];
  for (const e of events) {
    if (out.length > 0 && out[out.length - 1].trigger.start === e.trigger.start) continue;
    e.id = `v${out.length + 1}`;
    out.push(e);
  }
  return out;
}

// ---- finding candidates ----

function matchAt(ctx: Context, list: TriggerEntry[], t: number, first: number, last: number): Candidate | null {
  const { lower, kind } = ctx.doc.tokens;
  const prev = t > first ? lower[t - 1] : "";
  const prevNumber = t > first && kind[t - 1] === TokenKind.Number;
  for (const e of list) {
    const n = e.tokens.length;
    if (t + n > last) continue;
    let same = true;
    for (let i = 1; i < n && same; i++) same = lower[t + i] === e.tokens[i];
    if (!same) continue;
    const next = t + n;
    if (e.noun) {
      if (isModifier(ctx, next, last)) continue;
      return { t, end: next, entry: e, noun: true, light: -1 };
    }
    let noun = false;
    if (e.bare) {
      if (n === 1 && NOUN_FORMS.has(e.tokens[0])) {
        if (!verbReading(ctx, t, next, first, last)) continue;
      } else if (DETERMINERS.has(prev) || prevNumber) continue;
    } else if (e.gerund) {
      if (DETERMINERS.has(prev) || prevNumber) {
        if (NOUN_FORMS.has(lower[t])) continue;
        noun = true;
      } else if (PREPOSITIONS.has(prev) && !startsPhrase(ctx, next, last)) {
        if (NOUN_FORMS.has(lower[t])) continue;
        noun = true;
      }
    } else if (e.participle && n === 1) {
      // "the wounded", "occupied territories", "12 injured people": adjectives, not events.
      if (DETERMINERS.has(prev) || prevNumber) continue;
      if ((t === first || PREPOSITIONS.has(prev)) && next < last && isContentWord(ctx, next)) continue;
    }
    if (e.objects && !hasObject(lower, e, t, next, first, last)) continue;
    return { t, end: next, entry: e, noun, light: -1 };
  }
  return null;
}

function isContentWord(ctx: Context, u: number): boolean {
  const { lower, kind, start } = ctx.doc.tokens;
  const w = lower[u];
  return kind[u] === TokenKind.Word && !isUpper(ctx.doc.text.charCodeAt(start[u])) && !PREPOSITIONS.has(w) && !SUBORDINATORS.has(w) &&
    !AUX.has(w) && !BE.has(w) && !DETERMINERS.has(w) && !CONNECTORS.has(w);
}

/** A noun trigger directly followed by another noun is a modifier ("aid workers", "emergency services"). */
function isModifier(ctx: Context, next: number, last: number): boolean {
  if (next >= last || !isContentWord(ctx, next)) return false;
  const w = ctx.doc.tokens.lower[next];
  if (w.endsWith("ed") || LIGHT_VERBS.has(w) || w.endsWith("n't")) return false;
  const list = TRIGGERS.get(w);
  return !(list && list.some((e) => !e.noun));
}

/** Does a noun phrase start at `u` (so the word before is a verb taking it as object)? */
function startsPhrase(ctx: Context, u: number, last: number): boolean {
  if (u >= last) return false;
  const { lower, kind, start } = ctx.doc.tokens;
  const w = lower[u];
  return DETERMINERS.has(w) || kind[u] === TokenKind.Number || OBJECT_PRONOUNS.has(w) || QUANTIFIERS.has(w) ||
    (kind[u] === TokenKind.Word && isUpper(ctx.doc.text.charCodeAt(start[u])));
}

/** "attacks"/"strike"/"talks" forms that are both: a verb after a subject-like word or before an object. */
function verbReading(ctx: Context, t: number, next: number, first: number, last: number): boolean {
  const { lower, kind } = ctx.doc.tokens;
  const prev = t > first ? lower[t - 1] : "";
  if (VERBAL_PREV.has(prev) || prev.endsWith("n't")) return true;
  if (t === first || DETERMINERS.has(prev) || PREPOSITIONS.has(prev) || kind[t - 1] === TokenKind.Number) return false;
  if (kind[t - 1] !== TokenKind.Word && kind[t - 1] !== TokenKind.Acronym) return false;
  return startsPhrase(ctx, next, last);
}

function hasObject(lower: string[], e: TriggerEntry, t: number, next: number, first: number, last: number): boolean {
  const objects = e.objects as Set<string>;
  for (let u = next; u < last && u < next + e.window; u++) if (objects.has(lower[u])) return true;
  // The object may stand before a passive or a reduced relative ("117 drones were destroyed").
  for (let u = t - 1; u >= first && u >= t - e.window; u--) if (objects.has(lower[u])) return true;
  return false;
}

/** A noun right after a light verb (few words between) stands for the clause's verb. */
function markLightVerbs(ctx: Context, candidates: Candidate[], first: number): void {
  const { lower, kind } = ctx.doc.tokens;
  const verbAt = new Set<number>();
  for (const c of candidates) if (!c.noun) verbAt.add(c.t);
  for (const c of candidates) {
    if (!c.noun) continue;
    for (let u = c.t - 1; u >= first && u >= c.t - LIGHT_GAP; u--) {
      const w = lower[u];
      if (LIGHT_VERBS.has(w)) {
        if (!verbAt.has(u)) c.light = u;
        break;
      }
      if (kind[u] === TokenKind.Punct || PREPOSITIONS.has(w) || SUBORDINATORS.has(w) || CONNECTORS.has(w)) break;
    }
  }
}

/** Nouns after "since", "after", "of" ... name an event already told ("since the start of the attack"). */
function isBackReference(ctx: Context, c: Candidate, from: number): boolean {
  const { lower, kind } = ctx.doc.tokens;
  for (let u = c.t - 1; u >= from && u >= c.t - BACKREF_GAP; u--) {
    const w = lower[u];
    if (BACKREF_PREPOSITIONS.has(w)) return true;
    if (kind[u] === TokenKind.Punct || PREPOSITIONS.has(w) || SUBORDINATORS.has(w)) return false;
  }
  return false;
}

/** Per clause: its verb triggers (and light-verb nouns), else its first noun trigger. */
function selectMain(ctx: Context, candidates: Candidate[], clauses: Clauses): Candidate[] {
  const out: Candidate[] = [];
  let i = 0;
  while (i < candidates.length) {
    const clause = clauses.of[candidates[i].t - clauses.first];
    let j = i;
    while (j < candidates.length && clauses.of[candidates[j].t - clauses.first] === clause) j++;
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
        if (!isBackReference(ctx, candidates[k], from)) {
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
  const name = src.actor ?? src.resolved_from?.text ?? src.text;
  return { name, span: { start: src.start, end: src.end, text: src.text } };
}

function refineMode(lower: string[], from: number, to: number, mode: string | null): string | null {
  if (mode !== "strike") return mode;
  for (let u = from; u < to; u++) {
    const weapon = WEAPONS.get(lower[u]);
    if (weapon && weapon !== "ground assault") return weapon;
  }
  return mode;
}

/**
 * PLOVER codes a stated intention as a speech act: "will send aid" is also an AGREE (a promise),
 * "would blockade the port" a THREATEN, "will not accept" a REJECT. The act's trigger is the
 * marker ("will", "ready", "not"); the action itself stays, marked future or negated.
 */
function speechAct(ctx: Context, e: EventRecord, mood: Mood): EventRecord | null {
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
  const { start, end } = ctx.doc.tokens;
  return {
    ...e,
    type,
    mode,
    trigger: { start: start[at], end: end[at], text: ctx.doc.text.slice(start[at], end[at]) },
    negated: false,
    modality: "asserted",
    rule: `event/${type === "REJECT" ? "refusal" : "intent"}/${e.type.toLowerCase()}`,
  };
}

function buildEvent(ctx: Context, c: Candidate, s: number, clauses: Clauses, cueOf: Map<number, Claim>): { event: EventRecord; mood: Mood } {
  const { doc } = ctx;
  const { lower, start, end } = doc.tokens;
  const clause = clauses.of[c.t - clauses.first];
  const a = clauses.starts[clause];
  const b = clauseEnd(clauses, clause);
  const from = start[a];
  const to = end[b - 1];
  const trigger: TextSpan = { start: start[c.t], end: end[c.end - 1], text: doc.text.slice(start[c.t], end[c.end - 1]) };
  const isTime = timeTest(ctx, a, b);
  let rule = `event/${c.entry.tokens.join("-")}`;
  const cue = c.noun ? null : cueOf.get(trigger.start) ?? null;
  let claim = cue ? parentOf(ctx, cue) : innermostClaim(ctx.claims, trigger.start, trigger.end);
  let actor: Participant | null = null;
  let target: Participant | null = null;
  let mood: Mood;
  if (cue) {
    // A speech act that is an event too: "Russia accused Ukraine of ...", "Kyiv rejected ...".
    actor = sourceOf(cue);
    target = phraseAfter(ctx, c.end, Math.max(b, tokenAtOrAfter(doc, cue.content.end)), isTime);
    mood = verbMood(lower, c.t, a);
    rule += "/cue";
  } else if (claim && c.noun && isPerformative(ctx, claim, c.t)) {
    // "The governor declared a state of emergency": the declaration is the act itself.
    actor = sourceOf(claim);
    mood = nounMood(lower, c.t, a);
    target = phraseAfter(ctx, c.end, b, isTime);
    claim = parentOf(ctx, claim);
    rule += "/performative";
  } else if (c.noun && c.light < 0) {
    actor = nounActor(ctx, c, a, isTime);
    target = phraseAfter(ctx, c.end, b, isTime);
    mood = nounMood(lower, c.t, a);
  } else {
    const verb = c.light >= 0 ? c.light : c.t;
    mood = verbMood(lower, verb, a, clauses.first);
    if (c.light < 0 && c.entry.participle && isPassive(lower, a, c.t, c.end)) {
      actor = byPhrase(ctx, c.end, b, isTime);
      target = phraseBefore(ctx, a, auxStart(lower, a, c.t), isTime);
      rule += "/passive";
    } else {
      actor = subjectIn(ctx, { from: a, to: verb }, clauses.first);
      // "it had destroyed", "to strike Kyiv" inside what Russia said: Russia.
      if (!actor && claim && (pronounSubject(lower, a, verb) || infinitiveAt(lower, a, verb))) actor = sourceOf(claim);
      if (!actor && clause > 0 && (clauses.kinds[clause] !== ClauseKind.Main || infinitiveAt(lower, a, verb))) actor = inherited(ctx, clauses, clause);
      if (!actor) {
        actor = phraseBefore(ctx, a, verb, isTime);
        // "its troops", "their forces" inside a claim: the speaker's side.
        if (actor && claim && POSSESSIVES.has(lower[tokenAtOrAfter(doc, actor.span.start) - 1] ?? "")) actor = sourceOf(claim);
      }
      target = phraseAfter(ctx, c.end, b, isTime);
    }
  }
  // ", killing five people" happened when and where the clause before it did.
  const participial = clause > 0 && clauses.kinds[clause] === ClauseKind.Participial;
  const prevFrom = participial ? start[clauses.starts[clause - 1]] : from;
  const time = dateIn(ctx, from, to) ?? (participial ? dateIn(ctx, prevFrom, from) : null) ?? (cue ? cue.time : claim?.time) ?? doc.article.date;
  const place =
    placeIn(ctx, from, to, clauses.first, actor?.span ?? null, target?.span ?? null) ??
    (participial ? placeIn(ctx, prevFrom, from, clauses.first, actor?.span ?? null, null) : null);
  // "demanded that Hamas renounce ...", "rejected ... by the rebels": the addressee is in the next clause.
  if (!target && ADDRESSED.has(c.entry.type)) target = addressee(ctx, clauses, clause, actor);
  const event: EventRecord = {
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

/** The first actor named in the clause after this one, other than the actor itself. */
function addressee(ctx: Context, clauses: Clauses, clause: number, actor: Participant | null): Participant | null {
  if (clause + 1 >= clauses.starts.length) return null;
  const next = subjectIn(ctx, { from: clauses.starts[clause + 1], to: clauseEnd(clauses, clause + 1) }, clauses.first);
  return next && next.name !== actor?.name ? next : null;
}

/** A performative cue ("declared", "imposed", "announced") whose content opens with this noun. */
function isPerformative(ctx: Context, claim: Claim, t: number): boolean {
  const { lower } = ctx.doc.tokens;
  const cueToken = tokenAtOrAfter(ctx.doc, claim.cue.start);
  if (!PERFORMATIVE_CUES.has(lower[cueToken])) return false;
  const contentStart = tokenAtOrAfter(ctx.doc, claim.content.start);
  return t >= contentStart && t - contentStart <= LIGHT_GAP;
}

/** An infinitive ("to strike") right before the verb, inside the clause. */
function infinitiveAt(lower: string[], from: number, verb: number): boolean {
  let u = verb - 1;
  while (u >= from && (lower[u].endsWith("ly") || lower[u] === "not")) u--;
  return u >= from && lower[u] === "to";
}

/** First auxiliary of the verb group ending at t ("were" in "were shot down"). */
function auxStart(lower: string[], from: number, t: number): number {
  let u = t;
  while (u > from && (AUX.has(lower[u - 1]) || BE.has(lower[u - 1]) || lower[u - 1].endsWith("ly") || NEGATORS.has(lower[u - 1]))) u--;
  return u;
}

/** The actor of a noun event: a mention inside its own phrase ("Russian missile attack"), else "by X". */
function nounActor(ctx: Context, c: Candidate, from: number, isTime: (t: number) => boolean): Participant | null {
  const { lower, kind } = ctx.doc.tokens;
  let u = c.t;
  while (u > from && kind[u - 1] !== TokenKind.Punct && !PREPOSITIONS.has(lower[u - 1]) && !SUBORDINATORS.has(lower[u - 1]) &&
    !CONNECTORS.has(lower[u - 1]) && !AUX.has(lower[u - 1]) && !BE.has(lower[u - 1])) u--;
  if (u < c.t) {
    const inside = subjectIn(ctx, { from: u, to: c.t }, u);
    if (inside) return inside;
  }
  return byPhrase(ctx, c.end, clauseEndFor(ctx, c), isTime);
}

function clauseEndFor(ctx: Context, c: Candidate): number {
  const s = ctx.doc.sentenceOfToken[c.t];
  return ctx.doc.sentenceLast[s];
}

/** For ", killing ..." the previous clause's subject; for ", which ..." the noun before it. */
function inherited(ctx: Context, clauses: Clauses, clause: number): Participant | null {
  const prevFrom = clauses.starts[clause - 1];
  const prevTo = clauses.starts[clause];
  if (clauses.kinds[clause] === ClauseKind.Relative) {
    let b = prevTo;
    while (b > prevFrom && ctx.doc.tokens.kind[b - 1] === TokenKind.Punct) b--;
    return phraseBefore(ctx, prevFrom, b, () => false);
  }
  return subjectIn(ctx, { from: prevFrom, to: prevTo }, clauses.first);
}

/** Tests whether a token lies inside a time expression (the end of a target phrase: "drones overnight"). */
function timeTest(ctx: Context, a: number, b: number): (t: number) => boolean {
  const { start, end } = ctx.doc.tokens;
  const from = start[a];
  const to = end[b - 1];
  let inClause: { start: number; end: number }[] | null = null;
  for (const x of ctx.times) if (x.start < to && x.end > from) (inClause ??= []).push(x);
  if (!inClause) return () => false;
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
function directives(ctx: Context, s: number, clauses: Clauses, events: EventRecord[]): void {
  const { doc } = ctx;
  const { lower, start, end } = doc.tokens;
  for (let t = clauses.first; t < clauses.last; t++) {
    if (!MUST.has(lower[t]) || lower[t + 1] === "have" || NEGATORS.has(lower[t + 1]) || lower[t + 1]?.endsWith("n't")) continue;
    const claim = innermostClaim(ctx.claims, start[t], end[t]);
    if (!claim || lower[tokenAtOrAfter(doc, claim.cue.start)] === "must") continue;
    const cueToken = tokenAtOrAfter(doc, claim.cue.start);
    if (events.some((e) => e.trigger.start === start[cueToken] && e.type === "REQUEST")) continue;
    const clause = clauses.of[t - clauses.first];
    const a = clauses.starts[clause];
    const b = clauseEnd(clauses, clause);
    const actor = sourceOf(claim);
    const target = subjectIn(ctx, { from: a, to: t }, clauses.first) ?? phraseBefore(ctx, a, t, () => false);
    const parent = parentOf(ctx, claim);
    events.push({
      id: "",
      type: "REQUEST",
      mode: null,
      trigger: { start: start[t], end: end[t], text: doc.text.slice(start[t], end[t]) },
      actor: actor.name,
      target: target?.name ?? null,
      place: placeIn(ctx, start[a], end[b - 1], clauses.first, actor.span, target?.span ?? null),
      time: dateIn(ctx, start[a], end[b - 1]) ?? claim.time ?? doc.article.date,
      figures: [],
      claim: parent?.id ?? null,
      sentence: s,
      rule: DIRECTIVE_RULE,
      negated: false,
      modality: "asserted",
      actor_span: actor.span,
      target_span: target?.span ?? null,
    });
  }
}
