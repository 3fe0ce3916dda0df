// Hostile input: every bad item gets a clear error naming its place, the good items around it are
// ingested, and the stored ledger is exactly what the good items alone would make. Small cases are
// committed under test/hostile/corpus; large ones are generated in a temp folder at run time.
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { after, before, describe, it } from "node:test";
import { extractArticle } from "../../src/core/extract.js";
import type { Article } from "../../src/core/types.js";
import type { InputItem } from "../../src/input/items.js";
import { readInputs } from "../../src/input/read.js";
import { ingestItems } from "../../src/pipeline/ingest.js";
import { defaultResources } from "../../src/resources/index.js";
import { openStore } from "../../src/store/open.js";
import type { Store } from "../../src/store/store.js";
import { repo } from "../helpers.js";

const options = { today: "2026-01-01" };
const MB = 1024 * 1024;
const SENTENCE = "Officials said on Friday that the bridge near Sudzha had been damaged.";

let dir: string;
let corpus: string;

/** Files whose every item must be refused, with the error each must give (after "<path>"). */
const BAD: Record<string, RegExp> = {
  "empty.txt": /^: file is empty$/,
  "binary.txt": /^: binary file \(contains NUL bytes\)/,
  "random.bin": /^: binary file \(contains NUL bytes\)/,
  "huge.txt": /^: file is 104857600 bytes; the limit is 20971520 bytes/,
  "huge-line.jsonl": /^:1: line is longer than 8388608 bytes; skipped$/,
  "invalid-utf8.txt": /^: not valid UTF-8 \(first bad byte at offset 25\)/,
  "bomb.txt.gz": /^: gzip data expands to more than 20971520 bytes/,
  "impossible-date.txt": /^: "date" "2024-02-30" is not a calendar date YYYY-MM-DD$/,
  "future-date.html": /^: "date" 2099-01-01 is in the future \(today is 2026-01-01\)$/,
  "no-date.html": /^: no publication date in the page metadata; give one with --date YYYY-MM-DD$/,
  "xxe.xml": /^: not well-formed XML \(External entities are not supported\)$/,
  "deeper.html": /^: HTML elements nested more than 16000 deep; refusing to parse it$/,
};

/** Files that mix good and bad items: the bad ones' places and the number of good ones. */
const MIXED: Record<string, { bad: string[]; good: number }> = {
  "malformed.jsonl": { bad: [":2", ":3", ":4", ":5", ":6", ":7", ":8", ":9", ":10", ":11"], good: 2 },
  "bad-items.rss": { bad: [" item 2", " item 3", " item 4"], good: 2 },
  "deep-item.rss": { bad: [" item 1"], good: 1 },
};

/** Files that look hostile but are good articles. */
const GOOD = ["good.txt", "script-page.html", "unclosed.html", "deep.html", "big-page.html", "one-mb-line.txt", "controls.txt"];

before(() => {
  dir = mkdtempSync(join(tmpdir(), "cc-hostile-"));
  corpus = join(dir, "corpus");
  mkdirSync(corpus);
  for (const name of readdirSync(repo("test/hostile/corpus"))) copyFileSync(join(repo("test/hostile/corpus"), name), join(corpus, name));
  const put = (name: string, content: string | Uint8Array) => writeFileSync(join(corpus, name), content);
  put("binary.txt", Buffer.from([0x64, 0x61, 0x74, 0x65, 0x00, 0x01, 0xff, 0xfe]));
  put("random.bin", Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)));
  // 100 MB without writing 100 MB: a sparse file. It must be refused by its size, never read.
  put("huge.txt", "");
  truncateSync(join(corpus, "huge.txt"), 100 * MB);
  put("huge-line.jsonl", "");
  truncateSync(join(corpus, "huge-line.jsonl"), 100 * MB);
  put("invalid-utf8.txt", Buffer.concat([Buffer.from("date 2024-08-09\n\nKiev caf"), Buffer.from([0xe9, 0x20, 0x21])]));
  put("bomb.txt.gz", gzipSync(Buffer.alloc(64 * MB)));
  put("one-mb-line.txt", `date 2024-08-09 ${"word ".repeat(MB / 5)}`);
  const head = '<html><head><meta property="article:published_time" content="2024-08-09"></head><body>';
  put("deep.html", `${head}${"<div>".repeat(10_000)}<p>${SENTENCE}</p>${"</div>".repeat(10_000)}</body></html>`);
  put("deeper.html", `${head}${"<span>".repeat(200_000)}<p>${SENTENCE}</p></body></html>`);
  const item = (html: string) => `<item><pubDate>2024-08-09</pubDate><description><![CDATA[${html}]]></description></item>`;
  put("deep-item.rss", `<rss><channel><title>Deep</title>${item("<div>".repeat(50_000))}${item(`<p>${SENTENCE}</p>`)}</channel></rss>`);
  put("big-page.html", `${head}${`<div class="${"c".repeat(100)}"><span>w</span></div>`.repeat(Math.ceil((5 * MB) / 130))}<p>${SENTENCE}</p></body></html>`);
  put("controls.txt", `date 2024-08-09\n\nKyiv\u202e said\u0007 the \u0001strike\u009b hit \u2066a depot\u2069.\u001b[2J`);
});

