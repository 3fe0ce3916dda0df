// The one storage interface. SQLite (embedded default) and PostgreSQL implement it; the pipeline,
// CLI and server only ever talk to this.
import type { Article, Extraction } from "../core/types.js";
import type { GazetteerRecord } from "../core/places/gazetteer.js";
import type { Ledger, SnapshotOptions } from "../ledger/index.js";
import type { LedgerSnapshot, StoredArticle } from "../ledger/types.js";
import type { ArticleRows } from "./article-rows.js";

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
  /** What the claim reports (speech, belief, stance, intention ...); null for claims stored before kinds. */
  kind: string | null;
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
  /** Where the event is drawn: its own place, else the region the article mostly speaks of; null when neither has coordinates. */
  location: EventLocation | null;
}

export interface EventLocation {
  name: string;
  country: string | null;
  lat: number;
  lon: number;
  precision: string;
  /** "event-place": the place the event names; "article-region": the admin1 region the article mentions most (the event names none). */
  basis: "event-place" | "article-region";
}

/** One place with coordinates, as mentioned across articles (mentions grouped by name, country and coordinates). */
export interface PlaceRow {
  /** The smallest mention id of the group: stable, and the cursor for pagination. */
  id: number;
  name: string;
  geonameid: number | null;
  country: string | null;
  lat: number;
  lon: number;
  precision: string;
  mentions: number;
  /** How many articles mention it. */
  articles: number;
  /** The newest of those articles (at most PLACE_ARTICLE_IDS), newest first. */
  article_ids: number[];
  /** Outlets of the articles that mention it. */
  sources: string[];
  first_date: string;
  last_date: string;
}

/** A named actor as a claim source, with how often it speaks. */
export interface ActorRow {
  name: string;
  /** The side it speaks for (the most frequent affiliation of its claims), when known. */
  affiliation: string | null;
  claims: number;
  articles: number;
  first_date: string;
  last_date: string;
}

export interface ActorFilter {
  side?: string;
  /** Words in the name (case-insensitive substring). */
  text?: string;
  /** Claim-date range. */
  since?: string;
  until?: string;
  /** Cursor: actors whose name sorts after this one. */
  afterName?: string;
  limit?: number;
}

/** minLon, minLat, maxLon, maxLat in degrees; minLon > maxLon is a box across the antimeridian. */
export type BBox = [number, number, number, number];

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
  /** Report date (the article's date) range, for claims, events and places. */
  reportedSince?: string;
  reportedUntil?: string;
  /** A canonical actor, case-insensitive: a claim's source actor; an event's actor or target. */
  actor?: string;
  /** A side (affiliation such as "UA"): a claim's source affiliation; for an event, that of the claim reporting it. */
  side?: string;
  /** A place name, case-insensitive: mentioned inside the claim; the event's place; the place itself; mentioned in the article. */
  place?: string;
  /** Only items located in this box (claims: a place mentioned inside the claim; events: their location; articles: any place mentioned). */
  bbox?: BBox;
  /** A claim's kind (speech, evidence, belief, stance, intention, refusal, accusation, denial, question). */
  claimKind?: string;
  /** Event type ("ASSAULT") or type/mode ("ASSAULT/drone"), case-insensitive. */
  type?: string;
  /** Free text: full-text words for articles and claims; words in an event's trigger, actor, target or place; a place's name. */
  text?: string;
  /** Only these items, as "articleId/localId" keys (c3 for claims, v2 for events): how ledger-derived filters such as verdicts reach the store. */
  keys?: string[];
}

export interface PutResult {
  id: number;
  inserted: boolean;
}

/** One article to store, with its extraction and content hash. */
export interface PutItem {
  article: Article;
  /** The extraction as the stores write it (articleRows). */
  rows: ArticleRows;
  hash: string;
  /** The extraction JSON already packed for SQLite (packJson), when a worker did it. */
  packed?: Uint8Array;
}

