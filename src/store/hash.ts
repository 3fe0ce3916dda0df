import { createHash } from "node:crypto";
import type { Article } from "../core/types.js";

/** Content hash that makes ingest idempotent: the same dated text from the same outlet is one article. */
export function articleHash(article: Article): string {
  return createHash("sha256").update(JSON.stringify([article.date, article.source, article.title, article.text])).digest("hex");
}
