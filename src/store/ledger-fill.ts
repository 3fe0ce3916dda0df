// Files stored articles into a ledger a page at a time, so that memory holds one page whatever
// the size of the store.
import type { Ledger } from "../ledger/index.js";
import type { StoredArticle } from "../ledger/types.js";

const PAGE = 500;

/** Adds every article `page` yields (in id order, after the id given) to the ledger. */
export async function fillLedger(ledger: Ledger, page: (afterId: number, limit: number) => Promise<StoredArticle[]> | StoredArticle[]): Promise<void> {
  let after = 0;
  for (;;) {
    const rows = await page(after, PAGE);
    if (rows.length > 0) ledger.addMany(rows);
    if (rows.length < PAGE) return;
    after = rows[rows.length - 1]!.articleId;
  }
}
