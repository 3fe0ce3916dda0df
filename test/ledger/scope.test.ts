// A toll's scope: one incident ("the strike on the school killed 9"), one period ("on Tuesday",
// "overnight") or a running total ("since the war began", "bringing the toll to"). Tolls of
// different scopes are different quantities and never dispute each other; tolls of one scope
// still do when they disagree.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { extractArticle } from "../../src/core/extract.js";
import { buildLedger } from "../../src/ledger/index.js";
import { sameScope } from "../../src/ledger/scope.js";
import type { LedgerSnapshot, Observation } from "../../src/ledger/types.js";
import { defaultResources } from "../../src/resources/index.js";
import { article } from "../helpers.js";
import { article as handBuilt } from "./helpers.js";

function ledger(...texts: [string, string][]): LedgerSnapshot {
  return buildLedger(
    texts.map(([date, text], i) => {
      const a = article(text, date);
      return { articleId: i + 1, article: a, extraction: extractArticle(a, defaultResources()) };
    }),
  );
}

function observation(s: LedgerSnapshot, figure: string, articleId?: number): Observation {
  const o = s.observations.find((x) => x.ref.figure?.text === figure && (articleId === undefined || x.articleId === articleId));
  assert.ok(o, `no observation of "${figure}": ${s.observations.map((x) => x.ref.figure?.text).join(", ")}`);
  return o;
}

const scopeWhy = (o: Observation) => o.why.find((w) => w.rule.startsWith("scope/"));

const ONE_DAY_IN_GAZA =
  "An Israeli air strike on a school in Deir al-Balah killed 9 people, the Gaza Health Ministry said. " +
  "The ministry said 31 people were killed across the enclave on Tuesday, bringing the death toll since October 2023 to 43,374.";

describe("a toll's scope", () => {
  it("tells one strike's toll, one day's and the war's apart, each with its words", () => {
    const s = ledger(["2024-11-06", ONE_DAY_IN_GAZA]);
    const incident = observation(s, "9");
    const period = observation(s, "31");
    const total = observation(s, "43,374");
    assert.equal(incident.scope.kind, "incident");
    assert.deepEqual(scopeWhy(incident)?.matched.slice(0, 2), ["strike", "killed"]);
    assert.deepEqual(period.scope, { kind: "period", key: "2024-11-05" });
    assert.deepEqual(scopeWhy(period)?.matched, ["Tuesday"]);
    assert.equal(total.scope.kind, "total");
    assert.ok(scopeWhy(total)?.matched.some((m) => m.startsWith("since")), JSON.stringify(scopeWhy(total)));
    assert.match(total.propositionId, /\|total$/);
    assert.notEqual(incident.propositionId, period.propositionId);
    // One ministry's three figures of three quantities: no self-contradiction.
    assert.deepEqual(s.disputes, []);
  });

  it("puts a running total in a series of its own, apart from the day's tolls", () => {
    const s = ledger(
      ["2024-11-06", ONE_DAY_IN_GAZA],
      ["2024-11-08", "The Gaza Health Ministry said the overall death toll in Gaza had risen to 43,469 since the war began. Israeli strikes killed 38 people across the Gaza Strip in the past 24 hours, the ministry said."],
    );
    const totals = s.series.filter((x) => x.scope.kind === "total" && x.measure === "civilian_dead");
    assert.equal(totals.length, 1, JSON.stringify(s.series.map((x) => x.printed)));
    assert.deepEqual(totals[0]!.points.map((p) => p.value), [43374, 43469]);
    assert.match(totals[0]!.printed, /^running total: /);
    const periods = s.series.find((x) => x.scope.kind === "period" && x.measure === "civilian_dead");
    assert.deepEqual(periods?.points.map((p) => p.value), [31, 38]);
  });

  it("reads 'in the past 24 hours', 'overnight' and 'so far' when the extraction gives no day", () => {
    const s = ledger(["2024-08-30", "Russia launched 46 drones at Ukraine overnight, and Ukraine's air force said it had shot down 35 drones overnight. The air force said it had shot down more than 6,500 Russian drones so far."]);
    assert.equal(observation(s, "35").scope.kind, "period");
    assert.equal(observation(s, "more than 6,500").scope.kind, "total");
  });

  it("gives a figure coordinated with another the scope its words after them say", () => {
    const s = ledger(["2024-07-20", "On Friday, at least 9 people were killed and 21 were wounded in a bomb attack on a market in Mogadishu, police said."]);
    assert.equal(observation(s, "at least 9").scope.kind, "incident");
    assert.equal(observation(s, "21").scope.kind, "incident");
    assert.equal(observation(s, "at least 9").scope.key, observation(s, "21").scope.key);
  });

  it("leaves a toll unscoped when its words say nothing of one", () => {
    const s = ledger(["2024-08-14", "Regional officials said 12 civilians had been killed."]);
    assert.equal(observation(s, "12").scope.kind, "unscoped");
    assert.doesNotMatch(observation(s, "12").propositionId, /total|period|incident/);
  });

  it("a war told as one attack ('Russia's attack on Ukraine has killed') is no incident", () => {
    const s = ledger(["2024-11-06", "Russia's attack on Ukraine has killed 11,700 civilians, the UN said. A Russian strike on Kharkiv has killed 9 people, officials said."]);
    assert.notEqual(observation(s, "11,700").scope.kind, "incident");
    assert.deepEqual(observation(s, "9").scope, { kind: "incident", key: "kharkiv" });
  });

  it("a car bomb that 'has killed' is still one incident", () => {
    const s = ledger(["2024-11-06", "A car bomb in northern Syria has killed 13 people, a monitoring group said."]);
    assert.equal(observation(s, "13").scope.kind, "incident");
  });

  it("'a total of' says a sum, not over what", () => {
    const s = ledger(["2024-08-14", "A total of 31 people have been injured in the region, officials said."]);
    assert.equal(observation(s, "31").scope.kind, "unscoped");
  });
});

