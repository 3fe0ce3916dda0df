// A worker thread that extracts articles: loads the resources once, then answers requests.
import { parentPort, workerData } from "node:worker_threads";
import { extractArticle } from "../core/extract.js";
import { loadRules } from "../ledger/index.js";
import type { Article } from "../core/types.js";
import { loadResources } from "../resources/index.js";
import type { WorkerSetup } from "./extract-pool.js";
import { forTransfer, toExtracted } from "./extracted.js";

interface Request {
  id: number;
  article: Article;
}

const setup = workerData as WorkerSetup;
const resources = loadResources(setup.resources);
const rules = loadRules();
parentPort!.on("message", (request: Request) => {
  try {
    // The ledger's per-article work is done here too, so the storing thread only indexes it.
    const { extracted, transfer } = forTransfer(toExtracted(request.article, extractArticle(request.article, resources), rules), setup.pack);
    parentPort!.postMessage({ id: request.id, extracted }, transfer);
  } catch (error) {
    parentPort!.postMessage({ id: request.id, error: (error as Error).message });
  }
});
