// Exports, streamed page by page from the store (the body is never built whole in memory):
// CSV (claims, events), JSON Lines (claims, events, articles), GeoJSON (events, places).
import { createRoute, z, type OpenAPIHono } from "@hono/zod-openapi";
import type { ClaimRow, EventRow, ListFilter, PlaceRow, Store } from "../../store/store.js";
import type { RouteContext } from "../app.js";
import { listFilter, type RawQuery } from "../filters.js";
import type { LedgerIndex } from "../ledger-state.js";
import { ArticleQuery, ClaimQuery, EventQuery, PlaceQuery, errors, withClaimLedger, withEventLedger } from "./store-routes.js";

const PAGE = 500;

/** A CSV field: quoted when needed; cells that a spreadsheet would run as a formula are prefixed with '. */
export function csvField(value: unknown): string {
  if (value === null || value === undefined) return "";
  let s = Array.isArray(value) ? value.join(";") : String(value);
  if (/^[=+\-@\t\r]/.test(s) && !/^-?\d+(\.\d+)?$/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

const csvLine = (fields: unknown[]): string => `${fields.map(csvField).join(",")}\r\n`;

/**
 * A byte stream that pulls one page at a time: `head`, then each page's rows encoded, then `tail`.
 */
function pagedStream<T extends { id: number }>(
  list: (filter: ListFilter) => Promise<T[]>, filter: ListFilter, encode: (rows: T[]) => Promise<string> | string, head = "", tail = "",
): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let after = filter.after ?? 0;
  let started = false;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!started) {
        started = true;
        if (head) return controller.enqueue(encoder.encode(head));
      }
      const rows = await list({ ...filter, after, limit: PAGE });
      let out = rows.length ? await encode(rows) : "";
      const done = rows.length < PAGE;
      if (done) out += tail;
      else after = rows[rows.length - 1].id;
      if (out) controller.enqueue(encoder.encode(out));
      if (done) controller.close();
    },
  });
}

const CLAIM_COLUMNS = [
  "id", "article_id", "local_id", "article_date", "article_source", "article_title", "claim_date", "source_text", "source_actor", "source_unnamed",
  "side", "cue", "content", "kind", "polarity", "hedges", "channel", "parent_local_id", "verdict", "propositions",
  "source_start", "source_end", "cue_start", "cue_end", "content_start", "content_end",
];
const claimCsv = (index: LedgerIndex) => (c: ClaimRow): string => {
  const l = index.claimLedger(c.article_id, c.local_id);
  return csvLine([
    c.id, c.article_id, c.local_id, c.article_date, c.article_source, c.article_title, c.time, c.source.text, c.source.actor, c.source.unnamed,
    c.source.affiliation, c.cue.text, c.content.text, c.kind, c.polarity, c.hedges, c.channel, c.parent_local_id, l.verdict, l.propositions,
    c.source.start, c.source.end, c.cue.start, c.cue.end, c.content.start, c.content.end,
  ]);
};

const EVENT_COLUMNS = [
  "id", "article_id", "local_id", "article_date", "article_source", "event_date", "type", "mode", "trigger", "actor", "target", "place",
  "lat", "lon", "location", "location_basis", "claim_local_id", "verdict", "cluster", "trigger_start", "trigger_end",
];
const eventCsv = (index: LedgerIndex) => (e: EventRow): string => {
  const l = index.eventLedger(e.article_id, e.local_id);
  return csvLine([
    e.id, e.article_id, e.local_id, e.article_date, e.article_source, e.time, e.type, e.mode, e.trigger.text, e.actor, e.target, e.place,
    e.location?.lat, e.location?.lon, e.location?.name, e.location?.basis, e.claim_local_id, l.verdict, l.cluster, e.trigger.start, e.trigger.end,
  ]);
};

/** The claims that report a page of events, by "articleId/localId". */
async function reportingClaims(store: Store, events: EventRow[]): Promise<Map<string, ClaimRow>> {
  const keys = [...new Set(events.filter((e) => e.claim_local_id).map((e) => `${e.article_id}/${e.claim_local_id}`))];
  if (keys.length === 0) return new Map();
  const rows = await store.listClaims({ keys, limit: 1000 });
  return new Map(rows.map((c) => [`${c.article_id}/${c.local_id}`, c]));
}

