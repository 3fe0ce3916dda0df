// SIGKILL in the middle of a large ingest into a SQLite file: the file still opens and passes
// integrity_check, no article is half stored (articles are stored in whole transactions), and
// running the same ingest again stores exactly the rest.
import assert from "node:assert/strict";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, it } from "node:test";
import Database from "better-sqlite3";
import { SqliteStore } from "../../src/store/sqlite.js";
import { unpackExtraction } from "../../src/store/extraction-json.js";
import { article } from "../helpers.js";
import { generateArticles, writeJsonl } from "./articles.js";
import { runCli, startCli, waitFor } from "./helpers.js";

const COUNT = 2500;

function storedCount(path: string): number {
  try {
    const db = new Database(path, { readonly: true, fileMustExist: true });
    try {
      return (db.prepare("SELECT count(*) AS n FROM articles").get() as { n: number }).n;
    } finally {
      db.close();
    }
  } catch {
    return 0; // not created yet
  }
}

describe("SQLite ledger killed mid-ingest", () => {
  it("reopens intact, holds only whole articles, and a second run stores the rest", async () => {
    const dir = mkdtempSync(join(tmpdir(), "cc-crash-"));
    const corpus = join(dir, "articles.jsonl");
    const path = join(dir, "ledger.db");
    writeJsonl(corpus, generateArticles(COUNT, 11));

    const ingest = startCli(["ingest", corpus, "--db", path]);
    await waitFor("some articles stored", () => storedCount(path) >= 300, 30_000, 25);
    ingest.child.kill("SIGKILL");
    assert.equal(await ingest.exited, "SIGKILL");

    const store = new SqliteStore(path); // opens (and recovers the WAL) without error
    const before = await store.counts();
    await store.close();
    assert.ok(before.articles >= 300 && before.articles < COUNT, `killed mid-way: ${before.articles} stored`);
    const db = new Database(path, { readonly: true });
    try {
      assert.equal((db.prepare("PRAGMA integrity_check").get() as { integrity_check: string }).integrity_check, "ok");
      // Each article's stored extraction lists its claims, events and places: the rows must all be there.
      const rows = db.prepare(`SELECT a.id, a.extraction, (SELECT count(*) FROM claims c WHERE c.article_id = a.id) AS claims,
          (SELECT count(*) FROM events e WHERE e.article_id = a.id) AS events, (SELECT count(*) FROM places p WHERE p.article_id = a.id) AS places
          FROM articles a`).all() as { id: number; extraction: Uint8Array; claims: number; events: number; places: number }[];
      const partial = rows.filter((r) => {
        const x = unpackExtraction(r.extraction, article("", "2024-01-01"));
        return x.claims.length !== r.claims || x.events.length !== r.events || x.places.length !== r.places;
      });
      assert.deepEqual(partial.map((r) => r.id), []);
      assert.ok((db.prepare("SELECT count(*) AS n FROM claims").get() as { n: number }).n > 0);
    } finally {
      db.close();
    }

    const again = await runCli(["ingest", corpus, "--db", path]);
    assert.equal(again.code, 0, again.stderr);
    assert.match(again.stderr, new RegExp(`^${COUNT - before.articles} stored, ${before.articles} already in the ledger, 0 failed`, "m"));
    assert.equal(storedCount(path), COUNT);
  });
});
