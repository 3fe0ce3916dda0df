import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, it } from "node:test";
import { SqliteStore } from "../../src/store/sqlite.js";
import { StoreError } from "../../src/store/store.js";
import { extractArticle } from "../../src/core/extract.js";
import { defaultResources } from "../../src/resources/index.js";
import { articleHash } from "../../src/store/hash.js";
import { article } from "../helpers.js";
import { storeContract } from "./contract.js";

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
    await crashed.putArticle(a, extractArticle(a, defaultResources()), articleHash(a));
    // No close(): the queued index batch is lost with the process.
    const reopened = new SqliteStore(path);
    const hits = await reopened.search("pontoon", 5);
    assert.ok(hits.some((h) => h.kind === "article"), JSON.stringify(hits));
    await reopened.close();
  });

  it("refuses a file that is not a ledger with a clear error", () => {
    const path = freshPath();
    writeFileSync(path, "this is not a database at all, just text ".repeat(100));
    assert.throws(() => new SqliteStore(path), (e: unknown) => e instanceof StoreError && /not a Crosscheck ledger|cannot open/.test((e as Error).message));
  });
});
