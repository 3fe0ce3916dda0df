// The PostgreSQL engine (pg): a connection pool shared by concurrent workers, ordered migration
// files, tsvector full-text search. Every value is a bound parameter; no user text is ever SQL.
import pg from "pg";
import type { GazetteerRecord } from "../core/places/gazetteer.js";
import type { LedgerSnapshot, StoredArticle } from "../ledger/types.js";
import { articleOf, extractionFromJson, jsonText, type ArticleColumns } from "./extraction-json.js";
import type { Ledger, SnapshotOptions } from "../ledger/index.js";
import { defaultLedgerCache, PostgresLedger, type WorkingLedgerState } from "./postgres-ledger.js";
import { queryStored } from "./postgres-stored.js";
import { migratePostgres } from "./postgres-migrate.js";
import { inTransaction } from "./postgres-transaction.js";
import { claimFromRow, eventFromRow, type ClaimDbRow, type EventDbRow } from "./rows.js";
import { redactPostgresUrl } from "./postgres-url.js";
import { itemsJson, PUT_ARTICLE } from "./postgres-write.js";
import {
  StoreError, clampLimit, ftsTerms, likePattern,
  type ActorFilter, type ActorRow, type ArticleDetail, type ArticleRow, type BBox, type ClaimRow, type Counts, type EventRow, type ListFilter,
  type LedgerInfo, type PlaceRow, type PutItem, type PutResult, newestIds, type SearchHit, type Store,
} from "./store.js";

export interface PostgresOptions {
  /** Most connections this process opens (default 10). */
  maxConnections?: number;
  /** Told when an idle pooled connection breaks (server restart); the pool replaces it on next use. */
  onConnectionError?: (error: Error) => void;
  /**
   * Folder where this machine keeps its working copy of the ledger between processes (default:
   * defaultLedgerCache()); null: a temporary copy per process, filed from every article.
   */
  ledgerCache?: string | null;
}

/** Numbered placeholders ($1, $2, ...) for a statement built from optional filters. */
class Params {
  readonly values: unknown[] = [];
  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

/** Latitude/longitude inside a box; a box with minLon > maxLon wraps across the antimeridian. */
function bboxSql(p: Params, [minLon, minLat, maxLon, maxLat]: BBox, lat: string, lon: string): string {
  const lons = minLon <= maxLon ? `${lon} BETWEEN ${p.add(minLon)} AND ${p.add(maxLon)}` : `(${lon} >= ${p.add(minLon)} OR ${lon} <= ${p.add(maxLon)})`;
  return `(${lat} BETWEEN ${p.add(minLat)} AND ${p.add(maxLat)} AND ${lons})`;
}

/** Events with their article; location and reporting side are stored with the event (see event-location.ts). */
const EVENT_SELECT = `SELECT e.id, e.article_id, e.local_id, e.type, e.mode, e.trigger_text, e.trigger_start, e.trigger_end, e.actor, e.target,
    e.place, e.event_time, e.claim_local_id, a.date AS article_date, a.source AS article_source, e.claim_side,
    e.loc_name, e.loc_country, e.loc_lat, e.loc_lon, e.loc_precision, e.loc_basis
  FROM events e JOIN articles a ON a.id = e.article_id`;

/** Full-text match of plain words (all must match); text without words matches nothing. */
function textMatch(p: Params, column: string, text: string): string {
  const terms = ftsTerms(text);
  return terms.length ? `${column} @@ plainto_tsquery('english', ${p.add(terms.join(" "))})` : "false";
}

const HEADLINE = "StartSel=[, StopSel=], MaxWords=14, MinWords=6, MaxFragments=1, FragmentDelimiter=…";

/**
 * One article in one statement, so one round trip: the article and all its rows or nothing. ON
 * CONFLICT makes concurrent workers storing the same article store it once.
 */
async function putOne(db: pg.PoolClient, { article, rows: values, hash }: PutItem): Promise<PutResult> {
  const { rows } = await db.query<{ id: number; inserted: boolean }>(PUT_ARTICLE, [
    hash, article.id, article.date, article.source, article.title, article.url, article.text, jsonText(values.json),
    ...itemsJson(values),
  ]);
  if (rows.length > 0) return rows[0]!;
  // The conflicting row was committed by another writer after this statement's snapshot was taken.
  const known = await db.query<{ id: number }>("SELECT id FROM articles WHERE hash = $1", [hash]);
  return { id: known.rows[0]!.id, inserted: false };
}

export class PostgresStore implements Store {
  readonly engine = "postgres" as const;

