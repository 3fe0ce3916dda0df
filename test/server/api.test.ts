import assert from "node:assert/strict";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import type { Article } from "../../src/core/types.js";
import { ingestItems } from "../../src/pipeline/ingest.js";
import { defaultResources } from "../../src/resources/index.js";
import { createApp } from "../../src/server/app.js";
import { isLoopback, startServer } from "../../src/server/index.js";
import { openStore } from "../../src/store/open.js";
import type { ArticleDetail, ArticleRow, ClaimRow, Counts, SearchHit, Store } from "../../src/store/store.js";

// Hand-written reports in wire style (our own wording), dated so since/until filters can split them.
const ARTICLES: Article[] = [
  {
    id: "t-1", date: "2024-08-07", source: "Test Wire", title: "Drones downed over border region", url: null,
    text: "The Russian Defence Ministry said on Wednesday that its air defences had destroyed 12 Ukrainian drones over the Kursk region.\n\nUkraine's military did not comment on the claim.",
  },
  {
    id: "t-2", date: "2024-08-12", source: "Other Daily", title: "Kyiv reports advance", url: null,
    text: "Ukrainian commander Oleksandr Syrskyi said his forces controlled about 1,000 square kilometres of Russian territory. Moscow denied that its troops had lost ground near Sudzha.",
  },
  {
    id: "t-3", date: "2024-08-20", source: "Test Wire", title: "Evacuations continue", url: null,
    text: "Regional governor Alexei Smirnov said more than 120,000 people had left their homes, according to a statement on Telegram.",
  },
];

let dir: string;
let store: Store;
let app: ReturnType<typeof createApp>;

const get = async (path: string): Promise<{ status: number; body: any; res: Response }> => {
  const res = await app.request(path);
  const text = await res.text();
  return { status: res.status, body: res.headers.get("content-type")?.includes("json") ? JSON.parse(text) : text, res };
};

const post = async (body: string, type: string) => {
  const res = await app.request("/api/ingest", { method: "POST", body, headers: { "Content-Type": type } });
  return { status: res.status, body: await res.json() };
};

before(async () => {
  dir = await mkdtemp(join(tmpdir(), "crosscheck-api-"));
  store = await openStore(join(dir, "ledger.db"));
  const summary = await ingestItems(ARTICLES.map((article) => ({ article, where: article.id! })), store, defaultResources());
  assert.equal(summary.stored, ARTICLES.length);
  app = createApp({ store, resources: defaultResources(), today: () => "2024-12-31" });
});

after(async () => {
  await store.close();
  await rm(dir, { recursive: true, force: true });
});

describe("reading the ledger", () => {
  test("lists articles and filters them by date and outlet", async () => {
    const all = await get("/api/articles");
    assert.equal(all.status, 200);
    assert.deepEqual((all.body.items as ArticleRow[]).map((a) => a.ext_id), ["t-1", "t-2", "t-3"]);
    assert.equal(all.body.next, null);
    const since = await get("/api/articles?since=2024-08-10&until=2024-08-15");
    assert.deepEqual((since.body.items as ArticleRow[]).map((a) => a.ext_id), ["t-2"]);
    const outlet = await get("/api/articles?source=test%20wire");
    assert.deepEqual((outlet.body.items as ArticleRow[]).map((a) => a.ext_id), ["t-1", "t-3"]);
  });

  test("pages with the after cursor until next is null", async () => {
    const seen: string[] = [];
    let cursor: number | null = 0;
    while (cursor !== null) {
      const { body }: { body: { items: ArticleRow[]; next: number | null } } = await get(`/api/articles?limit=2&after=${cursor}`);
      assert.ok(body.items.length <= 2);
      seen.push(...body.items.map((a) => a.ext_id!));
      if (body.next !== null) assert.equal(body.next, body.items.at(-1)!.id);
      cursor = body.next;
    }
    assert.deepEqual(seen, ["t-1", "t-2", "t-3"]);
  });

  test("returns an article with its text and full extraction, 404 for an unknown id", async () => {
    const first = (await get("/api/articles?limit=1")).body.items[0] as ArticleRow;
    const { status, body } = await get(`/api/articles/${first.id}`);
    assert.equal(status, 200);
    const detail = body as ArticleDetail;
    assert.equal(detail.text, ARTICLES[0].text);
    assert.equal(detail.extraction.schema, 1);
    for (const s of detail.extraction.sentences) assert.ok(s.end <= detail.text.length);
    const missing = await get("/api/articles/999999");
    assert.equal(missing.status, 404);
    assert.match(missing.body.error, /^id:/);
  });

  test("lists claims with their article, filtered by article and claim date", async () => {
    const { status, body } = await get("/api/claims");
    assert.equal(status, 200);
    const claims = body.items as ClaimRow[];
    assert.ok(claims.length > 0, "the sample articles contain attributions");
    for (const c of claims) {
      const detail = (await get(`/api/articles/${c.article_id}`)).body as ArticleDetail;
      assert.equal(detail.text.slice(c.source.start, c.source.end), c.source.text);
      assert.equal(detail.text.slice(c.cue.start, c.cue.end), c.cue.text);
    }
    const one = claims[0];
    const byArticle = (await get(`/api/claims?article=${one.article_id}`)).body.items as ClaimRow[];
    assert.ok(byArticle.length > 0 && byArticle.every((c) => c.article_id === one.article_id));
    const late = (await get("/api/claims?since=2024-09-01")).body.items as ClaimRow[];
    assert.equal(late.length, 0);
  });

  test("lists events and counts", async () => {
    const events = await get("/api/events?limit=5");
    assert.equal(events.status, 200);
    assert.ok(Array.isArray(events.body.items));
    const stats = (await get("/api/stats")).body as Counts;
    assert.equal(stats.articles, 3);
    assert.equal(typeof stats.claims, "number");
  });

  test("searches article text and claims", async () => {
    const { status, body } = await get("/api/search?q=Telegram");
    assert.equal(status, 200);
    const hits = body.items as SearchHit[];
    assert.ok(hits.some((h) => h.title === "Evacuations continue"));
    const none = await get("/api/search?q=zzzqqq");
    assert.deepEqual(none.body.items, []);
  });
});

