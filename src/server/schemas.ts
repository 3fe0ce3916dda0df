// The API's request and response shapes, written once as zod schemas: the routes validate with them
// and /openapi.json is generated from them. Query values stay strings here (as they arrive) and are
// turned into typed filters in filters.ts; every refusal names the field and what was expected.
import { z } from "@hono/zod-openapi";
import { CLAIM_KINDS } from "../core/types.js";
import { isCalendarDate } from "../input/article-fields.js";
import { MAX_LIMIT } from "../store/store.js";

const MAX_TEXT = 500;

const text = (description: string, example?: string) =>
  z.string().max(MAX_TEXT, `expected at most ${MAX_TEXT} characters`).optional().openapi({ description, example });

const date = (description: string) =>
  z.string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, "expected a date YYYY-MM-DD")
    .refine(isCalendarDate, "expected a date YYYY-MM-DD")
    .optional()
    .openapi({ description, format: "date", example: "2024-08-12" });

const integer = (description: string, min: number, max: number) =>
  z.string()
    .regex(/^\d{1,15}$/, `expected an integer from ${min} to ${max}`)
    .refine((v) => Number(v) >= min && Number(v) <= max, `expected an integer from ${min} to ${max}`)
    .optional()
    .openapi({ description, type: "integer", minimum: min, maximum: max } as never);

export const VERDICTS = ["corroborated", "disputed", "single-source", "unverified"] as const;

const limit = integer(`page size (default 100, at most ${MAX_LIMIT})`, 1, MAX_LIMIT);
const after = integer("cursor: the `next` value of the previous page", 0, Number.MAX_SAFE_INTEGER);
const afterId = text("cursor: the `next` value of the previous page (the last id seen)");

const BBOX = /^-?\d{1,3}(\.\d+)?,-?\d{1,2}(\.\d+)?,-?\d{1,3}(\.\d+)?,-?\d{1,2}(\.\d+)?$/;
const bbox = z.string()
  .regex(BBOX, "expected minLon,minLat,maxLon,maxLat in degrees")
  .refine((v) => {
    const [w, s, e, n] = v.split(",").map(Number);
    return Math.abs(w) <= 180 && Math.abs(e) <= 180 && Math.abs(s) <= 90 && Math.abs(n) <= 90 && s <= n;
  }, "expected minLon,minLat,maxLon,maxLat with longitudes in [-180, 180], latitudes in [-90, 90] and minLat <= maxLat")
  .optional()
  .openapi({ description: "bounding box minLon,minLat,maxLon,maxLat (minLon > maxLon crosses the antimeridian)", example: "30,45,45,56" });

const verdict = z.enum(VERDICTS, { error: `expected one of ${VERDICTS.join(", ")}` }).optional()
  .openapi({ description: "only items whose ledger verdict is this" });

/** Shared filter fields; each list picks the ones that apply to it. */
export const F = {
  source: text("source actor, unnamed kind ('official') or outlet, case-insensitive", "Reuters"),
  actor: text("a canonical actor, case-insensitive", "Volodymyr Zelenskiy"),
  side: text("a side (affiliation), e.g. UA or RU", "UA"),
  place: text("a place name, case-insensitive", "Kursk Oblast"),
  bbox,
  type: text("event type, or type/mode", "ASSAULT/drone"),
  verdict,
  q: text("free text", "prisoner exchange"),
  article: integer("only items of this article", 1, Number.MAX_SAFE_INTEGER),
  reported_since: date("report date (the article's date) on or after"),
  reported_until: date("report date (the article's date) on or before"),
  measure: text("measure name contains this (territory, losses, evacuees …)", "territory"),
  proposition: text("a proposition id (measure|subject|place|window)"),
  topic: text("a topic id (measure|subject|place)", "territory_held|UA|Kursk Oblast"),
  kind: text("dispute kind: values, relative, polarity, role, self-contradiction"),
  claim_kind: z.enum(CLAIM_KINDS, { error: `expected one of ${CLAIM_KINDS.join(", ")}` }).optional()
    .openapi({ description: "what the claim reports", example: "stance" }),
  target: z.enum(["proposition", "event"], { error: "expected proposition or event" }).optional().openapi({ description: "what the verdict is about" }),
  limit,
  after,
};

