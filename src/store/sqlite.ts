// The embedded SQLite engine (better-sqlite3): WAL mode, ordered migration files, FTS5 search.
// Every statement is prepared with bound parameters; no user text is ever part of the SQL.
import Database from "better-sqlite3";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Article } from "../core/types.js";
import { repoPath } from "../resources/paths.js";
import type { GazetteerRecord } from "../core/places/gazetteer.js";
import type { LedgerSnapshot, StoredArticle } from "../ledger/types.js";
import { EVENT, PLACE, type RowValues } from "./article-rows.js";
import { cellsInBox, gridCell } from "./grid.js";
import { Ledger, type SnapshotOptions } from "../ledger/index.js";
import { fillLedger } from "./ledger-fill.js";
import { claimFromRow, eventFromRow, type ClaimDbRow, type EventDbRow } from "./rows.js";
import { FtsBatcher } from "./sqlite-fts.js";
import { articleOf, packJson, storedArticleOf, unpackExtraction, type ArticleColumns } from "./extraction-json.js";
import {
  StoreError, clampLimit, ftsTerms, likePattern,
  type ActorFilter, type ActorRow, type ArticleDetail, type ArticleRow, type BBox, type ClaimRow, type Counts, type EventRow, type ListFilter,
  type LedgerInfo, type PlaceRow, type PutItem, newestIds, PLACE_ARTICLE_IDS, type PutResult, type SearchHit, type Store,
} from "./store.js";

/** Named placeholders (@p1, @p2, ...) for a statement built from optional filters. */
class Bind {
  readonly values: Record<string, unknown> = {};
  private n = 0;
  add(value: unknown): string {
    const name = `p${++this.n}`;
    this.values[name] = value;
    return `@${name}`;
  }
}

/** An FTS5 query of quoted terms (all must match); text with no words matches nothing. */
function ftsMatch(text: string): string {
  const terms = ftsTerms(text);
  return terms.length ? terms.map((t) => `"${t.replace(/"/g, '""')}"`).join(" ") : '""';
}

/** Latitude/longitude inside a box; a box with minLon > maxLon wraps across the antimeridian. */
function bboxSql(b: Bind, [minLon, minLat, maxLon, maxLat]: BBox, lat: string, lon: string): string {
  const lons = minLon <= maxLon ? `${lon} BETWEEN ${b.add(minLon)} AND ${b.add(maxLon)}` : `(${lon} >= ${b.add(minLon)} OR ${lon} <= ${b.add(maxLon)})`;
  return `(${lat} BETWEEN ${b.add(minLat)} AND ${b.add(maxLat)} AND ${lons})`;
}

/**
 * Ids inside a box from an R-tree of points (place_sites_geo): the index narrows, the exact test
 * on the columns decides. A box with minLon > maxLon wraps across the antimeridian.
 */
function rtreeBox(b: Bind, [minLon, minLat, maxLon, maxLat]: BBox, rtree: string, id: string): string {
  const lats = `min_lat <= ${b.add(maxLat)} AND max_lat >= ${b.add(minLat)}`;
  const lons = minLon <= maxLon
    ? `min_lon <= ${b.add(maxLon)} AND max_lon >= ${b.add(minLon)}`
    : `(max_lon >= ${b.add(minLon)} OR min_lon <= ${b.add(maxLon)})`;
  return `${id} IN (SELECT id FROM ${rtree} WHERE ${lats} AND ${lons})`;
}

/** Events with their article; location and reporting side are stored with the event (see event-location.ts). */
const EVENT_SELECT = `SELECT e.*, a.date AS article_date, a.source AS article_source
  FROM events e JOIN articles a ON a.id = e.article_id`;

const MIGRATIONS = repoPath("src/store/migrations/sqlite");

/** Brackets each search term in a claim's text, as FTS snippets do for articles. */
function markTerms(text: string, terms: string[]): string {
  let out = text;
  for (const term of terms) {
    const at = out.toLowerCase().indexOf(term.toLowerCase());
    if (at >= 0) out = `${out.slice(0, at)}[${out.slice(at, at + term.length)}]${out.slice(at + term.length)}`;
  }
  return out;
}

