// A worker thread that extracts articles: loads the resources once, then answers requests.
import { parentPort, workerData } from "node:worker_threads";
import { extractArticle } from "../core/extract.js";
import { loadRules, prepareArticle } from "../ledger/index.js";
import type { Article } from "../core/types.js";
import { loadResources, type ResourceOptions } from "../resources/index.js";

interface Request {
  id: number;
  article: Article;
}

const resources = loadResources(workerData as ResourceOptions);
const rules = loadRules();
parentPort!.on("message", (request: Request) => {
  try {
    const extraction = extractArticle(request.article, resources);
    // The ledger's per-article work is done here too, so the storing thread only indexes it.
    parentPort!.postMessage({ id: request.id, extraction, prepared: prepareArticle(request.article, extraction, rules) });
  } catch (error) {
    parentPort!.postMessage({ id: request.id, error: (error as Error).message });
  }
});
