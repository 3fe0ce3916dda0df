// HTML pages, RSS/Atom feeds, JSON documents, gzip and format dispatch.
import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { describe, it } from "node:test";
import { extractArticle } from "../../src/core/extract.js";
import type { Article } from "../../src/core/types.js";
import { parseDocument } from "../../src/input/document.js";
import { parseFeed } from "../../src/input/feed.js";
import { parseHtmlPage } from "../../src/input/html.js";
import type { InputItem } from "../../src/input/items.js";
import { readInputs } from "../../src/input/read.js";
import { defaultResources } from "../../src/resources/index.js";

const options = { today: "2026-01-01" };

const PARAGRAPHS = [
  "The Russian Defence Ministry said on Wednesday that its air defences had destroyed 12 Ukrainian drones over the Kursk region.",
  "Ukraine's military did not comment on the claim, and Reuters could not independently verify it.",
];

const PAGE = `<!doctype html>
<html><head>
<meta charset="utf-8">
<title>Drones downed | Test Wire</title>
<meta property="og:title" content="OG title">
<meta property="og:site_name" content="OG Wire">
<meta property="og:url" content="https://wire.example/og">
<meta property="article:published_time" content="2024-08-09T08:00:00Z">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"x"},
 {"@type":"NewsArticle","headline":"Drones downed over border region","datePublished":"2024-08-07T23:30:00+03:00",
  "publisher":{"@type":"Organization","name":"Test Wire"}}]}</script>
<style>body { color: red } .SECRET-STYLE {}</style>
<script>window.SECRET_SCRIPT = "do not read";</script>
</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Drones downed over border region</h1>
<p>${PARAGRAPHS[0]}</p>
<script>document.write("SECRET_INLINE")</script>
<p>${PARAGRAPHS[1].replace("Reuters", "<b>Reuters</b>")}</p>
</article>
<footer>Copyright Test Wire</footer>
</body></html>`;

function articles(items: InputItem[]): Article[] {
  return items.flatMap((i) => ("article" in i ? [i.article] : []));
}
function errors(items: InputItem[]): string[] {
  return items.flatMap((i) => ("error" in i ? [i.error.message] : []));
}

