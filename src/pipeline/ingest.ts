// The one place that orders the steps: read -> extract -> store. The CLI and the server both call
// this; neither runs the layers in an order of its own.
import type { Resources } from "../core/context.js";
import { extractArticle } from "../core/extract.js";
import type { Article } from "../core/types.js";
import type { FiledArticle, Ledger, PreparedArticle } from "../ledger/index.js";
import type { InputError } from "../input/article-fields.js";
import type { InputItem } from "../input/items.js";
import { articleHash } from "../store/hash.js";
import type { PutItem, PutResult, Store } from "../store/store.js";
import { toExtracted, type Extracted } from "./extracted.js";

export interface IngestSummary {
  read: number;
  stored: number;
  duplicates: number;
  failed: number;
  errors: { where: string; message: string }[];
}

/** Extracts one article, in this thread or in a worker pool; with a ledger, it also prepares the facts. */
export type Extractor = (article: Article) => Extracted | Promise<Extracted>;

export interface IngestHooks {
  /** The ledger to update with each newly stored article. */
  ledger?: Ledger;
  /** After each item; `where` names its file (and line). */
  onItem?(summary: IngestSummary, where: string): void;
  onError?(error: InputError | { where: string; message: string }): void;
  /**
   * Called while the storing thread waits for the next extraction: does one piece of other work
   * (an extraction from the pool's backlog) and returns false when there is none.
   */
  idle?(): boolean;
}

/**
 * Articles stored per transaction. A commit writes every page the batch touched once, however
 * many of its articles touched it, and most pages are index pages shared by the batch: storing
 * 40,000 prepared articles took 1.115 ms an article in batches of 64, 0.985 in batches of 256
 * (0.212 and 0.156 MB written an article).
 */
export const STORE_BATCH = 256;

/**
 * How many extractions may run ahead of the store (keeps every worker busy, memory bounded). While
 * the storing thread writes a batch it hands out no work, so a worker must have enough queued to
 * outlast that: three batches' worth (with one batch's worth, workers ran dry: 10,000 articles,
 * 1+1, batches of 64: 482 articles/s; with four, 528-572).
 */
const WINDOW = 3 * STORE_BATCH;

/**
 * Extracts and stores every good item; bad items are reported and skipped, never stored. Articles
 * are stored in input order, in batches of one transaction each, while later ones are still being
 * extracted. A batch the store refuses is stored again article by article, so one bad article
 * costs only itself.
 */
export async function ingestItems(
  items: AsyncIterable<InputItem> | Iterable<InputItem>,
  store: Store,
  resources: Resources,
  hooks: IngestHooks = {},
  extractor: Extractor = (article) => toExtracted(article, extractArticle(article, resources), hooks.ledger?.rules ?? null),
): Promise<IngestSummary> {
  const summary: IngestSummary = { read: 0, stored: 0, duplicates: 0, failed: 0, errors: [] };
  const fail = (where: string, message: string): void => {
    summary.failed++;
    const error = { where, message };
    summary.errors.push(error);
    hooks.onError?.(error);
  };
  type Job = { where: string; error: string | null; article: Article | null; extraction: Promise<Extracted> | null };
  /** An item whose extraction has finished (or failed), waiting for its batch to be stored. */
  type Ready = { where: string; error: string | null; item: PutItem | null; prepared?: PreparedArticle };
  const queue: Job[] = [];
  let batch: Ready[] = [];

  const putEach = async (items: PutItem[]): Promise<(PutResult | Error)[]> => {
    try {
      return await store.putArticles(items);
    } catch (error) {
      if (items.length === 1) return [error as Error];
      const results: (PutResult | Error)[] = [];
      for (const item of items) results.push(...(await putEach([item])));
      return results;
    }
  };
  const flush = async (): Promise<void> => {
    const ready = batch;
    batch = [];
    const good = ready.filter((r) => r.item !== null);
    const results = good.length > 0 ? await putEach(good.map((r) => r.item!)) : [];
    let next = 0;
    const filed: FiledArticle[] = [];
    for (const r of ready) {
      if (r.item === null) fail(r.where, r.error!);
      else {
        const result = results[next++]!;
        if (result instanceof Error) fail(r.where, `could not be stored: ${result.message}`);
        else if (result.inserted) {
          summary.stored++;
          if (r.prepared) filed.push({ articleId: result.id, date: r.item.article.date, prepared: r.prepared });
        } else summary.duplicates++;
      }
      hooks.onItem?.(summary, r.where);
    }
    if (filed.length > 0) hooks.ledger?.file(filed);
  };
  const settle = async (job: Job): Promise<void> => {
    if (job.error !== null) batch.push({ where: job.where, error: job.error, item: null });
    else {
      try {
        const { rows, prepared, packed } = await helpWhileWaiting(job.extraction!, hooks.idle);
        if (hooks.ledger && !prepared) throw new Error("no ledger facts were prepared for it");
        batch.push({ where: job.where, error: null, item: { article: job.article!, rows, hash: articleHash(job.article!), packed }, prepared });
      } catch (error) {
        batch.push({ where: job.where, error: `could not be extracted: ${(error as Error).message}`, item: null });
      }
    }
    if (batch.length >= STORE_BATCH) await flush();
  };
  for await (const item of items) {
    summary.read++;
    if ("error" in item) {
      queue.push({ where: item.error.where, error: item.error.message.slice(item.error.where.length + 2), article: null, extraction: null });
    } else {
      const extraction = Promise.resolve().then(() => extractor(item.article));
      extraction.catch(() => undefined); // awaited in order by settle(); this only marks it handled
      queue.push({ where: item.where, error: null, article: item.article, extraction });
    }
    if (queue.length >= WINDOW) await settle(queue.shift()!);
  }
  while (queue.length > 0) await settle(queue.shift()!);
  await flush();
  return summary;
}

/** Awaits `promise`, calling `help` meanwhile until it has nothing to do; messages are read between calls. */
async function helpWhileWaiting<T>(promise: Promise<T>, help: (() => boolean) | undefined): Promise<T> {
  if (help) {
    let settled = false;
    promise.then(
      () => (settled = true),
      () => (settled = true),
    );
    await Promise.resolve(); // a promise already settled marks itself first
    while (!settled && help()) await new Promise<void>((resolve) => setImmediate(resolve));
  }
  return promise;
}
