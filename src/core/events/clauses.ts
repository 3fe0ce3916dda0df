// Clauses inside one sentence, as token ranges: the unit an event's actor, target, place, time and
// figures are looked for in. A clause ends at ; : and brackets, before a subordinator ("that",
// "which", "because"), after a comma before a clause opener (", killing", ", while"), and at the
// edges of a claim's content ("Russia said | it had destroyed 117 drones").
import type { Doc } from "../document.js";
import { TokenKind } from "../segment/tokenize.js";
import type { Claim } from "../types.js";
import { F_AUX, F_BE, F_COMMA_OPENER, F_DET, F_HARD_BREAK, F_ING, F_RELATIVE, F_SUBORDINATOR, F_VERB_FORM } from "./lexicon.js";

export const enum ClauseKind {
  Main = 0,
  /** ", killing five people": its subject, time and place are the previous clause's. */
  Participial = 1,
  /** "... forces, which shelled ...", "troops who ...": its subject is the noun before it. */
  Relative = 2,
  /** "The war, which began in 2023, has killed ...": the clause the relative clause interrupted, resumed. */
  Resumed = 3,
  /** "... killed since Israel launched its strikes on Friday": its date bounds the clause before it. */
  Temporal = 4,
}

export interface Clauses {
  /** Token index where each clause starts; clause c spans [starts[c], starts[c + 1]). */
  starts: number[];
  kinds: ClauseKind[];
  /** Clause index of each token of the document (filled for this sentence only). */
  of: Int32Array;
  first: number;
  last: number;
}

/** Splits the sentence [first, last) into clauses, writing clause numbers into `of` (one per document). */
export function splitClauses(doc: Doc, flags: Uint32Array, of: Int32Array, first: number, last: number, claims: Claim[]): Clauses {
  const { lower, kind, start, end } = doc.tokens;
  const from = start[first];
  const to = end[last - 1];
  // Claim content edges inside this sentence, as character offsets (few: a short list).
  let edges: number[] | null = null;
  for (const c of claims) {
    if (c.content.end <= from || c.content.start >= to) continue;
    (edges ??= []).push(c.content.start, c.content.end);
  }
  const starts: number[] = [first];
  const kinds: ClauseKind[] = [ClauseKind.Main];
  of[first] = 0;
  for (let t = first + 1; t < last; t++) {
    const f = flags[t];
    let kindHere = -1;
    if (TIME_CONJUNCTIONS.has(lower[t]) && kind[t] === TokenKind.Word && t + 1 < last && subjectAndVerbAfter(doc, flags, t, last, true)) {
      // "two days after U.S. bombers struck": the clause is its subject and verb; the word that
      // links it stays behind, so that the subject does not read as a prepositional phrase.
      of[t] = starts.length - 1;
      starts.push(t + 1);
      kinds.push(ClauseKind.Temporal);
      of[++t] = starts.length - 1;
      continue;
    }
    if ((flags[t - 1] & F_HARD_BREAK) !== 0 || (edges !== null && (edges.includes(start[t]) || edges.includes(end[t - 1])))) {
      kindHere = ClauseKind.Main;
    } else if (kind[t] === TokenKind.Word && lower[t - 1] === ",") {
      if ((f & F_RELATIVE) !== 0) kindHere = ClauseKind.Relative;
      else if ((f & (F_AUX | F_BE | F_VERB_FORM)) !== 0 && kinds[kinds.length - 1] === ClauseKind.Relative && lower[starts[starts.length - 1] - 1] === ",") {
        kindHere = ClauseKind.Resumed;
      }
      else if ((f & F_COMMA_OPENER) !== 0) kindHere = (f & F_ING) !== 0 ? ClauseKind.Participial : ClauseKind.Main;
      else if ((f & F_ING) !== 0 && (f & F_DET) === 0) kindHere = ClauseKind.Participial;
    } else if ((f & F_SUBORDINATOR) !== 0 && kind[t] === TokenKind.Word) {
      kindHere = (f & F_RELATIVE) !== 0 ? ClauseKind.Relative : ClauseKind.Main;
    } else if (lower[t] === "as" && !AS_COMPARED.has(lower[t - 1]) && subjectAndVerbAfter(doc, flags, t, last, false)) {
      kindHere = ClauseKind.Main;
    }
    if (kindHere >= 0 && starts[starts.length - 1] === t - 1 && lower[t - 1] === "," && starts.length > 1) {
      // "... across Syria|, hitting ...": a claim's content ended at the comma, and the clause the
      // next word opens is the one that starts there (a participle's subject is the clause before).
      starts[starts.length - 1] = t;
      kinds[kinds.length - 1] = kindHere as ClauseKind;
      of[t - 1] = starts.length - 2;
    } else if (kindHere >= 0 && starts[starts.length - 1] !== t) {
      starts.push(t);
      kinds.push(kindHere as ClauseKind);
    }
    of[t] = starts.length - 1;
  }
  return { starts, kinds, of, first, last };
}

export function clauseEnd(clauses: Clauses, c: number): number {
  return c + 1 < clauses.starts.length ? clauses.starts[c + 1] : clauses.last;
}

/** Words before "as" that make it a comparison or a role ("such as", "known as", "as well as"). */
const AS_COMPARED = new Set(["such", "as", "same", "so", "well", "known", "served", "serves", "serving", "acted", "acts", "acting", "seen", "regarded", "described", "just", "much", "many", "soon", "long", "far"]);

/** Prepositions that also open a clause of time ("after the army withdrew", "since Israel launched"). */
const TIME_CONJUNCTIONS = new Set(["after", "before", "since", "until"]);

/** Common irregular past forms, which "-ed" does not find ("after U.S. bombers struck"). */
const IRREGULAR_PAST = new Set([
  "struck", "hit", "shot", "fought", "began", "took", "led", "fled", "left", "sent", "made", "broke", "held", "won", "lost", "threw",
  "blew", "fell", "rose", "ran", "came", "went", "drove", "brought", "caught", "cut", "put", "set", "spread", "stood", "told", "said",
  "met", "sank", "withdrew", "overran", "seized", "gave", "got", "found", "kept", "saw", "became", "shut", "split", "wrote", "spoke",
]);

/**
 * Whether the word at token t opens a clause of its own: a short subject (a determiner and at most
 * two words), then a verb. After "as" any verb form will do ("Israeli strikes killed 20 as the U.S.
 * vetoed a resolution"). After a time word (`pastOnly`: "after U.S. bombers struck", "since the army
 * had withdrawn") the subject may be no verb itself and the verb must be past or an auxiliary: a
 * present form is too often a plural noun ("after the Paris attacks and ...", "after a long battle").
 */
function subjectAndVerbAfter(doc: Doc, flags: Uint32Array, t: number, last: number, pastOnly: boolean): boolean {
  const { lower, kind } = doc.tokens;
  let u = t + 1;
  if (u < last && (flags[u] & F_DET) !== 0) u++;
  if (pastOnly && (u >= last || (flags[u] & (F_AUX | F_BE | F_ING | F_VERB_FORM)) !== 0)) return false;
  for (let words = 0; words < 2 && u < last && (kind[u] === TokenKind.Word || kind[u] === TokenKind.Acronym || kind[u] === TokenKind.Abbrev); words++) {
    u++;
    if (u >= last || kind[u] !== TokenKind.Word) continue;
    const verb = pastOnly ? IRREGULAR_PAST.has(lower[u]) : (flags[u] & F_VERB_FORM) !== 0;
    if (verb || (flags[u] & (F_AUX | F_BE)) !== 0 || lower[u].endsWith("ed")) return true;
  }
  return false;
}
