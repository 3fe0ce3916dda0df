import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { describe, it } from "node:test";
import { parseDateline } from "../../src/input/dateline.js";
import type { InputItem } from "../../src/input/items.js";
import { readInputs } from "../../src/input/read.js";
import { repo } from "../helpers.js";

const options = { today: "2026-01-01" };

async function collect(paths: string[], stdin?: string): Promise<InputItem[]> {
  const items: InputItem[] = [];
  for await (const item of readInputs(paths, { ...options, stdin: stdin === undefined ? undefined : Readable.from([Buffer.from(stdin)]) })) items.push(item);
  return items;
}

function errors(items: InputItem[]): string[] {
  return items.flatMap((i) => ("error" in i ? [i.error.message] : []));
}

describe("dateline format", () => {
  it("reads headers, a blank line and the body exactly as written", () => {
    const a = parseDateline("f.txt", "date 2024-08-14\nsource Wire\ntitle A title\n\nBody line one.\n\nLine two.\n", options);
    assert.equal(a.date, "2024-08-14");
    assert.equal(a.source, "Wire");
    assert.equal(a.title, "A title");
    assert.equal(a.text, "Body line one.\n\nLine two.\n");
  });

  it("reads the one-line form with leading whitespace", () => {
    const a = parseDateline("f.txt", " date 2024-08-14 Ukraine pounded regions.\n\nMore text.", options);
    assert.equal(a.date, "2024-08-14");
    assert.equal(a.text, "Ukraine pounded regions.\n\nMore text.");
  });

  it("keeps CRLF in the body so offsets match the file", () => {
    const a = parseDateline("f.txt", "date 2024-08-14\r\nid x1\r\n\r\nOne.\r\nTwo.", options);
    assert.equal(a.id, "x1");
    assert.equal(a.text, "One.\r\nTwo.");
  });

  it("names the line and what was expected", () => {
    assert.throws(() => parseDateline("a.txt", "Hello there\n\nbody", options), /a\.txt:1: expected a header line `date YYYY-MM-DD`/);
    assert.throws(() => parseDateline("b.txt", "date 2024-02-30\n\nbody", options), /b\.txt: "date" "2024-02-30" is not a calendar date/);
    assert.throws(() => parseDateline("c.txt", "date 2030-01-01\n\nbody", options), /c\.txt: "date" 2030-01-01 is in the future/);
    assert.throws(() => parseDateline("d.txt", "date 2024-01-01\n\n   \n", options), /d\.txt: "text" is empty/);
    assert.throws(() => parseDateline("e.txt", "date 2024-01-01\ndate 2024-01-02\n\nx", options), /e\.txt:2: header "date" given twice/);
  });

  it("neutralises control and bidirectional override characters without moving offsets", () => {
    const body = "Kyiv\u202e said\u0007 no.";
    const a = parseDateline("f.txt", `date 2024-01-01\n\n${body}`, options);
    assert.equal(a.text.length, body.length);
    assert.ok(!/[\u202e\u0007]/.test(a.text));
  });
});

describe("reading paths", () => {
  it("reads folders recursively, JSON Lines line by line, and reports bad items by file and line", async () => {
    const dir = mkdtempSync(join(tmpdir(), "cc-read-"));
    mkdirSync(join(dir, "nested"));
    writeFileSync(join(dir, "a.txt"), "\ufeffdate 2024-08-14\n\nA body.");
    writeFileSync(join(dir, "nested", "b.jsonl"), [
      JSON.stringify({ id: "b1", date: "2024-08-15", text: "First." }),
      "{not json",
      JSON.stringify({ id: "b3", text: "No date." }),
      "",
      JSON.stringify({ id: "b5", date: "2024-08-16", text: "Fifth.", source: 7 }),
      JSON.stringify({ id: "b6", date: "2024-08-16", text: "Sixth." }),
    ].join("\n"));
    writeFileSync(join(dir, "empty.txt"), "");
    writeFileSync(join(dir, "binary.txt"), Buffer.from([0x64, 0x61, 0x00, 0xff]));
    writeFileSync(join(dir, "latin1.txt"), Buffer.from("date 2024-08-14\n\nKiev caf\xe9", "latin1"));
    const items = await collect([dir, join(dir, "missing.txt")]);
    const good = items.flatMap((i) => ("article" in i ? [i.article.id ?? i.article.text] : []));
    assert.deepEqual(good, ["A body.", "b1", "b6"]);
    const bad = errors(items);
    assert.ok(bad.some((m) => m.includes("missing.txt: no such file")), bad.join("\n"));
    assert.ok(bad.some((m) => /b\.jsonl:2: not valid JSON/.test(m)));
    assert.ok(bad.some((m) => /b\.jsonl:3: missing "date"/.test(m)));
    assert.ok(bad.some((m) => /b\.jsonl:5: field "source" must be a string/.test(m)));
    assert.ok(bad.some((m) => /empty\.txt: file is empty/.test(m)));
    assert.ok(bad.some((m) => /binary\.txt: binary file/.test(m)));
    assert.ok(bad.some((m) => /latin1\.txt: not valid UTF-8 \(first bad byte at offset 25\)/.test(m)), bad.join("\n"));
  });

  it("reads standard input as dateline text or JSON Lines", async () => {
    const [one] = await collect(["-"], "date 2024-08-14 Body from stdin.");
    assert.ok("article" in one && one.article.text === "Body from stdin.");
    const two = await collect(["-"], `${JSON.stringify({ date: "2024-08-14", text: "x" })}\n${JSON.stringify({ date: "2024-08-15", text: "y" })}\n`);
    assert.equal(two.length, 2);
  });

  it("reads every bundled example without an error", async () => {
    const items = await collect([repo("examples")]);
    assert.deepEqual(errors(items), []);
    assert.ok(items.length >= 15);
  });
});
