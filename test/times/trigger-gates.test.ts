// The times layer runs a parser after a common trigger (a number, "a", "about", "once") only before
// a token its pattern can go on with (Parser.after, or a guard on the tokens). These cases are the
// token shapes those lists have to let through: each expression must still be found whole.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { timeOf, timesIn } from "./helpers.js";

describe("times after common triggers", () => {
  const found: [string, string, string][] = [
    ["a count and its unit", "The siege lasted a week before the town fell.", "a week"],
    ["a count hyphenated to its unit", "A 10-day truce began on the border.", "10-day"],
    ["a count, a space and a hyphen", "Residents waited through a 10 -day curfew.", "10 -day"],
    ["a couple of", "The talks stalled for a couple of weeks.", "a couple of weeks"],
    ["a few", "The convoy left a few hours ago.", "a few hours ago"],
    ["a count with a half", "The trial ran 2 1/2 years.", "2 1/2 years"],
    ["a count and a half", "The blockade lasted a month and a half.", "a month and a half"],
    ["a count with 'more'", "The mayor asked for three more days.", "three more days"],
    ["at least", "The ceasefire should hold at least two weeks.", "at least two weeks"],
    ["more than", "The dam was built more than a century ago.", "more than a century ago"],
    ["up to", "Repairs could take up to six months.", "up to six months"],
    ["a hedge before a count", "The shelling went on for about 20 hours.", "about 20 hours"],
    ["a hedge before a spelled count", "The crossing stayed shut for nearly twenty-four hours.", "nearly twenty-four hours"],
    ["'over' before a count", "Prices rose over two decades.", "over two decades"],
    ["a count's time from now", "Elections are due two years from now.", "two years from now"],
    ["a frequency with a number", "Patrols pass 3 times a day.", "3 times a day"],
    ["a frequency with a word", "The envoy called twice a week.", "twice a week"],
    ["a frequency with a spelled count", "The ferry sails four times per month.", "four times per month"],
    ["a day before a month", "Voting was held on 6 August.", "6 August"],
    ["an ordinal day of a month", "The bridge reopened on the 6th of August.", "6th of August"],
    ["a day before an abbreviated month", "The order was signed on 12 Sept. 2023.", "12 Sept. 2023"],
    ["an ISO date", "The report is dated 2024-08-06.", "2024-08-06"],
    ["a slashed date", "The decree of 8/6/2024 was annulled.", "8/6/2024"],
    ["a clock time with a colon", "The sirens sounded at 10:30.", "10:30"],
    ["a clock time with 'pm' glued on", "The strike came at 3pm.", "3pm"],
    ["a clock time with 'a.m.'", "The sirens sounded at 5 a.m.", "5 a.m."],
    ["a military time in GMT", "The deadline passed at 1500 GMT.", "1500 GMT"],
    ["a hedge before a clock time", "The blast was heard around 11 p.m.", "around 11 p.m."],
    ["a decade written with its s", "The dam was built in the 1950s.", "the 1950s"],
    ["a decade with an apostrophe", "The dam was built in the 1950's.", "the 1950's"],
    ["a decade written short", "The factory closed in the '90s.", "the '90s"],
  ];
  for (const [name, text, phrase] of found) {
    it(`finds ${name}: "${phrase}"`, () => {
      assert.equal(timeOf(text, phrase).text, phrase);
    });
  }

  it("finds nothing after the same triggers where no time follows", () => {
    for (const text of [
      "A convoy of 30 trucks crossed at least one checkpoint.",
      "More than 40 people were hurt, up to a dozen of them badly.",
      "About 20 villagers were evacuated once the shelling stopped.",
      "The report lists 12 names and 8 towns, 3 of them twice.",
    ]) assert.deepEqual(timesIn(text).map((t) => t.text), [], text);
  });
});
