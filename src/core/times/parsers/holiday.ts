// Named days that fall on a fixed or computable date: "Christmas Day", "New Year's Eve",
// "Thanksgiving", "Easter", "Victory Day". The year follows the tense, like a month and day
// without one ("on Christmas Day" in a January report, past tense: the December before).
import { dayNumber, formatDay, formatWeek, isoWeekday, toYMD } from "../calendar.js";
import type { Parser } from "../model.js";
import { directionOf, resolveYear } from "../resolve.js";
import { followedBy, found, startsUpper } from "./found.js";

/** Gregorian Easter Sunday (anonymous Gregorian algorithm). */
function easter(year: number): number {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return dayNumber(year, month, day);
}

/** The n-th given weekday (1 = Monday) of a month. */
function nthWeekday(year: number, month: number, weekday: number, n: number): number {
  const first = dayNumber(year, month, 1);
  return first + ((weekday - isoWeekday(first) + 7) % 7) + 7 * (n - 1);
}

type Holiday = { month: number; day: (year: number) => number };

const fixed = (month: number, day: number): Holiday => ({ month, day: (year) => dayNumber(year, month, day) });

const HOLIDAYS: Record<string, Holiday> = {
  "christmas day": fixed(12, 25),
  "christmas eve": fixed(12, 24),
  "new year's day": fixed(1, 1),
  "new year's eve": fixed(12, 31),
  "valentine's day": fixed(2, 14),
  halloween: fixed(10, 31),
  "victory day": fixed(5, 9),
  thanksgiving: { month: 11, day: (year) => nthWeekday(year, 11, 4, 4) },
  "thanksgiving day": { month: 11, day: (year) => nthWeekday(year, 11, 4, 4) },
  easter: { month: 4, day: easter },
  "easter sunday": { month: 4, day: easter },
};

export const holiday: Parser = {
  rule: "holiday",
  triggers: ["christmas", "new", "valentine's", "halloween", "victory", "thanksgiving", "easter", "last", "next", "this"],
  ...followedBy(["new", "last", "next", "this"], ["year's", "year", "christmas", "new", "valentine's", "halloween", "victory", "thanksgiving", "easter"]),
  pattern:
    /(?:(last|next|this)\s+)?(christmas\s+(?:day|eve)|new\s+year's\s+(?:day|eve)|valentine's\s+day|halloween|victory\s+day|thanksgiving(?:\s+day)?|easter(?:\s+sunday)?)(\s+week(?:end)?)?(?![\w-])/iy,
  extract(m, site) {
    const [, modifier, nameText, weekText] = m;
    if (!startsUpper(nameText)) return null;
    const name = nameText.toLowerCase().replace(/\s+/g, " ");
    const h = HOLIDAYS[name];
    if (!h) return null;
    const ref = toYMD(site.ref).year;
    let year: number;
    const thisYear = h.day(ref);
    if (modifier?.toLowerCase() === "last") year = thisYear < site.ref ? ref : ref - 1;
    else if (modifier?.toLowerCase() === "next") year = thisYear > site.ref ? ref : ref + 1;
    else if (modifier) year = ref;
    else year = resolveYear(site.ref, h.month, toYMD(thisYear).day, directionOf(site.tense(m.index + m[0].length)));
    const day = h.day(year);
    if (weekText) return found(m, formatWeek(day) + (/end$/i.test(weekText) ? "-WE" : ""), "DATE", "week", "holiday/week");
    return found(m, formatDay(day), "DATE", "day", "holiday");
  },
};
