import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { Ledger, buildLedger, compatible, estimateJaccard, figureInterval, intersect, jaccard, minhashSignature, scaleInterval, shingleHashes } from "../../src/ledger/index.js";
import { article, canonical } from "./helpers.js";

const KURSK = { text: "Kursk region", admin1: "Kursk Oblast", country: "RU" };

describe("interval logic", () => {
  const iv = (value: number, bound: string, low: number | null = null, high: number | null = null) => figureInterval({ value, bound, low, high })!;
  it("'at least 1,000' and '1,150' can both hold", () => {
    assert.ok(compatible(iv(1000, "min"), iv(1150, "exact")));
  });
  it("'more than 100' and '100' cannot (open bound)", () => {
    assert.equal(intersect(iv(100, "gt"), iv(100, "exact")), null);
    assert.ok(compatible(iv(100, "gt"), iv(102, "exact")));
  });
  it("'about 1,000' and 'about half that' cannot", () => {
    const about = iv(1000, "approx", 900, 1100);
    const half = scaleInterval(about, 0.5, 0.1);
    assert.ok(!compatible(about, half));
    assert.deepEqual([Math.round(half.lo!), Math.round(half.hi!)], [405, 605]);
  });
  it("'up to 300' is [0, 300] and 'as much as 15' vs 'as deep as 20' agree", () => {
    assert.deepEqual(iv(300, "max"), { lo: 0, hi: 300, loOpen: false, hiOpen: false });
    assert.ok(compatible(iv(15, "max"), iv(20, "max")));
  });
  it("an 'about' figure without low/high gets the default slack", () => {
    assert.deepEqual(iv(500, "approx"), { lo: 450, hi: 550, loOpen: false, hiOpen: false });
  });
  it("miles scale to km", () => {
    assert.equal(figureInterval({ value: 10, bound: "exact", low: 10, high: 10 }, 0.1, 1.609344)!.lo, 16.09344);
  });
});

describe("relative figures", () => {
  const kyiv = article({
    articleId: 1,
    date: "2024-08-12",
    text: "Ukraine controls about 1,000 sq km of Russian territory in the Kursk region, Syrskyi said.",
    claims: [{ source: "Syrskyi", actor: "Oleksandr Syrskyi", affiliation: "UA", cue: "said", content: "Ukraine controls about 1,000 sq km of Russian territory in the Kursk region" }],
    figures: [{ text: "about 1,000 sq km", value: 1000, bound: "approx", low: 900, high: 1100, unit: "km2" }],
    entities: [{ text: "Ukraine", type: "GPE", actor: "Ukraine", affiliation: "UA" }],
    places: [KURSK],
  });
  const later = article({
    articleId: 3,
    date: "2024-08-20",
    text: "Ukraine controls 2,000 sq km of Russian territory in the Kursk region, Syrskyi said.",
    claims: [{ source: "Syrskyi", actor: "Oleksandr Syrskyi", affiliation: "UA", cue: "said", content: "Ukraine controls 2,000 sq km of Russian territory in the Kursk region" }],
    figures: [{ text: "2,000 sq km", value: 2000, unit: "km2" }],
    entities: [{ text: "Ukraine", type: "GPE", actor: "Ukraine", affiliation: "UA" }],
    places: [KURSK],
  });
  const moscow = article({
    articleId: 2,
    date: "2024-08-15",
    text: "The area of the Kursk region under Ukrainian control is about half what Kyiv claims, according to Moscow.",
    claims: [{ source: "Moscow", actor: "Russia", affiliation: "RU", cue: "according to", content: "The area of the Kursk region under Ukrainian control is about half what Kyiv claims" }],
    figures: [{ text: "about half", value: null, bound: "approx", relative: { kind: "half", factor: 0.5, to: "what Kyiv claims" } }],
    entities: [
      { text: "Ukrainian", type: "NORP", actor: null, affiliation: "UA" },
      { text: "Kyiv", type: "GPE", actor: "Ukraine", affiliation: "UA" },
      { text: "Moscow", type: "GPE", actor: "Russia", affiliation: "RU" },
    ],
    places: [KURSK],
  });
  it("resolves 'about half what Kyiv claims' against Kyiv's latest figure before the claim date", () => {
    const s = buildLedger([kyiv, moscow, later]);
    const rel = s.observations.find((o) => o.id === "2/f0")!;
    assert.equal(rel.measure, "territory_held");
    assert.equal(rel.subject, "UA");
    assert.equal(rel.relative!.toSide, "UA");
    assert.equal(rel.relative!.resolvedAgainst, "1/f0");
    assert.equal(rel.relative!.resolvedValue, 500);
    const d = s.disputes.find((x) => x.kind === "relative");
    assert.ok(d, "a relative dispute");
    assert.deepEqual(d!.sides, ["RU", "UA"]);
    const v = s.verdicts.find((x) => x.targetId === "territory_held|UA|Kursk Oblast|2024-08")!;
    assert.equal(v.verdict, "disputed");
  });
  it("stays unresolved when the other side has said nothing yet", () => {
    const s = buildLedger([moscow]);
    assert.equal(s.observations[0]!.relative!.resolvedAgainst, null);
    assert.equal(s.disputes.length, 0);
  });
});

