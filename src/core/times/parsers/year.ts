// Years and decades: "in 1943", "Ukraine's 2023 counteroffensive", "fiscal 2024", "the 1990s",
// "the '90s". A four-digit number is a count, not a year, after a quantity word or before a plural
// noun ("2000 troops"), unless a time preposition comes first ("in 2022 troops ...").
import { formatYear } from "../calendar.js";
import { TokenKind } from "../../segment/tokenize.js";
import type { Parser } from "../model.js";
import { TIME_PREPOSITIONS, capitalAfter, followedBy, found, neighbour, tokenAfter } from "./found.js";

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
    // "2024-25" goes on as a range or code; "in 1984 -- part of ..." is a dash between clauses.
    const spacedDash = after === "-" && /^\s/.test(site.doc.text.slice(m.index + 4, m.index + 5));
    if (QUANTITY_BEFORE.has(before) || (NOT_YEAR_AFTER.has(after) && !spacedDash)) return null;
    const prepositioned = TIME_PREPOSITIONS.has(before);
    if (value < 1800 || value > 2099) {
      if (!prepositioned || value < 1000) return null;
    }
    // "the 2000 Olympics", "the 1991 Accords": after "the", a capitalised word names an event of that year.
    const named = before === "the" && capitalAfter(site, m.index + 4);
    if (!prepositioned && !named && countedNounFollows(after)) return null;
    return found(m, formatYear(value), "DATE", "year", "year");
  },
};

/** "mid-2011", "early-1990" written as one word: the year, the modifier kept in the span. */
export const hyphenatedYear: Parser = {
  rule: "year/modified",
  triggers: ["mid-", "early-", "late-", "post-", "pre-"],
  pattern: /(?:mid|early|late|post|pre)-(\d{4})(?![\w%-])/iy,
  extract(m) {
    const value = +m[1];
    if (value < 1000 || value > 2099) return null;
    return found(m, formatYear(value), "DATE", "year", "year/modified");
  },
};

const DECADE_WORDS: Record<string, number> = { twenties: 2, thirties: 3, forties: 4, fifties: 5, sixties: 6, seventies: 7, eighties: 8, nineties: 9 };

/** "the nineties" (199), "the 20th century" (19), "the eleventh century" is left alone. */
export const wordDecadeCentury: Parser = {
  rule: "decade/word",
  triggers: ["the"],
  ...followedBy(["the"], ["early", "mid", "late", "mid-", "early-", "late-", "twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties"], true),
  pattern: /the\s+(?:(?:early|mid|late)[\s-]+)?(?:(twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)|(\d{1,2})(?:st|nd|rd|th)[\s-]+century)(?![\w-])/iy,
  extract(m) {
    if (m[1]) return found(m, `19${DECADE_WORDS[m[1].toLowerCase()]}`, "DATE", "decade", "decade/word");
    const n = +m[2];
    if (n < 1 || n > 21) return null;
    return found(m, String(n - 1).padStart(2, "0"), "DATE", "century", "century");
  },
};

/** "an 11th-century temple", "a 20th century democrat": a century named as an ordinal, without "the". */
export const ordinalCentury: Parser = {
  rule: "century/ordinal",
  triggers: ["#number"],
  guard: (site) => /(?:st|nd|rd|th)$/.test(site.doc.tokens.lower[site.token]),
  pattern: /(\d{1,2})(?:st|nd|rd|th)[\s-]+century(?![\w-])/iy,
  extract(m) {
    const n = +m[1];
    if (n < 1 || n > 21) return null;
    return found(m, String(n - 1).padStart(2, "0"), "DATE", "century", "century/ordinal");
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
  after: { the: ["early", "mid", "late", "early-", "mid-", "late-", "'", "\u2019", "#number"], "'": ["#number"], "\u2019": ["#number"] },
  // A number starts a decade only with its "s", in the token ("1990s") or after an apostrophe ("1990's").
  guard: (site) => {
    const tokens = site.doc.tokens;
    const t = site.token;
    if (tokens.kind[t] !== TokenKind.Number || tokens.lower[t].endsWith("s")) return true;
    const next = tokens.lower[t + 1];
    return next === "'" || next === "\u2019";
  },
  pattern: /(?:the\s+)?(?:(?:early|mid|late)[\s-]+)?(?:(\d{3})0|['\u2019](\d)0)'?s(?![\w])/iy,
  extract(m) {
    const value = m[1] ?? (+m[2] >= 3 ? "19" : "20") + m[2];
    return found(m, value, "DATE", "decade", "decade");
  },
};

const ONES: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9 };
const TEENS: Record<string, number> = {
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
};
const TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };

/** "ninety-six" -> 96, "eleven" -> 11, "oh five" -> 5; null when not a two-digit number word. */
function twoDigits(text: string): number | null {
  const parts = text.toLowerCase().split(/[\s-]+/);
  if (parts[0] === "oh" && parts.length === 2) return ONES[parts[1]] ?? null;
  if (parts.length === 1) return TENS[parts[0]] ?? TEENS[parts[0]] ?? null;
  const tens = TENS[parts[0]];
  const ones = ONES[parts[1]];
  return parts.length === 2 && tens !== undefined && ones !== undefined ? tens + ones : null;
}

/**
 * Years as spoken in transcripts: "nineteen ninety-six", "the winter of nineteen ninety-four",
 * "the year two thousand", "two thousand and one". A bare "two thousand" is a count ("two thousand
 * troops") unless "the year" or a time preposition comes before it.
 */
export const spelledYear: Parser = {
  rule: "year/spelled",
  triggers: ["the", "eighteen", "nineteen", "two", "twenty"],
  ...followedBy(["the", "two"], ["year", "thousand"]),
  pattern:
    /(the\s+year\s+)?(?:(eighteen|nineteen|twenty)[\s-]+((?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|oh\s+(?:one|two|three|four|five|six|seven|eight|nine))|two\s+thousand(?:\s+(?:and\s+)?(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen))?)(?![\w-])/iy,
  extract(m, site) {
    const [, theYear, century, rest, thousandRest] = m;
    let value: number;
    if (century) {
      const low = twoDigits(rest);
      if (low === null) return null;
      value = { eighteen: 1800, nineteen: 1900, twenty: 2000 }[century.toLowerCase() as "eighteen"] + low;
      // "twenty twenty" is a year, but "twenty thirty-five" reads more as a count unless placed as a time.
      if (century.toLowerCase() === "twenty" && !theYear && !TIME_PREPOSITIONS.has(neighbour(site, -1))) return null;
    } else {
      if (!theYear && !TIME_PREPOSITIONS.has(neighbour(site, -1))) return null;
      value = 2000 + (thousandRest ? ONES[thousandRest.toLowerCase()] ?? TEENS[thousandRest.toLowerCase()] : 0);
    }
    // "In nineteen ninety-one Charles Keating ...": after a time preposition a name may follow.
    if (!TIME_PREPOSITIONS.has(neighbour(site, -1)) && countedNounFollows(tokenAfter(site, m.index + m[0].length))) return null;
    return found(m, formatYear(value), "DATE", "year", "year/spelled");
  },
};
