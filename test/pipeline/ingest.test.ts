// The ingest loop stores in batches of one transaction; these tests hold it to its promises: input
// order, duplicates counted, and one article the store refuses costs only itself.
import assert from "node:assert/strict";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, it } from "node:test";
import { extractArticle } from "../../src/core/extract.js";
import type { Article } from "../../src/core/types.js";
import type { InputItem } from "../../src/input/items.js";
import { ingestItems } from "../../src/pipeline/ingest.js";
import { defaultResources } from "../../src/resources/index.js";
import { articleRows } from "../../src/store/article-rows.js";
import { SqliteStore } from "../../src/store/sqlite.js";
import { article } from "../helpers.js";

const PLACES = ["Kharkiv", "Sumy", "Belgorod", "Kursk", "Zaporizhzhia", "Odesa", "Dnipro"];

/** `count` distinct articles, each with a claim. */
function articles(count: number): Article[] {
  return Array.from({ length: count }, (_, i) =>
    article(`The governor of ${PLACES[i % PLACES.length]} said ${i + 2} drones had been shot down overnight, batch item ${i}.`, "2024-08-14", { id: `b${i}` }),
  );
}

function items(list: Article[]): InputItem[] {
  return list.map((a, i) => ({ article: a, where: `batch.jsonl:${i + 1}` }));
}

function freshStore(): SqliteStore {
  return new SqliteStore(join(mkdtempSync(join(tmpdir(), "cc-ingest-")), "ledger.db"));
}

describe("batched ingest", () => {
  it("stores more articles than one batch holds, in input order, and counts repeats as duplicates", async () => {
    const store = freshStore();
    try {
      const list = articles(150);
      const seen: string[] = [];
      const summary = await ingestItems([...items(list), ...items(list.slice(0, 10))], store, defaultResources(), {
        onItem: (_summary, where) => seen.push(where),
      });
      assert.equal(summary.stored, 150);
      assert.equal(summary.duplicates, 10);
      assert.equal(seen.length, 160);
      assert.deepEqual(seen.slice(0, 3), ["batch.jsonl:1", "batch.jsonl:2", "batch.jsonl:3"]);
      const stored = await store.listArticles({ limit: 1000 });
      assert.deepEqual(stored.map((a) => a.ext_id), list.map((a) => a.id));
    } finally {
      await store.close();
    }
  });

  it("reports an article the store refuses by where it came from and keeps the rest of its batch", async () => {
    const store = freshStore();
    try {
      const list = articles(100);
      const resources = defaultResources();
      // Article 40's extraction breaks a NOT NULL column, as a corrupted extraction would.
      const extractor = (a: Article) => {
        const extraction = extractArticle(a, resources);
        if (a.id === "b40") (extraction.claims[0]!.cue as { text: string | null }).text = null;
        return { rows: articleRows(extraction) };
      };
      const summary = await ingestItems(items(list), store, resources, {}, extractor);
      assert.equal(summary.stored, 99);
      assert.equal(summary.failed, 1);
      assert.equal(summary.errors[0]!.where, "batch.jsonl:41");
      assert.match(summary.errors[0]!.message, /could not be stored/);
      assert.equal((await store.counts()).articles, 99);
      const ids = (await store.listArticles({ limit: 1000 })).map((a) => a.ext_id);
      assert.ok(!ids.includes("b40") && ids.includes("b39") && ids.includes("b41"));
    } finally {
      await store.close();
    }
  });

  it("reports an article whose extraction throws and stores the others", async () => {
    const store = freshStore();
    try {
      const resources = defaultResources();
      const extractor = (a: Article) => {
        if (a.id === "b3") throw new Error("worker lost");
        return { rows: articleRows(extractArticle(a, resources)) };
      };
      const summary = await ingestItems(items(articles(8)), store, resources, {}, extractor);
      assert.equal(summary.stored, 7);
      assert.deepEqual(summary.errors, [{ where: "batch.jsonl:4", message: "could not be extracted: worker lost" }]);
    } finally {
      await store.close();
    }
  });
});
