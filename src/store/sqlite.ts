// The embedded SQLite engine (better-sqlite3): WAL mode, ordered migration files, FTS5 search.
// Every statement is prepared with bound parameters; no user text is ever part of the SQL.
import Database from "better-sqlite3";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Article, Extraction } from "../core/types.js";
import { repoPath } from "../resources/paths.js";
import type { LedgerSnapshot, StoredArticle } from "../ledger/types.js";
import { articleOf, extractionFromJson, extractionJson, type ArticleColumns } from "./extraction-json.js";
import {
  clampLimit, ftsTerms,
  type ArticleDetail, type ArticleRow, type ClaimRow, type Counts, type EventRow, type ListFilter, type PutResult, type SearchHit, type Store,
} from "./store.js";

const MIGRATIONS = repoPath("src/store/migrations/sqlite");

export class StoreError extends Error {}

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

interface ClaimDbRow {
  id: number; article_id: number; article_date: string; article_source: string | null; article_title: string | null;
  local_id: string; parent_local_id: string | null; sentence: number;
  source_text: string; source_start: number; source_end: number; source_actor: string | null; source_unnamed: string | null; source_affiliation: string | null;
  cue_text: string; cue_start: number; cue_end: number; content_text: string; content_start: number; content_end: number;
  claim_time: string; channel: string | null; polarity: string; hedges: string;
}

interface EventDbRow {
  id: number; article_id: number; article_date: string; article_source: string | null; local_id: string; type: string; mode: string | null;
  trigger_text: string; trigger_start: number; trigger_end: number; actor: string | null; target: string | null; place: string | null;
  event_time: string | null; claim_local_id: string | null;
}

function claimFromRow(r: ClaimDbRow): ClaimRow {
  return {
    id: r.id, article_id: r.article_id, article_date: r.article_date, article_source: r.article_source, article_title: r.article_title,
    local_id: r.local_id, parent_local_id: r.parent_local_id, sentence: r.sentence,
    source: { text: r.source_text, start: r.source_start, end: r.source_end, actor: r.source_actor, unnamed: r.source_unnamed, affiliation: r.source_affiliation },
    cue: { text: r.cue_text, start: r.cue_start, end: r.cue_end },
    content: { text: r.content_text, start: r.content_start, end: r.content_end },
    time: r.claim_time, channel: r.channel, polarity: r.polarity, hedges: JSON.parse(r.hedges) as string[],
  };
}

function eventFromRow(r: EventDbRow): EventRow {
  return {
    id: r.id, article_id: r.article_id, article_date: r.article_date, article_source: r.article_source, local_id: r.local_id,
    type: r.type, mode: r.mode, trigger: { text: r.trigger_text, start: r.trigger_start, end: r.trigger_end },
    actor: r.actor, target: r.target, place: r.place, time: r.event_time, claim_local_id: r.claim_local_id,
  };
}

export class SqliteStore implements Store {
  readonly engine = "sqlite" as const;
  private readonly db: Database.Database;
  private readonly statements;
  private readonly insertAll: (article: Article, extraction: Extraction, hash: string) => PutResult;

