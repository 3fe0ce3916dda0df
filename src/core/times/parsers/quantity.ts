// Counted spans of time: "two days" (P2D), "48 hours" (PT48H), "a decade" (P10Y), "the past two
// months" (P2M), "a 10-year sentence" (P10Y); counted back from the report: "two days ago"
// (2024-08-12), "three weeks ago" (2024-W30); and from an earlier time: "a week earlier".
import { APPROX_RE, APPROX_TRIGGERS, QUANTITY_FIRST_WORDS, QUANTITY_RE, QUANTITY_TRIGGERS, UNIT_RE, UNIT_WORDS, durationValue, halfDurationValue, quantityValue, unitOf, type UnitName } from "../lexicon.js";
import type { Found, Parser, Site } from "../model.js";
import { granularityOf, shiftedValue, type CalendarUnit } from "../shift.js";
import { found, foundAt, isRate, neighbour, startsUpper, tokenAfter } from "./found.js";

/**
 * Unit words that are something else: "a second attack" (an ordinal), "three-quarters of" and "a
 * quarter of" (fractions), "60 Minutes" (a title).
 */
function isUnitReading(unit: string, quantity: string, m: RegExpExecArray, site: Site): boolean {
  if (startsUpper(unit)) return false;
  const lowerUnit = unit.toLowerCase();
  const single = /^(?:a|an|one)$/i.test(quantity);
  if (lowerUnit === "second" && single) return false;
  if (lowerUnit.startsWith("quarter") && (single || /-\s*quarters?$/i.test(m[0]) || tokenAfter(site, m.index + m[0].length) === "of")) return false;
  return true;
}

/** Calendar unit a counted unit is written at when it locates a time ("two weeks ago" -> a week). */
function calendarUnit(unit: UnitName): CalendarUnit | null {
  switch (unit) {
    case "day":
    case "week":
    case "month":
    case "quarter":
    case "year":
    case "decade":
    case "century":
      return unit;
    case "fortnight":
      return "week";
    default:
      return null;
  }
}

const MODALS = new Set(["will", "would", "could", "may", "might", "can", "should", "shall", "must", "'ll"]);

const YEAR_AGO_PERIOD = { years: -1, year: null } as const;

/** "two days ago" (from the report), "a week earlier" (from the time mentioned before). */
function located(m: RegExpExecArray, site: Site, quantity: string, unitName: UnitName, word: string): Found | null {
  const unit = calendarUnit(unitName);
  if (unit === null) return null;
  const back = word === "ago" || word === "earlier";
  if (quantity === "X") {
    // "a few years ago", "several weeks from now" point back or ahead of the report; "a few days
    // later" is counted from another time, so all it says is the span (PXD), its locator outside.
    if (word === "later" || word === "earlier") return withoutLocator(found(m, durationValue("X", unitName), "DURATION", "duration", "duration/vague-located"), m);
    return found(m, back ? "PAST_REF" : "FUTURE_REF", "DATE", "ref", "ago/vague");
  }
  let n = +quantity * (back ? -1 : 1);
  if (unitName === "fortnight") n *= 2;
  if (!Number.isInteger(n)) return null;
  if (word === "ago" || word.startsWith("from") || word === "hence") {
    const result = found(m, shiftedValue(site.ref, unit, n), "DATE", granularityOf(unit), `ago/${word.split(/\s/)[0]}`);
    // Beside quarterly figures, "up from $90 million a year ago" is that quarter a year before.
    if (unit === "year" && n === -1 && word === "ago") result.period = YEAR_AGO_PERIOD;
    return result;
  }
  if (unit !== "day" && unit !== "week" && unit !== "month" && unit !== "year") return null;
  const result = found(m, "", "DATE", granularityOf(unit), `ago/anchored-${word}`);
  result.shift = { unit, n };
  if (unit === "year" && n === -1) result.period = YEAR_AGO_PERIOD;
  return result;
}

const LOCATOR_TAIL = /(?:\s+or\s+so)?\s+(?:ago|earlier|later|from\s+now|hence)$/i;

/** The expression without its trailing "later", "ago" (unchanged when it has none). */
function withoutLocator(f: Found, m: RegExpExecArray): Found {
  const cut = m[0].search(LOCATOR_TAIL);
  if (cut > 0) f.end = m.index + cut;
  return f;
}