export interface LedgerInfo {
  articles: number;
  built_at: string;
}

export interface Counts {
  articles: number;
  claims: number;
  events: number;
  places: number;
}

export interface Store {
  readonly engine: "sqlite" | "postgres";
  /**
   * Stores articles with their extractions, all or none (one transaction); results in input order.
   * A known hash changes nothing. A batch costs one commit instead of one per article.
   */
  putArticles(items: PutItem[]): Promise<PutResult[]>;
  getArticle(id: number): Promise<ArticleDetail | null>;
  listArticles(filter: ListFilter): Promise<ArticleRow[]>;
  listClaims(filter: ListFilter): Promise<ClaimRow[]>;
  listEvents(filter: ListFilter): Promise<EventRow[]>;
  /** Places with coordinates, grouped; filters: since/until (report date), article, place, text, bbox, after, limit. */
  listPlaces(filter: ListFilter): Promise<PlaceRow[]>;
  /** Named claim sources with counts, ordered by name. */
  listActors(filter: ActorFilter): Promise<ActorRow[]>;
  search(query: string, limit: number): Promise<SearchHit[]>;
  /** Stored articles with their extraction, in id order, after `afterId` (to build the ledger). */
  storedArticles(afterId: number, limit: number): Promise<StoredArticle[]>;
  /** Adds or replaces imported places (by GeoNames id); returns how many were written. */
  putPlaces(records: GazetteerRecord[]): Promise<number>;
  /** Every imported place, for extraction to add to the built-in gazetteer. */
  importedPlaces(): Promise<GazetteerRecord[]>;
  /**
   * The ledger over every stored article, ready to take new ones; it files the stored articles it
   * lacks. SQLite keeps it in its own tables; PostgreSQL keeps a working copy per process and
   * publishes its output (postgres-ledger.ts). `rebuild` derives it afresh from every stored article.
   */
  openLedger(options?: { rebuild?: boolean }): Promise<Ledger>;
  /**
   * Persists what the ledger derived: SQLite commits its tables; PostgreSQL rewrites the output of
   * the keys that changed, after filing what other processes stored meanwhile.
   */
  saveLedger(ledger: Ledger): Promise<void>;
  /** When the saved ledger was built and over how many articles; null before the first save. */
  ledgerInfo(): Promise<LedgerInfo | null>;
  loadLedger(options?: SnapshotOptions): Promise<(LedgerInfo & { snapshot: LedgerSnapshot }) | null>;
  /** One item of the saved ledger by its list and id (an event cluster with its merges); null when none. */
  ledgerItem(kind: keyof LedgerSnapshot, id: string): Promise<unknown>;
  counts(): Promise<Counts>;
  close(): Promise<void>;
}

/** A ledger that cannot be opened or used: said to the user in one line, without a stack trace. */
export class StoreError extends Error {}

/** Places are listed with at most this many article ids each (the newest); `articles` gives the count. */
export const PLACE_ARTICLE_IDS = 30;

/** A place's article ids as listed: the newest, newest first. */
export function newestIds(ids: number[]): number[] {
  return [...ids].sort((a, b) => b - a).slice(0, PLACE_ARTICLE_IDS);
}

export const DEFAULT_LIMIT = 100;
export const MAX_LIMIT = 1000;

export function clampLimit(limit: number | undefined): number {
  if (limit === undefined || !Number.isFinite(limit) || limit <= 0) return DEFAULT_LIMIT;
  return Math.min(Math.floor(limit), MAX_LIMIT);
}

/** A LIKE pattern matching `text` literally anywhere (escape character: backslash). */
export function likePattern(text: string): string {
  return `%${text.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** Turns free text into an FTS query of quoted terms (all must match), so no user syntax reaches the engine. */
export function ftsTerms(query: string): string[] {
  return (query.match(/[\p{L}\p{N}][\p{L}\p{N}'\-.]*/gu) ?? []).slice(0, 16).map((w) => w.replace(/['.\-]+$/, ""));
}