describe("refusing bad requests", () => {
  test("bad dates, numbers and unknown parameters give 400 naming the field", async () => {
    const cases: [string, RegExp][] = [
      ["/api/articles?since=2024-13-01", /^since: expected a date YYYY-MM-DD$/],
      ["/api/claims?until=yesterday", /^until: /],
      ["/api/claims?limit=abc", /^limit: expected an integer/],
      ["/api/claims?limit=0", /^limit: /],
      ["/api/claims?limit=5000", /^limit: /],
      ["/api/events?after=-1", /^after: /],
      ["/api/claims?article=1.5", /^article: /],
      ["/api/claims?colour=red", /^colour: unknown parameter/],
      ["/api/articles/abc", /^id: /],
      ["/api/search", /^q: expected search text$/],
    ];
    for (const [path, message] of cases) {
      const { status, body } = await get(path);
      assert.equal(status, 400, path);
      assert.match(body.error, message, path);
      assert.ok(!("stack" in body), "no stack trace reaches the client");
    }
  });

  test("hostile strings in parameters are answered normally as JSON, never echoed as HTML", async () => {
    const hostile = ["' OR 1=1 --", "\"; DROP TABLE claims; --", "<script>alert(1)</script>", "%' UNION SELECT text FROM articles --"];
    for (const value of hostile) {
      for (const path of [`/api/claims?source=${encodeURIComponent(value)}`, `/api/articles?source=${encodeURIComponent(value)}`, `/api/search?q=${encodeURIComponent(value)}`]) {
        const { status, body, res } = await get(path);
        assert.equal(status, 200, path);
        assert.match(res.headers.get("content-type") ?? "", /^application\/json/);
        assert.ok(Array.isArray(body.items), path);
        assert.ok(!JSON.stringify(body).includes("<script>"), `${path} reflects the input`);
      }
    }
    assert.equal(((await get("/api/stats")).body as Counts).articles, 3, "the ledger is intact");
    const bad = await get(`/api/claims?since=${encodeURIComponent("<script>alert(1)</script>")}`);
    assert.equal(bad.status, 400);
    assert.ok(!bad.body.error.includes("<script>"), "error messages do not echo the input");
  });

  test("static files: the UI is served with security headers; path traversal is refused", async () => {
    const index = await get("/");
    assert.equal(index.status, 200);
    assert.match(index.res.headers.get("content-type") ?? "", /^text\/html/);
    assert.match(index.res.headers.get("content-security-policy") ?? "", /default-src 'self'/);
    assert.equal(index.res.headers.get("x-content-type-options"), "nosniff");
    for (const path of ["/../package.json", "/%2e%2e/package.json", "/%2E%2E/%2E%2E/package.json", "/dist/..%2f..%2fpackage.json", "/..%5c..%5cpackage.json", "/web/index.html", "/src/app.ts", "/package.json", "/index.html%00.css"]) {
      const res = await app.request(path);
      assert.equal(res.status, 404, path);
      const text = await res.text();
      assert.ok(!text.includes('"name": "crosscheck"') && !text.includes("devDependencies"), `${path} leaked a file`);
    }
  });
});

