// The shared ingest queue: pg-boss on the ledger's PostgreSQL database. Every process that sends,
// works or reports opens it here, so they all agree on the queue's name and its job settings.
import PgBoss from "pg-boss";
import { redactPostgresUrl } from "../store/postgres-url.js";
import { StoreError } from "../store/store.js";

export const INGEST_QUEUE = "crosscheck-ingest";

/** How a job is retried; fixed on each job when it is enqueued. */
export interface JobSettings {
  /** A job active longer than this is taken for lost with its worker and retried. */
  timeoutSeconds: number;
  retries: number;
  /** First retry delay; doubled (with jitter) on each further retry. */
  retryDelaySeconds: number;
}

export const DEFAULT_JOB_SETTINGS: JobSettings = { timeoutSeconds: 300, retries: 5, retryDelaySeconds: 10 };

export interface QueueOptions {
  /** Seconds between sweeps that expire jobs of vanished workers; 0: this process does not sweep. */
  sweepSeconds?: number;
  onError(error: Error): void;
}

/** Starts pg-boss (creating its schema and the ingest queue on first use) or throws a one-line error. */
export async function openQueue(url: string, options: QueueOptions): Promise<PgBoss> {
  const sweep = options.sweepSeconds ?? 0;
  const boss = new PgBoss({
    connectionString: url,
    application_name: "crosscheck-queue",
    schedule: false,
    supervise: sweep > 0,
    ...(sweep > 0 ? { maintenanceIntervalSeconds: sweep } : {}),
  });
  // pg-boss reports connection trouble as events; unheard, an "error" event would end the process.
  boss.on("error", options.onError);
  try {
    await boss.start();
    await boss.createQueue(INGEST_QUEUE);
  } catch (error) {
    await boss.stop({ graceful: false, wait: true }).catch(() => undefined);
    throw new StoreError(`${redactPostgresUrl(url)}: cannot open the ingest queue (${(error as Error).message})`);
  }
  return boss;
}
