// A real server on loopback: 1,000 concurrent requests over keep-alive connections are all
// answered; and off loopback the API demands the token.
import assert from "node:assert/strict";
import { mkdtemp, rm } from "node:fs/promises";
import { Agent, request } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { readInputs } from "../../src/input/read.js";
import { ingestItems } from "../../src/pipeline/ingest.js";
import { defaultResources } from "../../src/resources/index.js";
import { startServer } from "../../src/server/index.js";
import { openStore } from "../../src/store/open.js";
import type { Store } from "../../src/store/store.js";
import { repo } from "../helpers.js";

const PATHS = ["/api/stats", "/api/articles?limit=5", "/api/claims?limit=20", "/api/events?limit=20", "/api/search?q=drones", "/api/claims?since=2024-08-10&source=Russia"];

let dir: string;
let store: Store;

before(async () => {
  dir = await mkdtemp(join(tmpdir(), "crosscheck-load-"));
  store = await openStore(join(dir, "ledger.db"));
  await ingestItems(readInputs([repo("examples")], { today: "2026-01-01" }), store, defaultResources());
});

after(async () => {
  await store.close();
  await rm(dir, { recursive: true, force: true });
});

/** GET over the given agent; resolves with the status and body, rejects on any socket error. */
function get(agent: Agent, url: string, headers: Record<string, string> = {}): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { agent, headers }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (chunk: string) => (body += chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
      res.on("error", reject);
    });
    req.setTimeout(30_000, () => req.destroy(new Error(`timed out: ${url}`)));
    req.on("error", reject);
    req.end();
  });
}

describe("under load", () => {
  test("1,000 concurrent requests on loopback are all answered", { timeout: 120_000 }, async () => {
    const server = await startServer({ store, resources: defaultResources(), port: 0, host: "127.0.0.1" });
    // Keep-alive with a bounded pool: the 1,000 requests are in flight at once and share 64 sockets.
    const agent = new Agent({ keepAlive: true, maxSockets: 64 });
    try {
      const results = await Promise.all(Array.from({ length: 1000 }, (_, i) => get(agent, `${server.url}${PATHS[i % PATHS.length]}`)));
      const failures = results.filter((r) => r.status !== 200);
      assert.deepEqual(failures.slice(0, 3), [], `${failures.length} requests failed`);
      for (const r of results) JSON.parse(r.body);
      assert.equal(JSON.parse(results[0].body).articles, (await store.counts()).articles);
    } finally {
      agent.destroy();
      await server.close();
    }
  });
});

describe("off loopback", () => {
  test("a server bound beyond loopback serves the API only with the token", async () => {
    const server = await startServer({ store, resources: defaultResources(), port: 0, host: "0.0.0.0", token: "load-test-token" });
    const agent = new Agent({ keepAlive: false });
    try {
      const url = server.url.replace("0.0.0.0", "127.0.0.1");
      assert.equal((await get(agent, `${url}/api/stats`)).status, 401);
      assert.equal((await get(agent, `${url}/api/stats`, { Authorization: "Bearer wrong" })).status, 401);
      const ok = await get(agent, `${url}/api/stats`, { Authorization: "Bearer load-test-token" });
      assert.equal(ok.status, 200);
      assert.equal(JSON.parse(ok.body).articles, (await store.counts()).articles);
    } finally {
      agent.destroy();
      await server.close();
    }
  });
});
