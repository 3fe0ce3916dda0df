// Events from hand-written conflict-news sentences: type and mode, actor and target, claim, time,
// place, figures, negation and modality.
import assert from "node:assert/strict";
import { test } from "node:test";
import { DATE, eventAt, eventsOf, extractionOf } from "./helpers.js";

test("an interception reported by a claim: actor is the speaker, target the drones", () => {
  const text = "Russia said it had destroyed 117 Ukrainian drones overnight.";
  const x = extractionOf(text);
  const e = eventAt(x.events, "destroyed");
  assert.equal(e.type, "ASSAULT");
  assert.equal(e.mode, "interception");
  assert.equal(e.actor, "Russia");
  assert.equal(e.target, "Ukraine");
  assert.equal(e.target_span?.text, "Ukrainian drones");
  const claim = x.claims.find((c) => c.id === e.claim);
  assert.ok(claim, "tied to the claim that reports it");
  assert.equal(claim.source.text, "Russia");
  assert.equal(e.negated, false);
  assert.equal(e.modality, "asserted");
  const figure = x.figures[e.figures[0]];
  assert.equal(figure?.value, 117);
});

test("a drone strike in the outlet's own voice", () => {
  const e = eventAt(eventsOf("Ukrainian drones struck Russian air bases."), "struck");
  assert.equal(e.type, "ASSAULT");
  assert.equal(e.mode, "drone");
  assert.equal(e.actor, "Ukraine");
  assert.equal(e.target, "Russia");
  assert.equal(e.claim, null);
});

test("a state of emergency takes the time stated in its clause", () => {
  const e = eventAt(eventsOf("The governor declared a state of emergency on Wednesday.", "2024-08-16"), "state of emergency");
  assert.equal(e.mode, "emergency");
  assert.equal(e.time, "2024-08-14");
  assert.equal(e.actor_span?.text.toLowerCase().includes("governor"), true);
  assert.equal(e.claim, null, "the declaration is the act itself, not a report of another event");
});

test("an evacuation carries the figure of people", () => {
  const x = extractionOf("More than 76,000 people were evacuated from the Kursk region.");
  const e = eventAt(x.events, "evacuated");
  assert.equal(e.mode, "evacuation");
  assert.equal(e.place, "Kursk Oblast");
  assert.deepEqual(e.figures.map((i) => x.figures[i].value), [76000]);
  assert.equal(e.target, "people");
});

test("a prisoner exchange brokered by a third country", () => {
  const events = eventsOf("115 Russian prisoners were exchanged in a deal brokered by the United Arab Emirates.");
  const e = eventAt(events, "exchanged");
  assert.equal(e.type, "AGREE");
  assert.equal(e.mode, "prisoner exchange");
  assert.equal(e.target, "Russia");
  assert.notEqual(e.actor, "United Arab Emirates", "the broker did not swap prisoners");
  const broker = eventAt(events, "brokered");
  assert.equal(broker.actor, "United Arab Emirates");
  assert.equal(events.some((v) => v.trigger.text === "deal"), false, "one main event per clause: the noun 'deal' is not another");
});

test("a passive takes its actor from the by-phrase", () => {
  const e = eventAt(eventsOf("Two missiles were shot down by Ukrainian air defences over Kyiv."), "shot down");
  assert.equal(e.mode, "interception");
  assert.equal(e.actor, "Ukraine");
  assert.equal(e.target, "missiles");
  assert.equal(e.place, "Kyiv");
});

test("an accusation is an event, and what it alleges is tied to it", () => {
  const x = extractionOf("Russia accused Ukraine of shelling the power plant.");
  const accused = eventAt(x.events, "accused");
  assert.equal(accused.type, "ACCUSE");
  assert.equal(accused.actor, "Russia");
  assert.equal(accused.target, "Ukraine");
  assert.equal(accused.claim, null);
  const shelling = eventAt(x.events, "shelling");
  assert.equal(shelling.type, "ASSAULT");
  assert.equal(shelling.mode, "shelling");
  assert.ok(shelling.claim, "the shelling is only what Russia alleges");
});

test("a participial clause shares the subject, time and place of the clause before it", () => {
  const events = eventsOf("Russian missiles struck Kharkiv on Monday, killing five people.");
  const killing = eventAt(events, "killing");
  assert.equal(killing.mode, "casualties");
  assert.equal(killing.actor, "Russia");
  assert.equal(killing.time, "2024-08-12");
  assert.equal(killing.place, "Kharkiv");
});

test("a light verb carries the noun's event", () => {
  const e = eventAt(eventsOf("Ukraine launched an offensive into the Kursk region on Aug. 6."), "offensive");
  assert.equal(e.type, "ASSAULT");
  assert.equal(e.mode, "advance");
  assert.equal(e.actor, "Ukraine");
  assert.equal(e.time, "2024-08-06");
});

