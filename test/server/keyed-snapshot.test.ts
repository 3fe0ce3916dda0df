// The server patches its copy of the ledger's output with the keys an ingest re-derived. Whatever
// the order articles arrive and leave in, the patched copy must be the lean snapshot a full read gives.
import assert from "node:assert/strict";
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, it } from "node:test";
import { extractArticle } from "../../src/core/extract.js";
import { parseDateline } from "../../src/input/dateline.js";
import { Ledger, type OutputKey } from "../../src/ledger/index.js";
import type { StoredArticle } from "../../src/ledger/types.js";
import { ingestItems } from "../../src/pipeline/ingest.js";
import { defaultResources } from "../../src/resources/index.js";
import { KeyedSnapshot } from "../../src/server/keyed-snapshot.js";
import { LedgerState } from "../../src/server/ledger-state.js";
import { SqliteStore } from "../../src/store/sqlite.js";
import { repo } from "../helpers.js";
import { shuffled } from "../ledger/helpers.js";

function examples(): StoredArticle[] {
  const dir = repo("examples");
  const res = defaultResources();
  return readdirSync(dir).filter((f) => f.endsWith(".txt")).sort().map((f, i) => {
    const article = parseDateline(f, readFileSync(join(dir, f), "utf8"), { today: "2099-01-01" });
    return { articleId: i + 1, article, extraction: extractArticle(article, res) };
  });
}

describe("keyed snapshot", () => {
  it("equals a full lean read after articles are added and removed in any order", () => {
    const stored = examples();
    for (const seed of [1, 2, 3]) {
      const ledger = new Ledger();
      try {
        const order = shuffled(stored, seed);
        const third = Math.floor(order.length / 3);
        ledger.addMany(order.slice(0, third));
        const view = KeyedSnapshot.read(ledger);
        const derived: OutputKey[] = [];
        ledger.onDerived((k) => derived.push(k));
        for (const step of [order.slice(third, 2 * third), order.slice(2 * third)]) {
          ledger.addMany(step);
          ledger.commit();
          assert.ok(derived.length > 0, "the step re-derived some keys");
          view.patch(ledger, derived.splice(0));
          assert.deepEqual(view.snapshot(), ledger.snapshot({ lean: true }), `seed ${seed}`);
        }
        for (const gone of order.slice(0, 4)) ledger.remove(gone.articleId);
        ledger.commit();
        view.patch(ledger, derived.splice(0));
        assert.deepEqual(view.snapshot(), ledger.snapshot({ lean: true }), `seed ${seed}, after removals`);
      } finally {
        ledger.close();
      }
    }
  });

  it("keeps the server's index equal to the ledger through a run of ingests", async () => {
    const store = new SqliteStore(join(mkdtempSync(join(tmpdir(), "cc-keyed-")), "ledger.db"));
    try {
      const state = new LedgerState(store);
      const stored = examples();
      const resources = defaultResources();
      for (let i = 0; i < stored.length; i += 6) {
        const items = stored.slice(i, i + 6).map((s) => ({ article: s.article, where: s.article.id ?? `example ${s.articleId}` }));
        await state.ingest((ledger) => ingestItems(items, store, resources, { ledger }));
        const index = await state.read();
        const fresh = (await store.loadLedger({ lean: true }))!.snapshot;
        assert.deepEqual(index.snapshot, fresh, `after ${i + 6} articles`);
      }
    } finally {
      await store.close();
    }
  });
});
