// Reads paths (files, folders recursively, "-" for standard input) into articles. Decodes UTF-8
// strictly (with or without a BOM), refuses binary files, and turns every problem into an item
// that names the file and line, so one bad file never stops a batch.
import { createReadStream } from "node:fs";
import { readdir, readFile, stat } from "node:fs/promises";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { InputError, type FieldCheckOptions } from "./article-fields.js";
import { parseDateline } from "./dateline.js";
import type { InputItem } from "./items.js";
import { parseJsonLine } from "./jsonl.js";

/** A dateline file larger than this is refused (JSON Lines files stream and have no limit). */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

const JSONL = /\.(jsonl|ndjson)$/i;
const SKIP = /(^|\/)(\.|node_modules\/)|\.(md|json|db|db-wal|db-shm)$/i;

export interface ReadOptions extends FieldCheckOptions {
  stdin?: NodeJS.ReadableStream;
}

/** Expands the given paths into the files to read, folders recursively in name order. */
export async function listFiles(paths: string[]): Promise<{ files: string[]; errors: InputError[] }> {
  const files: string[] = [];
  const errors: InputError[] = [];
  const walk = async (path: string, explicit: boolean): Promise<void> => {
    if (path === "-") {
      files.push("-");
      return;
    }
    let info;
    try {
      info = await stat(path);
    } catch {
      errors.push(new InputError(path, "no such file or folder"));
      return;
    }
    if (info.isDirectory()) {
      const names = (await readdir(path)).sort();
      for (const name of names) {
        const child = join(path, name);
        if (SKIP.test(child.replace(/\\/g, "/"))) continue;
        await walk(child, false);
      }
    } else if (info.isFile()) {
      if (explicit || !SKIP.test(path)) files.push(path);
    }
  };
  for (const path of paths) await walk(path, true);
  return { files, errors };
}

const utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });

/** Decodes bytes as strict UTF-8, or explains why they are not text. */
export function decodeText(where: string, bytes: Uint8Array): string {
  if (bytes.length === 0) throw new InputError(where, "file is empty");
  const probe = bytes.subarray(0, 8192);
  if (probe.includes(0)) throw new InputError(where, "binary file (contains NUL bytes); expected UTF-8 text");
  try {
    return utf8.decode(bytes);
  } catch {
    const at = firstInvalidUtf8(bytes);
    throw new InputError(where, `not valid UTF-8 (first bad byte at offset ${at}); convert the file to UTF-8`);
  }
}

/** Offset of the first byte that does not begin a well-formed UTF-8 sequence. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    const length = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (length === 0 || i + length > bytes.length) return i;
    // The second byte's range is narrower after E0, ED, F0 and F4 (no overlongs, surrogates or > U+10FFFF).
    const lo = b === 0xe0 ? 0xa0 : b === 0xf0 ? 0x90 : 0x80;
    const hi = b === 0xed ? 0x9f : b === 0xf4 ? 0x8f : 0xbf;
    if (bytes[i + 1] < lo || bytes[i + 1] > hi) return i;
    for (let k = 2; k < length; k++) if (bytes[i + k] < 0x80 || bytes[i + k] > 0xbf) return i;
    i += length;
  }
  return bytes.length;
}

async function readAll(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === "string" ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks);
}

/** Yields every article (or error) from the given paths. */
export async function* readInputs(paths: string[], options: ReadOptions): AsyncGenerator<InputItem> {
  const { files, errors } = await listFiles(paths);
  for (const error of errors) yield { error };
  for (const file of files) yield* readFileItems(file, options);
}

async function* readFileItems(file: string, options: ReadOptions): AsyncGenerator<InputItem> {
  const name = file === "-" ? "<stdin>" : file;
  try {
    if (file !== "-" && JSONL.test(file)) {
      yield* readJsonLines(file, options);
      return;
    }
    let bytes: Buffer;
    if (file === "-") bytes = await readAll(options.stdin ?? process.stdin);
    else {
      const size = (await stat(file)).size;
      if (size > MAX_FILE_BYTES) throw new InputError(name, `file is ${size} bytes; a dateline file may be at most ${MAX_FILE_BYTES} bytes (use JSON Lines for large batches)`);
      bytes = await readFile(file);
    }
    const text = decodeText(name, bytes);
    // Standard input and unknown files: JSON Lines when the first character opens an object.
    if (/^\s*\{/.test(text)) {
      let n = 0;
      for (const line of text.split("\n")) {
        n++;
        const item = parseJsonLine(name, n, line, options);
        if (item) yield item;
      }
      return;
    }
    yield { article: parseDateline(name, text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, options), where: name };
  } catch (error) {
    yield { error: error instanceof InputError ? error : new InputError(name, (error as Error).message) };
  }
}

async function* readJsonLines(file: string, options: ReadOptions): AsyncGenerator<InputItem> {
  const size = (await stat(file)).size;
  if (size === 0) throw new InputError(file, "file is empty");
  const lines = createInterface({ input: createReadStream(file, { encoding: "utf8" }), crlfDelay: Infinity });
  let n = 0;
  for await (const line of lines) {
    n++;
    const clean = n === 1 && line.charCodeAt(0) === 0xfeff ? line.slice(1) : line;
    if (clean.includes("\ufffd")) {
      yield { error: new InputError(`${file}:${n}`, "line is not valid UTF-8") };
      continue;
    }
    const item = parseJsonLine(file, n, clean, options);
    if (item) yield item;
  }
}
