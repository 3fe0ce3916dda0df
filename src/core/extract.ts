// The core's one entry point: article in, extraction out. Pure and synchronous; the order of the
// stages is fixed here and each stage reads only the document and the stages before it.
import { extractClaims } from "./claims/index.js";
import type { Context, Resources } from "./context.js";
import { buildDoc } from "./document.js";
import { extractEntities } from "./entities/index.js";
import { extractEvents } from "./events/index.js";
import { extractFigures } from "./figures/index.js";
import { extractPlaces } from "./places/index.js";
import { extractTimes } from "./times/index.js";
import { SCHEMA_VERSION, type Article, type Extraction } from "./types.js";

export const STAGES = ["segment", "entities", "times", "places", "figures", "claims", "events"] as const;
export type Stage = (typeof STAGES)[number];

/** Optional per-stage timer, used by the benchmark; `now` is passed in so the core reads no clock. */
export interface StageTimer {
  now(): number;
  add(stage: Stage, ms: number): void;
}

export function extractArticle(article: Article, resources: Resources, timer?: StageTimer): Extraction {
  let t0 = timer ? timer.now() : 0;
  const lap = (stage: Stage): void => {
    if (!timer) return;
    const t1 = timer.now();
    timer.add(stage, t1 - t0);
    t0 = t1;
  };
  const doc = buildDoc(article);
  lap("segment");
  const ctx: Context = { doc, resources, entities: [], times: [], places: [], figures: [], claims: [], events: [], diagnostics: [] };
  ctx.entities = extractEntities(ctx);
  lap("entities");
  ctx.times = extractTimes(ctx);
  lap("times");
  ctx.places = extractPlaces(ctx);
  lap("places");
  ctx.figures = extractFigures(ctx);
  lap("figures");
  ctx.claims = extractClaims(ctx);
  lap("claims");
  ctx.events = extractEvents(ctx);
  lap("events");
  return {
    schema: SCHEMA_VERSION,
    article,
    sentences: doc.sentences,
    entities: ctx.entities,
    times: ctx.times,
    places: ctx.places,
    figures: ctx.figures,
    claims: ctx.claims,
    events: ctx.events,
    diagnostics: ctx.diagnostics,
  };
}
