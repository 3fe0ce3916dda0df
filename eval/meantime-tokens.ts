// MEANTIME gives tokens, not text: this rebuilds an article body from them (one space between
// tokens, none before closing punctuation or after opening marks, a newline between sentences)
// and records where every token id landed, for the tasks that score spans over token ids.
import { readFileSync } from "node:fs";

const NO_SPACE_BEFORE = new Set([",", ".", ";", ":", "!", "?", ")", "]", "%", "'s", "n't", "''", "'"]);
const NO_SPACE_AFTER = new Set(["(", "[", "$", "``", "US$", "#", "£", "€"]);

export interface MeantimeTokens {
  xml: string;
  text: string;
  /** Character offsets of each token id. */
  starts: Map<string, number>;
  ends: Map<string, number>;
  sentenceOf: Map<string, number>;
  /** Character range of each sentence, by sentence number. */
  sentenceRange: { start: number; end: number }[];
  /** The document creation date (YYYY-MM-DD), else 2000-01-01. */
  date: string;
}

export function unescapeXml(s: string): string {
  return s.replace(/&(lt|gt|quot|apos|amp);/g, (_, e: string) => ({ lt: "<", gt: ">", quot: '"', apos: "'", amp: "&" })[e] ?? e);
}

export function readMeantimeTokens(file: string): MeantimeTokens {
  const xml = readFileSync(file, "utf8");
  const starts = new Map<string, number>();
  const ends = new Map<string, number>();
  const sentenceOf = new Map<string, number>();
  const sentenceRange: { start: number; end: number }[] = [];
  let text = "";
  let sentence = "";
  let previous = "";
  for (const m of xml.matchAll(/<token [^>]*?sentence="(\d+)" t_id="(\d+)"[^>]*>([^<]*)<\/token>/g)) {
    const word = unescapeXml(m[3]);
    if (text.length > 0) {
      if (m[1] !== sentence) text += "\n";
      else if (!NO_SPACE_BEFORE.has(word) && !NO_SPACE_AFTER.has(previous)) text += " ";
    }
    sentence = m[1];
    previous = word;
    const s = Number(m[1]);
    starts.set(m[2], text.length);
    sentenceRange[s] ??= { start: text.length, end: text.length };
    text += word;
    ends.set(m[2], text.length);
    sentenceOf.set(m[2], s);
    sentenceRange[s].end = text.length;
  }
  const dct = /functionInDocument="CREATION_TIME"[^>]*value="(\d{4}-\d{2}-\d{2})/.exec(xml);
  return { xml, text, starts, ends, sentenceOf, sentenceRange, date: dct ? dct[1] : "2000-01-01" };
}

/** Character range [start, end) of the markable spanning the given token ids, or null. */
export function tokenSpan(doc: MeantimeTokens, ids: string[]): { start: number; end: number } | null {
  if (ids.length === 0) return null;
  const start = doc.starts.get(ids[0]);
  const end = doc.ends.get(ids[ids.length - 1]);
  return start === undefined || end === undefined ? null : { start, end };
}