test("negation is marked, not dropped", () => {
  const e = eventAt(eventsOf("Russian forces did not attack the city."), "attack");
  assert.equal(e.type, "ASSAULT");
  assert.equal(e.negated, true);
});

test("modality: possible, future, threat", () => {
  assert.equal(eventAt(eventsOf("Russia may strike Kyiv again."), "strike").modality, "possible");
  assert.equal(eventAt(eventsOf("The army will withdraw from the town."), "withdraw").modality, "future");
  const events = eventsOf("Moscow threatened to strike Kyiv.");
  assert.equal(eventAt(events, "threatened").type, "THREATEN");
  const strike = eventAt(events, "strike");
  assert.equal(strike.modality, "threat");
  assert.equal(strike.actor, "Russia");
  assert.equal(strike.target, "Ukraine");
});

test("a perfect infinitive tells of the past: 'claimed to have downed' is no plan", () => {
  assert.equal(eventAt(eventsOf("The army claimed to have downed 11 drones over the port."), "downed").modality, "asserted");
  assert.equal(eventAt(eventsOf("Marines were said to have breached the mine fields."), "breached").modality, "asserted");
  assert.equal(eventAt(eventsOf("The army plans to breach the mine fields."), "breach").modality, "future");
});

test("what a request asks for has not happened: 'called for a ceasefire'", () => {
  const asked = eventsOf("The foreign minister called for an immediate ceasefire on Sunday.");
  assert.equal(eventAt(asked, "ceasefire").modality, "future");
  // Past a preposition the noun is what the request is about: the evacuations are going on.
  assert.equal(eventAt(eventsOf("Aid groups urged a halt to the evacuations."), "evacuations").modality, "asserted");
  assert.equal(eventAt(eventsOf("The governor demanded an inquiry into the shelling."), "inquiry").modality, "future");
  // Not a request: the agreed ceasefire is reported as done.
  assert.equal(eventAt(eventsOf("The army said an immediate ceasefire had taken hold."), "ceasefire").modality, "asserted");
});

test("a stated intention is also a promise or a threat; a negated one a refusal", () => {
  const promise = eventsOf("Germany will send more air defence systems to Ukraine.");
  assert.equal(eventAt(promise, "will").type, "AGREE");
  assert.equal(eventAt(promise, "send").modality, "future");
  assert.equal(eventAt(eventsOf("The navy would blockade the port."), "would").type, "THREATEN");
  const refusal = eventsOf("Kyiv said it would not accept the proposal.");
  assert.equal(eventAt(refusal, "not").type, "REJECT");
  assert.equal(eventAt(refusal, "not").actor, "Ukraine");
});

test("a demand made in reported speech", () => {
  const e = eventAt(eventsOf("Russia said on Tuesday that Sudan must return the helicopter."), "must");
  assert.equal(e.type, "REQUEST");
  assert.equal(e.actor, "Russia");
  assert.equal(e.target, "Sudan");
});

test("events without a stated date take the claim's or the article's date", () => {
  const e = eventAt(eventsOf("Ukrainian troops captured the village."), "captured");
  assert.equal(e.mode, "capture");
  assert.equal(e.time, DATE);
});

test("events are in text order with sequential ids", () => {
  const events = eventsOf("Russia attacked Kyiv. Ukraine shot down 20 drones. Officials met in Geneva.");
  assert.deepEqual(events.map((e) => e.id), events.map((_, i) => `v${i + 1}`));
  for (let i = 1; i < events.length; i++) assert.ok(events[i - 1].trigger.start < events[i].trigger.start);
});

test("a possessive before an event noun is its actor, and not its place", () => {
  const [e] = eventsOf("Kyiv's counteroffensive in the south stalled, officials said.").filter((x) => x.trigger.text === "counteroffensive");
  assert.equal(e?.actor, "Ukraine");
  assert.notEqual(e?.place, "Kyiv");
  assert.equal(eventsOf("Russia's offensive near Pokrovsk slowed.").find((x) => x.trigger.text === "offensive")?.actor, "Russia");
});

test("a target phrase stops before the clause's verb", () => {
  assert.equal(eventsOf("Ukraine's incursion into the Kursk region continued.").find((x) => x.trigger.text === "incursion")?.target, "Kursk region");
  assert.equal(eventsOf("Russian troops shelled the village occupied by Ukrainian forces.").find((x) => x.trigger.text === "shelled")?.target, "village");
  // Before a noun an -ed word is an adjective, and after a determiner a noun: both stay.
  assert.equal(eventsOf("Drones struck the occupied territories.").find((x) => x.trigger.text === "struck")?.target, "occupied territories");
  assert.equal(eventsOf("Russia attacked the wounded in Kharkiv.").find((x) => x.trigger.text === "attacked")?.target, "wounded");
});

