// Weekdays, resolved by tense: "Putin said on Monday" -> the Monday on or before the article date,
// "will meet on Monday" -> the Monday on or after it; "last"/"next" fix the direction outright.
// "Monday night" carries its part of day; "Mondays" is a set.
import { formatDay } from "../calendar.js";
import { PART_OF_DAY, PART_OF_DAY_RE, WEEKDAYS, WEEKDAY_RE, weekdayOf } from "../lexicon.js";
import type { Parser } from "../model.js";
import { directionOf, resolveWeekday } from "../resolve.js";
import { found, startsUpper } from "./found.js";

const MODIFIERS = ["this past", "last", "next", "this", "coming", "past", "previous", "preceding", "following"];

/** "the previous Friday", "the following Monday": counted from the day named last, not the report. */
const ANCHORED = new Set(["previous", "preceding", "following"]);

function directionOfModifier(modifier: string | undefined): "last" | "next" | null {
  switch (modifier?.toLowerCase().replace(/\s+/g, " ")) {
    case "last":
    case "past":
    case "this past":
    case "previous":
    case "preceding":
      return "last";
    case "next":
    case "coming":
    case "following":
      return "next";
    default:
      return null;
  }
}

export const weekday: Parser = {
  rule: "weekday",
  triggers: [...WEEKDAYS, ...WEEKDAYS.map((d) => d + "s"), ...MODIFIERS.filter((w) => !w.includes(" ")), "the"],
  after: { the: [...ANCHORED] },
  pattern: new RegExp(`(?:(the\\s+)?(${MODIFIERS.map((w) => w.replace(" ", "\\s+")).join("|")})\\s+)?${WEEKDAY_RE}(s)?(?:\\s+${PART_OF_DAY_RE}s?)?(?![\\w])`, "iy"),
  extract(m, site) {
    const [, article, modifier, name, plural, part] = m;
    if (!startsUpper(name)) return null;
    const anchored = modifier !== undefined && ANCHORED.has(modifier.toLowerCase());
    if (article && !anchored) return null;
    // "Following Monday's strike, ..." is "after": only "the following Monday" counts a day.
    if (anchored && !article && modifier.toLowerCase() !== "previous") return null;
    const day = weekdayOf(name);
    if (plural) return modifier ? null : found(m, `XXXX-WXX-${day}${part ? "T" + PART_OF_DAY[part.toLowerCase()] : ""}`, "SET", "set", "weekday/set");
    const fixed = directionOfModifier(modifier);
    let value: number;
    let rule: string;
    if (fixed === "last") {
      value = resolveWeekday(site.ref - 1, day, "back");
      rule = "weekday/last";
    } else if (fixed === "next") {
      value = resolveWeekday(site.ref + 1, day, "forward");
      rule = "weekday/next";
    } else {
      const direction = directionOf(site.tense(m.index + m[0].length));
      value = resolveWeekday(site.ref, day, direction);
      rule = direction === "back" ? "weekday/past" : direction === "forward" ? "weekday/future" : "weekday/nearest";
    }
    const result = part
      ? found(m, `${formatDay(value)}T${PART_OF_DAY[part.toLowerCase()]}`, "TIME", "part-of-day", rule + "-part-of-day")
      : found(m, formatDay(value), "DATE", "day", rule);
    if (anchored) {
      result.weekdayFrom = { weekday: day, step: modifier.toLowerCase() === "following" ? 1 : -1 };
      result.rule = `weekday/${modifier.toLowerCase()}`;
    }
    return result;
  },
};
