// Things that must not come out as places.
import assert from "node:assert/strict";
import { test } from "node:test";
import type { Entity } from "../../src/core/types.js";
import { extractArticle } from "../../src/core/extract.js";
import { IN_NAME_RULE, locates } from "../../src/core/places/recognize.js";
import { defaultResources } from "../../src/resources/index.js";
import { article } from "../helpers.js";
import { placeAt, placesIn } from "./helpers.js";

const NOT_PLACES: [string, string][] = [
  ["A Sukhoi Su-34 bomber was shot down.", "Sukhoi"],
  ["A Sukhoi Su-34 bomber was shot down.", "Su-34"],
  ["The governor posted the video on Telegram.", "Telegram"],
  ["Reuters could not independently verify the report.", "Reuters"],
  ["May saw the heaviest fighting of the year.", "May"],
  ["The offensive began in May.", "May"],
  ["A spokesman at the White House declined to comment.", "White House"],
  ["The bill now goes to Congress for a vote.", "Congress"],
  ["Commuters crowded onto the Metro after the match.", "Metro"],
  ["The band's album One sold well.", "One"],
  ["The museum honors Harry S. Truman and his family.", "Truman"],
  ["Doctors confirmed two cases of Marburg virus and one of Lassa fever.", "Marburg"],
  ["By MARY JONES Staff Writer", "JONES"],
  ["Protesters marched along Northwest 34th Street on Friday.", "Northwest"],
  ["The school may move from Northwest D.C. to Penn Quarter.", "Northwest D.C"],
  ["A 1992 Toyota Corolla was travelling east in the left lane.", "Toyota"],
  ["Sister Mary Agnes said the money came from the health fund.", "Mary"],
  ["Both Ebola and the related Marburg hemorrhagic fever spread through contact.", "Marburg"],
  ["Officials confirmed a case of Crimean-Congo haemorrhagic fever in the province.", "Congo"],
  ["Dynamo Kyiv beat Shakhtar Donetsk 2-1 on Saturday.", "Kyiv"],
  ["Real Madrid signed the striker on Monday.", "Madrid"],
  ["Spartak Moscow fans marched through the centre.", "Moscow"],
  ["Police found the car on Washington Drive late on Friday.", "Washington"],
  ["A fire broke out on Memphis St. in the morning.", "Memphis"],
  ["The bakery on Richmond Road closed last year.", "Richmond"],
  ["The council paid US$460 million for the bridge.", "US"],
  ["Farmers lost $US 2 million in the drought.", "US"],
  ["The mound was built around 250 B.C. by local people.", "B.C."],
  ["The Metro Chamber of Commerce met on Tuesday.", "Chamber"],
  ["Police arrested Jason Terrell Jones, 23, on Monday. Jones was released later.", "Jones"],
  ["Police arrested Matthew D. Flores on Monday. Flores denied the charge.", "Flores"],
  ["Members of the Reserve met on Monday; the reserve has forty members.", "Reserve"],
  ["Several Arab countries backed the plan.", "Arab"],
  ["The school hired two teachers for English learners.", "English"],
  ["The vaccine holds an A/California/7/2009-like strain.", "California"],
  ["The call came at 1:58 p.m. [EST] from the third floor.", "EST"],
  ["The sheriff told the Herald-Press on Wednesday.", "Herald"],
  ["The Arab-Israeli conflict dominated the talks.", "Arab"],
  ["The case went to the Supreme Court on Monday.", "Supreme"],
  ["A Superior Court judge set bail at 5,000 dollars.", "Superior"],
  ["She studied at Harvard University before moving west.", "Harvard"],
  ["Pupils at Franklin Elementary were sent home early.", "Franklin"],
  ["The team from Foley Middle School won the tournament.", "Foley"],
  ["He ran the Orwell Youth Club for years.", "Orwell"],
  ["Crowds gathered in Independence Day parades across the state.", "Independence"],
  ["A tanker sank in the Gulf of Guinea on Monday.", "Gulf"],
  ["Fishing boats left for the Gulf of Maine.", "Gulf"],
  ["Both women were taken to St. Michael's Hospital on Friday.", "Michael"],
  ["She studied at St. John's University in New York.", "John"],
  ["Fans filled the Stade de France for the final.", "Stade"],
  ["He was taken to Thomas Memorial Hospital after the crash.", "Thomas"],
  ["The bee expert Dennis van Engelsdorp studied the hives.", "Dennis"],
  ["The adviser Hassan el Bushra spoke to reporters.", "Hassan"],
  ["Officers from Topeka, Lawrence and Olathe said Welch was stabbed; Welch died later.", "Welch"],
  ["Troops crossed to the west bank of the river at dawn.", "west bank"],
  ["The prize went to Tyler Wendrowski, a junior at the high school.", "Tyler"],
  ["\"We will rebuild,\" said Bo Halvorsen, who runs the bakery.", "Bo"],
  ["The agency's envoy, Vladimir Kostrikin, arrived on Tuesday.", "Vladimir"],
  ["The cafe stood in Bab el-Oued, near the sea.", "el-Oued"],
  ["An editorial in the al-Ahram daily criticised the plan.", "al-Ahram"],
  ["Militants of al-Shabaab attacked the base.", "al-Shabaab"],
];

