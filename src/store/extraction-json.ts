// The stored form of an extraction: everything but the article, which has columns of its own
// (storing the body twice would double the ledger's size and the write cost).
import { deflateRawSync, inflateRawSync } from "node:zlib";
import type { Article, Extraction } from "../core/types.js";
import type { StoredArticle } from "../ledger/types.js";

export function extractionJson(extraction: Extraction): string {
  const { article: _article, ...rest } = extraction;
  return JSON.stringify(rest);
}

export function extractionFromJson(json: string, article: Article): Extraction {
  const { schema, ...rest } = JSON.parse(json) as Omit<Extraction, "article">;
  return { schema, article, ...rest };
}

/**
 * The extraction JSON as SQLite stores it, deflated. The JSON is five times the size of the article
 * and most of what a commit writes; level 1 packs it to about a fifth, fast enough to run on the
 * extraction workers.
 */
export function packJson(json: string): Uint8Array {
  return deflateRawSync(json, { level: 1 });
}

/** A stored extraction back: packed (a BLOB), or JSON text as ledgers before packing stored it. */
export function unpackExtraction(stored: string | Uint8Array, article: Article): Extraction {
  return extractionFromJson(typeof stored === "string" ? stored : inflateRawSync(stored).toString("utf8"), article);
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
