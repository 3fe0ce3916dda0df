// Clauses inside one sentence, as token ranges: the unit an event's actor, target, place, time and
// figures are looked for in. A clause ends at ; : and brackets, before a subordinator ("that",
// "which", "because"), after a comma before a clause opener (", killing", ", while"), and at the
// edges of a claim's content ("Russia said | it had destroyed 117 drones").
import type { Doc } from "../document.js";
import { TokenKind } from "../segment/tokenize.js";
import type { Claim } from "../types.js";
import { COMMA_OPENERS, DETERMINERS, SUBORDINATORS } from "./lexicon.js";

export const enum ClauseKind {
  Main = 0,
  /** ", killing five people": its subject is the previous clause's. */
  Participial = 1,
  /** "... forces, which shelled ...", "troops who ...": its subject is the noun before it. */
  Relative = 2,
}

export interface Clauses {
  /** Token index where each clause starts; clause c spans [starts[c], starts[c + 1]). */
  starts: number[];
  kinds: ClauseKind[];
  /** Clause index of each token of the sentence, relative to the sentence's first token. */
  of: Int32Array;
  first: number;
  last: number;
}

const HARD_BREAKS = new Set([";", ":", "(", ")", "[", "]", "—", "–", "--"]);
const RELATIVES = new Set(["which", "who", "whom", "whose"]);

export function splitClauses(doc: Doc, first: number, last: number, claims: Claim[]): Clauses {
  const { lower, kind, start, end } = doc.tokens;
  const from = start[first];
  const to = end[last - 1];
  // Claim content edges inside this sentence, as character offsets.
  const edges = new Set<number>();
  for (const c of claims) {
    if (c.content.end <= from || c.content.start >= to) continue;
    edges.add(c.content.start);
    edges.add(c.content.end);
  }
  const starts: number[] = [first];
  const kinds: ClauseKind[] = [ClauseKind.Main];
  const of = new Int32Array(last - first);
  for (let t = first + 1; t < last; t++) {
    const prev = lower[t - 1];
    const word = lower[t];
    let kindHere = -1;
    if (HARD_BREAKS.has(prev) || (edges.size > 0 && (edges.has(start[t]) || edges.has(end[t - 1])))) kindHere = ClauseKind.Main;
    else if (prev === "," && kind[t] === TokenKind.Word) {
      if (RELATIVES.has(word)) kindHere = ClauseKind.Relative;
      else if (COMMA_OPENERS.has(word)) kindHere = word.endsWith("ing") ? ClauseKind.Participial : ClauseKind.Main;
      else if (word.endsWith("ing") && !DETERMINERS.has(word)) kindHere = ClauseKind.Participial;
    } else if (SUBORDINATORS.has(word) && kind[t] === TokenKind.Word) {
      kindHere = RELATIVES.has(word) ? ClauseKind.Relative : ClauseKind.Main;
    }
    if (kindHere >= 0 && starts[starts.length - 1] !== t) {
      starts.push(t);
      kinds.push(kindHere as ClauseKind);
    }
    of[t - first] = starts.length - 1;
  }
  return { starts, kinds, of, first, last };
}

export function clauseStart(clauses: Clauses, c: number): number {
  return clauses.starts[c];
}

export function clauseEnd(clauses: Clauses, c: number): number {
  return c + 1 < clauses.starts.length ? clauses.starts[c + 1] : clauses.last;
}
