// Relative places: "35 km (22 miles) from the fighting", "10 km south of Kursk", "south of Kursk",
// "near the border". Kept as a relation to an anchor (a place mention or a short noun phrase);
// coordinates stay null because the text does not give a point.
import type { Doc } from "../document.js";
import { TokenKind } from "../segment/tokenize.js";
import type { Place, TextSpan } from "../types.js";
import type { PlaceLexicon } from "./gazetteer.js";
import { shortestKey } from "./word-lengths.js";

const DETERMINERS = new Set(["the", "a", "an", "its", "their", "his", "her", "our", "this", "that"]);
const NP_STOP = new Set(["in", "on", "at", "with", "and", "or", "but", "said", "says", "to", "of", "where", "which", "that", "who", "as", "by", "for", "from", "after", "before", "when", "while", "is", "was", "were", "are", "has", "had", "have"]);
const FROM_WORDS = new Set(["from", "of"]);
const MAX_NP_WORDS = 4;

/** Token index where a place mention starting at `t` ends (exclusive), or -1. */
export type MentionEndAt = (t: number) => number;

export function findRelativePlaces(doc: Doc, lex: PlaceLexicon, mentionEndAt: MentionEndAt): Place[] {
  const { lower, count, kind } = doc.tokens;
  const scan = new RelativeScan(doc, lex, mentionEndAt);
  const shortestNear = shortestKey(lex.nearWords);
  // The scan over every token only tests words; what a match reads is in RelativeScan's methods,
  // so that the optimising compiler compiles this loop small and a rare match recompiles little.
  for (let t = 0; t < count; t++) {
    // "35 km (22 miles) from X", "10 km south of X"
    if (kind[t] === TokenKind.Number && t + 1 < count && lex.units.has(lower[t + 1])) {
      t = scan.distance(t);
      continue;
    }
    // "south of Kursk"
    if (t + 1 < count && lower[t + 1] === "of" && kind[t] === TokenKind.Word && lex.directions.has(lower[t])) {
      t = scan.direction(t);
      continue;
    }
    // "near the border", "close to Kupiansk"
    const near = lower[t].length >= shortestNear && lex.nearWords.has(lower[t]) ? t + 1 : lower[t] === "close" && t + 1 < count && lower[t + 1] === "to" ? t + 2 : -1;
    if (near > 0) t = scan.near(t, near);
  }
  return scan.places;
}

/** One article's relative places; each method reads one pattern at token t and returns the token the scan resumes after. */
class RelativeScan {
  readonly doc: Doc;
  readonly lex: PlaceLexicon;
  readonly mentionEndAt: MentionEndAt;
  readonly places: Place[];

  constructor(doc: Doc, lex: PlaceLexicon, mentionEndAt: MentionEndAt) {
    this.doc = doc;
    this.lex = lex;
    this.mentionEndAt = mentionEndAt;
    this.places = [];
  }

  /** "35 km (22 miles) from X", "10 km south of X": a number at t before a unit. */
  distance(t: number): number {
    const { lex } = this;
    const { lower, kind } = this.doc.tokens;
    const value = Number(lower[t].replace(/,/g, ""));
    if (!Number.isFinite(value)) return t;
    const km = Math.round(value * lex.units.get(lower[t + 1])! * 1000) / 1000;
    let n = t + 2;
    // A parenthesised conversion: "(22 miles)".
    if (lower[n] === "(" && kind[n + 1] === TokenKind.Number && lex.units.has(lower[n + 2]) && lower[n + 3] === ")") n += 4;
    if (lower[n] === "away") n++;
    if (lex.directions.has(lower[n]) && lower[n + 1] === "of") {
      const anchor = this.anchorAt(n + 2);
      if (anchor) {
        this.emit(t, anchor, "direction", km, "places/relative-distance-direction");
        return anchor[1] - 1;
      }
    } else if (FROM_WORDS.has(lower[n])) {
      const anchor = this.anchorAt(n + 1);
      if (anchor) {
        this.emit(t, anchor, "distance", km, "places/relative-distance");
        return anchor[1] - 1;
      }
    }
    return t;
  }

  /** "south of Kursk": a direction at t before "of". */
  direction(t: number): number {
    const anchor = this.anchorAt(t + 2);
    if (!anchor) return t;
    this.emit(t, anchor, "direction", null, "places/relative-direction");
    return anchor[1] - 1;
  }

  /** "near the border", "close to Kupiansk": a word of nearness at t, its anchor from token `near`. */
  near(t: number, near: number): number {
    const anchor = this.anchorAt(near);
    if (!anchor) return t;
    this.emit(t, anchor, "near", null, "places/relative-near");
    return anchor[1] - 1;
  }

  emit(first: number, anchor: [number, number], relation: string, distance: number | null, rule: string): void {
    const { tokens, text } = this.doc;
    const start = tokens.start[first];
    const end = tokens.end[anchor[1] - 1];
    const a: TextSpan = { start: tokens.start[anchor[0]], end, text: text.slice(tokens.start[anchor[0]], end) };
    const spanText = text.slice(start, end);
    this.places.push({
      start, end, text: spanText, name: spanText, geonameid: null, country: null, admin1: null, lat: null, lon: null,
      precision: "relative", relation: { kind: relation, anchor: a, distance_km: distance }, rule,
    });
  }

  anchorAt(t: number): [number, number] | null {
    const { lower, count, kind } = this.doc.tokens;
    if (t >= count) return null;
    const m = this.mentionEndAt(t);
    if (m > 0) return [t, m];
    if (!DETERMINERS.has(lower[t])) return null;
    let e = t + 1;
    while (e < count && e - t <= MAX_NP_WORDS && kind[e] === TokenKind.Word && !NP_STOP.has(lower[e])) e++;
    return e > t + 1 ? [t, e] : null;
  }
}
