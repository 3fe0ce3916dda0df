// JSON held in one document: a single article object, an array of them, or (when the whole does
// not parse but starts with an object) JSON Lines. Array members are reported as "item N".
import { InputError, checkArticle, type FieldCheckOptions } from "./article-fields.js";
import type { InputItem } from "./items.js";
import { parseJsonLine } from "./jsonl.js";

export function parseJsonDocument(where: string, text: string, options: FieldCheckOptions): InputItem[] {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    if (text.trimStart().startsWith("{")) return parseJsonLines(where, text, options);
    return [{ error: new InputError(where, `not valid JSON (${(error as Error).message})`) }];
  }
  if (Array.isArray(value)) {
    if (value.length === 0) return [{ error: new InputError(where, "the array holds no articles") }];
    return value.map((member, i) => articleItem(`${where} item ${i + 1}`, member, options));
  }
  return [articleItem(where, value, options)];
}

/** Every non-blank line of the text as one JSON article. */
export function parseJsonLines(where: string, text: string, options: FieldCheckOptions): InputItem[] {
  const items: InputItem[] = [];
  text.split("\n").forEach((line, i) => {
    const item = parseJsonLine(where, i + 1, line.replace(/\r$/, ""), options);
    if (item) items.push(item);
  });
  return items.length > 0 ? items : [{ error: new InputError(where, "no JSON Lines in the input") }];
}

function articleItem(where: string, value: unknown, options: FieldCheckOptions): InputItem {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return { error: new InputError(where, "expected a JSON object {date, text, id?, source?, url?, title?}") };
  }
  try {
    return { article: checkArticle(where, value as Record<string, unknown>, options), where };
  } catch (error) {
    return { error: error as InputError };
  }
}
