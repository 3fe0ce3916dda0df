// Extraction across cores: a fixed pool of worker threads, each with its own resources. Requests go
// to the worker with the fewest in flight, up to a bound; beyond it they wait in a backlog, from
// which the workers take more as they finish and the calling thread may take one when it would
// otherwise sit idle (helpOne). Results come back as promises.
import { Worker } from "node:worker_threads";
import type { Article } from "../core/types.js";
import type { ResourceOptions } from "../resources/index.js";
import type { Extracted } from "./extracted.js";

/** What each worker is started with. */
export interface WorkerSetup {
  resources: ResourceOptions;
  /** Also pack each extraction for SQLite (see Extracted). */
  pack: boolean;
}

interface Request {
  id: number;
  article: Article;
  resolve(extracted: Extracted): void;
  reject(error: Error): void;
}

interface Slot {
  worker: Worker;
  inFlight: number;
}

/**
 * Requests a worker holds at most. Enough that it does not run dry while the storing thread writes
 * a batch without reading messages (a batch of 256 articles stored takes about as long as 160
 * extracted); the rest stay in the backlog, where the storing thread can still take them.
 */
const MAX_IN_FLIGHT = 256;

export class ExtractPool {
  private readonly slots: Slot[];
  private readonly pending = new Map<number, Request>();
  private readonly backlog: Request[] = [];
  private nextId = 0;

  /** `local`: extracts one article on the calling thread, for helpOne. */
  constructor(
    threads: number,
    resources: ResourceOptions = {},
    pack = false,
    private readonly local: ((article: Article) => Extracted) | null = null,
  ) {
    const script = new URL("./extract-worker.js", import.meta.url);
    this.slots = Array.from({ length: Math.max(1, threads) }, () => {
      const slot: Slot = { worker: new Worker(script, { workerData: { resources, pack } satisfies WorkerSetup }), inFlight: 0 };
      slot.worker.on("message", (message: { id: number; extracted?: Extracted; error?: string }) => {
        slot.inFlight--;
        const request = this.pending.get(message.id);
        this.pending.delete(message.id);
        const next = this.backlog.shift();
        if (next) this.send(slot, next);
        if (!request) return;
        if (message.extracted) request.resolve(message.extracted);
        else request.reject(new Error(message.error ?? "extraction failed"));
      });
      slot.worker.on("error", (error) => this.failAll(error));
      return slot;
    });
  }

  get size(): number {
    return this.slots.length;
  }

  extract(article: Article): Promise<Extracted> {
    return new Promise<Extracted>((resolve, reject) => {
      const request: Request = { id: this.nextId++, article, resolve, reject };
      let slot = this.slots[0]!;
      for (const s of this.slots) if (s.inFlight < slot.inFlight) slot = s;
      if (slot.inFlight < MAX_IN_FLIGHT) this.send(slot, request);
      else this.backlog.push(request);
    });
  }

  /**
   * Extracts the oldest request still in the backlog on the calling thread; false when none waits
   * (or the pool was made without a local extractor). A storing thread that would wait for a
   * worker calls this instead: on two cores one worker is the slower side, and this balances them.
   */
  helpOne(): boolean {
    if (!this.local) return false;
    const request = this.backlog.shift();
    if (!request) return false;
    try {
      request.resolve(this.local(request.article));
    } catch (error) {
      request.reject(error as Error);
    }
    return true;
  }

  async close(): Promise<void> {
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }

  private send(slot: Slot, request: Request): void {
    slot.inFlight++;
    this.pending.set(request.id, request);
    slot.worker.postMessage({ id: request.id, article: request.article });
  }

  private failAll(error: Error): void {
    for (const request of [...this.pending.values(), ...this.backlog]) request.reject(error);
    this.pending.clear();
    this.backlog.length = 0;
  }
}
