// Character encodings: BOMs, declarations, --encoding, strict UTF-8 errors, gzip limits.
import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { describe, it } from "node:test";
import { decodeDocument } from "../../src/input/decode.js";
import { parseDocument } from "../../src/input/document.js";
import type { InputItem } from "../../src/input/items.js";
import { readInputs } from "../../src/input/read.js";

const options = { today: "2026-01-01" };
// "Киев" in windows-1251 and in KOI8-R, "café" in windows-1252, written out by hand.
const KIEV_1251 = [0xca, 0xe8, 0xe5, 0xe2];
const KIEV_KOI8R = [0xeb, 0xc9, 0xc5, 0xd7];
const CAFE_1252 = [0x63, 0x61, 0x66, 0xe9];

const bytes = (...parts: (string | number[])[]): Buffer => Buffer.concat(parts.map((p) => (typeof p === "string" ? Buffer.from(p, "latin1") : Buffer.from(p))));

function only(items: InputItem[]) {
  assert.equal(items.length, 1);
  const [item] = items;
  if ("error" in item) assert.fail(item.error.message);
  return item.article;
}

describe("decoding", () => {
  it("UTF-8 with or without a BOM; UTF-16 LE and BE with a BOM", () => {
    const text = "date 2024-08-01\n\nКиев café";
    assert.equal(decodeDocument("f", Buffer.from(text)), text);
    assert.equal(decodeDocument("f", Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)])), text);
    assert.equal(decodeDocument("f", Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")])), text);
    const be = Buffer.from(text, "utf16le").swap16();
    assert.equal(decodeDocument("f", Buffer.concat([Buffer.from([0xfe, 0xff]), be])), text);
    assert.equal(only(parseDocument({ where: "u16.txt", name: "u16.txt" }, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]), options)).text, "Киев café");
  });

  it("declared charsets: HTML meta charset, http-equiv and the XML encoding attribute", () => {
    const page = bytes('<html><head><meta charset="windows-1251"><meta name="date" content="2024-08-01"></head><body><p>', KIEV_1251, "</p></body></html>");
    assert.equal(only(parseDocument({ where: "p.html", name: "p.html" }, page, options)).text, "Киев");
    const equiv = bytes('<html><head><meta http-equiv="Content-Type" content="text/html; charset=koi8-r"><meta name="date" content="2024-08-01"></head><body><p>', KIEV_KOI8R, "</p></body></html>");
    assert.equal(only(parseDocument({ where: "e.html", name: "e.html" }, equiv, options)).text, "Киев");
    const feed = bytes('<?xml version="1.0" encoding="KOI8-R"?><rss><channel><title>', KIEV_KOI8R, "</title><item><pubDate>2024-08-01</pubDate><description>", KIEV_KOI8R, "</description></item></channel></rss>");
    const item = only(parseDocument({ where: "k.xml", name: "k.xml" }, feed, options));
    assert.deepEqual([item.source, item.text], ["Киев", "Киев"]);
    const latin = bytes('<meta charset="iso-8859-1"><meta name="date" content="2024-08-01"><p>', CAFE_1252, " \x93quoted\x94</p>");
    assert.equal(only(parseDocument({ where: "l.html", name: "l.html" }, latin, options)).text, "café \u201cquoted\u201d", "latin-1 means windows-1252, as in browsers");
  });

  it("--encoding names the encoding of undeclared files, and wins over a declaration", () => {
    const dateline = bytes("date 2024-08-01\n\n", KIEV_1251);
    assert.equal(only(parseDocument({ where: "d.txt", name: "d.txt" }, dateline, { ...options, encoding: "windows-1251" })).text, "Киев");
    assert.equal(only(parseDocument({ where: "d.txt", name: "d.txt" }, bytes("date 2024-08-01\n\n", KIEV_KOI8R), { ...options, encoding: "koi8-r" })).text, "Киев");
    const declaredWrongly = bytes('<meta charset="utf-8"><meta name="date" content="2024-08-01"><p>', CAFE_1252, "</p>");
    assert.equal(only(parseDocument({ where: "w.html", name: "w.html" }, declaredWrongly, { ...options, encoding: "latin1" })).text, "café");
  });

  it("invalid UTF-8 without a declaration names the file and the byte offset; unknown encodings are named", () => {
    const [bad] = parseDocument({ where: "bad.txt", name: "bad.txt" }, bytes("date 2024-08-01\n\n", CAFE_1252), options);
    assert.ok("error" in bad);
    assert.equal(bad.error.message, "bad.txt: not valid UTF-8 (first bad byte at offset 20); convert the file to UTF-8 or name its encoding with --encoding NAME");
    const [unknown] = parseDocument({ where: "u.html", name: "u.html" }, Buffer.from('<meta charset="x-klingon"><p>x</p>'), options);
    assert.ok("error" in unknown);
    assert.match(unknown.error.message, /^u\.html: unknown character encoding "x-klingon" declared in the document/);
  });

  it("JSON Lines: a bad line names its line and the byte offset in the file; --encoding applies per line", async () => {
    const dir = mkdtempSync(join(tmpdir(), "cc-enc-"));
    const good = JSON.stringify({ date: "2024-08-01", text: "ok" });
    writeFileSync(join(dir, "a.jsonl"), bytes(`${good}\n{"date":"2024-08-01","text":"`, CAFE_1252, `"}\n${good}\n`));
    writeFileSync(join(dir, "b.jsonl"), bytes('{"date":"2024-08-01","text":"', KIEV_1251, '"}\n'));
    const items: InputItem[] = [];
    for await (const item of readInputs([join(dir, "a.jsonl")], options)) items.push(item);
    assert.equal(items.filter((i) => "article" in i).length, 2);
    const error = items.find((i) => "error" in i);
    assert.ok(error && "error" in error);
    assert.equal(error.error.message, `${join(dir, "a.jsonl")}:2: not valid UTF-8 (first bad byte at offset ${good.length + 1 + 32} of the file)`);
    const decoded: InputItem[] = [];
    for await (const item of readInputs([join(dir, "b.jsonl")], { ...options, encoding: "cp1251" })) decoded.push(item);
    assert.equal(only(decoded).text, "Киев");
  });

  it("gzip is decompressed transparently, within a limit", () => {
    assert.equal(only(parseDocument({ where: "x.txt.gz", name: "x.txt.gz" }, gzipSync("date 2024-08-01\n\nZipped."), options)).text, "Zipped.");
    const started = performance.now();
    const [bomb] = parseDocument({ where: "bomb.txt.gz", name: "bomb.txt.gz" }, gzipSync(Buffer.alloc(64 * 1024 * 1024)), options);
    assert.ok("error" in bomb);
    assert.match(bomb.error.message, /^bomb\.txt\.gz: gzip data expands to more than 20971520 bytes; refusing to decompress it$/);
    assert.ok(performance.now() - started < 5000);
  });
});
