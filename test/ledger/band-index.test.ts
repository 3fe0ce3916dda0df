import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { BandIndex } from "../../src/ledger/band-index.js";

/** A small deterministic generator (xorshift32), so a failure can be replayed. */
function generator(seed: number): () => number {
  let x = seed;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return x >>> 0;
  };
}

describe("band index", () => {
  it("answers like a map of sets through growth, removals and keys that share their low bits", () => {
    const next = generator(7);
    const index = new BandIndex();
    const reference = new Map<number, Set<number>>();
    const entries: [number, number][] = [];
    for (let i = 0; i < 60_000; i++) {
      // Few distinct hashes across 32 bands: many keys collide on their slot but differ in the band.
      const key = (next() % 32) * 0x1_0000_0000 + (next() % 3000);
      const id = next() % 50_000;
      if ((reference.get(key)?.has(id) ?? false)) continue;
      index.add(key, id);
      (reference.get(key) ?? reference.set(key, new Set()).get(key)!).add(id);
      entries.push([key, id]);
      if (i % 5 === 0) {
        const [k, v] = entries.splice(next() % entries.length, 1)[0]!;
        index.remove(k, v);
        reference.get(k)!.delete(v);
      }
    }
    for (const [key, ids] of reference) {
      const got = new Set<number>();
      index.collect(key, got);
      assert.deepEqual([...got].sort((a, b) => a - b), [...ids].sort((a, b) => a - b), `key ${key}`);
    }
    const none = new Set<number>();
    index.collect(99 * 0x1_0000_0000 + 5, none);
    assert.equal(none.size, 0, "a key never added has no members");
  });
});
