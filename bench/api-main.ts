// `npm run bench:api -- [--articles N] [--db FILE] [--runs N] [--shared PATH]`: API latency on a ledger of N articles.
import { join, resolve } from "node:path";
import { tmpdir } from "node:os";
import { parseArgs } from "node:util";
import { availableParallelism } from "node:os";
import { formatTable } from "../eval/table.js";
import { buildLedger, timeApi } from "./api.js";
import { loadCorpus } from "./corpus.js";
import { useBulkTiering } from "../src/cli/tiering.js";
import { parsedOrUsage, positiveInteger, sharedEvalFolder } from "./options.js";

const USAGE = `usage: npm run bench:api -- [--articles N] [--db FILE] [--runs N] [--shared PATH]

  --articles N   ledger size: articles cycled from the corpus (default 100000)
  --db FILE      the SQLite ledger to build or reuse (default: a file in the temp folder named by N)
  --runs N       requests timed per route (default 40)
  --shared PATH  folder holding eval/ (default: ../shared from the current directory)
  --help         show this help`;

async function main(): Promise<number> {
  useBulkTiering(); // as the CLI runs
  const parsed = parsedOrUsage(USAGE, () =>
    parseArgs({
      options: {
        articles: { type: "string", default: "100000" },
        db: { type: "string" },
        runs: { type: "string", default: "40" },
        shared: { type: "string" },
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
  const count = positiveInteger("articles", values.articles, USAGE);
  if (count === null) return 2;
  const runs = positiveInteger("runs", values.runs, USAGE);
  if (runs === null) return 2;
  const db = values.db ?? join(tmpdir(), `crosscheck-api-bench-${count}.db`);
  const sharedEval = sharedEvalFolder(values.shared, "building from examples/ only");
  const corpus = loadCorpus(sharedEval, resolve("examples")).flatMap((p) => p.articles);
  if (corpus.length === 0) {
    console.error("no articles found to build a ledger from");
    return 2;
  }
  const started = performance.now();
  const articles = await buildLedger(db, corpus, count, Math.max(1, availableParallelism() - 1));
  const builtIn = (performance.now() - started) / 1000;
  const timings = await timeApi(db, runs);
  console.log(formatTable({
    title: `bench: API latency on a ${articles.toLocaleString("en-US")}-article SQLite ledger (${db})`,
    columns: ["route", "p50 ms", "p95 ms", "runs"],
    rows: timings.map((t) => [t.route, t.p50.toFixed(1), t.p95.toFixed(1), t.runs]),
    notes: [`ledger ready in ${builtIn.toFixed(0)} s (reused when the file already holds the articles); requests go through the app in process`],
  }));
  return 0;
}

process.exitCode = await main();
