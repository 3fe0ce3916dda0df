// A part of a count already given ("four people were wounded, two of them seriously") is no second
// figure for the same quantity: through the real core, it must not make the article contradict itself.
import assert from "node:assert/strict";
import { it } from "node:test";
import { extractArticle } from "../../src/core/extract.js";
import { buildLedger } from "../../src/ledger/index.js";
import { defaultResources } from "../../src/resources/index.js";

it("a part of a count just given neither adds a figure nor contradicts the count", () => {
  const res = defaultResources();
  const texts = [
    "The regional governor said at least four people were wounded in Odesa, two of them seriously.",
    "Police in Odesa said 11 people were killed, most of whom were civilians.",
  ];
  const snap = buildLedger(texts.map((text, i) => {
    const article = { id: `p${i + 1}`, date: "2026-02-10", source: null, title: null, url: null, text };
    return { articleId: i + 1, article, extraction: extractArticle(article, res) };
  }));
  assert.deepEqual(snap.disputes.filter((d) => d.kind.startsWith("self-contradiction")), []);
  const values = snap.series.flatMap((s) => s.points.map((p) => p.value)).sort((a, b) => (a ?? 0) - (b ?? 0));
  assert.ok(values.includes(4) && values.includes(11), `series values: ${values.join(", ")}`);
  assert.ok(!values.includes(2), "'two of them' is a part of the four, not a count of its own");
});

it("a projection ('deaths could exceed 10,000') is no count to set against the reported toll", () => {
  const res = defaultResources();
  const article = {
    id: "q1", date: "2026-02-10", source: null, title: null, url: null,
    text: "The government said the death toll had risen to 1,644. A modelling agency estimated that deaths could exceed 10,000.",
  };
  const snap = buildLedger([{ articleId: 1, article, extraction: extractArticle(article, res) }]);
  const values = snap.series.flatMap((s) => s.points.map((p) => p.value));
  assert.ok(values.includes(1644), values.join(", "));
  assert.ok(!values.includes(10000), values.join(", "));
  assert.deepEqual(snap.disputes, []);
});

it("a change ('rose by 60 to 43,500') and an old value ('from 1,040') are not the toll; the new value is", () => {
  const res = defaultResources();
  const texts = [
    "The health ministry in Gaza said the death toll had risen by 60 to 43,500 over the past day.",
    "The health ministry in Gaza said on Friday the death toll climbed from 43,500 to 43,560.",
  ];
  const snap = buildLedger(texts.map((text, i) => {
    const article = { id: `c${i + 1}`, date: `2026-02-1${i}`, source: null, title: null, url: null, text };
    return { articleId: i + 1, article, extraction: extractArticle(article, res) };
  }));
  const values = snap.series.flatMap((s) => s.points.map((p) => p.value)).sort((a, b) => (a ?? 0) - (b ?? 0));
  assert.deepEqual(values, [43500, 43560]);
  assert.deepEqual(snap.disputes, []);
});

it("every figure of a three-item list shares the list's verb", () => {
  const res = defaultResources();
  const article = {
    id: "l1", date: "2026-02-10", source: null, title: null, url: null,
    text: "Russia's defence ministry said Ukraine had lost 120 soldiers, 5 tanks and 7 armoured vehicles near Pokrovsk.",
  };
  const snap = buildLedger([{ articleId: 1, article, extraction: extractArticle(article, res) }]);
  const values = snap.series.flatMap((s) => s.points.map((p) => p.value)).sort((a, b) => (a ?? 0) - (b ?? 0));
  assert.deepEqual(values, [5, 7, 120]);
});

it("'more than' is the figure's hedge, not its counted noun: 'the toll had risen to more than 1,900' is a toll", () => {
  const res = defaultResources();
  const article = { id: "m1", date: "2024-10-02", source: null, title: null, url: null, text: "The health ministry said the death toll had risen to more than 1,900." };
  const snap = buildLedger([{ articleId: 1, article, extraction: extractArticle(article, res) }]);
  assert.deepEqual(snap.series.flatMap((s) => s.points.map((p) => p.value)), [1900]);
});

it("a figure owned by a possessive ('the Russian channel's \"more than 100\"') is its owner's, not the sentence's other speaker's", () => {
  const res = defaultResources();
  const article = {
    id: "o1", date: "2024-08-16", source: null, title: null, url: null,
    text: "Kyiv's figure of 102 captured soldiers and Moscow's estimate of 40 captured soldiers were both published on Thursday, after Ukrainian officials said the search was over.",
  };
  const snap = buildLedger([{ articleId: 1, article, extraction: extractArticle(article, res) }]);
  const byValue = new Map(snap.series.flatMap((s) => s.points.map((p) => [p.value, p.claimants.join(",")] as const)));
  assert.equal(byValue.get(102), "Ukraine");
  assert.equal(byValue.get(40), "Russia");
});

