// The CLI as a user runs it: a real process, real files, a real SQLite ledger.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, it } from "node:test";
import type { Extraction } from "../../src/core/types.js";
import { repo } from "../helpers.js";

const BIN = repo("bin/crosscheck.js");

function cli(args: string[], input?: string): { code: number; out: string; err: string } {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: repo("."), input, encoding: "utf8", timeout: 60_000 });
  return { code: r.status ?? -1, out: r.stdout, err: r.stderr };
}

function tmp(): string {
  return mkdtempSync(join(tmpdir(), "cc-cli-"));
}

describe("crosscheck extract", () => {
  it("prints schema-1 JSON Lines whose spans index the body as read", () => {
    const r = cli(["extract", repo("test/fixtures/articles/quote-first.txt"), repo("test/fixtures/articles/crlf-bom.txt")]);
    assert.equal(r.code, 0, r.err);
    const lines = r.out.trim().split("\n").map((l) => JSON.parse(l) as Extraction);
    assert.equal(lines.length, 2);
    for (const x of lines) {
      assert.equal(x.schema, 1);
      for (const key of ["article", "sentences", "entities", "times", "places", "figures", "claims", "events", "diagnostics"]) assert.ok(key in x, key);
      for (const c of x.claims) assert.equal(x.article.text.slice(c.content.start, c.content.end), c.content.text);
    }
    assert.ok(lines[1].article.text.includes("\r\n"), "CRLF kept in the body");
  });

  it("reads standard input and echoes a JSON Lines id", () => {
    const r = cli(["extract", "-"], `${JSON.stringify({ id: "abc-1", date: "2024-08-14", text: "Kyiv said it had taken 74 settlements." })}\n`);
    assert.equal(r.code, 0, r.err);
    const x = JSON.parse(r.out) as Extraction;
    assert.equal(x.article.id, "abc-1");
    assert.equal(x.claims[0]?.source.actor, "Ukraine");
  });

  it("reports a bad item by file and line, prints the good ones, and exits non-zero", () => {
    const dir = tmp();
    const file = join(dir, "batch.jsonl");
    writeFileSync(file, `${JSON.stringify({ date: "2024-08-14", text: "Russia said it destroyed 10 drones." })}\n{"date": "2024-99-01", "text": "x"}\n`);
    const r = cli(["extract", file]);
    assert.equal(r.code, 1);
    assert.equal(r.out.trim().split("\n").length, 1);
    assert.match(r.err, /batch\.jsonl:2: "date" "2024-99-01" is not a calendar date YYYY-MM-DD/);
    assert.doesNotMatch(r.err, /at .*\.js:\d+/, "no stack trace for a user mistake");
  });
});

