// Things that look like times and are not (chrono's negative_cases habit).
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { timesIn } from "./helpers.js";

const texts = (text: string): string[] => timesIn(text).map((t) => t.text);

describe("not time expressions", () => {
  const cases: [string, string][] = [
    ["a war's name", "Veterans of World War Two marched in silence."],
    ["an aircraft model", "A Su-34 bomber was shot down."],
    ["a percentage", "Turnout was 12.53% in the region."],
    ["a thousands figure", "More than 1,000 people fled."],
    ["a count of things", "Russia said it destroyed 117 drones."],
    ["a four-digit count before a plural noun", "The army sent 2000 troops to the border."],
    ["a four-digit count after a quantity word", "There were about 1500 casualties."],
    ["may as a modal verb", "Residents may leave the city if the shelling continues."],
    ["March as a noun", "Thousands joined a march against the war."],
    ["May as a surname", "Theresa May spoke to reporters."],
    ["an age", "A 44-year-old man was wounded."],
    ["a fraction", "About three-quarters of the town was destroyed."],
    ["an ordinal 'a second'", "A second strike hit the same building."],
    ["an adjectival 'daily'", "The daily newspaper printed a list."],
    ["the fall of a city", "Analysts recalled the fall of Kabul."],
    ["a TV show title", "He told 60 Minutes about the attack."],
    ["an abbreviated month without a day", "The Jan report mentioned nothing."],
    ["an age with 'years old'", "The commander, 52 years old, was replaced."],
    ["a rate ('a month' after an amount)", "The plant makes 500 drones a month."],
    ["a programme title", "The minister spoke on \"This Week\" about the talks."],
    ["a spelled-out count", "Two thousand troops crossed the river."],
    ["'today's' as the present age", "In today's world, drones decide battles."],
    ["'today's' before a country", "Dissent is rare in today's Russia."],
    ["'soon' in a past narrative", "He was soon released, and the trickle soon became a flood."],
    ["a model name like a short quarter", "The Q1 tank was shown at the fair."],
    ["a part of day naming a thing", "Late evening prayers were held at the mosque."],
    ["'high noon' as a showdown", "For the rebels, high noon has come."],
    ["'year-end' as an adjective", "The ministry published its year-end report."],
    ["a rate with 'annually'", "Exports are expected to grow 8% annually."],
    ["a count with 'annually'", "The plant would build 500 drones annually."],
    ["'the day before' after 'later in'", "The envoy met the mayor later in the day before flying home."],
  ];
  for (const [name, text] of cases) {
    it(name, () => assert.deepEqual(texts(text), []));
  }

  it("a lower-case weekday or month is not a time", () => {
    assert.deepEqual(texts("They will march on and may regroup."), []);
  });
});
