// The desk's API over a ledger built from examples/: filters on every clock, sides, places and
// boxes, verdicts from the cross-article ledger, cursor pagination, details with everything linked,
// streamed exports that parse as CSV / JSON Lines / GeoJSON, the OpenAPI document, and ingest
// updating the ledger the server holds.
import assert from "node:assert/strict";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { readInputs } from "../../src/input/read.js";
import { ingestItems } from "../../src/pipeline/ingest.js";
import { rebuildLedger } from "../../src/pipeline/ledger.js";
import { defaultResources } from "../../src/resources/index.js";
import { createApp } from "../../src/server/app.js";
import { openStore } from "../../src/store/open.js";
import type { Store } from "../../src/store/store.js";
import { repo } from "../helpers.js";

let dir: string;
let store: Store;
let app: ReturnType<typeof createApp>;

async function get(path: string): Promise<{ status: number; body: any; text: string; type: string }> {
  const res = await app.request(path);
  const text = await res.text();
  const type = res.headers.get("content-type") ?? "";
  return { status: res.status, body: /^application\/json/.test(type) ? JSON.parse(text) : text, text, type };
}

/** Every item of a list, following `next`. */
async function all(path: string, limit = 7): Promise<any[]> {
  const out: any[] = [];
  let after: string | number | null = null;
  for (let guard = 0; guard < 500; guard++) {
    const sep = path.includes("?") ? "&" : "?";
    const { status, body } = await get(`${path}${sep}limit=${limit}${after !== null ? `&after=${encodeURIComponent(String(after))}` : ""}`);
    assert.equal(status, 200, path);
    assert.ok(body.items.length <= limit);
    out.push(...body.items);
    after = body.next;
    if (after === null) return out;
  }
  throw new Error("pagination did not end");
}

