// A worker thread that extracts articles: loads the resources once, then answers requests.
import { parentPort, workerData } from "node:worker_threads";
import { extractArticle } from "../core/extract.js";
import { loadRules, prepareArticle } from "../ledger/index.js";
import type { Article } from "../core/types.js";
import { loadResources } from "../resources/index.js";
import { packExtraction } from "../store/extraction-json.js";
import type { WorkerSetup } from "./extract-pool.js";

interface Request {
  id: number;
  article: Article;
}

const setup = workerData as WorkerSetup;
const resources = loadResources(setup.resources);
const rules = loadRules();
parentPort!.on("message", (request: Request) => {
  try {
    const extraction = extractArticle(request.article, resources);
    // The ledger's per-article work is done here too, so the storing thread only indexes it.
    const prepared = prepareArticle(request.article, extraction, rules);
    // With several workers, packing here spares the storing thread (see batch.ts); the bytes move, not copy.
    const packed = setup.pack ? packExtraction(extraction) : undefined;
    parentPort!.postMessage({ id: request.id, extraction, prepared, packed }, packed ? [packed.buffer as ArrayBuffer] : []);
  } catch (error) {
    parentPort!.postMessage({ id: request.id, error: (error as Error).message });
  }
});
