// POST /api/ingest: a JSON article, JSON Lines or dateline text, through the same pipeline as
// `crosscheck ingest`; the stored articles are added to the server's ledger and its snapshot saved.
import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import { bodyLimit } from "hono/body-limit";
import { ingestItems } from "../../pipeline/ingest.js";
import type { RouteContext } from "../app.js";
import { bodyFormat, bodyItems } from "../ingest-body.js";
import { ErrorSchema, IngestResult } from "../schemas.js";
import { errors } from "./store-routes.js";

export const MAX_BODY_BYTES = 5 * 1024 * 1024;

const articleSchema = {
  type: "object" as const,
  required: ["date", "text"],
  properties: {
    id: { type: "string" as const }, date: { type: "string" as const, format: "date" }, source: { type: "string" as const },
    url: { type: "string" as const }, title: { type: "string" as const }, text: { type: "string" as const },
  },
};

const result = (description: string) => ({ content: { "application/json": { schema: IngestResult } }, description });
const error = (description: string) => ({ content: { "application/json": { schema: ErrorSchema } }, description });

export function registerIngestRoute(app: OpenAPIHono, { store, resources, today, ledger }: RouteContext): void {
  app.openapi(createRoute({
    method: "post", path: "/api/ingest", tags: ["ingest"],
    summary: "Extract and store articles, then update the ledger (the same article twice is stored once)",
    middleware: [bodyLimit({ maxSize: MAX_BODY_BYTES, onError: (c) => c.json({ error: `body: expected at most ${MAX_BODY_BYTES} bytes` }, 413) })] as const,
    request: {
      body: {
        description: "one JSON article, JSON Lines (one article per line) or dateline text (`date YYYY-MM-DD` header lines, a blank line, the body)",
        content: {
          // Plain schema objects, not zod: the body is parsed by the ingest readers, which report each bad line.
          "application/json": { schema: articleSchema },
          "application/x-ndjson": { schema: { type: "string" } },
          "text/plain": { schema: { type: "string" } },
        },
      },
    },
    responses: {
      200: result("every item stored (or already stored)"),
      207: result("some items stored, some refused (see errors, each with body:LINE)"),
      401: errors[401],
      413: error("the body is over 5 MB"),
      415: error("an unsupported Content-Type"),
      422: result("no item could be stored"),
    },
  }), async (c) => {
    const format = bodyFormat(c.req.header("Content-Type"));
    const items = bodyItems(new Uint8Array(await c.req.arrayBuffer()), format, { today: today() });
    const { stored, duplicates, failed, errors: problems } = await ledger.ingest((l) => ingestItems(items, store, resources, { ledger: l }));
    const status = failed === 0 ? 200 : stored + duplicates > 0 ? 207 : 422;
    return c.json({ stored, duplicates, failed, errors: problems }, status);
  });
}
