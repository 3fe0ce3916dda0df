// Dates the text spells out: "Aug. 6", "August 6, 2024", "6 August 2024", "2024-08-06", "8/6/2024",
// "August 2024", and a month on its own ("in August").
import { dayNumber, formatDay, formatMonth, isValidDate, toYMD } from "../calendar.js";
import { MONTH_RE, MONTH_TRIGGERS, monthOf } from "../lexicon.js";
import type { Parser } from "../model.js";
import { directionOf, resolveYear } from "../resolve.js";
import { TIME_PREPOSITIONS, capitalAfter, followedBy, found, neighbour, startsUpper } from "./found.js";

const END = "(?![\\w])";

/** Abbreviated month written without a full stop ("Mar", "Jun"): only with a day or year beside it. */
function isBareAbbreviation(name: string): boolean {
  return name.length === 3 && name.toLowerCase() !== "may";
}

const RELATIVE = ["last", "next", "this"];

/** Year of a month and day named with "last", "next" or "this": the one before, after or in the report's year. */
function relativeYear(ref: number, modifier: string, month: number, day: number): number {
  const year = toYMD(ref).year;
  if (modifier === "this") return year;
  const thisYear = dayNumber(year, month, isValidDate(year, month, day) ? day : 28);
  if (modifier === "last") return thisYear < ref ? year : year - 1;
  return thisYear > ref ? year : year + 1;
}

/** "Aug. 6", "August 6, 2024", "last Oct. 23" (the Oct. 23 before the report). */
export const monthDay: Parser = {
  rule: "date/month-day",
  triggers: [...MONTH_TRIGGERS, ...RELATIVE],
  ...followedBy(RELATIVE, MONTH_TRIGGERS),
  pattern: new RegExp(`(?:(last|next|this)\\s+)?${MONTH_RE}\\s*(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s*(\\d{4}))?${END}`, "iy"),
  extract(m, site) {
    const [, modifier, name, dayText, yearText] = m;
    if (!startsUpper(name)) return null;
    if (modifier && yearText) return null;
    const month = monthOf(name);
    const day = +dayText;
    const year = yearText
      ? +yearText
      : modifier
        ? relativeYear(site.ref, modifier.toLowerCase(), month, day)
        : resolveYear(site.ref, month, day, directionOf(site.tense(m.index + m[0].length)));
    if (!isValidDate(year, month, day)) return null;
    return found(m, formatDay(dayNumber(year, month, day)), "DATE", "day", yearText ? "date/month-day-year" : modifier ? `date/month-day-${modifier.toLowerCase()}` : "date/month-day");
  },
};

export const dayMonth: Parser = {
  rule: "date/day-month",
  triggers: ["#number"],
  // "6 August", "6th of August", "6 Aug.", "6 August-September".
  after: { "#number": ["of", ...MONTH_TRIGGERS, ...MONTH_TRIGGERS.map((w) => w + "-")] },
  pattern: new RegExp(`(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH_RE}(?:,?\\s*(\\d{4}))?${END}`, "iy"),
  extract(m, site) {
    if (!startsUpper(m[2])) return null;
    const month = monthOf(m[2]);
    const day = +m[1];
    const year = m[3] ? +m[3] : resolveYear(site.ref, month, day, directionOf(site.tense(m.index + m[0].length)));
    if (!isValidDate(year, month, day)) return null;
    return found(m, formatDay(dayNumber(year, month, day)), "DATE", "day", m[3] ? "date/day-month-year" : "date/day-month");
  },
};

export const isoDate: Parser = {
  rule: "date/iso",
  triggers: ["#number"],
  after: { "#number": ["-"] },
  pattern: new RegExp(`(\\d{4})-(\\d{2})-(\\d{2})${END}`, "y"),
  extract(m) {
    const year = +m[1];
    const month = +m[2];
    const day = +m[3];
    if (!isValidDate(year, month, day)) return null;
    return found(m, `${m[1]}-${m[2]}-${m[3]}`, "DATE", "day", "date/iso");
  },
};

/** US order (month/day/year), swapped when the first number cannot be a month. */
export const slashDate: Parser = {
  rule: "date/slash",
  triggers: ["#number"],
  after: { "#number": ["/"] },
  pattern: /(\d{1,2})\/(\d{1,2})\/(\d{4}|\d{2})(?![\w/])/y,
  extract(m) {
    let month = +m[1];
    let day = +m[2];
    if (month > 12) [month, day] = [day, month];
    const year = m[3].length === 2 ? 2000 + +m[3] : +m[3];
    if (!isValidDate(year, month, day)) return null;
    return found(m, formatDay(dayNumber(year, month, day)), "DATE", "day", "date/slash");
  },
};

export const monthYear: Parser = {
  rule: "date/month-year",
  triggers: MONTH_TRIGGERS,
  pattern: new RegExp(`${MONTH_RE}\\s*,?\\s*(?:of\\s+)?(\\d{4})${END}`, "iy"),
  extract(m) {
    if (!startsUpper(m[1])) return null;
    return found(m, formatMonth(+m[2], monthOf(m[1])), "DATE", "month", "date/month-year");
  },
};

/** Month names that are also common words or names: need a time preposition before them. */
const AMBIGUOUS_MONTHS = new Set(["may", "march", "august", "april", "june"]);

/** "August", "in May", "last April", "next March", "mid-November", "late-November". */
export const bareMonth: Parser = {
  rule: "date/month",
  triggers: [...MONTH_TRIGGERS, "last", "next", "this", "mid-", "late-", "early-"],
  pattern: new RegExp(`(?:(last|next|this)\\s+|(?:mid|late|early)-)?${MONTH_RE}${END}`, "iy"),
  extract(m, site) {
    const modifier = m[1]?.toLowerCase();
    const name = m[2];
    if (!startsUpper(name) || isBareAbbreviation(name)) return null;
    const before = modifier ?? (/^(?:mid|late|early)-/i.test(m[0]) ? "mid-" : neighbour(site, -1));
    if (AMBIGUOUS_MONTHS.has(name.toLowerCase()) && !TIME_PREPOSITIONS.has(before)) return null;
    if (capitalAfter(site, m.index + m[0].length) && !TIME_PREPOSITIONS.has(before)) return null;
    const month = monthOf(name);
    const ref = toYMD(site.ref);
    let year: number;
    if (modifier === "last") year = month < ref.month ? ref.year : ref.year - 1;
    else if (modifier === "next") year = month > ref.month ? ref.year : ref.year + 1;
    else if (modifier === "this") year = ref.year;
    else year = resolveYear(site.ref, month, null, directionOf(site.tense(m.index + m[0].length)));
    return found(m, formatMonth(year, month), "DATE", "month", modifier ? `date/month-${modifier}` : "date/month");
  },
};
