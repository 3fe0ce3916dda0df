import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { extractArticle } from "../../src/core/extract.js";
import type { Claim } from "../../src/core/types.js";
import { defaultResources } from "../../src/resources/index.js";
import { article } from "../helpers.js";

function claims(text: string, date = "2024-08-14"): Claim[] {
  return extractArticle(article(text, date), defaultResources()).claims;
}

function only(text: string): Claim {
  const found = claims(text);
  assert.equal(found.length, 1, `expected one claim in ${JSON.stringify(text)}, got ${found.map((c) => c.cue.text).join(", ")}`);
  return found[0];
}

describe("claim shapes", () => {
  it("subject, cue and a that-clause", () => {
    const c = only("The Pentagon said on Tuesday that two more brigades had been trained.");
    assert.equal(c.source.text, "The Pentagon");
    assert.equal(c.source.actor, "Pentagon");
    assert.equal(c.cue.text, "said");
    assert.equal(c.content.text, "that two more brigades had been trained");
  });

  it("keeps auxiliaries in the cue and types the claim verb as a hedge", () => {
    const c = only("Ukraine has claimed it holds the bridgehead.");
    assert.equal(c.cue.text, "has claimed");
    assert.deepEqual(c.hedges.map((h) => h.kind), ["claimed"]);
  });

  it("quote first, source after, with the channel", () => {
    const c = only('"We will not retreat," Syrskyi said in a video posted on Telegram.');
    assert.equal(c.source.actor, "Oleksandr Syrskyi");
    assert.equal(c.content.text, '"We will not retreat,"');
    assert.equal(c.channel?.kind, "video");
  });

  it("inverted: cue before a named source", () => {
    const c = only('"The bridge is gone," said Mykola Oleshchuk, the air force commander.');
    // The apposition stays with the name, as it does before the cue ("Gladkov, the governor, said").
    assert.equal(c.source.text, "Mykola Oleshchuk, the air force commander");
    assert.equal(c.source.actor, "Mykola Oleshchuk");
    assert.equal(c.source.affiliation, "UA");
  });

  it("a quotation running over several sentences stays one content", () => {
    const text = 'Gladkov said: "The night was hard. Three houses burned. Nobody died."';
    const c = only(text);
    assert.ok(c.content.text.includes("Three houses burned"), c.content.text);
    assert.ok(c.content.text.includes("Nobody died"), c.content.text);
  });

  it("according to X, before and after the content", () => {
    const a = only("According to the emergencies ministry, 2,000 people left the town.");
    assert.equal(a.cue.text, "According to");
    assert.equal(a.content.text, "2,000 people left the town");
    const b = only("Two bridges were hit overnight, according to local officials.");
    assert.equal(b.source.unnamed, "official");
    assert.equal(b.content.text, "Two bridges were hit overnight");
  });

  it("pronoun sources resolve to the last fitting speaker", () => {
    const found = claims("Governor Oksana Tkachuk said the shelling went on all night. Two schools were damaged, she added.");
    assert.equal(found.length, 2);
    assert.equal(found[1].source.text, "she");
    assert.equal(found[1].source.actor, "Oksana Tkachuk");
    assert.equal(found[1].source.resolved_from?.text, "Oksana Tkachuk");
  });

  it("unnamed sources are typed with their affiliation and never merged with a named actor", () => {
    const a = only("A senior Russian official said the talks were over.");
    assert.equal(a.source.unnamed, "official");
    assert.equal(a.source.affiliation, "RU");
    assert.equal(a.source.actor, null);
    const b = only("Unconfirmed reports said a depot was burning.");
    assert.equal(b.source.unnamed, "report");
    assert.deepEqual(b.hedges.map((h) => h.kind), ["unconfirmed"]);
  });

  it("denials and questions carry their polarity", () => {
    assert.equal(only("Moscow denied that its jets had crossed the border.").polarity, "deny");
    assert.equal(only("Kyiv questioned whether the ceasefire would hold.").polarity, "question");
  });

  it("a question asked is a claim with polarity question; a request is not", () => {
    assert.equal(only('"Who will pay for the dam?" the mayor asked.').polarity, "question");
    assert.equal(only('The mayor asked, "Who will pay for the dam?"').polarity, "question");
    assert.equal(only("The mayor asked whether the dam would hold.").polarity, "question");
    assert.equal(only("The mayor asked residents to leave the valley.").polarity, "assert");
  });

  it("nested claims record their parent", () => {
    const found = claims("The ministry said the commander accused the militia of shelling the road.");
    assert.equal(found.length, 2);
    assert.equal(found[1].parent, found[0].id);
  });

  it("a claim time comes from the time said, else the article date", () => {
    const [said, plain] = claims("Putin said on Monday that the offensive had failed. Kyiv said the front was stable.", "2024-08-14");
    assert.equal(said.time, "2024-08-12");
    assert.equal(plain.time, "2024-08-14");
  });

  it("the could-not-verify sentence hedges the claim before it", () => {
    const c = only("Ukraine said it had taken 40 villages. Reuters could not independently verify the figure.");
    assert.ok(c.hedges.some((h) => h.kind === "unverified"));
  });

  it("a could-not-verify paragraph of its own hedges the claims before it, back to the previous disclaimer", () => {
    const text = [
      "Officials said the road was open.",
      "The army said it held the town, while the rebels said they had taken it.",
      "Reuters could not independently verify either account.",
      "Later, the mayor said the bridge had collapsed.",
      "The claim could not be independently verified.",
    ].join("\n\n");
    const [road, army, rebels, mayor] = claims(text);
    for (const c of [road, army, rebels]) assert.equal(c.hedges.filter((h) => h.kind === "unverified").length, 1, c.content.text);
    assert.ok(mayor.hedges.some((h) => h.kind === "unverified" && text.slice(h.start, h.end).includes("be independently verified")));
    // A paragraph that makes claims of its own keeps its disclaimer to itself.
    const [first, second] = claims("Kyiv said it shot down 20 drones.\n\nMoscow said it lost none, a claim Reuters could not independently verify.");
    assert.deepEqual(first.hedges, []);
    assert.ok(second.hedges.some((h) => h.kind === "unverified"));
    // Without a negative word, "could be verified" says the opposite.
    const [held] = claims("The army said it held the town. The claim could be verified from satellite images.");
    assert.deepEqual(held.hedges, []);
  });

  it("a disclaimer of one claim ('The claim could not be verified') hedges the last claim told, not the block", () => {
    const [army, guards] = claims("The army said it shot down 30 missiles.\n\nThe Guards said dozens of missiles had hit their targets. The claim could not be independently verified.");
    assert.deepEqual(army.hedges, []);
    assert.equal(guards.hedges.filter((h) => h.kind === "unverified").length, 1);
    const [first, second] = claims("The army said it shot down 30 missiles. The Guards said dozens had hit.\n\nIt could not be independently verified.");
    assert.deepEqual(first.hedges, []);
    assert.equal(second.hedges.length, 1);
    // Accounts in the plural are a block.
    const both = claims("The army said it shot down 30 missiles. The Guards said dozens had hit.\n\nReuters could not verify the reports.");
    assert.deepEqual(both.map((c) => c.hedges.length), [1, 1]);
  });

  it("a disclaimer of its own reaches back six sentences at most", () => {
    const said = Array.from({ length: 8 }, (_, i) => `Officials said ${i + 2} drones were downed.`);
    const found = claims([...said, "None of this could be independently verified."].join("\n\n"));
    assert.deepEqual(found.map((c) => c.hedges.length), [0, 0, 1, 1, 1, 1, 1, 1]);
  });

  it("a quotation resumed after its attribution sentence is a claim of its own by the same speaker", () => {
    // The attribution sentence stays out of what was said; PolNeAR would join both parts instead.
    const found = claims('"The bridge is gone," Oleshchuk said. "Only one crossing is left."\n\nThe army said nothing else.');
    assert.equal(found.length, 3);
    assert.equal(found[0].content.text, '"The bridge is gone,"');
    assert.equal(found[1].content.text, '"Only one crossing is left."');
    assert.equal(found[1].source.actor, "Mykola Oleshchuk");
    assert.equal(found[1].rule, "claim/quote-continuation");
  });

  it("a resumed quotation holding a claim of its own still goes on with the first speaker", () => {
    const found = claims('"The dam will hold," the engineer Petra Lind said. "I think the river is past its peak, and the mayor says the levees are dry."');
    const cont = found.find((c) => c.rule === "claim/quote-continuation");
    assert.ok(cont, found.map((c) => c.rule).join(", "));
    assert.equal(cont.content.text, '"I think the river is past its peak, and the mayor says the levees are dry."');
    assert.equal(cont.source.text, "the engineer Petra Lind");
    const nested = found.find((c) => c.cue.text === "says");
    assert.equal(nested?.parent, cont.id);
  });

  it("a quotation resumed after an attribution with a participle goes on with the quoting claim", () => {
    const found = claims('"The dam will hold," Kovac said, adding that crews were ready. "We have sandbags for a week."');
    const cont = found.find((c) => c.rule === "claim/quote-continuation");
    assert.equal(cont?.content.text, '"We have sandbags for a week."');
    assert.equal(cont?.cue.text, "said");
  });

  it("a quotation resumed inside the sentence is one content in two parts, a claim each with one source and cue", () => {
    const parts = claims('"The bridge is gone," Oleshchuk said, "and only one crossing is left."');
    assert.deepEqual(parts.map((c) => [c.source.text, c.cue.text, c.content.text, c.rule]), [
      ["Oleshchuk", "said", '"The bridge is gone,"', "claim/postposed"],
      ["Oleshchuk", "said", '"and only one crossing is left."', "claim/resumed-quote"],
    ]);
  });

  it("a quotation resumed after a short aside or a 'but' leaves the aside out of both parts", () => {
    const contents = (text: string) => claims(text).map((c) => c.content.text);
    assert.deepEqual(contents('"The bridge is gone," Oleshchuk said, looking toward the river, "and only one crossing is left."'), ['"The bridge is gone,"', '"and only one crossing is left."']);
    assert.deepEqual(contents('"We can hold," Oleshchuk said, but "not for long without shells."'), ['"We can hold,"', '"not for long without shells."']);
    // A scare-quoted word after the aside does not resume the quotation.
    const c = only('"The bridge is gone," Oleshchuk said, pointing at the so-called "safe" crossing.');
    assert.equal(c.content.text, '"The bridge is gone,"');
  });

  it("an attribution set off by commas inside a clause splits one content in two parts", () => {
    const parts = claims("The old dam, the engineer Petra Lind said, will hold until spring.");
    assert.deepEqual(parts.map((c) => c.content.text), ["The old dam", "will hold until spring"]);
    assert.ok(parts.every((c) => c.source.text === "the engineer Petra Lind" && c.cue.text === "said"));
    assert.deepEqual(parts.map((c) => c.rule), ["claim/split-clause", "claim/resumed-clause"]);
    assert.deepEqual(claims("The real risk, Lind told me on Friday, is the old spillway.").map((c) => c.content.text), ["The real risk", "is the old spillway"]);
    // A lone conjunction before the attribution is the writer's link, not a part of what was said.
    assert.deepEqual(claims("But, Lind added, the spillway was repaired in May.").map((c) => c.content.text), ["the spillway was repaired in May"]);
    // An indefinite noun phrase after the attribution is the writer's gloss on the clause before it.
    assert.deepEqual(claims("The dam will be closed to traffic, Lind said, a step that angered drivers.").map((c) => c.content.text), ["The dam will be closed to traffic"]);
    // A new clause after the attribution is not part of the first.
    const d = claims("The dam held, the engineer said, adding that the river was falling.");
    assert.ok(d.every((x) => x.rule !== "claim/split-clause"));
  });

  it("the object of a stance or accusation ends before a trailing time, a setting clause or a second verb", () => {
    assert.equal(only("The mayor praised the firefighters on Tuesday at a ceremony in the square.").content.text, "the firefighters");
    assert.equal(only("Kovac criticized the new levy during a radio debate.").content.text, "the new levy");
    assert.equal(only("The union endorsed Mara Ives last week and has joined her rallies.").content.text, "Mara Ives");
    // A time inside the object, and a clause, stay whole.
    assert.equal(only("The council criticized the decision last May to close the clinic.").content.text, "the decision last May to close the clinic");
    assert.equal(only("The mayor denied that the dam failed on Tuesday.").content.text, "that the dam failed on Tuesday");
  });

  it("'citing' with no source after it gives the subject's own reason", () => {
    const c = only("Mayor Ana Ruiz postponed the vote, citing a shortage of transformers.");
    assert.equal(c.cue.text, "citing");
    assert.equal(c.source.text, "Mayor Ana Ruiz");
    assert.equal(c.content.text, "a shortage of transformers");
    const d = only("The dam was closed on Monday, citing local officials.");
    assert.equal(d.source.text, "local officials");
    assert.equal(d.rule, "claim/according-to");
  });

  it("an attribution in an 'as' clause of its own: content after it, or before it when it comes last", () => {
    const a = only("As the river authority noted, the levees were built for a smaller flood.");
    assert.equal(a.source.text, "the river authority");
    assert.equal(a.cue.text, "noted");
    assert.equal(a.content.text, "the levees were built for a smaller flood");
    const b = only("The levees were built for a smaller flood, as one engineer put it.");
    assert.equal(b.cue.text, "put it");
    assert.equal(b.content.text, "The levees were built for a smaller flood");
    const c = only("Still, as Mayor Ana Ruiz observed, the water kept rising.");
    assert.equal(c.content.text, "the water kept rising");
    // "as" meaning "while" with an object after the verb is no such clause.
    assert.deepEqual(claims("The water rose as the engineers discussed the pumps."), []);
  });

  it("a comma right after 'that' does not end the content", () => {
    const c = claims("The inspectors reported that, according to the logs, the gate was opened twice.").find((x) => x.cue.text === "reported");
    assert.equal(c?.content.text, "that, according to the logs, the gate was opened twice");
  });

  it("a lead-in before an infinitive cue joins the cue ('went on to say', 'continued to insist', 'took to Twitter to say')", () => {
    const a = only("The mayor went on to say that the dam would hold.");
    assert.equal(a.cue.text, "went on to say");
    assert.equal(a.source.text, "The mayor");
    assert.equal(only("The ministry continued to insist that no one was hurt.").cue.text, "continued to insist");
    const b = only("Mayor Ana Ruiz took to Twitter to say the water was falling.");
    assert.equal(b.cue.text, "took to Twitter to say");
    // Other infinitives still report nothing.
    assert.deepEqual(claims("The mayor refused to say whether the dam would hold."), []);
    // ("wants" reports an intention; the infinitive after it is its content, not a cue.)
    assert.deepEqual(claims("The mayor wants to say thanks to the crews.").map((c) => c.cue.text), ["wants"]);
  });

  it("a modal 'can' and a contracted 'is' before a progressive belong to the cue, not the source", () => {
    const a = only("She\u2019s claiming that the levee was never inspected.");
    assert.equal(a.source.text, "She");
    assert.equal(a.cue.text, "\u2019s claiming");
    const b = only("No engineer can credibly state that the dam is safe.");
    assert.equal(b.source.text, "No engineer");
    assert.equal(b.cue.text, "can credibly state");
    // A possessive before a noun form stays a noun.
    assert.deepEqual(claims("The mayor\u2019s claims were checked."), []);
  });

  it("'then', 'first', 'long' and 'now' before the cue belong to it, not to the source", () => {
    const a = only("The engineer then said that the pumps had failed.");
    assert.equal(a.source.text, "The engineer");
    assert.equal(a.cue.text, "then said");
    const b = only("Kovac has long argued that the levee is too low.");
    assert.equal(b.source.text, "Kovac");
    assert.equal(b.cue.text, "has long argued");
    assert.equal(only("The town now says the water is safe.").cue.text, "now says");
  });

  it("a short conjunct before 'and' that opens the clause joins the source; a noun form before a noun stays in it", () => {
    assert.equal(only("Engineers and local officials said the levee would hold.").source.text, "Engineers and local officials");
    assert.equal(only("The mayor and her aides said the levee would hold.").source.text, "The mayor and her aides");
    assert.equal(only("The state attorney general said the permit was void.").source.text, "The state attorney general");
    // A clause before "and" is not part of the source.
    assert.equal(only("The river crested overnight and officials said the levee held.").source.text, "officials");
  });

  it("'according to' keeps a relative clause that describes its source", () => {
    const a = only("The dam will close next week, according to a city official who was not authorized to speak publicly.");
    assert.equal(a.source.text, "a city official who was not authorized to speak publicly");
    assert.equal(a.content.text, "The dam will close next week");
    const b = only("According to engineers who inspected it, the dam is safe.");
    assert.equal(b.source.text, "engineers who inspected it");
    assert.equal(b.content.text, "the dam is safe");
  });

  it("a participle's subject keeps a possessive and what it owns, and the nouns after a count", () => {
    const a = only("Kovac\u2019s campaign manager left the meeting, saying the count was fair.");
    assert.equal(a.cue.text, "saying");
    assert.equal(a.source.text, "Kovac\u2019s campaign manager");
    const b = only("One engineer at the plant resigned, saying the pumps were unsafe.");
    assert.equal(b.source.text, "One engineer");
    // The subject stops at the verb, regular or not.
    assert.equal(only("Kovac\u2019s aides went home early, saying the count was over.").source.text, "Kovac\u2019s aides");
  });

  it("a sentence opening with the cue, its source and a colon or a quotation", () => {
    const a = only('Said Kovac: "The levee will not hold another week."');
    assert.equal(a.source.text, "Kovac");
    assert.equal(a.cue.text, "Said");
    assert.equal(a.rule, "claim/opening-cue");
    const b = only('Added the mayor, "We are ready."');
    assert.equal(b.source.text, "the mayor");
  });

  it("a stray comma after a parenthetical closes the name; a noun form after 'said' stays a noun", () => {
    const a = only("Sen. Ann Ray (D-Ohio), said the levee was never inspected.");
    assert.equal(a.source.text, "Sen. Ann Ray (D-Ohio)");
    const b = only("Kovac said praise from the governor would not change her vote.");
    assert.equal(b.cue.text, "said");
    assert.equal(b.content.text, "praise from the governor would not change her vote");
    assert.deepEqual(claims("The plan drew effusive praise from engineers."), []);
  });

  it("'show' reports a clause, or anything when a poll, record or video shows it", () => {
    assert.equal(only("The gauge data show that the river is falling.").content.text, "that the river is falling");
    const c = only("A poll by the Lakeside Institute released Monday showed Kovac with a narrow lead.");
    assert.equal(c.cue.text, "showed");
    assert.equal(c.content.text, "Kovac with a narrow lead");
  });

  it("a quotation in doubled apostrophes is a quotation", () => {
    const c = only("''The bridge is gone,'' Oleshchuk said.");
    assert.equal(c.content.text, "''The bridge is gone,''");
    assert.equal(c.rule, "claim/postposed");
  });

  it("an indirect content ends before a contrast or an apposition the writer adds after a comma", () => {
    assert.equal(only("Kovac said the levee would hold, but the water kept rising.").content.text, "the levee would hold");
    // (Kyiv's reply to the figure is a claim of its own, see claims-recall.test.ts.)
    assert.equal(claims("The ministry said 40 drones were downed, a figure Kyiv disputes.").find((c) => c.cue.text === "said")?.content.text, "40 drones were downed");
    // Inside a quotation the words are the speaker's own.
    assert.equal(only('Kovac said: "The levee will hold, but the pumps are old."').content.text, '"The levee will hold, but the pumps are old."');
    // A list goes on past its commas.
    assert.equal(only("Kovac said the army, the police and the volunteers were ready.").content.text, "the army, the police and the volunteers were ready");
  });

  it("a participle cue that reports only with a certain complement needs it", () => {
    // "putting her ahead of ...": no figure put "at" a value, so no claim.
    assert.equal(claims("Ray won the primaries in three states, putting her ahead of her rival.").length, 0);
    const c = only("The ministry issued new figures on Monday, putting Ukrainian losses at 4,130 soldiers.");
    assert.equal(c.cue.text, "putting");
    assert.equal(c.content.text, "Ukrainian losses at 4,130 soldiers");
  });

  it("a mid-clause attribution with a verb that wants a that-clause still joins both halves", () => {
    const c = claims("Loyalty, he noted, has long been a core tenet of the party.");
    assert.deepEqual(c.map((x) => x.content.text), ["Loyalty", "has long been a core tenet of the party"]);
    assert.equal(c[0].rule, "claim/split-clause");
    // A relay after the attribution is no second half.
    const said = claims("The levee held overnight, Kovac said, AFP reported.").find((x) => x.cue.text === "said");
    assert.equal(said?.content.text, "The levee held overnight");
  });

  it("a relative clause on the subject of an indirect content does not end it", () => {
    assert.equal(only("Kovac said that Lind, who won the primary, would run again.").content.text, "that Lind, who won the primary, would run again");
    // After a verb, ', who ...' still closes the content.
    assert.equal(only("Kovac said the levee was saved by Lind, who later left.").content.text, "the levee was saved by Lind");
  });

  it("a place the speaker spoke from is no content; the clause before the source is", () => {
    assert.equal(claims("Anna Ray reported from Kyiv.").length, 0);
    const c = only("The town is quiet, Kovac said from his office in Lviv.");
    assert.equal(c.content.text, "The town is quiet");
    // "from" with a clause of its own still reports.
    assert.equal(only("Kovac said from his office in Lviv that the town was quiet.").content.text, "that the town was quiet");
  });

  it("'maintain' and 'add' report only with a clause, a quotation or a colon", () => {
    assert.equal(claims("Kovac maintains a wide lead over Lind.").length, 0);
    assert.equal(claims("The memo adds a new voice to the record, and the sums do not add up.").length, 0);
    assert.equal(only("Kovac maintained that the vote was fair.").content.text, "that the vote was fair");
    assert.equal(only("Kovac added that the vote was fair.").content.text, "that the vote was fair");
    assert.equal(only('"The vote was fair," Kovac added.').content.text, '"The vote was fair,"');
  });

  it("a stance whose object is only a time makes no claim, never one with an empty content", () => {
    assert.equal(claims("He is courting the fringe \u2014 which Kovac denounced Thursday \u2014 and is building a base.").length, 0);
    // With an object before the time the claim stays.
    assert.equal(only("Kovac denounced the plan on Thursday.").content.text, "the plan");
  });

  it("an aside between dashes after the cue stands before the content", () => {
    assert.equal(only("Kovac said \u2014 on the radio, as it happens \u2014 that the dam held.").content.text, "that the dam held");
    // A dash that opens no aside is left as it is.
    assert.equal(only("Kovac said that the dam held \u2014 for now.").content.text, "that the dam held \u2014 for now");
  });

  it("'accused of' straight after a noun is passive: the noun is the accused, not an accuser", () => {
    assert.equal(claims("The man accused of buying the guns will remain in custody.").length, 0);
    const c = only("The man accused of buying the guns said he was innocent.");
    assert.equal(c.source.text, "The man accused of buying the guns");
    assert.equal(c.cue.text, "said");
    assert.equal(only("Kovac accused Lind of lying.").content.text, "Lind of lying");
    // After a subject the verb is active, its object moved before it.
    const c2 = claims("Putin asked what talks there could be with an enemy he accused of shelling civilians.").find((c) => c.cue.text === "accused");
    assert.equal(c2?.source.text, "he");
  });

  it("a lone word for anybody ('people', 'everyone') names no claimant", () => {
    assert.equal(claims("People say the dam will hold.").length, 0);
    assert.equal(claims("Everyone knows the dam will hold.").length, 0);
    assert.equal(only("Local people say the dam will hold.").source.text, "Local people");
    assert.equal(claims("Contributing: Anna Ray").length, 0);
  });

  it("a bare cue form after a determiner and a name is a noun ('the AP report')", () => {
    const found = claims("Officials said the AP report was misleading.");
    assert.deepEqual(found.map((c) => c.cue.text), ["said"]);
    assert.equal(claims("A new Pew Research report compares web samples with census data.").length, 0);
    // A plural name still takes the bare form as its verb.
    assert.equal(only("The Democrats report that turnout rose.").cue.text, "report");
  });

  it("'pledged delegates' is a noun, 'pledged to' a pledge", () => {
    assert.equal(claims("Kovac won 40 pledged delegates on Tuesday.").length, 0);
    assert.equal(only("Kovac pledged to rebuild the bridge.").content.text, "to rebuild the bridge");
  });

  it("after 'told' and its recipient, a determiner opens the content", () => {
    assert.equal(only("Kovac told us the levee would hold.").content.text, "the levee would hold");
    assert.equal(only("Kovac told the BBC the levee would hold.").content.text, "the levee would hold");
    // A determiner that opens the recipient stays with it.
    assert.equal(only("Kovac told the BBC that the levee would hold.").content.text, "that the levee would hold");
  });

  it("a claim nested in a quotation ends where the quotation closes", () => {
    const found = claims('"The mayor says the levee will hold," Kovac said on Monday.');
    const nested = found.find((c) => c.cue.text === "says");
    assert.equal(nested?.content.text, "the levee will hold");
    assert.equal(nested?.parent, found.find((c) => c.cue.text === "said")?.id);
    // A quotation that opens after the cue still runs to its own close.
    assert.equal(only('The mayor said: "The levee will hold. The pumps run."').content.text, '"The levee will hold. The pumps run."');
  });

  it("a quotation before its source keeps its marks; a comma outside them and a stray closing mark do not", () => {
    const a = only('"The bridge is gone. The ferry too," Oleshchuk said.');
    assert.equal(a.content.text, '"The bridge is gone. The ferry too,"');
    // Only the quoted words are marked: the clause keeps its closing mark, not the comma after it.
    const b = only('The advance "has been stopped", Gerasimov said.');
    assert.equal(b.content.text, 'The advance "has been stopped"');
    // A closing mark whose quotation opened before the content is left out.
    const c = claims('He read out "the first part. The road is cut," Melnyk said.').find((x) => x.cue.text === "said");
    assert.equal(c?.content.text, "The road is cut");
  });

  it("a quotation after its attribution goes with it, not the words after the cue", () => {
    const c = only('"We will hold the line," the governor said to the crowd outside the town hall.');
    assert.equal(c.content.text, '"We will hold the line,"');
  });

  it("progressive cues report, passive ones do not", () => {
    assert.equal(only("The ministry is saying that the dam was hit twice.").cue.text, "is saying");
    assert.equal(claims("The attack was reported to the police.").length, 0);
  });

  it("a particle belongs to the cue", () => {
    const c = only("Analysts pointed out that the bridge had been repaired.");
    assert.equal(c.cue.text, "pointed out");
    assert.equal(c.content.text, "that the bridge had been repaired");
  });

  it("I, we and you report no claim", () => {
    assert.equal(claims('"I say we leave now," the mayor said.').length, 1);
    assert.equal(claims("We believe the convoy was hit.").length, 0);
  });

  it("a form that is also a noun is a noun after a modifier", () => {
    assert.equal(claims("The governor's tweet drew criticism.").length, 0);
    assert.equal(claims("Kharkiv is a border state with many shelters.").length, 0);
  });

  it("a postposed cue ends its clause", () => {
    // "agreed" reports its infinitive; the opening "In the end" is no content before it.
    assert.deepEqual(claims("In the end, the company agreed to lend the city money.").map((c) => c.content.text), ["to lend the city money"]);
  });

  it("a quotation signed with a dash and a name", () => {
    const found = claims('"We have nowhere to go." \u2015 Olena Kovalenko\n"The shelling never stops." \u2015 Petro Shevchuk');
    assert.equal(found.length, 2);
    assert.equal(found[0].source.text, "Olena Kovalenko");
    assert.equal(found[0].content.text, '"We have nowhere to go."');
    assert.equal(found[1].rule, "claim/signed-quote");
  });

  it("an apposition heads with its first phrase, not its relative clause", () => {
    const c = only("A senior European diplomat, who asked not to be named, said the talks had stalled.");
    assert.equal(c.source.unnamed, "official");
    assert.equal(c.source.actor, null);
  });

  it("a channel that opens the sentence belongs to the claim", () => {
    const c = only("In a statement, the ministry said its air defences had downed 12 drones.");
    assert.equal(c.channel?.kind, "statement");
    assert.equal(c.channel?.text, "In a statement");
  });

  it("told Y at a meeting that ...: recipient and channel skipped", () => {
    const c = only("Smirnov told Putin at a televised meeting that 28 settlements were lost.");
    assert.equal(c.source.actor, "Alexei Smirnov");
    assert.equal(c.content.text, "that 28 settlements were lost");
    assert.equal(c.channel?.kind, "meeting");
  });
});

