// The store contract against a real PostgreSQL: a throw-away cluster started by this file on
// loopback (see pg-cluster.ts). Missing server binaries fail the run; they are never skipped.
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { after, before, describe, it } from "node:test";
import pg from "pg";
import { extractArticle } from "../../src/core/extract.js";
import { buildLedger } from "../../src/ledger/index.js";
import { defaultResources } from "../../src/resources/index.js";
import { articleRows } from "../../src/store/article-rows.js";
import { articleHash } from "../../src/store/hash.js";
import { openStore } from "../../src/store/open.js";
import { PostgresStore } from "../../src/store/postgres.js";
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

storeContract("postgres", async () => PostgresStore.open(await cluster.createDatabase()));

describe("postgres engine", () => {
  it("migrates exactly once when several processes open a new database at once", async () => {
    const url = await cluster.createDatabase();
    const stores = await Promise.all(Array.from({ length: 6 }, () => PostgresStore.open(url)));
    await Promise.all(stores.map((s) => s.close()));
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      const { rows } = await client.query<{ version: string; n: number }>("SELECT version, count(*)::int AS n FROM schema_migrations GROUP BY version ORDER BY version");
      const files = readdirSync(repo("src/store/migrations/postgres")).filter((f) => f.endsWith(".sql")).sort();
      assert.ok(files.length >= 3);
      assert.deepEqual(rows.map((r) => r.version), files);
      assert.ok(rows.every((r) => r.n === 1));
    } finally {
      await client.end();
    }
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
    } finally {
      await store.close();
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

  it("is what openStore returns for a postgres:// URL, and names an unreachable server without its password", async () => {
    const store = await openStore(await cluster.createDatabase());
    assert.equal(store.engine, "postgres");
    await store.close();
    await assert.rejects(openStore("postgres://someone:secret@127.0.0.1:1/nowhere"),
      (e: unknown) => e instanceof StoreError && /cannot open the PostgreSQL ledger/.test((e as Error).message) && !(e as Error).message.includes("secret"));
  });
});