  constructor(readonly path: string) {
    try {
      this.db = new Database(path);
    } catch (error) {
      throw new StoreError(`${path}: cannot open the SQLite ledger (${(error as Error).message})`);
    }
    try {
      this.db.pragma("journal_mode = WAL");
      this.db.pragma("synchronous = NORMAL");
      this.db.pragma("foreign_keys = ON");
      this.db.pragma("busy_timeout = 5000");
      migrate(this.db);
    } catch (error) {
      this.db.close();
      throw new StoreError(`${path}: not a Crosscheck ledger or damaged (${(error as Error).message})`);
    }
    const db = this.db;
    this.statements = {
      findHash: db.prepare("SELECT id FROM articles WHERE hash = ?"),
      insertArticle: db.prepare(`INSERT INTO articles (hash, ext_id, date, source, title, url, text, extraction, ingested_at)
        VALUES (@hash, @ext_id, @date, @source, @title, @url, @text, @extraction, @ingested_at)`),
      insertArticleFts: db.prepare("INSERT INTO articles_fts (rowid, title, text) VALUES (?, ?, ?)"),
      insertClaim: db.prepare(`INSERT INTO claims (article_id, local_id, parent_local_id, sentence, source_text, source_start, source_end,
        source_actor, source_unnamed, source_affiliation, cue_text, cue_start, cue_end, content_text, content_start, content_end,
        claim_time, channel, polarity, hedges) VALUES (@article_id, @local_id, @parent_local_id, @sentence, @source_text, @source_start,
        @source_end, @source_actor, @source_unnamed, @source_affiliation, @cue_text, @cue_start, @cue_end, @content_text, @content_start,
        @content_end, @claim_time, @channel, @polarity, @hedges)`),
      insertClaimFts: db.prepare("INSERT INTO claims_fts (rowid, source_text, content_text) VALUES (?, ?, ?)"),
      insertEvent: db.prepare(`INSERT INTO events (article_id, local_id, type, mode, trigger_text, trigger_start, trigger_end, actor, target,
        place, event_time, claim_local_id) VALUES (@article_id, @local_id, @type, @mode, @trigger_text, @trigger_start, @trigger_end, @actor,
        @target, @place, @event_time, @claim_local_id)`),
      insertPlace: db.prepare(`INSERT INTO places (article_id, text, start, end, name, geonameid, country, lat, lon, precision)
        VALUES (@article_id, @text, @start, @end, @name, @geonameid, @country, @lat, @lon, @precision)`),
      getArticle: db.prepare(`SELECT a.*, (SELECT count(*) FROM claims c WHERE c.article_id = a.id) AS claims,
        (SELECT count(*) FROM events e WHERE e.article_id = a.id) AS events FROM articles a WHERE a.id = ?`),
    };
    this.insertAll = db.transaction((article: Article, extraction: Extraction, hash: string): PutResult => {
      const known = this.statements.findHash.get(hash) as { id: number } | undefined;
      if (known) return { id: known.id, inserted: false };
      const info = this.statements.insertArticle.run({
        hash, ext_id: article.id, date: article.date, source: article.source, title: article.title, url: article.url,
        text: article.text, extraction: extractionJson(extraction), ingested_at: new Date().toISOString(),
      });
      const articleId = Number(info.lastInsertRowid);
      this.statements.insertArticleFts.run(articleId, article.title ?? "", article.text);
      for (const c of extraction.claims) {
        const row = this.statements.insertClaim.run({
          article_id: articleId, local_id: c.id, parent_local_id: c.parent, sentence: c.sentence,
          source_text: c.source.text, source_start: c.source.start, source_end: c.source.end, source_actor: c.source.actor,
          source_unnamed: c.source.unnamed, source_affiliation: c.source.affiliation,
          cue_text: c.cue.text, cue_start: c.cue.start, cue_end: c.cue.end,
          content_text: c.content.text, content_start: c.content.start, content_end: c.content.end,
          claim_time: c.time, channel: c.channel?.kind ?? null, polarity: c.polarity, hedges: JSON.stringify(c.hedges.map((h) => h.kind)),
        });
        this.statements.insertClaimFts.run(Number(row.lastInsertRowid), c.source.text, c.content.text);
      }
      for (const e of extraction.events) {
        this.statements.insertEvent.run({
          article_id: articleId, local_id: e.id, type: e.type, mode: e.mode, trigger_text: e.trigger.text, trigger_start: e.trigger.start,
          trigger_end: e.trigger.end, actor: e.actor, target: e.target, place: e.place, event_time: e.time, claim_local_id: e.claim,
        });
      }
      for (const p of extraction.places) {
        this.statements.insertPlace.run({
          article_id: articleId, text: p.text, start: p.start, end: p.end, name: p.name, geonameid: p.geonameid, country: p.country,
          lat: p.lat, lon: p.lon, precision: p.precision,
        });
      }
      return { id: articleId, inserted: true };
    });
  }

  async putArticle(article: Article, extraction: Extraction, hash: string): Promise<PutResult> {
    return this.insertAll(article, extraction, hash);
  }

  async getArticle(id: number): Promise<ArticleDetail | null> {
    const row = this.statements.getArticle.get(id) as (ArticleRow & { text: string; extraction: string }) | undefined;
    if (!row) return null;
    return {
      id: row.id, ext_id: row.ext_id, date: row.date, source: row.source, title: row.title, url: row.url, claims: row.claims, events: row.events,
      text: row.text, extraction: extractionFromJson(row.extraction, articleOf(row)),
    };
  }

  async listArticles(filter: ListFilter): Promise<ArticleRow[]> {
    const where: string[] = ["a.id > @after"];
    if (filter.since) where.push("a.date >= @since");
    if (filter.until) where.push("a.date <= @until");
    if (filter.source) where.push("lower(a.source) = lower(@source)");
    const sql = `SELECT a.id, a.ext_id, a.date, a.source, a.title, a.url,
      (SELECT count(*) FROM claims c WHERE c.article_id = a.id) AS claims,
      (SELECT count(*) FROM events e WHERE e.article_id = a.id) AS events
      FROM articles a WHERE ${where.join(" AND ")} ORDER BY a.id LIMIT @limit`;
    return this.db.prepare(sql).all(this.params(filter)) as ArticleRow[];
  }

