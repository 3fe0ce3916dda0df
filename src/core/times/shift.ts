// A calendar unit counted from a day, written at that unit's granularity: the week after
// 2024-08-14 is 2024-W34, the month before is 2024-07, two years before is 2022.
import { addMonths, formatDay, formatMonth, formatWeek, formatYear, quarterOf, toYMD } from "./calendar.js";
import type { Granularity } from "../types.js";

export type CalendarUnit = "day" | "week" | "weekend" | "month" | "quarter" | "year" | "decade" | "century";

export function shiftedValue(day: number, unit: CalendarUnit, n: number): string {
  const d = toYMD(day);
  switch (unit) {
    case "day":
      return formatDay(day + n);
    case "week":
      return formatWeek(day + 7 * n);
    case "weekend":
      return formatWeek(day + 7 * n) + "-WE";
    case "month": {
      const m = addMonths(d.year, d.month, n);
      return formatMonth(m.year, m.month);
    }
    case "quarter": {
      const index = d.year * 4 + quarterOf(d.month) - 1 + n;
      return `${formatYear(Math.floor(index / 4))}-Q${(index % 4) + 1}`;
    }
    case "year":
      return formatYear(d.year + n);
    case "decade":
      return String(Math.floor(d.year / 10) + n);
    case "century":
      return String(Math.floor(d.year / 100) + n);
  }
}

export function granularityOf(unit: CalendarUnit): Granularity {
  return unit === "weekend" ? "week" : unit;
}
