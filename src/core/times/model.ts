// The times layer's inner shapes: a parser finds one kind of expression where its trigger word
// starts, a refiner cleans the list afterwards (chrono-node's parser/refiner split).
import type { Doc } from "../document.js";
import type { Granularity, TimeType } from "../types.js";
import type { Tense } from "./tense.js";

/** A found expression before it becomes a public TimeExpression. */
export interface Found {
  start: number;
  end: number;
  value: string;
  type: TimeType;
  granularity: Granularity;
  rule: string;
  begin: string | null;
  end_value: string | null;
  /** Counted from an earlier time in the text ("a year earlier", "the next day"): see refiners/anchor.ts. */
  shift: { unit: "day" | "week" | "month" | "year"; n: number } | null;
  /**
   * A weekday counted from the last day named ("the previous Friday", "the following Monday"):
   * ISO weekday and direction, settled in refiners/anchor.ts.
   */
  weekdayFrom: { weekday: number; step: -1 | 1 } | null;
  /** A clock time or part of day still waiting for its day ("3 p.m.", "T15:00"): see refiners/anchor.ts. */
  clock: string | null;
  /**
   * A reporting period of a financial report ("the latest quarter", "the year-ago period", "a year
   * ago" next to quarterly figures): the quarter under discussion, `years` off or in `year`; see
   * refiners/anchor.ts. The value stays as parsed when no quarter was mentioned before.
   */
  period: { years: number; year: number | null } | null;
}

/** Where a parser is asked to look: the token its pattern starts at. */
export interface Site {
  doc: Doc;
  /** Article date as a day number (see calendar.ts). */
  ref: number;
  /** Index of the token the match starts at. */
  token: number;
  /** Tense of the clause around [token, token at `end`), decided from nearby verbs. */
  tense(end: number): Tense;
}

export interface Parser {
  rule: string;
  /**
   * Lower-cased tokens an expression of this kind can start with; "#number" stands for any number
   * token, and "word-" for any hyphenated word starting so ("two-year", "mid-1990s").
   */
  triggers: readonly string[];
  /** Sticky (/y) and linear: tried only at trigger tokens, at the token's start offset. */
  pattern: RegExp;
  /**
   * Optional cheap test on the tokens at the site, run before the pattern: parsers triggered by
   * very common words ("the", "last") use it to skip the regular expression where the next word
   * cannot continue them.
   */
  guard?(site: Site): boolean;
  /**
   * For triggers that start many phrases ("the"): every token the one after the trigger can be
   * where this pattern (and guard) may match, written like `triggers`. Declared from the pattern,
   * it may be wider but never narrower; the trigger table then runs the parser only after one of
   * these (see times/index.ts), so "the" followed by an ordinary word costs one look-up.
   */
  after?: Readonly<Record<string, readonly string[]>>;
  extract(match: RegExpExecArray, site: Site): Found | null;
}

export interface RefineEnv {
  doc: Doc;
  ref: number;
}

export type Refiner = (found: Found[], env: RefineEnv) => Found[];
