// The stored form of an extraction: everything but the article, which has columns of its own
// (storing the body twice would double the ledger's size and the write cost).
import { brotliCompressSync, brotliDecompressSync, constants, inflateRawSync } from "node:zlib";
import type { Article, Extraction } from "../core/types.js";
import type { StoredArticle } from "../ledger/types.js";

const utf8 = new TextEncoder();
const utf8Text = new TextDecoder();

export function extractionJson(extraction: Extraction): string {
  const { article: _article, ...rest } = extraction;
  return JSON.stringify(rest);
}

export function extractionFromJson(json: string, article: Article): Extraction {
  const { schema, ...rest } = JSON.parse(json) as Omit<Extraction, "article">;
  return { schema, article, ...rest };
}

/**
 * First byte of a Brotli-packed extraction. Its bits 1-2 are both set, which in a raw deflate
 * stream would be the reserved block type 11, so no deflated extraction stored before begins so.
 */
const BROTLI_MARK = 0xfe;

/** The extraction JSON as text, whichever form it came in (ArticleRows.json). */
export function jsonText(json: string | Uint8Array): string {
  return typeof json === "string" ? json : utf8Text.decode(json);
}

/** The extraction JSON as UTF-8 bytes, whichever form it came in. */
export function jsonBytes(json: string | Uint8Array): Uint8Array {
  // TextEncoder rather than the Buffer.from that zlib applies to a string: 34 against 60 µs an
  // article on the bench corpus, where half the extractions hold a character past Latin-1.
  return typeof json === "string" ? utf8.encode(json) : json;
}

/**
 * The extraction JSON as SQLite stores it, packed. The JSON is five times the size of the article
 * and most of what a commit writes; Brotli at quality 1 packs it to about a fifth. It replaced raw
 * deflate at level 1: the same size within 2 %, and on the bench corpus's extractions 124 against
 * 221 CPU microseconds an article to pack, 101 against 175 to unpack (six interleaved rounds).
 */
export function packJson(json: string | Uint8Array): Uint8Array {
  const bytes = jsonBytes(json);
  const packed = brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 1, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length } });
  const out = new Uint8Array(packed.length + 1);
  out[0] = BROTLI_MARK;
  out.set(packed, 1);
  return out;
}

/** A stored extraction back: packed (a BLOB, Brotli or the deflate of older ledgers), or JSON text as ledgers before packing stored it. */
export function unpackExtraction(stored: string | Uint8Array, article: Article): Extraction {
  if (typeof stored === "string") return extractionFromJson(stored, article);
  const json = stored[0] === BROTLI_MARK ? brotliDecompressSync(stored.subarray(1)) : inflateRawSync(stored);
  return extractionFromJson(json.toString("utf8"), article);
}

export interface ArticleColumns {
  ext_id: string | null;
  date: string;
  source: string | null;
  title: string | null;
  url: string | null;
  text: string;
}

export function articleOf(row: ArticleColumns): Article {
  return { id: row.ext_id, date: row.date, source: row.source, title: row.title, url: row.url, text: row.text };
}

/** A stored article row (its columns, id and stored extraction) as the ledger files it. */
export function storedArticleOf(row: ArticleColumns & { id: number; extraction: string | Uint8Array }): StoredArticle {
  const article = articleOf(row);
  return { articleId: row.id, article, extraction: unpackExtraction(row.extraction, article) };
}