  /** The cross-article ledger: a working copy in this process, its output published in PostgreSQL. */
  private readonly ledger: PostgresLedger;

  private constructor(
    private readonly pool: pg.Pool,
    ledgerCache: string | null | undefined,
  ) {
    this.ledger = new PostgresLedger(pool, ledgerCache === undefined ? defaultLedgerCache() : ledgerCache);
  }

  /** How the last ledger update found this process's working ledger. */
  get workingLedger(): WorkingLedgerState | null {
    return this.ledger.state;
  }

  /** Connects, applies pending migrations (safely when several processes start at once) and returns the store. */
  static async open(url: string, options: PostgresOptions = {}): Promise<PostgresStore> {
    const pool = new pg.Pool({ connectionString: url, max: options.maxConnections ?? 10, application_name: "crosscheck" });
    // Without a listener, a server restart would crash the process through an idle client's error.
    pool.on("error", (error) => options.onConnectionError?.(error));
    try {
      await migratePostgres(pool);
    } catch (error) {
      await pool.end().catch(() => undefined);
      throw new StoreError(`${redactPostgresUrl(url)}: cannot open the PostgreSQL ledger (${(error as Error).message})`);
    }
    return new PostgresStore(pool, options.ledgerCache);
  }

  async putArticles(items: PutItem[]): Promise<PutResult[]> {
    // All or none. Read committed gives each statement a fresh snapshot, so the fallback lookup in
    // putOne sees other writers.
    const results = await inTransaction(this.pool, "BEGIN", async (client) => {
      const results: PutResult[] = [];
      for (const item of items) results.push(await putOne(client, item));
      return results;
    });
    this.ledger.noteStored(results.flatMap((r, i) => (r.inserted ? [{ id: r.id, hash: items[i]!.hash }] : [])));
    return results;
  }

  async getArticle(id: number): Promise<ArticleDetail | null> {
    const { rows } = await this.pool.query<ArticleRow & ArticleColumns & { extraction: string }>(
      `SELECT a.id, a.ext_id, a.date, a.source, a.title, a.url, a.text, a.extraction::text AS extraction,
         (SELECT count(*)::int FROM claims c WHERE c.article_id = a.id) AS claims,
         (SELECT count(*)::int FROM events e WHERE e.article_id = a.id) AS events
       FROM articles a WHERE a.id = $1`,
      [id],
    );
    const row = rows[0];
    if (!row) return null;
    const { extraction, ...columns } = row;
    return { ...columns, extraction: extractionFromJson(extraction, articleOf(row)) };
  }

  async listArticles(filter: ListFilter): Promise<ArticleRow[]> {
    const p = new Params();
    const where = [`a.id > ${p.add(filter.after ?? 0)}`];
    if (filter.since) where.push(`a.date >= ${p.add(filter.since)}`);
    if (filter.until) where.push(`a.date <= ${p.add(filter.until)}`);
    if (filter.source) where.push(`lower(a.source) = lower(${p.add(filter.source)})`);
    if (filter.text !== undefined) where.push(textMatch(p, "a.search", filter.text));
    if (filter.place || filter.bbox) {
      const near = [filter.place ? `lower(pl.name) = lower(${p.add(filter.place)})` : "true", filter.bbox ? bboxSql(p, filter.bbox, "pl.lat", "pl.lon") : "true"];
      where.push(`EXISTS (SELECT 1 FROM places pl WHERE pl.article_id = a.id AND ${near.join(" AND ")})`);
    }
    const { rows } = await this.pool.query<ArticleRow>(
      `SELECT a.id, a.ext_id, a.date, a.source, a.title, a.url,
         (SELECT count(*)::int FROM claims c WHERE c.article_id = a.id) AS claims,
         (SELECT count(*)::int FROM events e WHERE e.article_id = a.id) AS events
       FROM articles a WHERE ${where.join(" AND ")} ORDER BY a.id LIMIT ${p.add(clampLimit(filter.limit))}`,
      p.values,
    );
    return rows;
  }

