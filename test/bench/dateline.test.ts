import assert from "node:assert/strict";
import { test } from "node:test";
import { parseDateline } from "../../bench/dateline.js";

test("reads header lines, a blank line and the body", () => {
  const article = parseDateline("date 2024-01-02\nsource Some Wire\nid x1\n\nFirst paragraph.\n\nSecond.\n");
  assert.deepEqual(article, {
    id: "x1",
    date: "2024-01-02",
    source: "Some Wire",
    title: null,
    url: null,
    text: "First paragraph.\n\nSecond.",
  });
});

test("reads the one-line form", () => {
  const article = parseDateline("date 2024-01-02 Rain fell on the town.\nMore rain.");
  assert.equal(article?.date, "2024-01-02");
  assert.equal(article?.text, "Rain fell on the town.\nMore rain.");
});

test("rejects text without a date header", () => {
  assert.equal(parseDateline("source X\n\nNo date here."), null);
});
