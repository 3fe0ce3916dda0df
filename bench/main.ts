// `npm run bench`: feeds real article bodies through the core and prints throughput and memory.
import { execFile } from "node:child_process";
import { availableParallelism } from "node:os";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { extractArticle, STAGES, type Stage } from "../src/core/extract.js";
import type { Article } from "../src/core/types.js";
import { defaultResources } from "../src/resources/index.js";
import { formatTable } from "../eval/table.js";
import { loadCorpus } from "./corpus.js";
import { MB, median, RssPeak, timeMs } from "./measure.js";
import { benchIngest, benchIngestInto, cycled, type IngestResult } from "./ingest.js";
import type { InputItem } from "../src/input/items.js";
import { ingestBatch } from "../src/pipeline/batch.js";
import { STORE_BATCH } from "../src/pipeline/ingest.js";
import { PostgresStore } from "../src/store/postgres.js";
import { redactPostgresUrl } from "../src/store/postgres-url.js";
import { startCluster, type PgCluster } from "../test/store/pg-cluster.js";
import type { IngestScaleResult } from "./ingest-scale.js";
import { ExtractPool } from "./pool.js";
import { useBulkTiering } from "../src/cli/tiering.js";
import { parsedOrUsage, positiveInteger, sharedEvalFolder } from "./options.js";

const USAGE = `usage: npm run bench -- [--shared PATH] [--max N] [--quick] [--pg URL]

  --shared PATH  folder holding eval/ (default: ../shared from the current directory)
  --pg URL       also ingest into this PostgreSQL database, which must be empty;
                 without it, a throw-away local cluster is started when PostgreSQL is installed
  --max N        largest scaling size (default 100000)
  --quick        scaling at 1,000 and 10,000 articles only
  --help         show this help`;

const RUNS = 3;
const SCALING_SIZES = [1_000, 10_000, 100_000];

type Row = [string, string, string, string];

