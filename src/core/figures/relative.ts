// Figures stated relative to another: "more than double what Moscow's figures indicate", "about
// half that claimed by Kyiv", "twice as many as", "a third of the region", "three times more
// than". The figure keeps the factor and the span of what it is relative to; no value is invented.
import type { Doc } from "../document.js";
import { TokenKind } from "../segment/tokenize.js";
import type { TextSpan } from "../types.js";
import { FRACTIONS, MULTIPLES, TEN_WORDS, UNIT_WORDS } from "./lexicon.js";
import { parseNumber } from "./numbers.js";

export interface RelativeMatch {
  kind: string;
  factor: number;
  /** Token range of the trigger ("double", "a third", "three times"). */
  first: number;
  end: number;
  to: TextSpan;
}

/** What may follow a trigger when it compares with something. */
const COMPARED = new Set(["of", "that", "what", "the", "those", "as", "its", "their", "his", "her", "this", "than", "russia's", "ukraine's"]);
/** After "N times": a comparison, not a count of occasions. */
const TIMES_COMPARED = new Set(["as", "more", "less", "fewer", "higher", "larger", "bigger", "greater", "smaller", "faster", "slower", "the", "that", "what", "over"]);
/** Before "double": a verb ("could double its forces"), not a figure. */
const VERB_BEFORE = new Set(["to", "will", "would", "could", "can", "may", "might", "should", "must", "'ll", "did", "not", "nearly", "almost"]);
/** Before "half": a part of a period ("the first half of 2024"). */
const PERIOD_BEFORE = new Set(["first", "second", "latter", "other", "the", "a", "an"]);
/** Linking words skipped between the trigger and what it is relative to. */
const LINKS = [["more", "than"], ["less", "than"], ["fewer", "than"], ["larger", "than"], ["higher", "than"], ["bigger", "than"], ["greater", "than"], ["of"], ["than"]];
/** How far "as many ... as" may stretch ("twice as many drones as"). */
const MAX_AS_GAP = 5;
const MAX_TO_TOKENS = 10;

const FRACTION_KIND: Record<string, string> = { half: "half", halves: "half", third: "third", thirds: "third", quarter: "quarter", quarters: "quarter", fifth: "fifth", fifths: "fifth", tenth: "tenth", tenths: "tenth" };

export function relativeAt(doc: Doc, i: number, floor: number, limit: number): RelativeMatch | null {
  const t = doc.tokens;
  const w = t.lower[i];
  const prev = i - 1 >= floor ? t.lower[i - 1] : "";
  let kind: string;
  let factor: number;
  let end = i + 1;
  let next = end < limit ? t.lower[end] : "";
  const multiple = MULTIPLES.get(w);
  if (multiple !== undefined) {
    if (VERB_BEFORE.has(prev) && w === "double") return null;
    if (!COMPARED.has(next)) return null;
    kind = w === "twice" ? "double" : w === "thrice" || w === "treble" ? "triple" : w;
    factor = multiple;
  } else if (w === "half") {
    if (PERIOD_BEFORE.has(prev) || !COMPARED.has(next)) return null;
    kind = "half";
    factor = 0.5;
  } else {
    const fraction = fractionAt(t.lower, i, limit);
    if (fraction) {
      [kind, factor, end] = fraction;
    } else {
      const n = t.kind[i] === TokenKind.Number || UNIT_WORDS.has(w) || TEN_WORDS.has(w) ? parseNumber(t, i, limit, false) : null;
      if (!n || n.value === null || n.end >= limit || t.lower[n.end] !== "times") return null;
      end = n.end + 1;
      if (end >= limit || !TIMES_COMPARED.has(t.lower[end])) return null;
      kind = "times";
      factor = n.value;
    }
    next = end < limit ? t.lower[end] : "";
    if (!COMPARED.has(next) && kind !== "times") return null;
  }
  const to = relatedSpan(doc, end, limit);
  return to ? { kind, factor, first: i, end, to } : null;
}

/** "a third", "two thirds", "one-quarter": [kind, factor, end token]. */
function fractionAt(lower: string[], i: number, limit: number): [string, number, number] | null {
  const w = lower[i];
  const dash = w.indexOf("-");
  if (dash > 0) {
    const count = UNIT_WORDS.get(w.slice(0, dash));
    const part = w.slice(dash + 1);
    const f = FRACTIONS.get(part);
    return count !== undefined && f !== undefined && part !== "half" ? [FRACTION_KIND[part], count * f, i + 1] : null;
  }
  if (i + 1 >= limit) return null;
  const count = w === "a" || w === "an" ? 1 : UNIT_WORDS.get(w);
  const part = lower[i + 1];
  const f = FRACTIONS.get(part);
  if (count === undefined || f === undefined || part === "half" || part === "halves") return null;
  // "one third" is fine; "a third" too; "two third" is not English.
  if (count > 1 && !part.endsWith("s")) return null;
  return [FRACTION_KIND[part], Number((count * f).toPrecision(6)), i + 2];
}

/** From after the trigger (and "as many as", "of", "than") to the end of the clause. */
function relatedSpan(doc: Doc, j: number, limit: number): TextSpan | null {
  const t = doc.tokens;
  if (t.lower[j] === "as") {
    // "as many as", "as many drones as": what follows the second "as".
    let k = j + 1;
    while (k < limit && k - j <= MAX_AS_GAP && t.lower[k] !== "as") k++;
    j = k < limit && t.lower[k] === "as" ? k + 1 : j + 1;
  }
  for (const link of LINKS) {
    let k = 0;
    while (k < link.length && j + k < limit && t.lower[j + k] === link[k]) k++;
    if (k === link.length) {
      j += k;
      break;
    }
  }
  let e = j;
  while (e < limit && e - j < MAX_TO_TOKENS && !clauseEnds(t.lower[e], t.kind[e])) e++;
  if (e === j) return null;
  const start = t.start[j];
  const end = t.end[e - 1];
  return { start, end, text: doc.text.slice(start, end) };
}

function clauseEnds(lower: string, kind: number): boolean {
  if (kind === TokenKind.Quote) return true;
  if (kind !== TokenKind.Punct) return lower === "and" || lower === "but" || lower === "while" || lower === "which";
  return lower !== "-" && lower !== "'s";
}
