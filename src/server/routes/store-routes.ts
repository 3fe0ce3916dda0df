// Lists and details read from the store, each item joined with what the ledger says about it.
import { createRoute, z, type OpenAPIHono } from "@hono/zod-openapi";
import type { ActorRow, ClaimRow, EventRow, ListFilter, PlaceRow, Store } from "../../store/store.js";
import type { EventCluster } from "../../ledger/types.js";
import type { RouteContext } from "../app.js";
import { ApiError } from "../errors.js";
import { listFilter, type RawQuery } from "../filters.js";
import { type LedgerIndex } from "../ledger-state.js";
import {
  ActorRowSchema, ArticleRowSchema, ClaimRowSchema, Detail, ErrorSchema, EventRowSchema, F, IdParam, KeyParam, PlaceRowSchema, page, query,
} from "../schemas.js";

export const errors = {
  400: { content: { "application/json": { schema: ErrorSchema } }, description: "a parameter is refused; the message names it" },
  401: { content: { "application/json": { schema: ErrorSchema } }, description: "the server needs a bearer token" },
} as const;
export const notFound = { 404: { content: { "application/json": { schema: ErrorSchema } }, description: "no such item" } } as const;
export const ok = <T extends z.ZodType>(schema: T, description: string) => ({ 200: { content: { "application/json": { schema } }, description } });

// Query schemas (also used by the exports).
export const ArticleQuery = query("report date", { source: F.source, q: F.q, place: F.place, bbox: F.bbox });
export const ClaimQuery = query("claim date", {
  reported_since: F.reported_since, reported_until: F.reported_until, source: F.source, actor: F.actor, side: F.side, article: F.article,
  place: F.place, bbox: F.bbox, verdict: F.verdict, q: F.q, kind: F.claim_kind,
});
export const EventQuery = query("event date (the report date when the event gives none)", {
  reported_since: F.reported_since, reported_until: F.reported_until, source: F.source, actor: F.actor, side: F.side, article: F.article,
  type: F.type, place: F.place, bbox: F.bbox, verdict: F.verdict, q: F.q,
});
export const PlaceQuery = query("report date", { article: F.article, place: F.place, q: F.q, bbox: F.bbox });
const ActorQuery = query("claim date", { side: F.side, q: F.q }, "name");
const SearchQuery = query(null, { q: z.string({ error: "expected search text" }).trim().min(1, "expected search text").max(500, "expected at most 500 characters"), limit: F.limit }, "none");

/** A page of store rows plus the cursor for the next page (the last id), or null when there is none. */
export async function storePage<T extends { id: number }>(list: (filter: ListFilter) => Promise<T[]>, filter: ListFilter) {
  const items = await list(filter);
  const last = items.at(-1);
  // Probe one row past the page so `next` is null exactly when nothing follows.
  const more = last !== undefined && items.length >= (filter.limit ?? 100) && (await list({ ...filter, after: last.id, limit: 1 })).length > 0;
  return { items, next: more ? last.id : null };
}

export const withClaimLedger = (index: LedgerIndex) => (c: ClaimRow) => ({ ...c, ledger: index.claimLedger(c.article_id, c.local_id) });
export const withEventLedger = (index: LedgerIndex) => (e: EventRow) => ({ ...e, ledger: index.eventLedger(e.article_id, e.local_id) });

export function actorView(index: LedgerIndex, a: ActorRow) {
  const stats = index.actorStats.get(a.name) ?? { figures: 0, disputed: 0, corroborated: 0 };
  return { ...a, ...stats };
}

async function oneClaim(store: Store, id: number): Promise<ClaimRow | null> {
  const [row] = await store.listClaims({ after: id - 1, limit: 1 });
  return row?.id === id ? row : null;
}

async function oneEvent(store: Store, id: number): Promise<EventRow | null> {
  const [row] = await store.listEvents({ after: id - 1, limit: 1 });
  return row?.id === id ? row : null;
}

async function onePlace(store: Store, id: number): Promise<PlaceRow | null> {
  const [row] = await store.listPlaces({ after: id - 1, limit: 1 });
  return row?.id === id ? row : null;
}

