// Stances, intentions, refusals and talk about a topic: claims a source makes beyond plain speech.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { extractArticle } from "../../src/core/extract.js";
import { defaultResources } from "../../src/resources/index.js";
import { article } from "../helpers.js";

function triples(text: string): string[][] {
  return extractArticle(article(text), defaultResources()).claims.map((c) => [c.source.text, c.cue.text, c.content.text]);
}

function cues(text: string): string[] {
  return triples(text).map(([, cue]) => cue);
}

describe("intentions", () => {
  it("a want or a plan reports its to-infinitive", () => {
    assert.deepEqual(triples("The mayor wants to rebuild the bridge before winter."), [["The mayor", "wants", "to rebuild the bridge before winter"]]);
    assert.deepEqual(triples("The governor plans to visit the flooded villages."), [["The governor", "plans", "to visit the flooded villages"]]);
    assert.deepEqual(triples("The union seeks to block the merger."), [["The union", "seeks", "to block the merger"]]);
    assert.deepEqual(triples("Kovac offered to resign."), [["Kovac", "offered", "to resign"]]);
  });

  it("a want may name who is to act", () => {
    assert.deepEqual(triples("Kovac wants the council to release the report."), [["Kovac", "wants", "the council to release the report"]]);
  });

  it("advice, a condition or a free relative holds no intention", () => {
    assert.deepEqual(triples("The council may want to reconsider its vote."), []);
    assert.deepEqual(cues("Voters will ask whether he wants to serve a full term."), ["will ask"]);
    assert.deepEqual(triples("The mayor can do whatever she wants to do."), []);
  });

  it("a plan as a noun is no cue", () => {
    assert.deepEqual(cues("The city announced plans to widen the road."), ["announced"]);
    assert.deepEqual(triples("Kovac's plans to widen the road were shelved."), []);
  });

  it("the intention is the claim; what it wants others to know or do is its content", () => {
    assert.deepEqual(cues("The mayor wants to let everyone know that help is coming."), ["wants"]);
  });

  it("a want or a belief told inside a quotation is the speaker's account, not a claim of its own", () => {
    assert.deepEqual(triples('"They want to silence us," Kovac said.'), [["Kovac", "said", '"They want to silence us,"']]);
    assert.deepEqual(triples('"The engineers think the dam will hold," Kovac said.'), [["Kovac", "said", '"The engineers think the dam will hold,"']]);
  });

  it("an intention or refusal told in another claim's content is that speaker's account", () => {
    assert.deepEqual(triples("Kovac said Moscow wants to freeze the front line."), [["Kovac", "said", "Moscow wants to freeze the front line"]]);
    assert.deepEqual(triples("The mayor said the council refused to pay for the levee."), [["The mayor", "said", "the council refused to pay for the levee"]]);
  });

  it("what others say, told inside a quotation, stays a claim nested in it", () => {
    assert.deepEqual(triples('"The mayor says the levee will hold," Kovac said.').map(([, cue]) => cue), ["said", "says"]);
  });
});

describe("refusals", () => {
  it("a refusal to act is a stance on record", () => {
    assert.deepEqual(triples("The senator refused to endorse the nominee."), [["The senator", "refused", "to endorse the nominee"]]);
    assert.deepEqual(triples("The court declined to hear the appeal."), [["The court", "declined", "to hear the appeal"]]);
  });

  it("a refusal to speak is a non-answer", () => {
    assert.deepEqual(triples("The senator declined to comment."), []);
    assert.deepEqual(triples("The ministry refused to say how many soldiers died."), []);
  });

  it("a decline in prices or a refused entry reports nothing", () => {
    assert.deepEqual(triples("Shares of the company declined 3% on Monday."), []);
    assert.deepEqual(triples("Border guards refused entry to the journalists."), []);
  });
});

