import assert from "node:assert/strict";
import { test } from "node:test";
import { cueClass } from "../../eval/cue-classes.js";

test("a gold cue is sorted by the first of its words that has a class", () => {
  assert.equal(cueClass("said on Tuesday"), "speech");
  assert.equal(cueClass("According to"), "speech");
  assert.equal(cueClass(":"), "speech");
  assert.equal(cueClass("added:"), "speech");
  assert.equal(cueClass("satellite images show"), "evidence");
  assert.equal(cueClass("is convinced"), "belief");
  assert.equal(cueClass("has backed"), "stance");
  assert.equal(cueClass("plans"), "intention");
  // "wants" is an intention, but "said" comes first.
  assert.equal(cueClass("said he wants"), "speech");
  assert.equal(cueClass("unleashed a volley"), "other");
  assert.equal(cueClass(""), "other");
});