describe("wire copies", () => {
  const body =
    "Turkish officials said on Saturday that the exchange of prisoners between Russia and Ukraine was coordinated by Turkiye and took place on Turkish soil. " +
    "The officials gave no figure for the number of prisoners. Russia's Defence Ministry had said in August that 115 Russian prisoners were exchanged in a deal brokered by the United Arab Emirates. " +
    "Neither account could be independently verified.";
  const copy = body.replace("on Saturday", "on Saturday, Anadolu Agency reported,");
  const other = "Ukrainian forces control 74 settlements in the Kursk region, President Volodymyr Zelenskiy said on Tuesday, according to AFP. The figure could not be verified.";
  it("MinHash estimates Jaccard of 5-gram shingles deterministically", () => {
    const a = shingleHashes(body, 5);
    const b = shingleHashes(copy, 5);
    const exact = jaccard(a, b);
    const est = estimateJaccard(minhashSignature(a, 128, 1), minhashSignature(b, 128, 1));
    assert.ok(exact > 0.8, `exact ${exact}`);
    assert.ok(Math.abs(est - exact) < 0.12, `est ${est} exact ${exact}`);
    assert.deepEqual(minhashSignature(a, 128, 1), minhashSignature(a, 128, 1));
  });
  it("folds case and apostrophes before hashing words, in ASCII and in other scripts alike", () => {
    const a = "ZAPORIZHZHIA NUCLEAR PLANT’S OPERATOR SAID ENERGOATOM’S STAFF WERE SAFE; ÉNERGIE OK";
    const b = "Zaporizhzhia nuclear plant's operator said Energoatom's staff were safe; énergie ok";
    assert.deepEqual([...shingleHashes(a, 3)], [...shingleHashes(b, 3)]);
    assert.notDeepEqual([...shingleHashes(a, 3)], [...shingleHashes(b.replace("safe", "hurt"), 3)]);
  });
  it("groups a re-published copy and not an unrelated article", () => {
    const arts = [body, copy, other].map((text, i) => article({ articleId: 10 + i, date: "2024-09-14", text, source: ["Anadolu Agency", "TRT World", "TAG24"][i] }));
    const s = buildLedger(arts);
    assert.equal(s.wireGroups.length, 1);
    assert.deepEqual(s.wireGroups[0]!.members, [10, 11]);
    assert.equal(s.wireGroups[0]!.canonical, 10);
    assert.ok(s.wireGroups[0]!.pairs[0]!.similarity >= 0.8);
  });
  it("lists a few closest pairs per member of a widely syndicated story, whatever the order", () => {
    const outlets = Array.from({ length: 30 }, (_, i) => `Outlet ${i}`);
    const arts = outlets.map((source, i) => article({ articleId: 100 + i, date: "2024-09-14", text: i % 2 ? copy : body, source }));
    const s = buildLedger(arts);
    assert.equal(s.wireGroups.length, 1);
    const group = s.wireGroups[0]!;
    assert.equal(group.members.length, 30);
    // All 435 pairs are similar; each member lists its closest few, so the list grows with the group, not its square.
    assert.ok(group.pairs.length >= 29 && group.pairs.length <= 30 * 4, `${group.pairs.length} pairs`);
    const listed = new Set(group.pairs.flatMap((p) => [p.a, p.b]));
    assert.equal(listed.size, 30, "every member appears in a listed pair");
    assert.deepEqual(buildLedger([...arts].reverse()).wireGroups, s.wireGroups);
  });
  it("a wire group whose smallest member is removed takes the next one as its id, and its figures follow", () => {
    const claim = { source: "Konashenkov", actor: "Igor Konashenkov", affiliation: "RU", cue: "said", content: "air defences destroyed 117 Ukrainian drones" };
    const text = `${body} Russian air defences destroyed 117 Ukrainian drones overnight, Konashenkov said.`;
    const arts = [5, 6, 7].map((articleId, i) =>
      article({ articleId, date: "2024-09-14", text, source: `Outlet ${i}`, claims: [claim], figures: [{ text: "117", value: 117, counted: "drones" }] }));
    const l = new Ledger();
    for (const a of arts) l.add(a);
    assert.deepEqual(l.snapshot().wireGroups.map((g) => g.members), [[5, 6, 7]]);
    l.remove(5);
    const after = l.snapshot();
    assert.deepEqual(after.wireGroups.map((g) => [g.id, g.members]), [[6, [6, 7]]]);
    assert.ok(after.observations.length > 0 && after.observations.every((o) => o.wireGroup === 6), "observations carry the new group id");
    assert.deepEqual(canonical(after), canonical(buildLedger(arts.slice(1))));
    l.remove(6);
    assert.deepEqual(l.snapshot().wireGroups, [], "one article left: no group");
    assert.deepEqual(canonical(l.snapshot()), canonical(buildLedger(arts.slice(2))));
    l.close();
  });
});

