// The figures layer: one pass over the document's tokens. At each token that can start a number it
// tries, in order, a relative figure ("double what ..."), then a number with its currency, unit,
// range, hedge and counted noun; exclusions drop dates, years, names and the pronoun "one"; spans
// the times layer already holds are skipped; bracketed conversions are linked and checked last.
import type { Context } from "../context.js";
import { tokenAtOrAfter, wordGates, type Doc } from "../document.js";
import { Shape, TokenKind } from "../segment/tokenize.js";
import { WORD_GATES } from "../segment/word-gates.js";
import type { Figure, FigureBound, TimeExpression } from "../types.js";
import { interval } from "./bounds.js";
import { linkConversions, type FigureInfo, type LinkedFigure } from "./conversions.js";
import { countedAfter } from "./counted.js";
import {
  isClockTime, isDayOfMonth, isDesignator, isDigitChain, isModelCode, isPronounOne, followsDeterminer, isYearContext, isYearLike,
} from "./exclusions.js";
import { CHANGE_WORDS, CURRENCY_PREFIX, FRACTIONS, GROUP_WORDS, HEDGES, MULTIPLES, SCALE_WORDS, SEVERAL, TEN_WORDS, UNIT_WORDS, VAGUE, type Hedge } from "./lexicon.js";
import { parseNumber, startsNumberWord, type NumberMatch } from "./numbers.js";
import { relativeAt } from "./relative.js";
import { currencyBefore, unitAfter, type UnitMatch } from "./units.js";

export type { LinkedFigure } from "./conversions.js";

interface Found {
  figure: LinkedFigure;
  info: FigureInfo;
}

export function extractFigures(ctx: Context): Figure[] {
  const doc = ctx.doc;
  const t = doc.tokens;
  const figures: LinkedFigure[] = [];
  const info: FigureInfo[] = [];
  const times = sortedTimes(ctx.times);
  let nextTime = 0;
  for (let i = 0; i < t.count; i++) {
    if (t.kind[i] !== TokenKind.Number && !(t.kind[i] === TokenKind.Word && isTrigger(doc, i))) continue;
    const s = doc.sentenceOfToken[i];
    const found = figureAt(doc, i, doc.sentenceFirst[s], doc.sentenceLast[s]);
    if (!found) continue;
    const { figure } = found;
    const start = i;
    while (nextTime < times.length && times[nextTime].end <= figure.start) nextTime++;
    i = found.info.end - 1;
    if (overlapsTime(times, nextTime, figure.start, figure.end)) {
      // "the death toll since October 2023 to 43,374": a range whose start is a time's year is no
      // range; the number after the time is read again on its own.
      const after = timesEndBefore(times, nextTime, figure.start, figure.end);
      if (after > figure.start) i = Math.max(start, tokenAtOrAfter(doc, after) - 1);
      continue;
    }
    figures.push(figure);
    info.push(found.info);
  }
  linkConversions(doc, figures, info, ctx.diagnostics);
  return figures;
}

/** Words that may open a figure, decided once per distinct word ("a" and "an" only before a scale or fraction). */
const triggerCache = new Map<string, boolean>();
const ARTICLE_NEXT = new Set([...SCALE_WORDS.keys(), ...GROUP_WORDS.keys(), ...FRACTIONS.keys(), "few", "couple"]);
/**
 * Every unhyphenated word that can open a figure: startsNumberWord's closed vocabulary plus
 * multiples and fractions. A word outside it without a hyphen is rejected by its word gate
 * (most tokens), instead of the half-dozen look-ups startsNumberWord makes.
 */
const TRIGGER_WORD = WORD_GATES.claim([
  ...UNIT_WORDS.keys(), ...TEN_WORDS.keys(), "half", ...VAGUE.firstWords(), ...SEVERAL.firstWords(), ...MULTIPLES.keys(), ...FRACTIONS.keys(),
]);

