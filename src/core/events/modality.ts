// Whether the text says an event happened: negation ("did not attack", "no talks") and modality
// ("may strike" possible, "will strike" / "plans to strike" future, "threatened to strike" threat),
// read from the few words before the trigger inside its clause.
import {
  F_ADVERB, F_ASSERTED_GOVERNOR, F_AUX, F_BE, F_DET, F_FUTURE_MODAL, F_INTENT_GOVERNOR, F_NEG, F_POSSIBLE_GOVERNOR,
  F_POSSIBLE_MODAL, F_THREAT_GOVERNOR, FUTURE_BEFORE_NOUN, POSSIBLE_BEFORE_NOUN,
} from "./lexicon.js";

export type Modality = "asserted" | "possible" | "future" | "threat";

export interface Mood {
  negated: boolean;
  modality: Modality;
  /** Token of an explicit intent or future marker ("will", "plans", "ready"), else -1. */
  marker: number;
  /** Token of the negator, else -1. */
  negator: number;
}

const VERB_LOOKBACK = 6;
const NOUN_LOOKBACK = 4;

/** For a verb trigger at token t in a clause starting at `from` (sentence starting at `sentenceFirst`). */
export function verbMood(lower: string[], flags: Uint32Array, t: number, from: number, sentenceFirst: number): Mood {
  let negated = false;
  let modality: Modality = "asserted";
  let marker = -1;
  let negator = -1;
  for (let u = t - 1; u >= from && u >= t - VERB_LOOKBACK; u--) {
    const f = flags[u];
    if ((f & F_NEG) !== 0) {
      negated = true;
      negator = u;
      const w = lower[u];
      if (w === "won't" || w === "won’t") {
        modality = "future";
        marker = u;
      } else if (w === "can't" || w === "couldn't" || w === "can’t" || w === "couldn’t") modality = "possible";
      continue;
    }
    if ((f & F_POSSIBLE_MODAL) !== 0) {
      if (modality === "asserted") modality = "possible";
      continue;
    }
    if ((f & F_FUTURE_MODAL) !== 0) {
      if (modality === "asserted") modality = "future";
      marker = u;
      continue;
    }
    if (lower[u] === "to") {
      // "claimed to have downed 11 drones": a perfect infinitive tells of the past, whatever governs it.
      if (lower[u + 1] === "have") break;
      // The infinitive's governor decides; it may sit before the clause ("Moscow threatened | to strike Kyiv").
      let g = u - 1;
      while (g >= sentenceFirst && (flags[g] & (F_AUX | F_ADVERB)) !== 0) g--;
      const gf = g >= sentenceFirst ? flags[g] : 0;
      if ((gf & F_THREAT_GOVERNOR) !== 0) modality = "threat";
      else if ((gf & F_POSSIBLE_GOVERNOR) !== 0) modality = "possible";
      else if ((gf & F_ASSERTED_GOVERNOR) === 0 && modality === "asserted") modality = "future";
      if (modality === "future" && (gf & F_INTENT_GOVERNOR) !== 0) marker = g;
      // "not ready to", "will not agree to": the negation belongs to the governor.
      if (g > sentenceFirst && (flags[g - 1] & F_NEG) !== 0) {
        negated = true;
        negator = g - 1;
      }
      break;
    }
    if ((f & (F_AUX | F_BE | F_ADVERB)) !== 0) continue;
    break;
  }
  if (lower[from] === "if" || lower[from] === "unless") {
    if (modality === "asserted" || modality === "future") modality = "possible";
    marker = -1;
  }
  return { negated, modality, marker, negator };
}

/** For a noun trigger at token t: "no talks", "possible talks", "planned offensive", "threat of an attack". */
export function nounMood(lower: string[], flags: Uint32Array, t: number, from: number): Mood {
  let negated = false;
  let modality: Modality = "asserted";
  let negator = -1;
  for (let u = t - 1; u >= from && u >= t - NOUN_LOOKBACK; u--) {
    const w = lower[u];
    const f = flags[u];
    if ((f & F_NEG) !== 0) {
      negated = true;
      negator = u;
    } else if (POSSIBLE_BEFORE_NOUN.has(w)) modality = "possible";
    else if (FUTURE_BEFORE_NOUN.has(w)) modality = "future";
    else if ((f & F_THREAT_GOVERNOR) !== 0) modality = "threat";
    else if (w === "of" || (f & F_DET) !== 0 || w.endsWith("ed") || w.endsWith("al") || w.endsWith("ian")) continue;
    else break;
  }
  if (lower[from] === "if" || lower[from] === "unless") modality = modality === "asserted" ? "possible" : modality;
  return { negated, modality, marker: -1, negator };
}
