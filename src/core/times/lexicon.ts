// Words of the times layer: months, weekdays, number words, units, parts of day, seasons, and the
// regular-expression fragments built from them (compiled into patterns once, at module load).

export const MONTH_BY_PREFIX: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12,
};

/**
 * Month names, and abbreviations with an optional full stop ("Aug.", "Sept"). A full name never
 * takes the stop: "in December." ends a sentence.
 */
export const MONTH_RE =
  "(january|february|march|april|may|june|july|august|september|october|november|december|(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\\.?)";

export const MONTH_TRIGGERS = [
  "january", "jan", "jan.", "february", "feb", "feb.", "march", "mar", "mar.", "april", "apr", "apr.", "may",
  "june", "jun", "jun.", "july", "jul", "jul.", "august", "aug", "aug.", "september", "sep", "sep.", "sept",
  "sept.", "october", "oct", "oct.", "november", "nov", "nov.", "december", "dec", "dec.",
];

export function monthOf(name: string): number {
  return MONTH_BY_PREFIX[name.slice(0, 3).toLowerCase()] ?? 0;
}

export const WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];
export const WEEKDAY_RE = "(monday|tuesday|wednesday|thursday|friday|saturday|sunday)";

/** ISO weekday number (1 = Monday) of a weekday name. */
export function weekdayOf(name: string): number {
  return WEEKDAYS.indexOf(name.toLowerCase()) + 1;
}

const NUMBER_WORD_VALUES: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70,
  eighty: 80, ninety: 90, hundred: 100, dozen: 12, "a couple of": 2, "couple of": 2,
};
/** Quantities that are real but unstated: TIMEX3 writes them as X ("several days" -> PXD). */
const VAGUE_QUANTITIES = ["several", "a few", "few", "many", "some"];

export const NUMBER_WORDS = Object.keys(NUMBER_WORD_VALUES);

/** A quantity before a unit: digits, number words ("twenty-four", "two"), or a vague quantity. */
export const QUANTITY_RE =
  "(\\d+(?:\\.\\d+)?|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[-\\s](?:one|two|three|four|five|six|seven|eight|nine)|" +
  [...VAGUE_QUANTITIES, ...NUMBER_WORDS].sort((a, b) => b.length - a.length).join("|").replace(/ /g, "\\s+") +
  ")";

/** Words a QUANTITY_RE match can begin with, besides digits. */
export const QUANTITY_FIRST_WORDS = [...new Set([...VAGUE_QUANTITIES, ...NUMBER_WORDS].map((q) => q.split(" ")[0]))];

export const QUANTITY_TRIGGERS = ["#number", ...NUMBER_WORDS, "several", "few", "many", "some", "couple", "several-", ...NUMBER_WORDS.map((w) => w + "-")];

/** Hedges that TimeML keeps inside the expression ("about two years ago"). */
export const APPROX_RE = "(?:(?:about|around|nearly|almost|roughly|some|approximately|more\\s+than|less\\s+than|over(?!\\s+the)|at\\s+least|just|only|up\\s+to)\\s+)?";
export const APPROX_TRIGGERS = ["about", "around", "nearly", "almost", "roughly", "some", "approximately", "more", "less", "over", "at", "just", "only", "up"];

/** Quantity text -> number as a string, or "X" when vague; null when not a quantity. */
export function quantityValue(text: string): string | null {
  const q = text.toLowerCase().replace(/\s+/g, " ");
  if (/^\d/.test(q)) return q;
  if (VAGUE_QUANTITIES.includes(q)) return "X"; // before the tens-ones split: "a few" is not "a" + "few"
  const hyphen = q.search(/[- ]/);
  if (hyphen > 0 && !(q in NUMBER_WORD_VALUES)) {
    const tens = NUMBER_WORD_VALUES[q.slice(0, hyphen)];
    const ones = NUMBER_WORD_VALUES[q.slice(hyphen + 1)];
    return tens !== undefined && ones !== undefined ? String(tens + ones) : null;
  }
  if (q in NUMBER_WORD_VALUES) return String(NUMBER_WORD_VALUES[q]);
  return VAGUE_QUANTITIES.includes(q) ? "X" : null;
}

export type UnitName = "second" | "minute" | "hour" | "day" | "week" | "fortnight" | "month" | "quarter" | "year" | "decade" | "century";

export const UNIT_RE = "(seconds?|minutes?|hours?|days?|weeks?|fortnights?|months?|quarters?|years?|decades?|century|centuries)";

/** The words UNIT_RE matches. */
export const UNIT_WORDS = [
  "second", "seconds", "minute", "minutes", "hour", "hours", "day", "days", "week", "weeks", "fortnight", "fortnights",
  "month", "months", "quarter", "quarters", "year", "years", "decade", "decades", "century", "centuries",
];

export function unitOf(word: string): UnitName {
  const w = word.toLowerCase();
  if (w.startsWith("centur")) return "century";
  return w.replace(/s$/, "") as UnitName;
}

/** TIMEX3 duration value: P2D, PT48H, P10Y, PXY. */
export function durationValue(quantity: string, unit: UnitName): string {
  switch (unit) {
    case "second": return `PT${quantity}S`;
    case "minute": return `PT${quantity}M`;
    case "hour": return `PT${quantity}H`;
    case "day": return `P${quantity}D`;
    case "week": return `P${quantity}W`;
    case "fortnight": return quantity === "X" ? "PXW" : `P${+quantity * 2}W`;
    case "month": return `P${quantity}M`;
    case "quarter": return `P${quantity}Q`;
    case "year": return `P${quantity}Y`;
    // TimeML writes decades in years, counted ("two decades" = P20Y) or not ("for decades" = PXY,
    // as TempEval-3 and MEANTIME annotate them).
    case "decade": return quantity === "X" ? "PXY" : `P${+quantity * 10}Y`;
    case "century": return `P${quantity}CE`;
  }
}

/** A count and a half of a unit, in the next smaller unit where TIMEX3 has one: P2Y6M, PT5H30M. */
export function halfDurationValue(quantity: string, unit: UnitName): string | null {
  if (!/^\d+$/.test(quantity)) return null;
  switch (unit) {
    case "minute": return `PT${quantity}M30S`;
    case "hour": return `PT${quantity}H30M`;
    case "day": return `P${quantity}DT12H`;
    case "month": return `P${quantity}M15D`;
    case "year": return `P${quantity}Y6M`;
    case "decade": return `P${+quantity * 10 + 5}Y`;
    default: return `${durationValue(quantity, unit).slice(0, -1)}.5${durationValue(quantity, unit).slice(-1)}`;
  }
}

/** TIMEX3 part-of-day codes. */
export const PART_OF_DAY: Record<string, string> = {
  morning: "MO", afternoon: "AF", evening: "EV", night: "NI", midday: "MI", noon: "MI", daytime: "DT",
};
export const PART_OF_DAY_RE = "(morning|afternoon|evening|night)";

export const SEASON_CODE: Record<string, string> = { spring: "SP", summer: "SU", autumn: "FA", fall: "FA", winter: "WI" };
/** Seasons in calendar order within their year (winter counted with the December it starts in). */
export const SEASON_ORDER = ["SP", "SU", "FA", "WI"];

export const ORDINAL: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4,
};