test("a clause opened by ', and' takes its own subject, not the conjunction", () => {
  const e = eventAt(eventsOf("The shelling went on all night, and more than 3,000 residents fled the town."), "fled");
  assert.equal(e.actor, "residents");
  // Two nouns joined by "and" stay one phrase.
  const joined = eventAt(eventsOf("An exchange of prisoners between Armenia and Azerbaijan was brokered by Qatar."), "brokered");
  assert.notEqual(joined.target, "Azerbaijan");
});

test("a target ends where a relative place begins", () => {
  const e = eventAt(eventsOf("The army said its units captured three villages north of the river."), "captured");
  assert.equal(e.target_span?.text, "villages");
});

test("'his forces' in a spokesman's claim are the body he speaks for, not the spokesman", () => {
  const e = eventAt(eventsOf("Hamas spokesman Abu Obeida said his fighters had destroyed three tanks."), "destroyed");
  assert.equal(e.actor, "Hamas");
  const own = eventAt(eventsOf("Dmitry Peskov said his troops had shelled the bridge."), "shelled");
  assert.equal(own.actor, "Dmitry Peskov", "with no body named, the speaker stands for his side");
});

test("an amount before the target is its figure, whatever words it is made of", () => {
  for (const amount of ["more than 40", "about 30", "up to 20", "at least 12", "nearly 300"]) {
    const e = eventAt(eventsOf(`Artillery fire killed ${amount} villagers.`), "killed");
    assert.equal(e.target, "villagers", amount);
  }
});

test("what is fired at a target is the means; the target follows 'at', 'toward', 'into'", () => {
  const barrage = eventAt(eventsOf("The militia fired a barrage of rockets at an airfield in the north."), "fired");
  assert.equal(barrage.target, "airfield");
  const both = eventAt(eventsOf("Moscow launched 46 drones and three missiles at Odesa overnight."), "launched");
  assert.equal(both.target_span?.text, "Odesa");
  // An interception's target is what it brought down, even when it was heading somewhere.
  const downed = eventAt(eventsOf("Air defences shot down 20 drones heading toward the capital."), "shot down");
  assert.equal(downed.target, "drones");
});

test("a weapon named after an amount and adjectives still makes 'fired' and 'launched' strikes", () => {
  for (const text of [
    "The militia fired more than 30 ballistic missiles at the port overnight.",
    "Moscow launched at least 120 long-range attack drones at the capital.",
    "The army fired dozens of heavy artillery shells into the town.",
  ]) {
    const strikes = eventsOf(text).filter((e) => e.type === "ASSAULT");
    assert.equal(strikes.length, 1, text);
  }
  // Without a weapon among the words after the amount, "fired" is a dismissal, no strike.
  assert.equal(eventsOf("The president fired more than 30 senior officials of the missile programme.").filter((e) => e.mode === "strike").length, 0);
});

test("a munition is never the actor: a later sentence's barrage or missiles act for the attack's launcher", () => {
  const events = eventsOf("The militia fired more than 30 rockets at the port overnight. The barrage damaged two warehouses, and several rockets hit a fuel depot.");
  assert.equal(eventAt(events, "damaged").actor, "militia");
  assert.equal(eventAt(events, "hit").actor, "militia");
  // With no attack before it to take the launcher from, a munition leaves the actor unknown.
  assert.equal(eventAt(eventsOf("A missile hit a supermarket in the city centre."), "hit").actor, null);
  // "hit" is its own participle: "was hit by" is a passive, whose subject is the target.
  const passive = eventAt(eventsOf("A hospital was hit by artillery fire from the militia."), "hit");
  assert.equal(passive.target, "hospital");
  assert.notEqual(passive.actor, "hospital");
});

test("unnamed air defences in a side's report are that side's", () => {
  assert.equal(eventAt(eventsOf("Ukraine's air force said air defences shot down 40 of 60 drones."), "shot down").actor, "Ukrainian Air Force");
  assert.equal(eventAt(eventsOf("Iranian officials said air defences shot down three drones over the city."), "shot down").actor, "Iran");
  // A witness belongs to no side: the defences stay unnamed.
  assert.match(eventAt(eventsOf("Air defences shot down 20 drones, a witness said."), "shot down").actor ?? "", /air defences/i);
});

