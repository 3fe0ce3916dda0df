// The ledger's state as SQLite tables, so that it lives on disk beside the articles and an ingest
// touches only what the new articles change: the facts of every article under the key they are
// derived by, the MinHash signatures that find wire copies (their band index is in memory: band-index.ts), the wire graph with each
// article's group, the keys whose derived output is stale, and that output, row by row.
// The tables are a cache of what the stored extractions imply: stamped with a fingerprint of the
// ledger rules and format, and emptied (to be refilled from the store) when the stamp differs.
import type Database from "better-sqlite3";
import type { FactKind, FactRow } from "./prepare.js";

/** A dirty key's kind: one of the fact kinds, or a wire group (key: its id). */
export type DirtyKind = FactKind | typeof WIRE_GROUP;
export const WIRE_GROUP = 3;

/**
 * The output rows holding an event cluster's merge records (sort: the cluster's id), kept apart from
 * the cluster so that a lean read never loads them: on a large ledger they are most of its bytes.
 */
export const EVENT_MERGES = "eventMerges";

export interface OutputRow {
  /** The snapshot list it belongs to (observations, verdicts ...). */
  kind: string;
  /** Its place in that list. */
  sort: string;
  body: string;
}

const SCHEMA = `
CREATE TABLE IF NOT EXISTS ledger_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS ledger_articles (id INTEGER PRIMARY KEY, date TEXT NOT NULL, grp INTEGER NOT NULL, signature BLOB NOT NULL);
CREATE INDEX IF NOT EXISTS ledger_articles_grp ON ledger_articles (grp);
CREATE TABLE IF NOT EXISTS ledger_facts (kind INTEGER NOT NULL, key TEXT NOT NULL, article_id INTEGER NOT NULL, body TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS ledger_facts_key ON ledger_facts (kind, key);
CREATE INDEX IF NOT EXISTS ledger_facts_article ON ledger_facts (article_id);
CREATE TABLE IF NOT EXISTS ledger_edges (a INTEGER NOT NULL, b INTEGER NOT NULL, sim REAL NOT NULL, PRIMARY KEY (a, b)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS ledger_dirty (kind INTEGER NOT NULL, key TEXT NOT NULL, PRIMARY KEY (kind, key)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS ledger_out (src INTEGER NOT NULL, key TEXT NOT NULL, kind TEXT NOT NULL, sort TEXT NOT NULL, body TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS ledger_out_src ON ledger_out (src, key);
CREATE INDEX IF NOT EXISTS ledger_out_kind ON ledger_out (kind, sort);
CREATE TABLE IF NOT EXISTS ledger_changed (src INTEGER NOT NULL, key TEXT NOT NULL, PRIMARY KEY (src, key)) WITHOUT ROWID;
`;

const STATE_TABLES = ["ledger_articles", "ledger_facts", "ledger_edges", "ledger_dirty", "ledger_out", "ledger_changed"];

/** A key whose output was re-derived. */
export interface OutputKey {
  src: DirtyKind;
  key: string;
}