/** Words between "the" and a count: "the past two months". */
const COUNT_LEADS = ["past", "last", "next", "first", "coming", "previous", "following", "final", "remaining", "same", "other"];

/** Tokens a count can start with ("two", "twenty-four", "48", "a"), hyphenated to its unit or not ("two-day"). */
const COUNT_STARTS = ["#number", ...QUANTITY_FIRST_WORDS, ...QUANTITY_FIRST_WORDS.map((w) => w + "-")];

/**
 * Tokens that can follow a one-word count: its half ("2 1/2", "a ... and a half"), a word like
 * "more" ("three more days"), the hyphen to its unit ("a 10 -day") or the unit, whole or
 * hyphenated on ("two days", "a day-long").
 */
const AFTER_COUNT = ["#number", "and", "more", "additional", "extra", "further", "trading", "business", "working", "-", "--", ...UNIT_WORDS, ...UNIT_WORDS.map((w) => w + "-")];

/**
 * The counted parser runs after the commonest of its triggers only before a token that can go on
 * from them (times/index.ts): a count ("a", "an", a number, "one", "two"), a hedge before a count
 * ("about", "over") or the first word of a two-word hedge ("at least", "more than", "up to").
 */
const COUNTED_AFTER: Record<string, readonly string[]> = {
  // After "the": a lead word, or the count itself, whole or hyphenated to its unit ("the two-day").
  the: [...COUNT_LEADS, ...COUNT_STARTS],
  "#number": AFTER_COUNT,
  // "a couple of days", "a few weeks".
  a: ["couple", "few", ...AFTER_COUNT],
  an: AFTER_COUNT,
  one: AFTER_COUNT,
  two: AFTER_COUNT,
  many: AFTER_COUNT,
  at: ["least"],
  more: ["than"],
  less: ["than"],
  up: ["to"],
};
for (const hedge of ["about", "around", "nearly", "almost", "roughly", "approximately", "just", "only", "over"]) COUNTED_AFTER[hedge] = ["the", ...COUNT_STARTS];

/** One pattern for both readings, so a count is scanned once: a span, or a time located by it. */
export const counted: Parser = {
  rule: "duration",
  triggers: [...QUANTITY_TRIGGERS, ...APPROX_TRIGGERS, "the"],
  after: COUNTED_AFTER,
  pattern: new RegExp(
    `${APPROX_RE}(the\\s+(?:(?:${COUNT_LEADS.join("|")})\\s+)?)?${QUANTITY_RE}(\\s+1\\/2|\\s+and\\s+a\\s+half)?(?:\\s+(?:more|additional|extra|further|trading|business|working))?[\\s-]+${UNIT_RE}(\\s+and\\s+a\\s+half)?(-(?:long|old))?(?:(?:\\s+or\\s+so)?\\s+(ago|earlier|later|from\\s+now|hence))?(?![\\w-])`,
    "iy",
  ),
  extract(m, site) {
    const [, lead, quantityText, halfBefore, unitText, halfAfter, adjective, locator] = m;
    if (!isUnitReading(unitText, quantityText, m, site)) return null;
    // "the 1988 quarter": a year before a singular unit is not a count of it.
    if (/^\d{4}$/.test(quantityText) && !/s$/i.test(unitText) && !/-\s*\w+$/.test(m[0].slice(0, m[0].length - (adjective?.length ?? 0)))) return null;
    if (adjective && adjective.toLowerCase() === "-old") return null; // an age
    // "a day-long meeting", "a decades-long feud": the article belongs to the noun; unitLong reads the adjective.
    if (/^an?$/i.test(quantityText) && (adjective || /s$/i.test(unitText))) return null;
    const next = tokenAfter(site, m.index + m[0].length);
    if (next === "old" || next === "older" || next === "younger") return null; // "52 years old"
    if (!lead && !locator && /^an?$/i.test(quantityText) && m[0].length === m[0].trimStart().length && isRate(site)) return null;
    const quantity = quantityValue(quantityText);
    if (quantity === null) return null;
    // "Ukraine will one day join NATO": some day ahead, not a span of one day.
    if (!lead && !locator && !adjective && /^one\s+day$/i.test(m[0]) && MODALS.has(neighbour(site, -1))) return found(m, "FUTURE_REF", "DATE", "ref", "ref/one-day");
    const unit = unitOf(unitText);
    // "an hour later", "a minute and a half after": no calendar unit to count in, so the span of
    // time is the expression and the locator stays outside it.
    const subDay = locator && calendarUnit(unit) === null;
    if (halfBefore || halfAfter) {
      const value = (locator && !subDay) || (halfBefore && halfAfter) ? null : halfDurationValue(quantity, unit);
      return value ? withoutLocator(found(m, value, "DURATION", "duration", "duration/half"), m) : null;
    }
    // "three hours ago": a time earlier on the report's day, known to the day only.
    if (subDay && !adjective && !lead && /^ago$/i.test(locator)) return found(m, shiftedValue(site.ref, "day", 0), "DATE", "day", "ago/same-day");
    if (subDay && !adjective) return withoutLocator(found(m, durationValue(quantity, unit), "DURATION", "duration", "duration/before-locator"), m);
    if (locator && !lead && !adjective) return located(m, site, quantity, unit, locator.toLowerCase().replace(/\s+/g, " "));
    if (locator) return null;
    const result = found(m, durationValue(quantity, unit), "DURATION", "duration", adjective ? "duration/adjective" : "duration");
    // "the 24-hour ceasefire", "the two-week siege": the article belongs to the noun, not the span.
    const compound = `${quantityText}-${unitText}`;
    if (lead && /^the\s+$/i.test(lead) && m[0].endsWith(compound + (adjective ?? ""))) result.start = m.index + m[0].length - compound.length - (adjective?.length ?? 0);
    return result;
  },
};

