// Importing a GeoNames dump: bad lines reported with their numbers, the good places stored, and
// extraction and ingest resolving them from then on.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, it } from "node:test";
import type { Extraction } from "../../src/core/types.js";
import { SqliteStore } from "../../src/store/sqlite.js";
import { repo } from "../helpers.js";

function cli(args: string[]): { code: number; out: string; err: string } {
  const r = spawnSync(process.execPath, [repo("bin/crosscheck.js"), ...args], { cwd: repo("."), encoding: "utf8", timeout: 60_000 });
  return { code: r.status ?? -1, out: r.stdout, err: r.stderr };
}

describe("crosscheck gazetteer import", () => {
  it("stores the dump's places, reports bad lines, and extraction resolves the imported village", async () => {
    const dir = mkdtempSync(join(tmpdir(), "cc-gazetteer-"));
    const db = join(dir, "ledger.db");
    const imported = cli(["gazetteer", "import", repo("test/fixtures/geonames/villages.txt"), "--db", db]);
    assert.equal(imported.code, 1, "a bad line makes the import exit non-zero");
    assert.match(imported.err, /villages\.txt:4: expected 19 tab-separated columns, found 1/);
    assert.match(imported.err, /2 places imported, 1 other features skipped, 1 bad lines/);

    const missing = cli(["gazetteer", "import", join(dir, "missing.txt"), "--db", db]);
    assert.equal(missing.code, 2);
    assert.match(missing.err, /missing\.txt: no such file/);
    assert.doesNotMatch(missing.err, /at .*\.js:\d+/, "no stack trace for a user mistake");

    const article = join(dir, "a.txt");
    writeFileSync(article, "date 2024-08-20\n\nUkrainian troops entered Testovka, a village near Sudzha, officials said on Tuesday.\n");
    const place = (args: string[]) => (JSON.parse(cli(["extract", article, ...args]).out) as Extraction).places.find((p) => p.text === "Testovka");
    assert.equal(place([]), undefined, "the built-in gazetteer does not know the village");
    const found = place(["--db", db]);
    assert.equal(found?.geonameid, 9990001);
    assert.deepEqual([found?.lat, found?.lon, found?.country], [51.21, 34.98, "RU"]);

    assert.equal(cli(["ingest", article, "--db", db]).code, 0);
    const store = new SqliteStore(db);
    try {
      const places = await store.listPlaces({ limit: 100 });
      assert.ok(places.some((p) => p.name === "Testovka"), JSON.stringify(places.map((p) => p.name)));
    } finally {
      await store.close();
    }
  });
});