describe("independence", () => {
  const mk = (articleId: number, source: string, speaker: string, affiliation: string, value: number, text?: string) =>
    article({
      articleId,
      date: "2024-08-10",
      source,
      text: text ?? `More than ${value} people have been evacuated from the Kursk region, ${speaker} said.`,
      claims: [{ source: speaker, actor: speaker, affiliation, cue: "said", content: `More than ${value} people have been evacuated from the Kursk region` }],
      figures: [{ text: `More than ${value}`, value, bound: "gt", unit: "people", counted: "people" }],
      places: [KURSK],
    });
  it("two organs of one side do not corroborate each other", () => {
    const s = buildLedger([mk(1, "A", "the emergencies ministry", "RU", 76000), mk(2, "B", "the governor", "RU", 76000)]);
    assert.equal(s.corroborations.length, 0);
    assert.equal(s.verdicts.find((v) => v.target === "proposition")!.verdict, "single-source");
  });
  it("two sides giving compatible figures corroborate", () => {
    const s = buildLedger([mk(1, "A", "the emergencies ministry", "RU", 76000), mk(2, "B", "the Red Cross", "CH", 70000)]);
    assert.equal(s.corroborations.length, 1);
    assert.deepEqual(s.corroborations[0]!.independence, ["CH", "RU"]);
    assert.equal(s.verdicts.find((v) => v.target === "proposition")!.verdict, "corroborated");
  });
  it("a non-state claimant carried by two copies of one wire story counts once", () => {
    const text = "More than 76000 people have been evacuated from the Kursk region, the monitor said. The monitor gave no breakdown of the figure by district or by day. It said the count was provisional and would be updated. Residents of border districts were taken by bus to temporary shelters in the regional capital and in neighbouring regions, where volunteers handed out food, water and medicine. Local authorities said schools in the region would stay closed until further notice.";
    const a = mk(1, "A", "the monitor", "independent", 76000, text);
    const b = mk(2, "B", "the monitor", "independent", 76000, text.replace("the monitor said", "the monitor said on Saturday"));
    const s = buildLedger([a, b]);
    assert.equal(s.wireGroups.length, 1);
    const p = s.propositions[0]!;
    assert.equal(p.reports, 2);
    assert.equal(p.independentReports, 1);
    assert.equal(s.corroborations.length, 0);
  });
  it("hedged single-side claims are unverified", () => {
    const a = article({
      articleId: 1,
      date: "2024-08-10",
      text: "At least 5 people were killed in the Kursk region, the governor said.",
      claims: [{ source: "the governor", actor: "Alexei Smirnov", affiliation: "RU", cue: "said", content: "At least 5 people were killed in the Kursk region", hedges: ["unverified"] }],
      figures: [{ text: "At least 5", value: 5, bound: "min", unit: "people", counted: "people" }],
      places: [KURSK],
    });
    assert.equal(buildLedger([a]).verdicts[0]!.verdict, "unverified");
  });
});

describe("incremental = from scratch", () => {
  it("add/remove/re-add gives the same snapshot", () => {
    const a = article({ articleId: 1, date: "2024-08-13", text: "Ukrainian forces control 74 settlements in the Kursk region, Zelenskiy said.", claims: [{ source: "Zelenskiy", actor: "Volodymyr Zelenskiy", affiliation: "UA", cue: "said", content: "Ukrainian forces control 74 settlements in the Kursk region" }], figures: [{ text: "74", value: 74, counted: "settlements" }], entities: [{ text: "Ukrainian", type: "NORP", actor: null, affiliation: "UA" }], places: [KURSK] });
    const b = article({ articleId: 2, date: "2024-08-12", text: "Ukrainian troops control 28 settlements in the Kursk region, Smirnov said.", claims: [{ source: "Smirnov", actor: "Alexei Smirnov", affiliation: "RU", cue: "said", content: "Ukrainian troops control 28 settlements in the Kursk region" }], figures: [{ text: "28", value: 28, counted: "settlements" }], entities: [{ text: "Ukrainian", type: "NORP", actor: null, affiliation: "UA" }], places: [KURSK] });
    const l = new Ledger();
    l.add(a);
    const one = l.snapshot();
    l.add(b);
    l.add(b);
    const both = l.snapshot();
    assert.equal(both.disputes.length, 1);
    assert.deepEqual(canonical(both), canonical(buildLedger([b, a])));
    l.remove(2);
    assert.deepEqual(canonical(l.snapshot()), canonical(one));
  });
});
