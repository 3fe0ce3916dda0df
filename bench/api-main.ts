// `npm run bench:api -- [--articles N] [--db FILE] [--runs N]`: API latency on a ledger of N articles.
import { join, resolve } from "node:path";
import { tmpdir } from "node:os";
import { parseArgs } from "node:util";
import { availableParallelism } from "node:os";
import { formatTable } from "../eval/table.js";
import { buildLedger, timeApi } from "./api.js";
import { loadCorpus } from "./corpus.js";

const { values } = parseArgs({
  options: {
    articles: { type: "string", default: "100000" },
    db: { type: "string" },
    runs: { type: "string", default: "40" },
    shared: { type: "string" },
  },
});
const count = Number(values.articles);
const runs = Number(values.runs);
const db = values.db ?? join(tmpdir(), `crosscheck-api-bench-${count}.db`);
const parts = loadCorpus(join(resolve(values.shared ?? "../shared"), "eval"), resolve("examples"));
const corpus = parts.flatMap((p) => p.articles);
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
