// The one storage interface. SQLite (embedded default) and PostgreSQL implement it; the pipeline,
// CLI and server only ever talk to this.
import type { Article, Extraction } from "../core/types.js";
import type { LedgerSnapshot, StoredArticle } from "../ledger/types.js";

export interface ArticleRow {
  id: number;
  ext_id: string | null;
  date: string;
  source: string | null;
  title: string | null;
  url: string | null;
  claims: number;
  events: number;
}

export interface ArticleDetail extends ArticleRow {
  text: string;
  extraction: Extraction;
}

export interface SpanRow {
  text: string;
  start: number;
  end: number;
}

export interface ClaimRow {
  id: number;
  article_id: number;
  article_date: string;
  article_source: string | null;
  article_title: string | null;
  local_id: string;
  parent_local_id: string | null;
  sentence: number;
  source: SpanRow & { actor: string | null; unnamed: string | null; affiliation: string | null };
  cue: SpanRow;
  content: SpanRow;
  time: string;
  channel: string | null;
  polarity: string;
  hedges: string[];
}

export interface EventRow {
  id: number;
  article_id: number;
  article_date: string;
  article_source: string | null;
  local_id: string;
  type: string;
  mode: string | null;
  trigger: SpanRow;
  actor: string | null;
  target: string | null;
  place: string | null;
  time: string | null;
  claim_local_id: string | null;
}

export interface SearchHit {
  kind: "article" | "claim";
  article_id: number;
  claim_id: number | null;
  date: string;
  source: string | null;
  title: string | null;
  snippet: string;
}

export interface ListFilter {
  /** Source actor, unnamed kind or outlet, matched case-insensitively. */
  source?: string;
  since?: string;
  until?: string;
  article?: number;
  /** Return rows with id greater than this (cursor pagination). */
  after?: number;
  limit?: number;
}

export interface PutResult {
  id: number;
  inserted: boolean;
}

export interface Counts {
  articles: number;
  claims: number;
  events: number;
  places: number;
}

export interface Store {
  readonly engine: "sqlite" | "postgres";
  /** Stores an article and its extraction in one transaction; a known hash changes nothing. */
  putArticle(article: Article, extraction: Extraction, hash: string): Promise<PutResult>;
  getArticle(id: number): Promise<ArticleDetail | null>;
  listArticles(filter: ListFilter): Promise<ArticleRow[]>;
  listClaims(filter: ListFilter): Promise<ClaimRow[]>;
  listEvents(filter: ListFilter): Promise<EventRow[]>;
  search(query: string, limit: number): Promise<SearchHit[]>;
  /** Stored articles with their extraction, in id order, after `afterId` (to build the ledger). */
  storedArticles(afterId: number, limit: number): Promise<StoredArticle[]>;
  /** Replaces the persisted ledger snapshot. */
  saveLedger(snapshot: LedgerSnapshot, articles: number): Promise<void>;
  loadLedger(): Promise<{ snapshot: LedgerSnapshot; articles: number; built_at: string } | null>;
  counts(): Promise<Counts>;
  close(): Promise<void>;
}

export const DEFAULT_LIMIT = 100;
export const MAX_LIMIT = 1000;

export function clampLimit(limit: number | undefined): number {
  if (limit === undefined || !Number.isFinite(limit) || limit <= 0) return DEFAULT_LIMIT;
  return Math.min(Math.floor(limit), MAX_LIMIT);
}

/** Turns free text into an FTS query of quoted terms (all must match), so no user syntax reaches the engine. */
export function ftsTerms(query: string): string[] {
  return (query.match(/[\p{L}\p{N}][\p{L}\p{N}'\-.]*/gu) ?? []).slice(0, 16).map((w) => w.replace(/['.\-]+$/, ""));
}
