// Ledger lists are paged over id-sorted arrays with a cursor; the scan stops early, so these tests
// check that stopping early never changes which items a page holds or what the next cursor is.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { pageById } from "../../src/server/filters.js";

const items = Array.from({ length: 57 }, (_, i) => ({ id: `p${String(i).padStart(3, "0")}`, even: i % 2 === 0 }));
const id = (x: { id: string }) => x.id;

/** Every page of a list, following the cursor, as ids. */
function walk(limit: number, keep?: (x: (typeof items)[number]) => boolean): string[][] {
  const pages: string[][] = [];
  let after: string | undefined;
  for (;;) {
    const page = pageById(items, id, after, String(limit), keep);
    pages.push(page.items.map(id));
    if (page.next === null) return pages;
    assert.equal(page.next, page.items[page.items.length - 1]!.id);
    after = page.next;
  }
}

describe("pageById", () => {
  it("walks every item once, in order, whatever the page size", () => {
    for (const limit of [1, 7, 56, 57, 100]) assert.deepEqual(walk(limit).flat(), items.map(id), `limit ${limit}`);
  });

  it("applies the filter before counting the page", () => {
    const pages = walk(10, (x) => x.even);
    assert.deepEqual(pages.map((p) => p.length), [10, 10, 9]);
    assert.deepEqual(pages.flat(), items.filter((x) => x.even).map(id));
  });

  it("says there is no next page when the last page is exactly full", () => {
    const page = pageById(items, id, "p046", "10");
    assert.equal(page.items.length, 10);
    assert.equal(page.next, null);
  });

  it("starts after a cursor that is not itself an item", () => {
    assert.deepEqual(pageById(items, id, "p010x", "2").items.map(id), ["p011", "p012"]);
    assert.deepEqual(pageById(items, id, "zzz", "5"), { items: [], next: null });
  });
});
