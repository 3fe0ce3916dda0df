// A batch ingest as the CLI runs it: the ledger opened over what is stored, extraction on worker
// threads beside the storing thread, each new article added to the ledger, and the snapshot saved
// at the end. The benchmarks call this too, so they measure what a user runs.
import type { InputItem } from "../input/items.js";
import { loadResources, type ResourceOptions } from "../resources/index.js";
import type { Store } from "../store/store.js";
import { extractArticle } from "../core/extract.js";
import type { Article } from "../core/types.js";
import type { Ledger } from "../ledger/index.js";
import { ExtractPool } from "./extract-pool.js";
import { toExtracted } from "./extracted.js";
import { ingestItems, type IngestHooks, type IngestSummary } from "./ingest.js";
import { saveLedgerIfChanged } from "./ledger.js";

export interface BatchOptions {
  /** Actor files; the places imported into the store are added to these. */
  actorFiles?: string[];
  /** Extraction worker threads beside this one (0: extract in this thread). */
  threads: number;
  hooks?: Omit<IngestHooks, "ledger">;
}

export async function ingestBatch(items: AsyncIterable<InputItem> | Iterable<InputItem>, store: Store, options: BatchOptions): Promise<IngestSummary> {
  const resourceOptions: ResourceOptions = { actorFiles: options.actorFiles, places: await store.importedPlaces() };
  // Workers pack each extraction for SQLite (Brotli, ~15 % of the storing thread's work when it
  // packed): the storing thread, which also writes the rows and files the ledger, is the slower
  // side even with one worker, and when it does wait it extracts from the backlog (helpOne), so
  // what it hands off is never wasted. Storing thread alone, 3,000 bench articles, best of three
  // rounds in three interleaved runs: 1.09/1.10/1.07 ms an article packing, 0.95/1.33/0.92 not.
  const pack = store.engine === "sqlite" && options.threads > 0;
  const resources = loadResources(resourceOptions);
  let ledger: Ledger | null = null;
  // This thread also extracts from the pool's backlog while it waits (ExtractPool.helpOne).
  const local = (article: Article) => toExtracted(article, extractArticle(article, resources), ledger!.rules);
  const pool = options.threads > 0 ? new ExtractPool(options.threads, resourceOptions, pack, local) : null;
  try {
    ledger = await store.openLedger();
    const hooks: IngestHooks = { ...options.hooks, ledger, idle: pool ? () => pool.helpOne() : undefined };
    const summary = await ingestItems(items, store, resources, hooks, pool ? (article) => pool.extract(article) : local);
    await saveLedgerIfChanged(store, ledger, summary);
    return summary;
  } finally {
    ledger?.close();
    await pool?.close();
  }
}
