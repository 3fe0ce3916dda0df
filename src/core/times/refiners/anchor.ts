// Values counted from another time in the text: "a year earlier", "the next day", "later that day"
// take the last dated expression before them (else the article date); a day counted from a time
// known only to the month or year counts from the last day named instead; "the day before last
// Tuesday's vote" counts from the day right after it and takes it in; "Oct. 12, the day before the
// crash" is an apposition naming Oct. 12 again; "the previous Friday" is the Friday before the day
// last named by its date or weekday. A clock time ("3 p.m.") takes the day named nearest to it in
// its sentence (else the article date); a bare part of day ("in the morning"), the story's last day.
import { formatDay, parseIsoDay } from "../calendar.js";
import type { Found, Refiner } from "../model.js";
import { sentenceAt } from "../../document.js";
import { resolveWeekday } from "../resolve.js";
import { shiftedValue } from "../shift.js";

/** Day a dated value stands for (its first day), or null for refs, durations and sets. */
function dayOf(value: string): number | null {
  if (/^\d{4}-\d{2}-\d{2}/.test(value)) return parseIsoDay(value);
  const month = /^(\d{4})-(\d{2})$/.exec(value);
  if (month) return parseIsoDay(`${month[1]}-${month[2]}-01`);
  const quarter = /^(\d{4})-Q([1-4])$/.exec(value);
  if (quarter) return parseIsoDay(`${quarter[1]}-${String((+quarter[2] - 1) * 3 + 1).padStart(2, "0")}-01`);
  if (/^\d{4}$/.test(value)) return parseIsoDay(`${value}-01-01`);
  return null;
}

const QUARTER_VALUE = /^(\d{4})-Q([1-4])$/;
const NAMED_DAY_RULE = /^(?:weekday|date|merge)\//;
const DAY_VALUE = /^\d{4}-\d{2}-\d{2}/;

/**
 * "that day" after a time no finer than a month is a day of it left unknown (2024-08-XX), not its
 * first day; likewise "that week" or "that month" after only a year.
 */
function sameUnitValue(anchor: number, anchorValue: string | null, unit: "day" | "week" | "month" | "year"): string {
  const exact = shiftedValue(anchor, unit, 0);
  if (anchorValue === null || unit === "year" || /^\d{4}-\d{2}-\d{2}/.test(anchorValue)) return exact;
  const year = exact.slice(0, 4);
  if (/^\d{4}-\d{2}$/.test(anchorValue)) return unit === "day" ? `${anchorValue}-XX` : unit === "week" ? `${year}-WXX` : exact;
  return unit === "day" ? `${year}-XX-XX` : unit === "week" ? `${year}-WXX` : `${year}-XX`;
}

/** A quarter more than a year before the report's ("the third quarter of 1984" in 1989) is history, not the one reported on. */
function isHistoric(quarter: string, ref: number): boolean {
  const day = dayOf(quarter);
  return day !== null && ref - day > 2 * 365;
}

export const resolveAnchors: Refiner = (found, env) => {
  let anchor = env.ref;
  let anchorValue: string | null = null;
  /** The last time named to the day (else the report's day). */
  let dayAnchor = env.ref;
  /** The last day named by its date or weekday ("Friday", "Oct. 13"), not counted from the report ("overnight"). */
  let namedDay = env.ref;
  /** The quarter a financial report is about: the last one named ("third-quarter profit"). */
  let reportQuarter: RegExpExecArray | null = null;
  for (let i = 0; i < found.length; i++) {
    const f = found[i];
    if (f.period) {
      const { years, year } = f.period;
      if (reportQuarter) {
        f.value = `${year ?? +reportQuarter[1] + years}-Q${reportQuarter[2]}`;
        f.granularity = "quarter";
        f.shift = null;
      }
      f.period = null;
    } else if (!reportQuarter && QUARTER_VALUE.test(f.value) && f.rule !== "quarter/year-ago" && !isHistoric(f.value, env.ref)) {
      reportQuarter = QUARTER_VALUE.exec(f.value);
    }
    if (f.shift) {
      const { unit } = f.shift;
      let { n } = f.shift;
      // "a year earlier" than a quarter is that quarter a year before (2023-Q3 -> 2022-Q3).
      const quarter = anchorValue && unit === "year" && n !== 0 ? /^\d{4}(-Q[1-4])$/.exec(anchorValue) : null;
      // A day or week counted from a time known only to the month or year ("in 1990 ... the day
      // before") is counted from the last day named instead (else the report's).
      let from = (unit === "day" || unit === "week") && n !== 0 && anchorValue !== null && !DAY_VALUE.test(anchorValue) ? dayAnchor : anchor;
      const next = found[i + 1];
      const text = env.doc.text;
      if (unit === "day" && next && DAY_VALUE.test(next.value) && /^\s+$/.test(text.slice(f.end, next.start))) {
        // "the day before last Tuesday's hearing": counted from the day named right after it, and
        // one expression with it (as TimeML marks it).
        from = parseIsoDay(next.value) ?? from;
        f.end = next.end;
        found.splice(i + 1, 1);
      } else if (unit === "day" && i > 0 && anchorValue !== null && DAY_VALUE.test(anchorValue) && /^\s*,\s*$/.test(text.slice(found[i - 1].end, f.start)) && /^\s+[A-Za-z]/.test(text.slice(f.end, f.end + 2))) {
        // "on Oct. 12, the day before the crash": an apposition naming the same day again.
        n = 0;
      }
      f.value = quarter ? shiftedValue(anchor, "year", n) + quarter[1] : n === 0 ? sameUnitValue(anchor, anchorValue, unit) : shiftedValue(from, unit, n);
      f.shift = null;
    } else if (f.weekdayFrom) {
      // "the previous Friday": the Friday before the day named last (else before the report).
      const { weekday, step } = f.weekdayFrom;
      const day = resolveWeekday(namedDay + step, weekday, step < 0 ? "back" : "forward");
      f.value = formatDay(day) + f.value.slice(10);
      f.weekdayFrom = null;
    } else if (f.clock) {
      // A clock time with no day in its sentence is on the report's day; a bare part of day ("in
      // the morning") goes on with the story's last day.
      const fallback = f.rule === "part-of-day" ? formatDay(dayAnchor) : shiftedValue(env.ref, "day", 0);
      f.value = `${nearestDay(found, i, env.doc) ?? fallback}${f.clock}`;
      f.clock = null;
    }
    const day = f.type === "DATE" || f.type === "TIME" ? dayOf(f.value) : null;
    if (day !== null) {
      anchor = day;
      anchorValue = f.value;
      if (DAY_VALUE.test(f.value)) dayAnchor = day;
      if (DAY_VALUE.test(f.value) && NAMED_DAY_RULE.test(f.rule)) namedDay = day;
    }
  }
  return found;

  function nearestDay(list: Found[], i: number, doc: Parameters<typeof sentenceAt>[0]): string | null {
    const sentence = sentenceAt(doc, list[i].start);
    let best: string | null = null;
    let distance = Infinity;
    for (const other of list) {
      if (other === list[i] || sentenceAt(doc, other.start) !== sentence) continue;
      const day = /^\d{4}-\d{2}-\d{2}/.exec(other.value);
      const d = Math.abs(other.start - list[i].start);
      if (day && d < distance) {
        best = day[0];
        distance = d;
      }
    }
    return best;
  }
};
