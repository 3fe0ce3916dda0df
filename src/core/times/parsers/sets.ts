// Recurring times: "daily" (P1D), "every week" (P1W), "twice a month" (P1M), "each Monday"
// (XXXX-WXX-1), "every morning" (XXXX-XX-XXTMO).
import { PART_OF_DAY, QUANTITY_RE, UNIT_RE, WEEKDAY_RE, durationValue, quantityValue, unitOf, weekdayOf } from "../lexicon.js";
import type { Parser } from "../model.js";
import { found, tokenAfter } from "./found.js";

const ADVERB_SET: Record<string, string> = {
  daily: "P1D", nightly: "P1D", weekly: "P1W", monthly: "P1M", quarterly: "P1Q", annually: "P1Y", yearly: "P1Y", hourly: "PT1H",
};
const UNIT_SET: Record<string, string> = { day: "P1D", night: "P1D", week: "P1W", month: "P1M", quarter: "P1Q", year: "P1Y", hour: "PT1H", weekend: "P1WE" };

const AFTER_ADVERB = new Set(["in", "on", "at", "for", "and", "or", "to", "from", "since", "by", "with", "during", "until", "basis", "but", "as"]);

export const adverbSet: Parser = {
  rule: "set/adverb",
  triggers: Object.keys(ADVERB_SET),
  pattern: /(daily|nightly|weekly|monthly|quarterly|annually|yearly|hourly)(?![\w-])/iy,
  extract(m, site) {
    // "a daily newspaper": before a noun the word describes the thing, not when something recurs.
    const next = tokenAfter(site, m.index + m[0].length);
    if (/^[a-z]/.test(next) && !AFTER_ADVERB.has(next)) return null;
    return found(m, ADVERB_SET[m[1].toLowerCase()], "SET", "set", "set/adverb");
  },
};

export const everySet: Parser = {
  rule: "set/every",
  triggers: ["every", "each"],
  pattern: new RegExp(`(?:every|each)\\s+(?:(day|night|week|month|quarter|year|hour|weekend)|(morning|afternoon|evening)|${WEEKDAY_RE})(?![\\w-])`, "iy"),
  extract(m) {
    if (m[1]) return found(m, UNIT_SET[m[1].toLowerCase()], "SET", "set", "set/every");
    if (m[2]) return found(m, `XXXX-XX-XXT${PART_OF_DAY[m[2].toLowerCase()]}`, "SET", "set", "set/every-part-of-day");
    return found(m, `XXXX-WXX-${weekdayOf(m[3])}`, "SET", "set", "set/every-weekday");
  },
};

export const frequencySet: Parser = {
  rule: "set/frequency",
  triggers: ["once", "twice", "#number", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"],
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