async function main(): Promise<number> {
  useBulkTiering(); // as the CLI runs
  const parsed = parsedOrUsage(USAGE, () =>
    parseArgs({
      options: {
        shared: { type: "string" },
        max: { type: "string", default: "100000" },
        quick: { type: "boolean", default: false },
        pg: { type: "string" },
        help: { type: "boolean", default: false },
      },
    }),
  );
  if (!parsed) return 2;
  const { values } = parsed;
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const max = positiveInteger("max", values.max, USAGE);
  if (max === null) return 2;
  const sharedEval = sharedEvalFolder(values.shared, "benching examples/ only");

  const rss = new RssPeak();
  const parts = loadCorpus(sharedEval, resolve("examples"));
  const corpus = parts.flatMap((p) => p.articles);
  if (corpus.length === 0) {
    console.error("no articles found to bench");
    return 2;
  }
  const bytes = corpus.reduce((sum, a) => sum + Buffer.byteLength(a.text), 0);
  const rows: Row[] = [
    ["corpus", String(corpus.length), "articles", parts.map((p) => `${p.name} ${p.articles.length}`).join(", ")],
    ["corpus size", (bytes / MB).toFixed(2), "MB", "UTF-8 article bodies"],
  ];

  const baselineMs = medianTime(() => countWords(corpus));
  rows.push(["baseline: /\\S+/g words", rate(corpus.length, baselineMs), "articles/s", `${countWords(corpus)} words, median of ${RUNS}`]);

  const resources = defaultResources();
  rss.reset();
  const extractMs = medianTime(() => {
    // RSS is read every 64 articles: a reading costs a system call.
    for (let i = 0; i < corpus.length; i++) {
      extractArticle(corpus[i]!, resources);
      if (i % 64 === 0) rss.sample();
    }
  });
  rows.push(
    ["extract, 1 thread", rate(corpus.length, extractMs), "articles/s", `median of ${RUNS} after a warm-up pass`],
    ["extract, 1 thread", (bytes / MB / (extractMs / 1000)).toFixed(2), "MB/s", ""],
    ["extract / baseline time", (extractMs / baselineMs).toFixed(1), "x", ""],
    ["peak RSS, 1 thread", (rss.peak / MB).toFixed(0), "MB", ""],
  );
  rows.push(...layerRows(corpus));

  const workers = availableParallelism();
  rss.reset();
  const pool = await ExtractPool.start(corpus, workers);
  try {
    await pool.run(corpus.length);
    const poolTimes: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const started = performance.now();
      await rss.watch(pool.run(corpus.length));
      poolTimes.push(performance.now() - started);
    }
    const poolMs = median(poolTimes);
    rows.push(
      [`extract, ${workers} workers`, rate(corpus.length, poolMs), "articles/s", `${(extractMs / poolMs).toFixed(2)}x one thread, median of ${RUNS}`],
      [`peak RSS, ${workers} workers`, (rss.peak / MB).toFixed(0), "MB", "process incl. worker threads, each with its own resources"],
    );

    const sizes = SCALING_SIZES.filter((n) => n <= max && (!values.quick || n <= 10_000));
    for (const size of sizes) {
      rss.reset();
      const started = performance.now();
      const results = await rss.watch(pool.run(size));
      const ms = performance.now() - started;
      const heapPeak = Math.max(...results.map((r) => r.heapPeak));
      const retained = results.map((r) => r.heapRetained).filter((h): h is number => h !== null);
      const retainedNote = retained.length > 0 ? `, retained ${(Math.max(...retained) / MB).toFixed(0)} MB after GC` : "";
      rows.push([
        `scaling ${size.toLocaleString("en-US")} articles`,
        rate(size, ms),
        "articles/s",
        `peak RSS ${(rss.peak / MB).toFixed(0)} MB (process incl. workers); worker heap peak ${(heapPeak / MB).toFixed(0)} MB${retainedNote}`,
      ]);
    }
  } finally {
    await pool.close();
  }
  const ingestCount = Math.min(max, values.quick ? 2_000 : 5_000);
  // 0: extraction in the storing thread; then workers beside it, up to one per core.
  for (const threads of [...new Set([0, Math.max(1, workers - 1), workers])]) {
    rss.reset();
    const result = await rss.watch(benchIngest(corpus, ingestCount, threads));
    rows.push([
      `ingest into SQLite, ${threads === 0 ? "1 thread" : `1 + ${threads} extract worker${threads > 1 ? "s" : ""}`}`,
      Math.round(result.articlesPerSecond).toLocaleString("en-US"),
      "articles/s",
      `${result.stored.toLocaleString("en-US")} articles, in transactions of ${STORE_BATCH}, ledger updated and saved; CPU ${result.cpuMsPerArticle.toFixed(2)} ms an article; peak RSS ${(rss.peak / MB).toFixed(0)} MB`,
    ]);
  }

  const notes = [
    "peak RSS covers the worker threads (they share the process); the heap peak includes garbage not yet collected",
  ];
  const ingestThreads = Math.max(1, workers - 1);
  const ingestPeaks = new Map<number, number>();
  for (const size of SCALING_SIZES.filter((n) => n <= max && (!values.quick || n <= 10_000))) {
    const result = await ingestScale(sharedEval ?? "-", resolve("examples"), size, ingestThreads);
    ingestPeaks.set(size, result.peakRss);
    rows.push([
      `ingest scaling ${size.toLocaleString("en-US")} articles`,
      Math.round(result.articlesPerSecond).toLocaleString("en-US"),
      "articles/s",
      `SQLite, 1 + ${ingestThreads} extract worker${ingestThreads > 1 ? "s" : ""}, a fresh process; CPU ${result.cpuMsPerArticle.toFixed(2)} ms an article; peak RSS ${(result.peakRss / MB).toFixed(0)} MB`,
    ]);
  }
  const [small, large] = [ingestPeaks.get(10_000), ingestPeaks.get(100_000)];
  if (small && large) rows.push(["ingest peak RSS, 100,000 / 10,000", (large / small).toFixed(2), "x", "flat memory is 1.5x or less"]);
  notes.push("ingest CPU: process CPU time (all threads, V8's compiler and collector included) per stored article; a busy machine raises it less than it lowers the rate, but it does raise it (shared caches and cores); on 2 cores, 500 articles/s needs 4 ms or less");
  notes.push("ingest scaling: the ledger's facts and results live in SQLite; memory holds its MinHash band index (32 entries of 12 bytes an article) and one key's facts at a time");
  rows.push(...(await postgresIngestRows(corpus, ingestCount, Math.max(1, workers - 1), values.pg, notes)));
  if (typeof (globalThis as { gc?: unknown }).gc !== "function") notes.push("run `node --expose-gc dist/bench/main.js` to also see the heap retained after a full GC");
  console.log(formatTable({ title: "bench: extraction core", columns: ["measure", "value", "unit", "detail"], rows, notes }));
  return 0;
}

/** One ingest-scaling run in a child process (bench/ingest-scale.ts), so its peak memory is its own. */
function ingestScale(sharedEval: string, examples: string, count: number, threads: number): Promise<IngestScaleResult> {
  const script = new URL("./ingest-scale.js", import.meta.url).pathname;
  return new Promise((done, fail) => {
    execFile(process.execPath, [script, sharedEval, examples, String(count), String(threads)], { maxBuffer: 1 << 20 }, (error, stdout) => {
      if (error) fail(new Error(`ingest scaling at ${count} articles failed: ${error.message}`));
      else done(JSON.parse(stdout.trim().split("\n").pop()!) as IngestScaleResult);
    });
  });
}

