// An article's extraction in the form ingest hands on: the rows the store writes and, when a
// ledger will file the article, its facts. Built where the article was extracted, so that a worker
// thread sends strings and flat arrays rather than the extraction's object graph.
import type { Article, Extraction } from "../core/types.js";
import { prepareArticle, type LedgerRules, type PreparedArticle } from "../ledger/index.js";
import { articleRows, type ArticleRows } from "../store/article-rows.js";
import { packJson } from "../store/extraction-json.js";

export interface Extracted {
  rows: ArticleRows;
  /** The article's ledger facts; present whenever ingest files into a ledger. */
  prepared?: PreparedArticle;
  /** The extraction JSON packed for SQLite, when the extracting thread did it (see batch.ts). */
  packed?: Uint8Array;
}

/** `rules`: the ledger's, to prepare the facts it files (none: no ledger). `pack`: also pack for SQLite. */
export function toExtracted(article: Article, extraction: Extraction, rules: LedgerRules | null, pack: boolean): Extracted {
  const rows = articleRows(extraction);
  return {
    rows,
    prepared: rules ? prepareArticle(article, extraction, rules) : undefined,
    packed: pack ? packJson(rows.json) : undefined,
  };
}
