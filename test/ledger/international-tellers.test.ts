// The United Nations and the European Union are sides of their own (their figures are independent
// of the warring parties'), but no country: a toll they tell is never counted "in" them.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { extractArticle } from "../../src/core/extract.js";
import { buildLedger } from "../../src/ledger/index.js";
import { defaultResources } from "../../src/resources/index.js";
import { article } from "../helpers.js";

function observationsOf(text: string) {
  const a = article(text, "2025-02-12");
  return buildLedger([{ articleId: 1, article: a, extraction: extractArticle(a, defaultResources()) }]).observations;
}

describe("an international body telling a toll", () => {
  it("keeps its side but places the toll where the article is", () => {
    const obs = observationsOf("Fighting in eastern Congo. The United Nations said on Tuesday that at least 120 civilians had been killed in the past week.");
    const toll = obs.find((o) => o.figure.text.includes("120"));
    assert.ok(toll, "the toll is observed");
    assert.equal(toll.claimant.side, "UN");
    assert.notEqual(toll.place, "UN");
    assert.equal(toll.place, "CD");
  });

  it("still places a country's own account in that country", () => {
    const obs = observationsOf("Congo's government said on Tuesday that at least 300 civilians had been killed.");
    const toll = obs.find((o) => o.figure.text.includes("300"));
    assert.equal(toll?.place, "CD");
  });
});

describe("counts told in one breath", () => {
  it("a launch and the part of it brought down are two measures ('launched 50 drones ..., shot down 35 of them')", () => {
    const obs = observationsOf("Russia launched 50 drones at Ukraine overnight, and Ukrainian air defences shot down 35 of them, Ukraine's air force said.");
    const byValue = new Map(obs.map((o) => [o.figure.value, o.measure]));
    assert.equal(byValue.get(50), "drones_launched");
    assert.equal(byValue.get(35), "drones_downed");
  });

  it("a figure listed after another shares its verb ('lost 660 soldiers and 82 armoured vehicles')", () => {
    const obs = observationsOf("Ukraine has lost 700 soldiers and 75 armoured vehicles in the Kursk region, the Russian Defence Ministry said.");
    assert.ok(obs.some((o) => o.figure.value === 75 && o.measure === "armoured_vehicles_lost"), obs.map((o) => `${o.figure.text}:${o.measure}`).join(", "));
  });

  it("a part of the same count is still no count of its own ('four wounded, two of them seriously')", () => {
    const obs = observationsOf("Four people were wounded in the shelling, two of them seriously, the governor said.");
    assert.ok(!obs.some((o) => o.figure.value === 2));
  });
});

describe("a night's launches", () => {
  it("are the country's, though the sentence goes on to a region where some were brought down", () => {
    const obs = observationsOf("Ukraine's air force said Russia launched 60 drones overnight, and that 41 of the drones were shot down over the Sumy region.");
    const launched = obs.find((o) => o.measure === "drones_launched");
    const downed = obs.find((o) => o.measure === "drones_downed");
    assert.equal(launched?.place, "UA");
    assert.equal(downed?.place, "Sumy Oblast");
  });
});
