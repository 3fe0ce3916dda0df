// The HTTP shell: a JSON API over the Store plus the static web UI. Reads go straight to Store
// methods (bound parameters only); writes go through the same ingest pipeline as the CLI.
import { Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import { secureHeaders } from "hono/secure-headers";
import type { Resources } from "../core/context.js";
import { ingestItems } from "../pipeline/ingest.js";
import { repoPath } from "../resources/paths.js";
import type { ListFilter, Store } from "../store/store.js";
import { requireToken } from "./auth.js";
import { ApiError, errorResponse } from "./errors.js";
import { bodyFormat, bodyItems } from "./ingest-body.js";
import { listFilter, pathId, searchQuery } from "./query.js";
import { staticFiles } from "./static-files.js";

export const MAX_BODY_BYTES = 5 * 1024 * 1024;

export interface AppOptions {
  store: Store;
  resources: Resources;
  /** Today's date YYYY-MM-DD; ingested articles dated after it are refused. */
  today: () => string;
  /** When set, every /api/* request must carry `Authorization: Bearer <token>`. */
  token?: string;
  /** Folder holding index.html, app.css and dist/ (defaults to the repository's web/). */
  webRoot?: string;
}

/** A page of rows plus the cursor for the next page (the last id), or null when there is none. */
async function page<T extends { id: number }>(list: (filter: ListFilter) => Promise<T[]>, filter: ListFilter) {
  const items = await list(filter);
  const last = items.at(-1);
  // Probe one row past the page so `next` is null exactly when nothing follows.
  const more = last !== undefined && (await list({ ...filter, after: last.id, limit: 1 })).length > 0;
  return { items, next: more ? last.id : null };
}

export function createApp(options: AppOptions): Hono {
  const { store, resources, today } = options;
  const app = new Hono();

  app.use(
    "*",
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", "data:"],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'none'"],
        frameAncestors: ["'none'"],
        formAction: ["'self'"],
      },
      xContentTypeOptions: true,
      referrerPolicy: "no-referrer",
    }),
  );
  if (options.token) app.use("/api/*", requireToken(options.token));

  app.get("/api/articles", async (c) => c.json(await page((f) => store.listArticles(f), listFilter(c.req.query(), false))));

  app.get("/api/articles/:id", async (c) => {
    const article = await store.getArticle(pathId(c.req.param("id"), "id"));
    if (!article) throw new ApiError(404, "id: no article with this id");
    return c.json(article);
  });

  app.get("/api/claims", async (c) => c.json(await page((f) => store.listClaims(f), listFilter(c.req.query(), true))));
  app.get("/api/events", async (c) => c.json(await page((f) => store.listEvents(f), listFilter(c.req.query(), true))));

  app.get("/api/search", async (c) => {
    const { q, limit } = searchQuery(c.req.query());
    return c.json({ items: await store.search(q, limit ?? 50) });
  });

  app.get("/api/stats", async (c) => c.json(await store.counts()));

  app.post(
    "/api/ingest",
    bodyLimit({ maxSize: MAX_BODY_BYTES, onError: (c) => c.json({ error: `body: expected at most ${MAX_BODY_BYTES} bytes` }, 413) }),
    async (c) => {
      const format = bodyFormat(c.req.header("Content-Type"));
      const items = bodyItems(new Uint8Array(await c.req.arrayBuffer()), format, { today: today() });
      const { stored, duplicates, failed, errors } = await ingestItems(items, store, resources);
      const status = failed === 0 ? 200 : stored + duplicates > 0 ? 207 : 422;
      return c.json({ stored, duplicates, failed, errors }, status);
    },
  );

  app.all("/api/*", () => {
    throw new ApiError(404, "not found: see GET /api/articles, /api/claims, /api/events, /api/search, /api/stats, POST /api/ingest");
  });
  app.get("*", staticFiles(options.webRoot ?? repoPath("web")));

  app.notFound(() => {
    throw new ApiError(404, "not found");
  });
  app.onError(errorResponse);
  return app;
}