const VAGUE_BEFORE = new Set(["for", "over", "within", "in", "after", "took", "lasted", "spent", "than", "past", "last", "next", "coming"]);

/** "for decades" (PXY), "in years" (PXY): a plural unit with no count, after a span preposition. */
export const vagueDuration: Parser = {
  rule: "duration/vague",
  triggers: ["hours", "days", "weeks", "months", "years", "decades", "centuries"],
  pattern: /(hours|days|weeks|months|years|decades|centuries)(?![\w-])/iy,
  extract(m, site) {
    const t = site.token - 1;
    const s = site.doc.sentenceOfToken[site.token];
    if (t < site.doc.sentenceFirst[s] || !VAGUE_BEFORE.has(site.doc.tokens.lower[t])) return null;
    return found(m, durationValue("X", unitOf(m[1])), "DURATION", "duration", "duration/vague");
  },
};

/**
 * "over the years", "in the weeks ahead", "in the months that followed", "in the days since": a
 * stretch of unstated length. Plain "in the weeks before the vote" is left alone (it is more often
 * read as the time it leads up to).
 */
const VAGUE_UNITS = new Set(["days", "weeks", "months", "years", "decades"]);

export const vagueTheDuration: Parser = {
  rule: "duration/vague-the",
  triggers: ["over", "in", "during", "throughout"],
  guard: (site) => site.doc.tokens.lower[site.token + 1] === "the" && VAGUE_UNITS.has(site.doc.tokens.lower[site.token + 2]),
  pattern: /(over|in|during|throughout)\s+(the\s+(days|weeks|months|years|decades)(?:\s+(ahead|to\s+come))?)(?=\s+(since|that\s+followed|after|ahead)\b|[\s,.;:]|$)(?![\w-])/iy,
  extract(m) {
    const preposition = m[1].toLowerCase();
    const follows = (m[5] ?? "").toLowerCase();
    if (preposition !== "over" && preposition !== "throughout" && !m[4] && !follows) return null;
    const start = m.index + m[0].length - m[2].length;
    return foundAt(start, m.index + m[0].length, durationValue("X", unitOf(m[3])), "DURATION", "duration", "duration/vague-the");
  },
};

/** "decades-long" (PXY), "a day-long meeting" (P1D): a span named by its unit alone. */
const LONG_UNITS = ["hour", "day", "week", "month", "year", "decade", "century", "hours", "days", "weeks", "months", "years", "decades", "centuries"];

export const unitLong: Parser = {
  rule: "duration/unit-long",
  triggers: LONG_UNITS.map((unit) => unit + "-"),
  pattern: /(hours?|days?|weeks?|months?|years?|decades?|century|centuries)-long(?![\w-])/iy,
  extract(m) {
    // A plural unit is some number of them, unstated: "weeks-long" is PXW.
    const quantity = /s$/i.test(m[1]) ? "X" : "1";
    return found(m, durationValue(quantity, unitOf(m[1])), "DURATION", "duration", "duration/unit-long");
  },
};