test("a time expression's words are no places ('Nov 24', 'March 3'), through the whole core", () => {
  for (const [text, word] of [["KYIV, Nov 24 (Wire) - Drones struck the port.", "Nov"], ["The talks resumed on March 3 in Geneva.", "March"]]) {
    const places = extractArticle(article(text!), defaultResources()).places;
    assert.deepEqual(places.filter((p) => p.text.includes(word!)).map((p) => p.text), [], text);
    assert.ok(places.length > 0, "the real place is still found");
  }
});

test("a town's name before a word that names no place is a person's given name, but stays a place before a plural, a stream or a region's word", () => {
  assert.equal(placeAt(placesIn("Dallas Cowboys fans packed the stadium on Sunday."), "Dallas")?.admin1, "Texas");
  assert.equal(placeAt(placesIn("Heavy rain flooded Madison Creek near the school."), "Madison Creek")?.rule, "places/feature-namesake");
  assert.equal(placeAt(placesIn("The rally in Virginia drew thousands, Virginia Halloran said."), "Virginia")?.precision, "admin1");
});

test("a carmaker's name is still a place when its country qualifies it ('Toyota, Japan')", () => {
  assert.ok(placesIn("The plant in Toyota, Japan, reopened on Monday.").some((p) => p.text === "Toyota" && p.country === "JP"));
});

for (const [text, word] of NOT_PLACES) {
  test(`"${word}" is not a place in "${text}"`, () => {
    const hits = placesIn(text).filter((p) => p.text.includes(word));
    assert.deepEqual(hits.map((p) => p.text), []);
  });
}

test("a demonym before people or things mentions its country but places nothing there", () => {
  const text = "Russian drones struck Kharkiv overnight, Ukrainian officials said.";
  const x = extractArticle(article(text, "2024-08-09"), defaultResources());
  const russian = x.places.find((p) => p.text === "Russian");
  assert.equal(russian?.rule, "places/demonym-mention");
  const strike = x.events.find((e) => e.trigger.text === "struck");
  assert.ok(strike, "the strike is an event");
  assert.notEqual(strike.place, "Russia");
});

test("a county's bare name is no place as a person's surname, nor inside a longer name", () => {
  const text = "Hall County commissioners met on Tuesday. Commissioner Tom Hall said the budget was tight, and Hall added that the Hall Street bridge would close.";
  const start = text.indexOf("Tom Hall");
  const person: Entity = { id: "e1", start, end: start + 8, text: "Tom Hall", type: "PERSON", actor: null, affiliation: null, rule: "test" };
  assert.deepEqual(placesIn(text, [person]).map((p) => p.text), ["Hall County"]);
});

test("a surname that is also a town is not a place when marked as a PERSON", () => {
  const text = "Sudzha told reporters the talks had failed.";
  const person: Entity = { id: "e1", start: 0, end: 6, text: "Sudzha", type: "PERSON", actor: null, affiliation: null, rule: "test" };
  assert.deepEqual(placesIn(text, [person]), []);
});

