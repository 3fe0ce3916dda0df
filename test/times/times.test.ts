import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { daysInMonth, isValidDate } from "../../src/core/times/calendar.js";
import { timeOf, timesIn } from "./helpers.js";

// Reference article date for every case below unless stated: Wednesday 2024-08-14 (ISO week 33).
const value = (text: string, phrase: string, date?: string): string => timeOf(text, phrase, date).value;

describe("weekdays follow the tense of their clause", () => {
  it("past tense points back, to the report day itself for its own weekday", () => {
    assert.equal(value("Russia said on Wednesday it had shot down the drones.", "Wednesday"), "2024-08-14");
    assert.equal(value("Putin said on Monday that the incursion was a provocation.", "Monday"), "2024-08-12");
    assert.equal(value("The convoy was hit on Friday near the border.", "Friday"), "2024-08-09");
  });
  it("future tense points forward", () => {
    assert.equal(value("The two ministers will meet on Monday in Geneva.", "Monday"), "2024-08-19");
    assert.equal(value("Talks are due to resume on Friday, officials said.", "Friday"), "2024-08-16");
  });
  it("each weekday in a sentence takes the nearest verb", () => {
    const times = timesIn("Kyiv said on Monday that the delegation will arrive on Thursday.");
    assert.deepEqual(times.map((t) => t.value), ["2024-08-12", "2024-08-15"]);
  });
  it("a timetable verb in the present points forward; its bare form takes the tense before it", () => {
    assert.equal(value("The truce expires on Friday, officials said.", "Friday"), "2024-08-16");
    assert.equal(value("The session resumes on Monday in Geneva.", "Monday"), "2024-08-19");
    assert.equal(value("The offer had been scheduled to expire Friday.", "Friday"), "2024-08-09");
  });

  it("'would' after a past saying points forward; 'would have' and a day owning a thing do not", () => {
    assert.equal(value("The mediator said the ceasefire would take effect on Sunday.", "Sunday"), "2024-08-18");
    assert.equal(value("Officials said the convoy would leave for Kherson Friday.", "Friday"), "2024-08-16");
    assert.equal(value("The vote would have been held on Monday had the sirens not sounded.", "Monday"), "2024-08-12");
    assert.equal(value("Lawyers said they would challenge Monday's ruling.", "Monday"), "2024-08-12");
  });
  it("'next to' is a place, not a cue for the future", () => {
    assert.equal(value("A drone struck a depot next to the railway station on Friday.", "Friday"), "2024-08-09");
  });
  it("'is to' and 'are to' plan ahead", () => {
    assert.equal(value("The delegation is to arrive in Ankara on Monday.", "Monday"), "2024-08-19");
    assert.equal(value("Both sides are to exchange prisoners Saturday.", "Saturday"), "2024-08-17");
  });
  it("a participle after 'remain' or 'stay' takes the tense before it", () => {
    assert.equal(value("The crossing will remain closed until Thursday.", "Thursday", "2024-08-16"), "2024-08-22");
    assert.equal(value("Schools will stay closed until Monday.", "Monday"), "2024-08-19");
  });
  it("a date something was put off until lies ahead", () => {
    assert.equal(value("Officials postponed until Monday any decision on the exchange.", "Monday"), "2024-08-19");
    assert.equal(value("The court adjourned the hearing to Friday.", "Friday"), "2024-08-16");
    assert.equal(value("The crossing was closed until Monday.", "Monday"), "2024-08-12");
  });
  it("last and next fix the direction", () => {
    assert.equal(value("Officials met last Wednesday.", "last Wednesday"), "2024-08-07");
    assert.equal(value("They talk next Wednesday.", "next Wednesday"), "2024-08-21");
    assert.equal(value("The envoy spoke this past Friday.", "this past Friday"), "2024-08-09");
  });
  it("keeps a part of day and reads plurals as sets", () => {
    const night = timeOf("Shelling resumed on Tuesday night.", "Tuesday night");
    assert.equal(night.value, "2024-08-13TNI");
    assert.equal(night.type, "TIME");
    const set = timeOf("The market opens on Sundays.", "Sundays");
    assert.deepEqual([set.value, set.type], ["XXXX-WXX-7", "SET"]);
  });
});

