// `crosscheck ingest --queue`: one job per good article, its payload the article itself, its id
// the content hash; workers do the extracting and storing.
import type PgBoss from "pg-boss";
import type { InputError } from "../input/article-fields.js";
import type { InputItem } from "../input/items.js";
import { articleHash } from "../store/hash.js";
import { INGEST_QUEUE, type JobSettings } from "./boss.js";
import { jobIdFor } from "./job-id.js";

export interface EnqueueSummary {
  read: number;
  enqueued: number;
  /** Articles whose job already existed (same content hash). */
  alreadyQueued: number;
  failed: number;
}

export interface EnqueueHooks {
  onError?(error: InputError | { where: string; message: string }): void;
}

export async function enqueueItems(boss: PgBoss, items: AsyncIterable<InputItem>, settings: JobSettings, hooks: EnqueueHooks = {}): Promise<EnqueueSummary> {
  const summary: EnqueueSummary = { read: 0, enqueued: 0, alreadyQueued: 0, failed: 0 };
  const options = {
    expireInSeconds: settings.timeoutSeconds,
    retryLimit: settings.retries,
    retryDelay: settings.retryDelaySeconds,
    retryBackoff: true,
  };
  for await (const item of items) {
    summary.read++;
    if ("error" in item) {
      summary.failed++;
      hooks.onError?.(item.error);
      continue;
    }
    try {
      const id = await boss.send(INGEST_QUEUE, item.article, { ...options, id: jobIdFor(articleHash(item.article)) });
      if (id === null) summary.alreadyQueued++;
      else summary.enqueued++;
    } catch (error) {
      summary.failed++;
      hooks.onError?.({ where: item.where, message: `could not be queued: ${(error as Error).message}` });
    }
  }
  return summary;
}
