// What an event is done to, when its object phrase is not it: the munition fired at a target
// ("a barrage of rockets at an army base"), what is given to a recipient ("arms to Pakistan"), and
// the act or proposal whose party is named after it ("an offer from Moscow").
import type { Context } from "../context.js";
import { tokenAtOrAfter } from "../document.js";
import { TokenKind } from "../segment/tokenize.js";
import { namesActor, phraseAfter, type Participant, type TimeTest } from "./arguments.js";
import { F_AUX, F_BE, F_CONNECTOR, F_ING, F_PREP, F_SUBORDINATOR, F_VERB_FORM, VOLLEYS, WEAPONS, type TriggerEntry } from "./lexicon.js";

/** Weapon classes that are fired at a target rather than being one (troops and tanks can be targets). */
const FIRED_CLASSES = new Set(["drone", "missile", "shelling", "air strike", "explosives"]);
/** Prepositions that point a launch at its target. */
const AIMED = new Set(["at", "toward", "towards", "into", "against", "on", "onto"]);

/** The target of an event whose object phrase is the means or the act rather than who it is done to. */
export function refineTarget(ctx: Context, flags: Uint32Array, entry: TriggerEntry, object: Participant, limit: number, isTime: TimeTest): Participant {
  let target = object;
  // "fired a barrage of rockets at an army base" (an interception's target is what it brought down).
  if (entry.mode !== "interception") target = firedAt(ctx, flags, target, limit, isTime) ?? target;
  // "sent arms to Pakistan".
  if (GIVING.has(entry.type)) target = givenTo(ctx, flags, target, limit, isTime) ?? target;
  // "rejected calls by Belarus's rulers", "demanded the withdrawal of Serbian forces".
  target = nounArgument(ctx, flags, target, limit, isTime) ?? target;
  // "lifted the ban on the Islamic Salvation Front", "withdraw its troops from Lebanon".
  if (entry.type !== "ASSAULT" && !namesActor(ctx, target)) target = namedParty(ctx, flags, tokenAtOrAfter(ctx.doc, target.span.end), limit, isTime) ?? target;
  return target;
}

/** Prepositions that introduce the party an act is aimed at, given or done with. */
const PARTY_AFTER = new Set(["to", "for", "with", "on", "from", "against", "toward", "towards", "over"]);
const PREDICATE = F_BE | F_AUX | F_SUBORDINATOR;
/** Tokens after the object that a named party is looked for in. */
const PARTY_REACH = 12;

/**
 * The first actor named after one of PARTY_AFTER from token `u` on, in the clause: who a
 * non-violent act is aimed at when its object is a thing ("aid to Mozambique", "agreed to provide
 * about 70 million dollars of aid for Romania and Poland", "offered to negotiate with the
 * president of Armenia"). A preposition before a verb is an infinitive's "to", passed over.
 */
export function namedParty(ctx: Context, flags: Uint32Array, u: number, limit: number, isTime: TimeTest): Participant | null {
  const lower = ctx.doc.tokens.lower;
  for (const end = Math.min(limit, u + PARTY_REACH); u + 1 < end; u++) {
    // Another predicate ("the meeting was broadcast on Russian television", "and to slow the
    // advance of Russian forces") is not the act's.
    if ((flags[u] & PREDICATE) !== 0 || ((flags[u] & F_CONNECTOR) !== 0 && lower[u + 1] === "to")) return null;
    if (!PARTY_AFTER.has(lower[u]) || (flags[u + 1] & F_VERB_FORM) !== 0) continue;
    const party = phraseAfter(ctx, flags, u + 1, limit, isTime);
    if (!party) continue;
    if (namesActor(ctx, party)) return party;
    // "with the president of Armenia": the office's holder is named by its country.
    const of = tokenAtOrAfter(ctx.doc, party.span.end);
    if (of + 1 < limit && lower[of] === "of") {
      const holder = phraseAfter(ctx, flags, of + 1, limit, isTime);
      if (holder && namesActor(ctx, holder)) return holder;
    }
  }
  return null;
}

/**
 * Nouns of an act or a proposal that name their party after "of", "from" or "by": the party is the
 * event's target ("rejected an offer from Kyiv", "demanded the release of the hostages").
 */
