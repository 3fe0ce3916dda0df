// A civil war through the real core: an army and a paramilitary group give each other's losses,
// and the ledger must keep them as two sides of one quantity (the group is a side of its own, for
// its spokesman as for itself), whichever way the group's losses are written.
import assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import { extractArticle } from "../../src/core/extract.js";
import { buildLedger } from "../../src/ledger/index.js";
import type { LedgerSnapshot } from "../../src/ledger/types.js";
import { defaultResources } from "../../src/resources/index.js";

const ARTICLES = [
  ["2026-03-02", "Sudan's army said on Sunday it had killed more than 300 RSF fighters in fighting around Kosti."],
  ["2026-03-03", "The Rapid Support Forces said on Monday that only 40 of its fighters had been killed around Kosti."],
  ["2026-03-04", "The RSF said it had lost about 60 fighters in the battle for Kosti, while Sudan's army put the number at 350."],
  ["2026-03-05", "RSF spokesman Al-Fateh Qurashi said 300 soldiers of the army had been killed around Kosti."],
];

let snap: LedgerSnapshot;

before(() => {
  const res = defaultResources();
  snap = buildLedger(ARTICLES.map(([date, text], i) => {
    const article = { id: `a${i + 1}`, date: date!, source: null, title: null, url: null, text: text! };
    return { articleId: i + 1, article, extraction: extractArticle(article, res) };
  }));
});

describe("an armed group as a side", () => {
  it("files each side's figure for the group's losses under the group", () => {
    const losses = snap.series.filter((s) => s.measure === "military_losses");
    const of = (side: string) => losses.find((s) => s.side === side && s.subject === "RSF");
    const army = of("SD");
    assert.ok(army, `series: ${losses.map((s) => `${s.subject}/${s.side}`).join(", ")}`);
    assert.equal(army.subject, "RSF");
    // "put the number at 350" restates the quantity just named, for the army's side.
    assert.deepEqual(army.points.map((p) => p.value), [300, 350]);
    const group = of("RSF");
    assert.ok(group);
    assert.equal(group.subject, "RSF", "'its fighters' and 'it had lost' are the speaker's own");
    assert.deepEqual(group.points.map((p) => p.value), [40, 60]);
    // The spokesman speaks for the group: his figure is the group's side, not a voice of its own.
    const spokesman = snap.series.find((s) => s.measure === "military_losses" && s.points.some((p) => p.value === 300) && s.side !== "SD");
    assert.equal(spokesman?.side, "RSF");
  });

  it("disputes the army's figure with the group's", () => {
    const disputes = snap.disputes.filter((d) => d.kind === "values" && d.propositions.some((p) => p.startsWith("military_losses|")));
    assert.ok(disputes.length >= 1);
    for (const d of disputes) assert.ok(d.sides.includes("SD") && d.sides.includes("RSF"), d.sides.join(" vs "));
  });
});
