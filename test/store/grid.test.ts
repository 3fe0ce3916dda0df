// The grid narrows box queries on events: a point inside a box must always fall in one of the
// box's cells, at the poles, the antimeridian and cell edges included.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { cellsInBox, gridCell, MAX_BOX_CELLS } from "../../src/store/grid.js";

/** A deterministic stream of numbers in [0, 1). */
function* numbers(seed: number): Generator<number> {
  let x = seed;
  for (;;) {
    x = (x * 1103515245 + 12345) % 2147483648;
    yield x / 2147483648;
  }
}

describe("grid cells", () => {
  it("puts every point of a box in one of the box's cells", () => {
    const r = numbers(7);
    const next = () => r.next().value as number;
    let narrowed = 0;
    for (let i = 0; i < 2000; i++) {
      const minLon = -180 + next() * 360;
      const maxLon = -180 + next() * 360;
      const minLat = -90 + next() * 170;
      const maxLat = Math.min(90, minLat + next() * 20);
      const cells = cellsInBox([minLon, minLat, maxLon, maxLat]);
      if (cells === null) continue;
      narrowed++;
      assert.ok(cells.length <= MAX_BOX_CELLS);
      const set = new Set(cells);
      const lat = minLat + next() * (maxLat - minLat);
      const lon = minLon <= maxLon ? minLon + next() * (maxLon - minLon) : next() < 0.5 ? minLon + next() * (180 - minLon) : -180 + next() * (maxLon + 180);
      for (const [a, o] of [[lat, lon], [minLat, minLon], [maxLat, maxLon]] as const) {
        assert.ok(set.has(gridCell(a, o)), `(${a}, ${o}) in box ${[minLon, minLat, maxLon, maxLat]}`);
      }
    }
    assert.ok(narrowed > 100, `boxes narrowed by cell: ${narrowed}`);
  });

  it("keeps the poles and the antimeridian inside the grid", () => {
    assert.equal(gridCell(90, 180), 179 * 360 + 359);
    assert.equal(gridCell(-90, -180), 0);
    assert.deepEqual(cellsInBox([179.5, 0, -179.5, 0.5]), [90 * 360 + 359, 90 * 360]);
    assert.equal(cellsInBox([-180, -90, 180, 90]), null);
  });
});
