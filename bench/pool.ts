// A fixed pool of worker threads that extract a cycled corpus in parallel (bench only).
import { Worker } from "node:worker_threads";
import type { Article } from "../src/core/types.js";

/** Worker `first` of `step` workers takes articles first, first + step, ... below `total`. */
export interface Job {
  first: number;
  step: number;
  total: number;
}

export interface JobResult {
  done: number;
  items: number;
  /** The worker isolate's highest V8 heap use seen during the job. */
  heapPeak: number;
  /** Heap still in use after a full collection at the end (null unless run with --expose-gc). */
  heapRetained: number | null;
}

/** Article `i` of the corpus repeated without end; each repetition gets fresh ids. */
export function cycledArticle(articles: Article[], i: number): Article {
  const base = articles[i % articles.length]!;
  return { ...base, id: `${base.id ?? "article"}#${Math.floor(i / articles.length)}` };
}

export class ExtractPool {
  private constructor(private readonly workers: Worker[]) {}

  /** Starts `size` workers and waits until each has loaded its resources. */
  static async start(articles: Article[], size: number): Promise<ExtractPool> {
    const url = new URL("./worker.js", import.meta.url);
    const workers = Array.from({ length: size }, () => new Worker(url, { workerData: { articles } }));
    await Promise.all(workers.map((w) => nextMessage<string>(w)));
    return new ExtractPool(workers);
  }

  get size(): number {
    return this.workers.length;
  }

  /** Extracts `total` cycled articles across the workers; resolves with every worker's result. */
  run(total: number): Promise<JobResult[]> {
    return Promise.all(
      this.workers.map((w, first) => {
        const reply = nextMessage<JobResult>(w);
        const job: Job = { first, step: this.workers.length, total };
        w.postMessage(job);
        return reply;
      }),
    );
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}

function nextMessage<T>(worker: Worker): Promise<T> {
  return new Promise((resolve, reject) => {
    const onError = (error: Error): void => {
      worker.off("message", onMessage);
      reject(error);
    };
    const onMessage = (message: T): void => {
      worker.off("error", onError);
      resolve(message);
    };
    worker.once("message", onMessage);
    worker.once("error", onError);
  });
}
