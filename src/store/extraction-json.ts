// The stored form of an extraction: everything but the article, which has columns of its own
// (storing the body twice would double the ledger's size and the write cost).
import type { Article, Extraction } from "../core/types.js";

export function extractionJson(extraction: Extraction): string {
  const { article: _article, ...rest } = extraction;
  return JSON.stringify(rest);
}

export function extractionFromJson(json: string, article: Article): Extraction {
  const { schema, ...rest } = JSON.parse(json) as Omit<Extraction, "article">;
  return { schema, article, ...rest };
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
