// The cross-article ledger on the bundled examples, read through the CLI's JSON output. The ledger
// rules were written against the articles up to 2024-08-19; the later ones are held out, and the
// checks marked "held-out" rest on them.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { before, describe, it } from "node:test";
import type { Dispute, FigureSeries, LedgerSnapshot, Verdict, WireGroup } from "../../src/ledger/types.js";
import { repo } from "../helpers.js";

function cli(args: string[]): string {
  const r = spawnSync(process.execPath, [repo("bin/crosscheck.js"), ...args], { cwd: repo("."), encoding: "utf8", timeout: 120_000 });
  assert.equal(r.status, 0, `crosscheck ${args.join(" ")}: ${r.stderr}`);
  return r.stdout;
}

function lines<T>(out: string): T[] {
  return out.trim() === "" ? [] : out.trim().split("\n").map((l) => JSON.parse(l) as T);
}

function values(series: FigureSeries | undefined): number[] {
  return (series?.points ?? []).map((p) => p.value ?? Number.NaN);
}

function inOrder(actual: number[], expected: number[]): boolean {
  let i = 0;
  for (const v of actual) if (v === expected[i]) i++;
  return i === expected.length;
}

describe("the ledger on the examples, through the CLI", () => {
  let db = "";
  let series: FigureSeries[] = [];
  let disputes: Dispute[] = [];
  let verdicts: Verdict[] = [];
  let copies: WireGroup[] = [];
  const find = (id: string): FigureSeries | undefined => series.find((s) => s.id === id);

  before(() => {
    db = join(mkdtempSync(join(tmpdir(), "cc-ledger-")), "ledger.db");
    cli(["ingest", repo("examples"), "--db", db]);
    series = lines<FigureSeries>(cli(["series", "--db", db, "--json"]));
    disputes = lines<Dispute>(cli(["disputes", "--db", db, "--json"]));
    verdicts = lines<Verdict>(cli(["verdicts", "--db", db, "--json"]));
    copies = lines<WireGroup>(cli(["copies", "--db", db, "--json"]));
  });

  it("shows Kyiv's territory series by day, held-out points included", () => {
    const kyiv = values(find("territory_held|UA|Kursk Oblast|UA"));
    assert.ok(inOrder(kyiv, [1000, 1150, 1294]), `Kyiv's territory series: ${kyiv.join(", ")}`);
    assert.ok(kyiv.some((v) => v >= 1300), "held-out: the September figure of more than 1,300 sq km");
  });

  it("shows the territory dispute: Moscow's 'about half' against Kyiv's figure", () => {
    const d = disputes.find((x) => x.kind === "relative" && x.propositions.some((p) => p.startsWith("territory_held|UA|Kursk Oblast")));
    assert.ok(d, disputes.map((x) => x.id).join("\n"));
    assert.deepEqual([...d.sides].sort(), ["RU", "UA"]);
    assert.ok(d.claims.every((c) => c.sentence.text.length > 0), "each side's claim points at its sentence");
    const verdict = verdicts.find((v) => v.targetId === "territory_held|UA|Kursk Oblast|2024-08");
    assert.equal(verdict?.verdict, "disputed");
  });

  it("shows Russia's claimed Ukrainian losses series (held-out: 4,130, 4,300 and 9,300)", () => {
    const losses = values(find("military_losses|UA|Kursk Oblast|RU"));
    assert.ok(inOrder(losses, [660, 945, 4130, 4300, 9300]), `losses: ${losses.join(", ")}`);
  });

  it("shows the evacuee figures", () => {
    const series = find("evacuees|civilians|Kursk Oblast|RU");
    const evacuees = values(series);
    assert.ok(inOrder(evacuees, [76000, 121000, 133190]), `evacuees: ${evacuees.join(", ")}`);
    // A date in the sentence belongs to the nearest figure: 133,190 was given on Aug. 23, not Aug. 10.
    assert.deepEqual([...new Set(series!.points.filter((p) => p.value === 133190).map((p) => p.date))], ["2024-08-23"]);
  });

  it("shows the prisoner swap told two ways (held-out: the Turkish account)", () => {
    const role = disputes.find((x) => x.kind === "role" && x.id.includes("prisoner_exchange"));
    assert.ok(role, disputes.filter((x) => x.kind === "role").map((x) => x.id).join("\n"));
    assert.ok(role.id.includes("United Arab Emirates") && role.id.includes("Turkey"), role.id);
  });

  it("flags the article that contradicts itself", () => {
    const self = disputes.filter((x) => x.kind === "self-contradiction" && x.propositions.some((p) => p.startsWith("territory_held")));
    assert.equal(self.length, 1, self.map((x) => x.explanation).join("\n"));
    assert.equal(new Set(self[0].claims.map((c) => c.articleId)).size, 1);
  });

  it("counts a re-published copy once (held-out)", () => {
    assert.equal(copies.length, 1);
    assert.equal(copies[0].members.length, 2);
    const swap = series.find((s) => s.measure === "prisoner_exchange" && s.side === "RU");
    assert.ok(swap, "the swap has a series");
  });

  it("gives the same ledger when built incrementally in two batches and rebuilt from scratch", () => {
    const dir = mkdtempSync(join(tmpdir(), "cc-ledger-inc-"));
    const files = readdirSync(repo("examples")).filter((f) => f.endsWith(".txt")).sort();
    const half = Math.floor(files.length / 2);
    const db2 = join(dir, "ledger.db");
    // Later articles first: the order of arrival must not matter either.
    cli(["ingest", ...files.slice(half).map((f) => join(repo("examples"), f)), "--db", db2]);
    cli(["ingest", ...files.slice(0, half).map((f) => join(repo("examples"), f)), "--db", db2]);
    const incremental = JSON.parse(cli(["ledger", "show", "--db", db2])) as LedgerSnapshot;
    cli(["ledger", "rebuild", "--db", db2]);
    const rebuilt = JSON.parse(cli(["ledger", "show", "--db", db2])) as LedgerSnapshot;
    assert.deepEqual(incremental, rebuilt);
    assert.ok(rebuilt.series.length > 10);
  });
});