/** Applies the migration files not yet recorded, each in its own transaction. */
function migrate(db: Database.Database): void {
  db.exec("CREATE TABLE IF NOT EXISTS schema_migrations (version TEXT PRIMARY KEY, applied_at TEXT NOT NULL)");
  const applied = new Set((db.prepare("SELECT version FROM schema_migrations").all() as { version: string }[]).map((r) => r.version));
  const files = readdirSync(MIGRATIONS).filter((f) => /^\d+_.*\.sql$/.test(f)).sort();
  for (const file of files) {
    if (applied.has(file)) continue;
    const sql = readFileSync(join(MIGRATIONS, file), "utf8");
    db.transaction(() => {
      db.exec(sql);
      db.prepare("INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)").run(file, new Date().toISOString());
    })();
  }
}

/** An article's mentions of one place site: its first mention's row id, how many, the largest GeoNames id. */
/** A map site: where a place mention with coordinates is drawn. */
interface Site {
  name: string;
  country: string | null;
  lat: number;
  lon: number;
  precision: string;
  geonameid: number | null;
}

interface SiteMentions {
  firstId: number;
  site: Site;
  mentions: number;
  geonameid: number | null;
}

function siteOf(place: RowValues): Site | null {
  const lat = place[PLACE.lat] as number | null;
  const lon = place[PLACE.lon] as number | null;
  if (lat === null || lon === null) return null;
  return {
    name: place[PLACE.name] as string, country: place[PLACE.country] as string | null, lat, lon,
    precision: place[PLACE.precision] as string, geonameid: place[PLACE.geonameid] as number | null,
  };
}

/** A place row as SQLite returns it: the lists as JSON text. */
type PlaceDbRow = Omit<PlaceRow, "article_ids" | "sources"> & { article_ids: string; sources: string };

function placeRow(r: PlaceDbRow): PlaceRow {
  return {
    ...r,
    article_ids: newestIds(JSON.parse(r.article_ids) as number[]),
    sources: (JSON.parse(r.sources) as (string | null)[]).filter((x): x is string => x !== null).sort(),
  };
}

/** SQLite keeps a claim's hedges as JSON text. */
type SqliteClaimRow = Omit<ClaimDbRow, "hedges"> & { hedges: string };

function sqliteClaim(r: SqliteClaimRow): ClaimRow {
  return claimFromRow({ ...r, hedges: JSON.parse(r.hedges) as string[] });
}

export class SqliteStore implements Store {
  readonly engine = "sqlite" as const;
  private readonly db: Database.Database;
  private readonly statements;
  private readonly insertMany: (items: PutItem[]) => PutResult[];
  private readonly fts: FtsBatcher;
  /** The ledger kept in this database's tables, once opened. */
  private ledger: Ledger | null = null;

