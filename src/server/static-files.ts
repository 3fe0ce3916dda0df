// Serves the web UI from the web folder through a strict allow-list of paths: a request path
// either names one of these shapes exactly or gets a 404, so no path can climb out of the folder.
// Vendored browser libraries (the offline basemap) are served from node_modules by a fixed table of
// names: no part of the request path ever reaches the file system.
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import type { Context } from "hono";
import { ApiError } from "./errors.js";

const ALLOWED = /^\/(index\.html|app\.css|dist\/[a-z][a-z0-9-]*\.js)$/;

const TYPES: Record<string, string> = {
  html: "text/html; charset=utf-8",
  css: "text/css; charset=utf-8",
  js: "text/javascript; charset=utf-8",
  json: "application/json; charset=utf-8",
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

const require = createRequire(import.meta.url);

/** A file of an installed package, found through the package's own entry point (some packages export no subpaths). */
function packageFile(entry: string, file: string): () => string {
  return () => join(dirname(require.resolve(entry)), file);
}

/** The only vendor files there are: UMD builds (globals d3, topojson) and the Natural Earth countries TopoJSON. */
const VENDOR: Record<string, () => string> = {
  "/vendor/d3-array.js": packageFile("d3-array", "d3-array.min.js"),
  "/vendor/d3-geo.js": packageFile("d3-geo", "d3-geo.min.js"),
  "/vendor/topojson-client.js": () => require.resolve("topojson-client/dist/topojson-client.min.js"),
  "/vendor/countries-50m.json": () => require.resolve("world-atlas/countries-50m.json"),
};

export function vendorFiles(): (c: Context) => Promise<Response> {
  const cache = new Map<string, Uint8Array<ArrayBuffer>>();
  return async (c) => {
    const locate = Object.hasOwn(VENDOR, c.req.path) ? VENDOR[c.req.path] : undefined;
    if (!locate) throw new ApiError(404, "not found");
    let body = cache.get(c.req.path);
    if (!body) {
      try {
        body = new Uint8Array(await readFile(locate()));
      } catch {
        throw new ApiError(404, "not found: run npm install (the basemap libraries are missing)");
      }
      cache.set(c.req.path, body);
    }
    const ext = c.req.path.slice(c.req.path.lastIndexOf(".") + 1);
    return c.body(body as Uint8Array<ArrayBuffer>, 200, { "Content-Type": TYPES[ext], "Cache-Control": "public, max-age=86400" });
  };
}