describe("POST /api/ingest", () => {
  test("stores one JSON article, then reports it as a duplicate", async () => {
    const article = { date: "2024-08-22", source: "Posted", text: "Officials in Sumy said two schools were damaged by shelling overnight." };
    const first = await post(JSON.stringify(article), "application/json");
    assert.equal(first.status, 200);
    assert.deepEqual(first.body, { stored: 1, duplicates: 0, failed: 0, errors: [] });
    const again = await post(JSON.stringify(article), "application/json");
    assert.equal(again.status, 200);
    assert.equal(again.body.duplicates, 1);
  });

  test("JSON Lines: a bad line is reported with its line number and the good one is stored", async () => {
    const lines = [
      JSON.stringify({ date: "2024-08-23", text: "A spokesman for the regional administration said power had been restored in Rylsk." }),
      '{"date": "2024-08-23", "text": ',
      JSON.stringify({ date: "2024-99-01", text: "Dated badly." }),
    ].join("\n");
    const { status, body } = await post(lines, "application/x-ndjson");
    assert.equal(status, 207);
    assert.equal(body.stored, 1);
    assert.equal(body.failed, 2);
    assert.deepEqual(body.errors.map((e: { where: string }) => e.where), ["body:2", "body:3"]);
    assert.match(body.errors[0].message, /not valid JSON/);
    assert.match(body.errors[1].message, /calendar date/);
  });

  test("dateline text is parsed like a file; all-bad input is 422; other types 415", async () => {
    const dateline = "date 2024-08-24\nsource Posted\n\nThe governor said shelling had stopped in Glushkovo by the evening.";
    const ok = await post(dateline, "text/plain; charset=utf-8");
    assert.equal(ok.status, 200);
    assert.equal(ok.body.stored, 1);
    const future = await post(JSON.stringify({ date: "2031-01-01", text: "Not yet." }), "application/json");
    assert.equal(future.status, 422);
    assert.equal(future.body.failed, 1);
    assert.match(future.body.errors[0].message, /future/);
    const noHeader = await post("Just a body with no date line.", "text/plain");
    assert.equal(noHeader.status, 422);
    assert.equal(noHeader.body.errors[0].where, "body:1");
    const form = await app.request("/api/ingest", { method: "POST", body: "a=b", headers: { "Content-Type": "application/x-www-form-urlencoded" } });
    assert.equal(form.status, 415);
    assert.match((await form.json()).error, /^content-type: /);
  });

  test("a body over 5 MB is refused with 413 and a JSON error", async () => {
    const big = JSON.stringify({ date: "2024-08-25", text: "x".repeat(5 * 1024 * 1024 + 10) });
    const { status, body } = await post(big, "application/json");
    assert.equal(status, 413);
    assert.match(body.error, /^body: /);
  });
});

describe("access token", () => {
  test("with a token, /api/* requires Authorization: Bearer", async () => {
    const guarded = createApp({ store, resources: defaultResources(), today: () => "2024-12-31", token: "s3cret-token" });
    const none = await guarded.request("/api/stats");
    assert.equal(none.status, 401);
    assert.match(none.headers.get("www-authenticate") ?? "", /^Bearer/);
    const wrong = await guarded.request("/api/stats", { headers: { Authorization: "Bearer nope" } });
    assert.equal(wrong.status, 401);
    const right = await guarded.request("/api/stats", { headers: { Authorization: "Bearer s3cret-token" } });
    assert.equal(right.status, 200);
    assert.equal((await guarded.request("/")).status, 200, "the static UI itself needs no token");
  });
});

describe("startServer", () => {
  test("refuses a non-loopback address without a token, before binding anything", async () => {
    for (const host of ["127.0.0.1", "::1", "localhost", "127.3.4.5"]) assert.ok(isLoopback(host), host);
    for (const host of ["0.0.0.0", "::", "192.168.1.20", "example.org"]) assert.ok(!isLoopback(host), host);
    await assert.rejects(startServer({ store, resources: defaultResources(), port: 0, host: "0.0.0.0" }), /refusing to listen on 0\.0\.0\.0 without an access token/);
  });

  test("port 0 binds a free port and returns the real url", async () => {
    const server = await startServer({ store, resources: defaultResources(), port: 0, host: "127.0.0.1" });
    try {
      assert.match(server.url, /^http:\/\/127\.0\.0\.1:[1-9]\d*$/);
      const res = await fetch(`${server.url}/api/stats`);
      assert.equal(res.status, 200);
    } finally {
      await server.close();
    }
  });
});