  async listClaims(filter: ListFilter): Promise<ClaimRow[]> {
    const p = new Params();
    const where = [`c.id > ${p.add(filter.after ?? 0)}`];
    if (filter.since) where.push(`c.claim_time >= ${p.add(filter.since)}`);
    if (filter.until) where.push(`c.claim_time <= ${p.add(filter.until)}`);
    if (filter.reportedSince) where.push(`a.date >= ${p.add(filter.reportedSince)}`);
    if (filter.reportedUntil) where.push(`a.date <= ${p.add(filter.reportedUntil)}`);
    if (filter.article !== undefined) where.push(`c.article_id = ${p.add(filter.article)}`);
    if (filter.source) {
      const s = p.add(filter.source);
      where.push(`(lower(c.source_actor) = lower(${s}) OR lower(c.source_unnamed) = lower(${s})
        OR strpos(lower(c.source_text), lower(${s})) > 0 OR lower(a.source) = lower(${s}))`);
    }
    if (filter.actor) where.push(`lower(c.source_actor) = lower(${p.add(filter.actor)})`);
    if (filter.side) where.push(`c.source_affiliation = upper(${p.add(filter.side)})`);
    if (filter.claimKind) where.push(`c.kind = lower(${p.add(filter.claimKind)})`);
    if (filter.text !== undefined) where.push(textMatch(p, "c.search", filter.text));
    if (filter.keys) where.push(`(c.article_id || '/' || c.local_id) = ANY(${p.add(filter.keys)}::text[])`);
    if (filter.place || filter.bbox) {
      // A place mentioned inside the claim: between the first and the last of its source, cue and content.
      const near = [filter.place ? `lower(pl.name) = lower(${p.add(filter.place)})` : "true", filter.bbox ? bboxSql(p, filter.bbox, "pl.lat", "pl.lon") : "true"];
      where.push(`EXISTS (SELECT 1 FROM places pl WHERE pl.article_id = c.article_id AND pl."start" >= least(c.source_start, c.cue_start, c.content_start)
        AND pl."end" <= greatest(c.source_end, c.cue_end, c.content_end) AND ${near.join(" AND ")})`);
    }
    const { rows } = await this.pool.query<ClaimDbRow>(
      `SELECT c.id, c.article_id, c.local_id, c.parent_local_id, c.sentence, c.source_text, c.source_start, c.source_end,
         c.source_actor, c.source_unnamed, c.source_affiliation, c.cue_text, c.cue_start, c.cue_end, c.content_text,
         c.content_start, c.content_end, c.claim_time, c.channel, c.polarity, c.hedges, c.kind,
         a.date AS article_date, a.source AS article_source, a.title AS article_title
       FROM claims c JOIN articles a ON a.id = c.article_id
       WHERE ${where.join(" AND ")} ORDER BY c.id LIMIT ${p.add(clampLimit(filter.limit))}`,
      p.values,
    );
    return rows.map(claimFromRow);
  }

  async listEvents(filter: ListFilter): Promise<EventRow[]> {
    const p = new Params();
    const where = [`x.id > ${p.add(filter.after ?? 0)}`];
    if (filter.since) where.push(`coalesce(x.event_time, x.article_date) >= ${p.add(filter.since)}`);
    if (filter.until) where.push(`coalesce(x.event_time, x.article_date) <= ${p.add(filter.until)}`);
    if (filter.reportedSince) where.push(`x.article_date >= ${p.add(filter.reportedSince)}`);
    if (filter.reportedUntil) where.push(`x.article_date <= ${p.add(filter.reportedUntil)}`);
    if (filter.article !== undefined) where.push(`x.article_id = ${p.add(filter.article)}`);
    if (filter.source) {
      const s = p.add(filter.source);
      where.push(`(lower(x.actor) = lower(${s}) OR lower(x.article_source) = lower(${s}))`);
    }
    if (filter.actor) {
      const s = p.add(filter.actor);
      where.push(`(lower(x.actor) = lower(${s}) OR lower(x.target) = lower(${s}))`);
    }
    if (filter.side) where.push(`x.claim_side = upper(${p.add(filter.side)})`);
    if (filter.type) {
      const [type, mode] = filter.type.split("/", 2);
      where.push(`x.type = upper(${p.add(type)})`);
      if (mode !== undefined) where.push(`x.mode = lower(${p.add(mode)})`);
    }
    if (filter.place) {
      const s = p.add(filter.place);
      where.push(`(lower(x.place) = lower(${s}) OR lower(x.loc_name) = lower(${s}))`);
    }
    if (filter.bbox) where.push(bboxSql(p, filter.bbox, "x.loc_lat", "x.loc_lon"));
    if (filter.text !== undefined) {
      const words = ftsTerms(filter.text);
      if (words.length === 0) where.push("false");
      for (const w of words) {
        where.push(`lower(concat_ws(' ', x.trigger_text, x.actor, x.target, x.place, x.type, x.mode)) LIKE ${p.add(likePattern(w))} ESCAPE '\\'`);
      }
    }
    if (filter.keys) where.push(`(x.article_id || '/' || x.local_id) = ANY(${p.add(filter.keys)}::text[])`);
    const { rows } = await this.pool.query<EventDbRow>(
      `SELECT * FROM (${EVENT_SELECT}) x WHERE ${where.join(" AND ")} ORDER BY x.id LIMIT ${p.add(clampLimit(filter.limit))}`,
      p.values,
    );
    return rows.map(eventFromRow);
  }

