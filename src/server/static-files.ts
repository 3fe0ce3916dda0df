// Serves the web UI from the web folder through a strict allow-list of paths: a request path
// either names one of these shapes exactly or gets a 404, so no path can climb out of the folder.
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import type { Context } from "hono";
import { ApiError } from "./errors.js";

const ALLOWED = /^\/(index\.html|app\.css|dist\/[a-z][a-z0-9-]*\.js)$/;

const TYPES: Record<string, string> = {
  html: "text/html; charset=utf-8",
  css: "text/css; charset=utf-8",
  js: "text/javascript; charset=utf-8",
};

export function staticFiles(root: string): (c: Context) => Promise<Response> {
  return async (c) => {
    const path = c.req.path === "/" ? "/index.html" : c.req.path;
    const match = ALLOWED.exec(path);
    if (!match) throw new ApiError(404, "not found");
    let body: Buffer;
    try {
      body = await readFile(join(root, match[1]));
    } catch {
      throw new ApiError(404, "not found");
    }
    const ext = match[1].slice(match[1].lastIndexOf(".") + 1);
    return c.body(new Uint8Array(body), 200, { "Content-Type": TYPES[ext], "Cache-Control": "no-cache" });
  };
}
