import assert from "node:assert/strict";
import { test } from "node:test";
import { scoreDocument } from "../../eval/attribution-score.js";
import type { GoldAttribution } from "../../eval/brat.js";

const TEXT = "The mayor said the road is shut, and police added that it may reopen.";
const at = (s: string): { start: number; end: number } => ({ start: TEXT.indexOf(s), end: TEXT.indexOf(s) + s.length });

const GOLD: GoldAttribution[] = [
  { source: [at("The mayor")], cue: [at("said")], content: [at("the road is shut")] },
  { source: [], cue: [at("added")], content: [at("it may reopen")] },
];

test("scores roles exact and by overlap, and attributions by cue", () => {
  const result = scoreDocument(TEXT, GOLD, [
    { source: at("mayor"), cue: at("said"), content: at("the road is shut,") },
    { source: at("police"), cue: at("police added"), content: at("that it may reopen") },
  ]);
  assert.deepEqual(result.roles.source.exact, { gold: 1, predicted: 2, matched: 0 });
  assert.deepEqual(result.roles.source.overlap, { gold: 1, predicted: 2, matched: 1 });
  assert.deepEqual(result.roles.cue.exact, { gold: 2, predicted: 2, matched: 1 });
  assert.deepEqual(result.roles.cue.overlap, { gold: 2, predicted: 2, matched: 1 }, "'police added' is over twice 'added'");
  assert.deepEqual(result.roles.content.overlap.matched, 2);
  assert.deepEqual(result.attribution, { gold: 2, predicted: 2, matched: 1, matchedWithSource: 1, sourceOk: 1, contentOk: 1, bothOk: 1 });
  assert.deepEqual(result.missedCues, [[at("added")]]);
  assert.deepEqual(result.spuriousCues, [[at("police added")]]);
});

const QUOTE = '"The road is shut," the mayor said. "It may reopen."';
const inQuote = (s: string): { start: number; end: number } => ({ start: QUOTE.indexOf(s), end: QUOTE.indexOf(s) + s.length });

test("claims sharing a source and a cue are one attribution whose content is in parts", () => {
  const gold: GoldAttribution[] = [
    { source: [inQuote("the mayor")], cue: [inQuote("said")], content: [inQuote('"The road is shut,"'), inQuote('"It may reopen."')] },
  ];
  const parts = [
    { source: inQuote("the mayor"), cue: inQuote("said"), content: inQuote("The road is shut") },
    { source: inQuote("the mayor"), cue: inQuote("said"), content: inQuote("It may reopen") },
  ];
  const merged = scoreDocument(QUOTE, gold, parts);
  assert.deepEqual(merged.roles.content.overlap, { gold: 1, predicted: 1, matched: 1 });
  assert.equal(merged.attribution.predicted, 1);
  assert.equal(merged.attribution.contentOk, 1);
  // A second claim with a cue of its own stays a separate attribution, and its content counts on its own.
  const apart = scoreDocument(QUOTE, gold, [parts[0]!, { ...parts[1]!, cue: inQuote("mayor") }]);
  assert.deepEqual(apart.roles.content.overlap, { gold: 1, predicted: 2, matched: 0 });
  assert.equal(apart.attribution.predicted, 2);
});
