// Publication dates as pages and feeds write them, reduced to YYYY-MM-DD. The date is taken as the
// publisher wrote it (its local date), not converted to UTC: "2024-08-14T01:00:00+03:00" is the 14th.
// An impossible date (2024-02-30) is returned as written so that the field check can name it.

const ISO = /^\s*(\d{4})-(\d{2})-(\d{2})(?:$|[T\s])/;
/** RFC 822 / RFC 2822 as used by RSS pubDate: "Wed, 14 Aug 2024 07:00:00 GMT" (weekday optional). */
const RFC822 = /^\s*(?:[A-Za-z]{3,9},?\s+)?(\d{1,2})\s+([A-Za-z]{3})[A-Za-z]*\.?\s+(\d{4}|\d{2})(?:$|\s)/;
const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

export function publicationDate(value: string | null | undefined): string | null {
  if (!value) return null;
  const iso = ISO.exec(value);
  if (iso) return `${iso[1]}-${iso[2]}-${iso[3]}`;
  const rfc = RFC822.exec(value);
  if (!rfc) return null;
  const month = MONTHS.indexOf(rfc[2].toLowerCase()) + 1;
  if (month === 0) return null;
  // RFC 822 allowed two-digit years; every feed still using them means this century.
  const year = rfc[3].length === 2 ? `20${rfc[3]}` : rfc[3];
  return `${year}-${String(month).padStart(2, "0")}-${rfc[1].padStart(2, "0")}`;
}
