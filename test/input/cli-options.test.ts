// The input options of `crosscheck extract` / `ingest` as a user runs them: --date, --encoding, --fetch.
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, it } from "node:test";
import { repo } from "../helpers.js";

/** Runs the CLI without blocking this process, so a test server here can answer it. */
function cli(args: string[]): Promise<{ code: number; out: string; err: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [repo("bin/crosscheck.js"), ...args], { timeout: 60_000 }, (error, out, err) => {
      resolve({ code: error ? Number((error as { code?: number }).code ?? 1) : 0, out, err });
    });
  });
}

const articles = (out: string) => out.trim().split("\n").filter(Boolean).map((line) => (JSON.parse(line) as { article: { date: string; text: string; source: string | null } }).article);

describe("input options", () => {
  it("--date dates an undated page; without it the error names the file", async () => {
    const page = repo("test/hostile/corpus/no-date.html");
    const refused = await cli(["extract", page]);
    assert.equal(refused.code, 1);
    assert.equal(refused.err, `${page}: no publication date in the page metadata; give one with --date YYYY-MM-DD\n`);
    const dated = await cli(["extract", page, "--date", "2024-08-01"]);
    assert.equal(dated.code, 0, dated.err);
    assert.equal(articles(dated.out)[0].date, "2024-08-01");
  });

  it("--encoding decodes a legacy file; an unknown name is refused", async () => {
    const file = join(mkdtempSync(join(tmpdir(), "cc-cli-enc-")), "kiev.txt");
    writeFileSync(file, Buffer.concat([Buffer.from("date 2024-08-01\n\n"), Buffer.from([0xca, 0xe8, 0xe5, 0xe2])]));
    const ok = await cli(["extract", "--encoding", "windows-1251", file]);
    assert.equal(articles(ok.out)[0].text, "Киев");
    const bad = await cli(["extract", "--encoding", "klingon", file]);
    assert.equal(bad.code, 1);
    assert.match(bad.err, /unknown character encoding/);
  });

  it("--fetch reads a feed from a server (here a local one) alongside paths", async () => {
    const feed = `<rss><channel><title>Local</title><item><pubDate>2024-08-03</pubDate><description>Kyiv said the depot burned.</description></item></channel></rss>`;
    const server = createServer((_req, res) => res.writeHead(200, { "Content-Type": "application/rss+xml" }).end(feed));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/feed`;
      const r = await cli(["extract", "--fetch", url, repo("test/hostile/corpus/good.txt")]);
      assert.equal(r.code, 0, r.err);
      assert.deepEqual(articles(r.out).map((a) => a.source), ["Hostile Wire", "Local"]);
      const none = await cli(["extract"]);
      assert.equal(none.code, 2);
      assert.match(none.err, /give files, folders or - to read, or --fetch URL/);
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