function prepare(db: Database.Database) {
  return {
    count: db.prepare("SELECT count(*) AS n FROM ledger_articles").pluck(),
    has: db.prepare("SELECT 1 FROM ledger_articles WHERE id = ?").pluck(),
    signature: db.prepare("SELECT signature FROM ledger_articles WHERE id = ?").pluck(),
    group: db.prepare("SELECT grp FROM ledger_articles WHERE id = ?").pluck(),
    members: db.prepare("SELECT id, date FROM ledger_articles WHERE grp = ? ORDER BY id"),
    insertArticle: db.prepare("INSERT INTO ledger_articles (id, date, grp, signature) VALUES (?, ?, ?, ?)"),
    setGroup: db.prepare("UPDATE ledger_articles SET grp = ? WHERE id = ?"),
    deleteArticle: db.prepare("DELETE FROM ledger_articles WHERE id = ?"),
    signatures: db.prepare("SELECT id, signature FROM ledger_articles"),
    ids: db.prepare("SELECT id FROM ledger_articles ORDER BY id").pluck(),
    insertEdge: db.prepare("INSERT OR REPLACE INTO ledger_edges (a, b, sim) VALUES (?, ?, ?)"),
    edges: db.prepare("SELECT b, sim FROM ledger_edges WHERE a = ?"),
    deleteEdges: db.prepare("DELETE FROM ledger_edges WHERE a = ? OR b = ?"),
    insertFact: db.prepare("INSERT INTO ledger_facts (kind, key, article_id, body) VALUES (?, ?, ?, ?)"),
    facts: db.prepare(`SELECT f.article_id AS articleId, f.body, a.grp FROM ledger_facts f JOIN ledger_articles a ON a.id = f.article_id
      WHERE f.kind = ? AND f.key = ?`),
    deleteFacts: db.prepare("DELETE FROM ledger_facts WHERE article_id = ?"),
    markDirty: db.prepare("INSERT OR IGNORE INTO ledger_dirty (kind, key) VALUES (?, ?)"),
    markArticleDirty: db.prepare("INSERT OR IGNORE INTO ledger_dirty (kind, key) SELECT DISTINCT kind, key FROM ledger_facts WHERE article_id = ?"),
    markGroupDirty: db.prepare(`INSERT OR IGNORE INTO ledger_dirty (kind, key)
      SELECT DISTINCT f.kind, f.key FROM ledger_facts f JOIN ledger_articles a ON a.id = f.article_id WHERE a.grp = ?`),
    relabelGroup: db.prepare("UPDATE ledger_articles SET grp = ? WHERE grp = ?"),
    dirtyPage: db.prepare("SELECT kind, key FROM ledger_dirty ORDER BY kind, key LIMIT ?"),
    clean: db.prepare("DELETE FROM ledger_dirty WHERE kind = ? AND key = ?"),
    deleteOut: db.prepare("DELETE FROM ledger_out WHERE src = ? AND key = ?"),
    insertOut: db.prepare("INSERT INTO ledger_out (src, key, kind, sort, body) VALUES (?, ?, ?, ?, ?)"),
    output: db.prepare("SELECT src, key, kind, sort, body FROM ledger_out ORDER BY kind, sort, body"),
    outputLean: db.prepare("SELECT src, key, kind, sort, body FROM ledger_out WHERE kind <> ? ORDER BY kind, sort, body"),
    outputItem: db.prepare("SELECT body FROM ledger_out WHERE kind = ? AND sort = ? LIMIT 1").pluck(),
    outputOf: db.prepare("SELECT kind, sort, body FROM ledger_out WHERE src = ? AND key = ?"),
    outputPage: db.prepare("SELECT rowid AS at, src, key, kind, sort, body FROM ledger_out WHERE rowid > ? ORDER BY rowid LIMIT ?"),
    markChanged: db.prepare("INSERT OR IGNORE INTO ledger_changed (src, key) VALUES (?, ?)"),
    changed: db.prepare("SELECT src, key FROM ledger_changed"),
    forgetChanged: db.prepare("DELETE FROM ledger_changed WHERE src = ? AND key = ?"),
    getMeta: db.prepare("SELECT value FROM ledger_meta WHERE key = ?").pluck(),
    setMeta: db.prepare("INSERT INTO ledger_meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
  };
}

export class LedgerTables {
  private readonly s: ReturnType<typeof prepare>;
  /** SQLite's count of commits by other connections, when last looked at. */
  private dataVersion = -1;

  /** `trackChanges`: log the keys whose output is replaced, for a copy of the output kept elsewhere. */
  constructor(
    readonly db: Database.Database,
    fingerprint: string,
    private readonly trackChanges = false,
  ) {
    db.exec(SCHEMA);
    this.s = prepare(db);
    if (this.s.getMeta.get("fingerprint") !== fingerprint) {
      this.transaction(() => {
        this.clear();
        this.s.setMeta.run("fingerprint", fingerprint);
      });
    }
  }

  /** Has another connection (another process on the same file) committed since the last call? */
  changedElsewhere(): boolean {
    const version = this.db.pragma("data_version", { simple: true }) as number;
    const changed = this.dataVersion !== -1 && version !== this.dataVersion;
    this.dataVersion = version;
    return changed;
  }

  transaction<T>(run: () => T): T {
    return this.db.inTransaction ? run() : this.db.transaction(run)();
  }

  /** Empties the state; the output is rebuilt from whatever is added next. */
  clear(): void {
    for (const t of STATE_TABLES) this.db.exec(`DELETE FROM ${t}`);
  }

  count(): number {
    return this.s.count.get() as number;
  }

  has(id: number): boolean {
    return this.s.has.get(id) !== undefined;
  }

  signature(id: number): Uint32Array {
    return toSignature(this.s.signature.get(id) as Buffer);
  }

  groupOf(id: number): number {
    return (this.s.group.get(id) as number | undefined) ?? id;
  }

  members(group: number): { id: number; date: string }[] {
    return this.s.members.all(group) as { id: number; date: string }[];
  }

  /** Every filed article's id, in order. */
  ids(): number[] {
    return this.s.ids.all() as number[];
  }

  /** Every filed article's signature (to rebuild the band index). */
  *signatures(): Generator<{ id: number; signature: Uint32Array }> {
    for (const row of this.s.signatures.iterate() as IterableIterator<{ id: number; signature: Buffer }>) {
      yield { id: row.id, signature: toSignature(row.signature) };
    }
  }

  /** Stores a new article as a group of its own, with its facts (their keys are marked dirty by the caller). */
  insertArticle(id: number, date: string, signature: Uint32Array, rows: FactRow[]): void {
    this.s.insertArticle.run(id, date, id, Buffer.from(signature.buffer, signature.byteOffset, signature.byteLength));
    for (const r of rows) this.s.insertFact.run(r.kind, r.key, id, r.body);
  }

  /** Deletes an article's state after marking its keys dirty. */
  deleteArticle(id: number): void {
    this.s.markArticleDirty.run(id);
    this.s.deleteFacts.run(id);
    this.s.deleteEdges.run(id, id);
    this.s.deleteArticle.run(id);
  }

  addEdge(a: number, b: number, sim: number): void {
    this.s.insertEdge.run(a, b, sim);
    this.s.insertEdge.run(b, a, sim);
  }

  edges(id: number): { b: number; sim: number }[] {
    return this.s.edges.all(id) as { b: number; sim: number }[];
  }

  setGroup(id: number, group: number, markKeys: boolean): void {
    if (markKeys) this.s.markArticleDirty.run(id);
    this.s.setGroup.run(group, id);
  }

  /** Moves every member of `from` into `to`; their facts' keys become dirty (their group id changed). */
  mergeGroup(from: number, to: number): void {
    this.s.markGroupDirty.run(from);
    this.s.relabelGroup.run(to, from);
  }

  markDirty(kind: DirtyKind, key: string): void {
    this.s.markDirty.run(kind, key);
  }

  dirtyPage(limit: number): { kind: DirtyKind; key: string }[] {
    return this.s.dirtyPage.all(limit) as { kind: DirtyKind; key: string }[];
  }

  /** The facts filed under one key, with each one's article and wire group. */
  facts(kind: FactKind, key: string): { articleId: number; body: string; grp: number }[] {
    return this.s.facts.all(kind, key) as { articleId: number; body: string; grp: number }[];
  }

  /** Replaces the output derived from one key and marks the key clean. */
  replaceOutput(src: DirtyKind, key: string, rows: OutputRow[]): void {
    this.s.deleteOut.run(src, key);
    for (const r of rows) this.s.insertOut.run(src, key, r.kind, r.sort, r.body);
    this.s.clean.run(src, key);
    if (this.trackChanges) this.s.markChanged.run(src, key);
  }

  /** The body of one output item by its list and sort key (an item's id, for lists sorted by id). */
  outputItem(kind: string, sort: string): string | null {
    return (this.s.outputItem.get(kind, sort) as string | undefined) ?? null;
  }

  /** The keys whose output was replaced since they were last forgotten (with trackChanges). */
  changedKeys(): OutputKey[] {
    return this.s.changed.all() as OutputKey[];
  }

  forgetChanged(k: OutputKey): void {
    this.s.forgetChanged.run(k.src, k.key);
  }

  outputOf(k: OutputKey): OutputRow[] {
    return this.s.outputOf.all(k.src, k.key) as OutputRow[];
  }

  /**
   * Every output row with its key, unordered. Read a page at a time, so no statement stays open
   * while the caller works between rows (better-sqlite3 allows no other statement meanwhile).
   */
  *allOutput(): Generator<OutputKey & OutputRow> {
    let after = 0;
    for (;;) {
      const page = this.s.outputPage.all(after, 1000) as (OutputKey & OutputRow & { at: number })[];
      for (const { at: _at, ...row } of page) yield row;
      if (page.length < 1000) return;
      after = page[page.length - 1]!.at;
    }
  }

  /** Every output row with its key, in snapshot order; `lean`: without event clusters' merge records. */
  output(lean: boolean): IterableIterator<OutputKey & OutputRow> {
    return (lean ? this.s.outputLean.iterate(EVENT_MERGES) : this.s.output.iterate()) as IterableIterator<OutputKey & OutputRow>;
  }
}

function toSignature(blob: Buffer): Uint32Array {
  // A copy: the blob's bytes need not be aligned for a Uint32Array view.
  const out = new Uint32Array(blob.byteLength / 4);
  new Uint8Array(out.buffer).set(blob);
  return out;
}
