// The one place that orders the steps: read -> extract -> store. The CLI and the server both call
// this; neither runs the layers in an order of its own.
import type { Resources } from "../core/context.js";
import { extractArticle } from "../core/extract.js";
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

export interface IngestHooks {
  /** After each item; `where` names its file (and line). */
  onItem?(summary: IngestSummary, where: string): void;
  onError?(error: InputError | { where: string; message: string }): void;
}

/** Extracts and stores every good item; bad items are reported and skipped, never stored. */
export async function ingestItems(items: AsyncIterable<InputItem> | Iterable<InputItem>, store: Store, resources: Resources, hooks: IngestHooks = {}): Promise<IngestSummary> {
  const summary: IngestSummary = { read: 0, stored: 0, duplicates: 0, failed: 0, errors: [] };
  const fail = (where: string, message: string): void => {
    summary.failed++;
    const error = { where, message };
    summary.errors.push(error);
    hooks.onError?.(error);
  };
  for await (const item of items) {
    summary.read++;
    const where = "error" in item ? item.error.where : item.where;
    if ("error" in item) {
      fail(item.error.where, item.error.message.slice(item.error.where.length + 2));
    } else {
      try {
        const extraction = extractArticle(item.article, resources);
        const result = await store.putArticle(item.article, extraction, articleHash(item.article));
        if (result.inserted) summary.stored++;
        else summary.duplicates++;
      } catch (error) {
        fail(item.where, `could not be stored: ${(error as Error).message}`);
      }
    }
    hooks.onItem?.(summary, where);
  }
  return summary;
}