after(() => rmSync(dir, { recursive: true, force: true }));

async function read(paths: string[], extra: object = {}): Promise<InputItem[]> {
  const items: InputItem[] = [];
  for await (const item of readInputs(paths, { ...options, ...extra })) items.push(item);
  return items;
}

describe("hostile files", () => {
  it("each bad file gives one clear error naming it", async () => {
    for (const [name, expected] of Object.entries(BAD)) {
      const path = join(corpus, name);
      const started = performance.now();
      const items = await read([path]);
      assert.equal(items.length, 1, name);
      const [item] = items;
      assert.ok("error" in item, `${name} was accepted`);
      assert.ok(item.error.message.startsWith(path), item.error.message);
      assert.match(item.error.message.slice(path.length), expected);
      assert.ok(performance.now() - started < 5000, `${name} took ${performance.now() - started} ms`);
    }
  });

  it("a 100 MB file is refused by its size at once, without being read", async () => {
    const before = process.memoryUsage().rss;
    const started = performance.now();
    await read([join(corpus, "huge.txt")]);
    assert.ok(performance.now() - started < 200);
    assert.ok(process.memoryUsage().rss - before < 50 * MB);
  });

  it("files that mix good and bad items keep the good ones and name each bad one", async () => {
    for (const [name, { bad, good }] of Object.entries(MIXED)) {
      const path = join(corpus, name);
      const items = await read([path]);
      assert.deepEqual(items.flatMap((i) => ("error" in i ? [i.error.where.slice(path.length)] : [])), bad, name);
      assert.equal(items.filter((i) => "article" in i).length, good, name);
    }
  });

  it("scripts, styles and other non-text never reach the text; deep and malformed pages are read", async () => {
    const texts = new Map<string, string>();
    for (const name of GOOD) {
      const started = performance.now();
      const [item] = await read([join(corpus, name)]);
      assert.ok("article" in item, `${name}: ${"error" in item ? item.error.message : ""}`);
      assert.ok(performance.now() - started < 10_000, `${name} took ${performance.now() - started} ms`);
      texts.set(name, item.article.text);
    }
    assert.doesNotMatch(texts.get("script-page.html")!, /HOSTILE|alert|cookie|color/);
    assert.match(texts.get("script-page.html")!, /^Shelling reported near Sudzha\n\nRegional officials said/);
    assert.match(texts.get("unclosed.html")!, /restored in Rylsk\.\n\nCrews worked/);
    assert.equal(texts.get("deep.html"), SENTENCE);
    assert.ok(texts.get("big-page.html")!.endsWith(SENTENCE));
    assert.ok(texts.get("one-mb-line.txt")!.length > MB - 5, "the 1 MB line is the body");
  });

  it("control characters and bidirectional overrides are neutralised one for one, so offsets hold", async () => {
    const [item] = await read([join(corpus, "controls.txt")]);
    assert.ok("article" in item);
    const raw = "Kyiv\u202e said\u0007 the \u0001strike\u009b hit \u2066a depot\u2069.\u001b[2J";
    assert.equal(item.article.text.length, raw.length);
    assert.doesNotMatch(item.article.text, /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
    const x = extractArticle(item.article, defaultResources());
    for (const span of [...x.entities, ...x.claims.flatMap((c) => [c.source, c.cue, c.content])]) assert.equal(item.article.text.slice(span.start, span.end), span.text);
  });

  it("reads only what it is given: ../ in a path is read as given, links inside folders are not followed, names print safely", async () => {
    mkdirSync(join(dir, "given", "sub"), { recursive: true });
    copyFileSync(join(corpus, "good.txt"), join(dir, "given", "good.txt"));
    writeFileSync(join(dir, "outside.txt"), `date 2024-08-09\n\n${SENTENCE}`);
    symlinkSync(join("..", "..", "outside.txt"), join(dir, "given", "sub", "escape.txt"));
    symlinkSync("..", join(dir, "given", "sub", "loop"));
    const evil = "evil\u001b[31m\u202etxt.exe\n.txt";
    writeFileSync(join(dir, "given", evil), "");
    const traversal = join(dir, "given", "sub", "..", "good.txt");
    const [viaDots] = await read([traversal]);
    assert.ok("article" in viaDots && viaDots.where === traversal);
    const items = await read([join(dir, "given")]);
    assert.equal(items.filter((i) => "article" in i).length, 1, "only the folder's own good.txt");
    const messages = items.flatMap((i) => ("error" in i ? [i.error.message] : []));
    assert.ok(messages.some((m) => /sub\/escape\.txt: symbolic link inside a folder, not followed/.test(m)), messages.join("\n"));
    assert.ok(messages.some((m) => /sub\/loop: symbolic link inside a folder, not followed/.test(m)));
    const evilMessage = messages.find((m) => m.includes("evil"));
    assert.equal(evilMessage, `${join(dir, "given")}/evil\\u{001b}[31m\\u{202e}txt.exe\\u{000a}.txt: file is empty`);
    for (const m of messages) assert.doesNotMatch(m, /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
  });
});

/** What a ledger holds, as counts and a hash of every listed row. */
async function snapshot(store: Store): Promise<{ counts: object; hash: string }> {
  const all = { limit: 1000 };
  const rows = [await store.listArticles(all), await store.listClaims(all), await store.listEvents(all)];
  return { counts: await store.counts(), hash: createHash("sha256").update(JSON.stringify(rows)).digest("hex") };
}

describe("the ledger under hostile input", () => {
  it("bad items change nothing; mixed input stores exactly what its good items alone would", async () => {
    const resources = defaultResources();
    const withBad = await openStore(join(dir, "with-bad.db"));
    const goodOnly = await openStore(join(dir, "good-only.db"));
    try {
      const seed = await read([repo("examples")]);
      await ingestItems(seed, withBad, resources);
      await ingestItems(seed, goodOnly, resources);
      const seeded = await snapshot(withBad);
      assert.deepEqual(await snapshot(goodOnly), seeded);

      const badOnly = await ingestItems(readInputs(Object.keys(BAD).map((n) => join(corpus, n)), options), withBad, resources);
      assert.deepEqual([badOnly.stored, badOnly.failed], [0, Object.keys(BAD).length]);
      assert.deepEqual(await snapshot(withBad), seeded, "bad files left the ledger untouched");

      const mixed = await read([corpus]);
      const good = mixed.filter((i): i is { article: Article; where: string } => "article" in i);
      const summary = await ingestItems(mixed, withBad, resources);
      assert.equal(summary.failed, mixed.length - good.length);
      assert.equal(summary.stored + summary.duplicates, good.length);
      for (const error of summary.errors) assert.ok(error.where.startsWith(corpus), error.where);
      await ingestItems(good, goodOnly, resources);
      assert.deepEqual(await snapshot(withBad), await snapshot(goodOnly));
    } finally {
      await withBad.close();
      await goodOnly.close();
    }
  });
});