describe("comparing tolls across claimants by scope", () => {
  it("a later, higher running total is no dispute of an earlier one", () => {
    const s = ledger(
      ["2024-08-30", "Ukrainian officials said 11,700 civilians had been killed in Ukraine since the full-scale invasion began."],
      ["2024-09-01", "Russian officials said 11,900 civilians had been killed in Ukraine since the start of the war."],
    );
    assert.equal(observation(s, "11,700").scope.kind, "total");
    assert.deepEqual(s.disputes.filter((d) => d.kind === "values"), []);
  });

  it("a later, lower running total by another side is still a dispute", () => {
    const s = ledger(
      ["2024-08-30", "Ukrainian officials said 11,700 civilians had been killed in Ukraine since the full-scale invasion began."],
      ["2024-09-01", "Russian officials said 9,000 civilians had been killed in Ukraine since the start of the war."],
    );
    assert.equal(s.disputes.filter((d) => d.kind === "values").length, 1, JSON.stringify(s.disputes.map((d) => d.explanation)));
  });

  it("one day's toll does not dispute the war's total, nor a strike's", () => {
    const s = ledger(
      ["2024-08-30", "Ukrainian officials said a Russian missile strike on Kharkiv killed 7 civilians."],
      ["2024-08-30", "Russian officials said 1,200 civilians had been killed in the Kharkiv region since the start of the war, and that 40 civilians were killed in the Kharkiv region on Thursday."],
    );
    assert.deepEqual([observation(s, "7").scope.kind, observation(s, "1,200").scope.kind, observation(s, "40").scope.kind], ["incident", "total", "period"]);
    assert.equal(observation(s, "7").place, observation(s, "40").place);
    assert.deepEqual(s.disputes, []);
  });

  it("two strikes on two towns are two incidents, not a dispute", () => {
    const s = ledger(
      ["2024-08-30", "Ukrainian officials said a Russian missile strike on Kupiansk killed 7 civilians."],
      ["2024-08-30", "Russian officials said a strike on Izium killed 2 civilians."],
    );
    assert.equal(observation(s, "7").place, observation(s, "2").place);
    const a = observation(s, "7");
    const b = observation(s, "2");
    assert.equal(a.scope.kind, "incident");
    assert.equal(b.scope.kind, "incident");
    assert.ok(!sameScope(a.scope, b.scope));
    assert.deepEqual(s.disputes.filter((d) => d.kind === "values"), []);
  });

  it("two tolls of one strike that disagree are a dispute", () => {
    const s = ledger(
      ["2024-10-15", "Lebanese officials said the Israeli strike on Aitou in northern Lebanon killed 21 people."],
      ["2024-10-15", "Israeli officials said the strike on Aitou in northern Lebanon killed 3 people."],
    );
    assert.equal(observation(s, "21").scope.key, observation(s, "3").scope.key);
    const values = s.disputes.filter((d) => d.kind === "values");
    assert.equal(values.length, 1, JSON.stringify(s.disputes.map((d) => d.explanation)));
    assert.match(values[0]!.propositions[0]!, /\|incident:aitou$/);
  });

  it("a strike's toll that rises the next day is no dispute", () => {
    const s = ledger(
      ["2024-08-30", "Ukrainian officials said a Russian glide bomb attack on Kharkiv killed 4 people."],
      ["2024-08-31", "Russian officials said the death toll from the attack on Kharkiv had risen to 6."],
    );
    assert.equal(observation(s, "6").scope.kind, "incident");
    assert.deepEqual(s.disputes.filter((d) => d.kind === "values"), []);
  });

  it("two tolls of one day that disagree are a dispute", () => {
    const s = ledger(
      ["2024-08-30", "Ukrainian officials said 40 civilians were killed in the Kharkiv region on Thursday."],
      ["2024-08-30", "Russian officials said 4 civilians were killed in the Kharkiv region on Thursday."],
    );
    assert.equal(observation(s, "40").scope.key, observation(s, "4").scope.key);
    assert.equal(s.disputes.filter((d) => d.kind === "values").length, 1, JSON.stringify(s.disputes.map((d) => d.explanation)));
  });
});

