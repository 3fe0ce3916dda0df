// A worker thread that extracts articles: loads the resources once, then answers requests.
import { parentPort, workerData } from "node:worker_threads";
import { extractArticle } from "../core/extract.js";
import type { Article } from "../core/types.js";
import { loadResources } from "../resources/index.js";

interface Request {
  id: number;
  article: Article;
}

const resources = loadResources({ actorFiles: (workerData as { actorFiles?: string[] }).actorFiles ?? [] });
parentPort!.on("message", (request: Request) => {
  try {
    parentPort!.postMessage({ id: request.id, extraction: extractArticle(request.article, resources) });
  } catch (error) {
    parentPort!.postMessage({ id: request.id, error: (error as Error).message });
  }
});