describe("explicit dates", () => {
  it("reads month-day forms and infers the year from the article date", () => {
    assert.equal(value("The assault began on Aug. 6 near Sudzha.", "Aug. 6"), "2024-08-06");
    assert.equal(value("The assault began on August 6.", "August 6"), "2024-08-06");
    assert.equal(value("The vote is set for Sept. 5.", "Sept. 5"), "2024-09-05");
  });
  it("uses a stated year over the article's", () => {
    assert.equal(value("It was signed on Aug. 6, 2021.", "Aug. 6, 2021"), "2021-08-06");
    assert.equal(value("It was signed on 6 August 2019 in Minsk.", "6 August 2019"), "2019-08-06");
    assert.equal(value("Filed 2023-11-02 by the ministry.", "2023-11-02"), "2023-11-02");
  });
  it("a month late in the year seen from January is last year's in a past-tense clause", () => {
    assert.equal(value("The bridge was damaged on Dec. 29.", "Dec. 29", "2025-01-10"), "2024-12-29");
    assert.equal(value("Elections will be held on Jan. 3.", "Jan. 3", "2024-12-20"), "2025-01-03");
  });
  it("an untensed month up to four months ahead of the report is the coming one", () => {
    assert.equal(value("The bank's program pays down the loan by February.", "February", "2024-10-28"), "2025-02");
    assert.equal(value("The grain deal covers shipments in March.", "March", "2024-12-05"), "2025-03");
    assert.equal(value("The grain deal covers shipments in June.", "June", "2024-12-05"), "2024-06");
  });
  it("a month joined to early-, mid- or late-", () => {
    assert.equal(value("The late-June offensive stalled.", "late-June"), "2024-06");
    assert.equal(value("An early-July ceasefire collapsed.", "early-July"), "2024-07");
  });
  it("a month and day with last, next or this", () => {
    assert.equal(value("The commander was last seen alive last Oct. 23 in Donetsk.", "last Oct. 23"), "2023-10-23");
    assert.equal(value("The treaty lapses next Aug. 2.", "next Aug. 2"), "2025-08-02");
    assert.equal(value("The vote is set for this Sept. 1.", "this Sept. 1"), "2024-09-01");
  });
  it("the week of a date is that date's ISO week", () => {
    const t = timeOf("The tribunal will sit the week of Sept. 9 in The Hague.", "the week of Sept. 9");
    assert.deepEqual([t.value, t.granularity], ["2024-W37", "week"]);
  });
  it("months and month-years", () => {
    assert.equal(value("The offensive stalled in June.", "June"), "2024-06");
    assert.equal(value("Fighting eased in August 2023.", "August 2023"), "2023-08");
    assert.equal(value("It happened last December.", "last December"), "2023-12");
    const earlyHours = timeOf("Troops crossed in the early hours of Aug. 6.", "the early hours of Aug. 6");
    assert.ok(earlyHours.value.startsWith("2024-08-06"), earlyHours.value);
  });
});

describe("years and decades", () => {
  it("reads years after prepositions and before singular nouns", () => {
    assert.equal(value("The village was razed in 1943.", "1943"), "1943");
    assert.equal(value("Ukraine's 2023 counteroffensive failed to break through.", "2023"), "2023");
    assert.equal(value("Russia invaded in 2022 and troops have stayed.", "2022"), "2022");
    assert.equal(value("Security was tightened before the 2024 Olympics opened.", "2024"), "2024");
  });
  it("a year before a spaced dash, a spoken year before a name, a century without 'the'", () => {
    assert.equal(value("The plant was sold in 1994 -- a year after the ceasefire.", "1994"), "1994");
    assert.equal(value("In nineteen ninety-one Kravchuk was elected.", "nineteen ninety-one"), "1991");
    assert.equal(value("Shells hit a 12th-century monastery.", "12th-century"), "11");
  });
  it("reads decades", () => {
    const decade = timeOf("The pipeline dates from the 1990s.", "the 1990s");
    assert.deepEqual([decade.value, decade.granularity], ["199", "decade"]);
  });
});

