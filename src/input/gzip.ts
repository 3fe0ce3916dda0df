// Transparent gzip: recognised by its magic bytes, decompressed with a cap on the output so a small
// "gzip bomb" cannot expand into gigabytes.
import { gunzipSync } from "node:zlib";
import { InputError } from "./article-fields.js";

export function isGzip(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
}

/** "feed.xml.gz" -> "feed.xml": the inner name decides the format. */
export function innerName(name: string): string {
  return name.replace(/\.gz$/i, "");
}

export function gunzipBounded(where: string, bytes: Uint8Array, limit: number): Buffer {
  try {
    return gunzipSync(bytes, { maxOutputLength: limit });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ERR_BUFFER_TOO_LARGE") {
      throw new InputError(where, `gzip data expands to more than ${limit} bytes; refusing to decompress it`);
    }
    throw new InputError(where, `not valid gzip data (${(error as Error).message})`);
  }
}
