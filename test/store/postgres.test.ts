// The store contract against a real PostgreSQL: a throw-away cluster started by this file on
// loopback (see pg-cluster.ts). Missing server binaries fail the run; they are never skipped.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import pg from "pg";
import { extractArticle } from "../../src/core/extract.js";
import { readInputs } from "../../src/input/read.js";
import type { InputItem } from "../../src/input/items.js";
import { buildLedger, emptySnapshot } from "../../src/ledger/index.js";
import { ingestBatch } from "../../src/pipeline/batch.js";
import { defaultResources } from "../../src/resources/index.js";
import { articleRows } from "../../src/store/article-rows.js";
import { articleHash } from "../../src/store/hash.js";
import { openStore } from "../../src/store/open.js";
import { PostgresStore } from "../../src/store/postgres.js";
import type { WorkingLedgerState } from "../../src/store/postgres-ledger.js";
import { StoreError } from "../../src/store/store.js";
import { article, repo } from "../helpers.js";
import { storeContract } from "./contract.js";
import { startCluster, type PgCluster } from "./pg-cluster.js";

let cluster: PgCluster;
before(async () => {
  cluster = await startCluster();
});
after(async () => {
  await cluster?.dispose();
});

async function exampleItems(): Promise<InputItem[]> {
  const items: InputItem[] = [];
  for await (const item of readInputs([repo("examples")], { today: "2099-12-31" })) items.push(item);
  assert.ok(items.length >= 12, "the bundled examples");
  return items;
}

function itemOf(text: string, date: string): InputItem {
  return { article: article(text, date), where: "test" };
}

/** The published ledger is what a build from scratch over every stored article gives. */
async function assertPublished(store: PostgresStore): Promise<void> {
  const loaded = await store.loadLedger();
  const stored = await store.storedArticles(0, 10_000);
  assert.equal(loaded?.articles, stored.length);
  assert.deepEqual(loaded?.snapshot, buildLedger(stored));
}

/** A process's run: opens the store with a kept working ledger, ingests, checks what it published. */
async function ingestSession(url: string, cache: string, slice: InputItem[]): Promise<WorkingLedgerState | null> {
  const store = await PostgresStore.open(url, { ledgerCache: cache });
  try {
    await ingestBatch(slice, store, { threads: 0 });
    await assertPublished(store);
    return store.workingLedger;
  } finally {
    await store.close();
  }
}

/** One query on a connection of its own, beside the stores under test. */
async function queryOnce<T extends pg.QueryResultRow>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

/** The transactions that wrote the published ledger's rows (PostgreSQL's xmin of each row). */
async function rowVersions(url: string): Promise<Set<string>> {
  return new Set((await queryOnce<{ v: string }>(url, "SELECT xmin::text AS v FROM ledger_out")).map((r) => r.v));
}

storeContract("postgres", async () => PostgresStore.open(await cluster.createDatabase()));

