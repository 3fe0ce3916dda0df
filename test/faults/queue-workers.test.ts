// Scale-out with real processes: `ingest --queue` and three `crosscheck worker`s on a real
// PostgreSQL. Every article is stored exactly once, even when a worker is killed with SIGKILL
// in the middle of its jobs, and the result equals a plain single-process ingest.
import assert from "node:assert/strict";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { setTimeout as sleep } from "node:timers/promises";
import { articleHash } from "../../src/store/hash.js";
import { startCluster, type PgCluster } from "../store/pg-cluster.js";
import { generateArticles, writeJsonl } from "./articles.js";
import { articleCounts, fingerprint, query, runCli, startCli, unfinishedJobs, waitFor, type Running } from "./helpers.js";

const COUNT = 2000;
/**
 * How long the workers may take to drain the queue: a liveness bound, not a speed test. About 15 s
 * on a quiet two-core machine; 35 s when other jobs share the cores, so the bound leaves room.
 */
const DRAIN_LIMIT_MS = 120_000;
const articles = generateArticles(COUNT);
let cluster: PgCluster;
let corpus: string;

before(async () => {
  cluster = await startCluster();
  corpus = join(mkdtempSync(join(tmpdir(), "cc-queue-")), "articles.jsonl");
  writeJsonl(corpus, articles);
});
after(async () => {
  await cluster?.dispose();
});

/**
 * Stops a worker (SIGSTOP) at a moment it holds jobs, so that killing it leaves jobs in hand: a job
 * started before the stop and still active a second later is the stopped worker's, since the
 * others finish theirs in milliseconds. A worker caught between jobs is resumed and stopped again.
 */
async function freezeHoldingJobs(url: string, worker: Running): Promise<boolean> {
  for (let attempt = 0; attempt < 20; attempt++) {
    worker.child.kill("SIGSTOP");
    const [{ t }] = await query<{ t: Date }>(url, "SELECT now() AS t");
    await sleep(1000);
    const [held] = await query<{ n: number }>(url, "SELECT count(*)::int AS n FROM pgboss.job WHERE state = 'active' AND started_on < $1", [t]);
    if (held.n > 0) return true;
    worker.child.kill("SIGCONT");
    await sleep(50 + attempt * 20);
  }
  return false;
}

/** Short timings so that a dead worker's jobs come back within seconds. */
async function enqueue(url: string): Promise<string> {
  const r = await runCli(["ingest", corpus, "--queue", "--db", url, "--job-timeout", "4", "--retry-delay", "1"]);
  assert.equal(r.code, 0, r.stderr);
  return r.stderr;
}

function startWorkers(url: string, n: number): Running[] {
  return Array.from({ length: n }, () => startCli(["worker", "--db", url, "--concurrency", "2", "--poll", "0.5", "--sweep", "1"]));
}

async function drained(url: string): Promise<boolean> {
  try {
    return (await articleCounts(url)).rows === COUNT && (await unfinishedJobs(url)) === 0;
  } catch {
    return false; // tables not created yet
  }
}

async function stopAll(workers: Running[]): Promise<void> {
  for (const w of workers) w.child.kill("SIGTERM");
  const codes = await Promise.all(workers.map((w) => w.exited));
  codes.forEach((code, i) => assert.equal(code, 0, `worker ${i} exit: ${code}\n${workers[i].stderr()}`));
}

describe("queue and workers on PostgreSQL", () => {
  it("three workers store 2,000 queued articles exactly once; enqueueing them again adds no job", async () => {
    const url = await cluster.createDatabase();
    assert.match(await enqueue(url), new RegExp(`^${COUNT} queued, 0 already in the queue`, "m"));
    assert.match(await enqueue(url), new RegExp(`^0 queued, ${COUNT} already in the queue`, "m"));
    const workers = startWorkers(url, 3);
    try {
      await waitFor("every article stored and every job done", () => drained(url), DRAIN_LIMIT_MS);
    } finally {
      await stopAll(workers);
    }
    assert.deepEqual(await articleCounts(url), { rows: COUNT, hashes: COUNT });
    const stored = new Set((await query<{ hash: string }>(url, "SELECT hash FROM articles")).map((r) => r.hash));
    assert.ok(articles.every((a) => stored.has(articleHash(a))), "every generated article is in the ledger");
    const status = await runCli(["status", "--db", url]);
    assert.equal(status.code, 0, status.stderr);
  });

  it("a worker killed with SIGKILL mid-way loses nothing: its jobs are retried, and the ledger equals a single-process run", async () => {
    const url = await cluster.createDatabase();
    await enqueue(url);
    const workers = startWorkers(url, 3);
    try {
      await waitFor("a quarter of the articles stored", async () => (await articleCounts(url).catch(() => ({ rows: 0 }))).rows >= COUNT / 4, 30_000, 50);
      assert.ok(await freezeHoldingJobs(url, workers[0]), "the worker to kill was caught holding jobs");
      workers[0].child.kill("SIGKILL");
      assert.equal(await workers[0].exited, "SIGKILL");
      await waitFor("every article stored and every job done", () => drained(url), DRAIN_LIMIT_MS);
    } finally {
      await stopAll(workers.slice(1));
    }
    const [retried] = await query<{ n: number }>(url, "SELECT count(*)::int AS n FROM pgboss.job WHERE retry_count > 0");
    assert.ok(retried.n >= 1, "the killed worker's jobs in hand were expired and retried");
    assert.deepEqual(await articleCounts(url), { rows: COUNT, hashes: COUNT });

    const single = await cluster.createDatabase();
    const plain = await runCli(["ingest", corpus, "--db", single]);
    assert.equal(plain.code, 0, plain.stderr);
    assert.deepEqual(await fingerprint(url), await fingerprint(single));
  });
});