describe("times relative to the report", () => {
  it("names days", () => {
    assert.equal(value("The mayor spoke today.", "today"), "2024-08-14");
    assert.equal(value("The mayor spoke yesterday.", "yesterday"), "2024-08-13");
    assert.equal(value("The mayor speaks tomorrow.", "tomorrow"), "2024-08-15");
    assert.equal(value("Air defences were active overnight.", "overnight"), "2024-08-13TNI");
    assert.equal(value("Sirens sounded this morning.", "this morning"), "2024-08-14TMO");
  });
  it("'overnight into Friday' is dated by the day it names, not the report's last night", () => {
    const times = timesIn("Jets struck the depot overnight into Friday, officials said.");
    assert.deepEqual(times.map((t) => [t.text, t.value]), [["Friday", "2024-08-09"]]);
  });
  it("'today's' before an event is still the report's day", () => {
    assert.equal(value("Today's talks in Doha ended without a deal.", "Today"), "2024-08-14");
    assert.equal(value("Today's Kremlin statement was brief.", "Today"), "2024-08-14");
  });
  it("names weeks, months and years", () => {
    assert.equal(value("Fighting intensified last week.", "last week"), "2024-W32");
    assert.equal(value("Fighting intensified this week.", "this week"), "2024-W33");
    assert.equal(value("A summit is planned for next week.", "next week"), "2024-W34");
    assert.equal(value("Prices rose last month.", "last month"), "2024-07");
    assert.equal(value("Prices rose this year.", "this year"), "2024");
    assert.equal(value("Prices rose last year.", "last year"), "2023");
    assert.equal(value("Prices rose in June last year.", "June last year"), "2023-06");
  });
  it("'during the last quarter' names the unit before the report's; 'the past year' and 'over the last year' are spans", () => {
    const year = timeOf("Drone attacks on refineries rose sharply in the past year.", "the past year");
    assert.deepEqual([year.value, year.type], ["P1Y", "DURATION"]);
    assert.equal(value("Output fell during the last quarter.", "the last quarter"), "2024-Q2");
    assert.equal(value("Exports shrank in the last year.", "the last year"), "2023");
    assert.equal(value("The front barely moved in the past decade.", "the past decade"), "P10Y");
    const span = timeOf("Food prices have doubled over the past year.", "the past year");
    assert.deepEqual([span.value, span.type], ["P1Y", "DURATION"]);
    assert.equal(value("The town has been shelled daily for the last week.", "the last week"), "P1W");
  });
  it("counts back with ago, at the unit's granularity", () => {
    assert.equal(value("The strike came two days ago.", "two days ago"), "2024-08-12");
    assert.equal(value("The strike came three weeks ago.", "three weeks ago"), "2024-W30");
    assert.equal(value("The strike came five years ago.", "five years ago"), "2019");
  });
  it("counts from the time mentioned before", () => {
    const times = timesIn("The dam was hit on March 3, 2022. A week earlier, the town had fallen.");
    assert.equal(times[1].text, "A week earlier");
    assert.equal(times[1].value, "2022-W08");
    assert.equal(value("They met on Aug. 2 and signed the day after.", "the day after"), "2024-08-03");
  });
  it("'later that day', 'that year', 'the same week' take the unit of the time mentioned before", () => {
    const times = timesIn("The dam was hit on June 6, 2023. Later that day, the water reached Kherson.");
    assert.deepEqual([times[1].text, times[1].value], ["Later that day", "2023-06-06"]);
    assert.equal(timesIn("Mariupol fell in May 2022. Grain exports collapsed that year.")[1].value, "2022");
    assert.equal(timesIn("Talks opened on Aug. 2 and a prisoner swap followed the same week.")[1].value, "2024-W31");
  });
  it("'earlier in the week' is the week of the time before; 'this past weekend' the one just gone", () => {
    const times = timesIn("Talks opened on Aug. 2. Earlier in the week, drones hit Kursk.");
    assert.deepEqual([times[1].text, times[1].value], ["the week", "2024-W31"]);
    assert.equal(value("This past weekend, protesters marched in Tbilisi.", "This past weekend"), "2024-W32-WE");
  });
  it("'that day' after a month alone leaves the day unknown", () => {
    assert.equal(timesIn("The bridge was hit in March. On that day, traffic stopped.")[1].value, "2024-03-XX");
  });
  it("a generic 'that day' is no time", () => {
    assert.deepEqual(timesIn("Sellers who panicked lost money that day and the next.").map((t) => t.text), []);
  });
  it("a day counted from a month or year only is counted from the last day named instead", () => {
    const coarse = timesIn("The plant opened in 1986. The day before, the minister visited.", "2024-08-14");
    assert.equal(coarse[1].value, "2024-08-13");
  });
  it("'the day before' a named day counts from that day", () => {
    const times = timesIn("The day before last Tuesday's vote, drones hit the grid.");
    assert.deepEqual(times.map((t) => [t.text, t.value]), [["The day before last Tuesday", "2024-08-12"]]);
  });
  it("'by the end of the month' is the month in the story (else the report's); 'the end of the day' is left alone", () => {
    assert.equal(value("The army hopes to take the town by the end of the month.", "the end of the month"), "2024-08");
    assert.equal(timesIn("In March the ministry said the bridge would reopen by the end of the month.")[1].value, "2024-03");
    assert.deepEqual(timesIn("At the end of the day, both sides need a deal.").map((t) => t.text), []);
  });
  it("'the previous Friday', 'the following Monday' count from the day named last", () => {
    const times = timesIn("Shares closed Friday, hit by overnight losses, down 4% from the previous Friday.");
    assert.deepEqual(times.filter((t) => t.text.includes("Friday")).map((t) => [t.text, t.value]), [["Friday", "2024-08-09"], ["the previous Friday", "2024-08-02"]]);
    assert.equal(timesIn("On July 2 the army said it would attack the following Monday.")[1].value, "2024-07-08");
    // Without its article "following" means "after": the weekday is read on its own.
    assert.deepEqual(timesIn("Following Monday's strike, the city was dark.").map((t) => [t.text, t.value]), [["Monday", "2024-08-12"]]);
  });
  it("an apposition after a day names that day again", () => {
    const times = timesIn("The dam held until Aug. 10, the day before the storm reached it.");
    assert.deepEqual(times.map((t) => t.value), ["2024-08-10", "2024-08-10"]);
    assert.equal(timesIn("The convoy arrived on Aug. 10, three days later than planned.")[1].value, "2024-08-10");
    assert.equal(timesIn("Troops left on Aug. 10. The day before, they had mined the bridge.")[1].value, "2024-08-09");
  });
  it("keeps vague times deictic", () => {
    assert.equal(value("The drone boom of recent years changed the front.", "recent years"), "PAST_REF");
    assert.equal(value("The front is now quiet.", "now"), "PRESENT_REF");
    assert.equal(value("Shelling has recently intensified.", "recently"), "PAST_REF");
    assert.equal(value("Officials are worried about the future.", "the future"), "FUTURE_REF");
    assert.equal(value("Prosecutors may soon seek an indictment.", "soon"), "FUTURE_REF");
    assert.equal(value("Kyiv hopes it will one day join the alliance.", "one day"), "FUTURE_REF");
    assert.equal(value("The checkpoint was closed for one day.", "one day"), "P1D");
    assert.equal(value("The bridge was shelled a few years ago.", "a few years ago"), "PAST_REF");
    const later = timeOf("The town fell on Aug. 2. A few days later, the army withdrew.", "A few days");
    assert.deepEqual([later.value, later.type], ["PXD", "DURATION"]);
  });
  it("'in recent months', 'in the coming weeks' are stretches of unstated length", () => {
    const recent = timeOf("Attacks have grown in recent months.", "recent months");
    assert.deepEqual([recent.value, recent.type], ["PXM", "DURATION"]);
    assert.equal(value("More aid will arrive in the coming weeks.", "the coming weeks"), "PXW");
    assert.equal(value("Shelling has eased over recent days.", "recent days"), "PXD");
  });
  it("quarters written in short", () => {
    assert.equal(value("Arms exports rose in Q3 2023.", "Q3 2023"), "2023-Q3");
    assert.equal(value("Grain shipments fell in Q4.", "Q4"), "2023-Q4");
    assert.equal(value("Deliveries resume in Q1-2025.", "Q1-2025"), "2025-Q1");
  });
  it("seasons and quarters", () => {
    assert.equal(value("An offensive is expected this summer.", "this summer"), "2024-SU");
    assert.equal(value("The town fell last winter.", "last winter"), "2023-WI");
    assert.equal(value("Exports fell in the third quarter.", "the third quarter"), "2024-Q3");
    assert.equal(value("Output fell in the first half of 2023.", "the first half of 2023"), "2023-H1");
  });
});