const sentenceAt = (text: string, sentences: { start: number; end: number }[], at: number) => {
  const s = sentences.find((x) => x.start <= at && at < x.end) ?? null;
  return s ? { start: s.start, end: s.end, text: text.slice(s.start, s.end) } : null;
};

export function registerStoreRoutes(app: OpenAPIHono, { store, ledger }: RouteContext): void {
  const read = () => ledger.read();
  const tags = (t: string) => [t];

  app.openapi(createRoute({
    method: "get", path: "/api/articles", tags: tags("articles"), summary: "Articles, filtered by report date, outlet, place, bounding box or text",
    request: { query: ArticleQuery }, responses: { ...ok(page(ArticleRowSchema), "a page of articles"), ...errors },
  }), async (c) => c.json(await storePage((f) => store.listArticles(f), await listFilter(c.req.valid("query") as RawQuery, "other", read)), 200));

  app.openapi(createRoute({
    method: "get", path: "/api/articles/{id}", tags: tags("articles"), summary: "An article with its text, its full extraction and the ledger facts of its claims and events",
    request: { params: IdParam }, responses: { ...ok(Detail("ArticleDetail"), "the article"), ...errors, ...notFound },
  }), async (c) => {
    const id = Number(c.req.valid("param").id);
    const article = await store.getArticle(id);
    if (!article) throw new ApiError(404, "id: no article with this id");
    const index = await read();
    const claims = await store.listClaims({ article: id, limit: 1000 });
    const events = await store.listEvents({ article: id, limit: 1000 });
    return c.json({
      ...article,
      ledger: {
        claims: Object.fromEntries(claims.map((x) => [x.local_id, { id: x.id, ...index.claimLedger(id, x.local_id) }])),
        events: Object.fromEntries(events.map((x) => [x.local_id, { id: x.id, location: x.location, ...index.eventLedger(id, x.local_id) }])),
      },
    }, 200);
  });

  app.openapi(createRoute({
    method: "get", path: "/api/claims", tags: tags("claims"), summary: "Claims: who said what, when; with the verdict of the propositions they bear on",
    request: { query: ClaimQuery }, responses: { ...ok(page(ClaimRowSchema), "a page of claims"), ...errors },
  }), async (c) => {
    const filter = await listFilter(c.req.valid("query") as RawQuery, "claims", read);
    const result = await storePage((f) => store.listClaims(f), filter);
    return c.json({ ...result, items: result.items.map(withClaimLedger(await read())) }, 200);
  });

  app.openapi(createRoute({
    method: "get", path: "/api/claims/{id}", tags: tags("claims"), summary: "A claim with its article, sentence, actor, propositions, verdicts, disputes and the events it reports",
    request: { params: IdParam }, responses: { ...ok(Detail("ClaimDetail"), "the claim"), ...errors, ...notFound },
  }), async (c) => {
    const id = Number(c.req.valid("param").id);
    const claim = await oneClaim(store, id);
    if (!claim) throw new ApiError(404, "id: no claim with this id");
    const article = (await store.getArticle(claim.article_id))!;
    const index = await read();
    const x = article.extraction;
    const full = x.claims.find((k) => k.id === claim.local_id) ?? null;
    const entry = index.byClaim.get(`${claim.article_id}/${claim.local_id}`);
    const propositions = [...(entry?.propositions ?? [])].sort().map((pid) => ({
      ...index.propositions.get(pid), verdict: index.verdicts.get(`proposition:${pid}`) ?? null,
      observations: (entry?.observations ?? []).filter((o) => o.propositionId === pid).map((o) => index.observationView(o.id)),
    }));
    const actorName = claim.source.actor;
    const [actorRow] = actorName ? (await store.listActors({ text: actorName, limit: 50 })).filter((a) => a.name === actorName) : [];
    const parent = claim.parent_local_id ? (await store.listClaims({ article: claim.article_id, limit: 1000 })).find((k) => k.local_id === claim.parent_local_id) ?? null : null;
    const { text: _text, extraction: _x, ...articleRow } = article;
    return c.json({
      claim: withClaimLedger(index)(claim),
      article: articleRow,
      sentence: sentenceAt(article.text, x.sentences, Math.min(claim.source.start, claim.cue.start)),
      extraction: full,
      parent: parent ? withClaimLedger(index)(parent) : null,
      children: x.claims.filter((k) => k.parent === claim.local_id).map((k) => k.id),
      actor: actorRow ? actorView(index, actorRow) : null,
      propositions,
      disputes: [...(entry?.disputes ?? [])].sort().map((d) => index.disputeView(index.disputeById.get(d)!)),
      corroborations: index.snapshot.corroborations.filter((k) => entry?.corroborations.has(k.id)),
      events: x.events.filter((e) => e.claim === claim.local_id),
    }, 200);
  });

  app.openapi(createRoute({
    method: "get", path: "/api/events", tags: tags("events"), summary: "Events: who did what to whom, where, when; with a location and the verdict of their cluster",
    request: { query: EventQuery }, responses: { ...ok(page(EventRowSchema), "a page of events"), ...errors },
  }), async (c) => {
    const filter = await listFilter(c.req.valid("query") as RawQuery, "events", read);
    const result = await storePage((f) => store.listEvents(f), filter);
    return c.json({ ...result, items: result.items.map(withEventLedger(await read())) }, 200);
  });

  app.openapi(createRoute({
    method: "get", path: "/api/events/{id}", tags: tags("events"), summary: "An event with its article, sentence, reporting claim, location, cluster and verdict",
    request: { params: IdParam }, responses: { ...ok(Detail("EventDetail"), "the event"), ...errors, ...notFound },
  }), async (c) => {
    const id = Number(c.req.valid("param").id);
    const event = await oneEvent(store, id);
    if (!event) throw new ApiError(404, "id: no event with this id");
    const article = (await store.getArticle(event.article_id))!;
    const index = await read();
    const claim = event.claim_local_id ? (await store.listClaims({ article: event.article_id, keys: [`${event.article_id}/${event.claim_local_id}`], limit: 1 }))[0] ?? null : null;
    const lean = index.clusterOfEvent.get(`${event.article_id}/${event.local_id}`) ?? null;
    // The index holds clusters without their merges; the whole one is read from the store.
    const cluster = lean ? ((await store.ledgerItem("eventClusters", lean.id)) as EventCluster | null) ?? lean : null;
    const { text: _text, extraction, ...articleRow } = article;
    return c.json({
      event: withEventLedger(index)(event),
      article: articleRow,
      sentence: sentenceAt(article.text, extraction.sentences, event.trigger.start),
      extraction: extraction.events.find((e) => e.id === event.local_id) ?? null,
      claim: claim ? withClaimLedger(index)(claim) : null,
      cluster,
      verdict: cluster ? index.verdicts.get(`event:${cluster.id}`) ?? null : null,
    }, 200);
  });

  app.openapi(createRoute({
    method: "get", path: "/api/places", tags: tags("places"), summary: "Places with coordinates, grouped across mentions; by report date, name, text or bounding box",
    request: { query: PlaceQuery }, responses: { ...ok(page(PlaceRowSchema), "a page of places"), ...errors },
  }), async (c) => c.json(await storePage((f) => store.listPlaces(f), await listFilter(c.req.valid("query") as RawQuery, "other", read)), 200));

  app.openapi(createRoute({
    method: "get", path: "/api/places/{id}", tags: tags("places"), summary: "A place with the claims that mention it and the events located there",
    request: { params: IdParam }, responses: { ...ok(Detail("PlaceDetail"), "the place"), ...errors, ...notFound },
  }), async (c) => {
    const place = await onePlace(store, Number(c.req.valid("param").id));
    if (!place) throw new ApiError(404, "id: no place with this id");
    const index = await read();
    const claims = await store.listClaims({ place: place.name, limit: 500 });
    const events = (await store.listEvents({ place: place.name, limit: 500 })).filter((e) => e.location?.lat === place.lat && e.location.lon === place.lon);
    return c.json({ place, claims: claims.map(withClaimLedger(index)), events: events.map(withEventLedger(index)) }, 200);
  });

  app.openapi(createRoute({
    method: "get", path: "/api/actors", tags: tags("actors"), summary: "Named claim sources with their side, claim counts and how often their figures were disputed or corroborated",
    request: { query: ActorQuery }, responses: { ...ok(page(ActorRowSchema, "string"), "a page of actors, by name"), ...errors },
  }), async (c) => {
    const q = c.req.valid("query");
    const limit = q.limit ? Number(q.limit) : 100;
    const rows = await store.listActors({ side: q.side?.trim() || undefined, text: q.q?.trim() || undefined, since: q.since, until: q.until, afterName: q.after, limit: limit + 1 });
    const index = await read();
    const items = rows.slice(0, limit).map((a) => actorView(index, a));
    return c.json({ items, next: rows.length > limit ? items[items.length - 1].name : null }, 200);
  });

  app.openapi(createRoute({
    method: "get", path: "/api/actors/{id}", tags: tags("actors"), summary: "An actor (by name): its side, claims, disputes and figure series",
    request: { params: KeyParam }, responses: { ...ok(Detail("ActorDetail"), "the actor"), ...errors, ...notFound },
  }), async (c) => {
    const name = c.req.valid("param").id;
    const [row] = (await store.listActors({ text: name, limit: 1000 })).filter((a) => a.name.toLowerCase() === name.toLowerCase());
    if (!row) throw new ApiError(404, "id: no actor with this name");
    const index = await read();
    const claims = await store.listClaims({ actor: row.name, limit: 1000 });
    const observations = index.snapshot.observations.filter((o) => o.claimant.actor === row.name);
    const obsIds = new Set(observations.map((o) => o.id));
    const disputes = index.snapshot.disputes.filter((d) => d.items.some((i) => obsIds.has(i)) || d.claims.some((r) => claims.some((k) => k.article_id === r.articleId && k.local_id === r.claimId)));
    return c.json({
      actor: actorView(index, row),
      claims: claims.map(withClaimLedger(index)),
      figures: observations.map((o) => ({ ...index.observationView(o.id), disputed: index.disputedObservations.has(o.id), corroborated: index.corroboratedObservations.has(o.id) })),
      disputes: disputes.map((d) => index.disputeView(d)),
    }, 200);
  });

  app.openapi(createRoute({
    method: "get", path: "/api/search", tags: tags("search"), summary: "Full-text search over claims and articles, plus actors, places and propositions by name",
    request: { query: SearchQuery },
    responses: { ...ok(z.looseObject({ items: z.array(z.looseObject({ kind: z.enum(["article", "claim"]) })) }).openapi("SearchResult"), "matches"), ...errors },
  }), async (c) => {
    const { q, limit } = c.req.valid("query");
    const n = limit ? Number(limit) : 50;
    const index = await read();
    const lower = q.toLowerCase();
    return c.json({
      items: await store.search(q, n),
      actors: (await store.listActors({ text: q, limit: 20 })).map((a) => actorView(index, a)),
      places: await store.listPlaces({ text: q, limit: 20 }),
      propositions: index.snapshot.propositions.filter((p) => p.label.toLowerCase().includes(lower) || p.id.toLowerCase().includes(lower)).slice(0, 20)
        .map((p) => ({ ...p, verdict: index.propositionVerdict(p.id) })),
    }, 200);
  });

  app.openapi(createRoute({
    method: "get", path: "/api/stats", tags: tags("search"), summary: "Counts of stored items and ledger entries",
    responses: { ...ok(z.looseObject({ articles: z.number().int(), claims: z.number().int(), events: z.number().int(), places: z.number().int() }).openapi("Counts"), "counts"), ...errors },
  }), async (c) => {
    const counts = await store.counts();
    const s = (await read()).snapshot;
    return c.json({ ...counts, propositions: s.propositions.length, disputes: s.disputes.length, series: s.series.length, verdicts: s.verdicts.length }, 200);
  });
}