  constructor(readonly path: string) {
    try {
      this.db = new Database(path);
    } catch (error) {
      throw new StoreError(`${path}: cannot open the SQLite ledger (${(error as Error).message})`);
    }
    try {
      this.db.pragma("journal_mode = WAL");
      this.db.pragma("synchronous = NORMAL");
      // Copy the write-ahead log into the database every ~40 MB rather than every 4 MB: an ingest
      // rewrites the same index pages batch after batch, and each copy writes a page once however
      // often it changed (storing thread, 4,500 articles, medians of three: 1.09 -> 0.92 ms an article).
      this.db.pragma("wal_autocheckpoint = 10000");
      // A 64 MB page cache rather than SQLite's 2 MB: each stored claim, event and place touches
      // pages of a dozen indexes at scattered keys, and with 2 MB they were read back and evicted
      // again batch after batch (store, ledger filing and save, 10,000 articles: 2.63 -> 2.14 ms).
      this.db.pragma("cache_size = -65536");
      this.db.pragma("foreign_keys = ON");
      this.db.pragma("busy_timeout = 5000");
      migrate(this.db);
    } catch (error) {
      this.db.close();
      throw new StoreError(`${path}: not a Crosscheck ledger or damaged (${(error as Error).message})`);
    }
    const db = this.db;
    this.fts = new FtsBatcher(db);
    this.statements = {
      findHash: db.prepare("SELECT id FROM articles WHERE hash = ?"),
      insertArticle: db.prepare(`INSERT INTO articles (hash, ext_id, date, source, title, url, text, extraction, ingested_at)
        VALUES (@hash, @ext_id, @date, @source, @title, @url, @text, @extraction, @ingested_at)`),
      insertClaim: db.prepare(`INSERT INTO claims (article_id, local_id, parent_local_id, sentence, source_text, source_start, source_end,
        source_actor, source_unnamed, source_affiliation, cue_text, cue_start, cue_end, content_text, content_start, content_end,
        claim_time, channel, polarity, hedges, kind) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
      insertEvent: db.prepare(`INSERT INTO events (article_id, local_id, type, mode, trigger_text, trigger_start, trigger_end, actor, target,
        place, event_time, claim_local_id, loc_name, loc_country, loc_lat, loc_lon, loc_precision, loc_basis, claim_side, loc_cell)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
      insertPlace: db.prepare(`INSERT INTO places (article_id, text, start, end, name, geonameid, country, lat, lon, precision)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
      upsertSite: db.prepare(`INSERT INTO place_sites (id, name, country, lat, lon, precision, geonameid, mentions, articles, first_date, last_date)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)
        ON CONFLICT (name, country, lat, lon, precision) DO UPDATE SET
          mentions = mentions + excluded.mentions, articles = articles + 1,
          geonameid = coalesce(max(geonameid, excluded.geonameid), geonameid, excluded.geonameid),
          first_date = min(first_date, excluded.first_date), last_date = max(last_date, excluded.last_date)
        RETURNING id`),
      insertSiteArticle: db.prepare("INSERT INTO place_site_articles (site_id, article_id) VALUES (?, ?)"),
      insertSiteSource: db.prepare("INSERT OR IGNORE INTO place_site_sources (site_id, source) VALUES (?, ?)"),
      insertSiteGeo: db.prepare("INSERT INTO place_sites_geo (id, min_lat, max_lat, min_lon, max_lon) VALUES (?, ?, ?, ?, ?)"),
      getArticle: db.prepare(`SELECT a.*, (SELECT count(*) FROM claims c WHERE c.article_id = a.id) AS claims,
        (SELECT count(*) FROM events e WHERE e.article_id = a.id) AS events FROM articles a WHERE a.id = ?`),
    };
    const insertOne = ({ article, rows, hash, packed }: PutItem): PutResult => {
      const known = this.statements.findHash.get(hash) as { id: number } | undefined;
      if (known) return { id: known.id, inserted: false };
      const info = this.statements.insertArticle.run({
        hash, ext_id: article.id, date: article.date, source: article.source, title: article.title, url: article.url,
        text: article.text, extraction: packed ?? packJson(rows.json), ingested_at: new Date().toISOString(),
      });
      const articleId = Number(info.lastInsertRowid);
      // Positional parameters: binding an object by name costs more per row on this hot path.
      const { insertClaim, insertEvent, insertPlace } = this.statements;
      for (const c of rows.claims) insertClaim.run(articleId, ...c);
      for (const e of rows.events) {
        const lat = e[EVENT.lat] as number | null;
        const lon = e[EVENT.lon] as number | null;
        insertEvent.run(articleId, ...e, lat !== null && lon !== null ? gridCell(lat, lon) : null);
      }
      const sites = new Map<string, SiteMentions>();
      for (const p of rows.places) {
        const id = Number(insertPlace.run(articleId, ...p).lastInsertRowid);
        const site = siteOf(p);
        if (site === null) continue;
        const key = `${site.name}\u0000${site.country ?? ""}\u0000${site.lat}\u0000${site.lon}\u0000${site.precision}`;
        const known = sites.get(key);
        if (!known) sites.set(key, { firstId: id, site, mentions: 1, geonameid: site.geonameid });
        else {
          known.mentions++;
          if (site.geonameid !== null && (known.geonameid === null || site.geonameid > known.geonameid)) known.geonameid = site.geonameid;
        }
      }
      this.addToSites(articleId, article, [...sites.values()]);
      return { id: articleId, inserted: true };
    };
    // A commit costs far more than the rows of one article (WAL frames for every index touched), so
    // a batch shares one.
    this.insertMany = db.transaction((items: PutItem[]): PutResult[] => items.map(insertOne));
  }

  /**
   * Adds a newly stored article's places to the sites the map lists (migration 008): each site
   * once per article, so its article count is a plain increment.
   */
  private addToSites(articleId: number, article: Article, sites: SiteMentions[]): void {
    const { upsertSite, insertSiteArticle, insertSiteSource, insertSiteGeo } = this.statements;
    for (const { firstId, site: p, mentions, geonameid } of sites) {
      const { id } = upsertSite.get(firstId, p.name, p.country ?? "", p.lat, p.lon, p.precision, geonameid, mentions, article.date, article.date) as { id: number };
      insertSiteArticle.run(id, articleId);
      if (article.source !== null) insertSiteSource.run(id, article.source);
      if (id === firstId) insertSiteGeo.run(id, p.lat, p.lat, p.lon, p.lon);
    }
  }

  async putArticles(items: PutItem[]): Promise<PutResult[]> {
    const results = this.insertMany(items);
    results.forEach((result, i) => {
      if (result.inserted) this.fts.add(result.id, items[i]!.article.title, items[i]!.article.text);
    });
    return results;
  }

  async getArticle(id: number): Promise<ArticleDetail | null> {
    const row = this.statements.getArticle.get(id) as (ArticleRow & { text: string; extraction: string | Uint8Array }) | undefined;
    if (!row) return null;
    return {
      id: row.id, ext_id: row.ext_id, date: row.date, source: row.source, title: row.title, url: row.url, claims: row.claims, events: row.events,
      text: row.text, extraction: unpackExtraction(row.extraction, articleOf(row)),
    };
  }

  async listArticles(filter: ListFilter): Promise<ArticleRow[]> {
    this.fts.flush();
    const b = new Bind();
    const where: string[] = [`a.id > ${b.add(filter.after ?? 0)}`];
    if (filter.since) where.push(`a.date >= ${b.add(filter.since)}`);
    if (filter.until) where.push(`a.date <= ${b.add(filter.until)}`);
    if (filter.source) where.push(`lower(a.source) = lower(${b.add(filter.source)})`);
    if (filter.text !== undefined) where.push(`a.id IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ${b.add(ftsMatch(filter.text))})`);
    if (filter.place || filter.bbox) {
      const near = [filter.place ? `lower(p.name) = lower(${b.add(filter.place)})` : "1", filter.bbox ? bboxSql(b, filter.bbox, "p.lat", "p.lon") : "1"];
      where.push(`EXISTS (SELECT 1 FROM places p WHERE p.article_id = a.id AND ${near.join(" AND ")})`);
    }
    const sql = `SELECT a.id, a.ext_id, a.date, a.source, a.title, a.url,
      (SELECT count(*) FROM claims c WHERE c.article_id = a.id) AS claims,
      (SELECT count(*) FROM events e WHERE e.article_id = a.id) AS events
      FROM articles a WHERE ${where.join(" AND ")} ORDER BY a.id LIMIT ${b.add(clampLimit(filter.limit))}`;
    return this.db.prepare(sql).all(b.values) as ArticleRow[];
  }

  async listClaims(filter: ListFilter): Promise<ClaimRow[]> {
    this.fts.flush();
    const b = new Bind();
    const where: string[] = [`c.id > ${b.add(filter.after ?? 0)}`];
    if (filter.since) where.push(`c.claim_time >= ${b.add(filter.since)}`);
    if (filter.until) where.push(`c.claim_time <= ${b.add(filter.until)}`);
    if (filter.reportedSince) where.push(`a.date >= ${b.add(filter.reportedSince)}`);
    if (filter.reportedUntil) where.push(`a.date <= ${b.add(filter.reportedUntil)}`);
    if (filter.article !== undefined) where.push(`c.article_id = ${b.add(filter.article)}`);
    if (filter.source) {
      const s = b.add(filter.source);
      where.push(`(lower(c.source_actor) = lower(${s}) OR lower(c.source_unnamed) = lower(${s}) OR lower(c.source_text) LIKE '%' || lower(${s}) || '%' OR lower(a.source) = lower(${s}))`);
    }
    if (filter.actor) where.push(`lower(c.source_actor) = lower(${b.add(filter.actor)})`);
    if (filter.side) where.push(`c.source_affiliation = upper(${b.add(filter.side)})`);
    if (filter.claimKind) where.push(`c.kind = lower(${b.add(filter.claimKind)})`);
    if (filter.text !== undefined) {
      // As in search(): claims of the articles the full-text index matches, with every word in the source or content.
      where.push(`c.article_id IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ${b.add(ftsMatch(filter.text))})`);
      for (const t of ftsTerms(filter.text)) where.push(`instr(lower(c.source_text || ' ' || c.content_text), lower(${b.add(t)})) > 0`);
    }
    if (filter.keys) where.push(`(c.article_id || '/' || c.local_id) IN (SELECT value FROM json_each(${b.add(JSON.stringify(filter.keys))}))`);
    if (filter.place || filter.bbox) {
      // A place mentioned inside the claim: between the first and the last of its source, cue and content.
      const near = [filter.place ? `lower(p.name) = lower(${b.add(filter.place)})` : "1", filter.bbox ? bboxSql(b, filter.bbox, "p.lat", "p.lon") : "1"];
      where.push(`EXISTS (SELECT 1 FROM places p WHERE p.article_id = c.article_id AND p.start >= min(c.source_start, c.cue_start, c.content_start)
        AND p.end <= max(c.source_end, c.cue_end, c.content_end) AND ${near.join(" AND ")})`);
    }
    const sql = `SELECT c.*, a.date AS article_date, a.source AS article_source, a.title AS article_title
      FROM claims c JOIN articles a ON a.id = c.article_id WHERE ${where.join(" AND ")} ORDER BY c.id LIMIT ${b.add(clampLimit(filter.limit))}`;
    return (this.db.prepare(sql).all(b.values) as SqliteClaimRow[]).map(sqliteClaim);
  }

  async listEvents(filter: ListFilter): Promise<EventRow[]> {
    const b = new Bind();
    const where: string[] = [`x.id > ${b.add(filter.after ?? 0)}`];
    if (filter.since) where.push(`coalesce(x.event_time, x.article_date) >= ${b.add(filter.since)}`);
    if (filter.until) where.push(`coalesce(x.event_time, x.article_date) <= ${b.add(filter.until)}`);
    if (filter.reportedSince) where.push(`x.article_date >= ${b.add(filter.reportedSince)}`);
    if (filter.reportedUntil) where.push(`x.article_date <= ${b.add(filter.reportedUntil)}`);
    if (filter.article !== undefined) where.push(`x.article_id = ${b.add(filter.article)}`);
    if (filter.source) {
      const s = b.add(filter.source);
      where.push(`(lower(x.actor) = lower(${s}) OR lower(x.article_source) = lower(${s}))`);
    }
    if (filter.actor) {
      const s = b.add(filter.actor);
      where.push(`(lower(x.actor) = lower(${s}) OR lower(x.target) = lower(${s}))`);
    }
    if (filter.side) where.push(`x.claim_side = upper(${b.add(filter.side)})`);
    if (filter.type) {
      const [type, mode] = filter.type.split("/", 2);
      where.push(`x.type = upper(${b.add(type)})`);
      if (mode !== undefined) where.push(`x.mode = lower(${b.add(mode)})`);
    }
    if (filter.place) {
      const s = b.add(filter.place);
      where.push(`(lower(x.place) = lower(${s}) OR lower(x.loc_name) = lower(${s}))`);
    }
    if (filter.bbox) {
      const cells = cellsInBox(filter.bbox);
      // As a set of ids, which SQLite walks in id order and stops at the page's end; matching the
      // cell directly would fetch and sort every event in the box first.
      if (cells) where.push(`x.id IN (SELECT id FROM events WHERE loc_cell IN (SELECT value FROM json_each(${b.add(JSON.stringify(cells))})))`);
      where.push(bboxSql(b, filter.bbox, "x.loc_lat", "x.loc_lon"));
    }
    if (filter.text !== undefined) {
      const words = ftsTerms(filter.text);
      if (words.length === 0) where.push("0");
      for (const w of words) {
        where.push(`lower(x.trigger_text || ' ' || coalesce(x.actor, '') || ' ' || coalesce(x.target, '') || ' ' || coalesce(x.place, '') || ' '
          || x.type || ' ' || coalesce(x.mode, '')) LIKE ${b.add(likePattern(w))} ESCAPE '\\'`);
      }
    }
    if (filter.keys) where.push(`(x.article_id || '/' || x.local_id) IN (SELECT value FROM json_each(${b.add(JSON.stringify(filter.keys))}))`);
    const sql = `SELECT * FROM (${EVENT_SELECT}) x WHERE ${where.join(" AND ")} ORDER BY x.id LIMIT ${b.add(clampLimit(filter.limit))}`;
    return (this.db.prepare(sql).all(b.values) as EventDbRow[]).map(eventFromRow);
  }

  async listPlaces(filter: ListFilter): Promise<PlaceRow[]> {
    // Counts over a date range or one article need the mentions themselves; otherwise the sites
    // aggregated at insert time answer (migration 008).
    return filter.since || filter.until || filter.article !== undefined ? this.placesFromMentions(filter) : this.placesFromSites(filter);
  }

  private placesFromSites(filter: ListFilter): PlaceRow[] {
    const b = new Bind();
    const where: string[] = [`s.id > ${b.add(filter.after ?? 0)}`];
    if (filter.place) where.push(`lower(s.name) = lower(${b.add(filter.place)})`);
    if (filter.text !== undefined) where.push(`lower(s.name) LIKE ${b.add(likePattern(filter.text))} ESCAPE '\\'`);
    if (filter.bbox) where.push(rtreeBox(b, filter.bbox, "place_sites_geo", "s.id"), bboxSql(b, filter.bbox, "s.lat", "s.lon"));
    const sql = `SELECT s.id, s.name, s.geonameid, nullif(s.country, '') AS country, s.lat, s.lon, s.precision, s.mentions, s.first_date, s.last_date,
        s.articles,
        (SELECT json_group_array(article_id) FROM (SELECT article_id FROM place_site_articles x WHERE x.site_id = s.id
          ORDER BY article_id DESC LIMIT ${PLACE_ARTICLE_IDS})) AS article_ids,
        (SELECT json_group_array(source) FROM place_site_sources y WHERE y.site_id = s.id) AS sources
      FROM place_sites s WHERE ${where.join(" AND ")} ORDER BY s.id LIMIT ${b.add(clampLimit(filter.limit))}`;
    return (this.db.prepare(sql).all(b.values) as PlaceDbRow[]).map(placeRow);
  }

  private placesFromMentions(filter: ListFilter): PlaceRow[] {
    const b = new Bind();
    const where: string[] = ["p.lat IS NOT NULL", "p.lon IS NOT NULL"];
    // Written as a list of articles so that SQLite starts from the date index, not from every mention.
    if (filter.since || filter.until) {
      const dates = [filter.since ? `date >= ${b.add(filter.since)}` : "1", filter.until ? `date <= ${b.add(filter.until)}` : "1"];
      where.push(`p.article_id IN (SELECT id FROM articles WHERE ${dates.join(" AND ")})`);
    }
    if (filter.article !== undefined) where.push(`p.article_id = ${b.add(filter.article)}`);
    if (filter.place) where.push(`lower(p.name) = lower(${b.add(filter.place)})`);
    if (filter.text !== undefined) where.push(`lower(p.name) LIKE ${b.add(likePattern(filter.text))} ESCAPE '\\'`);
    if (filter.bbox) where.push(bboxSql(b, filter.bbox, "p.lat", "p.lon"));
    const sql = `SELECT min(p.id) AS id, p.name, max(p.geonameid) AS geonameid, p.country, p.lat, p.lon, p.precision, count(*) AS mentions,
        count(DISTINCT p.article_id) AS articles, json_group_array(DISTINCT p.article_id) AS article_ids, json_group_array(DISTINCT a.source) AS sources,
        min(a.date) AS first_date, max(a.date) AS last_date
      FROM places p JOIN articles a ON a.id = p.article_id WHERE ${where.join(" AND ")}
      GROUP BY p.name, p.country, p.lat, p.lon, p.precision HAVING min(p.id) > ${b.add(filter.after ?? 0)}
      ORDER BY min(p.id) LIMIT ${b.add(clampLimit(filter.limit))}`;
    return (this.db.prepare(sql).all(b.values) as PlaceDbRow[]).map(placeRow);
  }

  async listActors(filter: ActorFilter): Promise<ActorRow[]> {
    const b = new Bind();
    const where: string[] = ["c.source_actor IS NOT NULL"];
    if (filter.afterName !== undefined) where.push(`c.source_actor > ${b.add(filter.afterName)}`);
    if (filter.since) where.push(`c.claim_time >= ${b.add(filter.since)}`);
    if (filter.until) where.push(`c.claim_time <= ${b.add(filter.until)}`);
    if (filter.text !== undefined) where.push(`lower(c.source_actor) LIKE ${b.add(likePattern(filter.text))} ESCAPE '\\'`);
    // The side an actor speaks for: the affiliation most of its claims carry.
    const side = `(SELECT c2.source_affiliation FROM claims c2 WHERE c2.source_actor = c.source_actor AND c2.source_affiliation IS NOT NULL
      GROUP BY c2.source_affiliation ORDER BY count(*) DESC, c2.source_affiliation LIMIT 1)`;
    const having = filter.side ? `HAVING lower(${side}) = lower(${b.add(filter.side)})` : "";
    const sql = `SELECT c.source_actor AS name, ${side} AS affiliation, count(*) AS claims, count(DISTINCT c.article_id) AS articles,
        min(c.claim_time) AS first_date, max(c.claim_time) AS last_date
      FROM claims c WHERE ${where.join(" AND ")} GROUP BY c.source_actor ${having} ORDER BY c.source_actor LIMIT ${b.add(clampLimit(filter.limit))}`;
    return this.db.prepare(sql).all(b.values) as ActorRow[];
  }

  async search(query: string, limit: number): Promise<SearchHit[]> {
    this.fts.flush();
    const terms = ftsTerms(query);
    if (terms.length === 0) return [];
    const match = terms.map((t) => `"${t.replace(/"/g, '""')}"`).join(" ");
    const n = clampLimit(limit);
    const articles = this.db.prepare(`SELECT NULL AS claim_id, a.id AS article_id, a.date, a.source, a.title,
        snippet(articles_fts, 1, '[', ']', '…', 12) AS snippet
      FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid WHERE articles_fts MATCH ? ORDER BY rank LIMIT ?`).all(match, n) as Omit<SearchHit, "kind">[];
    // Claims are searched within the matching articles: every term must be in the source or content.
    const termClause = terms.map(() => "instr(lower(c.source_text || ' ' || c.content_text), lower(?)) > 0").join(" AND ");
    const claimRows = articles.length === 0 ? [] : this.db.prepare(`SELECT c.id AS claim_id, c.article_id, a.date, a.source, a.title, c.content_text AS snippet
      FROM claims c JOIN articles a ON a.id = c.article_id
      WHERE c.article_id IN (SELECT value FROM json_each(?)) AND ${termClause} ORDER BY c.id LIMIT ?`)
      .all(JSON.stringify(articles.map((h) => h.article_id)), ...terms, n) as Omit<SearchHit, "kind">[];
    const claims = claimRows.map((h) => ({ ...h, snippet: markTerms(h.snippet, terms) }));
    return [...claims.map((h) => ({ ...h, kind: "claim" as const })), ...articles.map((h) => ({ ...h, kind: "article" as const }))].slice(0, n);
  }

  async storedArticles(afterId: number, limit: number): Promise<StoredArticle[]> {
    return this.articlesAfter(afterId, limit, false);
  }

  /** Stored articles in id order after `afterId`; `unfiled`: only those the ledger lacks. */
  private articlesAfter(afterId: number, limit: number, unfiled: boolean): StoredArticle[] {
    const filter = unfiled ? "AND NOT EXISTS (SELECT 1 FROM ledger_articles l WHERE l.id = a.id)" : "";
    const rows = this.db.prepare(`SELECT id, ext_id, date, source, title, url, text, extraction FROM articles a WHERE id > ? ${filter} ORDER BY id LIMIT ?`)
      .all(afterId, limit) as (ArticleColumns & { id: number; extraction: string | Uint8Array })[];
    return rows.map(storedArticleOf);
  }

  async putPlaces(records: GazetteerRecord[]): Promise<number> {
    const put = this.db.prepare("INSERT INTO imported_places (geonameid, record) VALUES (?, ?) ON CONFLICT (geonameid) DO UPDATE SET record = excluded.record");
    const withIds = records.filter((r) => r.geonameid !== null);
    this.db.transaction(() => {
      for (const r of withIds) put.run(r.geonameid, JSON.stringify(r));
    })();
    return withIds.length;
  }

  async importedPlaces(): Promise<GazetteerRecord[]> {
    return (this.db.prepare("SELECT record FROM imported_places ORDER BY geonameid").all() as { record: string }[]).map((r) => JSON.parse(r.record) as GazetteerRecord);
  }

  async openLedger(options: { rebuild?: boolean } = {}): Promise<Ledger> {
    const ledger = this.ownLedger();
    if (options.rebuild) ledger.clear();
    // Stored articles the ledger lacks: all of them after an upgrade emptied it, or the last batch
    // when a run stopped between storing articles and filing them.
    await fillLedger(ledger, (after, limit) => this.articlesAfter(after, limit, true));
    return ledger;
  }

  async saveLedger(ledger: Ledger): Promise<void> {
    ledger.commit();
    this.db.prepare(`INSERT INTO ledger_snapshot (id, built_at, articles) VALUES (1, ?, ?)
      ON CONFLICT (id) DO UPDATE SET built_at = excluded.built_at, articles = excluded.articles`).run(new Date().toISOString(), ledger.size);
  }

  async ledgerInfo(): Promise<LedgerInfo | null> {
    return (this.db.prepare("SELECT built_at, articles FROM ledger_snapshot WHERE id = 1").get() as LedgerInfo | undefined) ?? null;
  }

  async loadLedger(options: SnapshotOptions = {}): Promise<(LedgerInfo & { snapshot: LedgerSnapshot }) | null> {
    const info = await this.ledgerInfo();
    if (info === null) return null;
    const ledger = await this.openLedger();
    if (ledger.commit() > 0 || info.articles !== ledger.size) await this.saveLedger(ledger);
    return { ...(await this.ledgerInfo())!, snapshot: ledger.snapshot(options) };
  }

  async ledgerItem(kind: keyof LedgerSnapshot, id: string): Promise<unknown> {
    // Not openLedger: looking for unfiled articles scans every stored one (a quarter of a second at
    // 100,000), and what was stored is filed by the ingest that stored it.
    return this.ownLedger().item(kind, id);
  }

  /** The ledger kept in this database's tables, as it stands (nothing filed by asking for it). */
  private ownLedger(): Ledger {
    this.ledger ??= new Ledger({ db: this.db });
    return this.ledger;
  }

  async counts(): Promise<Counts> {
    const one = (table: string): number => (this.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
    return { articles: one("articles"), claims: one("claims"), events: one("events"), places: one("places") };
  }

  async close(): Promise<void> {
    if (this.db.open) this.fts.flush();
    if (this.db.open) this.db.close();
  }

}