describe("durations and sets", () => {
  it("counted durations", () => {
    const cases: [string, string][] = [["two days", "P2D"], ["three weeks", "P3W"], ["six months", "P6M"], ["48 hours", "PT48H"], ["a decade", "P10Y"], ["twenty-four hours", "PT24H"]];
    for (const [phrase, expected] of cases) {
      const t = timeOf(`The siege lasted ${phrase} in all.`, phrase);
      assert.deepEqual([t.value, t.type], [expected, "DURATION"], phrase);
    }
    assert.equal(value("The ceasefire held over the past two months.", "the past two months"), "P2M");
  });
  it("a count with 'more' or 'additional' before its unit", () => {
    assert.equal(value("The ceasefire will hold for two more weeks.", "two more weeks"), "P2W");
    assert.equal(value("The mandate was extended for an additional year.", "an additional year"), "P1Y");
    assert.equal(value("Kyiv has five business days to reply.", "five business days"), "P5D");
  });
  it("hours and minutes before 'later' are a span; before 'ago', the report's day", () => {
    assert.equal(value("Just over an hour later, the second missile hit.", "over an hour"), "PT1H");
    assert.equal(value("A minute and a half later, the lights went out.", "A minute and a half"), "PT1M30S");
    assert.equal(value("Three hours ago, sirens sounded across the city.", "Three hours ago"), "2024-08-14");
  });
  it("vague durations after a span preposition", () => {
    assert.equal(value("The region has been contested for decades.", "decades"), "PXY");
    assert.equal(value("The worst attack in years.", "years"), "PXY");
  });
  it("'over the years', 'in the days ahead', 'in the months that followed' are vague spans", () => {
    assert.equal(value("Over the years, the town changed hands four times.", "the years"), "PXY");
    assert.equal(value("More strikes are expected in the days ahead.", "the days ahead"), "PXD");
    assert.equal(value("In the months that followed, the front froze.", "the months"), "PXM");
    assert.deepEqual(timesIn("Arrests rose in the weeks before the vote.").map((t) => t.text), []);
  });
  it("a counted unit as an adjective after 'the' leaves the article out", () => {
    const t = timeOf("The 24-hour ceasefire held until dawn.", "24-hour");
    assert.deepEqual([t.value, t.type], ["PT24H", "DURATION"]);
  });
  it("a unit joined to -long is a span of it: one, or an unstated number", () => {
    const t = timeOf("The talks ended a decades-long dispute over the border.", "decades-long");
    assert.deepEqual([t.value, t.type], ["PXY", "DURATION"]);
    assert.equal(value("Envoys emerged from a day-long meeting.", "day-long"), "P1D");
    assert.equal(value("A weeks-long siege ended.", "weeks-long"), "PXW");
    assert.equal(value("He returned after a several-year absence.", "several-year"), "PXY");
  });
  it("'by year-end' is the end of the report's year; 'since year-end', of the year before", () => {
    assert.equal(value("The army expects to finish the line by year-end.", "year-end"), "2024");
    assert.equal(value("The fund must be spent by year's end.", "year's end"), "2024");
    assert.equal(value("Prices have doubled since year-end.", "year-end"), "2023");
  });
  it("'each July' is a month of every year", () => {
    const t = timeOf("Pilgrims walk to the shrine each July.", "each July");
    assert.deepEqual([t.value, t.type], ["XXXX-07", "SET"]);
  });
  it("'every three months' is a set", () => {
    const t = timeOf("The council reviews the mandate every three months.", "every three months");
    assert.deepEqual([t.value, t.type], ["P3M", "SET"]);
    assert.equal(timeOf("Every few days, a drone reaches the city.", "Every few days").value, "PXD");
  });
  it("sets", () => {
    const daily = timeOf("Drones are launched daily.", "daily");
    assert.deepEqual([daily.value, daily.type], ["P1D", "SET"]);
    assert.equal(value("Convoys leave every week.", "every week"), "P1W");
    assert.equal(value("Officials brief twice a day.", "twice a day"), "P1D");
    assert.equal(value("Relatives gather daily outside the prison.", "daily"), "P1D");
  });
});