const RELATIONAL_NOUNS = new Set([
  "call", "calls", "offer", "offers", "proposal", "proposals", "invitation", "appeal", "appeals", "demand", "demands", "request",
  "requests", "plan", "withdrawal", "pullout", "removal", "release", "resignation", "extradition", "expulsion", "surrender", "ouster",
]);
const PARTY_PREPOSITIONS = new Set(["of", "from", "by"]);

/** The party after the relational noun that heads a target ("the withdrawal of Serbian forces"). */
export function nounArgument(ctx: Context, flags: Uint32Array, object: Participant, limit: number, isTime: TimeTest): Participant | null {
  const lower = ctx.doc.tokens.lower;
  const after = tokenAtOrAfter(ctx.doc, object.span.end);
  if (!RELATIONAL_NOUNS.has(lower[after - 1]) || after + 1 >= limit || !PARTY_PREPOSITIONS.has(lower[after])) return null;
  const party = phraseAfter(ctx, flags, after + 1, limit, isTime);
  return party && !RELATIONAL_NOUNS.has(lower[tokenAtOrAfter(ctx.doc, party.span.end) - 1]) ? party : null;
}

/** Event types whose object is what is given or offered, and whose target is who receives it. */
const GIVING = new Set(["AID", "AGREE"]);

/** The recipient after "to" that follows what was given ("provided aerial photographs to Macedonia"). */
function givenTo(ctx: Context, flags: Uint32Array, object: Participant, limit: number, isTime: TimeTest): Participant | null {
  const u = prepositionAfterObject(ctx, flags, object, limit, RECIPIENT);
  if (u < 0 || u + 1 >= limit || (flags[u + 1] & F_VERB_FORM) !== 0) return null; // "to fight": a purpose
  return phraseAfter(ctx, flags, u + 1, limit, isTime);
}

const RECIPIENT = new Set(["to"]);

/**
 * The preposition of `prepositions` that follows an object phrase and the rest of what it names
 * ("of rockets", "and three missiles"), within a few words; -1 when another word intervenes.
 */
function prepositionAfterObject(ctx: Context, flags: Uint32Array, object: Participant, limit: number, prepositions: ReadonlySet<string>): number {
  const { lower, kind } = ctx.doc.tokens;
  let u = tokenAtOrAfter(ctx.doc, object.span.end);
  const last = Math.min(limit, u + 6);
  while (u < last && !prepositions.has(lower[u])) {
    const word = kind[u] === TokenKind.Word || kind[u] === TokenKind.Number;
    if (!(lower[u] === "of" || lower[u] === "and" || (word && (flags[u] & (F_PREP | F_ING)) === 0))) return -1;
    u++;
  }
  return u < limit && prepositions.has(lower[u]) ? u : -1;
}

/**
 * Whether a participant is a munition or a volley of them ("the barrage", "dozens of missiles"),
 * never who acted. A country, people or armed group named in the phrase ("Uzbek strikes") says
 * whose they are, so the phrase keeps naming its side.
 */
export function isMunition(ctx: Context, participant: Participant): boolean {
  const name = participant.name.toLowerCase();
  if (!isFired(name.slice(name.lastIndexOf(" ") + 1))) return false;
  const { start, end } = participant.span;
  return !ctx.entities.some((e) => e.start >= start && e.end <= end && SIDE_TYPES.has(e.type));
}

const SIDE_TYPES = new Set(["GPE", "NORP", "GROUP"]);

/** Whether a head word names what is fired or dropped: a volley, an attack noun or a fired weapon class. */
function isFired(head: string): boolean {
  const weapon = WEAPONS.get(head);
  return VOLLEYS.has(head) || (weapon !== undefined && FIRED_CLASSES.has(weapon));
}

/**
 * The target of a launch whose object is a munition: the phrase after "at", "toward", "into"...
 * right after the object and its "of" complement ("a barrage of rockets at an army base").
 */
function firedAt(ctx: Context, flags: Uint32Array, object: Participant, limit: number, isTime: TimeTest): Participant | null {
  const lower = ctx.doc.tokens.lower;
  if (!isFired(lower[tokenAtOrAfter(ctx.doc, object.span.end) - 1])) return null;
  const u = prepositionAfterObject(ctx, flags, object, limit, AIMED);
  return u < 0 ? null : phraseAfter(ctx, flags, u + 1, limit, isTime);
}