/** RFC 4180 rows. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') (field += '"', i++);
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") (row.push(field), (field = ""));
    else if (ch === "\r" && text[i + 1] === "\n") {
      row.push(field);
      rows.push(row);
      (row = []), (field = ""), i++;
    } else field += ch;
  }
  assert.equal(quoted, false, "an unterminated quoted field");
  if (field || row.length) (row.push(field), rows.push(row));
  return rows;
}

before(async () => {
  dir = await mkdtemp(join(tmpdir(), "crosscheck-desk-api-"));
  store = await openStore(join(dir, "ledger.db"));
  const summary = await ingestItems(readInputs([repo("examples")], { today: "2099-12-31" }), store, defaultResources());
  assert.ok(summary.stored >= 20);
  await rebuildLedger(store);
  app = createApp({ store, resources: defaultResources(), today: () => "2099-12-31" });
});

after(async () => {
  await store.close();
  await rm(dir, { recursive: true, force: true });
});

describe("filters", () => {
  test("side, actor, report date and claim date filter claims", async () => {
    const ua = await all("/api/claims?side=UA", 50);
    assert.ok(ua.length > 3 && ua.every((c) => c.source.affiliation === "UA"));
    const z = await all(`/api/claims?actor=${encodeURIComponent("volodymyr zelenskiy")}`, 50);
    assert.ok(z.length > 0 && z.every((c) => c.source.actor === "Volodymyr Zelenskiy"));
    const reported = await all("/api/claims?reported_since=2024-08-15&reported_until=2024-08-15", 50);
    assert.ok(reported.length > 0 && reported.every((c) => c.article_date === "2024-08-15"));
    const said = await all("/api/claims?since=2024-08-12&until=2024-08-13", 50);
    assert.ok(said.length > 0 && said.every((c) => c.time >= "2024-08-12" && c.time <= "2024-08-13"));
    const every = await all("/api/claims", 50);
    const speech = await all("/api/claims?kind=speech", 50);
    assert.ok(speech.length > 0 && speech.length < every.length, "not every claim is speech");
    assert.deepEqual(speech.map((c) => c.id), every.filter((c) => c.kind === "speech").map((c) => c.id));
  });

  test("bounding boxes: events and places inside, nothing in an empty ocean, boxes across the antimeridian", async () => {
    const box = [30, 45, 45, 56];
    const events = await all(`/api/events?bbox=${box.join(",")}`, 50);
    assert.ok(events.length > 5);
    for (const e of events) assert.ok(e.location.lon >= 30 && e.location.lon <= 45 && e.location.lat >= 45 && e.location.lat <= 56, JSON.stringify(e.location));
    const places = await all(`/api/places?bbox=${box.join(",")}`, 50);
    assert.ok(places.some((p) => p.name === "Kursk Oblast") && places.some((p) => p.country === "UA"));
    assert.ok(!places.some((p) => p.name === "Russia"), "Russia's centroid (100E) is outside the box");
    assert.deepEqual((await get("/api/places?bbox=-40,-50,-20,-40")).body.items, []);
    // 170E..-170W wraps over the antimeridian; 90E..120E with Russia's centroid at 100E does not wrap.
    assert.deepEqual((await get("/api/places?bbox=170,50,-170,70")).body.items, []);
    assert.ok((await get("/api/places?bbox=90,50,110,70")).body.items.some((p: { name: string }) => p.name === "Russia"));
    assert.ok((await get("/api/places?bbox=90,50,-170,70")).body.items.some((p: { name: string }) => p.name === "Russia"), "a wrapping box from 90E to 170W holds 100E");
    const claims = await all(`/api/claims?bbox=${box.join(",")}`, 50);
    assert.ok(claims.length > 0 && claims.length < (await all("/api/claims", 200)).length);
  });

  test("event type, place, free text and verdict", async () => {
    const assaults = await all("/api/events?type=assault", 50);
    assert.ok(assaults.length > 0 && assaults.every((e) => e.type === "ASSAULT"));
    const captures = await all("/api/events?type=ASSAULT/capture", 50);
    assert.ok(captures.length > 0 && captures.every((e) => e.mode === "capture"));
    const kursk = await all(`/api/events?place=${encodeURIComponent("Kursk Oblast")}`, 50);
    assert.ok(kursk.length > 0 && kursk.every((e) => e.place === "Kursk Oblast" || e.location?.name === "Kursk Oblast"));
    const text = await all("/api/claims?q=prisoners", 50);
    assert.ok(text.length > 0 && text.every((c) => /prisoner/i.test(`${c.source.text} ${c.content.text}`)));
    const disputed = await all("/api/claims?verdict=disputed", 50);
    assert.ok(disputed.length > 0 && disputed.every((c) => c.ledger.verdict === "disputed"));
    const propositions = await all("/api/propositions?verdict=disputed", 50);
    assert.ok(propositions.some((p) => p.id === "territory_held|UA|Kursk Oblast|2024-08"));
    const evDisputedOrNot = await all("/api/events?verdict=corroborated", 50);
    assert.ok(evDisputedOrNot.every((e) => e.ledger.verdict === "corroborated"));
  });
});

describe("pagination", () => {
  test("cursor pages of every list add up to the whole list, without repeats", async () => {
    for (const path of ["/api/claims", "/api/events", "/api/places", "/api/actors", "/api/propositions", "/api/disputes", "/api/series", "/api/verdicts", "/api/articles"]) {
      const paged = await all(path, 7);
      const whole = (await get(`${path}?limit=1000`)).body.items;
      assert.equal(paged.length, whole.length, path);
      const key = (x: { id?: unknown; name?: string }) => String(x.id ?? x.name);
      assert.deepEqual(paged.map(key), whole.map(key), path);
      assert.equal(new Set(paged.map(key)).size, paged.length, `${path} repeats an item`);
    }
  });
});

describe("details", () => {
  test("a claim with its article, sentence, actor, propositions and verdict", async () => {
    const [claim] = await all(`/api/claims?actor=${encodeURIComponent("Oleksandr Syrskyi")}&verdict=disputed`, 50);
    assert.ok(claim, "Syrskyi's territory figures are disputed");
    const { status, body } = await get(`/api/claims/${claim.id}`);
    assert.equal(status, 200);
    assert.equal(body.claim.id, claim.id);
    assert.equal(body.article.id, claim.article_id);
    assert.ok(body.sentence.text.includes(claim.cue.text));
    assert.equal(body.actor.name, "Oleksandr Syrskyi");
    assert.equal(body.actor.affiliation, "UA");
    assert.ok(body.propositions.some((p: { id: string; verdict: { verdict: string } }) => p.id.startsWith("territory_held|UA|Kursk Oblast") && p.verdict.verdict === "disputed"));
    assert.ok(body.disputes.length > 0);
    assert.equal((await get("/api/claims/999999")).status, 404);
  });

  test("an article with its annotations and its claims' ledger entries; events, places, actors, ledger items", async () => {
    const { body } = await get("/api/articles/1");
    assert.ok(body.extraction.claims.length > 0);
    for (const c of body.extraction.claims) assert.equal(typeof body.ledger.claims[c.id].id, "number");
    const event = (await get("/api/events?limit=1")).body.items[0];
    const ev = (await get(`/api/events/${event.id}`)).body;
    assert.equal(ev.event.id, event.id);
    assert.ok(ev.sentence.text.includes(event.trigger.text));
    // The server indexes clusters without their merges; an event's detail reads its whole cluster.
    const events = (await get("/api/events?limit=1000")).body.items as { id: number; ledger: { cluster: string | null } }[];
    const clustered = events.find((e) => e.ledger.cluster !== null);
    assert.ok(clustered, "the examples report some event more than once");
    const { cluster } = (await get(`/api/events/${clustered.id}`)).body as { cluster: { id: string; members: unknown[]; merges: unknown[] } };
    assert.equal(cluster.id, clustered.ledger.cluster);
    assert.ok(cluster.members.length >= 2 && cluster.merges.length === cluster.members.length - 1);
    const place = (await get(`/api/places?place=${encodeURIComponent("Kursk Oblast")}`)).body.items[0];
    const pd = (await get(`/api/places/${place.id}`)).body;
    assert.ok(pd.claims.length > 0 && pd.events.length > 0);
    const actor = (await get(`/api/actors/${encodeURIComponent("Alexei Smirnov")}`)).body;
    assert.equal(actor.actor.affiliation, "RU");
    assert.ok(actor.actor.disputed > 0 && actor.figures.length > 0);
    const series = (await get(`/api/series/${encodeURIComponent("territory_held|UA|Kursk Oblast|UA")}`)).body;
    assert.ok(series.points.length >= 4 && series.points.every((p: { sources: unknown[] }) => p.sources.length > 0));
    type Point = { sources: unknown[]; sources_total: number };
    assert.ok(series.points.every((p: Point) => p.sources.length === p.sources_total), "one series shows every source");
    const listed = (await get("/api/series?limit=1000")).body.items as { points: Point[] }[];
    assert.ok(listed.length > 0 && listed.every((x) => x.points.every((p) => p.sources.length === Math.min(10, p.sources_total))), "a list shows the first ten");
    const verdict = (await get(`/api/verdicts/${encodeURIComponent("proposition:territory_held|UA|Kursk Oblast|2024-08")}`)).body;
    assert.equal(verdict.verdict, "disputed");
    const dispute = (await get("/api/disputes?limit=1")).body.items[0];
    assert.equal((await get(`/api/disputes/${encodeURIComponent(dispute.id)}`)).body.id, dispute.id);
    const prop = (await get(`/api/propositions/${encodeURIComponent("territory_held|UA|Kursk Oblast|2024-08")}`)).body;
    assert.deepEqual(prop.proposition.sides, ["RU", "UA"]);
    for (const path of ["/api/events/999999", "/api/places/999999", "/api/actors/Nobody%20At%20All", "/api/series/nope", "/api/disputes/nope", "/api/verdicts/nope", "/api/propositions/nope"]) {
      const r = await get(path);
      assert.equal(r.status, 404, path);
      assert.match(r.body.error, /^id: /);
    }
  });
});

describe("refusals", () => {
  test("bad filters are 400s naming the field", async () => {
    const cases: [string, RegExp][] = [
      ["/api/events?bbox=1,2,3", /^bbox: expected minLon,minLat,maxLon,maxLat/],
      ["/api/events?bbox=10,60,20,50", /^bbox: .*minLat <= maxLat/],
      ["/api/places?bbox=200,0,210,10", /^bbox: /],
      ["/api/claims?verdict=true", /^verdict: expected one of corroborated, disputed, single-source, unverified$/],
      ["/api/claims?kind=rumour", /^kind: expected one of speech, evidence, /],
      ["/api/claims?since=2024-08-20&until=2024-08-10", /^until: expected a date on or after since/],
      ["/api/claims?reported_since=2024-02-30", /^reported_since: expected a date/],
      ["/api/disputes?colour=red", /^colour: unknown parameter/],
      ["/api/verdicts?target=article", /^target: expected proposition or event$/],
      ["/api/actors?limit=0", /^limit: /],
      ["/api/export/claims.csv?bbox=x", /^bbox: /],
      ["/api/claims/0", /^id: /],
    ];
    for (const [path, message] of cases) {
      const { status, body } = await get(path);
      assert.equal(status, 400, path);
      assert.match(body.error, message, path);
    }
  });
});

describe("exports", () => {
  test("claims and events as CSV: one header, equal column counts, one row per item", async () => {
    for (const [kind, filter] of [["claims", "side=UA"], ["events", "type=ASSAULT"]] as const) {
      const csv = await get(`/api/export/${kind}.csv?${filter}`);
      assert.equal(csv.status, 200);
      assert.match(csv.type, /^text\/csv/);
      const rows = parseCsv(csv.text);
      const width = rows[0].length;
      assert.ok(rows.every((r) => r.length === width), `${kind}: ragged rows`);
      assert.equal(rows[0][0], "id");
      const listed = await all(`/api/${kind}?${filter}`, 100);
      assert.deepEqual(rows.slice(1).map((r) => Number(r[0])), listed.map((x) => x.id));
    }
    const csv = parseCsv((await get("/api/export/claims.csv?verdict=disputed")).text);
    const col = csv[0].indexOf("verdict");
    assert.ok(csv.length > 1 && csv.slice(1).every((r) => r[col] === "disputed"));
  });

  test("claims, events and articles as JSON Lines", async () => {
    for (const kind of ["claims", "events", "articles"]) {
      const r = await get(`/api/export/${kind}.jsonl`);
      assert.equal(r.status, 200);
      assert.match(r.type, /^application\/x-ndjson/);
      const lines = r.text.trimEnd().split("\n").map((l) => JSON.parse(l));
      const count = (await get("/api/stats")).body[kind];
      assert.equal(lines.length, count, kind);
    }
    const article = JSON.parse((await get("/api/export/articles.jsonl?since=2024-09-01")).text.split("\n")[0]);
    assert.equal(typeof article.text, "string");
    assert.equal(article.extraction.schema, 1);
  });

  test("events and places as GeoJSON Point features with their claims and sources", async () => {
    for (const kind of ["events", "places"]) {
      const r = await get(`/api/export/${kind}.geojson`);
      assert.equal(r.status, 200);
      assert.match(r.type, /^application\/geo\+json/);
      const fc = JSON.parse(r.text);
      assert.equal(fc.type, "FeatureCollection");
      assert.ok(fc.features.length > 5);
      for (const f of fc.features) {
        assert.equal(f.type, "Feature");
        assert.equal(f.geometry.type, "Point");
        const [lon, lat] = f.geometry.coordinates;
        assert.ok(Math.abs(lon) <= 180 && Math.abs(lat) <= 90);
        assert.ok(Array.isArray(f.properties.sources) && f.properties.sources.length > 0);
        assert.ok(kind === "events" ? "claim" in f.properties : Array.isArray(f.properties.claims));
      }
    }
    const kursk = JSON.parse((await get(`/api/export/places.geojson?place=${encodeURIComponent("Kursk Oblast")}`)).text).features[0];
    assert.ok(kursk.properties.claims.length > 0);
    const empty = JSON.parse((await get("/api/export/events.geojson?bbox=-40,-50,-20,-40")).text);
    assert.deepEqual(empty.features, []);
  });
});

describe("OpenAPI", () => {
  test("/openapi.json is an OpenAPI 3 document listing every API route with its parameters", async () => {
    const { status, body } = await get("/openapi.json");
    assert.equal(status, 200);
    assert.match(body.openapi, /^3\.\d+\.\d+$/);
    assert.equal(typeof body.info.title, "string");
    const routes = app.routes.filter((r) => r.path.startsWith("/api/") && r.path !== "/api/*" && r.method !== "ALL");
    assert.ok(routes.length >= 25, `${routes.length} routes`);
    for (const r of routes) {
      const path = r.path.replace(/:(\w+)/g, "{$1}");
      const op = body.paths[path]?.[r.method.toLowerCase()];
      assert.ok(op, `${r.method} ${path} is missing from /openapi.json`);
      assert.ok(op.responses["200"], `${path} documents its answer`);
      for (const name of path.match(/\{(\w+)\}/g) ?? []) {
        assert.ok(op.parameters.some((p: { in: string; name: string }) => p.in === "path" && `{${p.name}}` === name), `${path} documents ${name}`);
      }
    }
    const claims = body.paths["/api/claims"].get.parameters.map((p: { name: string }) => p.name);
    for (const name of ["since", "until", "reported_since", "side", "actor", "place", "bbox", "verdict", "q", "after", "limit"]) assert.ok(claims.includes(name), name);
    assert.ok(body.paths["/api/ingest"].post.requestBody.content["application/x-ndjson"]);
  });
});

describe("ingest updates the ledger", () => {
  test("a new territory figure joins Kyiv's series and the snapshot is saved", async () => {
    const before = (await get(`/api/series/${encodeURIComponent("territory_held|UA|Kursk Oblast|UA")}`)).body.points.length;
    const saved = (await store.loadLedger())!.articles;
    const article = {
      date: "2024-08-30", source: "Desk Test Wire", title: "Kyiv updates its Kursk figure",
      text: "Ukraine's commander-in-chief Oleksandr Syrskyi said on Friday that Ukrainian forces controlled 1,305 sq km of Russia's Kursk region.",
    };
    const res = await app.request("/api/ingest", { method: "POST", body: JSON.stringify(article), headers: { "Content-Type": "application/json" } });
    assert.equal(res.status, 200);
    assert.equal((await res.json()).stored, 1);
    const after = (await get(`/api/series/${encodeURIComponent("territory_held|UA|Kursk Oblast|UA")}`)).body.points;
    assert.equal(after.length, before + 1);
    assert.ok(after.some((p: { date: string; value: number }) => p.date === "2024-08-30" && p.value === 1305));
    assert.equal((await store.loadLedger())!.articles, saved + 1, "the snapshot was saved with the new article");
    const again = await app.request("/api/ingest", { method: "POST", body: JSON.stringify(article), headers: { "Content-Type": "application/json" } });
    assert.equal((await again.json()).duplicates, 1);
  });
});