describe("clock times and ranges", () => {
  it("puts a clock time on the day beside it", () => {
    const t = timeOf("The blast came at 3 p.m. on Monday, police said.", "3 p.m. on Monday");
    assert.deepEqual([t.value, t.type], ["2024-08-12T15:00", "TIME"]);
    assert.equal(value("The curfew starts at 22:00 local time.", "22:00 local time"), "2024-08-14T22:00");
  });
  it("an hour with its part of day", () => {
    assert.equal(value("The convoy left at 4 in the morning.", "4 in the morning"), "2024-08-14T04:00");
    assert.equal(value("Shelling began at five o'clock in the afternoon.", "five o'clock in the afternoon"), "2024-08-14T17:00");
    assert.equal(value("The curfew starts at 10 at night.", "10 at night"), "2024-08-14T22:00");
    assert.equal(value("Sirens sounded at three o\u2019clock in the morning.", "three o\u2019clock in the morning"), "2024-08-14T03:00");
    // A count before the part of day is no hour: only "the morning" is a time here.
    const counted = timesIn("Two drones hit the city, one in the morning and one at night.");
    assert.deepEqual(counted.map((t) => [t.text, t.value]), [["the morning", "2024-08-14TMO"]]);
  });
  it("a part of day on its own goes on with the story's day", () => {
    assert.equal(value("Fighting continued until mid-morning.", "mid-morning"), "2024-08-14TMO");
    const times = timesIn("The strike hit Kharkiv on Monday. Rescuers arrived in the morning.");
    assert.deepEqual([times[1].text, times[1].value, times[1].type], ["the morning", "2024-08-12TMO", "TIME"]);
    assert.equal(value("Shares fell at mid-afternoon yesterday.", "mid-afternoon yesterday"), "2024-08-13TAF");
    assert.equal(value("He was detained in the morning of Aug. 6.", "the morning of Aug. 6"), "2024-08-06TMO");
  });
  it("marks the start of a since-range and both ends of a between-range", () => {
    const since = timeOf("More than 100 settlements have been taken since the start of the attack on Aug. 6.", "Aug. 6");
    assert.deepEqual([since.value, since.begin], ["2024-08-06", "2024-08-06"]);
    const [from, to] = timesIn("Strikes were recorded between Aug. 1 and Aug. 9.");
    assert.deepEqual([from.begin, from.end_value, to.begin, to.end_value], ["2024-08-01", "2024-08-09", "2024-08-01", "2024-08-09"]);
  });
  it("reads the second day of a range written with its month once", () => {
    const [from, to] = timesIn("The summit will be held from Sept. 25 to 27 in Vienna.");
    assert.deepEqual([to.text, to.value, from.end_value], ["27", "2024-09-27", "2024-09-27"]);
    const withYear = timesIn("Talks on April 24 and 25, 2023 failed.");
    assert.deepEqual(withYear.map((t) => t.value), ["2023-04-24", "2023-04-25"]);
    assert.deepEqual(timesIn("On Aug. 6 and 7 soldiers were killed.").map((t) => t.text), ["Aug. 6"]);
  });
  it("extends over early/late modifiers without changing the value", () => {
    const t = timeOf("The plan was drafted in late July.", "late July");
    assert.equal(t.value, "2024-07");
  });
});

