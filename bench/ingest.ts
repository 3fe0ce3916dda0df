// Ingest into a fresh SQLite ledger, through the same pipeline the CLI uses: extraction (in this
// thread or on worker threads), one transaction per article, and the cross-article ledger update.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Article } from "../src/core/types.js";
import type { InputItem } from "../src/input/items.js";
import { ExtractPool } from "../src/pipeline/extract-pool.js";
import { ingestItems } from "../src/pipeline/ingest.js";
import { ledgerFromStore, saveLedger } from "../src/pipeline/ledger.js";
import { defaultResources } from "../src/resources/index.js";
import { SqliteStore } from "../src/store/sqlite.js";

export interface IngestResult {
  articlesPerSecond: number;
  stored: number;
  ledgerMs: number;
}

/** `count` articles cycled from the corpus, each made distinct so none is a duplicate. */
export function* cycled(corpus: Article[], count: number): Generator<InputItem> {
  for (let i = 0; i < count; i++) {
    const base = corpus[i % corpus.length]!;
    const round = Math.floor(i / corpus.length);
    const article = round === 0 ? base : { ...base, id: `${base.id ?? "a"}~${round}`, text: `${base.text}\n\n(${round})` };
    yield { article, where: `bench:${i}` };
  }
}

export async function benchIngest(corpus: Article[], count: number, threads: number): Promise<IngestResult> {
  const dir = mkdtempSync(join(tmpdir(), "crosscheck-bench-"));
  const store = new SqliteStore(join(dir, "ledger.db"));
  const pool = threads > 0 ? new ExtractPool(threads) : null;
  try {
    const started = performance.now();
    const ledger = await ledgerFromStore(store);
    const summary = await ingestItems(cycled(corpus, count), store, defaultResources(), { ledger }, pool ? (a) => pool.extract(a) : undefined);
    const ledgerStarted = performance.now();
    await saveLedger(store, ledger);
    const ended = performance.now();
    return { articlesPerSecond: summary.stored / ((ended - started) / 1000), stored: summary.stored, ledgerMs: ended - ledgerStarted };
  } finally {
    await pool?.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
