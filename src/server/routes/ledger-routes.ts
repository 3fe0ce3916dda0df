// The cross-article ledger as lists and details: propositions, disputes, figure series, verdicts.
// Read from the snapshot the server holds (built from the store at start, updated by each ingest).
import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import type { FigureSeries, Proposition } from "../../ledger/types.js";
import type { RouteContext } from "../app.js";
import { ApiError } from "../errors.js";
import { anyDateIn, contains, equalsCi, pageById } from "../filters.js";
import type { LedgerIndex } from "../ledger-state.js";
import { Detail, DisputeSchema, F, KeyParam, PropositionSchema, SeriesSchema, VerdictSchema, page, query } from "../schemas.js";
import { errors, notFound, ok } from "./store-routes.js";

const PropositionQuery = query("claim date of any of its figures", {
  measure: F.measure, place: F.place, side: F.side, actor: F.actor, topic: F.topic, verdict: F.verdict, q: F.q,
}, "name");
const DisputeQuery = query("claim date of any of its figures", {
  kind: F.kind, side: F.side, actor: F.actor, place: F.place, proposition: F.proposition, q: F.q,
}, "name");
const SeriesQuery = query("claim date (points outside the range are left out)", {
  measure: F.measure, place: F.place, side: F.side, topic: F.topic, proposition: F.proposition, q: F.q,
}, "name");
const VerdictQuery = query(null, { verdict: F.verdict, target: F.target, q: F.q }, "name");

function propositionView(index: LedgerIndex, p: Proposition) {
  return { ...p, verdict: index.propositionVerdict(p.id) };
}

/** Sources shown per point in a list of series; the series itself (/api/series/{id}) shows them all. */
const LISTED_POINT_SOURCES = 10;

/**
 * A series with each point's sources (article, claim, sentence), so a chart can link a point to its
 * claims. `sources_total` counts them all when only the first `maxSources` are shown: a figure
 * repeated by hundreds of outlets would otherwise make a page of series megabytes long.
 */
export function seriesView(index: LedgerIndex, s: FigureSeries, maxSources = Infinity) {
  return {
    ...s,
    points: s.points.map((pt) => ({
      ...pt,
      sources_total: pt.observations.length,
      sources: pt.observations.slice(0, maxSources).map((id) => index.observationView(id)).filter((o) => o !== null)
        .map((o) => ({ observation: o.id, article_id: o.article_id, claim: o.claim, claimant: o.claimant, outlet: o.outlet, sentence: o.sentence, figure: o.figure })),
    })),
  };
}

