// Stored articles read back with their extractions (PostgreSQL), for the ledger to file: by id
// order after an id (Store.storedArticles) or by a list of ids (the working ledger, postgres-ledger.ts).
import type pg from "pg";
import type { StoredArticle } from "../ledger/types.js";
import { storedArticleOf, type ArticleColumns } from "./extraction-json.js";

/** `tail`: the statement's own WHERE, ORDER BY and LIMIT, never user text; values go in `params`. */
export async function queryStored(db: Pick<pg.PoolClient, "query">, tail: string, params: unknown[]): Promise<StoredArticle[]> {
  const { rows } = await db.query<ArticleColumns & { id: number; extraction: string }>(
    `SELECT id, ext_id, date, source, title, url, text, extraction::text AS extraction FROM articles ${tail}`,
    params,
  );
  return rows.map(storedArticleOf);
}
