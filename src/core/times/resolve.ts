// Which calendar date an underspecified expression means, given the article date and the tense
// around it: a weekday or a month-day without a year points back in past-tense clauses, forward in
// future ones, and to the nearest such date otherwise.
import { dayNumber, isValidDate, isoWeekday, toYMD } from "./calendar.js";
import type { Tense } from "./tense.js";

export type Direction = "back" | "forward" | "nearest";

export function directionOf(tense: Tense): Direction {
  if (tense === "past") return "back";
  if (tense === "future") return "forward";
  return "nearest";
}

/** The day with ISO weekday `weekday` (1-7) on or before / on or after / nearest to `ref`. */
export function resolveWeekday(ref: number, weekday: number, direction: Direction): number {
  const back = (isoWeekday(ref) - weekday + 7) % 7;
  if (direction === "back") return ref - back;
  const forward = (weekday - isoWeekday(ref) + 7) % 7;
  if (direction === "forward") return ref + forward;
  // Nearest, ties (and the unmarked case in news, which mostly reports what happened) going back.
  return forward < back && forward <= 1 ? ref + forward : ref - back;
}

const TENSE_TOLERANCE_DAYS = 62;
const YEAR_DAYS = 365;
const UNTENSED_AHEAD_DAYS = 120;

/** Year for a month (and day) stated without one. */
export function resolveYear(ref: number, month: number, day: number | null, direction: Direction): number {
  const r = toYMD(ref);
  const candidate = (year: number): number =>
    dayNumber(year, month, day === null ? 1 : isValidDate(year, month, day) ? day : 28);
  const at = candidate(r.year);
  // Tense only moves a date out of the report's year when it is well on the wrong side of the
  // report (tense cues are noisy; a date a few weeks off is more often a tense misread).
  if (direction === "back" && at - ref > TENSE_TOLERANCE_DAYS) return r.year - 1;
  if (direction === "forward" && ref - at > TENSE_TOLERANCE_DAYS) return r.year + 1;
  // Untensed: news mostly reports what has happened, so the window reaches further back than ahead.
  if (direction === "nearest" && at - ref > UNTENSED_AHEAD_DAYS) return r.year - 1;
  if (direction === "nearest" && ref - at > YEAR_DAYS - UNTENSED_AHEAD_DAYS) return r.year + 1;
  return r.year;
}