test("a 'person' opening with 'X-administered' or 'X-held' is the place after it", () => {
  const text = "Aid convoys reached Indian-administered Kashmir on Monday.";
  const start = text.indexOf("Indian-administered");
  const person: Entity = { id: "e1", start, end: start + "Indian-administered Kashmir".length, text: "Indian-administered Kashmir", type: "PERSON", actor: null, affiliation: null, rule: "test" };
  assert.equal(placesIn(text, [person]).find((p) => p.text === "Kashmir")?.precision, "region");
});

test("a one-word 'person' after a word it makes a place name with is that place ('Pope County'); a person's full name stays no place", () => {
  const text = "He crashed on a ramp in Pope County on Sunday.";
  const start = text.indexOf("County");
  const person: Entity = { id: "e1", start, end: start + 6, text: "County", type: "PERSON", actor: null, affiliation: null, rule: "test" };
  assert.equal(placesIn(text, [person]).find((p) => p.text === "Pope County")?.precision, "admin2");
  const star = "Jordan Peterson spoke in the hall.";
  const full: Entity = { id: "e2", start: 0, end: 15, text: "Jordan Peterson", type: "PERSON", actor: null, affiliation: null, rule: "test" };
  assert.deepEqual(placesIn(star, [full]).map((p) => p.text), []);
});

test("a town's name after a person's title, a title and a first name, or a first name and a middle initial is a surname, there and elsewhere", () => {
  const text = "Sheriff Greg Taylor said the suspect fled. Taylor said deputies searched a farm near Taylor. Ashley L. Evans, 26, was charged. Evans is due in court. Judge Lincoln ruled on Monday.";
  const places = placesIn(text);
  assert.deepEqual(places.filter((p) => p.precision !== "relative").map((p) => p.text), ["Taylor"]);
  assert.equal(places.find((p) => p.text === "Taylor")?.start, text.lastIndexOf("Taylor"));
  // A title before a longer place name leaves it a place.
  assert.equal(placesIn("President Obama flew to Fort Worth.").some((p) => p.text === "Fort Worth"), true);
});

test("a one-word 'person' after 'the city of' is the place ('the city of Sevierville'); a person named after a title is not", () => {
  const text = "A spokesman for the city of Sevierville said the pool was closed.";
  const start = text.indexOf("Sevierville");
  const person: Entity = { id: "e1", start, end: start + 11, text: "Sevierville", type: "PERSON", actor: null, affiliation: null, rule: "test" };
  assert.equal(placesIn(text, [person]).find((p) => p.text === "Sevierville")?.admin1, "Tennessee");
  const other = "The mayor of Sevierville spoke.";
  const mayor: Entity = { id: "e2", start: 13, end: 24, text: "Sevierville", type: "PERSON", actor: null, affiliation: null, rule: "test" };
  assert.deepEqual(placesIn(other, [mayor]).map((p) => p.text), []);
});

test("a town's name after a first name that is itself a town's is a surname ('Gary Wilson'); after a common word it is not", () => {
  assert.deepEqual(placesIn("Gary Wilson, 54, was sentenced on Friday. Officers said Wilson pulled into a driveway.").map((p) => p.text), []);
  const text = "The Wild Monongahela Act passed. Crews worked across the Monongahela this week.";
  assert.equal(placesIn(text).some((p) => p.text === "Monongahela"), true);
});

test("a town inside a GPE entity is still a place", () => {
  const text = "Shelling hit Sudzha overnight.";
  const gpe: Entity = { id: "e1", start: 13, end: 19, text: "Sudzha", type: "GPE", actor: null, affiliation: null, rule: "test" };
  assert.equal(placesIn(text, [gpe]).length, 1);
});

test("a town name inside an outlet's name is mentioned in the name only: no place that locates anything", () => {
  const places = placesIn("The Kyiv Post reported the strike.");
  assert.deepEqual(places.map((p) => [p.text, p.rule]), [["Kyiv", IN_NAME_RULE]]);
  assert.equal(places.some(locates), false);
});

