import assert from "node:assert/strict";
import { test } from "node:test";
import { exactMatch, matchSpans, normalizeFragments, overlapLength, overlapMatch, score } from "../../eval/spans.js";

test("normalizeFragments sorts, merges touching fragments and whitespace-only gaps", () => {
  const text = "ab  cd,ef";
  assert.deepEqual(normalizeFragments([{ start: 4, end: 6 }, { start: 0, end: 2 }], text), [{ start: 0, end: 6 }]);
  assert.deepEqual(normalizeFragments([{ start: 0, end: 2 }, { start: 7, end: 9 }], text), [
    { start: 0, end: 2 },
    { start: 7, end: 9 },
  ]);
  assert.deepEqual(normalizeFragments([{ start: 3, end: 3 }]), []);
});

test("overlap counts shared characters across fragments", () => {
  const gold = [{ start: 0, end: 10 }, { start: 20, end: 30 }];
  assert.equal(overlapLength(gold, [{ start: 5, end: 25 }]), 10);
});

test("exact needs identical spans; overlap needs half of the longer span", () => {
  const gold = [{ start: 10, end: 20 }];
  assert.ok(exactMatch(gold, [{ start: 10, end: 20 }]));
  assert.ok(!exactMatch(gold, [{ start: 10, end: 19 }]));
  assert.ok(overlapMatch(gold, [{ start: 10, end: 19 }]));
  assert.ok(overlapMatch(gold, [{ start: 15, end: 20 }]), "5 of 10 is exactly half");
  assert.ok(!overlapMatch(gold, [{ start: 16, end: 20 }]));
  assert.ok(!overlapMatch(gold, [{ start: 0, end: 40 }]), "a long prediction covering the gold span is still too long");
  assert.ok(!overlapMatch(gold, [{ start: 20, end: 30 }]), "touching is not overlapping");
});

test("matchSpans pairs one-to-one, largest overlap first", () => {
  const gold = [[{ start: 0, end: 10 }], [{ start: 10, end: 14 }]];
  const predicted = [[{ start: 2, end: 12 }], [{ start: 9, end: 14 }]];
  assert.deepEqual(matchSpans(gold, predicted, overlapMatch), [[0, 0], [1, 1]]);
  const one = [[{ start: 0, end: 10 }]];
  assert.equal(matchSpans(one, [[{ start: 0, end: 10 }], [{ start: 1, end: 10 }]], overlapMatch).length, 1);
});

test("score is micro P/R/F1, with undefined ratios as NaN", () => {
  const s = score({ gold: 4, predicted: 2, matched: 1 });
  assert.equal(s.precision, 0.5);
  assert.equal(s.recall, 0.25);
  assert.ok(Math.abs(s.f1 - 1 / 3) < 1e-12);
  const none = score({ gold: 3, predicted: 0, matched: 0 });
  assert.ok(Number.isNaN(none.precision));
  assert.equal(none.recall, 0);
  assert.equal(none.f1, 0);
});
