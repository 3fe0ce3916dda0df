// A benchmark worker: loads the core's resources once, then extracts its share of each job.
import { parentPort, workerData } from "node:worker_threads";
import { extractArticle } from "../src/core/extract.js";
import type { Article } from "../src/core/types.js";
import { defaultResources } from "../src/resources/index.js";
import { cycledArticle, type Job, type JobResult } from "./pool.js";

const articles = (workerData as { articles: Article[] }).articles;
const resources = defaultResources();
const port = parentPort!;

port.on("message", (job: Job) => {
  let done = 0;
  let items = 0;
  let heapPeak = 0;
  for (let i = job.first; i < job.total; i += job.step) {
    // Counting what comes out keeps the work observable; nothing is kept, so memory stays flat.
    items += extractArticle(cycledArticle(articles, i), resources).claims.length;
    if (++done % 256 === 0) heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed);
  }
  heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed);
  // With `node --expose-gc`, what survives a full collection tells a leak from collection deferred.
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  const result: JobResult = { done, items, heapPeak, heapRetained: gc ? process.memoryUsage().heapUsed : null };
  port.postMessage(result);
});
port.postMessage("ready");