describe("output invariants", () => {
  const text =
    "date 2024-08-14. Russia said on Wednesday it destroyed 117 drones overnight. Two days ago, since Aug. 6, " +
    "in August 2024 and in the early hours of Aug. 7, last week and for decades, 48 hours later, daily at 3 p.m.";
  const times = timesIn(text);
  it("every span's text is the article text at its offsets", () => {
    assert.ok(times.length >= 8);
    for (const t of times) assert.equal(text.slice(t.start, t.end), t.text);
  });
  it("is sorted and non-overlapping, and every item names its rule", () => {
    for (let i = 1; i < times.length; i++) assert.ok(times[i].start >= times[i - 1].end, `${times[i - 1].text} / ${times[i].text}`);
    for (const t of times) assert.match(t.rule, /^[a-z]/);
  });
  it("a malformed article date gives no times and a diagnostic instead of a throw", () => {
    assert.deepEqual(timesIn("It happened on Monday.", "14/08/2024"), []);
  });
});

describe("phrases after \"the\" (the trigger table's after-words)", () => {
  const phrases = (space: string): string[] =>
    timesIn(
      `Talks resumed on Monday and ended the${space}next day. Prices rose over the${space}past two weeks, in the${space}summer, ` +
        `in the${space}first half of 2024, in the${space}near term, in the${space}1990s and in the${space}two-day talks.`,
    ).map((t) => `${t.text.replace(space, " ")}=${t.value}`);
  const expected = ["Monday=2024-08-12", "the next day=2024-08-13", "the past two weeks=P2W", "the summer=2024-SU", "the first half of 2024=2024-H1", "the near term=FUTURE_REF", "the 1990s=199", "two-day=P2D"];
  it("are found after a plain space", () => {
    assert.deepEqual(phrases(" "), expected);
  });
  it("are found after a space the tokenizer keeps as a token (an em space), which the patterns' \\s+ spans", () => {
    assert.deepEqual(phrases("\u2003"), expected);
  });
});