describe("HTML pages", () => {
  it("leaves out the page furniture around the article: byline, share bar, related links, 'Read more:' pointers", () => {
    const page = PAGE.replace(
      `<p>${PARAGRAPHS[0]}</p>`,
      `<p class="article-byline">By Staff Reporter, 7 August 2024</p><div class="share-bar"><a href="#">Share on X</a></div><p>${PARAGRAPHS[0]}</p>` +
        `<div class="related-stories"><h3>More stories</h3><p><a href="/x">Kyiv says 40 drones downed</a></p></div><p>Read more: <a href="/y">Full coverage</a></p>`,
    );
    const a = parseHtmlPage("furniture.html", page, options);
    assert.ok(a.text.endsWith(PARAGRAPHS.join("\n\n")), a.text);
    assert.doesNotMatch(a.text, /Staff Reporter|Share on|More stories|40 drones|Full coverage/);
    // In a page too plain for Readability to keep the box as a box (a div holding one paragraph).
    const plain = parseHtmlPage("plain.html", `<html><head><meta name="pubdate" content="2024-08-03"></head><body><div class="related"><p>Kyiv said 5 drones fell.</p></div><p>${PARAGRAPHS[0]}</p></body></html>`, options);
    assert.equal(plain.text, PARAGRAPHS[0]);
    // A class that only contains one of the words inside another ("shareholders") is article text.
    const held = parseHtmlPage("held.html", PAGE.replace(`<p>${PARAGRAPHS[0]}</p>`, `<p class="shareholders-note">${PARAGRAPHS[0]}</p>`), options);
    assert.ok(held.text.includes(PARAGRAPHS[0]!), held.text);
  });

  it("extracts the main text as blank-line-separated paragraphs and the metadata, JSON-LD first", () => {
    const a = parseHtmlPage("page.html", PAGE, options);
    assert.equal(a.date, "2024-08-07", "the publisher's local date from JSON-LD datePublished");
    assert.equal(a.title, "Drones downed over border region");
    assert.equal(a.source, "Test Wire");
    assert.equal(a.url, "https://wire.example/og");
    assert.ok(a.text.endsWith(PARAGRAPHS.join("\n\n")), a.text);
    assert.doesNotMatch(a.text, /SECRET|color: red|Home|Copyright/);
  });

  it("falls back to Open Graph, meta name=date, <time datetime> and <title>", () => {
    const og = parseHtmlPage("og.html", PAGE.replace(/<script type="application\/ld\+json">[\s\S]*?<\/script>/, ""), options);
    assert.deepEqual([og.date, og.title, og.source], ["2024-08-09", "OG title", "OG Wire"]);
    const named = parseHtmlPage("n.html", `<html><head><title> Plain  title </title><meta name="pubdate" content="2024-08-03"></head><body><p>${PARAGRAPHS[0]}</p></body></html>`, options);
    assert.deepEqual([named.date, named.title, named.source, named.url], ["2024-08-03", "Plain title", null, null]);
    // A <title> loses the site's name after it, or gives way to the page's one headline it begins with.
    const sited = parseHtmlPage("s.html", `<html><head><title>Bridge closed after strike | City Wire</title><meta name="pubdate" content="2024-08-03"></head><body><p>${PARAGRAPHS[0]}</p></body></html>`, options);
    assert.equal(sited.title, "Bridge closed after strike");
    const headed = parseHtmlPage("h.html", `<html><head><title>Bridge closed after strike - Wire</title><meta name="pubdate" content="2024-08-03"></head><body><h1>Bridge closed after strike</h1><p>${PARAGRAPHS[0]}</p></body></html>`, options);
    assert.equal(headed.title, "Bridge closed after strike");
    const dashed = parseHtmlPage("d.html", `<html><head><title>Ukraine - Russia talks end without a deal</title><meta name="pubdate" content="2024-08-03"></head><body><p>${PARAGRAPHS[0]}</p></body></html>`, options);
    assert.equal(dashed.title, "Ukraine - Russia talks end without a deal", "a dash inside a headline is no site suffix");
    const time = parseHtmlPage("t.html", `<html><body><p>Posted <time datetime="2024-08-02T10:00">Friday</time></p><p>${PARAGRAPHS[0]}</p></body></html>`, options);
    assert.equal(time.date, "2024-08-02");
  });

  it("without a date names the file and asks for --date, which then supplies it", () => {
    const page = `<html><head><title>Undated</title></head><body><p>${PARAGRAPHS[0]}</p></body></html>`;
    assert.throws(() => parseHtmlPage("undated.html", page, options), /^Error: undated\.html: no publication date in the page metadata; give one with --date YYYY-MM-DD$/);
    assert.equal(parseHtmlPage("undated.html", page, { ...options, date: "2024-08-01" }).date, "2024-08-01");
  });

  it("extraction offsets index the extracted text exactly", () => {
    const a = parseHtmlPage("page.html", PAGE, options);
    const x = extractArticle(a, defaultResources());
    assert.equal(x.article.text, a.text);
    assert.ok(x.claims.length > 0, "the page's attribution is found");
    for (const span of [...x.entities, ...x.times, ...x.claims.flatMap((c) => [c.source, c.cue, c.content])]) {
      assert.equal(a.text.slice(span.start, span.end), span.text);
    }
  });
});

const RSS = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/">
<channel><title>Feed &amp; Wire</title><link>https://feed.example/</link>
<item><title>First</title><link>https://feed.example/1</link><guid isPermaLink="false">id-1</guid>
  <pubDate>Wed, 14 Aug 2024 07:00:00 GMT</pubDate>
  <media:content url="https://feed.example/1.jpg"/>
  <description>&lt;p&gt;Short &amp;amp; sweet.&lt;/p&gt;</description>
  <content:encoded><![CDATA[<p>${PARAGRAPHS[0]}</p><script>SECRET()</script><p>${PARAGRAPHS[1]}</p>]]></content:encoded></item>
<item><title>No date</title><description>Text without a date.</description></item>
<item><title>Bad date</title><pubDate>yesterday</pubDate><description>x</description></item>
<item><title>Dublin Core</title><dc:date>2024-08-15T10:00:00Z</dc:date><description><![CDATA[Kyiv said <i>nothing</i>.]]></description></item>
</channel></rss>`;

const ATOM = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title type="text">Atom Wire</title>
<entry><title type="html">A &lt;b&gt;bold&lt;/b&gt; title</title><id>urn:a:1</id>
  <link rel="self" href="https://atom.example/self"/><link rel="alternate" href="https://atom.example/1"/>
  <updated>2024-08-16T00:00:00Z</updated><published>2024-08-15T23:00:00-05:00</published>
  <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>One <b>bold</b> word.</p><p>Second paragraph.</p></div></content></entry>
<entry><title>Summary only</title><updated>2024-08-17T00:00:00Z</updated><summary type="text">A &lt;plain&gt; summary.</summary></entry>
</feed>`;

