import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { extract } from "crosscheck";

describe("the library entry point", () => {
  it("imports by package name and extracts without a database", () => {
    const x = extract({ date: "2024-08-14", text: "Russia said on Wednesday that it had destroyed 117 Ukrainian drones." });
    assert.equal(x.schema, 1);
    assert.equal(x.claims[0].source.actor, "Russia");
    assert.equal(x.claims[0].time, "2024-08-14");
    assert.equal(x.article.id, null);
  });

  it("says which field is wrong", () => {
    assert.throws(() => extract({ date: "14/08/2024", text: "x" }), /"date" must be a calendar date/);
    assert.throws(() => extract({ date: "2024-08-14" } as never), /"text" must be a string/);
  });
});
