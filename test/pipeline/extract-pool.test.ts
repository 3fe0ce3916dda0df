// The extraction pool hands work to worker threads up to a bound and keeps the rest in a backlog
// that the storing thread may take from while it waits. Whichever thread extracts an article, the
// stored result must be the same.
import assert from "node:assert/strict";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, it } from "node:test";
import { extractArticle } from "../../src/core/extract.js";
import type { Article } from "../../src/core/types.js";
import { loadRules } from "../../src/ledger/index.js";
import { ingestBatch } from "../../src/pipeline/batch.js";
import { ExtractPool } from "../../src/pipeline/extract-pool.js";
import { forTransfer, toExtracted, type Extracted } from "../../src/pipeline/extracted.js";
import { defaultResources } from "../../src/resources/index.js";
import { jsonText, packJson } from "../../src/store/extraction-json.js";
import { SqliteStore } from "../../src/store/sqlite.js";
import { article } from "../helpers.js";

const TOWNS = ["Kharkiv", "Sumy", "Belgorod", "Kursk", "Odesa", "Dnipro", "Mykolaiv"];
const CLAIMANTS = ["The Russian defence ministry", "Ukraine's air force", "The regional governor"];

/** `count` distinct articles with claims, figures, places and dates. */
function articles(count: number): Article[] {
  return Array.from({ length: count }, (_, i) =>
    article(
      `${CLAIMANTS[i % CLAIMANTS.length]} said on Monday that ${i + 3} drones were shot down near ${TOWNS[i % TOWNS.length]}. ` +
        `Officials in ${TOWNS[(i + 2) % TOWNS.length]} reported ${i % 5} injured, item ${i}.`,
      `2024-08-${String(10 + (i % 9)).padStart(2, "0")}`,
      { id: `p${i}` },
    ),
  );
}

/** An extraction with its JSON as text, to compare whichever thread made it. */
function asText(x: Extracted): Extracted {
  return { ...x, rows: { ...x.rows, json: jsonText(x.rows.json) } };
}

describe("an extraction crossing to the storing thread", () => {
  // Curly quotes and a Cyrillic name: characters past Latin-1, which UTF-8 spells in several bytes.
  const text = "Ukraine’s air force said on Tuesday that 14 drones were shot down near Kharkiv (Харків).";
  const resources = defaultResources();
  const made = () => toExtracted(article(text, "2024-09-03"), extractArticle(article(text, "2024-09-03"), resources), loadRules());

  it("sends the extraction JSON as UTF-8 bytes, moved rather than copied, with the same text", () => {
    const x = made();
    const { extracted, transfer } = forTransfer(x, false);
    assert.ok(extracted.rows.json instanceof Uint8Array);
    assert.equal(extracted.rows.json.byteLength, Buffer.byteLength(x.rows.json as string));
    assert.equal(jsonText(extracted.rows.json), x.rows.json);
    assert.deepEqual(transfer, [extracted.rows.json.buffer]);
    assert.equal(extracted.packed, undefined);
    assert.deepEqual(asText(extracted), x);
  });

  it("packs the bytes exactly as the storing thread packs the text", () => {
    const x = made();
    const { extracted, transfer } = forTransfer(x, true);
    assert.deepEqual(extracted.packed, packJson(x.rows.json));
    assert.deepEqual(packJson(extracted.rows.json), extracted.packed);
    assert.equal(transfer.length, 2);
    assert.ok(transfer.includes(extracted.packed!.buffer as ArrayBuffer));
  });
});

describe("extraction pool", () => {
  it("lets the calling thread take queued work, with the same result a worker gives", async () => {
    const resources = defaultResources();
    const rules = loadRules();
    const local = (a: Article): Extracted => toExtracted(a, extractArticle(a, resources), rules);
    const pool = new ExtractPool(1, {}, false, local);
    try {
      const list = articles(300);
      const results = list.map((a) => pool.extract(a));
      let helped = 0;
      while (pool.helpOne()) helped++;
      assert.ok(helped > 0, "more requests than a worker holds leave some in the backlog");
      assert.ok(helped < list.length, "the worker took its share");
      const extracted = await Promise.all(results);
      // A worker's extraction JSON arrives as UTF-8 bytes (forTransfer); the storing thread's is text.
      for (const [i, a] of list.entries()) assert.deepEqual(asText(extracted[i]!), asText(local(a)), `article ${i}`);
    } finally {
      await pool.close();
    }
  });

  it("takes nothing when it has no local extractor", async () => {
    const pool = new ExtractPool(1);
    try {
      const results = articles(100).map((a) => pool.extract(a));
      assert.equal(pool.helpOne(), false);
      assert.equal((await Promise.all(results)).length, 100);
    } finally {
      await pool.close();
    }
  });

  it("stores the same articles, extractions and ledger with a worker and the storing thread sharing the work as with one thread", async () => {
    const list = articles(400);
    const ingest = async (threads: number) => {
      const store = new SqliteStore(join(mkdtempSync(join(tmpdir(), "cc-pool-")), "ledger.db"));
      try {
        const summary = await ingestBatch(list.map((a, i) => ({ article: a, where: `pool:${i + 1}` })), store, { threads });
        assert.equal(summary.stored, list.length);
        const claims = await store.listClaims({ limit: 10_000 });
        const listed = await store.listArticles({ limit: 1000 });
        // With a worker, most extractions arrive packed by it; the rest the storing thread packs.
        const extractions = await Promise.all(listed.map(async (a) => (await store.getArticle(a.id))!.extraction));
        return { ids: listed.map((a) => a.ext_id), claims, extractions, ledger: (await store.loadLedger())?.snapshot };
      } finally {
        await store.close();
      }
    };
    const single = await ingest(0);
    assert.deepEqual(single.ids, list.map((a) => a.id));
    assert.ok(single.claims.length >= list.length);
    assert.deepEqual(await ingest(1), single);
  });
});
