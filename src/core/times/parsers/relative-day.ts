// Days named relative to the report: today, tonight, yesterday, tomorrow, last night, this morning,
// overnight, and days counted from an earlier time ("the next day", "the day before").
//
// "Overnight" is the night before the report. ISO-TimeML files a night under the day it starts on
// ("Monday night" = Monday TNI), so "overnight" in a 2024-08-14 report is 2024-08-13TNI, the value
// "last night" gets too (TempEval annotates both this way).
import { formatDay, isoWeekday } from "../calendar.js";
import { shiftedValue } from "../shift.js";
import { PART_OF_DAY, PART_OF_DAY_RE, WEEKDAY_RE } from "../lexicon.js";
import type { Found, Parser } from "../model.js";
import { followedBy, found, neighbour } from "./found.js";

const DAY_OFFSET: Record<string, number> = { today: 0, tonight: 0, yesterday: -1, tomorrow: 1, overnight: -1 };

const GENERIC_AFTER_TODAY =
  /^['\u2019]s\s+(?:(?:young|modern|global|fast-changing|digital)\s+)?(?:world|youth|society|generation|children|kids|standards|technology|warfare|wars|armies|economy|[A-Z][a-z]+\b(?!\s+(?:meeting|talks|vote|session|summit|statement|announcement|attack|strike|decision|ruling|hearing|edition|editions)))/;

const INTO_DAY = new RegExp(`^\\s+(?:into|to)\\s+${WEEKDAY_RE}\\b`, "i");

export const namedDay: Parser = {
  rule: "relative-day",
  triggers: ["today", "tonight", "yesterday", "tomorrow", "overnight"],
  pattern: new RegExp(`(today|tonight|yesterday|tomorrow|overnight)(?:\\s+${PART_OF_DAY_RE})?(?![\\w])`, "iy"),
  extract(m, site) {
    const word = m[1].toLowerCase();
    // "today's world", "today's Russia": the present age, not the report's day.
    if (word === "today" && !m[2] && GENERIC_AFTER_TODAY.test(site.doc.text.slice(m.index + m[0].length, m.index + m[0].length + 40))) return null;
    // "overnight into Friday": the night before the day named, which that day's own expression dates.
    if (word === "overnight" && !m[2] && INTO_DAY.test(site.doc.text.slice(m.index + m[0].length, m.index + m[0].length + 20))) return null;
    const day = formatDay(site.ref + DAY_OFFSET[word]);
    const part = m[2] ? PART_OF_DAY[m[2].toLowerCase()] : word === "tonight" || word === "overnight" ? "NI" : null;
    if (part) return found(m, `${day}T${part}`, "TIME", "part-of-day", `relative-day/${word}`);
    return found(m, day, "DATE", "day", `relative-day/${word}`);
  },
};

/** "last night", "this morning", "this evening". */
export const partOfToday: Parser = {
  rule: "relative-day/part",
  triggers: ["last", "this"],
  pattern: new RegExp(`(last|this)\\s+${PART_OF_DAY_RE}(?![\\w])`, "iy"),
  extract(m, site) {
    const last = m[1].toLowerCase() === "last";
    const part = m[2].toLowerCase();
    if (last && part !== "night") return null;
    return found(m, `${formatDay(last ? site.ref - 1 : site.ref)}T${PART_OF_DAY[part]}`, "TIME", "part-of-day", `relative-day/${m[1].toLowerCase()}-${part}`);
  },
};

/**
 * "mid-afternoon", "early morning", "in the evening": a part of the day named nearest in the
 * sentence (else the report's), filled in like a clock time by refiners/anchor.ts. "The morning of
 * Aug. 6" is left to the date it qualifies (refiners/modifiers.ts).
 */
const PARTS = new Set(["morning", "afternoon", "evening"]);

export const partOfDayAlone: Parser = {
  rule: "part-of-day",
  triggers: ["mid", "early", "late", "mid-", "early-", "late-", "in"],
  guard: (site) => site.doc.tokens.lower[site.token] !== "in" || PARTS.has(site.doc.tokens.lower[site.token + 2] ?? ""),
  pattern: /(?:in\s+(the\s+(morning|afternoon|evening))|(?:mid|early|late)(?:\s+|-)?(morning|afternoon|evening))(?![\w-])(?!\s+(?:of|hours|news|edition|session|prayers?|rush|flight|shift|show|papers?)\b)/iy,
  extract(m) {
    const part = (m[2] ?? m[3]).toLowerCase();
    const result = found(m, "", "TIME", "part-of-day", "part-of-day");
    if (m[1]) result.start = m.index + m[0].length - m[1].length;
    result.clock = `T${PART_OF_DAY[part]}`;
    return result;
  },
};

const ANCHORED_STEP: Record<string, number> = { previous: -1, preceding: -1, before: -1, next: 1, following: 1, after: 1 };

/** "later in ", "early in " just before "the day", "the week". */
const IN_THE_UNIT = /(?:^|[^\w])(?:earlier|later|late|early)\s+in\s+$/i;
/** "the end of ", "the start of " just before "the month", "the week". */
const PART_OF_THE_UNIT = /(?:^|[^\w])(?:end|beginning|start|middle)\s+of\s+$/i;

/** "the next day", "the previous week", "the day before": counted from the time mentioned last. */
export const anchoredDay: Parser = {
  rule: "relative-day/anchored",
  triggers: ["the"],
  after: { the: ["previous", "preceding", "next", "following", "day"] },
  pattern: /the\s+(?:(previous|preceding|next|following)\s+(day|morning|week|month|year)|day\s+(before|after))(?![\w])(?!\s+(?:yesterday|tomorrow))/iy,
  extract(m, site): Found | null {
    // "later in the day before returning home": "the day" belongs to "later in", and "before"
    // leads a phrase of its own, not a day counted back.
    if (m[3] && IN_THE_UNIT.test(site.doc.text.slice(Math.max(0, m.index - 16), m.index))) return null;
    const step = ANCHORED_STEP[(m[1] ?? m[3]).toLowerCase()];
    const unitWord = (m[2] ?? "day").toLowerCase();
    const unit = unitWord === "morning" ? "day" : (unitWord as "day" | "week" | "month" | "year");
    const result = found(m, "", "DATE", unit, "relative-day/anchored");
    result.shift = { unit, n: step };
    return result;
  },
};

/**
 * "later that day", "the same week", "that year", "earlier in the week": the unit holding the time mentioned last (else
 * the report's own). "That day" or "that week" with no cue before it ("redemptions that day") is
 * more often generic than a time, and is left alone.
 */
const THAT_UNIT_AFTER = new Set(["earlier", "later", "on", "in", "during", "by", "until", "since", "from", "for", "", "of"]);

export const sameUnit: Parser = {
  rule: "relative-day/same",
  triggers: ["that", "the"],
  ...followedBy(["that", "the"], ["day", "week", "month", "year", "same"]),
  pattern: /(?:that|the(\s+same)?)\s+(day|week|month|year)(?![\w-])(?!\s+(?:of|when|that|which|before|after|earlier|later)\b)/iy,
  extract(m, site): Found | null {
    const unit = m[2].toLowerCase() as "day" | "week" | "month" | "year";
    // "redemptions that day" reads as a time only after a cue: "later that day", "on that day".
    if (unit !== "year" && /^that/i.test(m[0]) && !THAT_UNIT_AFTER.has(neighbour(site, -1))) return null;
    // A bare "the week" or "the month" is this one only in "earlier in the week", "later in the
    // month" or "by the end of the month". "Later in the day" and "at the end of the day" (an
    // idiom as often) are left alone; "earlier in the year" and "the end of the year" are the
    // report's year (period.ts).
    if (/^the/i.test(m[0]) && !m[1]) {
      if (unit === "year" || unit === "day") return null;
      const before = site.doc.text.slice(Math.max(0, m.index - 16), m.index);
      if (!IN_THE_UNIT.test(before) && !PART_OF_THE_UNIT.test(before)) return null;
    }
    const result = found(m, "", "DATE", unit, "relative-day/same");
    result.shift = { unit, n: 0 };
    return result;
  },
};

/**
 * "the weekend" (ISO-TimeML 2024-W32-WE): the one before the report in past or untensed clauses
 * ("over the weekend, officials said"), the next one in future clauses ("ahead of the weekend").
 */
export const theWeekend: Parser = {
  rule: "relative-day/weekend",
  triggers: ["the"],
  ...followedBy(["the"], ["weekend"]),
  pattern: /the\s+weekend(?![\w-])(?!'s|\s+of\b)/iy,
  extract(m, site) {
    const weekday = isoWeekday(site.ref);
    const ahead = neighbour(site, -2) === "ahead" || site.tense(m.index + m[0].length) === "future";
    // Saturday of the weekend meant: the report's own weekend when it falls on one.
    const saturday = weekday >= 6 ? site.ref - (weekday - 6) : ahead ? site.ref + (6 - weekday) : site.ref - weekday - 1;
    return found(m, shiftedValue(saturday, "weekend", 0), "DATE", "week", ahead ? "relative-day/weekend-next" : "relative-day/weekend-last");
  },
};
