// Extraction across cores: a fixed pool of worker threads, each with its own resources. Requests go
// to the worker with the fewest in flight; results come back as promises.
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

interface Pending {
  resolve(extracted: Extracted): void;
  reject(error: Error): void;
}

interface Slot {
  worker: Worker;
  inFlight: number;
}

export class ExtractPool {
  private readonly slots: Slot[];
  private readonly pending = new Map<number, Pending>();
  private nextId = 0;

  constructor(threads: number, resources: ResourceOptions = {}, pack = false) {
    const script = new URL("./extract-worker.js", import.meta.url);
    this.slots = Array.from({ length: Math.max(1, threads) }, () => {
      const slot: Slot = { worker: new Worker(script, { workerData: { resources, pack } satisfies WorkerSetup }), inFlight: 0 };
      slot.worker.on("message", (message: { id: number; extracted?: Extracted; error?: string }) => {
        slot.inFlight--;
        const waiter = this.pending.get(message.id);
        this.pending.delete(message.id);
        if (!waiter) return;
        if (message.extracted) waiter.resolve(message.extracted);
        else waiter.reject(new Error(message.error ?? "extraction failed"));
      });
      slot.worker.on("error", (error) => this.failAll(error));
      return slot;
    });
  }

  get size(): number {
    return this.slots.length;
  }

  extract(article: Article): Promise<Extracted> {
    const id = this.nextId++;
    let slot = this.slots[0];
    for (const s of this.slots) if (s.inFlight < slot.inFlight) slot = s;
    slot.inFlight++;
    return new Promise<Extracted>((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      slot.worker.postMessage({ id, article });
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }

  private failAll(error: Error): void {
    for (const waiter of this.pending.values()) waiter.reject(error);
    this.pending.clear();
  }
}