// A name inside a longer name is a place only where the longer name is a body's, an outlet's or
// an event's and the place's word is a place there: a person's or a saint's name, a school or
// club named after a person, and an outlet named after no place give none.
const NOT_PLACES_IN_NAMES: [string, string, Entity[]][] = [
  ["The Nelson Mandela Society met in March. Mandela said little.", "Nelson", [{ id: "e1", start: 41, end: 48, text: "Mandela", type: "PERSON", actor: null, affiliation: null, rule: "test" }]],
  ["She sang with the St. James Choral Society on Sunday.", "James", []],
  ["The House Energy and Commerce Committee held a hearing.", "Commerce", []],
  ["He coached at Graham Middle School for a decade.", "Graham", []],
  ["The book came out from Princeton University Press in May.", "Princeton", []],
  ["The host, Anderson Cooper and Fox News anchors asked the questions.", "Anderson", []],
  ["A spokesman for Al Jazeera declined to comment.", "Al", []],
  ["She has been a member of the Midway Baptist Church since 1990.", "Midway", []],
  ["He worked for Turner Broadcasting for years.", "Turner", []],
];

for (const [text, word, entities] of NOT_PLACES_IN_NAMES) {
  test(`"${word}" is no place inside a name in "${text}"`, () => {
    assert.deepEqual(placesIn(text, entities).filter((p) => p.text.includes(word)).map((p) => p.text), []);
  });
}

test("an outlet's name without a place word is no place at all ('Reuters', 'Xinhua', 'Al Jazeera', 'Radio Free Europe')", () => {
  for (const text of ["Reuters and Xinhua carried the report.", "Al Jazeera aired the footage on Monday."]) {
    const x = extractArticle(article(text), defaultResources());
    assert.deepEqual(x.places.map((p) => p.text), [], text);
  }
  // A common word inside an outlet's name is no place either, though its place word is one.
  const rfe = extractArticle(article("Radio Free Europe reported the arrests."), defaultResources());
  assert.deepEqual(rfe.places.map((p) => [p.text, p.rule]), [["Europe", IN_NAME_RULE]]);
});

test("hyphenated surnames, brands and lone all-capital words are not places", () => {
  const text = "Nina Webb-Lawton shops at Wal-Mart. The FBI said IS fighters used Al-Ahram reports. The MANSFIELD report was read.";
  assert.deepEqual(placesIn(text).map((p) => p.text), []);
});

test("a news outlet the actor lexicon knows is not a place, though towns share its name", () => {
  const text = "According to Xinhua, the ministry said 82 armoured vehicles were lost in the Kursk region.";
  const x = extractArticle(article(text, "2024-08-09"), defaultResources());
  assert.ok(x.entities.some((e) => e.text === "Xinhua" && e.actor === "Xinhua"), "Xinhua is the outlet");
  assert.deepEqual(x.places.filter((p) => p.text === "Xinhua").map((p) => p.name), []);
  assert.ok(x.places.some((p) => p.name === "Kursk Oblast"));
});

test("an all-capital two-letter word is a region only when it names one", () => {
  const hits = placesIn("The IT department and the HR team moved to a new floor.").map((p) => p.text);
  assert.deepEqual(hits, []);
});

test("a person's surname used alone later is that person, not a town; a qualified one is the town", () => {
  const person = (text: string, name: string): Entity => {
    const start = text.indexOf(name);
    return { id: "e1", start, end: start + name.length, text: name, type: "PERSON", actor: null, affiliation: null, rule: "test" };
  };
  const alone = "Coach Maria Lincoln praised the team. Lincoln said the season was long.";
  assert.deepEqual(placesIn(alone, [person(alone, "Maria Lincoln")]).map((p) => p.text), []);
  const qualified = "Senator Ann Jackson spoke on Monday. Later Jackson, Tenn., held a parade.";
  const town = placesIn(qualified, [person(qualified, "Ann Jackson")]).find((p) => p.text === "Jackson");
  assert.equal(town?.admin1, "Tennessee");
});

test("a small town's name seen as the surname after a first name is that person throughout", () => {
  const text = "The producer Kevin Trapani grew up near Boston. Later Trapani said the film was finished.";
  assert.deepEqual(placesIn(text).filter((p) => p.precision !== "relative").map((p) => p.text), ["Boston"]);
  const org = "Members of StandUp DeKalb met on Monday. DeKalb voters approved the levy.";
  assert.ok(placesIn(org).some((p) => p.text === "DeKalb"));
});