it("a part ('including two children') counts what its total counts, not what the next verb does", () => {
  const res = defaultResources();
  const article = { id: "k1", date: "2025-04-14", source: null, title: null, url: null, text: "A missile strike on Sumy killed 34 people, including two children, and wounded 117, the emergency service said." };
  const snap = buildLedger([{ articleId: 1, article, extraction: extractArticle(article, res) }]);
  const points = snap.series.flatMap((s) => s.points.map((p) => `${s.measure}:${s.subject}:${p.value}`)).sort();
  assert.deepEqual(points, ["civilian_dead:children:2", "civilian_dead:civilians:34", "civilian_injured:civilians:117"]);
});

it("a nearer counted noun that makes no measure gives way: 'the death toll from the missile strike rose to 35' is a toll", () => {
  const res = defaultResources();
  const article = { id: "k2", date: "2025-04-15", source: null, title: null, url: null, text: "The death toll from the missile strike on Sumy rose to 35, the governor said." };
  const snap = buildLedger([{ articleId: 1, article, extraction: extractArticle(article, res) }]);
  assert.deepEqual(snap.series.map((s) => [s.measure, s.points.map((p) => p.value)]), [["civilian_dead", [35]]]);
});

it("soldiers a strike killed are the struck side's losses, not the striker's", () => {
  const res = defaultResources();
  const article = { id: "k3", date: "2025-04-14", source: null, title: null, url: null, text: "Russia's defence ministry said it had struck a meeting of commanders in Sumy with two missiles, killing more than 60 servicemen." };
  const snap = buildLedger([{ articleId: 1, article, extraction: extractArticle(article, res) }]);
  const losses = snap.series.find((s) => s.measure === "military_losses");
  assert.equal(losses?.subject, "UA");
});

it("unnamed local authorities speak for the country of the place their figure is filed in", () => {
  const res = defaultResources();
  const texts = [
    "A missile strike on Sumy killed 34 people, Ukraine's emergency service said.",
    "The death toll from the missile strike on Sumy rose to 35, regional officials said.",
  ];
  const snap = buildLedger(texts.map((text, i) => {
    const article = { id: `r${i + 1}`, date: `2025-04-1${4 + i}`, source: null, title: null, url: null, text };
    return { articleId: i + 1, article, extraction: extractArticle(article, res) };
  }));
  assert.deepEqual(snap.series.map((s) => [s.side, s.points.map((p) => p.value)]), [["UA", [34, 35]]]);
  assert.deepEqual(snap.disputes, []);
});

it("'the army' with no country is the one country its sentences name; 'the army's claim to have downed 11' is the army's figure", () => {
  const res = defaultResources();
  const texts = [
    "Drones struck the airport in Port Sudan on Tuesday. The army said its air defences had shot down 11 drones over the city.",
    "The paramilitary said on Wednesday that the army's claim to have downed 11 drones over Port Sudan was false.",
  ];
  const snap = buildLedger(texts.map((text, i) => {
    const article = { id: `s${i + 1}`, date: `2025-05-0${6 + i}`, source: null, title: null, url: null, text };
    return { articleId: i + 1, article, extraction: extractArticle(article, res) };
  }));
  assert.deepEqual([...new Set(snap.series.map((s) => `${s.measure}:${s.side}`))], ["drones_downed:SD"]);
  assert.equal(snap.series.flatMap((s) => s.points).length, 2);
  // Two countries in reach: no guess.
  const mixed = { id: "s3", date: "2025-05-06", source: null, title: null, url: null, text: "Israeli jets struck targets in Lebanon. The army said 11 drones were shot down." };
  const two = buildLedger([{ articleId: 1, article: mixed, extraction: extractArticle(mixed, res) }]);
  assert.ok(two.series.every((s) => s.side.startsWith("unknown:")), two.series.map((s) => s.side).join(", "));
});

it("a figure 'given by' someone, before or after it, is theirs; a part is told by whoever told its total", () => {
  const res = defaultResources();
  const article = {
    id: "g1", date: "2024-08-09", source: "Wire", title: null, url: null,
    text: "Regional health officials said 34 people had been injured. The figure given by regional health officials on Friday, 34 injured including five children, is three higher. " +
      "The earlier figure of 31 injured, including six children, was given by Russian officials on Thursday.",
  };
  const snap = buildLedger([{ articleId: 1, article, extraction: extractArticle(article, res) }]);
  const claimants = snap.series.flatMap((s) => s.points.flatMap((p) => p.claimants));
  assert.ok(claimants.length > 0);
  assert.ok(!claimants.includes("Wire"), claimants.join(", "));
});
