// PostgreSQL's cross-article ledger. A process keeps a working ledger, the same incremental Ledger
// a SQLite store keeps in its own file, here in a temporary SQLite file, and publishes its derived
// output to the ledger_out table key by key. The first update in a process files every stored
// article and publishes everything; later ones file only the articles stored since and rewrite only
// the keys they touched. Processes (queue workers on several machines) take turns under an advisory
// lock, and each first files what the others stored, so whatever is published was derived from
// every article stored up to then.
import Database from "better-sqlite3";
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type pg from "pg";
import { Ledger, SNAPSHOT_KINDS, emptySnapshot, snapshotItem, type OutputKey, type OutputRow, type SnapshotOptions } from "../ledger/index.js";
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
  dir: string;
  /** Publish the whole output next time, not only the changed keys (a new or rebuilt ledger). */
  publishAll: boolean;
}

type Queryable = Pick<pg.PoolClient, "query">;

export class PostgresLedger {
  private working: Working | null = null;
  /** Updates of this process, one at a time: each publishes the keys the last one left. */
  private turn: Promise<unknown> = Promise.resolve();

  constructor(private readonly pool: pg.Pool) {}

  /** The working ledger with every stored article filed; `rebuild` derives it afresh. */
  async open(rebuild = false): Promise<Ledger> {
    if (this.working === null) {
      removeAbandoned();
      const dir = mkdtempSync(join(tmpdir(), `${WORKING_PREFIX}${process.pid}-`));
      const db = new Database(join(dir, "ledger.db"));
      // A cache of what PostgreSQL holds: nothing is lost if it is, so no journal on disk.
      db.pragma("journal_mode = MEMORY");
      db.pragma("synchronous = OFF");
      this.working = { ledger: new Ledger({ db, trackChanges: true }), db, dir, publishAll: true };
    } else if (rebuild) {
      this.working.ledger.clear();
      this.working.publishAll = true;
    }
    await fileUnfiled(this.working.ledger, this.pool);
    return this.working.ledger;
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
      await fileUnfiled(ledger, client);
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
      const snapshot = emptySnapshot();
      const lists = snapshot as unknown as Record<string, unknown[]>;
      const known = new Set<string>(SNAPSHOT_KINDS);
      await client.query("DECLARE ledger_rows NO SCROLL CURSOR FOR SELECT kind, body FROM ledger_out ORDER BY kind, sort, body");
      for (;;) {
        const { rows } = await client.query<{ kind: string; body: string }>(`FETCH ${PAGE} FROM ledger_rows`);
        // A kind this version does not know is skipped, so a newer ledger still opens.
        for (const row of rows) if (known.has(row.kind)) lists[row.kind]!.push(snapshotItem(row.kind, row.body, options));
        if (rows.length < PAGE) break;
      }
      return { ...head.rows[0]!, snapshot };
    });
  }

  /** One published item by its list and id. */
  async item(kind: string, id: string): Promise<unknown> {
    const { rows } = await this.pool.query<{ body: string }>("SELECT body FROM ledger_out WHERE kind = $1 AND sort = $2 LIMIT 1", [kind, id]);
    return rows.length === 0 ? null : JSON.parse(rows[0]!.body);
  }

  close(): void {
    if (this.working === null) return;
    this.working.db.close();
    rmSync(this.working.dir, { recursive: true, force: true });
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

/** Files the stored articles the ledger lacks (articles are never removed, so equal counts mean none). */
async function fileUnfiled(ledger: Ledger, db: Queryable): Promise<void> {
  const { rows } = await db.query<{ id: number }>("SELECT id FROM articles ORDER BY id");
  if (rows.length === ledger.size) return;
  const missing = rows.map((r) => r.id).filter((id) => !ledger.has(id));
  for (let i = 0; i < missing.length; i += PAGE) {
    ledger.addMany(await queryStored(db, "WHERE id = ANY($1::int[]) ORDER BY id", [missing.slice(i, i + PAGE)]));
  }
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