export function registerLedgerRoutes(app: OpenAPIHono, { ledger }: RouteContext): void {
  const tags = ["ledger"];

  app.openapi(createRoute({
    method: "get", path: "/api/propositions", tags, summary: "Propositions (measure + subject + place + month) with their verdict",
    request: { query: PropositionQuery }, responses: { ...ok(page(PropositionSchema, "string"), "a page of propositions, by id"), ...errors },
  }), async (c) => {
    const q = c.req.valid("query");
    const index = await ledger.read();
    const result = pageById(index.sorted.propositions, (p) => p.id, q.after, q.limit, (p) => {
      const obs = p.observations.map((o) => index.observations.get(o)!).filter(Boolean);
      return contains(p.measure, q.measure) && contains(p.place, q.place) && equalsCi(p.topicId, q.topic ? q.topic : undefined)
        && (!q.side || p.sides.some((s) => equalsCi(s, q.side)))
        && (!q.actor || obs.some((o) => equalsCi(o.claimant.actor, q.actor)))
        && (!q.verdict || index.propositionVerdict(p.id) === q.verdict)
        && (!q.q || contains(`${p.label} ${p.id}`, q.q))
        && anyDateIn(obs.map((o) => o.date), q.since, q.until);
    });
    return c.json({ ...result, items: result.items.map((p) => propositionView(index, p)) }, 200);
  });

  app.openapi(createRoute({
    method: "get", path: "/api/propositions/{id}", tags, summary: "A proposition with its figures by side, series, disputes, corroborations and verdict",
    request: { params: KeyParam }, responses: { ...ok(Detail("PropositionDetail"), "the proposition"), ...errors, ...notFound },
  }), async (c) => {
    const id = c.req.valid("param").id;
    const index = await ledger.read();
    const p = index.propositions.get(id);
    if (!p) throw new ApiError(404, "id: no proposition with this id");
    const s = index.snapshot;
    return c.json({
      proposition: propositionView(index, p),
      verdict: index.verdicts.get(`proposition:${id}`) ?? null,
      observations: p.observations.map((o) => index.observationView(o)).filter((o) => o !== null),
      series: s.series.filter((x) => x.propositions.includes(id)).map((x) => seriesView(index, x)),
      disputes: s.disputes.filter((d) => d.propositions.includes(id)).map((d) => index.disputeView(d)),
      corroborations: s.corroborations.filter((k) => k.proposition === id),
    }, 200);
  });

  app.openapi(createRoute({
    method: "get", path: "/api/disputes", tags, summary: "Disputes: claims that cannot all hold, with each side's figures, dates, sources and sentences",
    request: { query: DisputeQuery }, responses: { ...ok(page(DisputeSchema, "string"), "a page of disputes, by id"), ...errors },
  }), async (c) => {
    const q = c.req.valid("query");
    const index = await ledger.read();
    const result = pageById(index.sorted.disputes, (d) => d.id, q.after, q.limit, (d) => {
      const facets = index.disputeFacets(d);
      return equalsCi(d.kind, q.kind) && (!q.side || d.sides.some((s) => equalsCi(s, q.side)))
        && (!q.actor || facets.actors.some((a) => equalsCi(a, q.actor)))
        && (!q.place || facets.places.some((p) => equalsCi(p, q.place)) || d.propositions.some((p) => contains(p, q.place)))
        && (!q.proposition || d.propositions.includes(q.proposition))
        && (!q.q || contains(`${d.explanation} ${d.propositions.join(" ")}`, q.q))
        && anyDateIn(facets.dates, q.since, q.until);
    });
    return c.json({
      ...result,
      items: result.items.map((d) => ({ ...index.disputeView(d), labels: d.propositions.map((p) => index.propositions.get(p)?.label ?? p) })),
    }, 200);
  });

  app.openapi(createRoute({
    method: "get", path: "/api/disputes/{id}", tags, summary: "One dispute",
    request: { params: KeyParam }, responses: { ...ok(DisputeSchema, "the dispute"), ...errors, ...notFound },
  }), async (c) => {
    const index = await ledger.read();
    const d = index.disputeById.get(c.req.valid("param").id);
    if (!d) throw new ApiError(404, "id: no dispute with this id");
    return c.json(index.disputeView(d), 200);
  });

  app.openapi(createRoute({
    method: "get", path: "/api/series", tags, summary: "Figure series: one side's figure for one topic over time, each point with its sources",
    request: { query: SeriesQuery }, responses: { ...ok(page(SeriesSchema, "string"), "a page of series, by id"), ...errors },
  }), async (c) => {
    const q = c.req.valid("query");
    const index = await ledger.read();
    const inRange = (d: string) => anyDateIn([d], q.since, q.until);
    const result = pageById(index.sorted.series, (s) => s.id, q.after, q.limit, (s) =>
      contains(s.measure, q.measure) && contains(s.place, q.place) && equalsCi(s.side, q.side) && equalsCi(s.topicId, q.topic)
        && (!q.proposition || s.propositions.includes(q.proposition)) && (!q.q || contains(`${s.id} ${s.printed}`, q.q))
        && s.points.some((p) => inRange(p.date)));
    // Points outside the date range are left out of the series shown.
    const items = result.items.map((s) => (q.since || q.until ? { ...s, points: s.points.filter((p) => inRange(p.date)) } : s));
    return c.json({ ...result, items: items.map((s) => seriesView(index, s, LISTED_POINT_SOURCES)) }, 200);
  });

  app.openapi(createRoute({
    method: "get", path: "/api/series/{id}", tags, summary: "One figure series",
    request: { params: KeyParam }, responses: { ...ok(SeriesSchema, "the series"), ...errors, ...notFound },
  }), async (c) => {
    const index = await ledger.read();
    const s = index.seriesById.get(c.req.valid("param").id);
    if (!s) throw new ApiError(404, "id: no series with this id");
    return c.json(seriesView(index, s), 200);
  });

  app.openapi(createRoute({
    method: "get", path: "/api/verdicts", tags, summary: "Verdicts per proposition and event cluster: corroborated, disputed, single-source or unverified, with the reason",
    request: { query: VerdictQuery }, responses: { ...ok(page(VerdictSchema, "string"), "a page of verdicts, by id"), ...errors },
  }), async (c) => {
    const q = c.req.valid("query");
    const index = await ledger.read();
    return c.json(pageById(index.sorted.verdicts, (v) => v.id, q.after, q.limit,
      (v) => (!q.verdict || v.verdict === q.verdict) && (!q.target || v.target === q.target) && (!q.q || contains(`${v.targetId} ${v.explanation}`, q.q))), 200);
  });

  app.openapi(createRoute({
    method: "get", path: "/api/verdicts/{id}", tags, summary: "One verdict (id: proposition:<id> or event:<id>)",
    request: { params: KeyParam }, responses: { ...ok(VerdictSchema, "the verdict"), ...errors, ...notFound },
  }), async (c) => {
    const index = await ledger.read();
    const id = c.req.valid("param").id;
    const v = index.verdicts.get(id);
    if (!v) throw new ApiError(404, "id: no verdict with this id");
    return c.json({ id, ...v }, 200);
  });
}
