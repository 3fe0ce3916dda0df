// The dateline text format: `key value` header lines (date, source, url, title, id), a blank line,
// then the body. The one-line form `date 2024-08-14 Ukraine pounded ...` puts the body on the date
// line. The body is kept exactly as read, so offsets can be checked against the file.
import type { Article } from "../core/types.js";
import { InputError, checkArticle, type FieldCheckOptions } from "./article-fields.js";

const HEADER_KEYS = new Set(["date", "source", "url", "title", "id"]);
const HEADER_LINE = /^[ \t]*([A-Za-z]+)[ \t]+(.*?)[ \t]*\r?$/;

export function parseDateline(file: string, content: string, options: FieldCheckOptions): Article {
  const fields: Record<string, string> = {};
  let pos = 0;
  let line = 1;
  let bodyStart = -1;
  while (pos < content.length) {
    const nl = content.indexOf("\n", pos);
    const lineEnd = nl < 0 ? content.length : nl;
    const raw = content.slice(pos, lineEnd);
    if (raw.trim() === "") {
      if (Object.keys(fields).length === 0) {
        pos = lineEnd + 1;
        line++;
        continue;
      }
      bodyStart = nl < 0 ? content.length : nl + 1;
      break;
    }
    const m = HEADER_LINE.exec(raw);
    const key = m?.[1].toLowerCase();
    if (!m || !key || !HEADER_KEYS.has(key)) {
      if (Object.keys(fields).length === 0) throw new InputError(`${file}:${line}`, "expected a header line `date YYYY-MM-DD` before the body");
      bodyStart = pos; // header ended without a blank line
      break;
    }
    if (key in fields) throw new InputError(`${file}:${line}`, `header "${key}" given twice`);
    if (key === "date") {
      // One-line form: the date is the first word and the body follows on the same line.
      const valueStart = pos + raw.indexOf(m[2]);
      const space = m[2].search(/\s/);
      if (space > 0) {
        fields.date = m[2].slice(0, space);
        let b = valueStart + space;
        while (b < content.length && (content[b] === " " || content[b] === "\t")) b++;
        bodyStart = b;
        break;
      }
    }
    fields[key] = m[2];
    pos = lineEnd + 1;
    line++;
  }
  if (!("date" in fields)) throw new InputError(`${file}:1`, "expected a header line `date YYYY-MM-DD`");
  const text = bodyStart < 0 ? "" : content.slice(bodyStart);
  return checkArticle(file, { ...fields, text }, options);
}
