// Calendar units named relative to the report: "this week" (2024-W33), "last month", "next year",
// "the current quarter", "this weekend"; with "the past/last/next/coming" they are spans of time
// ("over the past week" = P1W).
import type { Parser } from "../model.js";
import { granularityOf, shiftedValue, type CalendarUnit } from "../shift.js";
import { found, neighbour, startsUpper } from "./found.js";

const STEP: Record<string, number> = { this: 0, current: 0, last: -1, previous: -1, past: -1, next: 1, coming: 1 };
const DURATION_CODE: Record<string, string> = {
  week: "P1W", weekend: "P1WE", month: "P1M", quarter: "P1Q", year: "P1Y", decade: "P10Y", century: "P100Y",
};

const SPAN_BEFORE = new Set(["over", "for", "within", "throughout", "across"]);

export const relativeUnit: Parser = {
  rule: "relative-unit",
  triggers: ["the", "this", "current", "last", "previous", "past", "next", "coming"],
  after: { the: ["this", "current", "last", "previous", "past", "next", "coming"] },
  pattern: /(the\s+)?(this\s+past|this|current|last|previous|past|next|coming)\s+(week|weekend|month|quarter|year|decade|century)(?![\w])/iy,
  extract(m, site) {
    const the = !!m[1];
    // "this past weekend" is the one just gone: "last".
    const modifier = /^this\s+past$/i.test(m[2]) ? "last" : m[2].toLowerCase();
    const unit = m[3].toLowerCase() as CalendarUnit;
    // "This Week" with both words capitalised mid-sentence is a title (a TV programme, a column).
    if (startsUpper(m[2]) && startsUpper(m[3]) && neighbour(site, -1) !== "") return null;
    // "during the last quarter", "in the last year" name the unit before the report's (TimeML's
    // reading, 2024-Q2 and 2023). "The past week/year/decade" is kept a stretch back from the report
    // (P1W): that is what a reader of "500 drones in the past week" understands, whatever some
    // annotators wrote; so is any of them after a span preposition ("for the last year").
    if (the && modifier === "last" && unit !== "decade" && unit !== "century" && !SPAN_BEFORE.has(neighbour(site, -1))) {
      return found(m, shiftedValue(site.ref, unit, -1), "DATE", granularityOf(unit), `relative-unit/the-${modifier}-date`);
    }
    if (the && modifier !== "current" && modifier !== "previous") {
      return found(m, DURATION_CODE[unit], "DURATION", "duration", `relative-unit/the-${modifier}`);
    }
    if (the && modifier === "previous") return null; // counted from an earlier time: relative-day/anchored
    if (!the && (modifier === "current" || modifier === "past")) return null;
    return found(m, shiftedValue(site.ref, unit, STEP[modifier]), "DATE", granularityOf(unit), `relative-unit/${modifier}`);
  },
};