  async listPlaces(filter: ListFilter): Promise<PlaceRow[]> {
    const p = new Params();
    const where = ["pl.lat IS NOT NULL", "pl.lon IS NOT NULL"];
    if (filter.since) where.push(`a.date >= ${p.add(filter.since)}`);
    if (filter.until) where.push(`a.date <= ${p.add(filter.until)}`);
    if (filter.article !== undefined) where.push(`pl.article_id = ${p.add(filter.article)}`);
    if (filter.place) where.push(`lower(pl.name) = lower(${p.add(filter.place)})`);
    if (filter.text !== undefined) where.push(`lower(pl.name) LIKE ${p.add(likePattern(filter.text))} ESCAPE '\\'`);
    if (filter.bbox) where.push(bboxSql(p, filter.bbox, "pl.lat", "pl.lon"));
    const { rows } = await this.pool.query<PlaceRow>(
      `SELECT min(pl.id) AS id, pl.name, max(pl.geonameid) AS geonameid, pl.country, pl.lat, pl.lon, pl.precision, count(*)::int AS mentions,
         count(DISTINCT pl.article_id)::int AS articles, array_agg(DISTINCT pl.article_id ORDER BY pl.article_id) AS article_ids,
         coalesce(array_agg(DISTINCT a.source ORDER BY a.source) FILTER (WHERE a.source IS NOT NULL), '{}') AS sources,
         min(a.date) AS first_date, max(a.date) AS last_date
       FROM places pl JOIN articles a ON a.id = pl.article_id WHERE ${where.join(" AND ")}
       GROUP BY pl.name, pl.country, pl.lat, pl.lon, pl.precision HAVING min(pl.id) > ${p.add(filter.after ?? 0)}
       ORDER BY min(pl.id) LIMIT ${p.add(clampLimit(filter.limit))}`,
      p.values,
    );
    return rows.map((r) => ({ ...r, article_ids: newestIds(r.article_ids) }));
  }

  async listActors(filter: ActorFilter): Promise<ActorRow[]> {
    const p = new Params();
    const where = ["c.source_actor IS NOT NULL"];
    if (filter.afterName !== undefined) where.push(`c.source_actor COLLATE "C" > ${p.add(filter.afterName)}`);
    if (filter.since) where.push(`c.claim_time >= ${p.add(filter.since)}`);
    if (filter.until) where.push(`c.claim_time <= ${p.add(filter.until)}`);
    if (filter.text !== undefined) where.push(`lower(c.source_actor) LIKE ${p.add(likePattern(filter.text))} ESCAPE '\\'`);
    // The side an actor speaks for: the affiliation most of its claims carry.
    const side = `(SELECT c2.source_affiliation FROM claims c2 WHERE c2.source_actor = c.source_actor AND c2.source_affiliation IS NOT NULL
      GROUP BY c2.source_affiliation ORDER BY count(*) DESC, c2.source_affiliation LIMIT 1)`;
    const having = filter.side ? `HAVING lower(${side}) = lower(${p.add(filter.side)})` : "";
    const { rows } = await this.pool.query<ActorRow>(
      `SELECT c.source_actor AS name, ${side} AS affiliation, count(*)::int AS claims, count(DISTINCT c.article_id)::int AS articles,
         min(c.claim_time) AS first_date, max(c.claim_time) AS last_date
       FROM claims c WHERE ${where.join(" AND ")} GROUP BY c.source_actor ${having} ORDER BY c.source_actor COLLATE "C"
       LIMIT ${p.add(clampLimit(filter.limit))}`,
      p.values,
    );
    return rows;
  }

