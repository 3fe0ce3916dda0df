// The scale-out commands: `ingest --queue` (enqueue articles), `worker` (store them from the
// queue) and `status` (queue and ledger counts). All need a postgres:// ledger.
import { InvalidArgumentError, Option, type Command } from "commander";
import { readInputs } from "../input/read.js";
import { DEFAULT_JOB_SETTINGS, openQueue, type JobSettings } from "../queue/boss.js";
import { ConnectionWatch } from "../queue/connection-watch.js";
import { enqueueItems } from "../queue/enqueue.js";
import { queueCounts } from "../queue/status.js";
import { runWorker } from "../queue/worker.js";
import { loadResources } from "../resources/index.js";
import { PostgresStore } from "../store/postgres.js";
import { isPostgresUrl, redactPostgresUrl } from "../store/postgres-url.js";
import { StoreError } from "../store/store.js";
import { wholeNumber, type Io } from "./shared.js";
import { renderTable } from "./table.js";

export interface QueueIngestOptions {
  db: string;
  queue?: boolean;
  jobTimeout: number;
  retries: number;
  retryDelay: number;
}

function seconds(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0.5) throw new InvalidArgumentError("expected a number of seconds, at least 0.5");
  return n;
}

function requirePostgres(db: string, what: string): void {
  if (!isPostgresUrl(db)) throw new StoreError(`${what} needs a PostgreSQL ledger: pass --db postgres://user@host:port/database`);
}

function line(io: Io): (text: string) => void {
  return (text) => io.err.write(`${new Date().toISOString()} worker ${process.pid}: ${text}\n`);
}

/** The options `ingest` takes for sending articles to the queue instead of storing them itself. */
export function addQueueIngestOptions(ingest: Command): void {
  ingest
    .addOption(new Option("--queue", "send each article to the PostgreSQL ingest queue for `crosscheck worker` instead of storing it here"))
    .addOption(new Option("--job-timeout <seconds>", "with --queue: a job running longer than this is taken for lost with its worker and retried")
      .argParser(wholeNumber(1)).default(DEFAULT_JOB_SETTINGS.timeoutSeconds))
    .addOption(new Option("--retries <n>", "with --queue: retries of a failing job").argParser(wholeNumber(0)).default(DEFAULT_JOB_SETTINGS.retries))
    .addOption(new Option("--retry-delay <seconds>", "with --queue: first retry delay, doubled on each further retry")
      .argParser(wholeNumber(0)).default(DEFAULT_JOB_SETTINGS.retryDelaySeconds));
}

/** `ingest --queue`: returns the exit code (1 when an item could not be read or queued). */
export async function runQueuedIngest(io: Io, paths: string[], options: QueueIngestOptions): Promise<number> {
  requirePostgres(options.db, "ingest --queue");
  const settings: JobSettings = { timeoutSeconds: options.jobTimeout, retries: options.retries, retryDelaySeconds: options.retryDelay };
  const boss = await openQueue(options.db, { onError: (e) => io.err.write(`queue: ${e.message}\n`) });
  try {
    const started = performance.now();
    const summary = await enqueueItems(boss, readInputs(paths, { today: new Date().toISOString().slice(0, 10) }), settings, {
      onError: (error) => io.err.write(`${error.where}: ${error.message}\n`),
    });
    const took = ((performance.now() - started) / 1000).toFixed(1);
    io.err.write(`${summary.enqueued} queued, ${summary.alreadyQueued} already in the queue, ${summary.failed} failed, of ${summary.read} read in ${took} s\n`);
    return summary.failed > 0 ? 1 : 0;
  } finally {
    await boss.stop({ graceful: false, wait: true });
  }
}