test("an act aimed at a named party takes it as target when its object is a thing or an infinitive", () => {
  assert.equal(eventAt(eventsOf("The council agreed to provide emergency funding for Moldova."), "agreed").target, "Moldova");
  assert.equal(eventAt(eventsOf("The government lifted its ban on the Red Crescent."), "lifted").target, "Red Crescent");
  // A named object stays the target; a strike keeps what it hit, not where.
  assert.equal(eventAt(eventsOf("Poland offered Ukraine more ammunition for its artillery."), "offered").target, "Ukraine");
  assert.equal(eventAt(eventsOf("Drones struck an oil depot near Moscow."), "struck").target, "oil depot");
  assert.equal(eventAt(eventsOf("The envoy offered to negotiate with the president of Azerbaijan."), "offered").target, "Azerbaijan");
  // Another purpose is another act: "and to" ends the search.
  for (const e of eventsOf("The deal aims to ease tensions at sea and to slow the advance of Russian forces.")) assert.notEqual(e.target, "Russia");
  // Another clause's predicate ends the search: the broadcast is no party of the meeting.
  for (const e of eventsOf("The leaders met on Monday, and the meeting was broadcast on Russian television.")) assert.notEqual(e.target, "Russia");
});

test("a speech act whose cue opens on an auxiliary is still the speaker's act", () => {
  const e = eventAt(eventsOf("The ministry has apologized to Georgia for the border incident."), "apologized");
  assert.equal(e.rule.endsWith("/cue"), true);
  assert.equal(e.target, "Georgia");
});

test("a time between the subject and the verb, or after a noun trigger, hides neither", () => {
  assert.equal(eventAt(eventsOf("The World Bank on Monday gave Moldova a loan of 50 million dollars."), "gave").actor, "World Bank");
  const talks = eventsOf("Armenia and Azerbaijan resumed negotiations today on their border.");
  assert.equal(eventAt(talks, "negotiations").type, "CONSULT");
});

test("cooperation, ties and handovers of aid are events of their kinds", () => {
  const typeOf = (text: string, trigger: string): string => eventAt(eventsOf(text), trigger).type;
  assert.equal(typeOf("Georgia extradited two suspects to Armenia.", "extradited"), "COOPERATE");
  assert.equal(typeOf("The agencies shared intelligence with their Polish counterparts.", "shared"), "COOPERATE");
  assert.equal(typeOf("Qatar and Bahrain restored diplomatic relations in April.", "restored"), "SUPPORT");
  assert.equal(typeOf("Volunteers handed over two tonnes of medicine to the hospital.", "handed over"), "AID");
  assert.equal(typeOf("Japan sent a team of 40 rescuers to the port.", "sent"), "AID");
  // Without such an object the verbs report nothing.
  assert.equal(eventsOf("Fans shared photos of the match.").length, 0);
  assert.equal(eventsOf("The museum restored the old ceiling.").length, 0);
});

test("a natural hazard strikes no one: earthquakes, storms and floods are no attacks", () => {
  assert.equal(eventsOf("A 6.8-magnitude earthquake struck the region on Friday.").filter((e) => e.type === "ASSAULT").length, 0);
  assert.equal(eventsOf("The cyclone hit the coast, killing 14 fishermen.").filter((e) => e.type === "ASSAULT").length, 0);
  assert.equal(eventsOf("Dozens of homes were destroyed by the floods.").filter((e) => e.type === "ASSAULT").length, 0);
  // A missile named after a storm, or a storm of drones, is an attack.
  assert.equal(eventAt(eventsOf("Storm Shadow missiles struck a command post near Kherson."), "struck").type, "ASSAULT");
  assert.equal(eventAt(eventsOf("A storm of drones hit the port overnight."), "hit").type, "ASSAULT");
  // The attack on a building the quake had damaged is still one.
  assert.equal(eventAt(eventsOf("Missiles struck a school that an earthquake had damaged."), "struck").type, "ASSAULT");
});

test("a country after a preposition and an adjective is where, not who", () => {
  const e = eventAt(eventsOf("In southern Lebanon, Israeli troops shelled two villages."), "shelled");
  assert.equal(e.actor, "Israel");
});

test("a verb coordinated without a subject of its own shares the sentence's last actor", () => {
  const events = eventsOf("The governor declared a state of emergency in three districts, and appealed for international aid.");
  assert.equal(eventAt(events, "appealed").actor, eventAt(events, "state of emergency").actor);
  assert.equal(eventAt(eventsOf("The army shelled Kharkiv and then captured the bridge."), "captured").actor, "army");
  // Two subjects joined by "and" are no coordinated verb.
  assert.equal(eventAt(eventsOf("Armenia and Azerbaijan exchanged prisoners."), "exchanged").actor, "Armenia");
});

test("a partitive count before a passive is its target ('40 of 60 drones had been shot down')", () => {
  assert.equal(eventAt(eventsOf("The air force said 40 of 60 drones had been shot down."), "shot down").target, "drones");
});

