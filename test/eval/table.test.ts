import assert from "node:assert/strict";
import { test } from "node:test";
import { formatTable } from "../../eval/table.js";

test("formatTable aligns columns, right-aligns numbers and prints scores with 3 decimals", () => {
  const out = formatTable({
    title: "demo",
    columns: ["name", "n", "F1"],
    rows: [
      ["alpha", 12, 0.5],
      ["b", 3, Number.NaN],
    ],
    notes: ["a note"],
  });
  assert.equal(
    out,
    ["demo", "name    n     F1", "-----  --  -----", "alpha  12  0.500", "b       3      -", "  note: a note"].join("\n"),
  );
});
