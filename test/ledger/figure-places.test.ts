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

describe("a country named where it happened is the figure's scope", () => {
  const SIEGE =
    "Shelling hit Aleppo overnight. Fighting went on around Aleppo and in the countryside of Aleppo on Tuesday. " +
    "The health ministry said on Tuesday that 310 people had been killed in Syria since the offensive began.";

  it("'killed in Syria' is counted in Syria, not in the article's main region", () => {
    assert.deepEqual(placed(SIEGE, "310"), [["civilian_dead", "SY"]]);
  });

  it("a country as a possessor ('Syria's Idlib province') names the region, not the country", () => {
    const text = SIEGE + " At least 40 people were killed in Syria's Idlib province, a monitor said.";
    assert.deepEqual(placed(text, "At least 40"), [["civilian_dead", "Idlib Governorate"]]);
  });

  it("a country named in the sentence as where missiles were intercepted wins over the article's main region", () => {
    const text =
      "Strikes hit Isfahan and sites near Isfahan on Sunday. Isfahan's governor said damage was limited. " +
      "Iran fired 19 missiles at an air base in Qatar, Qatar's defence ministry said, adding that 18 were intercepted.";
    assert.deepEqual(placed(text, "18"), [["missiles_downed", "QA"]]);
  });

  it("a country that brokered a deal is no place of it", () => {
    const text =
      "Fighting continued in the Kursk region on Friday. Russia's Kursk region saw more shelling. " +
      "A total of 80 prisoners were exchanged in a deal brokered by Qatar, the defence ministry said.";
    assert.deepEqual(placed(text, "80"), [["prisoner_exchange", "Kursk Oblast"]]);
  });

  it("a capital is not the article's main region for a national toll", () => {
    const text =
      "Missiles struck buildings in Tehran on Monday, and fires burned in Tehran overnight. " +
      "Iran's health ministry said 410 people had been killed since Friday.";
    assert.deepEqual(placed(text, "410"), [["civilian_dead", "IR"]]);
  });
});

describe("which measure a figure belongs to", () => {
  it("the cue nearest the figure decides: a toll after an exchange of fire is a toll", () => {
    const text = "The two armies exchanged artillery fire for a fourth day, and the ministry said at least 96 people had been killed in Armenia.";
    assert.deepEqual(placed(text, "at least 96").map(([m]) => m), ["civilian_dead"]);
  });

  it("the counted noun is no cue: '70 prisoners were exchanged' is an exchange", () => {
    const text = "A total of 70 prisoners were exchanged on Friday, the Armenian foreign ministry said.";
    assert.deepEqual(placed(text, "70").map(([m]) => m), ["prisoner_exchange"]);
  });

  it("'destroyed a third of the missile launchers' counts launchers, not missiles", () => {
    const measures = placed("The army said it had destroyed a third of the missile launchers in the west of the country.", "a third").map(([m]) => m);
    assert.ok(!measures.includes("missiles_downed"), measures.join(","));
  });
});

describe("bodies and peacekeepers", () => {
  it("'We have counted 2,900 bodies' is a death toll", () => {
    assert.deepEqual(placed("\"We have counted 2,900 bodies in Goma,\" the government spokesman said.", "2,900").map(([m]) => m), ["civilian_dead"]);
  });

  it("peacekeepers killed are military losses", () => {
    assert.deepEqual(placed("Kenya said 9 of its peacekeepers had been killed near Goma.", "9").map(([m]) => m), ["military_losses"]);
  });

  it("a region the sentence names is more exact than the country it also names", () => {
    const text = "In Israel, 13 people were killed when missiles hit buildings in Bat Yam, emergency services said.";
    assert.deepEqual(placed(text, "13"), [["civilian_dead", "Tel Aviv District"]]);
  });
});

describe("drones brought down after a launch in the same sentence", () => {
  const TEXT =
    "Armenia's defence ministry said its air defences destroyed 40 Azerbaijani drones over the Syunik region. " +
    "Azerbaijan's army said Armenia had launched 30 drones at Azerbaijan overnight, and that 25 of the drones had been shot down.";

  it("are the launcher's, counted over the teller's country", () => {
    assert.deepEqual(snapshotOf(TEXT).observations.filter((o) => o.ref.figure?.text === "25").map((o) => [o.subject, o.place]), [["AM", "AZ"]]);
  });

  it("and so stand in no dispute with the other side's interceptions", () => {
    assert.deepEqual(snapshotOf(TEXT).disputes, []);
  });
});

describe("a side's civilian toll told with no place", () => {
  it("is counted in the teller's country, not the country the article names most", () => {
    const text =
      "Fighting went on along the border, Armenia's defence ministry said on Monday. It said 24 people had been killed. " +
      "Azerbaijan said Azerbaijan had repelled an attack. Azerbaijan's army said Azerbaijan had lost no positions.";
    assert.deepEqual(placed(text, "24"), [["civilian_dead", "AM"]]);
  });
});

describe("a civilian toll relayed by a side's media", () => {
  it("is counted in the relay's country when the origin has no side", () => {
    const text =
      "Fighting went on along the border on Monday. Azerbaijan said Azerbaijan had repelled an attack. " +
      "Armenian state media said the toll was at least 58, citing a rights group.";
    assert.deepEqual(placed(text, "at least 58"), [["civilian_dead", "AM"]]);
  });
});

describe("ground held is counted in the contested region", () => {
  it("'74 settlements in Russia' in an article about the Kursk incursion stays in the Kursk region", () => {
    const text =
      "Ukrainian troops pushed deeper into the Kursk region on Monday. Fighting went on near Sudzha in the Kursk region. " +
      "Zelenskiy said Ukraine controlled 74 settlements in Russia.";
    assert.deepEqual(placed(text, "74"), [["settlements_held", "Kursk Oblast"]]);
  });
});

describe("a breakdown: a total and the parts that name their own region", () => {
  const TEXT =
    "Azerbaijan says it downed 120 Armenian drones in the biggest attack on Ganja. " +
    "Azerbaijan's defence ministry said its air defences had destroyed 120 Armenian drones overnight, including 45 over the Ganja region.";

  it("the part is counted in its region, the total in the region's country, the headline's total with it", () => {
    const obs = snapshotOf(TEXT).observations.filter((o) => o.measure === "drones_downed");
    assert.deepEqual(obs.map((o) => [o.ref.figure?.text, o.place]).sort(), [["120", "AZ"], ["120", "AZ"], ["45", "Ganja"]]);
  });

  it("a part with no region of its own is read as any figure", () => {
    const measures = placed("Shelling killed 12 people in Ganja, including 3 soldiers, the ministry said.", "3").map(([m]) => m);
    assert.ok(!measures.includes("drones_downed"), measures.join(","));
  });
});