test("a clause resumed after ', which ...,' keeps its subject and leaves the relative clause's time behind", () => {
  const e = eventAt(eventsOf("The siege, which began in March 2023, has killed hundreds of residents."), "killed");
  assert.equal(e.actor, "siege");
  assert.equal(e.time, DATE, "not the siege's start");
  const captured = eventAt(eventsOf("Russian forces, who crossed the river on Monday, captured the village.", "2024-08-14"), "captured");
  assert.equal(captured.actor, "Russia");
  assert.equal(captured.time, "2024-08-14");
});

test("a place after 'by' is the agent, not where the event happened", () => {
  const e = eventAt(eventsOf("Air defences shot down 20 drones launched by Russia."), "shot down");
  assert.equal(e.place, null);
});

test("what is given or offered is the means; the target is who receives it, after 'to'", () => {
  const sent = eventAt(eventsOf("Norway will send medical supplies and food to Gaza."), "send");
  assert.equal(sent.type, "AID");
  assert.equal(sent.target_span?.text, "Gaza");
  // Without a recipient the object stays the target.
  const plain = eventAt(eventsOf("Norway will send medical supplies."), "send");
  assert.equal(plain.target_span?.text, "medical supplies");
});

test("a call, an offer or a withdrawal names the party the event is about after 'of', 'from' or 'by'", () => {
  const rejected = eventAt(eventsOf("Kyiv rejected an offer from Moscow."), "rejected");
  assert.equal(rejected.target, "Russia");
  const demanded = eventAt(eventsOf("The council demanded the withdrawal of Serbian forces."), "demanded");
  assert.equal(demanded.target, "Serbia");
  // Any other noun keeps the object as the target.
  const plain = eventAt(eventsOf("Kyiv rejected the terms of the deal."), "rejected");
  assert.equal(plain.target_span?.text, "terms");
});

test("a participle clause's doer is the previous clause's event's, named or not", () => {
  const events = eventsOf("The shelling hit a market, killing 12 people.");
  assert.equal(eventAt(events, "killing").actor, eventAt(events, "hit").actor);
  const named = eventsOf("Russian shelling hit a market, killing 12 people.");
  assert.equal(eventAt(named, "killing").actor, "Russia");
  // The -ing subject of "hit" is no verb with "hit a market" for its object.
  for (const e of named) assert.notEqual(e.target, "hit a market");
  for (const e of eventsOf("Residents said fighting continued on the eastern outskirts.")) assert.notEqual(e.target, "continued");
  // Before a bare noun the participle is an adjective: the looting goes on, nothing is abandoned.
  const looting = eventsOf("Soldiers were seen looting abandoned homes.");
  assert.deepEqual(looting.map((e) => e.trigger.text), ["looting"]);
  assert.equal(looting[0]!.target, "abandoned homes");
});

test("an attack named as a noun stands for its launcher and points at what follows 'on'", () => {
  const events = eventsOf("Sudan's army launched air strikes on three towns near Omdurman. The strikes killed 12 people, medics said.");
  const strikes = eventAt(events, "air strikes");
  assert.equal(strikes.actor, "Sudanese Armed Forces");
  assert.equal(strikes.target_span?.text, "towns");
  const killed = eventAt(events, "killed");
  assert.equal(killed.actor, "Sudanese Armed Forces", "'the strikes' are the army's");
  // Without an earlier attack to stand for, the attack noun is no actor.
  assert.equal(eventAt(eventsOf("The raids destroyed two bridges."), "destroyed").actor, null);
});

test("a subject opening with 'no' or 'none of' denies the act", () => {
  const events = eventsOf("The army said no bridges had been hit. None of the shells struck the dam.");
  assert.equal(eventAt(events, "hit").negated, true);
  assert.equal(eventAt(events, "struck").negated, true);
  assert.equal(eventAt(eventsOf("No drones damaged the port."), "damaged").negated, true);
  assert.equal(eventAt(eventsOf("Two drones damaged the port."), "damaged").negated, false);
});

test("a casualty told after an attack noun happened where that attack did; another attack's target is no place", () => {
  const events = eventsOf("Sudan's army launched air strikes on three towns in Darfur. The strikes killed 12 people, medics said.");
  assert.equal(eventAt(events, "killed").place, "Darfur");
  const aimed = eventAt(eventsOf("The army said it had targeted depots used to plan attacks on Chad."), "targeted");
  assert.equal(aimed.target_span?.text, "depots");
  assert.equal(aimed.place, null, "'attacks on Chad' names another attack's target");
  assert.equal(eventAt(eventsOf('The army said it had targeted "rebel hideouts" overnight.'), "targeted").target_span?.text, "rebel hideouts");
});