describe("stances", () => {
  it("support and opposition taken by a named source", () => {
    assert.deepEqual(triples("The union supported the strike."), [["The union", "supported", "the strike"]]);
    assert.deepEqual(triples("Most delegates support the plan."), [["Most delegates", "support", "the plan"]]);
    assert.deepEqual(triples("Ray opposed the new tax on fuel."), [["Ray", "opposed", "the new tax on fuel"]]);
  });

  it("support as a noun or a military backing is no stance", () => {
    assert.deepEqual(triples("Western support for the plan was decisive."), []);
    assert.deepEqual(triples("Rural support in the polls slipped to 27 percent."), []);
    assert.deepEqual(triples("Poll figures: Kovac support 27 percent."), []);
    assert.deepEqual(triples("Russian-backed fighters shelled the town."), []);
    assert.deepEqual(triples("The infantry, backed by tanks, pushed into the village."), []);
    // (A bare participle after its noun names the noun's stance: see claims-boundaries.test.ts.)
    assert.deepEqual(triples("A committee supporting the mayor paid for the ads."), [["A committee", "supporting", "the mayor"]]);
  });

  it("exhortations, laments and references", () => {
    assert.deepEqual(triples("The mayor implored residents to leave the valley."), [["The mayor", "implored", "residents to leave the valley"]]);
    assert.deepEqual(triples("Kovac bemoaned the state of the roads."), [["Kovac", "bemoaned", "the state of the roads"]]);
    assert.deepEqual(triples("The report referenced a study by the institute."), [["The report", "referenced", "a study by the institute"]]);
  });

  it("welcoming and favouring something", () => {
    assert.deepEqual(triples("The ministry welcomed the decision."), [["The ministry", "welcomed", "the decision"]]);
    assert.deepEqual(triples("Most voters favor a ceasefire."), [["Most voters", "favor", "a ceasefire"]]);
    assert.deepEqual(triples("The council voted in favor of the bill."), [["The council", "voted in favor of", "the bill"]]);
  });

  it("a welcome or a favour as a noun, or a passive welcome, is no stance", () => {
    assert.deepEqual(triples("He did it as a favor to the mayor."), []);
    assert.deepEqual(triples("Residents were welcomed by volunteers."), []);
    assert.deepEqual(triples("The mayor's welcome speech ran long."), []);
  });

  it("praise and blame verbs", () => {
    assert.deepEqual(triples("The mayor thanked the volunteers for their work."), [["The mayor", "thanked", "the volunteers for their work"]]);
    assert.deepEqual(triples("Ray likened the new rules to censorship."), [["Ray", "likened", "the new rules to censorship"]]);
    assert.deepEqual(triples("The governor rebuked the council for the delay."), [["The governor", "rebuked", "the council for the delay"]]);
  });

  it("thanks for what another suggested is the thanker's stance, not the other's claim", () => {
    assert.deepEqual(cues("Mayor Ana Ruiz thanked Kovac for suggesting that the levee be raised."), ["thanked"]);
  });

  it("a participle after 'with' and its speaker is a stance ('with Ray calling it a mess')", () => {
    assert.deepEqual(triples("The plan drew criticism, with Senator Ann Ray calling it a mess."), [["Senator Ann Ray", "calling", "it a mess"]]);
  });

  it("a hypothetical stance is none", () => {
    assert.deepEqual(triples("It is unclear whether Ray would support the bill."), []);
  });
});

describe("talk about a topic", () => {
  it("spoke of, talked about: the particle joins the cue and its object is the content", () => {
    assert.deepEqual(triples("The mayor spoke of a long recovery."), [["The mayor", "spoke of", "a long recovery"]]);
    assert.deepEqual(triples("Kovac talked about the cost of the repairs."), [["Kovac", "talked about", "the cost of the repairs"]]);
  });

  it("speaking on condition of anonymity or to reporters is no topic", () => {
    assert.deepEqual(triples("An official, speaking on condition of anonymity, left the room."), []);
    assert.deepEqual(triples("The mayor spoke to reporters at the levee."), []);
  });

  it("a comment on something takes it as content", () => {
    assert.deepEqual(triples("The ministry commented on the report."), [["The ministry", "commented on", "the report"]]);
  });

  it("'referring to' after a claim names what the speaker meant", () => {
    const found = triples('"It is a disgrace," he said, referring to the verdict.');
    assert.deepEqual(found.find(([, cue]) => cue === "referring to")?.[2], "the verdict");
  });
});

