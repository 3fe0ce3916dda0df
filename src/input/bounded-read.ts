// Reads whole inputs into memory only up to a limit: the size is checked before reading, and
// reading stops one byte past the limit, so a huge (or growing) file is refused without being loaded.
import { open } from "node:fs/promises";
import { InputError } from "./article-fields.js";

/** Whole-document formats (dateline, JSON, HTML, feeds) larger than this are refused. */
export const MAX_DOCUMENT_BYTES = 20 * 1024 * 1024;

function tooLarge(where: string, size: number | string, limit: number): InputError {
  return new InputError(where, `file is ${size} bytes; the limit is ${limit} bytes (use JSON Lines for large batches)`);
}

export async function readFileBounded(where: string, path: string, limit = MAX_DOCUMENT_BYTES): Promise<Buffer> {
  const file = await open(path, "r");
  try {
    const { size } = await file.stat();
    if (size > limit) throw tooLarge(where, size, limit);
    const buffer = Buffer.alloc(Math.min(size, limit) + 1);
    let length = 0;
    for (;;) {
      if (length === buffer.length) throw tooLarge(where, `more than ${limit}`, limit);
      const { bytesRead } = await file.read(buffer, length, buffer.length - length);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    return buffer.subarray(0, length);
  } finally {
    await file.close();
  }
}

export async function readStreamBounded(where: string, stream: AsyncIterable<Uint8Array | string>, limit = MAX_DOCUMENT_BYTES): Promise<Buffer> {
  const chunks: Uint8Array[] = [];
  let length = 0;
  for await (const chunk of stream) {
    const bytes = typeof chunk === "string" ? Buffer.from(chunk) : chunk;
    length += bytes.length;
    if (length > limit) throw tooLarge(where, `more than ${limit}`, limit);
    chunks.push(bytes);
  }
  return Buffer.concat(chunks);
}

/** Passes chunks through, failing once more than `limit` bytes have gone by (for decompressed streams). */
export async function* limitStream(where: string, stream: AsyncIterable<Buffer>, limit: number, what: string): AsyncGenerator<Buffer> {
  let length = 0;
  for await (const chunk of stream) {
    length += chunk.length;
    if (length > limit) throw new InputError(where, `${what} is more than ${limit} bytes; refusing to read further`);
    yield chunk;
  }
}