const claimSummary = (c: ClaimRow) => ({
  id: c.id, article_id: c.article_id, local_id: c.local_id, date: c.time, source: c.source.text, actor: c.source.actor, side: c.source.affiliation,
  cue: c.cue.text, content: c.content.text, kind: c.kind, polarity: c.polarity, hedges: c.hedges,
});

const point = (lon: number, lat: number, properties: object, id: number) =>
  JSON.stringify({ type: "Feature", id, geometry: { type: "Point", coordinates: [lon, lat] }, properties });

const FEATURES_HEAD = '{"type":"FeatureCollection","features":[\n';
const FEATURES_TAIL = "\n]}\n";

function download(body: ReadableStream<Uint8Array>, type: string, name: string): Response {
  return new Response(body, {
    status: 200,
    headers: { "Content-Type": type, "Content-Disposition": `attachment; filename="${name}"`, "Cache-Control": "no-store", "X-Content-Type-Options": "nosniff" },
  });
}

const file = (type: string, description: string) => ({ 200: { content: { [type]: { schema: z.string() } }, description } });

export function registerExportRoutes(app: OpenAPIHono, { store, ledger }: RouteContext): void {
  const read = () => ledger.read();
  const tags = ["exports"];
  const exportQuery = <T extends z.ZodType>(schema: T) => schema; // same filters as the list; after starts the export past a cursor
  const CSV = "text/csv; charset=utf-8";
  const JSONL = "application/x-ndjson; charset=utf-8";
  const GEOJSON = "application/geo+json; charset=utf-8";

  app.openapi(createRoute({
    method: "get", path: "/api/export/claims.csv", tags, summary: "Claims as CSV (same filters as /api/claims)",
    request: { query: exportQuery(ClaimQuery) }, responses: { ...file("text/csv", "claims, one per row, with a header row"), ...errors },
  }), async (c) => {
    const filter = await listFilter(c.req.valid("query") as RawQuery, "claims", read);
    const index = await read();
    const row = claimCsv(index);
    return download(pagedStream((f) => store.listClaims(f), filter, (rows) => rows.map(row).join(""), csvLine(CLAIM_COLUMNS)), CSV, "claims.csv") as never;
  });

  app.openapi(createRoute({
    method: "get", path: "/api/export/claims.jsonl", tags, summary: "Claims as JSON Lines (same filters as /api/claims)",
    request: { query: exportQuery(ClaimQuery) }, responses: { ...file("application/x-ndjson", "one claim object per line"), ...errors },
  }), async (c) => {
    const filter = await listFilter(c.req.valid("query") as RawQuery, "claims", read);
    const enrich = withClaimLedger(await read());
    return download(pagedStream((f) => store.listClaims(f), filter, (rows) => rows.map((r) => `${JSON.stringify(enrich(r))}\n`).join("")), JSONL, "claims.jsonl") as never;
  });

  app.openapi(createRoute({
    method: "get", path: "/api/export/events.csv", tags, summary: "Events as CSV (same filters as /api/events)",
    request: { query: exportQuery(EventQuery) }, responses: { ...file("text/csv", "events, one per row, with a header row"), ...errors },
  }), async (c) => {
    const filter = await listFilter(c.req.valid("query") as RawQuery, "events", read);
    const row = eventCsv(await read());
    return download(pagedStream((f) => store.listEvents(f), filter, (rows) => rows.map(row).join(""), csvLine(EVENT_COLUMNS)), CSV, "events.csv") as never;
  });

  app.openapi(createRoute({
    method: "get", path: "/api/export/events.jsonl", tags, summary: "Events as JSON Lines (same filters as /api/events)",
    request: { query: exportQuery(EventQuery) }, responses: { ...file("application/x-ndjson", "one event object per line"), ...errors },
  }), async (c) => {
    const filter = await listFilter(c.req.valid("query") as RawQuery, "events", read);
    const enrich = withEventLedger(await read());
    return download(pagedStream((f) => store.listEvents(f), filter, (rows) => rows.map((r) => `${JSON.stringify(enrich(r))}\n`).join("")), JSONL, "events.jsonl") as never;
  });

  app.openapi(createRoute({
    method: "get", path: "/api/export/articles.jsonl", tags, summary: "Articles with their text and extraction as JSON Lines (same filters as /api/articles)",
    request: { query: exportQuery(ArticleQuery) }, responses: { ...file("application/x-ndjson", "one article per line: the article fields, text and extraction"), ...errors },
  }), async (c) => {
    const filter = await listFilter(c.req.valid("query") as RawQuery, "other", read);
    return download(pagedStream((f) => store.listArticles(f), filter, async (rows) => {
      let out = "";
      for (const r of rows) {
        const detail = await store.getArticle(r.id);
        if (detail) out += `${JSON.stringify(detail)}\n`;
      }
      return out;
    }), JSONL, "articles.jsonl") as never;
  });

  app.openapi(createRoute({
    method: "get", path: "/api/export/events.geojson", tags, summary: "Located events as GeoJSON Points, with their reporting claim and sources (same filters as /api/events)",
    request: { query: exportQuery(EventQuery) }, responses: { ...file("application/geo+json", "a FeatureCollection of Point features"), ...errors },
  }), async (c) => {
    const filter = await listFilter(c.req.valid("query") as RawQuery, "events", read);
    const index = await read();
    let wrote = false;
    return download(pagedStream((f) => store.listEvents(f), filter, async (rows) => {
      const claims = await reportingClaims(store, rows);
      const features = rows.filter((e) => e.location).map((e) => {
        const claim = e.claim_local_id ? claims.get(`${e.article_id}/${e.claim_local_id}`) : undefined;
        return point(e.location!.lon, e.location!.lat, {
          kind: "event", id: e.id, type: e.type, mode: e.mode, trigger: e.trigger.text, actor: e.actor, target: e.target, place: e.place,
          date: e.time ?? e.article_date, location: e.location, ledger: index.eventLedger(e.article_id, e.local_id),
          claim: claim ? claimSummary(claim) : null,
          sources: [{ article_id: e.article_id, date: e.article_date, outlet: e.article_source, voice: claim ? claim.source.text : "outlet" }],
        }, e.id);
      });
      if (features.length === 0) return "";
      const out = `${wrote ? ",\n" : ""}${features.join(",\n")}`;
      wrote = true;
      return out;
    }, FEATURES_HEAD, FEATURES_TAIL), GEOJSON, "events.geojson") as never;
  });

  app.openapi(createRoute({
    method: "get", path: "/api/export/places.geojson", tags, summary: "Places as GeoJSON Points, with the claims that mention them and their sources (same filters as /api/places)",
    request: { query: exportQuery(PlaceQuery) }, responses: { ...file("application/geo+json", "a FeatureCollection of Point features"), ...errors },
  }), async (c) => {
    const filter = await listFilter(c.req.valid("query") as RawQuery, "other", read);
    let wrote = false;
    return download(pagedStream((f) => store.listPlaces(f), filter, async (rows: PlaceRow[]) => {
      const parts: string[] = [];
      for (const p of rows) {
        const claims = await store.listClaims({ place: p.name, limit: 1000 });
        parts.push(point(p.lon, p.lat, {
          kind: "place", id: p.id, name: p.name, country: p.country, precision: p.precision, geonameid: p.geonameid, mentions: p.mentions,
          first_date: p.first_date, last_date: p.last_date, articles: p.articles, article_ids: p.article_ids, sources: p.sources, claims: claims.map(claimSummary),
        }, p.id));
      }
      if (parts.length === 0) return "";
      const out = `${wrote ? ",\n" : ""}${parts.join(",\n")}`;
      wrote = true;
      return out;
    }, FEATURES_HEAD, FEATURES_TAIL), GEOJSON, "places.geojson") as never;
  });
}
