import assert from "node:assert/strict";
import { test } from "node:test";
import { extractArticle } from "../../src/core/extract.js";
import { defaultResources } from "../../src/resources/index.js";
import { stanceOf } from "../../eval/stance.js";
import { article } from "../helpers.js";

const stance = (headline: string): string => stanceOf(extractArticle(article(headline, "2024-08-14"), defaultResources()));

test("a headline's stance is read off its claims: denied, attributed, or in its own voice", () => {
  assert.equal(stance("Kremlin denies that the bridge was hit"), "against");
  assert.equal(stance("Ukraine says it shot down 20 drones over Odesa"), "observing");
  assert.equal(stance("Storm floods the harbour district of Odesa"), "for");
});
