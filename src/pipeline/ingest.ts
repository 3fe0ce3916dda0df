// The one place that orders the steps: read -> extract -> store. The CLI and the server both call
// this; neither runs the layers in an order of its own.
import type { Resources } from "../core/context.js";
import { extractArticle } from "../core/extract.js";
import type { Article, Extraction } from "../core/types.js";
import type { Ledger, PreparedArticle } from "../ledger/index.js";
import type { InputError } from "../input/article-fields.js";
import type { InputItem } from "../input/items.js";
import { articleHash } from "../store/hash.js";
import type { Store } from "../store/store.js";

export interface IngestSummary {
  read: number;
  stored: number;
  duplicates: number;
  failed: number;
  errors: { where: string; message: string }[];
}

/** An article's extraction and, when computed alongside, its ledger facts. */
export interface Extracted {
  extraction: Extraction;
  prepared?: PreparedArticle;
}

/** Extracts one article, in this thread or in a worker pool. */
export type Extractor = (article: Article) => Extracted | Promise<Extracted>;

export interface IngestHooks {
  /** The ledger to update with each newly stored article. */
  ledger?: Ledger;
  /** After each item; `where` names its file (and line). */
  onItem?(summary: IngestSummary, where: string): void;
  onError?(error: InputError | { where: string; message: string }): void;
}

/** How many extractions may run ahead of the store (keeps every worker busy, memory bounded). */
const WINDOW = 64;

/**
 * Extracts and stores every good item; bad items are reported and skipped, never stored. Articles
 * are stored in input order, one transaction each, while later ones are still being extracted.
 */
export async function ingestItems(
  items: AsyncIterable<InputItem> | Iterable<InputItem>,
  store: Store,
  resources: Resources,
  hooks: IngestHooks = {},
  extractor: Extractor = (article) => ({ extraction: extractArticle(article, resources) }),
): Promise<IngestSummary> {
  const summary: IngestSummary = { read: 0, stored: 0, duplicates: 0, failed: 0, errors: [] };
  const fail = (where: string, message: string): void => {
    summary.failed++;
    const error = { where, message };
    summary.errors.push(error);
    hooks.onError?.(error);
  };
  type Job = { where: string; error: string | null; article: Article | null; extraction: Promise<Extracted> | null };
  const queue: Job[] = [];
  const settle = async (job: Job): Promise<void> => {
    if (job.error !== null) fail(job.where, job.error);
    else {
      try {
        const { extraction, prepared } = await job.extraction!;
        const result = await store.putArticle(job.article!, extraction, articleHash(job.article!));
        if (result.inserted) {
          summary.stored++;
          hooks.ledger?.add({ articleId: result.id, article: job.article!, extraction }, prepared);
        } else summary.duplicates++;
      } catch (error) {
        fail(job.where, `could not be stored: ${(error as Error).message}`);
      }
    }
    hooks.onItem?.(summary, job.where);
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
  return summary;
}
