// Hostile strings in every query parameter of every list route (as /openapi.json declares them), and
// as parameter names: the answer is never HTML, never echoes markup or control characters, never a
// server error, and the ledger is unchanged afterwards.
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { readInputs } from "../../src/input/read.js";
import { ingestItems } from "../../src/pipeline/ingest.js";
import { defaultResources } from "../../src/resources/index.js";
import { createApp } from "../../src/server/app.js";
import { openStore } from "../../src/store/open.js";
import type { Store } from "../../src/store/store.js";
import { repo } from "../helpers.js";

const HOSTILE = [
  "<script>alert(1)</script>",
  "\"><img src=x onerror=alert(1)>",
  "' OR '1'='1",
  "1; DROP TABLE articles; --",
  "%' UNION SELECT text, text FROM articles --",
  "\" OR 1=1 --",
  "NEAR(drones said) OR * AND \"",
  "2024-08-01' OR '1'='1",
  "1 OR 1=1",
  "-1",
  "1e309",
  "9".repeat(400),
  "../../etc/passwd",
  "\u0000\u0001\u001b[2J",
  "Kyiv\u202egnp.exe",
  "x".repeat(10_000),
  "{\"$gt\": \"\"}",
];

let dir: string;
let store: Store;
let app: ReturnType<typeof createApp>;

async function snapshot(): Promise<string> {
  const all = { limit: 1000 };
  const rows = [await store.counts(), await store.listArticles(all), await store.listClaims(all), await store.listEvents(all)];
  return createHash("sha256").update(JSON.stringify(rows)).digest("hex");
}

before(async () => {
  dir = await mkdtemp(join(tmpdir(), "crosscheck-hostile-api-"));
  store = await openStore(join(dir, "ledger.db"));
  await ingestItems(readInputs([repo("examples")], { today: "2026-01-01" }), store, defaultResources());
  app = createApp({ store, resources: defaultResources(), today: () => "2026-01-01" });
});

after(async () => {
  await store.close();
  await rm(dir, { recursive: true, force: true });
});

interface ListRoute {
  path: string;
  params: { name: string; required: boolean }[];
}

/** Every GET route without a path parameter, with its query parameters, from the served OpenAPI document. */
async function listRoutes(): Promise<ListRoute[]> {
  const doc = (await (await app.request("/openapi.json")).json()) as { paths: Record<string, { get?: { parameters?: { in: string; name: string; required?: boolean }[] } }> };
  return Object.entries(doc.paths).flatMap(([path, ops]) =>
    ops.get && !path.includes("{") ? [{ path, params: (ops.get.parameters ?? []).filter((p) => p.in === "query").map((p) => ({ name: p.name, required: p.required === true })) }] : [],
  );
}

describe("hostile query parameters", () => {
  test("every parameter of every list route, and hostile parameter names, are refused or answered safely; nothing changes", { timeout: 300_000 }, async () => {
    const before = await snapshot();
    const routes = await listRoutes();
    for (const path of ["/api/articles", "/api/claims", "/api/events", "/api/search"]) assert.ok(routes.some((r) => r.path === path), path);
    let requests = 0;
    for (const route of routes) {
      const cases: [string, string][] = [];
      for (const param of route.params) for (const value of HOSTILE) cases.push([param.name, value]);
      for (const value of HOSTILE) cases.push([value, "1"]);
      for (const [key, value] of cases) {
        // Required parameters other than the one under test get a harmless value.
        const others = route.params.filter((p) => p.required && p.name !== key).map((p) => `&${p.name}=drones`).join("");
        const res = await app.request(`${route.path}?${encodeURIComponent(key)}=${encodeURIComponent(value)}${others}`);
        requests++;
        const label = `${route.path} ${JSON.stringify(key).slice(0, 40)}=${JSON.stringify(value).slice(0, 40)}`;
        assert.ok(res.status === 200 || res.status === 400, `${label}: ${res.status}`);
        const type = res.headers.get("content-type") ?? "";
        assert.doesNotMatch(type, /html/, label);
        if (res.status === 400 || !route.path.startsWith("/api/export/")) assert.match(type, /^application\/json/, label);
        assert.equal(res.headers.get("x-content-type-options"), "nosniff", label);
        const text = await res.text();
        if (/json/.test(type) && !/ndjson|jsonl/.test(type)) {
          const body = JSON.parse(text) as { error?: unknown };
          if (res.status === 400) assert.equal(typeof body.error, "string", label);
        }
        assert.ok(!/<script|<img|onerror/i.test(text), `${label} echoed markup: ${text.slice(0, 200)}`);
        assert.ok(!/[\u0000-\u0008\u001b\u202e]/.test(text), `${label} echoed control characters`);
      }
    }
    assert.ok(requests > 500, `${requests} requests`);
    assert.equal(await snapshot(), before, "the ledger is unchanged");
  });
});
