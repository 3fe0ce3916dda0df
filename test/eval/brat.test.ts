import assert from "node:assert/strict";
import { test } from "node:test";
import { goldAttributions, parseBrat } from "../../eval/brat.js";

// Hand-written annotation of: "Officials said the bridge, which was new, fell. Tea is hot, some think."
const ANN = [
  "T1\tSource 0 9\tOfficials",
  "T2\tCue 10 14\tsaid",
  "T3\tContent 15 25;40 45\tthe bridge fell.",
  "T4\tAttribution 10 14\tsaid",
  "E1\tAttribution:T4 Cue:T2 Source:T1 Content:T3",
  "T5\tCue 62 67\tthink",
  "T6\tContent 47 57\tTea is hot",
  "T7\tContent2 59 61\tso",
  "T8\tAttribution-no-source 62 67\tthink",
  "E2\tAttribution-no-source:T8 Content:T6 Cue:T5 Content2:T7",
  "T9\tDiscuss 0 20\ta quoted text that goes",
  "on over a second line",
  "#1\tAnnotatorNotes T9\ta note",
  "",
].join("\n");

test("parseBrat reads spans, discontinuous fragments and events, skipping continuation lines", () => {
  const doc = parseBrat(ANN);
  assert.equal(doc.spans.size, 9);
  assert.deepEqual(doc.spans.get("T3"), { id: "T3", label: "Content", fragments: [{ start: 15, end: 25 }, { start: 40, end: 45 }] });
  assert.equal(doc.events.length, 2);
  assert.equal(doc.events[1]!.label, "Attribution-no-source");
  assert.deepEqual(doc.events[0]!.args.map((a) => a.role), ["Cue", "Source", "Content"]);
});

test("goldAttributions folds numbered roles and leaves a missing source empty", () => {
  const [first, second] = goldAttributions(parseBrat(ANN));
  assert.deepEqual(first!.source, [{ start: 0, end: 9 }]);
  assert.deepEqual(first!.content, [{ start: 15, end: 25 }, { start: 40, end: 45 }]);
  assert.deepEqual(second!.source, []);
  assert.deepEqual(second!.cue, [{ start: 62, end: 67 }]);
  assert.deepEqual(second!.content, [{ start: 47, end: 57 }, { start: 59, end: 61 }]);
});