describe("sources in more shapes", () => {
  it("after a closed quotation any noun phrase may follow the cue", () => {
    const a = only('"The cellar saved us," said the 52-year-old.');
    assert.equal(a.source.text, "the 52-year-old");
    assert.equal(a.content.text, '"The cellar saved us,"');
    const b = only('"Nobody sleeps here any more," said several residents of the village.');
    assert.equal(b.source.unnamed, "witness");
  });

  it("a source head keeps a participle phrase after it, with its preposition", () => {
    assert.equal(only("Exit polls taken in Ohio showed that Kovac led.").source.text, "Exit polls taken in Ohio");
    assert.equal(only("People briefed on the talks said the deal was close.").source.text, "People briefed on the talks");
    // A verb between the head and the preposition ends the source.
    assert.equal(claims("The officials wanted to know more, and Kovac said the dam held.").find((c) => c.cue.text === "said")?.source.text, "Kovac");
  });

  it("after an apposition closed by a comma, 'told' keeps its recipient: the speaker stands before it", () => {
    const c = only('"The levee will hold," Kovac, the engineer, told Radio Lakeside on Tuesday.');
    assert.equal(c.source.text, "Kovac, the engineer");
    assert.equal(c.cue.text, "told");
    // "said" still inverts.
    assert.equal(only('"The levee will hold," said Petra Lind, an engineer.').source.text, "Petra Lind, an engineer");
  });

  it("a curly opening quote typed where the closing one belongs still closes the quotation", () => {
    const c = only("\u201cThe road is cut,\u201c said Ivan Melnyk, a local deputy.");
    assert.equal(c.source.text, "Ivan Melnyk, a local deputy");
    assert.equal(c.content.text, "\u201cThe road is cut,\u201c");
  });

  it("a quoted phrase that ends in punctuation is no quoted name", () => {
    const c = only('"We stay," said the 46-year-old.');
    assert.notEqual(c.source.text, "We stay,");
  });

  it("several appositions between the name and the cue", () => {
    const c = only("Olena Marchenko, 41, a nurse from Kherson, said the clinic had no power.");
    assert.ok(c.source.text.startsWith("Olena Marchenko"), c.source.text);
    assert.equal(c.content.text, "the clinic had no power");
    const d = only("The mayor, who spoke by phone from the shelter, said the water supply was cut.");
    assert.ok(d.source.text.startsWith("The mayor"), d.source.text);
  });

  it("a relative pronoun is the source and stands for the phrase before it", () => {
    const c = claims("Colonel Petrenko, who said on Monday that the bridge had held, was not available on Tuesday.")[0];
    assert.equal(c.source.text, "who");
    assert.equal(c.source.resolved_from?.text, "Colonel Petrenko");
    assert.equal(c.content.text, "that the bridge had held");
    assert.equal(c.rule, "claim/relative");
  });

  it("a participle or a coordinated cue takes the sentence's subject, a pronoun included", () => {
    const found = claims("Governor Oksana Tkachuk visited the site. She toured the damaged school, saying it would reopen in a month.");
    assert.equal(found.length, 1);
    assert.equal(found[0].source.text, "She");
    assert.equal(found[0].source.actor, "Oksana Tkachuk");
    const c = only("The soldiers cleared the cellar and said they would return at dawn.");
    assert.equal(c.source.text, "The soldiers");
    assert.equal(c.content.text, "they would return at dawn");
  });

  it("a poll share speaks for the people polled", () => {
    const found = claims("Nearly six in 10 said the war was going badly, and 31% say they would back talks.");
    assert.equal(found.length, 2);
    assert.equal(found[0].source.text, "Nearly six in 10");
    assert.equal(found[0].source.unnamed, "people");
    assert.equal(found[0].content.text, "the war was going badly");
    assert.equal(found[1].source.text, "31%");
  });

  it("a belief takes a clause without 'that' when the clause has a subject and a finite verb", () => {
    const c = only("Some commanders believe the town will fall within weeks.");
    assert.equal(c.cue.text, "believe");
    assert.equal(c.content.text, "the town will fall within weeks");
    assert.equal(claims("Analysts added a note on the timing.").length, 0);
  });

  it("a quantifier opening its clause speaks for people", () => {
    const c = only("Some say the front is collapsing.");
    assert.equal(c.source.text, "Some");
    assert.equal(c.source.unnamed, "people");
  });

  it("a time phrase after a preposition is no source", () => {
    const c = only("Zelenskiy at the time said the offensive would go on.");
    assert.equal(c.source.text, "Zelenskiy");
  });

  it("the setting of a statement before 'that' is not its content", () => {
    const c = only("Kuleba said on Thursday during a visit to Warsaw, Poland, that more air defence was needed.");
    assert.equal(c.content.text, "that more air defence was needed");
  });

  it("a possessive apostrophe does not cut an apposition", () => {
    const c = only("Ivan Fedorov, the region's governor and the soldiers' advocate, said the convoy had arrived.");
    assert.ok(c.source.text.startsWith("Ivan Fedorov"), c.source.text);
  });

  it("a stance verb takes a source with a name anywhere in it, and a name the actor list does not know", () => {
    const a = only("The Hromada campaign calls this a false narrative.");
    assert.equal(a.source.text, "The Hromada campaign");
    assert.equal(a.content.text, "this a false narrative");
    const b = only("Rep. Ann Kovach (D-Ohio) called the aid package overdue.");
    assert.equal(b.source.text, "Rep. Ann Kovach (D-Ohio)");
    const c = claims("Kovach criticised the delay in the aid package, calling it a gift to Moscow.")[1];
    assert.equal(c.source.text, "Kovach");
    assert.equal(c.cue.text, "calling");
  });

  it("an inverted source keeps its apposition, and the name before the comma is the speaker", () => {
    const c = only('"The dam will not hold," said Petro Moroz, an engineer for the Red Cross, who has worked in Kherson since 2022.');
    assert.equal(c.source.text, "Petro Moroz, an engineer for the Red Cross, who has worked in Kherson since 2022");
    assert.equal(c.source.actor, "Petro Moroz");
    const d = only('"We leave tonight," said Ivan Petrov, the mayor, on Monday.');
    assert.equal(d.source.text, "Ivan Petrov, the mayor");
  });

  it("an aside between the name and the cue is not part of the source", () => {
    const c = only("Zelenskiy, speaking in Odesa on Friday, said the port would reopen.");
    assert.equal(c.source.text, "Zelenskiy");
  });

  it("names joined by 'and' are one source", () => {
    const c = only("Russia and Belarus say the drills are defensive.");
    assert.equal(c.source.text, "Russia and Belarus");
  });

  it("a participle after a claim goes on with that claim's speaker", () => {
    const found = claims('"We see no link to the strike," the mayor said, adding that more details would come within hours.');
    assert.equal(found.length, 2);
    assert.equal(found[1].cue.text, "adding");
    assert.equal(found[1].source.text, "the mayor");
  });

  it("a transcript turn runs to the end of its paragraph", () => {
    const c = claims("SYRSKYI: We held the line. The enemy lost many men.\n\nKOSTENKO: Thank you.")[0];
    assert.equal(c.content.text, "We held the line. The enemy lost many men");
  });

  it("a title-case headline reports with a capitalised cue", () => {
    const c = only("Zelenskiy Says Kharkiv Will Not Fall");
    assert.equal(c.cue.text, "Says");
    assert.equal(c.content.text, "Kharkiv Will Not Fall");
    assert.equal(claims("The United States sent more aid.").length, 0);
  });

  it("'but said' shares the subject, and ends the content of the cue before it", () => {
    const found = claims("The ministry confirmed the strike but said nobody had died.");
    assert.equal(found.length, 2);
    assert.equal(found[0].content.text, "the strike");
    assert.equal(found[1].source.text, "The ministry");
    assert.equal(found[1].content.text, "nobody had died");
  });

  it("an inverted cue after a plain clause takes quantified or named sources", () => {
    const a = only("The ceasefire will not hold, say some diplomats.");
    assert.equal(a.source.text, "some diplomats");
    const b = only("Sanctions will not bring the plants back, said Ivan Franko, a professor of economics in Lviv.");
    assert.equal(b.source.actor, "Ivan Franko");
  });

  it("a time phrase or a channel noun between a name and the cue is not the source", () => {
    assert.equal(only("Naftogaz just this month announced it would cut prices.").source.text, "Naftogaz");
    assert.equal(only("In a television interview Zelenskiy declared that the war would end.").source.text, "Zelenskiy");
  });

  it("a manner adverb before the cue belongs to it, and any short recipient phrase before 'that' is skipped", () => {
    const c = only("The commander bluntly told a group of visiting lawmakers that the line would not hold.");
    assert.equal(c.cue.text, "bluntly told");
    assert.equal(c.source.text, "The commander");
    assert.equal(c.content.text, "that the line would not hold");
    assert.equal(only("The family said the soldier was missing.").cue.text, "said");
  });

  it("a poll or survey named after 'in' is the source of the figures in its clause", () => {
    // (the share's own stance, "backed talks", nests in the poll's claim.)
    const a = claims("In a KIIS poll released Monday, 52 percent of Ukrainians backed talks.").find((c) => c.cue.text === "In")!;
    assert.equal(a.cue.text, "In");
    assert.equal(a.source.text, "a KIIS poll released Monday");
    assert.equal(a.source.unnamed, "report");
    assert.equal(a.content.text, "52 percent of Ukrainians backed talks");
    // With a speech verb of its own the sentence is that verb's claim only.
    assert.equal(only("In a poll released Monday, the institute said 52 percent backed talks.").cue.text, "said");
  });

  it("a poll or study 'found' takes any complement", () => {
    const c = only("A June poll found Zelenskiy leading the field by nine points.");
    assert.equal(c.content.text, "Zelenskiy leading the field by nine points");
    assert.equal(claims("The patrol found the drone in a field.").length, 0);
  });

  it("a comma, an adverb and a participle end the content", () => {
    const c = claims("The governor complained about the shelling, even suggesting the strikes were deliberate.")[0];
    assert.equal(c.cue.text, "complained about");
    assert.equal(c.content.text, "the shelling");
  });

  it("an inverted source keeps a parenthetical and a 'head of ...' apposition", () => {
    const c = only('"It is a mess," said Rep. Ann Kovach (D-Ohio), head of the oversight panel.');
    assert.equal(c.source.text, "Rep. Ann Kovach (D-Ohio), head of the oversight panel");
    const d = claims('"It is a mess," said Ann Kovach, adding that the vote would pass.');
    assert.equal(d[0].source.text, "Ann Kovach");
  });

  it("'told state officials' is a cue with a recipient, not two cues", () => {
    const c = only('"We will rebuild," Shmyhal told state officials recently.');
    assert.equal(c.cue.text, "told");
    assert.equal(c.content.text, '"We will rebuild,"');
  });

  it("the subject of a participle stands after an opening adverbial", () => {
    const c = only("On Tuesday, Kovach went further, urging the allies to send jets.");
    assert.equal(c.source.text, "Kovach");
  });

  it("stance and speech verbs: blasted, touted, railed against, reminded", () => {
    assert.equal(only("Kovach blasted the decision to delay the aid.").cue.text, "blasted");
    assert.equal(only("The minister railed against the new sanctions.").cue.text, "railed against");
    assert.equal(only("Kuleba reminded reporters that the deal had expired.").content.text, "that the deal had expired");
  });

  it("a possessive determiner phrase before a reporting verb is the subject of a coordinated cue", () => {
    const found = claims("His deputy agreed, but also contended that the bridge could be repaired.");
    const c = found[found.length - 1];
    assert.equal(c.source.text, "His deputy");
    assert.equal(c.source.unnamed, "source");
    assert.equal(c.content.text, "that the bridge could be repaired");
  });

  it("a clause without 'that' may open with a bare plural and a modal", () => {
    const c = only("The operator hoped foreign utilities would buy the credits.");
    assert.equal(c.content.text, "foreign utilities would buy the credits");
  });

  it("a claim opening its parent's content with the parent's own speaker is not repeated", () => {
    const found = claims("The ministry said it believes the town will fall within weeks.");
    assert.equal(found.length, 1);
    assert.equal(found[0].cue.text, "said");
    assert.equal(found[0].content.text, "it believes the town will fall within weeks");
    // A different speaker inside the content is a nested claim of its own.
    assert.equal(claims("The ministry said Kyiv believes the town will fall.").length, 2);
  });

  it("an interjection between the cue and its clause is skipped", () => {
    assert.equal(only("Ukraine claims, however, that the town held.").content.text, "that the town held");
  });

  it("source phrases keep 'aides to X', 'sources close to X', names with 'for' and joined with '/'", () => {
    const a = only("Aides to Zelenskiy say the talks have stalled.");
    assert.equal(a.source.text, "Aides to Zelenskiy");
    assert.equal(a.source.unnamed, "official");
    assert.equal(only("Sources close to the delegation say the talks have stalled.").source.text, "Sources close to the delegation");
    assert.equal(only("The Kyiv Center for Civil Liberties noted that the list had grown.").source.text, "The Kyiv Center for Civil Liberties");
    assert.equal(only("A KIIS/Rating poll showed that support had fallen.").source.text, "A KIIS/Rating poll");
  });

  it("a relative clause or an interjection after a preposed name is not part of the source", () => {
    assert.equal(only("Zelenskiy, who has led since 2019, said the talks had stalled.").source.text, "Zelenskiy");
    assert.equal(only("Kuleba, meanwhile, said the talks had stalled.").source.text, "Kuleba");
  });

  it("a place after 'from' inside an apposition is not its head", () => {
    const c = only("Petro Ivanenko, a 55-year-old farmer from Izium, Kharkiv region, says the fields are mined.");
    assert.ok(c.source.text.startsWith("Petro Ivanenko"), c.source.text);
  });

  it("a source does not run over a line break", () => {
    const found = claims("Shelling Resumes\nZelenskiy said the front was holding.");
    assert.equal(found[0].source.text, "Zelenskiy");
  });

  it("an inverted source keeps a bare title, an age and hometown, or a relative clause", () => {
    assert.equal(only('"It is over," said Marta Kos, senior adviser for reconstruction.').source.text, "Marta Kos, senior adviser for reconstruction");
    assert.equal(only('"It is over," said Olha Rudenko, 20, of Kharkiv.').source.text, "Olha Rudenko, 20, of Kharkiv");
    const c = only('"It is over," said a Western official who was briefed on the talks.');
    assert.equal(c.source.text, "a Western official who was briefed on the talks");
    assert.equal(c.source.unnamed, "official");
  });

  it("a participle's subject is a bare plural after an opening adverbial, never the adverbial itself", () => {
    const c = only("Over the weekend, protesters marched in Tbilisi, saying the law must go.");
    assert.equal(c.source.text, "protesters");
    assert.equal(claims("Shortly after the strike, sirens sounded across the city, warning of more drones.").length, 0);
  });

  it("an apposition may hold an abbreviation before its comma and a hometown after 'of'", () => {
    const c = only("Olena Bondar, of Izium, Kharkiv Reg., said the fields were mined.");
    assert.equal(c.source.text, "Olena Bondar, of Izium, Kharkiv Reg.");
    assert.equal(c.source.actor, "Olena Bondar");
  });

  it("a comma inside a closing quote, then a participle, ends the content and starts a claim of its own", () => {
    const found = claims('Kuleba said there was "only one way to win this war," adding that the allies knew it.');
    assert.equal(found.length, 2);
    assert.equal(found[0].content.text, 'there was "only one way to win this war,"');
    assert.equal(found[1].cue.text, "adding");
    assert.equal(found[1].source.actor, "Dmytro Kuleba");
  });

  it("a name, a colon and a quotation inside a sentence", () => {
    const c = only('The surge does not surprise the pollster Anton Hrushetsky: "Historically, late candidates rise."');
    assert.equal(c.source.text, "Anton Hrushetsky");
    assert.equal(c.cue.text, ":");
    assert.equal(c.rule, "claim/colon-quote");
  });

  it("a name after a cue or a preposition before a colon and a quotation is a recipient or a topic, not the speaker", () => {
    const found = claims('Kovac later told Radio Lakeside: "The levee will hold."');
    assert.equal(found.length, 1);
    assert.equal(found[0].source.text, "Kovac");
    assert.deepEqual(claims('One reader wrote of Mayor Ana Ruiz: "She never visits the valley."').map((c) => c.source.text), ["One reader"]);
  });

  it("after an opening adverbial, an infinitive after the cue is the content", () => {
    const c = only("More recently, the mayor vowed to rebuild the levee.");
    assert.equal(c.content.text, "to rebuild the levee");
    assert.equal(c.rule, "claim/subject-verb");
  });

  it("a quoted title inside an opening phrase is not what was said", () => {
    const c = only('In an interview on "Valley Morning," Kovac said the levee would hold.');
    assert.equal(c.content.text, "the levee would hold");
    // A quotation that opens the sentence still is.
    assert.equal(only('"The levee will hold," Kovac said on Monday.').content.text, '"The levee will hold,"');
  });

  it("after a plain clause, the words after the cue are the source only when they hold no verb and end the clause", () => {
    const a = only("Senator Ann Ray of Ohio, the panel's chairwoman, said the committee will vote on Monday.");
    assert.equal(a.source.text, "Senator Ann Ray of Ohio, the panel's chairwoman");
    assert.equal(a.content.text, "the committee will vote on Monday");
    const b = only("Kovac, meanwhile, told Radio Lakeside that the levee was safe.");
    assert.equal(b.source.text, "Kovac");
    assert.equal(b.content.text, "that the levee was safe");
    // A real inversion still inverts.
    assert.equal(only("The levee is safe, said Petra Lind, an engineer.").source.text, "Petra Lind, an engineer");
  });

  it("a speaker's own clause after the cue and a comma leaves the content before the source", () => {
    const found = claims("The levee will hold, the engineers said, adding that the pumps were repaired.");
    const said = found.find((c) => c.cue.text === "said");
    assert.equal(said?.content.text, "The levee will hold");
    const b = claims("The levee will hold, the engineers said, as the water kept rising.").find((c) => c.cue.text === "said");
    assert.equal(b?.content.text, "The levee will hold");
  });

  it("a title opening with 'managing' or 'ranking' is an apposition, not a participle", () => {
    assert.equal(only('"The levee will hold," said Petra Lind, managing director of Lakeside Works.').source.text, "Petra Lind, managing director of Lakeside Works");
    assert.equal(only("Sen. Ann Ray (D-Ohio), ranking member of the water panel, said the levee will hold.").source.text, "Sen. Ann Ray (D-Ohio), ranking member of the water panel");
  });

  it("'as reported by X' names its source after the cue, like 'according to'", () => {
    const a = only("As reported by the Valley Herald, the levee failed twice last year.");
    assert.equal(a.source.text, "the Valley Herald");
    assert.equal(a.content.text, "the levee failed twice last year");
    assert.equal(only("The levee failed twice, as reported by the Valley Herald.").content.text, "The levee failed twice");
  });

  it("'and' before a noun form used as a noun does not end the content", () => {
    assert.equal(only("The suit says the utility broke federal and state law.").content.text, "the utility broke federal and state law");
    // A coordinated cue still starts a claim of its own.
    const found = claims("The utility said the dam was safe and claimed the river was falling.");
    assert.equal(found.find((c) => c.cue.text === "said")?.content.text, "the dam was safe");
  });

  it("a relative clause on a named or typed antecedent still reports", () => {
    const c = only("The two engineers, who say the spillway is cracked, met the mayor.");
    assert.equal(c.source.text, "who");
    assert.equal(c.content.text, "the spillway is cracked");
  });

  it("a dash typed as a spaced hyphen sets off an apposition like a real dash", () => {
    const c = only("Petra Lind - the engineer who inspected the dam - told reporters that the spillway was cracked.");
    assert.equal(c.source.text, "Petra Lind - the engineer who inspected the dam");
    assert.equal(c.content.text, "that the spillway was cracked");
  });

  it("'according to' takes a long source up to its comma", () => {
    const c = claims("According to early results of the survey conducted by the Kyiv institute for the Razumkov Centre and two television channels, most voters backed the talks.")[0];
    assert.equal(c.source.text, "early results of the survey conducted by the Kyiv institute for the Razumkov Centre and two television channels");
    assert.equal(c.content.text, "most voters backed the talks");
  });
});


describe("a disclaimer of 'the toll' hedges the claims that give figures", () => {
  const hedged = (text: string) => extractArticle(article(text, "2025-06-17"), defaultResources()).claims.map((c) => [c.cue.text, c.hedges.some((h) => h.kind === "unverified")]);
  it("not a denial told after the toll", () => {
    const text = "Gunmen killed at least 40 people in the village, a monitoring group said.\n\nThe militia denied attacking civilians and said it had been ambushed.\n\nAFP could not independently verify the toll.";
    assert.deepEqual(hedged(text), [["said", true], ["denied", false], ["said", false]]);
  });
  it("a disclaimer of 'the claim' still hedges the last claim told", () => {
    const text = "Gunmen killed at least 40 people in the village, a monitoring group said.\n\nThe militia said it had been ambushed.\n\nAFP could not independently verify the claim.";
    assert.deepEqual(hedged(text), [["said", false], ["said", true]]);
  });
});
