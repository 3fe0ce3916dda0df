// One contract suite for every store engine: each engine's test file calls storeContract with a
// factory that opens a fresh, empty store.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { extractArticle } from "../../src/core/extract.js";
import type { Article, Extraction } from "../../src/core/types.js";
import { defaultResources } from "../../src/resources/index.js";
import { articleRows } from "../../src/store/article-rows.js";
import { articleHash } from "../../src/store/hash.js";
import type { PutItem, PutResult, Store } from "../../src/store/store.js";
import { buildLedger } from "../../src/ledger/index.js";
import { rebuildLedger } from "../../src/pipeline/ledger.js";
import { article } from "../helpers.js";

const ARTICLES: Article[] = [
  article("Russia said on Monday that it had shot down 30 drones over the Belgorod region. Kyiv denied the figure.", "2024-08-14", { id: "s1", source: "Wire A", title: "Drones downed" }),
  article("Zelenskiy said his forces held 74 settlements. A U.S. official said the advance had slowed.", "2024-08-13", { id: "s2", source: "Wire B" }),
  article("The governor said 121,000 people had been evacuated from border districts.", "2024-08-12", { id: "s3", source: "Wire A" }),
];

/** An article and its extraction as ingest hands them to a store; `spoil` may change the extraction first. */
export function putItem(a: Article, spoil?: (extraction: Extraction) => void): PutItem {
  const extraction = extractArticle(a, defaultResources());
  spoil?.(extraction);
  return { article: a, rows: articleRows(extraction), hash: articleHash(a) };
}

/** Stores one article with its extraction, as ingest does (a batch of one). */
export async function storeArticle(store: Store, a: Article): Promise<PutResult> {
  return (await store.putArticles([putItem(a)]))[0]!;
}

async function fill(store: Store): Promise<number[]> {
  const ids: number[] = [];
  for (const a of ARTICLES) ids.push((await storeArticle(store, a)).id);
  return ids;
}