describe("phrasal cues", () => {
  it("'made clear' and 'made it clear' report their complement; 'made sense' reports nothing", () => {
    assert.deepEqual(triples("Kovac made it clear that she would not run."), [["Kovac", "made it clear", "that she would not run"]]);
    assert.deepEqual(triples("The governor made clear her opposition to the tax."), [["The governor", "made clear", "her opposition to the tax"]]);
    assert.deepEqual(triples("The mayor said the plan was sound and made sense."), [["The mayor", "said", "the plan was sound and made sense"]]);
    assert.deepEqual(triples("The ministry made a statement."), []);
  });

  it("a vote for or against something is a stance", () => {
    assert.deepEqual(triples("Ray voted against the bill."), [["Ray", "voted against", "the bill"]]);
    assert.deepEqual(triples("Turnout was low when residents voted on Sunday."), []);
  });

  it("a gerund after 'said' opens its content", () => {
    assert.deepEqual(triples("He said voting was rigged in the east."), [["He", "said", "voting was rigged in the east"]]);
  });
});

describe("attacks between persons", () => {
  it("a person attacking a named person is a verbal attack", () => {
    assert.deepEqual(triples("Clinton attacked Trump for his remarks."), [["Clinton", "attacked", "Trump for his remarks"]]);
    assert.deepEqual(triples("The senator spoke for an hour, attacking Trump over his taxes."), [["The senator", "attacking", "Trump over his taxes"]]);
  });

  it("an attack on a place, a building or by an unnamed assailant is no claim", () => {
    assert.deepEqual(triples("Russian forces attacked Kharkiv overnight."), []);
    assert.deepEqual(triples("Russia attacked Zelenskiy's residence."), []);
    assert.deepEqual(triples("A gunman attacked Kovac outside his home."), []);
  });
});

describe("beliefs and intentions held as adjectives", () => {
  it("an adjective after a form of 'be' reports its clause, object or infinitive", () => {
    assert.deepEqual(triples("The governor is convinced that the dam will hold."), [["The governor", "is convinced", "that the dam will hold"]]);
    assert.deepEqual(triples("Farmers are increasingly worried about the drought."), [["Farmers", "are increasingly worried about", "the drought"]]);
    assert.deepEqual(triples("Kovac was eager to leave the town."), [["Kovac", "was eager", "to leave the town"]]);
  });

  it("an empty subject, an attributive adjective or a speaker's own certainty holds no claim", () => {
    assert.deepEqual(triples("It is certain that the dam will hold."), []);
    assert.deepEqual(triples("A worried mayor opened the bridge."), []);
    assert.deepEqual(triples("We are sure the levee will hold."), []);
  });
});

describe("claim kinds", () => {
  it("each claim says what its cue reports", () => {
    const kinds = (text: string) => extractArticle(article(text), defaultResources()).claims.map((c) => `${c.cue.text}: ${c.kind}`);
    assert.deepEqual(kinds("The mayor said the bridge held."), ["said: speech"]);
    assert.deepEqual(kinds("The union supported the strike."), ["supported: stance"]);
    assert.deepEqual(kinds("The governor plans to visit the villages."), ["plans: intention"]);
    assert.deepEqual(kinds("The court declined to hear the appeal."), ["declined: refusal"]);
    assert.deepEqual(kinds("Kyiv denied that the bridge was hit."), ["denied: denial"]);
    assert.deepEqual(kinds("According to the mayor, the bridge held."), ["According to: speech"]);
  });
});

describe("beliefs and questions", () => {
  it("a third party wondering whether reports a question", () => {
    const c = extractArticle(article("Analysts wondered whether the ceasefire would hold."), defaultResources()).claims;
    assert.deepEqual(c.map((x) => [x.source.text, x.cue.text, x.content.text, x.polarity]), [["Analysts", "wondered", "whether the ceasefire would hold", "question"]]);
  });

  it("hopes and agreements to act take an infinitive", () => {
    assert.deepEqual(triples("The mayor hopes to reopen the school in May."), [["The mayor", "hopes", "to reopen the school in May"]]);
    assert.deepEqual(triples("The company agreed to pay for the cleanup."), [["The company", "agreed", "to pay for the cleanup"]]);
  });
});
