import assert from "node:assert/strict";
import { test } from "node:test";
import { extractArticle } from "../../src/core/extract.js";
import { defaultResources } from "../../src/resources/index.js";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { stanceOf, task } from "../../eval/stance.js";
import { article } from "../helpers.js";

const stance = (headline: string): string => stanceOf(extractArticle(article(headline, "2024-08-14"), defaultResources()));

test("a headline's stance is read off its claims: denied, attributed, or in its own voice", () => {
  assert.equal(stance("Kremlin denies that the bridge was hit"), "against");
  assert.equal(stance("Ukraine says it shot down 20 drones over Odesa"), "observing");
  assert.equal(stance("Storm floods the harbour district of Odesa"), "for");
});

test("a stance or intention the headline states is its own assertion, not an attribution", () => {
  assert.equal(stance("City council plans to close the old bridge"), "for");
  assert.equal(stance("The union backed the new wage deal"), "for");
});

test("the stance eval refuses a headline file with no rows, naming it", async () => {
  const shared = mkdtempSync(join(tmpdir(), "cc-stance-"));
  mkdirSync(join(shared, "eval", "emergent"), { recursive: true });
  const csv = join(shared, "eval", "emergent", "url-versions-2015-06-14-clean.csv");
  writeFileSync(csv, "articleHeadline,articleHeadlineStance\n");
  await assert.rejects(task.run({ shared, limit: null, errors: false }), (e: Error) => e.message.includes(csv) && e.message.includes("no headlines"));
});