/**
 * A strict query object: unknown parameters are refused by name, and `until` may not come before `since`.
 * `clock` names the date the since/until pair filters on.
 */
type Common = { since: ReturnType<typeof date>; until: ReturnType<typeof date>; after: typeof afterId; limit: typeof limit };

export function query<S extends Record<string, z.ZodType>>(clock: string | null, shape: S, cursor: "id" | "name" | "none" = "id"): z.ZodObject<S & Common> {
  const full = {
    ...(clock ? { since: date(`${clock} on or after`), until: date(`${clock} on or before`) } : {}),
    ...shape,
    ...(cursor === "none" ? {} : { after: cursor === "id" ? after : afterId, limit }),
  };
  const allowed = Object.keys(full).join(", ");
  return z.strictObject(full, { error: (issue) => (issue.code === "unrecognized_keys" ? `unknown parameter; expected one of ${allowed}` : undefined) })
    .superRefine((value: Record<string, unknown>, ctx) => {
      const { since, until } = value as { since?: string; until?: string };
      if (since && until && since > until) ctx.addIssue({ code: "custom", path: ["until"], message: `expected a date on or after since (${since})` });
      const rs = value.reported_since as string | undefined;
      const ru = value.reported_until as string | undefined;
      if (rs && ru && rs > ru) ctx.addIssue({ code: "custom", path: ["reported_until"], message: `expected a date on or after reported_since (${rs})` });
    }) as unknown as z.ZodObject<S & Common>;
}

export const IdParam = z.object({
  id: z.string().regex(/^[1-9]\d{0,14}$/, "expected a positive integer").openapi({ param: { name: "id", in: "path" }, example: "12" }),
});

export const KeyParam = z.object({
  id: z.string().min(1, "expected an id").max(MAX_TEXT, `expected at most ${MAX_TEXT} characters`)
    .openapi({ param: { name: "id", in: "path" }, description: "the item's id, URL-encoded" }),
});

export const ErrorSchema = z.object({ error: z.string().openapi({ example: "since: expected a date YYYY-MM-DD" }) }).openapi("Error");

// ---- Responses ----

const Span = z.object({ text: z.string(), start: z.number().int(), end: z.number().int() }).openapi("Span");

export const ArticleRowSchema = z.object({
  id: z.number().int(), ext_id: z.string().nullable(), date: z.string(), source: z.string().nullable(), title: z.string().nullable(),
  url: z.string().nullable(), claims: z.number().int(), events: z.number().int(),
}).openapi("ArticleRow");

const ClaimLedger = z.object({
  propositions: z.array(z.string()),
  verdict: z.enum(VERDICTS).nullable().openapi({ description: "the verdict of the claim's propositions (disputed first, then unverified, single-source, corroborated)" }),
  disputes: z.number().int(),
  corroborations: z.number().int(),
}).openapi("ClaimLedger");

export const ClaimRowSchema = z.object({
  id: z.number().int(), article_id: z.number().int(), article_date: z.string(), article_source: z.string().nullable(), article_title: z.string().nullable(),
  local_id: z.string(), parent_local_id: z.string().nullable(), sentence: z.number().int(),
  source: Span.extend({ actor: z.string().nullable(), unnamed: z.string().nullable(), affiliation: z.string().nullable() }),
  cue: Span, content: Span, time: z.string(), channel: z.string().nullable(), polarity: z.string(), hedges: z.array(z.string()),
  kind: z.string().nullable().openapi({ description: "what the claim reports: speech, evidence, belief, stance, intention, refusal, accusation, denial or question" }),
  ledger: ClaimLedger,
}).openapi("Claim");

const Location = z.object({
  name: z.string(), country: z.string().nullable(), lat: z.number(), lon: z.number(), precision: z.string(),
  basis: z.enum(["event-place", "article-region"]),
}).openapi("EventLocation");

