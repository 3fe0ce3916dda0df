// Joins neighbours that name one time together: "10 p.m. Wednesday" / "Wednesday at 10 p.m."
// (the clock on that day), "June last year" (the month in that year), "Saturday, April 25" (the
// stated date, the weekday only confirming it).
import type { Found, Refiner } from "../model.js";
import { foundAt } from "../parsers/found.js";

const CLOCK_DAY_GAP = /^\s*(?:,\s*)?(?:on\s+|at\s+|of\s+)?$/i;
const WEEKDAY_DATE_GAP = /^\s*,?\s*$/;
const DAY_VALUE = /^\d{4}-\d{2}-\d{2}$/;
const MONTH_VALUE = /^\d{4}-(\d{2})$/;

/** `from`'s reading over the span of a and b. */
function merged(a: Found, b: Found, value: string, rule: string, from: Found): Found {
  const out = foundAt(a.start, b.end, value, from.type, from.granularity, rule);
  out.begin = from.begin;
  out.end_value = from.end_value;
  out.shift = from.shift;
  out.weekdayFrom = from.weekdayFrom;
  out.period = from.period;
  return out;
}

function join(a: Found, b: Found, gap: string): Found | null {
  const month = MONTH_VALUE.exec(a.value);
  if (CLOCK_DAY_GAP.test(gap)) {
    if (a.clock && DAY_VALUE.test(b.value)) return merged(a, b, b.value + a.clock, "merge/clock-day", a);
    if (b.clock && DAY_VALUE.test(a.value)) return merged(a, b, a.value + b.clock, "merge/day-clock", b);
  }
  // "January nineteen ninety-seven", "the winter of nineteen ninety-four": a spoken year.
  if (b.rule === "year/spelled" && /^\s+(?:of\s+)?$/i.test(gap)) {
    if (month && a.rule === "date/month") return merged(a, b, `${b.value}-${month[1]}`, "merge/month-spelled-year", a);
    const season = /^\d{4}-(SP|SU|FA|WI)$/.exec(a.value);
    if (season && a.rule.startsWith("season")) return merged(a, b, `${b.value}-${season[1]}`, "merge/season-spelled-year", a);
  }
  if (!WEEKDAY_DATE_GAP.test(gap)) return null;
  if (month && a.rule === "date/month" && b.granularity === "year" && b.rule.startsWith("relative-unit/")) {
    return merged(a, b, `${b.value}-${month[1]}`, "merge/month-relative-year", a);
  }
  if (a.rule.startsWith("weekday/") && a.granularity === "day" && b.rule.startsWith("date/") && DAY_VALUE.test(b.value)) {
    return merged(a, b, b.value, "merge/weekday-date", b);
  }
  return null;
}

export const mergeNeighbours: Refiner = (found, env) => {
  const out: Found[] = [];
  for (const f of found) {
    const last = out[out.length - 1];
    const joined = last ? join(last, f, env.doc.text.slice(last.end, f.start)) : null;
    if (joined) out[out.length - 1] = joined;
    else out.push(f);
  }
  return out;
};
