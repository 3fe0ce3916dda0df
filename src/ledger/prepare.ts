// The per-article half of adding an article to the ledger (its facts and its MinHash signature)
// is pure and needs no other article, so ingest computes it on the extraction worker threads; the
// ledger itself only indexes the result. The facts travel and are stored as JSON text, one row per
// fact under the key the ledger derives it with, so the storing thread never builds their objects.
// The worker does not know the stored article id yet, so facts are written with a placeholder id
// and relabelled when they are read back for a derivation.
import type { Article, Extraction } from "../core/types.js";
import { minhashSignature, shingleList } from "./minhash.js";
import { observeArticle } from "./observe.js";
import type { LedgerRules } from "./rules.js";
import type { EventMember, Observation, RoleAssertion } from "./types.js";

/** The id facts carry before the article is stored. */
const UNSTORED = -1;

/** What a fact is grouped by when the ledger derives: a topic, a role event, an event bucket. */
export const FactKind = { Topic: 0, Role: 1, Bucket: 2 } as const;
export type FactKind = (typeof FactKind)[keyof typeof FactKind];

export interface FactRow {
  kind: FactKind;
  /** The topic id, the role event, or the event bucket (type/mode|admin1). */
  key: string;
  /** The fact as JSON, with the placeholder article id. */
  body: string;
}

export interface PreparedArticle {
  rows: FactRow[];
  signature: Uint32Array;
}

export function eventBucket(m: EventMember): string {
  return `${m.type}/${m.mode ?? "-"}|${m.admin1 ?? "?"}`;
}

export function prepareArticle(article: Article, extraction: Extraction, rules: LedgerRules): PreparedArticle {
  const facts = observeArticle({ articleId: UNSTORED, article, extraction }, rules);
  const rows: FactRow[] = [];
  for (const o of facts.observations) rows.push({ kind: FactKind.Topic, key: o.topicId, body: JSON.stringify(o) });
  for (const r of facts.roles) rows.push({ kind: FactKind.Role, key: r.event, body: JSON.stringify(r) });
  for (const m of facts.events) rows.push({ kind: FactKind.Bucket, key: eventBucket(m), body: JSON.stringify(m) });
  return { rows, signature: articleSignature(article.text, rules) };
}

export function articleSignature(text: string, rules: LedgerRules): Uint32Array {
  const w = rules.wire;
  return minhashSignature(shingleList(text, w.shingle), w.hashes, w.seed);
}

const PREFIX = `${UNSTORED}/`;

function storedId(id: string, articleId: number): string {
  return id.startsWith(PREFIX) ? `${articleId}/${id.slice(PREFIX.length)}` : id;
}

/** A stored fact back as an object, with the stored article id in place of the placeholder. */
export function readFact<T extends Observation | RoleAssertion | EventMember>(body: string, articleId: number): T {
  const fact = JSON.parse(body) as T;
  fact.id = storedId(fact.id, articleId);
  fact.articleId = articleId;
  // Event members carry no claim reference: their clusters point at them instead.
  if ("ref" in fact) fact.ref.articleId = articleId;
  if ("wireGroup" in fact && fact.wireGroup === UNSTORED) fact.wireGroup = articleId;
  return fact;
}