export function storeContract(engine: string, open: () => Promise<Store>): void {
  describe(`store contract: ${engine}`, () => {
    it("stores articles with their extraction and is idempotent by content hash", async () => {
      const store = await open();
      try {
        const ids = await fill(store);
        const before = await store.counts();
        assert.equal(before.articles, 3);
        assert.ok(before.claims >= 4, `claims stored: ${before.claims}`);
        const again = await storeArticle(store, ARTICLES[0]);
        assert.deepEqual(again, { id: ids[0], inserted: false });
        assert.deepEqual(await store.counts(), before);
        const detail = await store.getArticle(ids[0]);
        assert.equal(detail?.text, ARTICLES[0].text);
        assert.equal(detail?.extraction.schema, 1);
        assert.equal(detail?.ext_id, "s1");
        assert.equal(await store.getArticle(999_999), null);
      } finally {
        await store.close();
      }
    });

    it("stores a batch in order, once per hash, and refuses a batch with a bad article whole", async () => {
      const store = await open();
      try {
        const items = ARTICLES.map((a) => putItem(a));
        // The first article twice in one batch: the second is a duplicate of the first.
        const results = await store.putArticles([items[0]!, items[1]!, items[0]!]);
        assert.equal(results.length, 3);
        assert.deepEqual(results.map((r) => r.inserted), [true, true, false]);
        assert.equal(results[2]!.id, results[0]!.id);
        assert.ok(results[1]!.id > results[0]!.id, "ids follow input order");
        const before = await store.counts();
        // A claim without a cue breaks a NOT NULL column: nothing of this batch may be kept.
        const broken = putItem(ARTICLES[2]!, (x) => ((x.claims[0]!.cue as { text: string | null }).text = null));
        const fresh = { ...items[2]!, hash: `${items[2]!.hash}-other` };
        await assert.rejects(store.putArticles([fresh, broken]));
        assert.deepEqual(await store.counts(), before);
        assert.deepEqual((await store.putArticles([items[2]!])).map((r) => r.inserted), [true]);
      } finally {
        await store.close();
      }
    });

    it("saves the ledger and reads back the same snapshot, then keeps it equal to a build from scratch as articles arrive", async () => {
      const store = await open();
      try {
        assert.equal(await store.loadLedger(), null);
        await fill(store);
        const { snapshot, articles } = await rebuildLedger(store);
        assert.equal(articles, 3);
        assert.ok(snapshot.observations.length >= 2 && snapshot.verdicts.length >= 1, "the articles give the ledger something to hold");
        // One item by its list and id, as the server reads a whole event cluster.
        assert.deepEqual(await store.ledgerItem("observations", snapshot.observations[1]!.id), snapshot.observations[1]);
        assert.equal(await store.ledgerItem("observations", "no such id"), null);
        const loaded = await store.loadLedger();
        assert.equal(loaded?.articles, 3);
        assert.deepEqual(loaded?.snapshot, snapshot);
        // A later article, stored outside any ledger, is filed when the ledger is next opened.
        const later = article("Russia's defence ministry said on Sunday its forces had shot down 31 Ukrainian drones over the Kursk region.", "2024-08-18", { id: "s9" });
        await store.putArticles([putItem(later)]);
        const ledger = await store.openLedger();
        await store.saveLedger(ledger);
        ledger.close();
        const after = await store.loadLedger();
        assert.equal(after?.articles, 4);
        assert.deepEqual(after?.snapshot, buildLedger(await store.storedArticles(0, 100)));
        assert.ok(after!.snapshot.observations.length > snapshot.observations.length, "the new article's figure is in the ledger");
      } finally {
        await store.close();
      }
    });

    it("lists places and events in a box the same as filtering every row by its coordinates", async () => {
      const store = await open();
      try {
        await fill(store);
        // One article naming Kharkiv twice and another naming it once: three mentions in two articles.
        const twice = article("Shelling hit Kharkiv overnight, officials said. Kharkiv's mayor said power was cut.", "2024-08-15", { id: "s4" });
        const once = article("Drones struck Kharkiv again on Friday, the governor said.", "2024-08-16", { id: "s5", source: "Wire C" });
        await store.putArticles([twice, once].map((a) => putItem(a)));
        const places = await store.listPlaces({ limit: 1000 });
        const kharkiv = places.find((p) => p.name === "Kharkiv");
        assert.deepEqual([kharkiv?.mentions, kharkiv?.articles, kharkiv?.first_date, kharkiv?.last_date, kharkiv?.sources], [3, 2, "2024-08-15", "2024-08-16", ["Wire C"]]);
        assert.ok(places.length >= 2, `places: ${places.length}`);
        for (const p of places) assert.ok(p.articles >= 1 && p.article_ids.length === p.articles && p.mentions >= p.articles);
        // A date range that holds every article counts from the mentions themselves: the same rows.
        assert.deepEqual(await store.listPlaces({ since: "1900-01-01", limit: 1000 }), places);
        const events = await store.listEvents({ limit: 1000 });
        const inBox = ([w, s, e, n]: [number, number, number, number], lat: number, lon: number) =>
          lat >= s && lat <= n && (w <= e ? lon >= w && lon <= e : lon >= w || lon <= e);
        const boxes: [number, number, number, number][] = [[30, 45, 45, 56], [-10, 30, 40, 70], [170, -90, 35, 90], [0, 0, 1, 1]];
        for (const box of boxes) {
          assert.deepEqual((await store.listPlaces({ bbox: box, limit: 1000 })).map((p) => p.id), places.filter((p) => inBox(box, p.lat, p.lon)).map((p) => p.id), `places in ${box}`);
          assert.deepEqual(
            (await store.listEvents({ bbox: box, limit: 1000 })).map((e) => e.id),
            events.filter((e) => e.location && inBox(box, e.location.lat, e.location.lon)).map((e) => e.id),
            `events in ${box}`,
          );
        }
      } finally {
        await store.close();
      }
    });

    it("filters claims by source, date and article, and pages with a cursor", async () => {
      const store = await open();
      try {
        const ids = await fill(store);
        const all = await store.listClaims({});
        assert.ok(all.every((c) => c.content.text.length > 0 && c.cue.text.length > 0));
        const russia = await store.listClaims({ source: "Russia" });
        assert.ok(russia.length >= 1 && russia.every((c) => c.source.actor === "Russia" || c.article_source === "Russia" || c.source.text.includes("Russia")));
        const us = await store.listClaims({ side: "US" });
        assert.ok(us.length >= 1 && us.every((c) => c.source.affiliation === "US"));
        assert.deepEqual(await store.listClaims({ side: "us" }), us, "sides are codes, matched whatever the case");
        const officials = await store.listClaims({ source: "official" });
        assert.ok(officials.some((c) => c.source.unnamed === "official" && c.source.affiliation === "US"));
        const since = await store.listClaims({ since: "2024-08-13" });
        assert.ok(since.every((c) => c.time >= "2024-08-13"));
        assert.ok(since.length < all.length);
        const one = await store.listClaims({ article: ids[2] });
        assert.ok(one.length >= 1 && one.every((c) => c.article_id === ids[2]));
        const page1 = await store.listClaims({ limit: 2 });
        const page2 = await store.listClaims({ limit: 2, after: page1[page1.length - 1].id });
        assert.equal(page1.length, 2);
        assert.ok(page2.every((c) => c.id > page1[1].id));
        const articles = await store.listArticles({ source: "wire a" });
        assert.deepEqual(articles.map((a) => a.ext_id), ["s1", "s3"]);
        // What a claim reports is kept, and filters ("Kyiv denied the figure" is a denial).
        assert.ok(all.some((c) => c.kind === "speech") && all.every((c) => c.kind !== null));
        const denials = await store.listClaims({ claimKind: "denial" });
        assert.ok(denials.length >= 1);
        assert.deepEqual(denials, all.filter((c) => c.kind === "denial"));
        assert.deepEqual(await store.listClaims({ claimKind: "DENIAL" }), denials);
      } finally {
        await store.close();
      }
    });

    it("searches text and claims, and takes hostile input as plain words", async () => {
      const store = await open();
      try {
        await fill(store);
        const hits = await store.search("evacuated", 10);
        assert.ok(hits.some((h) => h.kind === "claim") && hits.some((h) => h.kind === "article"));
        for (const hostile of [`'; DROP TABLE articles; --`, `"unbalanced`, "NEAR(a b", "*", "<script>alert(1)</script>", "drones OR 1=1"]) {
          await store.search(hostile, 5);
        }
        assert.equal((await store.counts()).articles, 3);
        assert.deepEqual(await store.search("   ", 5), []);
      } finally {
        await store.close();
      }
    });

    it("keeps imported places, replacing a place imported twice", async () => {
      const store = await open();
      try {
        const place = { geonameid: 9990001, name: "Testovka", aliases: [], country: "RU", admin1: "41", lat: 51.21, lon: 34.98, population: 0, kind: "settlement" as const };
        assert.equal(await store.putPlaces([place, { ...place, geonameid: null, name: "No id" }]), 1);
        await store.putPlaces([{ ...place, population: 250 }]);
        const stored = await store.importedPlaces();
        assert.deepEqual(stored.map((p) => [p.name, p.population]), [["Testovka", 250]]);
      } finally {
        await store.close();
      }
    });

    it("lists events with their article", async () => {
      const store = await open();
      try {
        await fill(store);
        const events = await store.listEvents({});
        assert.ok(events.length >= 1);
        assert.ok(events.every((e) => e.trigger.text.length > 0 && e.article_date.length === 10));
        // Type and mode filters match whatever the case the user types them in.
        const first = events[0]!;
        const spelled = first.mode ? `${first.type.toLowerCase()}/${first.mode.toUpperCase()}` : first.type.toLowerCase();
        const same = await store.listEvents({ type: spelled });
        assert.ok(same.length >= 1 && same.every((e) => e.type === first.type && (!first.mode || e.mode === first.mode)));
      } finally {
        await store.close();
      }
    });
  });
}