test("'as' opens a clause when a short subject and a verb follow it", () => {
  const events = eventsOf("Sudanese drones hit a fuel depot as the African Union suspended the talks.");
  assert.equal(eventAt(events, "suspended").actor, "African Union");
  // "named ... as the two villages its forces had taken": a role, not a clause.
  const named = eventsOf("Russian forces retook two villages, the ministry said, naming Borki and Olgovka as the two villages its troops had retaken.");
  assert.notEqual(eventAt(named, "retook").actor, null);
});

test("a clause opened by 'after' has its own subject: 'two days after U.S. bombers struck'", () => {
  const text = "A truce between Armenia and Azerbaijan held on Tuesday, two days after Russian bombers struck three bridges.";
  const e = eventAt(eventsOf(text), "struck");
  assert.equal(e.actor, "Russia");
  assert.equal(e.actor_span?.text, "Russian bombers");
});

test("after a comma too, and 'since' with a day dates the clause before it", () => {
  const text = "Officials said 140 people had been killed since Azerbaijan launched its offensive on Friday.";
  const x = extractionOf(text, "2025-06-24");
  assert.equal(eventAt(x.events, "offensive").actor, "Azerbaijan");
  assert.equal(eventAt(x.events, "killed").time, "2025-06-20");
  const held = eventAt(eventsOf("The ceasefire held on Tuesday, after Azerbaijani drones hit two depots."), "hit");
  assert.equal(held.actor, "Azerbaijan");
});

test("'after' before a noun or a participle opens no clause", () => {
  // "after the Paris attacks and growing concern": 'attacks' is a noun; "after being attacked" has no subject.
  const x = extractionOf("In 2019, a guard in Gyumri was killed after being attacked.", "2024-03-01");
  const e = eventAt(x.events, "attacked");
  assert.equal(e.place, "Gyumri", "the clause keeps the place of the sentence");
  assert.equal(e.time, "2019");
});

test("a country owning a named group places it: the group acts ('Lebanon's Hezbollah fired')", () => {
  const fired = eventAt(eventsOf("Lebanon's Hezbollah fired 40 rockets at northern Israel on Friday."), "fired");
  assert.equal(fired.actor, "Hezbollah");
  const killed = eventAt(eventsOf("Sudan's paramilitary Rapid Support Forces killed at least 40 villagers on Friday."), "killed");
  assert.equal(killed.actor, "Rapid Support Forces");
  assert.notEqual(killed.place, "Sudan");
  // A country owning a common noun, or a group inside a prepositional phrase, leaves the country acting.
  assert.equal(eventAt(eventsOf("Ukraine's army shelled the town on Friday."), "shelled").actor, "Ukraine");
  assert.equal(eventAt(eventsOf("Israel's strikes on Hezbollah positions killed 12 people on Friday."), "killed").actor, "Israel");
});

test("'and 52 of them were shot down' after a launch: the drones, brought down by the teller's side, that night", () => {
  const x = extractionOf("Georgia's interior ministry said Russia fired 40 drones overnight, and 31 of them were shot down.", "2025-03-05");
  const down = eventAt(x.events, "shot down");
  assert.equal(down.target_span?.text, "drones");
  assert.equal(down.actor, "Georgia");
  assert.equal(down.time, "2025-03-04");
  // What was brought down is the speaker's own: no actor made up.
  const own = eventAt(eventsOf("Moldova said its transport plane was shot down on Tuesday."), "shot down");
  assert.equal(own.actor, null);
});

test("a clause after 'and' takes the day of the clause before it, but not a saying's day or another tense", () => {
  const x = extractionOf("Troops shelled the village on Friday, and nine houses were destroyed.", "2025-03-05");
  assert.equal(eventAt(x.events, "destroyed").time, "2025-02-28");
  // The day is when it was said; "has" is not that past.
  const said = extractionOf('"We will fight," the commander said on Friday, and rebels attacked a convoy.', "2025-03-05");
  assert.equal(eventAt(said.events, "attacked").time, "2025-03-05");
  const perfect = extractionOf("Rebels attacked the base on Friday, and the army has shelled their positions.", "2025-03-05");
  assert.equal(eventAt(perfect.events, "shelled").time, "2025-03-05");
  // A year before "and" is often a noun's ("the crash of 2008"), not the clause's.
  const year = extractionOf("The region never recovered from the drought of 2011, and gunmen attacked the market.", "2025-03-05");
  assert.equal(eventAt(year.events, "attacked").time, "2025-03-05");
});