describe("reporting periods of financial reports", () => {
  const report =
    "Net income fell in the third quarter. Revenue in the quarter rose to $5 million from $4 million a year ago. " +
    "In the year-earlier quarter, the firm had a loss. Sales for the full year are expected to grow.";
  it("the quarter under discussion, and the same quarter a year before", () => {
    const times = timesIn(report, "2024-10-20");
    const byText = new Map(times.map((t) => [t.text, t.value]));
    assert.equal(byText.get("the third quarter"), "2024-Q3");
    assert.equal(byText.get("the quarter"), "2024-Q3");
    assert.equal(byText.get("a year ago"), "2023-Q3");
    assert.equal(byText.get("the year-earlier quarter"), "2023-Q3");
    assert.equal(byText.get("the full year"), "2024");
  });
  it("a quarter long past is history, not the quarter reported on", () => {
    const times = timesIn("The utility stopped its dividend in the third quarter of 2019. It reported third-quarter net of $8 million, up from $6 million a year ago.", "2024-10-20");
    assert.equal(times.find((t) => t.text === "a year ago")?.value, "2023-Q3");
  });
  it("a year ago with no quarter in sight stays a year", () => {
    assert.equal(value("The town fell a year ago.", "a year ago"), "2023");
  });
  it("the year ended on a date is a span", () => {
    const t = timeOf("The unit earned $2 million in the year ended March 31.", "the year");
    assert.deepEqual([t.value, t.type], ["P1Y", "DURATION"]);
  });
});