describe("crosscheck ingest and queries", () => {
  it("ingests the examples once, reports bad files, and answers claims, events and search", () => {
    const dir = tmp();
    const db = join(dir, "ledger.db");
    const first = cli(["ingest", repo("examples"), "--db", db]);
    assert.equal(first.code, 0, first.err);
    assert.match(first.err, /(\d+) stored, 0 already in the ledger, 0 failed/);
    const stored = Number(/(\d+) stored/.exec(first.err)![1]);
    assert.ok(stored >= 15);

    const bad = join(dir, "bad.txt");
    writeFileSync(bad, "no header here\n\nbody");
    const again = cli(["ingest", repo("examples"), bad, "--db", db]);
    assert.equal(again.code, 1);
    assert.match(again.err, new RegExp(`0 stored, ${stored} already in the ledger, 1 failed`));
    assert.match(again.err, /bad\.txt:1: expected a header line/);

    const claims = cli(["claims", "--db", db, "--json", "--since", "2024-08-12", "--until", "2024-08-15"]);
    assert.equal(claims.code, 0, claims.err);
    const rows = claims.out.trim().split("\n").map((l) => JSON.parse(l) as { time: string; source: { actor: string | null } });
    assert.ok(rows.length > 5 && rows.every((c) => c.time >= "2024-08-12" && c.time <= "2024-08-15"));

    const evidence = cli(["claims", "--db", db, "--json", "--kind", "evidence"]);
    assert.equal(evidence.code, 0, evidence.err);
    const kinds = evidence.out.trim().split("\n").map((l) => (JSON.parse(l) as { kind: string }).kind);
    assert.ok(kinds.length >= 1 && kinds.every((k) => k === "evidence"), kinds.join(", "));
    const unknownKind = cli(["claims", "--db", db, "--kind", "rumour"]);
    assert.notEqual(unknownKind.code, 0);
    assert.match(unknownKind.err, /--kind.*rumour.*speech, evidence/s);

    const table = cli(["claims", "--db", db, "--source", "Volodymyr Zelenskiy"]);
    assert.equal(table.code, 0, table.err);
    assert.match(table.out, /Zelenskiy/);
    assert.match(table.out, /\d+ claims\n$/);

    const events = cli(["events", "--db", db, "--json", "--limit", "5"]);
    assert.equal(events.code, 0, events.err);
    assert.equal(events.out.trim().split("\n").length, 5);

    // Filters by side (any case), place and event type, as the API has them.
    const russian = cli(["claims", "--db", db, "--json", "--side", "ru"]);
    assert.equal(russian.code, 0, russian.err);
    const sides = russian.out.trim().split("\n").map((l) => (JSON.parse(l) as { source: { affiliation: string | null } }).source.affiliation);
    assert.ok(sides.length >= 5 && sides.every((a) => a === "RU"), sides.join(", "));
    const downed = cli(["events", "--db", db, "--json", "--type", "ASSAULT/interception", "--place", "Kursk Oblast"]);
    assert.equal(downed.code, 0, downed.err);
    const modes = downed.out.trim().split("\n").map((l) => JSON.parse(l) as { type: string; mode: string | null });
    assert.ok(modes.length >= 1 && modes.every((e) => e.type === "ASSAULT" && e.mode === "interception"), JSON.stringify(modes));

    const search = cli(["search", "prisoners", "--db", db]);
    assert.equal(search.code, 0, search.err);
    assert.match(search.out, /prisoner/i);
  });

  it("gives the same ledger whether worker threads extract or not", () => {
    const dir = tmp();
    const claimsWith = (threads: string): string => {
      const db = join(dir, `t${threads}.db`);
      const r = cli(["ingest", repo("examples"), repo("test/fixtures/articles"), "--db", db, "--threads", threads]);
      assert.equal(r.code, 0, r.err);
      return cli(["claims", "--db", db, "--json", "--limit", "1000"]).out;
    };
    const single = claimsWith("0");
    assert.ok(single.split("\n").length > 50);
    assert.equal(claimsWith("2"), single);
  });

  it("refuses bad options with a one-line error", () => {
    const r = cli(["claims", "--since", "yesterday", "--db", join(tmp(), "x.db")]);
    assert.notEqual(r.code, 0);
    assert.match(r.err, /expected a date YYYY-MM-DD/);
    const db = join(tmp(), "not-a-ledger.db");
    writeFileSync(db, "plain text, not SQLite ".repeat(50));
    const s = cli(["claims", "--db", db]);
    assert.equal(s.code, 2);
    assert.match(s.err, /not-a-ledger\.db: (not a Crosscheck ledger|cannot open)/);
  });

  it("documents every command with --help", () => {
    for (const command of ["extract", "ingest", "claims", "events", "search", "serve", "start"]) {
      const r = cli([command, "--help"]);
      assert.equal(r.code, 0, `${command} --help: ${r.err}`);
      assert.match(r.out, new RegExp(`Usage: crosscheck ${command}`));
    }
    const top = cli(["--help"]);
    assert.match(top.out, /extract/);
    assert.ok(readFileSync(repo("README.md"), "utf8").includes("npx crosscheck"), "README documents the CLI");
  });
});
