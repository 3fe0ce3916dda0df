// The HTTP shell: a JSON API over the Store and the cross-article ledger, streamed exports, and the
// static web UI. Routes are declared once with zod schemas (validation + /openapi.json); reads go
// straight to Store methods (bound parameters only); writes go through the same ingest pipeline as
// the CLI, which also updates the ledger the server holds in memory.
import { OpenAPIHono } from "@hono/zod-openapi";
import { secureHeaders } from "hono/secure-headers";
import type { Resources } from "../core/context.js";
import { repoPath } from "../resources/paths.js";
import type { Store } from "../store/store.js";
import { requireToken } from "./auth.js";
import { ApiError, errorResponse } from "./errors.js";
import { LedgerState } from "./ledger-state.js";
import { registerExportRoutes } from "./routes/export-routes.js";
import { registerIngestRoute } from "./routes/ingest-route.js";
import { registerLedgerRoutes } from "./routes/ledger-routes.js";
import { registerStoreRoutes } from "./routes/store-routes.js";
import { staticFiles, vendorFiles } from "./static-files.js";

export { MAX_BODY_BYTES } from "./routes/ingest-route.js";

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

export interface RouteContext {
  store: Store;
  resources: Resources;
  today: () => string;
  ledger: LedgerState;
}

/** The first validation issue as "field: what was expected". */
function validationMessage(issues: readonly { path: readonly PropertyKey[]; message: string; code?: string; keys?: readonly string[] }[]): string {
  const issue = issues[0];
  if (!issue) return "request: invalid";
  // A parameter name is echoed only when it is a plain word: a crafted one must not come back as markup.
  if (issue.code === "unrecognized_keys" && issue.keys?.length) return `${/^[A-Za-z][\w.-]{0,40}$/.test(issue.keys[0]) ? issue.keys[0] : "query"}: ${issue.message}`;
  const field = issue.path.map(String).join(".") || "request";
  const message = issue.code === "invalid_type" && /received undefined/.test(issue.message) ? "required" : issue.message;
  return `${field}: ${message}`;
}

export function createApp(options: AppOptions): OpenAPIHono {
  const { store, resources, today } = options;
  const app = new OpenAPIHono({
    defaultHook: (result, c) => {
      if (!result.success) return c.json({ error: validationMessage(result.error.issues as never) }, 400);
    },
  });

  app.use(
    "*",
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", "data:"],
        connectSrc: ["'self'"],
        fontSrc: ["'self'"],
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
  app.openAPIRegistry.registerComponent("securitySchemes", "bearer", { type: "http", scheme: "bearer" });

  const ledger = new LedgerState(store);
  // Read once, now, so the first request does not pay for it; a failure is retried on first use.
  ledger.read().catch(() => undefined);
  const ctx: RouteContext = { store, resources, today, ledger };
  registerStoreRoutes(app, ctx);
  registerLedgerRoutes(app, ctx);
  registerExportRoutes(app, ctx);
  registerIngestRoute(app, ctx);

  app.doc("/openapi.json", {
    openapi: "3.0.3",
    info: {
      title: "Crosscheck API",
      version: "1.0.0",
      description: "A sourced ledger of claims, events, places and figures read from conflict news, with the cross-article ledger "
        + "(propositions, figure series, disputes, corroborations, verdicts). Lists page with `after` (the previous page's `next`). "
        + "When the server runs with a token, /api/* needs `Authorization: Bearer <token>`.",
    },
    security: options.token ? [{ bearer: [] }] : [],
  });

  app.all("/api/*", () => {
    throw new ApiError(404, "not found: the API's routes are listed in /openapi.json");
  });
  app.get("/vendor/*", vendorFiles());
  app.get("*", staticFiles(options.webRoot ?? repoPath("web")));

  app.notFound(() => {
    throw new ApiError(404, "not found");
  });
  app.onError(errorResponse);
  return app;
}
