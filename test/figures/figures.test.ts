import assert from "node:assert/strict";
import { test } from "node:test";
import { figuresOf } from "./helpers.js";

test("hedged area with an agreeing bracketed conversion", () => {
  const { figures, ctx } = figuresOf("Kyiv says its troops now hold at least 1,000 sq km (386 square miles) of land.");
  assert.equal(figures.length, 2);
  const [main, conv] = figures;
  assert.equal(main.text, "at least 1,000 sq km");
  assert.deepEqual([main.value, main.low, main.high, main.unit, main.bound], [1000, 1000, null, "km2", "min"]);
  assert.equal(conv.text, "386 square miles");
  assert.deepEqual([conv.value, conv.unit, conv.conversion_of], [386, "mi2", 0]);
  assert.equal(ctx.diagnostics.length, 0);
});

test("length conversions that agree raise no diagnostic", () => {
  for (const text of ["The column stopped 35 km (22 miles) short.", "Shelling reached 20 km (12 miles) inland.", "They pushed 12 km (7.4 miles) in."]) {
    const { figures, ctx } = figuresOf(text);
    assert.equal(figures.length, 2, text);
    assert.equal(figures[0].unit, "km");
    assert.equal(figures[1].unit, "mi");
    assert.equal(figures[1].conversion_of, 0);
    assert.equal(ctx.diagnostics.length, 0, text);
  }
});

test("a disagreeing conversion is reported", () => {
  const { ctx } = figuresOf("The front moved 40 km (12 miles) overnight.");
  assert.equal(ctx.diagnostics.length, 1);
  const d = ctx.diagnostics[0];
  assert.equal(d.rule, "figures/conversion");
  assert.equal(d.severity, "warning");
  assert.equal(d.message, "conversion disagrees: 40 km is not 12 miles");
});

test("nearly: approximate, the figure is the upper end", () => {
  const { figures } = figuresOf("Nearly 200,000 Russians have left the border districts.");
  assert.equal(figures.length, 1);
  const f = figures[0];
  assert.equal(f.text, "Nearly 200,000");
  assert.deepEqual([f.value, f.bound, f.low, f.high, f.unit, f.counted], [200000, "approx", 180000, 200000, "people", "Russians"]);
});

test("about: approximate, +-10%", () => {
  const { figures } = figuresOf("Officials counted about 500 residents.");
  assert.deepEqual([figures[0].bound, figures[0].low, figures[0].high, figures[0].counted], ["approx", 450, 550, "residents"]);
});

test("percentages", () => {
  const { figures } = figuresOf("Prices rose 8.5% in a month, 18 percent in a year and 18 per cent overall.");
  assert.deepEqual(figures.map((f) => [f.text, f.value, f.unit]), [["8.5%", 8.5, "%"], ["18 percent", 18, "%"], ["18 per cent", 18, "%"]]);
});

test("the counted noun passes over modifiers", () => {
  const { figures } = figuresOf("The ministry said it had downed 117 Ukrainian drones overnight.");
  assert.deepEqual([figures[0].value, figures[0].counted, figures[0].unit], [117, "drones", null]);
});

test("a singular noun before the counted noun modifies it; a verb after a noun is no counted noun", () => {
  assert.equal(figuresOf("Villagers fled four Thai border provinces overnight.").figures[0]!.counted, "provinces");
  assert.equal(figuresOf("The convoy of 12 aid trucks reached the town.").figures[0]!.counted, "trucks");
  // "One poll shows Cruz ahead": "shows" before a name is the verb; "one with years": no modifier.
  assert.equal(figuresOf("One poll shows Cruz ahead by 16 points.").figures[0]!.counted, null);
  assert.equal(figuresOf("She hired one with years of experience.").figures[0]!.counted, null);
});

test("quotation marks around an amount or a modifier do not part it from its noun", () => {
  assert.equal(figuresOf('The guards said "dozens" of missiles had hit their targets.').figures[0]!.counted, "missiles");
  assert.equal(figuresOf('The report counted 40 "unmanned" aircraft shot down.').figures[0]!.counted, "aircraft");
});

test("peoples whose plural is no -s plural are counted people; before a noun they are its adjective", () => {
  for (const [text, counted] of [["More than 2,000 Sudanese had been killed.", "Sudanese"], ["About 300 Kurds fled the town.", "Kurds"], ["The firm hired 40 Vietnamese workers.", "workers"]]) {
    assert.equal(figuresOf(text!).figures[0]!.counted, counted, text);
  }
});

test("a list of hedged counts", () => {
  const { figures } = figuresOf("The unit lost up to 300 soldiers, 11 tanks and more than 20 armoured vehicles.");
  assert.deepEqual(
    figures.map((f) => [f.text, f.value, f.bound, f.low, f.high, f.counted, f.unit]),
    [
      ["up to 300", 300, "max", null, 300, "soldiers", "people"],
      ["11", 11, "exact", 11, 11, "tanks", null],
      ["more than 20", 20, "gt", 20, null, "armoured vehicles", null],
    ],
  );
});

test("lt bound", () => {
  const { figures } = figuresOf("Fewer than 40 civilians remained.");
  assert.deepEqual([figures[0].bound, figures[0].low, figures[0].high], ["lt", null, 40]);
});

