// An article's extraction in the form ingest hands on: the rows the store writes and, when a
// ledger will file the article, its facts. Built where the article was extracted, so that a worker
// thread sends strings and flat arrays rather than the extraction's object graph.
import type { Article, Extraction } from "../core/types.js";
import { prepareArticle, type LedgerRules, type PreparedArticle } from "../ledger/index.js";
import { articleRows, type ArticleRows } from "../store/article-rows.js";
import { jsonBytes, packJson } from "../store/extraction-json.js";

export interface Extracted {
  rows: ArticleRows;
  /** The article's ledger facts; present whenever ingest files into a ledger. */
  prepared?: PreparedArticle;
  /** The extraction JSON packed for SQLite, when the extracting thread did it (see batch.ts). */
  packed?: Uint8Array;
}

/** `rules`: the ledger's, to prepare the facts it files (none: no ledger). */
export function toExtracted(article: Article, extraction: Extraction, rules: LedgerRules | null): Extracted {
  return { rows: articleRows(extraction), prepared: rules ? prepareArticle(article, extraction, rules) : undefined };
}

/**
 * An extraction as a worker posts it, with the buffers that move to the storing thread rather than
 * being copied; `pack`: also pack it for SQLite. The extraction JSON (~25,000 characters an article
 * on the bench corpus) goes as UTF-8 bytes: as a string, structured cloning copied it twice, as
 * UTF-16 whenever it held a character past Latin-1 (half of them), and the storing thread encoded
 * it once more to pack it.
 */
export function forTransfer(extracted: Extracted, pack: boolean): { extracted: Extracted; transfer: ArrayBuffer[] } {
  const json = jsonBytes(extracted.rows.json);
  const sent: Extracted = { ...extracted, rows: { ...extracted.rows, json } };
  const transfer = [json.buffer as ArrayBuffer];
  if (pack) {
    sent.packed = packJson(json);
    transfer.push(sent.packed.buffer as ArrayBuffer);
  }
  return { extracted: sent, transfer };
}
