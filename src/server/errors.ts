// One error type for every refusal the API makes; app.onError turns it (and anything else) into JSON.
import type { Context } from "hono";
import { HTTPException } from "hono/http-exception";
import type { ContentfulStatusCode } from "hono/utils/http-status";

export class ApiError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    message: string,
  ) {
    super(message);
  }
}

/** A 400 naming the query field and what was expected: "limit: expected an integer from 1 to 1000". */
export function badField(field: string, expected: string): ApiError {
  return new ApiError(400, `${field}: ${expected}`);
}

/** The single place errors become responses: known refusals keep their message, the rest say nothing internal. */
export function errorResponse(error: Error, c: Context): Response {
  if (error instanceof ApiError) return c.json({ error: error.message }, error.status);
  if (error instanceof HTTPException) return c.json({ error: error.message || "request refused" }, error.status as ContentfulStatusCode);
  console.error(`crosscheck server: ${c.req.method} ${c.req.path}:`, error);
  return c.json({ error: "internal error" }, 500);
}