  async search(query: string, limit: number): Promise<SearchHit[]> {
    const terms = ftsTerms(query);
    if (terms.length === 0) return [];
    const n = clampLimit(limit);
    // plainto_tsquery reads its input as plain words (all must match): no query syntax reaches the engine.
    const claims = await this.pool.query<Omit<SearchHit, "kind">>(
      `SELECT hit.claim_id, hit.article_id, hit.date, hit.source, hit.title, ts_headline('english', hit.content_text, hit.q, $3) AS snippet
       FROM (SELECT c.id AS claim_id, c.article_id, a.date, a.source, a.title, c.content_text, q, ts_rank(c.search, q) AS rank
             FROM claims c JOIN articles a ON a.id = c.article_id, plainto_tsquery('english', $1) AS q
             WHERE c.search @@ q ORDER BY rank DESC, c.id LIMIT $2) AS hit
       ORDER BY hit.rank DESC, hit.claim_id`,
      [terms.join(" "), n, HEADLINE],
    );
    const articles = await this.pool.query<Omit<SearchHit, "kind">>(
      `SELECT NULL::int AS claim_id, hit.article_id, hit.date, hit.source, hit.title, ts_headline('english', hit.text, hit.q, $3) AS snippet
       FROM (SELECT a.id AS article_id, a.date, a.source, a.title, a.text, q, ts_rank(a.search, q) AS rank
             FROM articles a, plainto_tsquery('english', $1) AS q
             WHERE a.search @@ q ORDER BY rank DESC, a.id LIMIT $2) AS hit
       ORDER BY hit.rank DESC, hit.article_id`,
      [terms.join(" "), n, HEADLINE],
    );
    return [
      ...claims.rows.map((h) => ({ ...h, kind: "claim" as const })),
      ...articles.rows.map((h) => ({ ...h, kind: "article" as const })),
    ].slice(0, n);
  }

  async storedArticles(afterId: number, limit: number): Promise<StoredArticle[]> {
    return queryStored(this.pool, "WHERE id > $1 ORDER BY id LIMIT $2", [afterId, limit]);
  }

  async putPlaces(records: GazetteerRecord[]): Promise<number> {
    const withIds = records.filter((r) => r.geonameid !== null);
    // One statement per batch: the records travel as one JSON array parameter.
    for (let i = 0; i < withIds.length; i += 1000) {
      const batch = withIds.slice(i, i + 1000).map((r) => ({ geonameid: r.geonameid, record: JSON.stringify(r) }));
      await this.pool.query(
        `INSERT INTO imported_places (geonameid, record)
         SELECT (e->>'geonameid')::bigint, e->>'record' FROM json_array_elements($1::json) AS e
         ON CONFLICT (geonameid) DO UPDATE SET record = excluded.record`,
        [JSON.stringify(batch)],
      );
    }
    return withIds.length;
  }

  async importedPlaces(): Promise<GazetteerRecord[]> {
    const { rows } = await this.pool.query<{ record: string }>("SELECT record FROM imported_places ORDER BY geonameid");
    return rows.map((r) => JSON.parse(r.record) as GazetteerRecord);
  }

  async openLedger(options: { rebuild?: boolean } = {}): Promise<Ledger> {
    return this.ledger.open(options.rebuild);
  }

  async ledgerInfo(): Promise<LedgerInfo | null> {
    return this.ledger.info();
  }

  async saveLedger(ledger: Ledger): Promise<void> {
    await this.ledger.publish(ledger);
  }

  async loadLedger(options: SnapshotOptions = {}): Promise<(LedgerInfo & { snapshot: LedgerSnapshot }) | null> {
    return this.ledger.load(options);
  }

  async ledgerItem(kind: keyof LedgerSnapshot, id: string): Promise<unknown> {
    return this.ledger.item(kind, id);
  }

  async counts(): Promise<Counts> {
    const { rows } = await this.pool.query<Counts>(
      `SELECT (SELECT count(*)::int FROM articles) AS articles, (SELECT count(*)::int FROM claims) AS claims,
         (SELECT count(*)::int FROM events) AS events, (SELECT count(*)::int FROM places) AS places`,
    );
    return rows[0];
  }

  async close(): Promise<void> {
    this.ledger.close();
    if (!this.pool.ended && !this.pool.ending) await this.pool.end();
  }
}
