// One ingest-scaling measurement in a process of its own, so that its peak memory is its own:
// `node dist/bench/ingest-scale.js SHARED_EVAL EXAMPLES COUNT THREADS` ingests COUNT cycled
// articles into a fresh SQLite ledger and prints one JSON line (rate, peak RSS, heap after GC).
import { useBulkTiering } from "../src/cli/tiering.js";
import { loadCorpus } from "./corpus.js";
import { benchIngest } from "./ingest.js";
import { RssPeak } from "./measure.js";

export interface IngestScaleResult {
  articlesPerSecond: number;
  stored: number;
  cpuMsPerArticle: number;
  peakRss: number;
}

useBulkTiering(); // as the CLI runs
const [sharedEval, examples, countArg, threadsArg] = process.argv.slice(2);
const corpus = loadCorpus(sharedEval === "-" ? null : sharedEval!, examples!).flatMap((p) => p.articles);
const rss = new RssPeak();
rss.reset();
const result = await rss.watch(benchIngest(corpus, Number(countArg), Number(threadsArg)), 100);
console.log(JSON.stringify({ ...result, peakRss: rss.peak } satisfies IngestScaleResult));