export const EventRowSchema = z.object({
  id: z.number().int(), article_id: z.number().int(), article_date: z.string(), article_source: z.string().nullable(), local_id: z.string(),
  type: z.string(), mode: z.string().nullable(), trigger: Span, actor: z.string().nullable(), target: z.string().nullable(),
  place: z.string().nullable(), time: z.string().nullable(), claim_local_id: z.string().nullable(), location: Location.nullable(),
  ledger: z.object({ cluster: z.string().nullable(), verdict: z.enum(VERDICTS).nullable() }),
}).openapi("Event");

export const PlaceRowSchema = z.object({
  id: z.number().int(), name: z.string(), geonameid: z.number().int().nullable(), country: z.string().nullable(), lat: z.number(), lon: z.number(),
  precision: z.string(), mentions: z.number().int(), articles: z.number().int(),
  article_ids: z.array(z.number().int()).describe("the newest articles that mention it (at most 30), newest first"), sources: z.array(z.string()),
  first_date: z.string(), last_date: z.string(),
}).openapi("Place");

export const ActorRowSchema = z.object({
  name: z.string(), affiliation: z.string().nullable(), claims: z.number().int(), articles: z.number().int(), first_date: z.string(), last_date: z.string(),
  figures: z.number().int().openapi({ description: "figures it stated that the ledger tracks" }),
  disputed: z.number().int().openapi({ description: "of those, how many are part of a dispute" }),
  corroborated: z.number().int().openapi({ description: "of those, how many are corroborated by an independent source" }),
}).openapi("Actor");

const Loose = (name: string, fields: Record<string, z.ZodType>) => z.looseObject(fields).openapi(name);

export const ObservationSchema = Loose("ObservationView", {
  id: z.string(), side: z.string(), claimant: z.string(), actor: z.string().nullable(), date: z.string(), figure: z.string(),
  value: z.number().nullable(), bound: z.string(), unit: z.string().nullable(), polarity: z.string(), hedges: z.array(z.string()),
  article_id: z.number().int(), claim: z.string().nullable(), claim_id: z.number().int().nullable(), sentence: Span,
  outlet: z.string().nullable(), relative: z.string().nullable(),
});

export const PropositionSchema = Loose("Proposition", {
  id: z.string(), topicId: z.string(), measure: z.string(), subject: z.string(), place: z.string(), window: z.string(), label: z.string(),
  sides: z.array(z.string()), reports: z.number().int(), independentReports: z.number().int(), verdict: z.enum(VERDICTS).nullable(),
});
export const DisputeSchema = Loose("Dispute", {
  id: z.string(), kind: z.string(), propositions: z.array(z.string()), sides: z.array(z.string()), hard: z.boolean(), explanation: z.string(),
  observations: z.array(ObservationSchema),
});
export const SeriesSchema = Loose("Series", {
  id: z.string(), topicId: z.string(), measure: z.string(), subject: z.string(), place: z.string(), side: z.string(), printed: z.string(),
  points: z.array(z.looseObject({ date: z.string(), value: z.number().nullable(), bound: z.string(), text: z.string() })),
});
export const VerdictSchema = Loose("Verdict", {
  id: z.string(), target: z.string(), targetId: z.string(), verdict: z.enum(VERDICTS), rule: z.string(), explanation: z.string(),
});

export const page = <T extends z.ZodType>(item: T, cursor: "integer" | "string" = "integer") =>
  z.object({
    items: z.array(item),
    next: (cursor === "integer" ? z.number().int() : z.string()).nullable().openapi({ description: "pass as `after` for the next page; null on the last page" }),
  });

export const Detail = (name: string) => z.looseObject({}).openapi(name);

export const IngestResult = z.object({
  stored: z.number().int(), duplicates: z.number().int(), failed: z.number().int(),
  errors: z.array(z.object({ where: z.string(), message: z.string() })),
}).openapi("IngestResult");
