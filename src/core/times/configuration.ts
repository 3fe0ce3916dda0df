// The times layer's parsers and refiners, in one place (chrono-node's locales/en/configuration.ts).
// Parsers may overlap freely; the refiners run in this order on the matches sorted by start.
import type { Parser, Refiner } from "./model.js";
import { clockPartOfDay, clockTime, noonMidnight } from "./parsers/clock.js";
import { bareMonth, dayMonth, isoDate, monthDay, monthYear, slashDate } from "./parsers/explicit-date.js";
import { counted, unitLong, vagueDuration, vagueTheDuration } from "./parsers/quantity.js";
import { reportPeriod, reportYear, yearAgoAdjective, yearEnd } from "./parsers/period.js";
import { refPhrase, refWord } from "./parsers/refs.js";
import { anchoredDay, namedDay, partOfDayAlone, partOfToday, sameUnit, theWeekend } from "./parsers/relative-day.js";
import { relativeUnit } from "./parsers/relative-unit.js";
import { half, quarter, season, shortQuarter } from "./parsers/season-quarter.js";
import { adverbSet, everyCountSet, everySet, frequencySet } from "./parsers/sets.js";
import { weekday } from "./parsers/weekday.js";
import { decade, fiscalYear, hyphenatedYear, ordinalCentury, spelledYear, wordDecadeCentury, year } from "./parsers/year.js";
import { holiday } from "./parsers/holiday.js";
import { resolveAnchors } from "./refiners/anchor.js";
import { extendModifiers } from "./refiners/modifiers.js";
import { removeOverlaps } from "./refiners/overlaps.js";
import { mergeNeighbours } from "./refiners/merge.js";
import { markRanges } from "./refiners/ranges.js";
import { dayRangeEnds } from "./refiners/day-range.js";

export const PARSERS: readonly Parser[] = [
  monthDay, dayMonth, isoDate, slashDate, monthYear, bareMonth,
  year, fiscalYear, hyphenatedYear, decade, wordDecadeCentury, ordinalCentury, spelledYear, holiday,
  weekday, namedDay, partOfToday, partOfDayAlone, anchoredDay, sameUnit, theWeekend, relativeUnit,
  counted, vagueDuration, vagueTheDuration, unitLong,
  refWord, refPhrase,
  adverbSet, everySet, everyCountSet, frequencySet,
  season, quarter, shortQuarter, half, reportPeriod, yearAgoAdjective, reportYear, yearEnd,
  clockTime, clockPartOfDay, noonMidnight,
];

export const REFINERS: readonly Refiner[] = [removeOverlaps, dayRangeEnds, mergeNeighbours, extendModifiers, resolveAnchors, markRanges];
