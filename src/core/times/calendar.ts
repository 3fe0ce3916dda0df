// Calendar arithmetic on whole days (days since 1970-01-01, UTC) and TIMEX3 value formatting.
// Plain Date.UTC instead of a date library: what we need is TIMEX3 output (ISO weeks, seasons,
// quarters, durations, sets) and tense-aware weekday resolution, which libraries such as
// chrono-node do not give; the arithmetic itself is a few lines.

const MS_PER_DAY = 86_400_000;

export interface YMD {
  year: number;
  month: number; // 1-12
  day: number; // 1-31
}

export function dayNumber(year: number, month: number, day: number): number {
  return Math.floor(Date.UTC(year, month - 1, day) / MS_PER_DAY);
}

export function toYMD(days: number): YMD {
  const d = new Date(days * MS_PER_DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** "2024-08-14" (a longer ISO stamp is cut to its date) -> day number, or null when malformed. */
export function parseIsoDay(value: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (!m) return null;
  const year = +m[1];
  const month = +m[2];
  const day = +m[3];
  if (!isValidDate(year, month, day)) return null;
  return dayNumber(year, month, day);
}

const MONTH_DAYS = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function daysInMonth(year: number, month: number): number {
  // Counted, not read off a Date (a Date per check was most of parseIsoDay's time); Date.UTC
  // still decides anything but a whole year and a month 1-12, and reads years 0-99 as 1900-1999.
  if (month < 1 || month > 12 || !Number.isInteger(month) || !Number.isInteger(year) || Math.abs(year) > 200_000) {
    return new Date(Date.UTC(year, month, 0)).getUTCDate();
  }
  if (month !== 2) return MONTH_DAYS[month];
  const y = year >= 0 && year <= 99 ? 1900 + year : year;
  return y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28;
}

export function isValidDate(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** ISO weekday: 1 = Monday ... 7 = Sunday. */
export function isoWeekday(days: number): number {
  // 1970-01-01 was a Thursday (4).
  return ((((days + 3) % 7) + 7) % 7) + 1;
}

/** ISO week-numbering year and week of a day. */
export function isoWeek(days: number): { year: number; week: number } {
  const thursday = days - isoWeekday(days) + 4;
  const year = toYMD(thursday).year;
  const firstThursday = dayNumber(year, 1, 1);
  return { year, week: Math.floor((thursday - firstThursday) / 7) + 1 };
}

const pad2 = (n: number): string => (n < 10 ? "0" + n : String(n));
const pad4 = (n: number): string => String(n).padStart(4, "0");

export function formatDay(days: number): string {
  const d = toYMD(days);
  return `${pad4(d.year)}-${pad2(d.month)}-${pad2(d.day)}`;
}

export function formatMonth(year: number, month: number): string {
  return `${pad4(year)}-${pad2(month)}`;
}

export function formatYear(year: number): string {
  return pad4(year);
}

export function formatWeek(days: number): string {
  const w = isoWeek(days);
  return `${pad4(w.year)}-W${pad2(w.week)}`;
}

export function formatTime(days: number, hour: number, minute: number): string {
  return `${formatDay(days)}T${pad2(hour)}:${pad2(minute)}`;
}

/** Year and month `n` months after (negative: before) the given month. */
export function addMonths(year: number, month: number, n: number): { year: number; month: number } {
  const index = year * 12 + (month - 1) + n;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

export function quarterOf(month: number): number {
  return Math.floor((month - 1) / 3) + 1;
}
