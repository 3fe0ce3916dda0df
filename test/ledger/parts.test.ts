// A part of a count already given ("four people were wounded, two of them seriously") is no second
// figure for the same quantity: through the real core, it must not make the article contradict itself.
import assert from "node:assert/strict";
import { it } from "node:test";
import { extractArticle } from "../../src/core/extract.js";
import { buildLedger } from "../../src/ledger/index.js";
import { defaultResources } from "../../src/resources/index.js";

/** The ledger of these articles through the real core: [text, date] pairs, numbered in order. */
function ledgerOf(articles: [text: string, date: string][], source: string | null = null): ReturnType<typeof buildLedger> {
  const res = defaultResources();
  return buildLedger(articles.map(([text, date], i) => {
    const article = { id: `a${i + 1}`, date, source, title: null, url: null, text };
    return { articleId: i + 1, article, extraction: extractArticle(article, res) };
  }));
}

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
  const snap = ledgerOf([
    ["The health ministry in Gaza said the death toll had risen by 60 to 43,500 over the past day.", "2026-02-10"],
    ["The health ministry in Gaza said on Friday the death toll climbed from 43,500 to 43,560.", "2026-02-11"],
  ]);
  const values = snap.series.flatMap((s) => s.points.map((p) => p.value)).sort((a, b) => (a ?? 0) - (b ?? 0));
  assert.deepEqual(values, [43500, 43560]);
  assert.deepEqual(snap.disputes, []);
});

it("every figure of a three-item list shares the list's verb", () => {
  const snap = ledgerOf([["Russia's defence ministry said Ukraine had lost 120 soldiers, 5 tanks and 7 armoured vehicles near Pokrovsk.", "2026-02-10"]]);
  const values = snap.series.flatMap((s) => s.points.map((p) => p.value)).sort((a, b) => (a ?? 0) - (b ?? 0));
  assert.deepEqual(values, [5, 7, 120]);
});

it("'more than' is the figure's hedge, not its counted noun: 'the toll had risen to more than 1,900' is a toll", () => {
  const snap = ledgerOf([["The health ministry said the death toll had risen to more than 1,900.", "2024-10-02"]]);
  assert.deepEqual(snap.series.flatMap((s) => s.points.map((p) => p.value)), [1900]);
});

it("a figure owned by a possessive ('the Russian channel's \"more than 100\"') is its owner's, not the sentence's other speaker's", () => {
  const snap = ledgerOf([[
    "Kyiv's figure of 102 captured soldiers and Moscow's estimate of 40 captured soldiers were both published on Thursday, after Ukrainian officials said the search was over.",
    "2024-08-16",
  ]]);
  const byValue = new Map(snap.series.flatMap((s) => s.points.map((p) => [p.value, p.claimants.join(",")] as const)));
  assert.equal(byValue.get(102), "Ukraine");
  assert.equal(byValue.get(40), "Russia");
});

it("a part ('including two children') counts what its total counts, not what the next verb does", () => {
  const snap = ledgerOf([["A missile strike on Sumy killed 34 people, including two children, and wounded 117, the emergency service said.", "2025-04-14"]]);
  const points = snap.series.flatMap((s) => s.points.map((p) => `${s.measure}:${s.subject}:${p.value}`)).sort();
  assert.deepEqual(points, ["civilian_dead:children:2", "civilian_dead:civilians:34", "civilian_injured:civilians:117"]);
});

it("a nearer counted noun that makes no measure gives way: 'the death toll from the missile strike rose to 35' is a toll", () => {
  const snap = ledgerOf([["The death toll from the missile strike on Sumy rose to 35, the governor said.", "2025-04-15"]]);
  assert.deepEqual(snap.series.map((s) => [s.measure, s.points.map((p) => p.value)]), [["civilian_dead", [35]]]);
});

it("soldiers a strike killed are the struck side's losses, not the striker's", () => {
  const snap = ledgerOf([["Russia's defence ministry said it had struck a meeting of commanders in Sumy with two missiles, killing more than 60 servicemen.", "2025-04-14"]]);
  assert.equal(snap.series.find((s) => s.measure === "military_losses")?.subject, "UA");
});