test("number words", () => {
  const cases: [string, number | null][] = [
    ["Two soldiers were hurt.", 2],
    ["It sent twelve trucks.", 12],
    ["Crews fired a hundred shells.", 100],
    ["Some three thousand people fled.", 3000],
    ["The city has 1.5 million residents.", 1500000],
    ["The town had two hundred and fifty homes.", 250],
  ];
  for (const [text, value] of cases) {
    const { figures } = figuresOf(text);
    assert.equal(figures.length, 1, text);
    assert.equal(figures[0].value, value, text);
  }
});

test("vague plurals give an interval and no value", () => {
  const { figures } = figuresOf("Thousands of people queued while dozens of villages lost power.");
  assert.deepEqual(figures.map((f) => [f.text, f.value, f.bound, f.counted]), [["Thousands", null, "approx", "people"], ["dozens", null, "approx", "villages"]]);
  assert.equal(figures[0].low, 2000);
});

test("currencies", () => {
  const { figures } = figuresOf("Aid worth $1.2 billion, 13 billion pounds, €15bn and 15bn euros was pledged.");
  assert.deepEqual(
    figures.map((f) => [f.text, f.value, f.unit]),
    [["$1.2 billion", 1.2e9, "USD"], ["13 billion pounds", 13e9, "GBP"], ["€15bn", 15e9, "EUR"], ["15bn euros", 15e9, "EUR"]],
  );
});

test("ranges keep both ends and invent no value", () => {
  for (const text of ["Between 12 and 15 missiles were fired.", "Crews saw 12 to 15 missiles.", "Radar tracked 12-15 missiles."]) {
    const { figures } = figuresOf(text);
    assert.equal(figures.length, 1, text);
    assert.deepEqual([figures[0].value, figures[0].low, figures[0].high, figures[0].counted], [null, 12, 15, "missiles"], text);
  }
  const { figures } = figuresOf("Damage of 2 to 3 billion euros was estimated.");
  assert.deepEqual([figures[0].low, figures[0].high, figures[0].unit], [2e9, 3e9, "EUR"]);
});

test("relative figures keep what they are relative to", () => {
  const { figures } = figuresOf("That is more than double what Moscow's figures indicate, and about half that claimed by Kyiv.");
  assert.equal(figures.length, 2);
  assert.equal(figures[0].text, "more than double");
  assert.equal(figures[0].bound, "gt");
  assert.deepEqual(figures[0].relative, { kind: "double", factor: 2, to: { start: 25, end: 55, text: "what Moscow's figures indicate" } });
  assert.equal(figures[1].relative?.kind, "half");
  assert.equal(figures[1].relative?.to.text, "that claimed by Kyiv");
  assert.equal(figures[1].bound, "approx");
});

test("twice as many, a third of", () => {
  const { figures } = figuresOf("Twice as many drones as last week flew; a third of the region is dark.");
  assert.deepEqual(figures.map((f) => [f.relative?.kind, f.relative?.to.text]), [["double", "last week flew"], ["third", "the region is dark"]]);
});

test("a partitive counts its whole, after digits too", () => {
  const { figures } = figuresOf("Air defences shot down 51 of 73 drones; 40 of its fighters and 12 of the 30 tanks were lost.");
  assert.deepEqual(figures.map((f) => [f.text, f.counted]), [["51", "drones"], ["73", "drones"], ["40", "fighters"], ["12", "tanks"], ["30", "tanks"]]);
});

test("'that' before a number is the conjunction: the figure stays", () => {
  const { figures } = figuresOf("The ministry said that 40 were killed.");
  assert.deepEqual(figures.map((f) => f.value), [40]);
});

test("a verb of going past a mark bounds the figure from below; 'short of' from above", () => {
  const cases: [string, string, number | null, number | null][] = [
    ["The toll in the city passed 2,400 on Sunday.", "gt", 2400, null],
    ["Arrivals have exceeded 30,000 this month.", "gt", 30000, null],
    ["The number of missing topped 150.", "gt", 150, null],
    ["Recruitment fell short of 800 a month.", "lt", null, 800],
  ];
  for (const [text, bound, low, high] of cases) {
    const [f] = figuresOf(text).figures.filter((x) => x.value !== null && x.value > 100);
    assert.deepEqual([f.bound, f.low, f.high], [bound, low, high], text);
  }
  // A plain verb before a figure leaves it exact.
  const [killed] = figuresOf("The shelling killed 14 people.").figures;
  assert.equal(killed.bound, "exact");
});

test("'rose by 60 to 1,200' is a change and a new value, not the range 60-1,200", () => {
  const { figures } = figuresOf("The toll rose by 60 to 1,200 overnight.");
  assert.deepEqual(figures.map((f) => [f.value, f.low, f.high]), [[60, 60, 60], [1200, 1200, 1200]]);
  // A range after a plain verb stays one.
  const [range] = figuresOf("Officials said 60 to 80 people were hurt.").figures;
  assert.deepEqual([range.value, range.low, range.high], [null, 60, 80]);
});

test("'rose from 1,040 to 1,210' is an old and a new value; 'from 40 to 60 people' after a plain verb is a range", () => {
  for (const text of ["The toll rose from 1,040 to 1,210 on Thursday.", "Estimates were revised sharply from 1,040 to 1,210.", "Arrivals were up from 1,040 to 1,210."]) {
    assert.deepEqual(figuresOf(text).figures.map((f) => [f.value, f.low, f.high]), [[1040, 1040, 1040], [1210, 1210, 1210]], text);
  }
  const [range] = figuresOf("The shelter houses from 40 to 60 people each night.").figures;
  assert.deepEqual([range.value, range.low, range.high], [null, 40, 60]);
});