  async listClaims(filter: ListFilter): Promise<ClaimRow[]> {
    const where: string[] = ["c.id > @after"];
    if (filter.since) where.push("c.claim_time >= @since");
    if (filter.until) where.push("c.claim_time <= @until");
    if (filter.article !== undefined) where.push("c.article_id = @article");
    if (filter.source) {
      where.push("(lower(c.source_actor) = lower(@source) OR lower(c.source_unnamed) = lower(@source) OR lower(c.source_text) LIKE '%' || lower(@source) || '%' OR lower(a.source) = lower(@source))");
    }
    const sql = `SELECT c.*, a.date AS article_date, a.source AS article_source, a.title AS article_title
      FROM claims c JOIN articles a ON a.id = c.article_id WHERE ${where.join(" AND ")} ORDER BY c.id LIMIT @limit`;
    return (this.db.prepare(sql).all(this.params(filter)) as ClaimDbRow[]).map(claimFromRow);
  }

  async listEvents(filter: ListFilter): Promise<EventRow[]> {
    const where: string[] = ["e.id > @after"];
    if (filter.since) where.push("coalesce(e.event_time, a.date) >= @since");
    if (filter.until) where.push("coalesce(e.event_time, a.date) <= @until");
    if (filter.article !== undefined) where.push("e.article_id = @article");
    if (filter.source) where.push("(lower(e.actor) = lower(@source) OR lower(a.source) = lower(@source))");
    const sql = `SELECT e.*, a.date AS article_date, a.source AS article_source FROM events e JOIN articles a ON a.id = e.article_id
      WHERE ${where.join(" AND ")} ORDER BY e.id LIMIT @limit`;
    return (this.db.prepare(sql).all(this.params(filter)) as EventDbRow[]).map(eventFromRow);
  }

  async search(query: string, limit: number): Promise<SearchHit[]> {
    const terms = ftsTerms(query);
    if (terms.length === 0) return [];
    const match = terms.map((t) => `"${t.replace(/"/g, '""')}"`).join(" ");
    const n = clampLimit(limit);
    const claims = this.db.prepare(`SELECT c.id AS claim_id, c.article_id, a.date, a.source, a.title,
        snippet(claims_fts, 1, '[', ']', '…', 12) AS snippet
      FROM claims_fts JOIN claims c ON c.id = claims_fts.rowid JOIN articles a ON a.id = c.article_id
      WHERE claims_fts MATCH ? ORDER BY rank LIMIT ?`).all(match, n) as Omit<SearchHit, "kind">[];
    const articles = this.db.prepare(`SELECT NULL AS claim_id, a.id AS article_id, a.date, a.source, a.title,
        snippet(articles_fts, 1, '[', ']', '…', 12) AS snippet
      FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid WHERE articles_fts MATCH ? ORDER BY rank LIMIT ?`).all(match, n) as Omit<SearchHit, "kind">[];
    return [...claims.map((h) => ({ ...h, kind: "claim" as const })), ...articles.map((h) => ({ ...h, kind: "article" as const }))].slice(0, n);
  }

  async storedArticles(afterId: number, limit: number): Promise<StoredArticle[]> {
    const rows = this.db.prepare("SELECT id, ext_id, date, source, title, url, text, extraction FROM articles WHERE id > ? ORDER BY id LIMIT ?")
      .all(afterId, limit) as (ArticleColumns & { id: number; extraction: string })[];
    return rows.map((row) => {
      const article = articleOf(row);
      return { articleId: row.id, article, extraction: extractionFromJson(row.extraction, article) };
    });
  }

  async saveLedger(snapshot: LedgerSnapshot, articles: number): Promise<void> {
    this.db.prepare(`INSERT INTO ledger_snapshot (id, built_at, articles, snapshot) VALUES (1, ?, ?, ?)
      ON CONFLICT (id) DO UPDATE SET built_at = excluded.built_at, articles = excluded.articles, snapshot = excluded.snapshot`)
      .run(new Date().toISOString(), articles, JSON.stringify(snapshot));
  }

  async loadLedger(): Promise<{ snapshot: LedgerSnapshot; articles: number; built_at: string } | null> {
    const row = this.db.prepare("SELECT built_at, articles, snapshot FROM ledger_snapshot WHERE id = 1").get() as { built_at: string; articles: number; snapshot: string } | undefined;
    return row ? { snapshot: JSON.parse(row.snapshot) as LedgerSnapshot, articles: row.articles, built_at: row.built_at } : null;
  }

  async counts(): Promise<Counts> {
    const one = (table: string): number => (this.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
    return { articles: one("articles"), claims: one("claims"), events: one("events"), places: one("places") };
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }

  private params(filter: ListFilter): Record<string, unknown> {
    return {
      after: filter.after ?? 0,
      limit: clampLimit(filter.limit),
      since: filter.since ?? null,
      until: filter.until ?? null,
      source: filter.source ?? null,
      article: filter.article ?? null,
    };
  }
}
