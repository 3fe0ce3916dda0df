// Words TimeML keeps inside an expression without changing its value: "early", "late", "mid",
// "earlier this week", "the end of 2023", "the early hours of Aug. 6" (which also gives the day its
// part of day: the early hours are morning, 2024-08-06TMO). Only the text just before a match is
// looked at, through a bounded, end-anchored pattern.
import { formatWeek, parseIsoDay } from "../calendar.js";
import { PART_OF_DAY } from "../lexicon.js";
import type { Refiner } from "../model.js";

const LOOK_BACK = 40;
const MODIFIER = /(?:^|[^\w])((?:the\s+)?(?:very\s+)?(?:early|late|mid|earlier|later|end\s+of|beginning\s+of|start\s+of|middle\s+of|turn\s+of)(?:\s+|-)(?:the\s+)?)$/i;
const PART_OF = /(?:^|[^\w])((?:on\s+)?(?:the\s+)?(early\s+hours|small\s+hours|early\s+morning|morning|afternoon|evening|night)\s+of\s+)$/i;

const WEEK_OF = /(?:^|[^\w])((?:the\s+)?week\s+of\s+)$/i;

const MODIFIABLE = new Set(["day", "week", "month", "quarter", "season", "year", "decade", "century"]);

export const extendModifiers: Refiner = (found, env) => {
  const text = env.doc.text;
  let floor = 0; // never grow into the previous expression
  for (const f of found) {
    const before = text.slice(Math.max(floor, f.start - LOOK_BACK), f.start);
    if (f.type === "DATE" && f.granularity === "day" && f.value) {
      // "the week of March 6": the ISO week that day falls in.
      const weekOf = WEEK_OF.exec(before);
      const day = weekOf ? parseIsoDay(f.value) : null;
      if (weekOf && day !== null) {
        f.start -= weekOf[1].length;
        f.value = formatWeek(day);
        f.granularity = "week";
        f.rule += "/week-of";
        floor = f.end;
        continue;
      }
      const part = PART_OF.exec(before);
      if (part) {
        const word = part[2].toLowerCase().replace(/\s+/g, " ");
        const code = word === "early hours" || word === "small hours" || word === "early morning" ? "MO" : PART_OF_DAY[word];
        f.start -= part[1].length - (part[1].match(/^on\s+/i)?.[0].length ?? 0);
        f.value = `${f.value}T${code}`;
        f.type = "TIME";
        f.granularity = "part-of-day";
        f.rule += "/part-of-day";
        floor = f.end;
        continue;
      }
    }
    if (MODIFIABLE.has(f.granularity) && f.type === "DATE") {
      const mod = MODIFIER.exec(before);
      if (mod) f.start -= mod[1].length;
    }
    floor = f.end;
  }
  return found;
};
