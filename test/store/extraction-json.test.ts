// The packed form of a stored extraction: Brotli behind a marker byte, while ledgers written with
// raw deflate (and, before that, JSON text) still read.
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { deflateRawSync } from "node:zlib";
import Database from "better-sqlite3";
import { extractArticle } from "../../src/core/extract.js";
import { defaultResources } from "../../src/resources/index.js";
import { extractionJson, packJson, unpackExtraction } from "../../src/store/extraction-json.js";
import { SqliteStore } from "../../src/store/sqlite.js";
import { articleRows } from "../../src/store/article-rows.js";
import { article } from "../helpers.js";

/** An extraction as JSON keeps it: fields left undefined are not stored. */
const plain = (x: unknown): unknown => JSON.parse(JSON.stringify(x));

const TEXT = "Kyiv's air force said on Tuesday that 79 of 126 Russian drones had been shot down over the Kyiv region. \u201cWe held,\u201d it said.";

test("a packed extraction unpacks to the same extraction, non-ASCII text included", () => {
  const a = article(TEXT, "2025-03-11");
  const x = extractArticle(a, defaultResources());
  const packed = packJson(extractionJson(x));
  assert.ok(packed.length < extractionJson(x).length, "packing makes it smaller");
  assert.deepEqual(plain(unpackExtraction(packed, a)), plain(x));
});

test("extractions packed by older ledgers still read: raw deflate and JSON text", () => {
  const a = article(TEXT, "2025-03-11");
  const x = extractArticle(a, defaultResources());
  const json = extractionJson(x);
  assert.deepEqual(plain(unpackExtraction(deflateRawSync(json, { level: 1 }), a)), plain(x));
  assert.deepEqual(plain(unpackExtraction(json, a)), plain(x));
});

test("no raw deflate stream begins with the Brotli marker", () => {
  // Bits 1-2 of a deflate stream's first byte are its first block's type; 11 is reserved.
  for (const level of [0, 1, 6, 9]) {
    for (const json of ["", "{}", extractionJson(extractArticle(article(TEXT, "2025-03-11"), defaultResources()))]) {
      assert.notEqual(deflateRawSync(json, { level })[0]! & 0x06, 0x06);
    }
  }
});

test("a ledger with rows of both packings serves both", async () => {
  const dir = mkdtempSync(join(tmpdir(), "crosscheck-pack-"));
  try {
    const path = join(dir, "ledger.db");
    const store = new SqliteStore(path);
    const a = article(TEXT, "2025-03-11");
    const b = article("Armenia said 12 people were killed in Syunik on Monday.", "2025-03-11");
    const items = [a, b].map((x) => ({ article: x, rows: articleRows(extractArticle(x, defaultResources())), hash: `h-${x.text.length}` }));
    const [ra, rb] = await store.putArticles(items);
    await store.close();
    // Rewrite the first row as an older ledger stored it.
    const db = new Database(path);
    db.prepare("UPDATE articles SET extraction = ? WHERE id = ?").run(deflateRawSync(items[0]!.rows.json, { level: 1 }), ra!.id);
    db.close();
    const again = new SqliteStore(path);
    assert.equal((await again.getArticle(ra!.id))?.extraction.claims[0]?.source.text, "Kyiv's air force");
    assert.equal((await again.getArticle(rb!.id))?.extraction.claims[0]?.source.text, "Armenia");
    await again.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