test("a sentence-opening -ing noun before a present verb: 'Fighting rages in the east'", () => {
  const e = eventAt(eventsOf("Fighting rages in the east of the country."), "Fighting");
  assert.equal(e.type, "ASSAULT");
  assert.equal(e.target, null);
  // A name before an -s verb is no event ("Ban believes ..."), and an -ing verb before a plural noun keeps its object.
  assert.ok(!eventsOf("Ban believes the vote will pass.").some((v) => v.trigger.text === "Ban"));
  assert.equal(eventAt(eventsOf("Fighting insurgents in the north, the army lost 40 soldiers."), "Fighting").target, "insurgents");
});

test("'attacks of the war': a conflict or a period after 'of' is no target; 'its attacks' are the subject's", () => {
  assert.equal(eventAt(eventsOf("It was one of the deadliest attacks of the war, officials said."), "attacks").target, null);
  assert.equal(eventAt(eventsOf("It was the third attack of the militia on the depot."), "attack").target, "militia");
  const its = eventAt(eventsOf("Iran would halt its attacks if Israel stopped first, the minister said."), "attacks");
  assert.equal(its.actor, "Iran");
  assert.notEqual(its.place, "Iran");
});

test("'pressed ahead' is an advance, not a request; 'pressed on why' stays a request", () => {
  assert.ok(!eventsOf("Russian forces pressed ahead toward the town on Monday.").some((v) => v.type === "REQUEST"));
  assert.equal(eventAt(eventsOf("Reporters pressed the minister to explain the delay."), "pressed").type, "REQUEST");
});

test("a two-word light verb carries its noun ('carried out 350 strikes'); a participle after a claim's content takes its actor", () => {
  const x = extractionOf("Jordan said its air force had carried out 40 strikes in the south, hitting two depots.", "2025-03-05");
  assert.equal(eventAt(x.events, "strikes").actor, "Jordan");
  assert.equal(eventAt(x.events, "hitting").actor, "Jordan");
  assert.equal(eventAt(eventsOf("Gunmen carried out an attack on the convoy."), "attack").actor_span?.text, "Gunmen");
  // Without its particle the word is no light verb: "carried 40 wounded" is no event of the noun's.
  assert.ok(!eventsOf("The trucks carried aid to the camps.").some((v) => v.trigger.text === "aid" && v.actor === "trucks"));
});

test("munitions with no launch told: the teller's when aimed at the other side, nobody's otherwise", () => {
  assert.equal(eventAt(eventsOf("Armenia said rockets struck Azerbaijani positions on Monday."), "struck").actor, "Armenia");
  // Aimed at the teller's own side, or at no side, they are not the teller's.
  assert.equal(eventAt(eventsOf("Armenia said rockets struck Armenian villages on Monday."), "struck").actor, null);
  assert.equal(eventAt(eventsOf("Armenia said rockets struck a depot on Monday."), "struck").actor, null);
  // An interception told before is no launch: who shot drones down did not fire the ones that hit.
  const x = extractionOf("Enemy forces fired 20 drones at the city, of which 12 were shot down, Armenia said. The drones damaged a depot.");
  assert.notEqual(eventAt(x.events, "damaged").actor, "Armenia");
});

test("a demonym before a non-state group names the group, not the state ('Syrian rebels', 'Palestinian militants')", () => {
  assert.equal(eventAt(eventsOf("Libyan rebels seized the airport on Sunday."), "seized").actor, "Libyan rebels");
  assert.equal(eventAt(eventsOf("Kenya said Somali militants attacked a police post."), "attacked").actor, "Somali militants");
  assert.equal(eventAt(eventsOf("The army struck Malian jihadists near the border."), "struck").target, "Malian jihadists");
  // A demonym before a state's forces is the state.
  assert.equal(eventAt(eventsOf("Malian soldiers shelled the town."), "shelled").actor, "Mali");
});

test("a light verb before an amount and its noun: 'carried out more than 300 strikes'", () => {
  assert.equal(eventAt(eventsOf("Jordan said its jets had carried out more than 300 strikes in the south."), "strikes").actor, "Jordan");
});

test("an event named as a noun takes the date its predicate gives, past an interruption ('The offensive, led by ..., began on Nov. 27')", () => {
  assert.equal(eventAt(eventsOf("The offensive, led by a rebel coalition (the SDF), began on Nov. 27 in the north.", "2024-12-09"), "offensive").time, "2024-11-27");
  assert.equal(eventAt(eventsOf("The incursion, which began on Aug. 6, has stalled.", "2024-08-20"), "incursion").time, "2024-08-06");
  // A date the predicate gives for something else is not when the event began.
  assert.equal(eventAt(eventsOf("The offensive, which stalled on Nov. 27, is over.", "2024-12-11"), "offensive").time, "2024-12-11");
});

