// One whole document (a file, standard input or a fetched page) to input items: gunzip if
// compressed, pick the format, decode the text, hand it to the format's parser.
import { InputError, type FieldCheckOptions } from "./article-fields.js";
import { MAX_DOCUMENT_BYTES } from "./bounded-read.js";
import { contentTypeCharset } from "./charset.js";
import { parseDateline } from "./dateline.js";
import { decodeDocument } from "./decode.js";
import { parseFeed } from "./feed.js";
import { formatFromContentType, formatFromName, sniffFormat, type InputFormat } from "./format.js";
import { gunzipBounded, innerName, isGzip } from "./gzip.js";
import { parseHtmlPage } from "./html.js";
import type { InputItem } from "./items.js";
import { parseJsonDocument, parseJsonLines } from "./json-document.js";

export interface DocumentOptions extends FieldCheckOptions {
  /** Character encoding for inputs without a byte order mark (--encoding). */
  encoding?: string;
  /** Publication date for pages and feed items whose metadata has none (--date). */
  date?: string;
}

export interface DocumentSource {
  /** How errors name it: a path, "<stdin>" or a URL. */
  where: string;
  /** File name or URL path whose extension may name the format ("" when there is none). */
  name: string;
  /** The Content-Type it was served with, if fetched. */
  contentType?: string;
  /** The address it was fetched from: an HTML page without its own URL metadata gets this one. */
  url?: string;
}

export function parseDocument(source: DocumentSource, bytes: Uint8Array, options: DocumentOptions): InputItem[] {
  const { where } = source;
  try {
    let name = source.name;
    if (isGzip(bytes)) {
      bytes = gunzipBounded(where, bytes, MAX_DOCUMENT_BYTES);
      name = innerName(name);
    }
    const named: InputFormat | null = formatFromName(name) ?? formatFromContentType(source.contentType);
    const text = decodeDocument(where, bytes, { encoding: options.encoding, transport: contentTypeCharset(source.contentType) });
    switch (named ?? sniffFormat(text)) {
      case "dateline":
        return [{ article: parseDateline(where, text, options), where }];
      case "jsonl":
        return parseJsonLines(where, text, options);
      case "json":
        return parseJsonDocument(where, text, options);
      case "html":
        return [{ article: parseHtmlPage(where, text, options, source.url), where }];
      case "feed":
        return parseFeed(where, text, options);
    }
  } catch (error) {
    return [{ error: error instanceof InputError ? error : new InputError(where, (error as Error).message) }];
  }
}
