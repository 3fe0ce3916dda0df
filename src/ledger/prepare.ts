// The per-article half of adding an article to the ledger (its facts and its MinHash signature)
// is pure and needs no other article, so ingest computes it on the extraction worker threads; the
// ledger itself only indexes the result. The worker does not know the stored article id yet, so
// the facts are made with a placeholder id and relabelled when the article is stored.
import type { Article, Extraction } from "../core/types.js";
import { minhashSignature, shingleHashes } from "./minhash.js";
import { observeArticle, type ArticleFacts } from "./observe.js";
import type { LedgerRules } from "./rules.js";

/** The id facts carry before the article is stored. */
const UNSTORED = -1;

export interface PreparedArticle {
  facts: ArticleFacts;
  signature: Uint32Array;
}

export function prepareArticle(article: Article, extraction: Extraction, rules: LedgerRules): PreparedArticle {
  const facts = observeArticle({ articleId: UNSTORED, article, extraction }, rules);
  const w = rules.wire;
  return { facts, signature: minhashSignature(shingleHashes(article.text, w.shingle), w.hashes, w.seed) };
}

export function articleSignature(text: string, rules: LedgerRules): Uint32Array {
  const w = rules.wire;
  return minhashSignature(shingleHashes(text, w.shingle), w.hashes, w.seed);
}

/** Puts the stored article id into facts prepared before it was known. */
export function relabel(facts: ArticleFacts, articleId: number): ArticleFacts {
  const prefix = `${UNSTORED}/`;
  const id = (s: string): string => (s.startsWith(prefix) ? `${articleId}/${s.slice(prefix.length)}` : s);
  for (const o of facts.observations) {
    o.id = id(o.id);
    o.articleId = articleId;
    if (o.wireGroup === UNSTORED) o.wireGroup = articleId;
    o.ref.articleId = articleId;
  }
  for (const r of facts.roles) {
    r.id = id(r.id);
    r.articleId = articleId;
    r.ref.articleId = articleId;
  }
  for (const m of facts.events) {
    m.id = id(m.id);
    m.articleId = articleId;
    m.ref.articleId = articleId;
  }
  return facts;
}