test("'took Aleppo', 'took the village of ...' are captures; 'took Kyiv three weeks', 'took part', 'took to the streets' are not", () => {
  const aleppo = eventAt(eventsOf("Rebels took Aleppo within four days."), "took");
  assert.deepEqual([aleppo.type, aleppo.mode, aleppo.target], ["ASSAULT", "capture", "Aleppo"]);
  assert.equal(eventAt(eventsOf("Russian forces took the village on Monday."), "took").mode, "capture");
  for (const text of ["It took Kyiv three weeks to respond.", "The news took Moscow by surprise.", "Protesters took to the streets of Kharkiv.", "Ukraine took part in the talks in Geneva."]) {
    assert.ok(!eventsOf(text).some((e) => e.mode === "capture"), text);
  }
});

test("'the offensive, led by X': the participle of leading names the noun event's actor", () => {
  // (The Tigray Defence Forces are the TPLF's forces: the actor is its canonical name.)
  assert.equal(eventAt(eventsOf("The offensive, led by the Tigray Defence Forces, began on Monday."), "offensive").actor, "Tigray People's Liberation Front");
  // "launched in August" names no one.
  assert.equal(eventAt(eventsOf("The offensive, launched in August, stalled."), "offensive").actor, null);
});

test("a capture happens at the town taken, not the country around it; 'the town of X' is the target", () => {
  const rsf = eventAt(eventsOf("The paramilitary said it had taken full control of Kassala, the army's last stronghold in eastern Sudan."), "taken full control");
  assert.deepEqual([rsf.mode, rsf.target, rsf.place], ["capture", "Kassala", "Kassala"]);
  const town = eventAt(eventsOf("Ukrainian troops seized the town of Sudzha in Russia's Kursk region."), "seized");
  assert.deepEqual([town.target, town.place], ["town of Sudzha", "Sudzha"]);
  // A finer place in the clause still wins over the target's country ("struck Ukraine's grid in Kharkiv").
  assert.equal(eventAt(eventsOf("Russian missiles struck Ukraine's power grid in Kharkiv on Monday."), "struck").place, "Kharkiv");
  // "of" after a settlement word joins only a place: "the town of despair" stays "town".
  assert.equal(eventAt(eventsOf("Soldiers captured the town of despair, the governor wrote."), "captured").target, "town");
});

test("'in Yemen's northern Saada province': the event happens in the place the country owns", () => {
  assert.equal(eventAt(eventsOf("Air strikes killed 68 people in Yemen's northern Saada province."), "killed").place, "Saada Governorate");
  assert.equal(eventAt(eventsOf("Two missiles were shot down over Russia's Belgorod region overnight."), "shot down").place, "Belgorod Oblast");
  // Not a place of another country, further on in the sentence.
  assert.equal(eventAt(eventsOf("Shelling killed two people in Ukraine's east, not far from the border with Russia's Belgorod region."), "killed").place, "Ukraine");
});

test("'Goma fell to the M23 rebels': a capture of the place before, by the party after", () => {
  const goma = eventAt(eventsOf("Goma fell to the M23 rebels on Monday."), "fell to");
  assert.deepEqual([goma.type, goma.mode, goma.actor, goma.target, goma.place], ["ASSAULT", "capture", "M23", "Goma", "Goma"]);
  const town = eventAt(eventsOf("After weeks of fighting, the eastern town had fallen to Russian forces."), "fallen to");
  assert.deepEqual([town.mode, town.actor], ["capture", "Russia"]);
  // Not a place taken: an amount, a level, or a place that is not the subject.
  for (const text of ["Oil prices fell to 60 dollars.", "The rouble fell to its lowest level.", "Plans to rebuild Libya largely fell to the wayside."]) {
    assert.ok(!eventsOf(text).some((e) => e.mode === "capture"), text);
  }
});

test("'peacekeepers from South Africa were killed': where they came from is not where it happened", () => {
  assert.equal(eventAt(eventsOf("Three peacekeepers from South Africa were killed near the airport."), "killed").place, null);
  // After the verb, "from" names the place left.
  assert.equal(eventAt(eventsOf("The army withdrew its troops from Kherson."), "withdrew").place, "Kherson");
});

test("a teller with an apposition and no resolved actor is named by the name, not the whole phrase", () => {
  const group = eventAt(eventsOf("the northern shield brigade, one of the oldest armed groups in the hills, said it had captured the town of Hpapun."), "captured");
  assert.equal(group.actor, "the northern shield brigade");
  const lawyer = eventAt(eventsOf("A lawyer for the villagers, Daw Aye Mya, said they would appeal the ruling."), "appeal");
  assert.equal(lawyer.actor, "Daw Aye Mya");
});
