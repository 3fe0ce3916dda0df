// Things that must not come out as (new, happened) events.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventAt, eventsOf } from "./helpers.js";

const triggers = (text: string): string[] => eventsOf(text).map((e) => e.trigger.text);

test("plain reporting verbs are claims, not events", () => {
  assert.deepEqual(triggers("The ministry said on Monday that the situation was stable."), []);
  assert.deepEqual(triggers("Officials told reporters the figures were preliminary."), []);
});

test("a noun naming an earlier event is not a new one", () => {
  assert.deepEqual(triggers("Prices have doubled since the start of the attack."), []);
  assert.deepEqual(triggers("Many families have left the area after the invasion."), []);
  // A past battle named only as a date-line is history, not news.
  assert.deepEqual(triggers("The square is named after a World War Two battle."), []);
});

test("possible future talks are not talks that happened", () => {
  const events = eventsOf("Diplomats discussed the possibility of possible future talks.").filter((e) => e.trigger.text === "talks");
  for (const e of events) assert.notEqual(e.modality, "asserted");
  const planned = eventsOf("A planned offensive was postponed.").filter((e) => e.trigger.text === "offensive");
  for (const e of planned) assert.notEqual(e.modality, "asserted");
});

test("nouns that only modify another noun", () => {
  assert.deepEqual(triggers("Aid workers and emergency services were overwhelmed."), []);
  assert.deepEqual(triggers("The strike drones are made in Iran."), []);
});

test("adjectival participles", () => {
  assert.deepEqual(triggers("The occupied territories are home to two million people."), []);
  assert.deepEqual(triggers("The wounded were taken to hospital."), []);
});

test("verbs that need an object of the right kind", () => {
  // "destroyed" is an interception only with aircraft, drones or missiles after it.
  for (const e of eventsOf("The fire destroyed three houses.")) assert.notEqual(e.mode, "interception");
  // "launched" is an attack only with a weapon after it.
  assert.deepEqual(triggers("The company launched a new phone."), []);
  assert.deepEqual(triggers("He left the meeting early."), []);
});

test("one main event per clause: nouns yield to the clause's verb", () => {
  assert.deepEqual(triggers("Russian troops attacked the village during the offensive."), ["attacked"]);
});

test("capitalised trigger words inside a sentence are names", () => {
  assert.deepEqual(triggers("He works for Strike Capital in London."), []);
});

test("the words before an infinitive's 'to' are never its actor", () => {
  const expel = eventsOf("Weeks of shelling have so far failed to expel the defenders.").find((e) => e.trigger.text === "expel");
  assert.ok(expel, "expel is an event");
  assert.ok(expel.actor === null || !/failed|far/.test(expel.actor), `actor ${expel.actor}`);
  const capture = eventsOf("Russian troops tried to capture the village.").find((e) => e.trigger.text === "capture");
  assert.equal(capture?.actor, "Russia", "a named subject still acts");
});

test("a noun trigger's target needs a preposition, and an adverb is never a target", () => {
  const targetOf = (text: string, trigger: string): string | null | undefined => eventsOf(text).find((e) => e.trigger.text === trigger)?.target;
  assert.equal(targetOf("The shelling continued through the night.", "shelling"), null, "the verb after a noun is no target");
  assert.equal(targetOf("The bombardment intensified after midnight.", "bombardment"), null);
  assert.notEqual(targetOf("Ukrainian troops were advancing deeper into the region.", "advancing"), "deeper");
  assert.ok(targetOf("The shelling of Kharkiv continued.", "shelling") !== undefined, "the event is still found");
});

test("a sentence opening on a verb-like noun is not an imperative", () => {
  // "Pressure" heads the subject; the verb reading gave a REQUEST whose target was "mounts".
  assert.deepEqual(eventsOf("Pressure mounts on the government after the vote.").filter((e) => e.type === "REQUEST"), []);
  assert.deepEqual(eventsOf("Pressure grew on ministers to resign.").filter((e) => e.type === "REQUEST"), []);
  // With an object right after, the verb reading stays.
  assert.equal(eventsOf("Pressure Moscow to withdraw, the envoy told allies.").filter((e) => e.type === "REQUEST").length, 1);
});

test("destroying what a weapon word modifies is no interception", () => {
  const modeOf = (text: string): string | null | undefined => eventsOf(text).find((e) => e.trigger.text === "destroyed")?.mode;
  assert.notEqual(modeOf("The army said it had destroyed a third of the missile launchers in the west."), "interception");
  assert.notEqual(modeOf("Jets destroyed a drone factory near the border."), "interception");
  // The weapon itself still is.
  assert.equal(modeOf("Air defences destroyed 40 drones over the region."), "interception");
  assert.equal(modeOf("The army destroyed 12 missiles aimed at the port."), "interception");
});

test("a warning is a threat only when what is threatened follows it: 'warned it was a moment of risk' is none", () => {
  assert.ok(!eventsOf("The president warned it was a moment of risk and uncertainty.").some((e) => e.type === "THREATEN"));
  assert.ok(eventsOf("The president warned of a crushing response.").some((e) => e.type === "THREATEN"));
  assert.ok(eventsOf("The minister warned that the army would respond.").some((e) => e.type === "THREATEN"));
});

test("a base verb form between an article's adjective and a noun modifies the noun: 'a local rescue group' is no rescue", () => {
  for (const text of ["Nine people died, according to a local rescue group.", "He was moved to a jail facility.", "Fans filled the other tour venues."]) {
    assert.deepEqual(eventsOf(text).map((e) => e.trigger.text), [], text);
  }
  // A plural subject, an -s form or a form that is also the past keeps the verb reading.
  assert.ok(eventsOf("The rebels attack the town every night.").some((e) => e.type === "ASSAULT"));
  assert.ok(eventsOf("The army rescues trapped civilians.").some((e) => e.mode === "evacuation"));
  assert.ok(eventsOf("The drone hit residential buildings in Kharkiv.").some((e) => e.type === "ASSAULT"));
});

test("a target never starts with the next clause's verb: 'a soldier who surrendered told the BBC' has no target", () => {
  for (const [text, trigger] of [["A conscript who surrendered told the BBC that morale was collapsing.", "surrendered"], ["The Kharkiv shooting came hours after the vote.", "shooting"], ["The new offensive began on Monday.", "offensive"]]) {
    assert.equal(eventAt(eventsOf(text), trigger).target, null, text);
  }
  assert.equal(eventAt(eventsOf("The brigade surrendered the town to the rebels."), "surrendered").target, "town");
});

test("a participle closing a quoted list of adjectives describes the noun after it; a quoted verb stays a verb", () => {
  const events = eventsOf('The army said it had begun "limited, localised and targeted" ground raids in the south.');
  assert.deepEqual(events.map((e) => e.trigger.text), ["raids"]);
  assert.ok(eventsOf('The ministry "firmly rejected" claims of a massacre.').some((e) => e.type === "REJECT"));
});

test("after a preposition a base form that needs an object is a noun: 'in exchange for prisoners', 'under fire' are no events", () => {
  assert.deepEqual(eventsOf("Hamas would free 33 hostages in exchange for hundreds of Palestinian prisoners.").filter((e) => e.mode === "prisoner exchange"), []);
  assert.deepEqual(eventsOf("The minister came under fire from his own party.").map((e) => e.trigger.text), []);
  // "to" opens an infinitive, which stays a verb.
  assert.ok(eventsOf("Ukraine and Russia agreed to exchange 95 prisoners.").some((e) => e.mode === "prisoner exchange"));
});
