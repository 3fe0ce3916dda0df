// Reporting periods of financial reports: "the quarter", "the latest quarter", "the year-ago
// period", "the 1988 quarter", "the comparable period last year", "year-earlier" (profit); and the
// fiscal or full year ("the full year" = the report's year, "the year ended March 31" = P1Y), and
// its end ("by year-end").
// A period names the quarter under discussion (the last quarter mentioned before it, else the
// quarter before the report): its value is settled in refiners/anchor.ts.
import { formatYear, toYMD } from "../calendar.js";
import type { Found, Parser } from "../model.js";
import { shiftedValue } from "../shift.js";
import { followedBy, found, neighbour, tokenAfter } from "./found.js";

const NOT_PERIOD_AFTER = new Set(["of", "century", "mile", "miles", "point", "points", "-", "inch", "hour", "pound"]);

export const reportPeriod: Parser = {
  rule: "period",
  triggers: ["the", "that", "year-"],
  ...followedBy(["the", "that"], ["latest", "current", "most", "just-ended", "same", "comparable", "corresponding", "year-ago", "year-earlier", "prior-year", "year-before", "fiscal", "financial", "quarter", "period"], true),
  pattern:
    /(?:(the|that)\s+)?(?:(latest|current|most\s+recent|just-ended|same|comparable|corresponding|(\d{4}))\s+)?(?:(year-ago|year-earlier|prior-year|year-before)\s+)?(?:(?:fiscal|financial)[\s-]+)?(quarter|period)(?:\s+(?:of\s+|in\s+)?(a\s+year\s+(?:ago|earlier)|last\s+year|the\s+(?:previous|prior)\s+year|(\d{4})))?(?![\w-])/iy,
  extract(m, site) {
    const [, determiner, modifier, statedYear, yearAgo, noun, laterPhrase, laterYear] = m;
    if (!determiner && !yearAgo) return null;
    const mod = modifier?.toLowerCase().replace(/\s+/g, " ");
    const isPeriod = noun.toLowerCase() === "period";
    const comparative = mod === "same" || mod === "comparable" || mod === "corresponding";
    // "the period", "the same quarter" alone say nothing about which one.
    if (!statedYear && !yearAgo && !laterPhrase && (isPeriod ? !mod || comparative : comparative)) return null;
    if (!isPeriod && NOT_PERIOD_AFTER.has(tokenAfter(site, m.index + m[0].length))) return null;
    if (determiner?.toLowerCase() === "that" && (mod || yearAgo)) return null;
    const year = statedYear ?? laterYear;
    const result = found(m, "", "DATE", "quarter", "period/quarter");
    const back = yearAgo || (laterPhrase && !laterYear) ? -1 : 0;
    result.period = { years: back, year: year ? +year : null };
    result.value = year ? formatYear(+year) : shiftedValue(site.ref, "quarter", -1 + 4 * back);
    if (year) result.granularity = "year";
    return result;
  },
};

/** "year-earlier profit", "the year-ago results": the quarter under discussion a year before. */
export const yearAgoAdjective: Parser = {
  rule: "period/year-ago",
  triggers: ["year-"],
  pattern: /(year-(?:ago|earlier))(?![\w-])/iy,
  extract(m, site) {
    const result = found(m, formatYear(toYMD(site.ref).year - 1), "DATE", "year", "period/year-ago");
    result.period = { years: -1, year: null };
    return result;
  },
};

/** "the year before" is counted from another time; "the year two thousand" is a spoken year. */
const NOT_YEAR_AFTER = new Set(["before", "after", "earlier", "later", "of", "two", "-"]);
/** "the year in which", "the year when": some year the clause names, not the report's. */
const UNMODIFIED_NOT_YEAR_AFTER = new Set(["in", "when", "that", "which"]);

/** "the full year", "the current fiscal year" (the report's year); "the year ended Sept. 30" (P1Y). */
export const reportYear: Parser = {
  rule: "period/year",
  triggers: ["the"],
  ...followedBy(["the"], ["full", "current", "latest", "fiscal", "financial", "year"]),
  pattern: /the\s+(?:(full|current|latest)\s+)?(?:(fiscal|financial)\s+)?year(?![\w-])(?!'s)(?:\s+(ended|ending|to|through))?/iy,
  extract(m, site): Found | null {
    const [, modifier, fiscal, ended] = m;
    const next = tokenAfter(site, m.index + m[0].length);
    if (ended) {
      const result = found(m, "P1Y", "DURATION", "duration", "period/year-ended");
      result.end -= m[0].length - m[0].search(/\s+(?:ended|ending|to|through)$/i);
      return result;
    }
    if (NOT_YEAR_AFTER.has(next) || (!modifier && !fiscal && UNMODIFIED_NOT_YEAR_AFTER.has(next))) return null;
    return found(m, formatYear(toYMD(site.ref).year), "DATE", "year", modifier || fiscal ? "period/year-current" : "period/year");
  },
};

/** Prepositions before which "year-end" is a time, not an adjective ("year-end results"). */
const YEAR_END_BEFORE = new Set(["by", "since", "at", "around", "before", "after", "until", "till", "through", "near", "toward", "towards", "from", "to"]);

/** "by year-end", "around year end", "by year's end": the end of the report's year; "since year-end", of the one before. */
export const yearEnd: Parser = {
  rule: "period/year-end",
  triggers: ["year-", "year"],
  ...followedBy(["year"], ["end", "'s", "\u2019s"]),
  pattern: /year(?:-|\s+|['\u2019]s\s+)end(?![\w-])/iy,
  extract(m, site) {
    const before = neighbour(site, -1);
    if (!YEAR_END_BEFORE.has(before)) return null;
    const year = toYMD(site.ref).year - (before === "since" ? 1 : 0);
    return found(m, formatYear(year), "DATE", "year", "period/year-end");
  },
};