describe("a relative toll", () => {
  const kyiv = handBuilt({
    articleId: 1,
    date: "2024-08-20",
    text: "Kyiv said 600,000 Russian soldiers had been killed since the start of the invasion. Kyiv said 1,200 Russian soldiers were killed overnight.",
    claims: [
      { source: "Kyiv", actor: "Ukraine", affiliation: "UA", cue: "said", content: "600,000 Russian soldiers had been killed since the start of the invasion" },
      { source: "Kyiv", actor: "Ukraine", affiliation: "UA", cue: "said 1,200", content: "1,200 Russian soldiers were killed overnight" },
    ],
    figures: [
      { text: "600,000", value: 600000, counted: "soldiers" },
      { text: "1,200", value: 1200, counted: "soldiers" },
    ],
    entities: [
      { text: "Russian", type: "NORP", actor: null, affiliation: "RU" },
      { text: "Russian", type: "NORP", actor: null, affiliation: "RU", nth: 1 },
    ],
  });
  const moscow = handBuilt({
    articleId: 2,
    date: "2024-08-22",
    text: "Moscow said the number of soldiers it had lost was about a tenth of what Kyiv claims.",
    claims: [{ source: "Moscow", actor: "Russia", affiliation: "RU", cue: "said", content: "the number of soldiers it had lost was about a tenth of what Kyiv claims" }],
    figures: [{ text: "about a tenth", value: null, bound: "approx", relative: { kind: "fraction", factor: 0.1, to: "what Kyiv claims" } }],
    entities: [
      { text: "Kyiv", type: "GPE", actor: "Ukraine", affiliation: "UA", nth: 0 },
      { text: "Moscow", type: "GPE", actor: "Russia", affiliation: "RU" },
    ],
  });
  it("with no scope of its own is read against the other side's latest figure of any scope, and takes its scope", () => {
    const s = buildLedger([kyiv, moscow]);
    assert.equal(observation(s, "600,000").scope.kind, "total");
    assert.equal(observation(s, "1,200").scope.kind, "period");
    const rel = s.observations.find((o) => o.articleId === 2)!;
    assert.equal(rel.measure, "military_losses");
    assert.ok(rel.relative!.resolvedAgainst, "resolved");
    const against = s.observations.find((o) => o.id === rel.relative!.resolvedAgainst)!;
    assert.deepEqual(rel.scope, against.scope);
    assert.equal(rel.propositionId, against.propositionId);
  });
});

describe("sameScope", () => {
  it("compares scopes of one kind: periods by their day, incidents by a shared name", () => {
    assert.ok(sameScope({ kind: "total", key: null }, { kind: "total", key: null }));
    assert.ok(!sameScope({ kind: "total", key: null }, { kind: "period", key: "2024-11-05" }));
    assert.ok(sameScope({ kind: "period", key: "2024-11-05" }, { kind: "period", key: "2024-11-05" }));
    assert.ok(!sameScope({ kind: "period", key: "2024-11-05" }, { kind: "period", key: "2024-11-06" }));
    assert.ok(sameScope({ kind: "incident", key: "an nuşayrāt+nuseirat" }, { kind: "incident", key: "nuseirat" }));
    assert.ok(!sameScope({ kind: "incident", key: null }, { kind: "incident", key: null }), "two unnamed incidents may be any two attacks");
    assert.ok(!sameScope({ kind: "unscoped", key: null }, { kind: "incident", key: "kharkiv" }));
    assert.ok(sameScope(undefined, { kind: "unscoped", key: null }), "a fact filed before scopes is unscoped");
  });
});