describe("postgres engine", () => {
  it("migrates exactly once when several processes open a new database at once", async () => {
    const url = await cluster.createDatabase();
    const stores = await Promise.all(Array.from({ length: 6 }, () => PostgresStore.open(url)));
    await Promise.all(stores.map((s) => s.close()));
    const rows = await queryOnce<{ version: string; n: number }>(url, "SELECT version, count(*)::int AS n FROM schema_migrations GROUP BY version ORDER BY version");
    const files = readdirSync(repo("src/store/migrations/postgres")).filter((f) => f.endsWith(".sql")).sort();
    assert.ok(files.length >= 3);
    assert.deepEqual(rows.map((r) => r.version), files);
    assert.ok(rows.every((r) => r.n === 1));
  });

  it("splits a snapshot saved by an older version into rows when the database is opened", async () => {
    const url = await cluster.createDatabase();
    // A database as version 004 left it: migrations up to 004 and the snapshot as one JSON document.
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    const a = article("Russia said it had shot down 30 drones. Kyiv said 12 were downed.", "2024-08-14");
    const snapshot = buildLedger([{ articleId: 1, article: a, extraction: extractArticle(a, defaultResources()) }]);
    assert.ok(snapshot.observations.length > 0 && snapshot.verdicts.length > 0, "a snapshot with items to split");
    try {
      await client.query("CREATE TABLE schema_migrations (version TEXT PRIMARY KEY, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())");
      for (const file of readdirSync(repo("src/store/migrations/postgres")).filter((f) => f.endsWith(".sql") && f < "005").sort()) {
        await client.query(readFileSync(repo(`src/store/migrations/postgres/${file}`), "utf8"));
        await client.query("INSERT INTO schema_migrations (version) VALUES ($1)", [file]);
      }
      await client.query("INSERT INTO ledger_snapshot (id, built_at, articles, snapshot) VALUES (1, '2026-01-01', 1, $1)", [JSON.stringify(snapshot)]);
    } finally {
      await client.end();
    }
    const store = await PostgresStore.open(url);
    try {
      assert.deepEqual(await store.loadLedger(), { snapshot, articles: 1, built_at: "2026-01-01" });
      // The first update publishes the ledger of what is stored (here nothing) in its place.
      const ledger = await store.openLedger();
      await store.saveLedger(ledger);
      assert.deepEqual((await store.loadLedger())?.snapshot, emptySnapshot());
    } finally {
      await store.close();
    }
  });

  it("keeps the published ledger equal to a build from scratch while two processes ingest in turn, and rewrites only what changed", async () => {
    const url = await cluster.createDatabase();
    const [first, second] = await Promise.all([PostgresStore.open(url), PostgresStore.open(url)]);
    try {
      const items = await exampleItems();
      const third = Math.floor(items.length / 3);
      const published = assertPublished;
      // Each process files what the other stored before it publishes.
      await ingestBatch(items.slice(0, third), first, { threads: 0 });
      await published(second);
      await ingestBatch(items.slice(third, 2 * third), second, { threads: 0 });
      await published(first);
      const before = await rowVersions(url);
      await ingestBatch(items.slice(2 * third), first, { threads: 0 });
      await published(second);
      const after = await rowVersions(url);
      assert.ok([...after].some((v) => before.has(v)), "rows of keys the last batch did not touch were left as they were");
      assert.ok([...after].some((v) => !before.has(v)), "the last batch's keys were rewritten");
    } finally {
      await Promise.all([first.close(), second.close()]);
    }
  });

  it("removes the working ledgers that killed processes left behind, and keeps those of running ones", async () => {
    const dead = spawnSync(process.execPath, ["-e", ""]).pid!;
    const abandoned = mkdtempSync(join(tmpdir(), `crosscheck-ledger-${dead}-`));
    const running = mkdtempSync(join(tmpdir(), `crosscheck-ledger-${process.ppid}-`));
    const store = await PostgresStore.open(await cluster.createDatabase(), { ledgerCache: null });
    try {
      (await store.openLedger()).close();
      assert.equal(existsSync(abandoned), false);
      assert.equal(existsSync(running), true);
    } finally {
      await store.close();
      rmSync(running, { recursive: true, force: true });
    }
    const own = readdirSync(tmpdir()).filter((name) => name.startsWith(`crosscheck-ledger-${process.pid}-`));
    assert.deepEqual(own, [], "a closed store removes its own working ledger");
  });

  it("keeps a machine's working ledger between processes, files only what was stored since, and takes out what the database no longer holds", async () => {
    const url = await cluster.createDatabase();
    const cache = mkdtempSync(join(tmpdir(), "cc-ledger-cache-"));
    const items = await exampleItems();
    const half = Math.floor(items.length / 2);
    const session = (slice: InputItem[]) => ingestSession(url, cache, slice);
    try {
      assert.deepEqual(await session(items.slice(0, half)), { cached: true, filed: 0, removed: 0 });
      // The next process finds every stored article in the copy and files none again.
      assert.deepEqual(await session(items.slice(half)), { cached: true, filed: 0, removed: 0 });
      assert.equal(readdirSync(cache).filter((f) => f.endsWith(".db")).length, 1);
      // Another machine (no copy) stores more; this one files only those.
      const elsewhere = await PostgresStore.open(url, { ledgerCache: null });
      await ingestBatch([itemOf("Ukraine's air force said it had downed 41 drones over Kyiv overnight.", "2024-08-20")], elsewhere, { threads: 0 });
      await elsewhere.close();
      assert.deepEqual(await session([]), { cached: true, filed: 1, removed: 0 });
      // The database is emptied behind the machine's back and other articles take the same ids.
      await queryOnce(url, "TRUNCATE articles RESTART IDENTITY CASCADE");
      assert.deepEqual(await session(items.slice(0, 3)), { cached: true, filed: 0, removed: items.length + 1 });
    } finally {
      rmSync(cache, { recursive: true, force: true });
    }
  });

  it("replaces a kept working ledger that is not SQLite, and works in a copy of its own while another store holds it", async () => {
    const url = await cluster.createDatabase();
    const cache = mkdtempSync(join(tmpdir(), "cc-ledger-cache-"));
    const items = await exampleItems();
    try {
      const first = await PostgresStore.open(url, { ledgerCache: cache });
      await ingestBatch(items.slice(0, 4), first, { threads: 0 });
      await first.close();
      const [file] = readdirSync(cache).filter((f) => f.endsWith(".db"));
      writeFileSync(join(cache, file!), "not a database ".repeat(100));
      const [a, b] = [await PostgresStore.open(url, { ledgerCache: cache }), await PostgresStore.open(url, { ledgerCache: cache })];
      try {
        await ingestBatch(items.slice(4, 6), a, { threads: 0 });
        assert.deepEqual(a.workingLedger, { cached: true, filed: 4, removed: 0 });
        await ingestBatch(items.slice(6, 8), b, { threads: 0 });
        assert.deepEqual(b.workingLedger, { cached: false, filed: 6, removed: 0 });
        await assertPublished(a);
      } finally {
        await Promise.all([a.close(), b.close()]);
      }
    } finally {
      rmSync(cache, { recursive: true, force: true });
    }
  });

  it("stores an article once when concurrent writers put it at the same time", async () => {
    const url = await cluster.createDatabase();
    const stores = await Promise.all(Array.from({ length: 4 }, () => PostgresStore.open(url)));
    try {
      const a = article("Russia said it had shot down 12 drones over the Kursk region on Tuesday.", "2024-08-14", { source: "Wire C" });
      const extraction = extractArticle(a, defaultResources());
      const put = (s: PostgresStore) => s.putArticles([{ article: a, rows: articleRows(extraction), hash: articleHash(a) }]).then((r) => r[0]!);
      const results = await Promise.all(stores.flatMap((s) => [put(s), put(s)]));
      assert.equal(results.filter((r) => r.inserted).length, 1);
      assert.equal(new Set(results.map((r) => r.id)).size, 1);
      const counts = await stores[0].counts();
      assert.equal(counts.articles, 1);
      assert.equal(counts.claims, extraction.claims.length);
    } finally {
      await Promise.all(stores.map((s) => s.close()));
    }
  });

  it("stores the extraction a worker thread sends (its JSON as UTF-8 bytes) as the one made in the storing thread", async () => {
    // A curly apostrophe and a Cyrillic name: characters that UTF-8 spells in several bytes.
    const text = "Ukraine’s air force said on Monday that 17 drones were shot down over Sumy (Суми) overnight.";
    const stored = async (threads: number) => {
      const store = await PostgresStore.open(await cluster.createDatabase());
      try {
        await ingestBatch([itemOf(text, "2024-09-02")], store, { threads });
        return (await store.getArticle((await store.listArticles({}))[0]!.id))!.extraction;
      } finally {
        await store.close();
      }
    };
    const local = await stored(0);
    assert.ok(local.claims.some((c) => c.source.text === "Ukraine’s air force"));
    assert.deepEqual(await stored(1), local);
  });

  it("is what openStore returns for a postgres:// URL, and names an unreachable server without its password", async () => {
    const store = await openStore(await cluster.createDatabase());
    assert.equal(store.engine, "postgres");
    await store.close();
    await assert.rejects(openStore("postgres://someone:secret@127.0.0.1:1/nowhere"),
      (e: unknown) => e instanceof StoreError && /cannot open the PostgreSQL ledger/.test((e as Error).message) && !(e as Error).message.includes("secret"));
  });
});
