// Ranges: "since Aug. 6" (begin), "until Sept. 5" (end), "between X and Y" / "from X to Y" (both
// ends on both expressions). The expression keeps its own value; begin/end_value say which side of
// the range it is. The cue may stand a few words before ("since the start of the attack on Aug. 6").
import type { Found, Refiner } from "../model.js";

const CUE_REACH = 60;
const SINCE = /(?:^|[^\w])(since|starting|from)(?:\s+[\w'.-]+){0,8}?\s*$/i;
const UNTIL = /(?:^|[^\w])(until|till|through|by|to)(?:\s+the\s+end\s+of)?\s*$/i;
const BETWEEN = /(?:^|[^\w])(between|from)\s*$/i;
const JOIN = /^\s*(?:and|to|until|through|-|\u2013)\s*$/i;

function isDated(f: Found): boolean {
  return (f.type === "DATE" || f.type === "TIME") && /^\d/.test(f.value);
}

export const markRanges: Refiner = (found, env) => {
  const text = env.doc.text;
  for (let i = 0; i < found.length; i++) {
    const f = found[i];
    if (!isDated(f)) continue;
    const floor = i > 0 ? found[i - 1].end : 0;
    const before = text.slice(Math.max(floor, f.start - CUE_REACH), f.start);
    const next = found[i + 1];
    if (BETWEEN.test(before) && next && isDated(next) && JOIN.test(text.slice(f.end, next.start))) {
      f.begin = next.begin = f.value;
      f.end_value = next.end_value = next.value;
      i++;
      continue;
    }
    const since = SINCE.exec(before);
    if (since && !(since[1].toLowerCase() === "from" && before.length - since.index > 8)) {
      f.begin = f.value;
      continue;
    }
    if (UNTIL.test(before)) f.end_value = f.value;
  }
  return found;
};
