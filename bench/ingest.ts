// Ingest into a fresh SQLite ledger through the CLI's own batch path (src/pipeline/batch.ts):
// extraction in this thread or on workers, articles stored in transactions of STORE_BATCH (src/pipeline/ingest.ts), the ledger updated and saved.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Article } from "../src/core/types.js";
import type { InputItem } from "../src/input/items.js";
import { ingestBatch } from "../src/pipeline/batch.js";
import { SqliteStore } from "../src/store/sqlite.js";
import type { Store } from "../src/store/store.js";

export interface IngestResult {
  articlesPerSecond: number;
  stored: number;
  /**
   * CPU time of the whole process (every thread) per stored article: it moves less than the rate
   * when other programs compete for the cores, though it still rises (on this 2-core machine, a
   * 5,000-article ingest took 4.3 ms quiet and 5-7 ms beside other work).
   */
  cpuMsPerArticle: number;
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

/** Ingests `count` cycled articles into the store `open` gives, through the CLI's batch path. */
export async function benchIngestInto(corpus: Article[], count: number, threads: number, store: Store): Promise<IngestResult> {
  const started = performance.now();
  const cpu = process.cpuUsage();
  const summary = await ingestBatch(cycled(corpus, count), store, { threads });
  const used = process.cpuUsage(cpu);
  return {
    articlesPerSecond: summary.stored / ((performance.now() - started) / 1000),
    stored: summary.stored,
    cpuMsPerArticle: (used.user + used.system) / 1000 / Math.max(1, summary.stored),
  };
}

/** The same into a fresh SQLite ledger in a temp dir, removed afterwards. */
export async function benchIngest(corpus: Article[], count: number, threads: number): Promise<IngestResult> {
  const dir = mkdtempSync(join(tmpdir(), "crosscheck-bench-"));
  const store = new SqliteStore(join(dir, "ledger.db"));
  try {
    return await benchIngestInto(corpus, count, threads, store);
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
