// Reads paths (files, folders recursively, "-" for standard input) and fetched URLs into articles.
// Every problem becomes an item that names the file (and line or item), so one bad input never
// stops a batch. Only what is given is read: inside folders, symbolic links are not followed.
import { createReadStream } from "node:fs";
import { lstat, readdir, stat } from "node:fs/promises";
import { join } from "node:path";
import { pipeline } from "node:stream";
import { createGunzip } from "node:zlib";
import { InputError } from "./article-fields.js";
import { limitStream, readFileBounded, readStreamBounded } from "./bounded-read.js";
import { parseDocument, type DocumentOptions } from "./document.js";
import { fetchItems, type FetchOptions } from "./fetch.js";
import { formatFromName } from "./format.js";
import { innerName, isGzip } from "./gzip.js";
import type { InputItem } from "./items.js";
import { readJsonLinesStream } from "./jsonl-stream.js";

/** A compressed JSON Lines batch may expand to at most this much. */
const MAX_GUNZIP_STREAM_BYTES = 1024 * 1024 * 1024;

const SKIP_NAME = /^\.|^node_modules$|\.(md|db|db-wal|db-shm)$/i;

export interface ReadOptions extends DocumentOptions {
  stdin?: NodeJS.ReadableStream;
  /** Feeds or pages to fetch after the paths (--fetch). */
  urls?: string[];
  fetch?: FetchOptions;
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
      // A path given by the user is followed wherever it points; a link met inside a folder is not,
      // so a folder cannot lead the reader outside itself or round in a loop.
      info = explicit ? await stat(path) : await lstat(path);
    } catch {
      errors.push(new InputError(path, "no such file or folder"));
      return;
    }
    if (info.isDirectory()) {
      let names: string[];
      try {
        names = (await readdir(path)).sort();
      } catch (error) {
        errors.push(new InputError(path, `cannot read the folder (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`));
        return;
      }
      for (const name of names) {
        if (!SKIP_NAME.test(name)) await walk(join(path, name), false);
      }
    } else if (info.isFile()) files.push(path);
    else if (info.isSymbolicLink()) errors.push(new InputError(path, "symbolic link inside a folder, not followed; give it by name to read it"));
    else errors.push(new InputError(path, "not a regular file"));
  };
  for (const path of paths) await walk(path, true);
  return { files, errors };
}

/** Yields every article (or error) from the given paths, then from the URLs to fetch. */
export async function* readInputs(paths: string[], options: ReadOptions): AsyncGenerator<InputItem> {
  const { files, errors } = await listFiles(paths);
  for (const error of errors) yield { error };
  for (const file of files) yield* file === "-" ? readStdin(options) : readFile(file, options);
  for (const url of options.urls ?? []) yield* await fetchItems(url, options);
}

async function* readFile(file: string, options: ReadOptions): AsyncGenerator<InputItem> {
  try {
    const compressed = /\.gz$/i.test(file);
    if (formatFromName(compressed ? innerName(file) : file) === "jsonl") {
      const raw = createReadStream(file);
      // pipeline() closes the file too when decompression fails or reading stops early.
      const chunks = compressed ? limitStream(file, pipeline(raw, createGunzip(), () => undefined), MAX_GUNZIP_STREAM_BYTES, "the decompressed file") : (raw as AsyncIterable<Buffer>);
      yield* readJsonLinesStream(file, chunks, options);
      return;
    }
    yield* parseDocument({ where: file, name: file }, await readFileBounded(file, file), options);
  } catch (error) {
    yield { error: error instanceof InputError ? error : new InputError(file, (error as Error).message) };
  }
}

/** Standard input: JSON Lines stream (any length); anything else is read whole, within the limit. */
async function* readStdin(options: ReadOptions): AsyncGenerator<InputItem> {
  const where = "<stdin>";
  try {
    const chunks = (options.stdin ?? process.stdin)[Symbol.asyncIterator]() as AsyncIterator<Buffer | string>;
    const first = await chunks.next();
    const head = first.done ? Buffer.alloc(0) : Buffer.from(first.value);
    const rest = (async function* () {
      yield head;
      for (let next = await chunks.next(); !next.done; next = await chunks.next()) yield Buffer.from(next.value);
    })();
    if (!isGzip(head) && head.toString("utf8", 0, 64).replace(/^\ufeff/, "").trimStart().startsWith("{")) {
      yield* readJsonLinesStream(where, rest, options);
      return;
    }
    yield* parseDocument({ where, name: "" }, await readStreamBounded(where, rest), options);
  } catch (error) {
    yield { error: error instanceof InputError ? error : new InputError(where, (error as Error).message) };
  }
}
