import assert from "node:assert/strict";
import Database from "better-sqlite3";
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, it } from "node:test";
import { SqliteStore } from "../../src/store/sqlite.js";
import { StoreError } from "../../src/store/store.js";
import { extractArticle } from "../../src/core/extract.js";
import { defaultResources } from "../../src/resources/index.js";
import { articleHash } from "../../src/store/hash.js";
import { article, repo } from "../helpers.js";
import { buildLedger } from "../../src/ledger/index.js";
import { extractionJson } from "../../src/store/extraction-json.js";
import { storeArticle, storeContract } from "./contract.js";

function freshPath(): string {
  return join(mkdtempSync(join(tmpdir(), "cc-sqlite-")), "ledger.db");
}

storeContract("sqlite", async () => new SqliteStore(freshPath()));

describe("sqlite engine", () => {
  it("keeps what it stored across a reopen and applies migrations once", async () => {
    const path = freshPath();
    const a = new SqliteStore(path);
    await a.close();
    const b = new SqliteStore(path);
    assert.equal((await b.counts()).articles, 0);
    await b.close();
  });

  it("indexes for search what a process stored but never got to index (a crash before the batch)", async () => {
    const path = freshPath();
    const crashed = new SqliteStore(path);
    const text = "Officials said the pontoon crossing near the village had been rebuilt overnight.";
    const a = article(text, "2024-08-20", { id: "fts-1" });
    await storeArticle(crashed, a);
    // No close(): the queued index batch is lost with the process.
    const reopened = new SqliteStore(path);
    const hits = await reopened.search("pontoon", 5);
    assert.ok(hits.some((h) => h.kind === "article"), JSON.stringify(hits));
    await reopened.close();
  });

  it("rebuilds a ledger an older version saved from the stored articles instead of serving it", async () => {
    const path = freshPath();
    // A ledger as version 006 left it: migrations up to 006 and the snapshot as one JSON document.
    const old = new Database(path);
    old.exec("CREATE TABLE schema_migrations (version TEXT PRIMARY KEY, applied_at TEXT NOT NULL)");
    const files = readdirSync(repo("src/store/migrations/sqlite")).filter((f) => f.endsWith(".sql") && f < "007").sort();
    for (const file of files) {
      old.exec(readFileSync(repo(`src/store/migrations/sqlite/${file}`), "utf8"));
      old.prepare("INSERT INTO schema_migrations VALUES (?, ?)").run(file, "2026-01-01");
    }
    const a = article("Russia said it had shot down 30 drones. Kyiv said 12 were downed.", "2024-08-14");
    const snapshot = buildLedger([{ articleId: 1, article: a, extraction: extractArticle(a, defaultResources()) }]);
    old.prepare("INSERT INTO ledger_snapshot (id, built_at, articles, snapshot) VALUES (1, '2026-01-01', 1, ?)").run(JSON.stringify(snapshot));
    old.close();
    const store = new SqliteStore(path);
    await storeArticle(store, a);
    const loaded = await store.loadLedger();
    assert.equal(loaded?.articles, 1);
    assert.notEqual(loaded?.built_at, "2026-01-01", "re-derived, not read from the old document");
    assert.deepEqual(loaded?.snapshot, buildLedger(await store.storedArticles(0, 10)));
    await store.close();
  });

  it("finds a wire copy of an article another process filed after this one opened the ledger", async () => {
    const path = freshPath();
    const server = new SqliteStore(path);
    const cli = new SqliteStore(path);
    const body = "Russian air defences destroyed 117 Ukrainian drones overnight over the Kursk, Belgorod and Bryansk regions, the defence ministry said on Wednesday. " +
      "Regional officials reported damage to homes and a power line, and no casualties. Ukraine's general staff did not comment on the figure, and Reuters could not verify it.";
    const copy = article(body, "2024-08-14", { id: "w1", source: "Wire A" });
    const again = article(`${body} The report was first published by a news agency.`, "2024-08-14", { id: "w2", source: "Outlet B" });
    const open = await server.openLedger();
    // Another process stores and files the first copy on the same file.
    const first = await storeArticle(cli, copy);
    (await cli.openLedger()).addMany([{ articleId: first.id, article: copy, extraction: extractArticle(copy, defaultResources()) }]);
    const second = await storeArticle(server, again);
    open.addMany([{ articleId: second.id, article: again, extraction: extractArticle(again, defaultResources()) }]);
    assert.deepEqual(open.snapshot().wireGroups.map((g) => g.members), [[first.id, second.id]]);
    await cli.close();
    await server.close();
  });

  it("re-derives the ledger when its tables were written under other rules, and files articles stored without it", async () => {
    const path = freshPath();
    const first = new SqliteStore(path);
    const texts = [
      "Russia said it had shot down 30 drones over the Belgorod region. Kyiv said 12 were downed.",
      "Ukraine's air force said it shot down 14 of 20 drones launched overnight, officials said.",
    ];
    await storeArticle(first, article(texts[0]!, "2024-08-14", { id: "r1" }));
    await first.saveLedger(await first.openLedger());
    const want = (await first.loadLedger())!.snapshot;
    assert.ok(want.observations.length > 0);
    await first.close();
    // Another version's stamp and output: nothing of it may be served.
    const raw = new Database(path);
    raw.prepare("UPDATE ledger_meta SET value = 'other rules' WHERE key = 'fingerprint'").run();
    raw.prepare("UPDATE ledger_out SET body = '{}'").run();
    raw.close();
    const second = new SqliteStore(path);
    assert.deepEqual((await second.loadLedger())?.snapshot, want);
    // An article stored by a run that stopped before filing it is filed on the next open.
    await storeArticle(second, article(texts[1]!, "2024-08-15", { id: "r2" }));
    await second.close();
    const third = new SqliteStore(path);
    const loaded = await third.loadLedger();
    assert.equal(loaded?.articles, 2);
    assert.deepEqual(loaded?.snapshot, buildLedger(await third.storedArticles(0, 10)));
    await third.close();
  });

  it("packs extractions and still reads those an older version stored as JSON text", async () => {
    const path = freshPath();
    const store = new SqliteStore(path);
    const packed = article("Kyiv said 20 drones were shot down over the capital overnight.", "2024-08-20", { id: "packed" });
    const { id } = await storeArticle(store, packed);
    await store.close();
    const raw = new Database(path);
    assert.equal(typeof (raw.prepare("SELECT extraction FROM articles WHERE id = ?").get(id) as { extraction: unknown }).extraction, "object", "stored as a BLOB");
    // A row as the JSON-text versions wrote it.
    const old = article("Moscow said 14 missiles were intercepted near Bryansk.", "2024-08-19", { id: "old" });
    const oldExtraction = extractArticle(old, defaultResources());
    raw.prepare(`INSERT INTO articles (hash, ext_id, date, source, title, url, text, extraction, ingested_at) VALUES (?, ?, ?, NULL, NULL, NULL, ?, ?, ?)`)
      .run(articleHash(old), old.id, old.date, old.text, extractionJson(oldExtraction), "2026-01-01");
    raw.close();
    const reopened = new SqliteStore(path);
    const stored = await reopened.storedArticles(0, 10);
    assert.deepEqual(stored.map((x) => x.article.id), ["packed", "old"]);
    // Compared as JSON, the form they are stored in (absent optional fields are left out).
    const asJson = (x: unknown): unknown => JSON.parse(JSON.stringify(x));
    assert.deepEqual(stored[1]!.extraction, asJson(oldExtraction));
    assert.deepEqual((await reopened.getArticle(id))?.extraction, asJson(extractArticle(packed, defaultResources())));
    await reopened.close();
  });

  it("refuses a file that is not a ledger with a clear error", () => {
    const path = freshPath();
    writeFileSync(path, "this is not a database at all, just text ".repeat(100));
    assert.throws(() => new SqliteStore(path), (e: unknown) => e instanceof StoreError && /not a Crosscheck ledger|cannot open/.test((e as Error).message));
  });
});
