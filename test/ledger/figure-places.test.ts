// Where a figure was counted when its sentence names no region: the place of the attack behind it,
// and never a region of a country the attack cannot have hit (an article datelined in one capital
// about strikes across a border).
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { extractArticle } from "../../src/core/extract.js";
import { buildLedger } from "../../src/ledger/index.js";
import { defaultResources } from "../../src/resources/index.js";
import { article } from "../helpers.js";

function snapshotOf(text: string) {
  const a = article(text, "2025-03-04");
  return buildLedger([{ articleId: 1, article: a, extraction: extractArticle(a, defaultResources()) }]);
}

/** [measure, place, side] of every observation whose figure text is `figure`. */
function placed(text: string, figure: string): [string, string][] {
  return snapshotOf(text)
    .observations.filter((o) => o.ref.figure?.text === figure)
    .map((o) => [o.measure, o.place]);
}

const ACROSS_THE_BORDER =
  "Officials in Tashkent, the capital, said the talks would go on. Kyrgyz troops fired on border posts in Tashkent Region on Monday. " +
  "Tajikistan said Uzbek strikes killed 14 civilians. Tajikistan's army said it had shot down 9 Uzbek drones.";

describe("a figure's place when its sentence names none", () => {
  it("a side telling of the other side's attack counts harm on its own ground, not in the article's main region", () => {
    assert.deepEqual(placed(ACROSS_THE_BORDER, "14"), [["civilian_dead", "TJ"]]);
  });

  it("an interception happens over the interceptor's country", () => {
    assert.deepEqual(placed(ACROSS_THE_BORDER, "9"), [["drones_downed", "TJ"]]);
  });

  it("a casualty after an attack noun takes the attack's region", () => {
    const text = "Russian forces launched missile strikes on Kharkiv overnight. The strikes killed 7 civilians, the governor said.";
    assert.deepEqual(placed(text, "7"), [["civilian_dead", "Kharkiv Oblast"]]);
  });
});

describe("tolls counted in a people's name, and a participle after a date", () => {
  it("'killed more than 3,000 Sudanese' is a civilian toll", () => {
    const text = "The health ministry in Port Sudan said the fighting had killed more than 3,000 Sudanese in Khartoum since April.";
    assert.deepEqual(placed(text, "more than 3,000"), [["civilian_dead", "Khartoum"]]);
  });

  it("'gunmen attacked northern Mali on March 2, 2025, killing 30 people' is counted in Mali, not the article's main region", () => {
    const text =
      "Officials in Niamey said aid reached the Tillaberi region. Troops patrolled the Tillaberi region on Monday. " +
      "The crisis deepened when gunmen attacked northern Mali on March 2, 2025, killing about 30 people, according to Malian officials.";
    assert.deepEqual(placed(text, "about 30"), [["civilian_dead", "ML"]]);
  });
});

describe("'men' alone says nothing about soldiers", () => {
  it("'gunmen killed 12 men at a market' is no military loss", () => {
    const measures = placed("Gunmen killed 12 men at a market near Maiduguri, police said.", "12").map(([measure]) => measure);
    assert.ok(!measures.includes("military_losses"), measures.join(","));
  });
});
