// Whether the text says an event happened: negation ("did not attack", "no talks") and modality
// ("may strike" possible, "will strike" / "plans to strike" future, "threatened to strike" threat),
// read from the few words before the trigger inside its clause.
import {
  ASSERTED_GOVERNORS, AUX, BE, DETERMINERS, FUTURE_BEFORE_NOUN, FUTURE_MODALS, INTENT_GOVERNORS, NEGATORS,
  POSSIBLE_BEFORE_NOUN, POSSIBLE_GOVERNORS, POSSIBLE_MODALS, THREAT_GOVERNORS,
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

function isNegator(w: string): boolean {
  return NEGATORS.has(w) || w.endsWith("n't");
}

/** For a verb trigger at token t in a clause starting at `from`. */
export function verbMood(lower: string[], t: number, from: number, sentenceFirst: number = from): Mood {
  let negated = false;
  let modality: Modality = "asserted";
  let marker = -1;
  let negator = -1;
  for (let u = t - 1; u >= from && u >= t - VERB_LOOKBACK; u--) {
    const w = lower[u];
    if (isNegator(w)) {
      negated = true;
      negator = u;
      if (w === "won't") {
        modality = "future";
        marker = u;
      }
      else if (w === "can't" || w === "couldn't" || w === "mightn't") modality = "possible";
      continue;
    }
    if (POSSIBLE_MODALS.has(w)) {
      if (modality === "asserted") modality = "possible";
      continue;
    }
    if (FUTURE_MODALS.has(w)) {
      if (modality === "asserted") modality = "future";
      marker = u;
      continue;
    }
    if (w === "to") {
      // The infinitive's governor decides: threatened to / tried to / forced to / plans to.
      // The governor may sit before the clause ("Moscow threatened | to strike Kyiv").
      let g = u - 1;
      while (g >= sentenceFirst && (AUX.has(lower[g]) || lower[g].endsWith("ly"))) g--;
      const governor = g >= sentenceFirst ? lower[g] : "";
      if (THREAT_GOVERNORS.has(governor)) modality = "threat";
      else if (POSSIBLE_GOVERNORS.has(governor)) modality = "possible";
      else if (!ASSERTED_GOVERNORS.has(governor) && modality === "asserted") modality = "future";
      if (modality === "future" && INTENT_GOVERNORS.has(governor)) marker = g;
      // "will not agree to", "refused to" is the refusal event itself, "not ready to" a negation.
      if (g > sentenceFirst && isNegator(lower[g - 1])) {
        negated = true;
        negator = g - 1;
      }
      break;
    }
    if (AUX.has(w) || BE.has(w) || w.endsWith("ly")) continue;
    break;
  }
  if (lower[from] === "if" || lower[from] === "unless") {
    modality = modality === "asserted" || modality === "future" ? "possible" : modality;
    marker = -1;
  }
  return { negated, modality, marker, negator };
}

/** For a noun trigger at token t: "no talks", "possible talks", "planned offensive", "threat of an attack". */
export function nounMood(lower: string[], t: number, from: number): Mood {
  let negated = false;
  let modality: Modality = "asserted";
  let negator = -1;
  for (let u = t - 1; u >= from && u >= t - NOUN_LOOKBACK; u--) {
    const w = lower[u];
    if (isNegator(w)) {
      negated = true;
      negator = u;
    } else if (POSSIBLE_BEFORE_NOUN.has(w)) modality = "possible";
    else if (FUTURE_BEFORE_NOUN.has(w)) modality = "future";
    else if (THREAT_GOVERNORS.has(w)) modality = "threat";
    else if (w === "of" || DETERMINERS.has(w) || w.endsWith("ed") || w.endsWith("al") || w.endsWith("ian")) continue;
    else break;
  }
  if (lower[from] === "if" || lower[from] === "unless") modality = modality === "asserted" ? "possible" : modality;
  return { negated, modality, marker: -1, negator };
}
