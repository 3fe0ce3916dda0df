// Checks the fields of one incoming article, whatever format it came in, and names what is wrong.
import type { Article } from "../core/types.js";
import { printable } from "./printable.js";

export const MAX_TEXT_CHARS = 2_000_000;

/** A problem with one input item. `where` and the message are made printable: both may quote the input. */
export class InputError extends Error {
  readonly where: string;

  constructor(where: string, message: string) {
    super(`${printable(where)}: ${printable(message)}`);
    this.where = printable(where);
  }
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether `value` is a real calendar date written YYYY-MM-DD. */
export function isCalendarDate(value: string): boolean {
  const m = DATE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d && y >= 1800;
}

export interface FieldCheckOptions {
  /** Today's date (YYYY-MM-DD): a publication date after it is refused. */
  today: string;
}

/** Validates raw fields and returns an Article, or throws InputError naming the field. */
export function checkArticle(where: string, fields: Record<string, unknown>, options: FieldCheckOptions): Article {
  const optionalString = (name: string): string | null => {
    const v = fields[name];
    if (v === undefined || v === null) return null;
    if (typeof v !== "string") throw new InputError(where, `field "${name}" must be a string, got ${typeof v}`);
    const trimmed = sanitiseText(v.trim());
    if (trimmed.length > 2000) throw new InputError(where, `field "${name}" is longer than 2000 characters`);
    return trimmed === "" ? null : trimmed;
  };
  const date = fields.date;
  if (date === undefined || date === null || date === "") throw new InputError(where, `missing "date": expected a publication date YYYY-MM-DD`);
  if (typeof date !== "string" || !isCalendarDate(date)) throw new InputError(where, `"date" ${JSON.stringify(String(date)).slice(0, 40)} is not a calendar date YYYY-MM-DD`);
  if (date > options.today) throw new InputError(where, `"date" ${date} is in the future (today is ${options.today})`);
  const text = fields.text;
  if (typeof text !== "string") throw new InputError(where, `missing "text": expected the article body as a string`);
  if (text.trim() === "") throw new InputError(where, `"text" is empty`);
  if (text.length > MAX_TEXT_CHARS) throw new InputError(where, `"text" has ${text.length} characters; the limit is ${MAX_TEXT_CHARS}`);
  const url = optionalString("url");
  if (url !== null && !/^https?:\/\/\S+$/i.test(url)) throw new InputError(where, `"url" must be an http(s) address`);
  return {
    id: optionalString("id"),
    date,
    source: optionalString("source"),
    title: optionalString("title"),
    url,
    text: sanitiseText(text),
  };
}

/**
 * Replaces characters that would hide or reorder text on screen (NUL, other C0 and the C1 controls
 * except tab and line breaks, bidirectional overrides and isolates) with U+FFFD, one for one, so
 * offsets stay valid.
 */
export function sanitiseText(text: string): string {
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, "\ufffd");
}
