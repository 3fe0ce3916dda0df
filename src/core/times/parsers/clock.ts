// Clock times: "3 p.m." "10:30 a.m." "1500 GMT" "noon" "midnight". The day they fall on is filled
// in by refiners/anchor.ts from a day named in the same sentence, else the article date.
import { TokenKind } from "../../segment/tokenize.js";
import type { Parser, Site } from "../model.js";
import { found, neighbour } from "./found.js";

const pad2 = (n: number): string => (n < 10 ? "0" + n : String(n));

function clockFound(m: RegExpExecArray, hour: number, minute: number, rule: string) {
  if (hour > 24 || minute > 59) return null;
  const result = found(m, "", "TIME", "time", rule);
  // A time stated in UTC (GMT) carries ISO 8601's zone designator: T08:30Z.
  result.clock = `T${pad2(hour)}:${pad2(minute)}${/(?:gmt|utc)$/i.test(m[0]) ? "Z" : ""}`;
  return result;
}

/** Tokens after an hour that make it a clock time ("3 p.m.", "3pm", "1500 GMT"). */
const CLOCK_NEXT = new Set(["a.m.", "p.m.", "am", "pm", "gmt", "utc"]);

/**
 * Whether a clock time can start at a number: one written with a colon ("10:30"), or one followed
 * by its half of the day or zone, perhaps after a space the tokenizer keeps as a token.
 */
function clockAt(site: Site): boolean {
  const tokens = site.doc.tokens;
  const t = site.token;
  if (tokens.kind[t] !== TokenKind.Number || tokens.lower[t].includes(":")) return true;
  const next = t + 1;
  if (next >= tokens.count) return false;
  return CLOCK_NEXT.has(tokens.lower[next]) || (tokens.kind[next] === TokenKind.Punct && /^\s$/.test(tokens.lower[next]));
}

export const clockTime: Parser = {
  rule: "clock",
  triggers: ["#number", "around", "about"],
  after: { around: ["#number"], about: ["#number"] },
  guard: clockAt,
  pattern: /(?:(?:around|about)\s+)?(\d{1,2})(?:[:.](\d{2}))?\s*(a\.m\.|p\.m\.|am|pm)(?:\s+(?:[ECMP][SD]T|GMT|UTC|local\s+time))?(?![\w])|(?:(?:around|about)\s+)?(\d{1,2}):(\d{2})(?:\s*(?:gmt|utc|local\s+time))?(?![\w:])|(\d{2})(\d{2})\s+(?:gmt|utc)(?![\w])/iy,
  extract(m) {
    if (m[1] !== undefined) {
      let hour = +m[1];
      if (hour < 1 || hour > 12) return null;
      const pm = m[3].toLowerCase().startsWith("p");
      if (pm && hour < 12) hour += 12;
      if (!pm && hour === 12) hour = 0;
      return clockFound(m, hour, m[2] ? +m[2] : 0, "clock/12h");
    }
    if (m[4] !== undefined) return clockFound(m, +m[4], +m[5], "clock/24h");
    return clockFound(m, +m[6], +m[7], "clock/military");
  },
};

export const noonMidnight: Parser = {
  rule: "clock/noon",
  triggers: ["noon", "midnight", "midday"],
  pattern: /(noon|midday|midnight)(?![\w])/iy,
  extract(m, site) {
    // "high noon" is a showdown (or the film), not twelve o'clock.
    if (neighbour(site, -1) === "high") return null;
    const result = found(m, "", "TIME", "time", `clock/${m[1].toLowerCase()}`);
    result.clock = m[1].toLowerCase() === "midnight" ? "T24:00" : "T12:00";
    return result;
  },
};

const CLOCK_BEFORE = new Set(["at", "around", "about", "by", "until", "till", "before", "after", "since", "from", "to", "past"]);

const HOUR_NEXT = new Set(["in", "at", "o'clock", "o\u2019clock"]);

const HOUR_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
};

/** "4 in the morning", "five o'clock in the afternoon", "11 at night": the hour, made 24-hour by the part of day. */
export const clockPartOfDay: Parser = {
  rule: "clock/part-of-day",
  triggers: ["#number", ...Object.keys(HOUR_WORDS)],
  guard: (site) => HOUR_NEXT.has(site.doc.tokens.lower[site.token + 1] ?? ""),
  pattern: /(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(?:\s+o['\u2019]clock)?\s+(?:in\s+the\s+(morning|afternoon|evening)|at\s+(night))(?![\w])/iy,
  extract(m, site) {
    // "two drones hit, one in the morning and one at night": a count, unless "o'clock" or a time
    // preposition ("at 4 in the morning", "until two in the afternoon") says it is an hour.
    if (!/o['\u2019]clock/i.test(m[0]) && !CLOCK_BEFORE.has(neighbour(site, -1))) return null;
    let hour = HOUR_WORDS[m[1].toLowerCase()] ?? +m[1];
    if (hour < 1 || hour > 12) return null;
    const part = (m[2] ?? m[3]).toLowerCase();
    const pm = part === "afternoon" || part === "evening" || (part === "night" && hour >= 6);
    if (pm && hour < 12) hour += 12;
    if (!pm && hour === 12) hour = 0;
    return clockFound(m, hour, 0, "clock/part-of-day");
  },
};
