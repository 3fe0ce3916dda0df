// --fetch against a local HTTP server on 127.0.0.1 (never the internet).
import assert from "node:assert/strict";
import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { after, before, describe, it } from "node:test";
import { crosscheckUserAgent } from "../../src/input/fetch.js";
import type { InputItem } from "../../src/input/items.js";
import { readInputs } from "../../src/input/read.js";

const options = { today: "2026-01-01" };
const FEED = `<?xml version="1.0"?><rss version="2.0"><channel><title>Local Wire</title>
<item><title>One</title><link>https://local.example/1</link><pubDate>Thu, 01 Aug 2024 10:00:00 +0000</pubDate><description>Officials said the bridge was closed.</description></item>
</channel></rss>`;
const PAGE = `<html><head><meta property="og:site_name" content="Local Page"></head><body><p>Kyiv said the strike hit a depot.</p></body></html>`;

let server: Server;
let base: string;
const seen: IncomingHttpHeaders[] = [];

before(async () => {
  server = createServer((req, res) => {
    seen.push(req.headers);
    if (req.url === "/feed") res.writeHead(200, { "Content-Type": "application/rss+xml; charset=utf-8" }).end(FEED);
    else if (req.url === "/story") res.writeHead(200, { "Content-Type": "text/html" }).end(PAGE);
    else if (req.url === "/slow") res.writeHead(200, { "Content-Type": "text/html" }).write("<html>"); // never ends
    else if (req.url === "/huge") {
      res.writeHead(200, { "Content-Type": "text/html" });
      const chunk = Buffer.alloc(64 * 1024, 0x61);
      const pump = (): void => {
        while (res.write(chunk)) if (res.destroyed) return;
        res.once("drain", pump);
      };
      res.on("error", () => undefined);
      pump();
    } else res.writeHead(404).end("no");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

after(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

async function fetchAll(urls: string[], extra: object = {}): Promise<InputItem[]> {
  const items: InputItem[] = [];
  for await (const item of readInputs([], { ...options, urls, ...extra })) items.push(item);
  return items;
}

describe("--fetch", () => {
  it("reads a feed and a page, with a polite User-Agent; the page's address is the fetched one", async () => {
    const items = await fetchAll([`${base}/feed`, `${base}/story`], { date: "2024-08-02" });
    const articles = items.flatMap((i) => ("article" in i ? [i.article] : []));
    assert.deepEqual(articles.map((a) => [a.source, a.date, a.url]), [["Local Wire", "2024-08-01", "https://local.example/1"], ["Local Page", "2024-08-02", `${base}/story`]]);
    assert.match(crosscheckUserAgent(), /^Crosscheck\/\d+\.\d+\.\d+ \(\+https:\/\/example\.invalid\/crosscheck\)$/);
    assert.equal(seen.at(-1)?.["user-agent"], crosscheckUserAgent());
  });

  it("gives up after the timeout, past the size limit, on an error status, and on other schemes", async () => {
    const started = performance.now();
    const [slow] = await fetchAll([`${base}/slow`], { fetch: { timeoutMs: 300 } });
    assert.ok("error" in slow && /\/slow: no complete answer within 0\.3 s$/.test(slow.error.message), JSON.stringify(slow));
    assert.ok(performance.now() - started < 3000);
    const [huge] = await fetchAll([`${base}/huge`], { fetch: { maxBytes: 1024 * 1024 } });
    assert.ok("error" in huge && /\/huge: file is more than 1048576 bytes; the limit is 1048576 bytes/.test(huge.error.message), JSON.stringify(huge));
    const [missing] = await fetchAll([`${base}/missing`]);
    assert.ok("error" in missing && /\/missing: the server answered 404 Not Found$/.test(missing.error.message));
    const [file] = await fetchAll(["file:///etc/passwd"]);
    assert.ok("error" in file && /only http and https/.test(file.error.message));
  });
});