async function work(io: Io, options: { db: string; concurrency: number; poll: number; sweep: number; actors?: string[] }): Promise<void> {
  requirePostgres(options.db, "worker");
  const log = line(io);
  let watch: ConnectionWatch | undefined;
  // Connection errors reported by the pools while the outage is already known add nothing.
  const onPoolError = (error: Error): void => {
    if (watch) watch.lost(error);
    else log(`queue: ${error.message}`);
  };
  const store = await PostgresStore.open(options.db, { maxConnections: options.concurrency + 1, onConnectionError: onPoolError });
  const boss = await openQueue(options.db, { sweepSeconds: options.sweep, onError: onPoolError }).catch(async (error: unknown) => {
    await store.close();
    throw error;
  });
  watch = new ConnectionWatch(() => boss.getDb().executeSql("SELECT 1", []), log);
  const resources = loadResources({ actorFiles: options.actors, places: await store.importedPlaces() });
  const stop = new AbortController();
  const onSignal = (signal: NodeJS.Signals): void => {
    if (stop.signal.aborted) {
      log(`${signal} again: exiting without waiting; jobs in hand expire and are retried`);
      process.exit(130);
    }
    log(`${signal}: finishing the jobs in hand, then stopping`);
    stop.abort();
  };
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);
  log(`working on ${redactPostgresUrl(options.db)} with ${options.concurrency} at a time`);
  try {
    const tally = await runWorker(boss, store, resources, watch, { concurrency: options.concurrency, pollSeconds: options.poll, log }, stop.signal);
    log(`stopped: ${tally.stored} stored, ${tally.duplicates} already in the ledger, ${tally.failed} failed attempts`);
  } finally {
    process.off("SIGINT", onSignal);
    process.off("SIGTERM", onSignal);
    await boss.stop({ graceful: false, wait: true }).catch(() => undefined);
    await store.close();
  }
}

async function printStatus(io: Io, db: string, json: boolean): Promise<void> {
  requirePostgres(db, "status");
  const store = await PostgresStore.open(db, { maxConnections: 2 });
  try {
    const boss = await openQueue(db, { onError: (e) => io.err.write(`queue: ${e.message}\n`) });
    try {
      const [queue, ledger] = await Promise.all([queueCounts(boss), store.counts()]);
      if (json) {
        io.out.write(`${JSON.stringify({ queue, ledger })}\n`);
        return;
      }
      io.out.write(`${renderTable([queue], [
        { title: "queued", value: (q) => String(q.queued) },
        { title: "active", value: (q) => String(q.active) },
        { title: "completed", value: (q) => String(q.completed) },
        { title: "failed", value: (q) => String(q.failed) },
      ])}\n\n${renderTable([ledger], [
        { title: "articles", value: (l) => String(l.articles) },
        { title: "claims", value: (l) => String(l.claims) },
        { title: "events", value: (l) => String(l.events) },
        { title: "places", value: (l) => String(l.places) },
      ])}\n`);
    } finally {
      await boss.stop({ graceful: false, wait: true });
    }
  } finally {
    await store.close();
  }
}

export function registerQueueCommands(program: Command, io: Io, dbOption: () => Option): void {
  program.command("worker")
    .description("store articles from the PostgreSQL ingest queue until stopped (SIGTERM or Ctrl+C finish the jobs in hand)")
    .addOption(dbOption())
    .addOption(new Option("--concurrency <n>", "jobs worked on at once").argParser(wholeNumber(1)).default(2))
    .addOption(new Option("--poll <seconds>", "pause between looks at an empty queue").argParser(seconds).default(2))
    .addOption(new Option("--sweep <seconds>", "how often to look for jobs of workers that died (they are retried)").argParser(wholeNumber(1)).default(30))
    .addOption(new Option("--actors <file...>", "extra actors file(s), merged over the built-in list"))
    .action((options: { db: string; concurrency: number; poll: number; sweep: number; actors?: string[] }) => work(io, options));

  program.command("status")
    .description("queue counts (queued, active, completed, failed) and ledger counts")
    .option("--json", "one JSON object instead of tables")
    .addOption(dbOption())
    .action((options: { db: string; json?: boolean }) => printStatus(io, options.db, Boolean(options.json)));
}
