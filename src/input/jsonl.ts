// JSON Lines: one article object per line. Each bad line is reported with its number; the good
// lines around it are kept.
import type { Article } from "../core/types.js";
import { InputError, checkArticle, type FieldCheckOptions } from "./article-fields.js";
import type { InputItem } from "./items.js";

export const MAX_LINE_CHARS = 4_000_000;

export function parseJsonLine(file: string, lineNumber: number, line: string, options: FieldCheckOptions): InputItem | null {
  const where = `${file}:${lineNumber}`;
  const trimmed = line.trim();
  if (trimmed === "") return null;
  if (line.length > MAX_LINE_CHARS) return { error: new InputError(where, `line has ${line.length} characters; the limit is ${MAX_LINE_CHARS}`) };
  let value: unknown;
  try {
    value = JSON.parse(trimmed);
  } catch (error) {
    return { error: new InputError(where, `not valid JSON (${(error as Error).message})`) };
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return { error: new InputError(where, "expected a JSON object {date, text, id?, source?, url?, title?}") };
  }
  try {
    const article: Article = checkArticle(where, value as Record<string, unknown>, options);
    return { article, where };
  } catch (error) {
    return { error: error as InputError };
  }
}