describe("feeds", () => {
  it("RSS 2.0: each item is an article; the channel is the outlet; bad items are named by index, good ones kept", () => {
    const items = parseFeed("news.rss", RSS, options);
    const good = articles(items);
    assert.equal(good.length, 2);
    assert.deepEqual({ ...good[0], text: undefined }, { id: "id-1", date: "2024-08-14", source: "Feed & Wire", title: "First", url: "https://feed.example/1", text: undefined });
    assert.equal(good[0].text, PARAGRAPHS.join("\n\n"), "content:encoded is preferred, scripts dropped");
    assert.deepEqual([good[1].date, good[1].text], ["2024-08-15", "Kyiv said nothing."]);
    assert.deepEqual(errors(items), [
      "news.rss item 2: no publication date (pubDate, published or updated); give one with --date YYYY-MM-DD",
      'news.rss item 3: cannot read the publication date "yesterday"',
    ]);
    assert.equal(articles(parseFeed("news.rss", RSS, { ...options, date: "2024-08-20" })).length, 3, "--date dates the undated item");
  });

  it("Atom: published before updated, the alternate link, XHTML and text content", () => {
    const [first, second] = articles(parseFeed("a.atom", ATOM, options));
    assert.deepEqual([first.date, first.url, first.title, first.id, first.source], ["2024-08-15", "https://atom.example/1", "A bold title", "urn:a:1", "Atom Wire"]);
    assert.equal(first.text, "One bold word.\n\nSecond paragraph.");
    assert.deepEqual([second.date, second.text, second.url], ["2024-08-17", "A <plain> summary.", null]);
  });

  it("names what is wrong with a file that is not a feed", () => {
    assert.match(errors(parseFeed("x.xml", "<html><body>hi</body></html>", options))[0], /^x\.xml: not an RSS or Atom feed \(the root element is <html>\)$/);
    assert.match(errors(parseFeed("e.xml", "<rss><channel><title>t</title></channel></rss>", options))[0], /^e\.xml: the feed has no items$/);
    assert.match(errors(parseFeed("d.xml", `<rss>${"<a>".repeat(5000)}${"</a>".repeat(5000)}</rss>`, options))[0], /^d\.xml: not well-formed XML/);
  });
});

describe("dispatch", () => {
  const json = (v: unknown) => Buffer.from(JSON.stringify(v));
  const parse = (name: string, bytes: Uint8Array, contentType?: string) => parseDocument({ where: name, name, contentType }, bytes, options);

  it("JSON: one article object or an array of them, members named by index", () => {
    assert.equal(articles(parse("one.json", json({ date: "2024-08-01", text: "One." }))).length, 1);
    const items = parse("many.json", json([{ date: "2024-08-01", text: "One." }, { text: "No date." }, 7]));
    assert.equal(articles(items).length, 1);
    assert.deepEqual(errors(items).map((m) => m.split(":")[0]), ["many.json item 2", "many.json item 3"]);
    assert.match(errors(parse("bad.json", Buffer.from("[1,")))[0], /^bad\.json: not valid JSON/);
  });

  it("sniffs the format when the name does not give it, and honours a Content-Type", () => {
    assert.equal(articles(parse("noext", Buffer.from(PAGE)))[0].source, "Test Wire");
    assert.equal(articles(parse("noext", Buffer.from(RSS))).length, 2);
    assert.equal(articles(parse("noext", Buffer.from(ATOM))).length, 2);
    assert.equal(articles(parse("noext", Buffer.from("date 2024-08-01 Body.")))[0].text, "Body.");
    assert.equal(articles(parse("noext", Buffer.from('{"date":"2024-08-01",\n "text":"Pretty-printed."}')))[0].text, "Pretty-printed.");
    assert.equal(articles(parse("noext", Buffer.from('{"date":"2024-08-01","text":"a"}\n{"date":"2024-08-02","text":"b"}'))).length, 2);
    assert.equal(articles(parse("/feed", Buffer.from(RSS), "application/rss+xml; charset=utf-8")).length, 2);
  });

  it("reads .gz files by their inner name, folders of every format, and .jsonl.gz as a stream", async () => {
    const dir = mkdtempSync(join(tmpdir(), "cc-formats-"));
    writeFileSync(join(dir, "page.html.gz"), gzipSync(PAGE));
    writeFileSync(join(dir, "feed.xml"), RSS);
    writeFileSync(join(dir, "entries.atom"), ATOM);
    writeFileSync(join(dir, "batch.jsonl.gz"), gzipSync(`${JSON.stringify({ date: "2024-08-01", text: "a" })}\n${JSON.stringify({ date: "2024-08-02", text: "b" })}\n`));
    writeFileSync(join(dir, "one.json"), JSON.stringify({ date: "2024-08-01", text: "json" }));
    const items: InputItem[] = [];
    for await (const item of readInputs([dir], options)) items.push(item);
    assert.equal(articles(items).length, 1 + 2 + 2 + 2 + 1);
    assert.equal(errors(items).length, 2, "the two bad RSS items");
    assert.ok(items.some((i) => "article" in i && i.where === join(dir, "batch.jsonl.gz") + ":2"));
  });
});
