// Years and decades: "in 1943", "Ukraine's 2023 counteroffensive", "fiscal 2024", "the 1990s",
// "the '90s". A four-digit number is a count, not a year, after a quantity word or before a plural
// noun ("2000 troops"), unless a time preposition comes first ("in 2022 troops ...").
import { formatYear } from "../calendar.js";
import type { Parser } from "../model.js";
import { TIME_PREPOSITIONS, found, neighbour, tokenAfter } from "./found.js";

const QUANTITY_BEFORE = new Set([
  "$", "€", "£", "#", "no.", "number", "about", "around", "nearly", "some", "approximately", "over", "than", "least",
  "most", "almost", "roughly", "estimated", "only", "just", "all", "flight", "route", "model", "room", "at",
]);
/** Plural words after a number that still read as verbs or function words, not counted nouns. */
const NOT_COUNTED = new Set(["as", "was", "is", "has", "this", "its", "his", "us", "plus", "versus", "thus", "less"]);
const NOT_YEAR_AFTER = new Set(["%", "percent", "per", "gmt", "utc", "hours", "hrs", "km", "kilometres", "kilometers", "miles", "metres", "meters", "kg", "tons", "tonnes", "-"]);

function countedNounFollows(word: string): boolean {
  return word.length > 2 && word.endsWith("s") && !word.endsWith("'s") && !word.endsWith("ss") && !NOT_COUNTED.has(word) && /^[a-z]/.test(word);
}

export const year: Parser = {
  rule: "year",
  triggers: ["#number"],
  pattern: /(\d{4})(?![\w%])/y,
  extract(m, site) {
    if (site.doc.tokens.lower[site.token] !== m[1]) return null; // part of 2,024 or 2024.5
    const value = +m[1];
    const before = neighbour(site, -1);
    const after = tokenAfter(site, m.index + 4);
    if (QUANTITY_BEFORE.has(before) || NOT_YEAR_AFTER.has(after)) return null;
    const prepositioned = TIME_PREPOSITIONS.has(before);
    if (value < 1800 || value > 2099) {
      if (!prepositioned || value < 1000) return null;
    }
    if (!prepositioned && countedNounFollows(after)) return null;
    return found(m, formatYear(value), "DATE", "year", "year");
  },
};

export const fiscalYear: Parser = {
  rule: "year/fiscal",
  triggers: ["fiscal"],
  pattern: /fiscal\s+(?:year\s+)?(\d{4})(?![\w%])/iy,
  extract(m) {
    return found(m, m[1], "DATE", "year", "year/fiscal");
  },
};

export const decade: Parser = {
  rule: "decade",
  triggers: ["#number", "the", "early", "mid", "late", "mid-", "early-", "late-", "'", "\u2019"],
  pattern: /(?:the\s+)?(?:(?:early|mid|late)[\s-]+)?(?:(\d{3})0|['\u2019](\d)0)'?s(?![\w])/iy,
  extract(m) {
    const value = m[1] ?? (+m[2] >= 3 ? "19" : "20") + m[2];
    return found(m, value, "DATE", "decade", "decade");
  },
};
