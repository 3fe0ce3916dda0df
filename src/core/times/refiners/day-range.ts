// The second day of a range written with its month once: "March 25 to 27", "Aug. 12-13", "April 24
// and 25, 2024". The bare day becomes a date in the first one's month; a year after it applies to
// both. The number must end its phrase ("Aug. 6 and 7 soldiers" is a count, not a day).
import { dayNumber, formatDay, isValidDate } from "../calendar.js";
import type { Found, Refiner } from "../model.js";
import { foundAt } from "../parsers/found.js";

const LOOK_AHEAD = 24;
const SECOND_DAY = /^(\s*(?:-|\u2013|to|and|through|until|or)\s*)(\d{1,2})(?:st|nd|rd|th)?(?:(,?\s*(\d{4}))(?![\w])|(?=\s*[,.;:)]|\s+(?:in|at|on|and|when|as|for|the|with|from|before|after|but|while|of|this|last|next)\b|\s*$))/i;
const DAY_VALUE = /^(\d{4})-(\d{2})-(\d{2})$/;

export const dayRangeEnds: Refiner = (found, env) => {
  const text = env.doc.text;
  const out: Found[] = [];
  for (let i = 0; i < found.length; i++) {
    const f = found[i];
    out.push(f);
    if (!f.rule.startsWith("date/month-day") || f.rule === "date/month-day-year") continue;
    const day = DAY_VALUE.exec(f.value);
    const m = day ? SECOND_DAY.exec(text.slice(f.end, f.end + LOOK_AHEAD)) : null;
    if (!day || !m) continue;
    const start = f.end + m[1].length;
    const end = f.end + m[0].length;
    // The year after the second day was read on its own: it belongs to the range.
    if (m[4] && found[i + 1] && found[i + 1].start >= start && found[i + 1].end <= end) i++;
    else if (found[i + 1] && found[i + 1].start < end) continue; // something else is read there
    const year = m[4] ? +m[4] : +day[1];
    const month = +day[2];
    const second = +m[2];
    if (second <= +day[3] || !isValidDate(year, month, second)) continue;
    if (m[4]) f.value = formatDay(dayNumber(year, month, +day[3]));
    out.push(foundAt(start, end, formatDay(dayNumber(year, month, second)), "DATE", "day", "date/range-end-day"));
  }
  return out;
};