describe("more calendar phrases", () => {
  it("the weekend before or after the report, by tense", () => {
    assert.equal(value("Drones hit Kharkiv over the weekend, officials said.", "the weekend"), "2024-W32-WE");
    assert.equal(value("Talks will resume after the weekend.", "the weekend"), "2024-W33-WE");
  });
  it("fractional durations", () => {
    assert.equal(value("The siege lasted 2 1/2 years.", "2 1/2 years"), "P2Y6M");
    assert.equal(value("The shelling went on for two and a half hours.", "two and a half hours"), "PT2H30M");
  });
  it("spoken years and holidays", () => {
    assert.equal(value("The bridge was built in nineteen ninety-four.", "nineteen ninety-four"), "1994");
    assert.equal(value("The strike on Christmas Day killed two.", "Christmas Day", "2025-01-10"), "2024-12-25");
  });
  it("a UTC clock time carries the zone", () => {
    assert.equal(value("The launch came at 08:30 UTC.", "08:30 UTC"), "2024-08-14T08:30Z");
  });
  it("a word in -ed after the date is a weak cue: a verb before it decides", () => {
    assert.equal(value("Exports will recover in most regions by August in markets untouched by the sanctions.", "August", "2024-03-10"), "2024-08");
  });
  it("after an opening date, a verb in -ed is the clause's main verb", () => {
    assert.equal(value("In May, the ministry announced plans to rebuild the dam.", "May", "2024-12-20"), "2024-05");
  });
  it("an opening date looks past an apposition for its clause's verb", () => {
    const text = "In January, two weeks after the start of the long and bitter winter offensive on the northern front, a drone struck the plant.";
    assert.equal(value(text, "January", "2024-10-25"), "2024-01");
  });
  it("'is expected in', 'are scheduled for' point ahead", () => {
    assert.equal(value("A verdict is expected in December.", "December", "2024-03-10"), "2024-12");
    assert.equal(value("Both hearings are scheduled for Friday.", "Friday"), "2024-08-16");
  });
  it("a sentence-opening date takes the tense of the clause after its comma", () => {
    assert.equal(value("In January, the brigade retreated from the town.", "January", "2024-10-20"), "2024-01");
    assert.equal(value("The general will succeed him Feb. 1, the ministry said.", "Feb. 1", "2024-10-20"), "2025-02-01");
  });
});

describe("month lengths", () => {
  it("count leap years as the calendar does, and agree with Date wherever it is asked", () => {
    assert.equal(daysInMonth(2024, 2), 29);
    assert.equal(daysInMonth(2023, 2), 28);
    assert.equal(daysInMonth(1900, 2), 28);
    assert.equal(daysInMonth(2000, 2), 29);
    assert.equal(daysInMonth(2025, 4), 30);
    assert.equal(daysInMonth(2025, 12), 31);
    assert.ok(isValidDate(2024, 2, 29));
    assert.ok(!isValidDate(2023, 2, 29));
    assert.ok(!isValidDate(2025, 13, 1));
    const years = [-401, -400, -100, -4, -1, 0, 1, 4, 24, 99, 100, 400, 1899, 1900, 1996, 2000, 2023, 2024, 2100, 2400, 199_999, 200_001, 1.5, NaN];
    for (const year of years) {
      for (let month = -1; month <= 14; month++) {
        const viaDate = new Date(Date.UTC(year, month, 0)).getUTCDate();
        assert.equal(daysInMonth(year, month), viaDate, `${year}-${month}`);
      }
    }
  });
});
