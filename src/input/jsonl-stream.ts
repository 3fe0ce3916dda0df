// JSON Lines read as a stream, so batches of any size use little memory: lines are split on the
// raw bytes, a line over the limit is skipped (reported, not buffered), and each line is decoded on
// its own so an encoding error names its line and its byte offset in the file.
import iconv from "iconv-lite";
import { InputError, type FieldCheckOptions } from "./article-fields.js";
import { byteOrderMark, encodingFor, firstInvalidUtf8 } from "./decode.js";
import type { InputItem } from "./items.js";
import { parseJsonLine } from "./jsonl.js";

/** Longest line kept; enough for the longest article text allowed, even in 4-byte characters. */
export const MAX_LINE_BYTES = 8 * 1024 * 1024;

interface ByteLine {
  number: number;
  /** Byte offset of the line's start in the stream. */
  offset: number;
  /** The line without its newline, or null when it was longer than the limit. */
  bytes: Buffer | null;
}

async function* byteLines(chunks: AsyncIterable<Buffer>, maxLineBytes = MAX_LINE_BYTES): AsyncGenerator<ByteLine> {
  let parts: Buffer[] = [];
  let length = 0;
  let tooLong = false;
  let number = 1;
  let offset = 0;
  let consumed = 0;
  const take = (piece: Buffer): void => {
    if (tooLong) return;
    length += piece.length;
    if (length > maxLineBytes) {
      tooLong = true;
      parts = [];
    } else parts.push(piece);
  };
  for await (const chunk of chunks) {
    let start = 0;
    for (let nl = chunk.indexOf(0x0a); nl >= 0; nl = chunk.indexOf(0x0a, start)) {
      take(chunk.subarray(start, nl));
      yield { number, offset, bytes: tooLong ? null : Buffer.concat(parts, length) };
      number++;
      offset = consumed + nl + 1;
      parts = [];
      length = 0;
      tooLong = false;
      start = nl + 1;
    }
    take(chunk.subarray(start));
    consumed += chunk.length;
  }
  if (length > 0 || tooLong) yield { number, offset, bytes: tooLong ? null : Buffer.concat(parts, length) };
}

const utf8 = new TextDecoder("utf-8", { fatal: true });

export interface JsonLinesOptions extends FieldCheckOptions {
  /** An ASCII-compatible encoding (--encoding); UTF-8 otherwise, as RFC 8259 requires. */
  encoding?: string;
}

export async function* readJsonLinesStream(where: string, chunks: AsyncIterable<Buffer>, options: JsonLinesOptions): AsyncGenerator<InputItem> {
  const encoding = options.encoding ? encodingFor(options.encoding) : "utf-8";
  if (encoding.startsWith("utf-16")) throw new InputError(where, "JSON Lines are read line by line and must be in an ASCII-compatible encoding such as UTF-8; convert the file");
  let sawLine = false;
  for await (const line of byteLines(chunks)) {
    sawLine = true;
    const lineWhere = `${where}:${line.number}`;
    if (line.bytes === null) {
      yield { error: new InputError(lineWhere, `line is longer than ${MAX_LINE_BYTES} bytes; skipped`) };
      continue;
    }
    let bytes = line.bytes;
    if (line.number === 1) {
      const bom = byteOrderMark(bytes);
      if (bom === "utf-8") bytes = bytes.subarray(3);
      else if (bom !== null) throw new InputError(where, `the file is ${bom.toUpperCase()}; JSON Lines must be UTF-8 (convert the file)`);
    }
    let text: string;
    if (encoding === "utf-8") {
      try {
        text = utf8.decode(bytes);
      } catch {
        yield { error: new InputError(lineWhere, `not valid UTF-8 (first bad byte at offset ${line.offset + firstInvalidUtf8(bytes) + (bytes === line.bytes ? 0 : 3)} of the file)`) };
        continue;
      }
    } else text = iconv.decode(bytes, encoding);
    const item = parseJsonLine(where, line.number, text, options);
    if (item) yield item;
  }
  if (!sawLine) throw new InputError(where, "file is empty");
}
