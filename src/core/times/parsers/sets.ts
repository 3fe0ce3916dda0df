// Recurring times: "daily" (P1D), "every week" (P1W), "twice a month" (P1M), "each Monday"
// (XXXX-WXX-1), "every morning" (XXXX-XX-XXTMO).
import { MONTH_RE, PART_OF_DAY, QUANTITY_RE, UNIT_RE, WEEKDAY_RE, durationValue, monthOf, quantityValue, unitOf, weekdayOf } from "../lexicon.js";
import type { Parser } from "../model.js";
import { found, isRate, startsUpper, tokenAfter } from "./found.js";

const ADVERB_SET: Record<string, string> = {
  daily: "P1D", nightly: "P1D", weekly: "P1W", monthly: "P1M", quarterly: "P1Q", annually: "P1Y", yearly: "P1Y", hourly: "PT1H",
};
const UNIT_SET: Record<string, string> = { day: "P1D", night: "P1D", week: "P1W", month: "P1M", quarter: "P1Q", year: "P1Y", hour: "PT1H", weekend: "P1WE" };

const AFTER_ADVERB = new Set([
  "in", "on", "at", "for", "and", "or", "to", "from", "since", "by", "with", "during", "until", "basis", "but", "as",
  "outside", "inside", "near", "across", "around", "throughout", "through", "before", "after", "into", "against", "among", "over",
]);

export const adverbSet: Parser = {
  rule: "set/adverb",
  triggers: Object.keys(ADVERB_SET),
  pattern: /(daily|nightly|weekly|monthly|quarterly|annually|yearly|hourly)(?![\w-])/iy,
  extract(m, site) {
    // "a daily newspaper": before a noun the word describes the thing, not when something recurs.
    const next = tokenAfter(site, m.index + m[0].length);
    if (/^[a-z]/.test(next) && !AFTER_ADVERB.has(next)) return null;
    // "rise 8% annually", "10,000 units annually": a rate, like "500 drones a month".
    if (isRate(site)) return null;
    return found(m, ADVERB_SET[m[1].toLowerCase()], "SET", "set", "set/adverb");
  },
};

export const everySet: Parser = {
  rule: "set/every",
  triggers: ["every", "each"],
  pattern: new RegExp(`(?:every|each)\\s+(?:(day|night|week|month|quarter|year|hour|weekend)|(morning|afternoon|evening)|${WEEKDAY_RE}|${MONTH_RE})(?![\\w-])`, "iy"),
  extract(m, site) {
    if (m[1]) return found(m, UNIT_SET[m[1].toLowerCase()], "SET", "set", "set/every");
    if (m[2]) return found(m, `XXXX-XX-XXT${PART_OF_DAY[m[2].toLowerCase()]}`, "SET", "set", "set/every-part-of-day");
    if (m[3]) return found(m, `XXXX-WXX-${weekdayOf(m[3])}`, "SET", "set", "set/every-weekday");
    // "each July": that month of every year ("each may" is no month; "every Sept. 11" is a day of it).
    if (!startsUpper(m[4]) || /^[\s.]*\d/.test(site.doc.text.slice(m.index + m[0].length, m.index + m[0].length + 4))) return null;
    return found(m, `XXXX-${String(monthOf(m[4])).padStart(2, "0")}`, "SET", "set", "set/every-month");
  },
};

export const frequencySet: Parser = {
  rule: "set/frequency",
  triggers: ["once", "twice", "#number", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"],
  after: {
    once: ["a", "an", "per", "each", "every"],
    twice: ["a", "an", "per", "each", "every"],
    ...Object.fromEntries(["#number", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"].map((w) => [w, ["times"]])),
  },
  pattern: /(?:once|twice|(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+times)\s+(?:a|an|per|each|every)\s+(day|night|week|month|quarter|year|hour)(?![\w-])/iy,
  extract(m) {
    return found(m, UNIT_SET[m[1].toLowerCase()], "SET", "set", "set/frequency");
  },
};

/** "every three months" (P3M), "every two weeks", "every 48 hours": a set with a counted period. */
export const everyCountSet: Parser = {
  rule: "set/every-count",
  triggers: ["every"],
  pattern: new RegExp(`every\\s+${QUANTITY_RE}\\s+${UNIT_RE}(?![\\w-])`, "iy"),
  extract(m) {
    const quantity = quantityValue(m[1]);
    if (quantity === null || (!/s$/i.test(m[2]) && quantity !== "1")) return null;
    return found(m, durationValue(quantity, unitOf(m[2])), "SET", "set", "set/every-count");
  },
};
