// Things that must not come out as figures.
import assert from "node:assert/strict";
import { test } from "node:test";
import { figuresOf, timeOver } from "./helpers.js";

const none = (text: string, times = [] as ReturnType<typeof timeOver>[]): void => {
  const { figures } = figuresOf(text, times);
  assert.deepEqual(figures.map((f) => f.text), [], text);
};

test("names with numbers", () => {
  none("Veterans of World War Two marched.");
  none("An Su-34 bomber and a Tochka-U launcher were hit.");
  none("The 47th Brigade held the line.");
  none("Boeing 737 jets were grounded after Flight 17 was downed.");
});

test("years and dates", () => {
  none("The offensive began in 2022.");
  none("Since 2014 the war has changed; the 2023 counteroffensive stalled.");
  none("Talks were held on March 1, 2008.");
  none("The raid was on 6 August.");
});

test("a date the times layer holds", () => {
  const text = "Fighting has raged since Aug. 6 near the border.";
  none(text, [timeOver(text, "since Aug. 6", "2024-08-06")]);
});

test("times of day and phone numbers", () => {
  none("Sirens sounded at 10 a.m. and again at 12:30.");
  none("Call the hotline on +7 495 123-45-67 for help.");
});

test("pronoun one", () => {
  none("It is one of the world's biggest plants.");
  none("No one was hurt and they helped one another.");
});

test("a year ending a time is no range start; the number after it is read on its own", () => {
  const text = "The strikes brought the death toll since October 2023 to 43,374.";
  const { figures } = figuresOf(text, [timeOver(text, "October 2023", "2023-10")]);
  assert.deepEqual(figures.map((f) => [f.text, f.value]), [["43,374", 43374]]);
  // A range of years that is all one time gives no figure at all.
  const years = "Prices rose from 2021 to 2023.";
  none(years, [timeOver(years, "from 2021 to 2023", "P2Y")]);
});