/** Articles per small batch added to a stored ledger. */
const SMALL_BATCH = 20;

/**
 * Ingest into PostgreSQL: the database given, else a throw-away local cluster, else a row saying
 * why not. Then small batches into the same store, as a running queue worker or server adds them.
 */
async function postgresIngestRows(corpus: Article[], count: number, threads: number, url: string | undefined, notes: string[]): Promise<Row[]> {
  const label = `ingest into PostgreSQL, 1 + ${threads} extract worker${threads > 1 ? "s" : ""}`;
  let cluster: PgCluster | null = null;
  try {
    if (!url) {
      cluster = await startCluster();
      url = await cluster.createDatabase();
      notes.push("PostgreSQL: a throw-away local cluster with fsync off (pass --pg URL to measure your own server)");
    }
    const later = [...cycled(corpus, count + SMALL_BATCH * 6)].slice(count);
    const batches = Array.from({ length: later.length / SMALL_BATCH }, (_, i) => later.slice(i * SMALL_BATCH, (i + 1) * SMALL_BATCH));
    const timed = async (store: PostgresStore, batch: InputItem[]): Promise<number> => {
      const started = performance.now();
      await ingestBatch(batch, store, { threads: 0 });
      return performance.now() - started;
    };
    const store = await PostgresStore.open(url);
    let result: IngestResult;
    const sameProcessMs: number[] = [];
    try {
      const { articles } = await store.counts();
      if (articles > 0) throw new Error(`${redactPostgresUrl(url)} holds ${articles} articles; pass an empty database`);
      result = await benchIngestInto(corpus, count, threads, store);
      for (const batch of batches.slice(0, 3)) sameProcessMs.push(await timed(store, batch));
    } finally {
      await store.close();
    }
    // A new store each time, as each run of `crosscheck ingest` opens one; the machine keeps its working ledger.
    const newProcessMs: number[] = [];
    for (const batch of batches.slice(3)) {
      const fresh = await PostgresStore.open(url);
      try {
        newProcessMs.push(await timed(fresh, batch));
      } finally {
        await fresh.close();
      }
    }
    const n = count.toLocaleString("en-US");
    return [
      [label, Math.round(result.articlesPerSecond).toLocaleString("en-US"), "articles/s", `${result.stored.toLocaleString("en-US")} articles, in transactions of ${STORE_BATCH}, ledger updated and saved`],
      [`PostgreSQL: add ${SMALL_BATCH} articles to ${n}`, (median(sameProcessMs) / 1000).toFixed(2), "s", `the same process, ledger updated and published; median of ${sameProcessMs.length}`],
      [`PostgreSQL: a new process adds ${SMALL_BATCH} to ${n}`, (median(newProcessMs) / 1000).toFixed(2), "s", `a new store each time, the machine's working ledger kept; median of ${newProcessMs.length}`],
    ];
  } catch (error) {
    return [[label, "-", "", `not measured: ${(error as Error).message.split("\n")[0]}`]];
  } finally {
    await cluster?.dispose();
  }
}

function countWords(corpus: Article[]): number {
  let words = 0;
  for (const article of corpus) words += article.text.match(/\S+/g)?.length ?? 0;
  return words;
}

/** Median wall time of RUNS runs after one warm-up run (JIT, caches). */
function medianTime(fn: () => void): number {
  fn();
  return median(Array.from({ length: RUNS }, () => timeMs(fn)));
}

function rate(count: number, ms: number): string {
  return Math.round(count / (ms / 1000)).toLocaleString("en-US");
}

/** Time per core stage, from one timed pass (the timer's own cost stays out of the headline figure). */
function layerRows(corpus: Article[]): Row[] {
  const resources = defaultResources();
  const spent = new Map<Stage, number>(STAGES.map((s) => [s, 0]));
  const timer = { now: () => performance.now(), add: (stage: Stage, ms: number) => spent.set(stage, spent.get(stage)! + ms) };
  for (const article of corpus) extractArticle(article, resources, timer);
  const total = [...spent.values()].reduce((a, b) => a + b, 0);
  return STAGES.map((stage) => {
    const ms = spent.get(stage)!;
    return [`  layer ${stage}`, (ms / corpus.length).toFixed(4), "ms/article", `${((ms / total) * 100).toFixed(1)} %`];
  });
}

process.exitCode = await main();
