// The database going away under running workers: `pg_ctl stop -m fast` while they ingest, a pause,
// then a restart. The workers log the outage and the recovery, keep running, and every article
// ends up stored exactly once.
import assert from "node:assert/strict";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { setTimeout as sleep } from "node:timers/promises";
import { startCluster, type PgCluster } from "../store/pg-cluster.js";
import { generateArticles, writeJsonl } from "./articles.js";
import { articleCounts, runCli, startCli, unfinishedJobs, waitFor } from "./helpers.js";

const COUNT = 1200;
let cluster: PgCluster;

before(async () => {
  cluster = await startCluster();
});
after(async () => {
  await cluster?.dispose();
});

describe("PostgreSQL restarting under the workers", () => {
  it("logs the outage, retries, and loses or doubles nothing", async () => {
    const url = await cluster.createDatabase();
    const corpus = join(mkdtempSync(join(tmpdir(), "cc-restart-")), "articles.jsonl");
    writeJsonl(corpus, generateArticles(COUNT, 23));
    const queued = await runCli(["ingest", corpus, "--queue", "--db", url, "--job-timeout", "4", "--retry-delay", "1"]);
    assert.equal(queued.code, 0, queued.stderr);

    const workers = [0, 1].map(() => startCli(["worker", "--db", url, "--concurrency", "2", "--poll", "0.5", "--sweep", "1"]));
    try {
      await waitFor("a quarter of the articles stored", async () => (await articleCounts(url).catch(() => ({ rows: 0 }))).rows >= COUNT / 4, 30_000, 50);
      await cluster.stop();
      await sleep(3000);
      await cluster.start();
      await waitFor("every article stored and every job done", async () => {
        try {
          return (await articleCounts(url)).rows === COUNT && (await unfinishedJobs(url)) === 0;
        } catch {
          return false;
        }
      }, 45_000);
    } finally {
      for (const w of workers) w.child.kill("SIGTERM");
    }
    const codes = await Promise.all(workers.map((w) => w.exited));
    for (const [i, w] of workers.entries()) {
      assert.equal(codes[i], 0, `worker ${i} survived the outage and stopped cleanly:\n${w.stderr()}`);
      assert.match(w.stderr(), /database unreachable \(.+\)/, w.stderr());
      assert.match(w.stderr(), /database reachable again; resuming/, w.stderr());
    }
    assert.deepEqual(await articleCounts(url), { rows: COUNT, hashes: COUNT });
  });
});
