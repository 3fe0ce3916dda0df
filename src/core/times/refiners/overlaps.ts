// Keep one reading per stretch of text: sorted by start, the longest of overlapping matches wins
// ("Aug. 6, 2024" over "Aug. 6" and "2024").
import type { Found, Refiner } from "../model.js";

export const removeOverlaps: Refiner = (found) => {
  const sorted = found.slice().sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Found[] = [];
  for (const f of sorted) {
    const last = kept[kept.length - 1];
    if (last && f.start < last.end) {
      if (f.end - f.start > last.end - last.start) kept[kept.length - 1] = f;
      continue;
    }
    kept.push(f);
  }
  return kept;
};
