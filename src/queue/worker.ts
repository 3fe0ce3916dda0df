// `crosscheck worker`: takes ingest jobs from the queue and runs each through the ingest pipeline.
// Jobs are fetched and settled through pg-boss's API (fetch/complete/fail) in a loop of our own
// rather than boss.work(), whose unawaited complete/fail calls would reject unhandled, and end
// the process, when the database goes away mid-job.
import { setTimeout as sleep } from "node:timers/promises";
import type PgBoss from "pg-boss";
import type { Resources } from "../core/context.js";
import type { Article } from "../core/types.js";
import { ingestItems } from "../pipeline/ingest.js";
import { updateLedger } from "../pipeline/ledger.js";
import type { Store } from "../store/store.js";
import { INGEST_QUEUE } from "./boss.js";
import type { ConnectionWatch } from "./connection-watch.js";

export interface WorkerOptions {
  /** Jobs worked on at once in this process. */
  concurrency: number;
  /** Pause between looks at an empty queue. */
  pollSeconds: number;
  log(line: string): void;
}

export interface WorkerTally {
  stored: number;
  duplicates: number;
  /** Attempts that failed (pg-boss retries them until their retries run out). */
  failed: number;
}

/** Works until `signal` aborts, then finishes the jobs in hand and returns what it did. */
export async function runWorker(boss: PgBoss, store: Store, resources: Resources, watch: ConnectionWatch, options: WorkerOptions, signal: AbortSignal): Promise<WorkerTally> {
  const tally: WorkerTally = { stored: 0, duplicates: 0, failed: 0 };
  let storedSinceLedger = 0;
  let rebuilding = false;

  const runJob = async (job: PgBoss.Job<Article>): Promise<void> => {
    const label = `job ${job.id} (article ${job.data.id ?? job.data.title ?? "without id"})`;
    const summary = await ingestItems([{ article: job.data, where: label }], store, resources);
    if (summary.failed === 0) {
      tally.stored += summary.stored;
      tally.duplicates += summary.duplicates;
      storedSinceLedger += summary.stored;
      // If this fails, the job expires and is retried, and the retry finds the article stored.
      await boss.complete(INGEST_QUEUE, job.id).catch((error: Error) => watch.lost(error));
      return;
    }
    tally.failed++;
    const message = summary.errors[0].message;
    if (await watch.check()) options.log(`${label}: ${message}; will be retried with backoff`);
    // If the database is gone this fails too: the job stays active until it expires, then is retried.
    await boss.fail(INGEST_QUEUE, job.id, { message }).catch(() => undefined);
  };

  // The ledger files what was stored when the queue runs dry.
  const refreshLedger = async (): Promise<void> => {
    if (rebuilding || storedSinceLedger === 0) return;
    rebuilding = true;
    const pending = storedSinceLedger;
    try {
      await updateLedger(store);
      storedSinceLedger -= pending;
    } catch (error) {
      options.log(`ledger not rebuilt yet (${(error as Error).message}); will try again when the queue is empty`);
    } finally {
      rebuilding = false;
    }
  };

  const slot = async (): Promise<void> => {
    while (!signal.aborted) {
      // pg-boss's fetch returns no job (rather than throwing) when the database is unreachable.
      const [job] = await boss.fetch<Article>(INGEST_QUEUE, { batchSize: 1 });
      if (job) {
        await runJob(job);
        continue;
      }
      if (await watch.check()) await refreshLedger();
      await sleep(options.pollSeconds * 1000, undefined, { signal }).catch(() => undefined);
    }
  };

  await Promise.all(Array.from({ length: options.concurrency }, slot));
  return tally;
}
