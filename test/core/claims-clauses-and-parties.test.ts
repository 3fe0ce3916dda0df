// That-less clauses, the parties to a conflict as unnamed sources, calls that are no stance, and
// where a content ends: each positive case checks source, cue and content; each negative case must
// stay without the claim.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { extractArticle } from "../../src/core/extract.js";
import { defaultResources } from "../../src/resources/index.js";
import { article } from "../helpers.js";

function triples(text: string): string[][] {
  return extractArticle(article(text), defaultResources()).claims.map((c) => [c.source.text, c.cue.text, c.content.text]);
}

describe("a clause without 'that' whose subject is one name", () => {
  it("a single name and a past verb make the clause a belief or a statement reports", () => {
    assert.deepEqual(triples("U.S. intelligence believes Russia lost 300 tanks in the offensive."), [["U.S. intelligence", "believes", "Russia lost 300 tanks in the offensive"]]);
    assert.deepEqual(triples("Analysts in Warsaw think Kovac ordered the retreat."), [["Analysts in Warsaw", "think", "Kovac ordered the retreat"]]);
  });

  it("a name that is the verb's own object, and the writer's own belief, are none", () => {
    assert.deepEqual(triples("The officers believed Kovac."), []);
    assert.deepEqual(triples("I believe Russia lost the war."), []);
  });
});

describe("the parties to a conflict as unnamed sources", () => {
  function sources(text: string): [string, string | null][] {
    return extractArticle(article(text), defaultResources()).claims.map((c) => [c.source.text, c.source.unnamed]);
  }

  it("both sides, each side, fighters, forces and mediators speak as typed unnamed sources", () => {
    assert.deepEqual(triples("Both sides said the talks would fail."), [["Both sides", "said", "the talks would fail"]]);
    assert.deepEqual(triples("Neither side wants a war."), [["Neither side", "wants", "a war"]]);
    assert.deepEqual(sources("Each side said the other would be responsible."), [["Each side", "group"]]);
    assert.deepEqual(sources("The fighters said the town had fallen."), [["The fighters", "group"]]);
    assert.deepEqual(sources("Russian forces said they had taken the village."), [["Russian forces", "official"]]);
    assert.deepEqual(sources("The mediators said a deal was close."), [["The mediators", "official"]]);
  });

  it("a side that is a place in the sentence is no source", () => {
    assert.deepEqual(triples("On the other side, officials said the bridge was open."), [["officials", "said", "the bridge was open"]]);
    assert.deepEqual(triples("Both sides of the river flooded overnight."), []);
  });
});

describe("a call that is a telephone call or a summons", () => {
  it("calling someone to do something, calling them at a time, or calling a meeting is no stance", () => {
    for (const text of [
      "Kovac called Petrov to congratulate him.",
      "The minister called Kovac on Tuesday to demand an apology.",
      "She called him twice after the vote.",
      "The council called a meeting to discuss the blockade.",
      "The ruling party has called a snap election for June.",
      "The truck slammed into the checkpoint.",
    ]) assert.deepEqual(triples(text), [], text);
  });

  it("calling someone or something a name keeps its stance", () => {
    assert.deepEqual(triples("Kovac called Petrov a traitor."), [["Kovac", "called", "Petrov a traitor"]]);
    assert.deepEqual(triples("Kovac called the vote rigged."), [["Kovac", "called", "the vote rigged"]]);
    assert.deepEqual(triples("Kovac called her a liar."), [["Kovac", "called", "her a liar"]]);
    assert.deepEqual(triples("The mayor slammed the decision."), [["The mayor", "slammed", "the decision"]]);
  });
});

describe("a clause joined after a comma by 'and'", () => {
  it("with a subject and a verb of its own, it is the writer's and ends the content", () => {
    assert.deepEqual(triples("Kovac said he wants talks, and his aides are preparing a plan."), [["Kovac", "said", "he wants talks"]]);
    assert.deepEqual(triples("The ministry said the bridge was hit, and the army has begun to withdraw."), [["The ministry", "said", "the bridge was hit"]]);
  });

  it("a second that-clause, and a list without a verb of its own, stay inside", () => {
    assert.deepEqual(triples("Kovac said that the bridge was hit, and that the army would withdraw."), [["Kovac", "said", "that the bridge was hit, and that the army would withdraw"]]);
    assert.deepEqual(triples("Kovac said the convoy carried food, water, and medicine."), [["Kovac", "said", "the convoy carried food, water, and medicine"]]);
  });
});