it("unnamed local authorities speak for the country of the place their figure is filed in", () => {
  const snap = ledgerOf([
    ["A missile strike on Sumy killed 34 people, Ukraine's emergency service said.", "2025-04-14"],
    ["The death toll from the missile strike on Sumy rose to 35, regional officials said.", "2025-04-15"],
  ]);
  assert.deepEqual(snap.series.map((s) => [s.side, s.points.map((p) => p.value)]), [["UA", [34, 35]]]);
  assert.deepEqual(snap.disputes, []);
});

it("'the army' with no country is the one country its sentences name; 'the army's claim to have downed 11' is the army's figure", () => {
  const snap = ledgerOf([
    ["Drones struck the airport in Port Sudan on Tuesday. The army said its air defences had shot down 11 drones over the city.", "2025-05-06"],
    ["The paramilitary said on Wednesday that the army's claim to have downed 11 drones over Port Sudan was false.", "2025-05-07"],
  ]);
  assert.deepEqual([...new Set(snap.series.map((s) => `${s.measure}:${s.side}`))], ["drones_downed:SD"]);
  assert.equal(snap.series.flatMap((s) => s.points).length, 2);
  // Two countries in reach: no guess.
  const two = ledgerOf([["Israeli jets struck targets in Lebanon. The army said 11 drones were shot down.", "2025-05-06"]]);
  assert.ok(two.series.every((s) => s.side.startsWith("unknown:")), two.series.map((s) => s.side).join(", "));
});

it("a figure 'given by' someone, before or after it, is theirs; a part is told by whoever told its total", () => {
  const snap = ledgerOf([[
    "Regional health officials said 34 people had been injured. The figure given by regional health officials on Friday, 34 injured including five children, is three higher. " +
      "The earlier figure of 31 injured, including six children, was given by Russian officials on Thursday.",
    "2024-08-09",
  ]], "Wire");
  const claimants = snap.series.flatMap((s) => s.points.flatMap((p) => p.claimants));
  assert.ok(claimants.length > 0);
  assert.ok(!claimants.includes("Wire"), claimants.join(", "));
});

it("'the more than 76,000 the emergencies ministry gave': a giver named as the next clause's subject owns the figure", () => {
  const snap = ledgerOf([[
    "On Saturday, Russia's emergencies ministry said more than 76,000 people had been evacuated. Smirnov's count of 133,190 people who have left is higher than the more than 76,000 the emergencies ministry gave.",
    "2024-08-23",
  ]]);
  const byValue = snap.series.flatMap((s) => s.points.map((p) => [p.value, p.claimants.join("/")] as const));
  assert.ok(byValue.some(([v, c]) => v === 76000 && c.includes("Emergencies")), JSON.stringify(byValue));
  assert.ok(!byValue.some(([v, c]) => v === 76000 && c.includes("Smirnov")), JSON.stringify(byValue));
});

it("'the toll rose to 19, including 13 civilians': a part filed as what its total is filed as is no second figure", () => {
  const snap = ledgerOf([["The health ministry said the death toll in Thailand had risen to 19, including 13 civilians.", "2025-07-26"]]);
  assert.deepEqual(snap.disputes.filter((d) => d.kind === "self-contradiction"), []);
  const values = snap.series.flatMap((s) => s.points.map((p) => p.value));
  assert.deepEqual(values, [19]);
});

it("a figure's event in 'Thai border provinces' is not filed in the story's main region across the border", () => {
  const snap = ledgerOf([[
    "Cambodian officials said five people were wounded in Oddar Meanchey province. Rockets hit Oddar Meanchey again on Friday. " +
      "More than 100,000 people were evacuated from four Thai border provinces, the Thai interior ministry said.",
    "2025-07-25",
  ]]);
  const evacuees = snap.series.filter((s) => s.points.some((p) => p.value === 100000));
  assert.equal(evacuees.length, 1);
  assert.equal(evacuees[0]!.place, "TH");
});
