// Reads the dateline text format of examples/*.txt: `key value` header lines, a blank line, the
// body; or the one-line form `date YYYY-MM-DD body...`.
import type { Article } from "../src/core/types.js";

const HEADER = /^(date|source|url|title|id) (.*)$/;
const ONE_LINE = /^date (\d{4}-\d{2}-\d{2})[ \t]+(\S.*)$/;

/** The article in `content`, or null when it has no `date` header. */
export function parseDateline(content: string): Article | null {
  const lines = content.split("\n");
  const oneLine = ONE_LINE.exec(lines[0]!);
  if (oneLine) {
    const bodyStart = lines[0]!.length - oneLine[2]!.length;
    return { id: null, date: oneLine[1]!, source: null, title: null, url: null, text: content.slice(bodyStart).trimEnd() };
  }
  const header = new Map<string, string>();
  let i = 0;
  for (; i < lines.length; i++) {
    const m = HEADER.exec(lines[i]!);
    if (!m) break;
    header.set(m[1]!, m[2]!.trim());
  }
  const date = header.get("date");
  if (!date) return null;
  if (lines[i]?.trim() === "") i++;
  return {
    id: header.get("id") ?? null,
    date,
    source: header.get("source") ?? null,
    title: header.get("title") ?? null,
    url: header.get("url") ?? null,
    text: lines.slice(i).join("\n").trimEnd(),
  };
}