describe("a phrase before the source without a comma", () => {
  it("an opening phrase ending in a plain word is no part of a source that opens with an article", () => {
    assert.deepEqual(triples("On both fronts the commanders said the bridge was hit."), [["the commanders", "said", "the bridge was hit"]]);
    assert.deepEqual(triples("On the northern side Kovac said the bridge was hit."), [["Kovac", "said", "the bridge was hit"]]);
  });

  it("quantifiers, prepositions and titles before an article stay in the source", () => {
    assert.deepEqual(triples("All the officials said the bridge was hit."), [["All the officials", "said", "the bridge was hit"]]);
    assert.deepEqual(triples("A video of the convoy shows that soldiers fired on the crowd."), [["A video of the convoy", "shows", "that soldiers fired on the crowd"]]);
    assert.deepEqual(triples("Residents across the region said the power was out."), [["Residents across the region", "said", "the power was out"]]);
    assert.deepEqual(triples("Ministry spokesman the Rev. Ivan Petrov said the talks had ended."), [["Ministry spokesman the Rev. Ivan Petrov", "said", "the talks had ended"]]);
  });
});

describe("an owned reporting noun with a that-clause", () => {
  it("a clause whose subject is a noun phrase and whose verb has a preposition after it is the content", () => {
    const got = triples("Kyiv rejected Moscow's claim that the drones came from Belarus.");
    assert.ok(got.some(([s, c, t]) => s === "Moscow's" && c === "claim" && t === "that the drones came from Belarus"), JSON.stringify(got));
    const got2 = triples("Analysts doubt NATO's assessment that Russia lost 300 tanks.");
    assert.ok(got2.some(([s, c, t]) => s === "NATO's" && c === "assessment" && t === "that Russia lost 300 tanks"), JSON.stringify(got2));
  });

  it("a relative clause without a subject is no content", () => {
    assert.ok(!triples("Kyiv rejected the claim that was made on Tuesday.").some(([, c]) => c === "claim"));
  });
});

describe("a clause whose subject opens with 'other', 'several' or 'each'", () => {
  it("is a clause after a belief verb", () => {
    assert.deepEqual(triples("They believe other senators would back the truce."), [["They", "believe", "other senators would back the truce"]]);
    assert.deepEqual(triples("The envoys think several villages will be evacuated."), [["The envoys", "think", "several villages will be evacuated"]]);
  });

  it("a bare noun phrase after a belief verb is none", () => {
    assert.deepEqual(triples("The envoys think several times before speaking."), []);
  });
});

describe("sources and cues read in reports from Sudan, Myanmar and Gaza", () => {
  function sources(text: string): (string | null)[][] {
    return extractArticle(article(text), defaultResources()).claims.map((c) => [c.source.text, c.source.actor, c.source.unnamed, c.source.affiliation]);
  }

  it("a reporting verb with 'down', 'off' or 'away' after it is another verb", () => {
    assert.deepEqual(triples("The cabinet would not meet until the group backed down, the office said."), [["the office", "said", "The cabinet would not meet until the group backed down"]]);
    assert.deepEqual(triples("The union called off the strike."), []);
    // Without the particle the stance stays.
    assert.deepEqual(triples("The union backed the strike.").map((t) => t[1]), ["backed"]);
  });

  it("a named actor before an apposition is the source's actor; a lone soldier is an unnamed source", () => {
    assert.deepEqual(sources("The Arakan Army, one of the strongest ethnic armed groups, said it had captured the town.")[0]!.slice(1), ["Arakan Army", null, "ARAKAN-ARMY"]);
    assert.deepEqual(sources("The International Organization for Migration said 26,000 people had fled.")[0]!.slice(1), ["International Organization for Migration", null, "UN"]);
    assert.deepEqual(sources("A conscript who surrendered told the BBC that morale was collapsing.")[0]!.slice(2), ["people", null]);
  });

  it("leaders and forces of current wars carry their side", () => {
    assert.deepEqual(sources("Tigrayan forces said they had entered the town.")[0]!.slice(1), ["Tigray People's Liberation Front", null, "TPLF"]);
    assert.deepEqual(sources("Prime Minister Abiy Ahmed said the army would retake the town.")[0]!.slice(1), ["Abiy Ahmed", null, "ET"]);
    assert.deepEqual(sources("Nasrallah said the group would respond.")[0]!.slice(1), ["Hassan Nasrallah", null, "HEZBOLLAH"]);
  });

  it("'said early on Thursday that ...': the content starts at 'that'", () => {
    assert.deepEqual(triples("The prime minister's office said early on Thursday that details were still being worked out."), [["The prime minister's office", "said", "that details were still being worked out"]]);
  });
});