function isTrigger(doc: Doc, i: number): boolean {
  const w = doc.tokens.lower[i];
  if (w === "a" || w === "an") return i + 1 < doc.tokens.count && ARTICLE_NEXT.has(doc.tokens.lower[i + 1]);
  const dash = doc.tokens.shape[i] & Shape.Hyphen ? w.indexOf("-") : -1;
  if (dash < 0 && (wordGates(doc)[i] & TRIGGER_WORD) === 0) return false;
  let hit = triggerCache.get(w);
  if (hit === undefined) {
    hit = startsNumberWord(w) || MULTIPLES.has(w) || FRACTIONS.has(w) || (dash > 0 && startsNumberWord(w.slice(0, dash)));
    // The cache holds only words of the closed number vocabulary, so it stays small.
    if (hit) triggerCache.set(w, true);
  }
  return hit;
}

function figureAt(doc: Doc, i: number, floor: number, limit: number): Found | null {
  return relativeFigureAt(doc, i, floor, limit) ?? numberFigureAt(doc, i, floor, limit);
}

function relativeFigureAt(doc: Doc, i: number, floor: number, limit: number): Found | null {
  const rel = relativeAt(doc, i, floor, limit);
  if (!rel) return null;
  const hedge = HEDGES.matchBackward(doc.tokens, i, floor);
  const first = hedge ? hedge[1] : i;
  const figure = build(doc, first, rel.end, {
    value: null, low: null, high: null, unit: null, counted: null, bound: hedge ? hedge[0].bound : "exact",
    relative: { kind: rel.kind, factor: rel.factor, to: rel.to }, rule: `figures/relative-${rel.kind}`,
  });
  return { figure, info: { first, end: rel.end, numberStart: doc.tokens.start[i], kind: null, dim: null, factor: 1, step: 1 } };
}

function numberFigureAt(doc: Doc, i: number, floor: number, limit: number): Found | null {
  const t = doc.tokens;
  const currency = t.kind[i] === TokenKind.Number ? currencyBefore(t, i, floor) : null;
  const n = parseNumber(t, i, limit, currency !== null);
  if (!n || excluded(doc, n, floor, limit)) return null;
  let end = n.end;
  let unit = unitAfter(t, end, limit, currency?.code ?? null);
  if (unit) end = unit.end;
  else if (isModelCode(doc, n, floor, limit)) return null;
  // A second currency word after a symbol ("$249 USD") belongs to the figure too.
  const money = currency?.code ?? (unit?.kind === "currency" ? unit.unit : null);
  let first = currency ? currency.first : i;
  const range = rangeAfter(doc, n, first, end, floor, limit, money);
  let low = n.low;
  let high = n.high;
  let rangeStart = -1;
  if (range) {
    low = range.lowValue;
    high = range.high.high;
    end = range.end;
    if (!unit) {
      unit = unitAfter(t, end, limit, money);
      if (unit) end = unit.end;
    }
    if (range.between >= 0) rangeStart = first = range.between;
  }
  const hedge = rangeStart < 0 ? HEDGES.matchBackward(t, first, floor) : null;
  const hedgeFirst = hedge ? hedge[1] : first;
  const year = isYearLike(n) && (!range || isYearLike(range.high));
  const counted = unit || currency ? null : countedAfter(doc, end, limit, n.words || n.scale > 1);
  if (year && !unit && !currency && !hedge && isYearContext(doc, n, floor, counted?.known ?? false)) return null;
  if (!unit && !currency && !hedge && (((year || followsDeterminer(doc, n, floor)) && !counted) || isDesignator(doc, n, floor))) return null;
  const value = range ? null : n.value;
  const bound: FigureBound = hedge ? hedge[0].bound : n.value === null ? "approx" : "exact";
  const [lo, hi] = n.value === null && !hedge ? [low, high] : interval(bound, hedge?.[0].below ?? false, low, high);
  const figure = build(doc, hedgeFirst, end, {
    value, low: lo, high: hi,
    unit: currency ? currency.code : unit ? unit.unit : counted?.people ? "people" : null,
    counted: counted ? counted.text : null,
    bound,
    relative: null,
    rule: ruleOf(n, unit, currency !== null, range !== null, hedge?.[0] ?? null),
  });
  return {
    figure,
    info: {
      first: hedgeFirst, end, numberStart: t.start[first],
      kind: currency ? "currency" : unit ? unit.kind : null,
      dim: unit ? unit.dim : null, factor: unit ? unit.factor : 1, step: n.step,
    },
  };
}

function excluded(doc: Doc, n: NumberMatch, floor: number, limit: number): boolean {
  return isPronounOne(doc, n, floor, limit) || isDayOfMonth(doc, n, floor, limit) || isClockTime(doc, n, limit) ||
    isDigitChain(doc, n, floor, limit) || (n.words && isDesignator(doc, n, floor));
}

