// Seasons, quarters and halves: "this summer" (2024-SU), "last winter", "the summer of 2022",
// "the third quarter" (2024-Q3), "third-quarter", "the first half of 2024" (2024-H1).
import { quarterOf, toYMD } from "../calendar.js";
import { TokenKind } from "../../segment/tokenize.js";
import { ORDINAL, SEASON_CODE, SEASON_ORDER } from "../lexicon.js";
import type { Parser } from "../model.js";
import { TIME_PREPOSITIONS, followedBy, found, neighbour, tokenAfter } from "./found.js";

/** Position of the report's season in SEASON_ORDER, and the year that season is filed under. */
function currentSeason(ref: number): { year: number; index: number } {
  const { year, month } = toYMD(ref);
  if (month <= 2) return { year: year - 1, index: 3 };
  return { year, index: Math.floor((month - 3) / 3) };
}

const SPOKEN_YEAR_AFTER = /^\s+of\s+(?:eighteen|nineteen|two\s+thousand)\b/i;

export const season: Parser = {
  rule: "season",
  triggers: ["this", "last", "next", "past", "coming", "the", "early", "mid", "late", "spring", "summer", "autumn", "fall", "winter"],
  after: { the: ["early", "mid", "late", "early-", "mid-", "late-", "spring", "summer", "autumn", "fall", "winter"] },
  pattern: /(?:(this|last|next|past|coming|the)\s+)?(?:(early|mid|late)[\s-]+)?(spring|summer|autumn|fall|winter)(?:\s+(?:of\s+)?(\d{4}))?(?![\w-])/iy,
  extract(m, site) {
    const determiner = m[1]?.toLowerCase();
    const code = SEASON_CODE[m[3].toLowerCase()];
    if (m[4]) return found(m, `${m[4]}-${code}`, "DATE", "season", "season/year");
    const now = currentSeason(site.ref);
    const index = SEASON_ORDER.indexOf(code);
    const word = m[3].toLowerCase();
    if (!determiner && !m[2]) {
      // A bare season word is a time only after a time preposition ("in summer"); never "fall"/"spring".
      if (word === "fall" || word === "spring" || !TIME_PREPOSITIONS.has(neighbour(site, -1))) return null;
    }
    // "the fall of Kabul" (but "the winter of nineteen ninety-four", merged with its spoken year).
    if (determiner === "the" && tokenAfter(site, m.index + m[0].length) === "of" && !SPOKEN_YEAR_AFTER.test(site.doc.text.slice(m.index + m[0].length, m.index + m[0].length + 20))) return null;
    let year = now.year;
    if (determiner === "last" || determiner === "past") year = index < now.index ? now.year : now.year - 1;
    else if (determiner === "next" || determiner === "coming") year = index > now.index ? now.year : now.year + 1;
    else if (determiner !== "this") {
      const tense = site.tense(m.index + m[0].length);
      if (tense === "past" && index > now.index) year = now.year - 1;
      else if (tense === "future" && index < now.index) year = now.year + 1;
    }
    return found(m, `${year}-${code}`, "DATE", "season", determiner ? `season/${determiner}` : "season");
  },
};

export const quarter: Parser = {
  rule: "quarter",
  triggers: ["the", "#number", "first", "second", "third", "fourth", "1st", "2nd", "3rd", "4th", "first-", "second-", "third-", "fourth-", "fiscal", "fiscal-", "year-", "this", "last", "next"],
  ...followedBy(["the", "this", "last", "next"], ["year", "year-ago", "year-earlier", "prior-year", "fiscal", "fiscal-", "first", "second", "third", "fourth", "1st", "2nd", "3rd", "4th", "first-quarter", "second-quarter", "third-quarter", "fourth-quarter"], true),
  pattern:
    /(?:(this|last|next)\s+year's\s+|(?:the\s+)?(?:(year-ago|year-earlier|prior-year)\s+)?)(?:fiscal[\s-]+)?(?:(\d{4})\s+)?(?:fiscal[\s-]+)?(first|second|third|fourth|1st|2nd|3rd|4th)[\s-]+quarter(?:\s+of\s+(\d{4})|\s+(\d{4}))?(?![\w-])/iy,
  extract(m, site) {
    const [, relativeYear, yearAgo, yearBefore, ordinal, yearOf, yearAfter] = m;
    const q = ORDINAL[ordinal.toLowerCase()];
    const stated = yearBefore ?? yearOf ?? yearAfter;
    const refYear = toYMD(site.ref).year;
    let year = refYear;
    if (relativeYear) year += relativeYear.toLowerCase() === "last" ? -1 : relativeYear.toLowerCase() === "next" ? 1 : 0;
    else if (!stated && site.tense(m.index + m[0].length) === "past" && q > quarterOf(toYMD(site.ref).month)) year -= 1;
    if (yearAgo) year -= 1;
    return found(m, `${stated ?? year}-Q${q}`, "DATE", "quarter", stated ? "quarter/year" : yearAgo ? "quarter/year-ago" : relativeYear ? "quarter/relative-year" : "quarter");
  },
};

export const half: Parser = {
  rule: "half",
  triggers: ["the", "first", "second"],
  after: { the: ["first", "second"] },
  pattern: /(?:the\s+)?(first|second)\s+half\s+of\s+(?:(\d{4})|(?:the|this)\s+year|(last|next)\s+year)(?![\w-])/iy,
  extract(m, site) {
    const h = m[1].toLowerCase() === "first" ? 1 : 2;
    const step = m[3] ? (m[3].toLowerCase() === "last" ? -1 : 1) : 0;
    const year = m[2] ?? String(toYMD(site.ref).year + step);
    return found(m, `${year}-H${h}`, "DATE", "half", "half");
  },
};

const REPORTED_AFTER = new Set(["results", "earnings", "sales", "profit", "profits", "revenue", "revenues", "figures", "growth", "gdp", "output", "loss", "losses", "report", "data", "exports", "imports"]);

/** "Q3", "Q3 2024", "Q1-2025", "2023 Q4": a quarter written in short; without a year, as "the third quarter". */
export const shortQuarter: Parser = {
  rule: "quarter/short",
  triggers: ["q1", "q2", "q3", "q4", "q1-", "q2-", "q3-", "q4-", "#number"],
  // At a number, only a year followed by "Q1".."Q4" can start one.
  guard: (site) => site.doc.tokens.kind[site.token] !== TokenKind.Number || /^q[1-4]$/.test(site.doc.tokens.lower[site.token + 1] ?? ""),
  pattern: /(?:(\d{4})\s+)?Q([1-4])(?:(?:\s+|-)(\d{4}))?(?![\w-])/y,
  extract(m, site) {
    const [, yearBefore, q, yearAfter] = m;
    if (yearBefore && yearAfter) return null;
    const stated = yearBefore ?? yearAfter;
    // "the Q1 tank" is a name: without a year, a quarter needs a time preposition before it or
    // reported figures after it ("in Q4", "Q3 results").
    if (!stated && !TIME_PREPOSITIONS.has(neighbour(site, -1)) && !REPORTED_AFTER.has(tokenAfter(site, m.index + m[0].length))) return null;
    let year = toYMD(site.ref).year;
    if (!stated && site.tense(m.index + m[0].length) === "past" && +q > quarterOf(toYMD(site.ref).month)) year -= 1;
    return found(m, `${stated ?? year}-Q${q}`, "DATE", "quarter", stated ? "quarter/short-year" : "quarter/short");
  },
};
