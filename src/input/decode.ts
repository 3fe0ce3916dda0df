// Bytes to text. UTF-8 is the default and is decoded strictly; a BOM (UTF-8, UTF-16 LE/BE), an
// explicit --encoding, a Content-Type charset or the document's own declaration selects another
// encoding, decoded with iconv-lite. Bytes that are not text are refused with the reason.
import iconv from "iconv-lite";
import { InputError } from "./article-fields.js";
import { declaredCharset } from "./charset.js";

export interface EncodingHints {
  /** Given by the user (--encoding); wins over anything but a byte order mark. */
  encoding?: string;
  /** From the transport, e.g. the charset of an HTTP Content-Type. */
  transport?: string | null;
}

const utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });

/** Decodes bytes as strict UTF-8 (a BOM is dropped), or explains why they are not text. */
export function decodeText(where: string, bytes: Uint8Array, advice = "convert the file to UTF-8"): string {
  if (bytes.length === 0) throw new InputError(where, "file is empty");
  if (bytes.subarray(0, 8192).includes(0)) throw new InputError(where, "binary file (contains NUL bytes); expected UTF-8 text");
  try {
    return utf8.decode(bytes);
  } catch {
    throw new InputError(where, `not valid UTF-8 (first bad byte at offset ${firstInvalidUtf8(bytes)}); ${advice}`);
  }
}

/** Offset of the first byte that does not begin a well-formed UTF-8 sequence. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
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

/** The encoding named by a byte order mark, if any. */
export function byteOrderMark(bytes: Uint8Array): "utf-8" | "utf-16le" | "utf-16be" | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return "utf-8";
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "utf-16le";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "utf-16be";
  return null;
}

/**
 * The encoding to decode with for a label. As in the WHATWG Encoding Standard, "latin-1" and ASCII
 * labels mean windows-1252 (what such files really contain), and a declared UTF-16 without a BOM
 * means UTF-8 (the declaration could only be read because the bytes are ASCII-compatible).
 */
export function encodingFor(label: string): string {
  const name = label.trim().toLowerCase();
  if (/^(iso[-_]?8859[-_]1|latin-?1|l1|us-ascii|ascii|iso-ir-100|cp819)$/.test(name)) return "windows-1252";
  if (/^utf-?8$/.test(name)) return "utf-8";
  return name;
}

export function isKnownEncoding(label: string): boolean {
  return iconv.encodingExists(encodingFor(label));
}

/** Decodes a whole document, choosing the encoding from BOM > --encoding > transport > declaration > UTF-8. */
export function decodeDocument(where: string, bytes: Uint8Array, hints: EncodingHints = {}): string {
  if (bytes.length === 0) throw new InputError(where, "file is empty");
  const bom = byteOrderMark(bytes);
  if (bom === "utf-8") return decodeText(where, bytes);
  if (bom !== null) return decodeUtf16(where, bytes, bom);
  const given = hints.encoding ?? hints.transport ?? null;
  const declared = given === null ? declaredCharset(bytes) : null;
  const label = given ?? declared;
  if (label === null) return decodeText(where, bytes, "convert the file to UTF-8 or name its encoding with --encoding NAME");
  let encoding = encodingFor(label);
  if (declared !== null && encoding.startsWith("utf-16")) encoding = "utf-8";
  if (encoding === "utf-8") return decodeText(where, bytes);
  if (!iconv.encodingExists(encoding)) {
    throw new InputError(where, `unknown character encoding "${label}"${declared ? " declared in the document" : ""}; name the right one with --encoding NAME`);
  }
  // Legacy single-byte encodings decode any byte, so NULs are the one sign of a binary file left.
  if (!encoding.startsWith("utf-16") && bytes.subarray(0, 8192).includes(0)) throw new InputError(where, "binary file (contains NUL bytes); expected text");
  return iconv.decode(Buffer.from(bytes), encoding);
}

function decodeUtf16(where: string, bytes: Uint8Array, encoding: "utf-16le" | "utf-16be"): string {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new InputError(where, `not valid ${encoding.toUpperCase()} (its byte order mark says it is)`);
  }
}