interface RangeMatch {
  /** The start of the range, scaled by the end's scale when it had none ("12 to 15 million"). */
  lowValue: number;
  high: NumberMatch;
  end: number;
  /** Token of "between"/"from" opening the range, or -1. */
  between: number;
}

/** "12 to 15", "12-15", "between 12 and 15", "$12 million to $20 million", "two or three". */
function rangeAfter(doc: Doc, n: NumberMatch, first: number, j: number, floor: number, limit: number, money: string | null): RangeMatch | null {
  const t = doc.tokens;
  if (n.value === null || j + 1 >= limit) return null;
  const link = t.lower[j];
  const opener = first - 1 >= floor ? t.lower[first - 1] : "";
  const dash = link === "-" || link === "\u2013" || link === "\u2014";
  if (dash && !(t.start[j] === t.end[j - 1] && t.start[j + 1] === t.end[j])) return null;
  if (link === "and" ? opener !== "between" : link === "or" ? !n.words : link !== "to" && !dash) return null;
  // "rose by 60 to 1,200": a change and the new value, no range.
  if (link === "to" && opener === "by") return null;
  // "rose from 1,040 to 1,210", "was revised sharply from 40 to 52": an old and a new value.
  if (link === "to" && opener === "from" && changeBefore(t.lower, first - 2, floor)) return null;
  let k = j + 1;
  const cur = money ? CURRENCY_PREFIX.matchForward(t, k, limit) : null;
  if (cur && cur[0] === money) k = cur[1];
  const high = parseNumber(t, k, limit, money !== null);
  if (!high || high.value === null || high.words !== n.words) return null;
  let lowValue = n.value;
  if (n.scale === 1 && high.scale > 1 && n.value * high.scale <= high.value) lowValue = n.value * high.scale;
  if (lowValue > high.value) return null;
  const between = opener === "between" || opener === "from" ? first - 1 : -1;
  return { lowValue, high, end: high.end, between };
}

/** A word of change at `i`, or one just before an adverb there ("rose sharply"). */
function changeBefore(lower: string[], i: number, floor: number): boolean {
  if (i < floor) return false;
  if (CHANGE_WORDS.has(lower[i])) return true;
  return lower[i].endsWith("ly") && i - 1 >= floor && CHANGE_WORDS.has(lower[i - 1]);
}

function ruleOf(n: NumberMatch, unit: UnitMatch | null, money: boolean, range: boolean, hedge: Hedge | null): string {
  const what = money || unit?.kind === "currency" ? "money" : unit?.kind === "percent" ? "percent" : unit ? "measure" : n.value === null ? "vague" : "count";
  return `figures/${what}${range ? "-range" : ""}${hedge ? `-${hedge.bound}` : ""}`;
}

function build(doc: Doc, first: number, end: number, rest: Omit<LinkedFigure, "start" | "end" | "text" | "conversion_of">): LinkedFigure {
  const start = doc.tokens.start[first];
  const stop = doc.tokens.end[end - 1];
  return {
    start, end: stop, text: doc.text.slice(start, stop), value: rest.value, low: rest.low, high: rest.high, unit: rest.unit,
    counted: rest.counted, bound: rest.bound, relative: rest.relative, rule: rest.rule, conversion_of: null,
  };
}

function sortedTimes(times: TimeExpression[]): TimeExpression[] {
  return times.length < 2 ? times : [...times].sort((a, b) => a.start - b.start);
}

/**
 * The end of the last time expression overlapping [start, end) when the figure runs past it, else -1:
 * where to read the rest of the figure's words again.
 */
function timesEndBefore(times: TimeExpression[], from: number, start: number, end: number): number {
  let last = -1;
  for (let k = from; k < times.length && times[k].start < end; k++) if (times[k].end > start) last = Math.max(last, times[k].end);
  return last < end ? last : -1;
}

/** Whether [start, end) overlaps a time expression, scanning from the first one not yet passed. */
function overlapsTime(times: TimeExpression[], from: number, start: number, end: number): boolean {
  for (let k = from; k < times.length && times[k].start < end; k++) {
    if (times[k].end > start) return true;
  }
  return false;
}
