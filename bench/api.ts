// API latency on a large ledger: builds (or reuses) a SQLite ledger of N articles cycled from the
// bench corpus, then times the main queries in process through the app (no network in the figure).
import { existsSync } from "node:fs";
import type { Article } from "../src/core/types.js";
import { ingestBatch } from "../src/pipeline/batch.js";
import { defaultResources } from "../src/resources/index.js";
import { createApp } from "../src/server/app.js";
import { SqliteStore } from "../src/store/sqlite.js";
import { cycled } from "./ingest.js";

export interface ApiTiming {
  route: string;
  p50: number;
  p95: number;
  runs: number;
}

const ROUTES = [
  "/api/claims?limit=100",
  "/api/claims?source=Russia&since=2024-08-10&until=2024-08-20&limit=100",
  "/api/claims?side=UA&limit=100",
  "/api/claims?q=drones&limit=50",
  "/api/events?bbox=30,45,45,56&limit=500",
  "/api/events?type=ASSAULT&since=2024-08-01&limit=200",
  "/api/disputes?limit=100",
  "/api/series?limit=100",
  "/api/verdicts?verdict=disputed&limit=100",
  "/api/places?bbox=30,45,45,56&limit=500",
  "/api/places?limit=500",
  "/api/places?since=2024-08-01&limit=500",
];

/** Fills `path` with `count` articles unless it already holds them (the ledger is reused between runs). */
export async function buildLedger(path: string, corpus: Article[], count: number, threads: number): Promise<number> {
  const store = new SqliteStore(path);
  try {
    const have = (await store.counts()).articles;
    if (have < count) await ingestBatch([...cycled(corpus, count)].slice(have), store, { threads });
    return (await store.counts()).articles;
  } finally {
    await store.close();
  }
}

/** The detail of an event reported more than once, which reads its whole cluster from the store. */
async function clusteredEventRoute(app: ReturnType<typeof createApp>): Promise<string[]> {
  const response = await app.request("/api/events?limit=500");
  const { items } = (await response.json()) as { items: { id: number; ledger: { cluster: string | null } }[] };
  const event = items.find((e) => e.ledger.cluster !== null);
  return event ? [`/api/events/${event.id}`] : [];
}

export async function timeApi(path: string, runs: number): Promise<ApiTiming[]> {
  if (!existsSync(path)) throw new Error(`${path}: no ledger to query`);
  const store = new SqliteStore(path);
  const app = createApp({ store, resources: defaultResources(), today: () => "2099-12-31" });
  try {
    // Warm: the ledger index is read once from the saved snapshot.
    for (const route of ROUTES) await app.request(route);
    const routes = [...ROUTES, ...(await clusteredEventRoute(app))];
    const out: ApiTiming[] = [];
    for (const route of routes) {
      const times: number[] = [];
      for (let i = 0; i < runs; i++) {
        const started = performance.now();
        const response = await app.request(route);
        await response.arrayBuffer();
        if (response.status !== 200) throw new Error(`${route}: HTTP ${response.status}`);
        times.push(performance.now() - started);
      }
      times.sort((a, b) => a - b);
      out.push({ route, p50: times[Math.floor(runs * 0.5)]!, p95: times[Math.min(runs - 1, Math.floor(runs * 0.95))]!, runs });
    }
    return out;
  } finally {
    await store.close();
  }
}
