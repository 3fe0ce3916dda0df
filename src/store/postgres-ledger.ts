// PostgreSQL's cross-article ledger. A process keeps a working ledger, the same incremental Ledger
// a SQLite store keeps in its own file, here in a SQLite file of the machine's cache, and publishes
// its derived output to the ledger_out table key by key. Each update files only the articles stored
// since the working ledger last saw the database and rewrites only the keys they touched; a new or
// rebuilt working ledger files every article and publishes everything. Processes (queue workers on
// several machines) take turns under an advisory lock, and each first files what the others stored,
// so whatever is published was derived from every article stored up to then.
//
// The cached working ledger is named after the database (its crosscheck_instance row) and used by
// one process at a time (SQLite's exclusive locking mode); another process on the same machine
// meanwhile works in a temporary copy of its own. Which articles it holds is checked against the
// database by id and content hash when a process opens it, so a restored or rewritten database
// never leaves stale facts in it.
import Database from "better-sqlite3";
import { mkdirSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { homedir, tmpdir } from "node:os";
import { join } from "node:path";
import type pg from "pg";
import { EVENT_MERGES, Ledger, SnapshotReader, snapshotItem, type OutputKey, type OutputRow, type SnapshotOptions } from "../ledger/index.js";
import type { LedgerSnapshot } from "../ledger/types.js";
import { queryStored } from "./postgres-stored.js";
import { inTransaction } from "./postgres-transaction.js";
import type { LedgerInfo } from "./store.js";

/** pg_advisory_xact_lock key of ledger updates ("ledger" in ASCII). */
const LEDGER_LOCK = 0x6c6564676572;
/** Articles filed, and output rows written or read, per round trip. */
const PAGE = 1000;
/** Working ledgers live in temporary folders named after their process: crosscheck-ledger-<pid>-<random>. */
const WORKING_PREFIX = "crosscheck-ledger-";

interface Working {
  ledger: Ledger;
  db: Database.Database;
  /** The temporary folder to remove on close; null for the machine's cached copy, which stays. */
  tempDir: string | null;
  filed: FiledHashes;
  /** Publish the whole output next time, not only the changed keys (a new or rebuilt ledger). */
  publishAll: boolean;
}

/** How the last open found the working ledger (for tests and diagnostics). */
export interface WorkingLedgerState {
  /** The machine's cached copy was used (false: a temporary one). */
  cached: boolean;
  /** Articles filed because the working ledger lacked them. */
  filed: number;
  /** Articles taken out because the database no longer holds them as they were filed. */
  removed: number;
}

/** Where a machine keeps working ledgers: $CROSSCHECK_CACHE_DIR, else the user's cache folder. */
export function defaultLedgerCache(): string {
  return process.env.CROSSCHECK_CACHE_DIR || join(process.env.XDG_CACHE_HOME || join(homedir(), ".cache"), "crosscheck");
}

type Queryable = Pick<pg.PoolClient, "query">;

export class PostgresLedger {
  private working: Working | null = null;
  /** Updates of this process, one at a time: each publishes the keys the last one left. */
  private turn: Promise<unknown> = Promise.resolve();
  /** How the last open found the working ledger. */
  state: WorkingLedgerState | null = null;

  /** `cacheDir`: where the machine keeps working ledgers (null: a temporary one per process). */
  constructor(
    private readonly pool: pg.Pool,
    private readonly cacheDir: string | null = defaultLedgerCache(),
  ) {}

  /** The working ledger with every stored article filed; `rebuild` derives it afresh. */
  async open(rebuild = false): Promise<Ledger> {
    let first = false;
    if (this.working === null) {
      removeAbandoned();
      this.working = await this.openWorking();
      first = true;
    }
    const working = this.working;
    if (rebuild) {
      working.db.transaction(() => {
        working.ledger.clear();
        working.filed.clear();
      })();
      working.publishAll = true;
    }
    // Once a process, the copy's articles are checked one by one; later, new ids are enough.
    const { filed, removed } = await fileUnfiled(working, this.pool, first);
    if (working.ledger.size === 0) working.publishAll = true;
    this.state = { cached: working.tempDir === null, filed, removed };
    return working.ledger;
  }

  private async openWorking(): Promise<Working> {
    const cached = this.cacheDir === null ? null : openCached(this.cacheDir, await instanceName(this.pool));
    let tempDir: string | null = null;
    let db = cached;
    if (db === null) {
      tempDir = mkdtempSync(join(tmpdir(), `${WORKING_PREFIX}${process.pid}-`));
      db = new Database(join(tempDir, "ledger.db"));
      // A private copy, removed on close: nothing is lost if it is, so no journal on disk.
      db.pragma("journal_mode = MEMORY");
      db.pragma("synchronous = OFF");
    }
    const ledger = new Ledger({ db, trackChanges: true });
    const filed = new FiledHashes(db);
    // An empty copy (new, or emptied because the rules changed) publishes everything it derives.
    return { ledger, db, tempDir, filed, publishAll: ledger.size === 0 };
  }

  /**
   * Notes the content hash of articles just stored, which the working ledger is about to file, so
   * that a later process can trust its copy of them.
   */
  noteStored(articles: { id: number; hash: string }[]): void {
    const working = this.working;
    if (working === null || articles.length === 0) return;
    working.db.transaction(() => {
      for (const a of articles) working.filed.add(a.id, a.hash);
    })();
  }

  /** Derives what the ledger has marked and publishes it, after filing what other processes stored. */
  publish(ledger: Ledger): Promise<void> {
    const run = this.turn.then(() => this.publishNow(ledger));
    this.turn = run.catch(() => undefined);
    return run;
  }

  private async publishNow(ledger: Ledger): Promise<void> {
    const working = this.working;
    if (working === null || working.ledger !== ledger) throw new Error("a PostgreSQL store publishes only the ledger it opened");
    const published = await inTransaction(this.pool, "BEGIN", async (client) => {
      await client.query("SELECT pg_advisory_xact_lock($1)", [LEDGER_LOCK]);
      await fileUnfiled(working, client, false);
      ledger.commit();
      const keys = ledger.changedKeys();
      if (working.publishAll) await publishAll(client, ledger);
      else await publishKeys(client, ledger, keys);
      await client.query(
        `INSERT INTO ledger_snapshot (id, built_at, articles) VALUES (1, $1, $2)
         ON CONFLICT (id) DO UPDATE SET built_at = excluded.built_at, articles = excluded.articles`,
        [new Date().toISOString(), ledger.size],
      );
      return keys;
    });
    ledger.forgetChanged(published);
    working.publishAll = false;
  }

  async info(): Promise<LedgerInfo | null> {
    const { rows } = await this.pool.query<LedgerInfo>("SELECT built_at, articles FROM ledger_snapshot WHERE id = 1");
    return rows[0] ?? null;
  }

  /** The published output as one snapshot, read from one consistent view a page at a time. */
  async load(options: SnapshotOptions = {}): Promise<(LedgerInfo & { snapshot: LedgerSnapshot }) | null> {
    return inTransaction(this.pool, "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY", async (client) => {
      const head = await client.query<LedgerInfo>("SELECT built_at, articles FROM ledger_snapshot WHERE id = 1");
      if (head.rows.length === 0) return null;
      // Lean: the clusters' merge records are not even read (the kind is this module's constant).
      const where = options.lean ? `WHERE kind <> '${EVENT_MERGES}'` : "";
      await client.query(`DECLARE ledger_rows NO SCROLL CURSOR FOR SELECT kind, sort, body FROM ledger_out ${where} ORDER BY kind, sort, body`);
      const reader = new SnapshotReader(options);
      for (;;) {
        const { rows } = await client.query<OutputRow>(`FETCH ${PAGE} FROM ledger_rows`);
        for (const row of rows) reader.add(row);
        if (rows.length < PAGE) break;
      }
      const snapshot = reader.snapshot;
      return { ...head.rows[0]!, snapshot };
    });
  }

  /** One published item by its list and id. */
  async item(kind: string, id: string): Promise<unknown> {
    const { rows } = await this.pool.query<{ kind: string; body: string }>(
      "SELECT kind, body FROM ledger_out WHERE (kind = $1 OR (kind = $3 AND $1 = 'eventClusters')) AND sort = $2",
      [kind, id, EVENT_MERGES],
    );
    const item = rows.find((r) => r.kind === kind);
    return item ? snapshotItem(kind, item.body, {}, rows.find((r) => r.kind === EVENT_MERGES)?.body ?? null) : null;
  }

  close(): void {
    if (this.working === null) return;
    this.working.db.close();
    if (this.working.tempDir !== null) rmSync(this.working.tempDir, { recursive: true, force: true });
    this.working = null;
  }
}

/**
 * Removes the working ledgers of processes that no longer run (killed before they could close
 * their store), which would otherwise fill the temporary folder one ledger at a time.
 */
function removeAbandoned(): void {
  for (const name of readdirSync(tmpdir())) {
    if (!name.startsWith(WORKING_PREFIX)) continue;
    const pid = Number(name.slice(WORKING_PREFIX.length).split("-")[0]);
    if (!Number.isInteger(pid) || pid <= 0 || pid === process.pid || isRunning(pid)) continue;
    rmSync(join(tmpdir(), name), { recursive: true, force: true });
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, as another user.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** The content hash of every article a working ledger has filed, kept beside it in its file. */
class FiledHashes {
  private readonly s;

  constructor(db: Database.Database) {
    db.exec("CREATE TABLE IF NOT EXISTS pg_filed (id INTEGER PRIMARY KEY, hash TEXT NOT NULL)");
    this.s = {
      all: db.prepare("SELECT id, hash FROM pg_filed"),
      add: db.prepare("INSERT OR REPLACE INTO pg_filed (id, hash) VALUES (?, ?)"),
      remove: db.prepare("DELETE FROM pg_filed WHERE id = ?"),
      clear: db.prepare("DELETE FROM pg_filed"),
    };
  }

  all(): Map<number, string> {
    return new Map((this.s.all.all() as { id: number; hash: string }[]).map((r) => [r.id, r.hash]));
  }

  add(id: number, hash: string): void {
    this.s.add.run(id, hash);
  }

  remove(id: number): void {
    this.s.remove.run(id);
  }

  clear(): void {
    this.s.clear.run();
  }
}

/**
 * Brings the working ledger up to what the database stores. `check` (a process's first look at a
 * copy kept from before): an article the copy holds counts only if its noted content hash is the
 * one stored now; others are taken out and filed again (a restored or rewritten database). Otherwise
 * only the ids it lacks are filed (articles are never removed while processes run, so equal counts
 * mean none).
 */
async function fileUnfiled({ ledger, db, filed }: Working, pgdb: Queryable, check: boolean): Promise<{ filed: number; removed: number }> {
  let missing: number[];
  let removed = 0;
  if (check) {
    const { rows } = await pgdb.query<{ id: number; hash: string }>("SELECT id, hash FROM articles ORDER BY id");
    const stored = new Map(rows.map((r) => [r.id, r.hash]));
    const noted = filed.all();
    const stale = ledger.articleIds().filter((id) => noted.get(id) === undefined || noted.get(id) !== stored.get(id));
    if (stale.length > 0) {
      db.transaction(() => {
        for (const id of stale) ledger.remove(id), filed.remove(id);
      })();
      removed = stale.length;
    }
    missing = rows.filter((r) => !ledger.has(r.id)).map((r) => r.id);
  } else {
    const { rows } = await pgdb.query<{ id: number }>("SELECT id FROM articles ORDER BY id");
    if (rows.length === ledger.size) return { filed: 0, removed: 0 };
    missing = rows.map((r) => r.id).filter((id) => !ledger.has(id));
  }
  for (let i = 0; i < missing.length; i += PAGE) {
    const page = missing.slice(i, i + PAGE);
    const hashes = await pgdb.query<{ id: number; hash: string }>("SELECT id, hash FROM articles WHERE id = ANY($1::int[])", [page]);
    const stored = await queryStored(pgdb, "WHERE id = ANY($1::int[]) ORDER BY id", [page]);
    db.transaction(() => {
      ledger.addMany(stored);
      for (const r of hashes.rows) filed.add(r.id, r.hash);
    })();
  }
  return { filed: missing.length, removed };
}

async function instanceName(pool: pg.Pool): Promise<string> {
  const { rows } = await pool.query<{ name: string }>("SELECT name FROM crosscheck_instance WHERE id = 1");
  return rows[0]!.name;
}

/**
 * The machine's working ledger of one database, locked for this process alone; null when another
 * process (or another store in this one) holds it, or the cache folder cannot be written.
 * A file that does not open as SQLite is replaced: it is only a cache.
 */
function openCached(dir: string, name: string): Database.Database | null {
  if (!/^[0-9a-f]{32}$/.test(name)) return null;
  const path = join(dir, `ledger-${name}.db`);
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
  } catch {
    return null;
  }
  for (let attempt = 0; attempt < 2; attempt++) {
    let db: Database.Database | null = null;
    try {
      db = new Database(path, { timeout: 0 });
      // Exclusive locking mode keeps the file locked from the first write until close, and the
      // operating system releases it if the process dies.
      db.pragma("locking_mode = EXCLUSIVE");
      db.pragma("journal_mode = WAL");
      db.pragma("synchronous = NORMAL");
      db.exec("CREATE TABLE IF NOT EXISTS pg_owner (id INTEGER PRIMARY KEY, pid INTEGER NOT NULL)");
      db.prepare("INSERT OR REPLACE INTO pg_owner (id, pid) VALUES (1, ?)").run(process.pid);
      return db;
    } catch (error) {
      db?.close();
      if ((error as { code?: string }).code === "SQLITE_BUSY") return null;
      if (attempt > 0) return null;
      for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(path + suffix, { force: true });
    }
  }
  return null;
}

async function insertRows(db: Queryable, rows: (OutputKey & OutputRow)[]): Promise<void> {
  if (rows.length === 0) return;
  await db.query("INSERT INTO ledger_out (src, key, kind, sort, body) SELECT * FROM unnest($1::int[], $2::text[], $3::text[], $4::text[], $5::text[])", [
    rows.map((r) => r.src), rows.map((r) => r.key), rows.map((r) => r.kind), rows.map((r) => r.sort), rows.map((r) => r.body),
  ]);
}

async function publishAll(db: Queryable, ledger: Ledger): Promise<void> {
  await db.query("DELETE FROM ledger_out");
  let page: (OutputKey & OutputRow)[] = [];
  for (const row of ledger.allOutput()) {
    page.push(row);
    if (page.length === PAGE) await insertRows(db, page), (page = []);
  }
  await insertRows(db, page);
}

async function publishKeys(db: Queryable, ledger: Ledger, keys: OutputKey[]): Promise<void> {
  for (let i = 0; i < keys.length; i += PAGE) {
    const page = keys.slice(i, i + PAGE);
    await db.query("DELETE FROM ledger_out WHERE (src, key) IN (SELECT * FROM unnest($1::int[], $2::text[]))", [page.map((k) => k.src), page.map((k) => k.key)]);
    await insertRows(db, page.flatMap((k) => ledger.outputOf(k).map((r) => ({ ...k, ...r }))));
  }
}
