// Bearer-token check for /api/* when the server is exposed beyond loopback. Tokens are compared
// through fixed-length digests in constant time so the comparison leaks neither content nor length.
import { createHash, timingSafeEqual } from "node:crypto";
import type { MiddlewareHandler } from "hono";
import { ApiError } from "./errors.js";

const digest = (value: string): Buffer => createHash("sha256").update(value).digest();

export function requireToken(token: string): MiddlewareHandler {
  const expected = digest(token);
  return async (c, next) => {
    const header = c.req.header("Authorization") ?? "";
    const m = /^Bearer[ ]+(\S+)$/i.exec(header);
    if (!m || !timingSafeEqual(digest(m[1]), expected)) {
      c.header("WWW-Authenticate", 'Bearer realm="crosscheck"');
      throw new ApiError(401, "authorization: expected the header Authorization: Bearer <token>");
    }
    await next();
  };
}