test("a one-word name the entity layer takes for a person ('Baker said') is that person throughout the article", () => {
  const text = "Baker, a retired teacher, said the fair drew large crowds this year. Baker said she would come back next summer.";
  const x = extractArticle(article(text, "2024-05-02"), defaultResources());
  assert.deepEqual(x.places.map((p) => p.text), []);
  // Qualified by its state, the town is still a place.
  const qualified = extractArticle(article("Baker said she grew up in Baker, La., before moving away.", "2024-05-02"), defaultResources());
  assert.ok(qualified.places.some((p) => p.text === "Baker" && p.admin1 === "Louisiana"));
});

test("a given name shared with a place, before a surname, is a person throughout; after 'in' it stays a place", () => {
  const skater = "Ten-year-old Victoria Marsh laced her skates. Victoria trains every morning, said her mother Anne Marsh. She competed in Victoria last year.";
  const places = placesIn(skater).filter((p) => p.precision !== "relative");
  assert.deepEqual(places.map((p) => [p.text, skater.slice(p.start - 3, p.start)]), [["Victoria", "in "]]);
  assert.deepEqual(placesIn("The driver, Georgia K. Holt, 64, was not hurt.").map((p) => p.text), []);
  assert.deepEqual(placesIn("Chad Okafor scored twice. Okafor said the team played well.").map((p) => p.text), []);
});

test("a given name before an institution's name, a longer name or an abbreviation stays a place", () => {
  const firm = "Storms cut Georgia Power lines overnight. Georgia Power crews worked all day.";
  assert.equal(placesIn(firm).filter((p) => p.text === "Georgia").length, 2);
  const agency = "Inspectors from the Georgia Wildlife Resources Division visited the farm owned by Mark Wildlife.";
  assert.ok(placesIn(agency).some((p) => p.text === "Georgia"));
  const township = "Trustees of Jackson Twp. met on Monday; Lake Twp. officials joined them.";
  assert.ok(placesIn(township).some((p) => p.text === "Jackson"));
});

test("a county's or state's road lies in it: the area stays a place ('Douglas County Road 4', 'Ohio Turnpike')", () => {
  assert.ok(placesIn("Crews repaved Douglas County Road 4 in Minnesota last week.").some((p) => p.text === "Douglas County" && p.precision === "admin2"));
  assert.ok(placesIn("Tolls rise on the Ohio Turnpike in July.").some((p) => p.text === "Ohio" && p.precision === "admin1"));
});

test("a surname's town is still a place where a region qualifies it ('Jones, Oklahoma')", () => {
  assert.ok(placesIn("Police arrested Jason Terrell Jones on Monday. He grew up in Jones, Oklahoma.").some((p) => p.text === "Jones" && p.country === "US"));
});

test("a small town's name the text also writes in lower case is still a place after 'in' ('in Reserve')", () => {
  assert.ok(placesIn("Flooding hit homes in Reserve on Monday; the reserve of sandbags ran low.").some((p) => p.text === "Reserve" && p.country === "US"));
});

test("a bare city name is not read as its province, nor a dateline as a region, nor a list of cities as regions", () => {
  const cases: [string, string][] = [
    ["Air defences fired over Isfahan overnight.", "Isfahan"],
    ["KANDAHAR, May 2 (Wire) - A car bomb killed four people.", "KANDAHAR"],
    ["Missiles hit Tabriz, Isfahan and Shiraz.", "Isfahan"],
    ["Isfahan - Residents heard three blasts.", "Isfahan"],
    ["Dubai's state media showed the damaged tower.", "Dubai"],
    ["Isfahan state television said the fire was out.", "Isfahan"],
  ];
  for (const [text, name] of cases) assert.notEqual(placeAt(placesIn(text), name)?.precision, "admin1", text);
});

test("a sentence's first word that names only small towns and stands nowhere else inside a sentence is a common word", () => {
  const none = (text: string): void => assert.deepEqual(placesIn(text).map((p) => p.text), [], text);
  none("Storms crossed the county. Rain fell all night and crews worked until dawn.");
  none("The debate ran late. Economy dominated it.");
  // The same word inside a sentence elsewhere makes it a place; so does the text's first word (a headline's).
  const rain = placesIn("Storms crossed the region. Rain is a small town on the Lech. The mayor of Rain said the river rose.").filter((p) => p.text === "Rain");
  assert.equal(rain.length, 2);
  assert.equal(placesIn("Haslett students raised money on Friday.")[0]?.text, "Haslett");
});
