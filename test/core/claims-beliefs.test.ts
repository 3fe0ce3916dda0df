// Beliefs, expectations and assertions reported with a clause (session 11 recall work): each
// positive case checks source, cue and content; the negative cases must stay without a claim.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { extractArticle } from "../../src/core/extract.js";
import { defaultResources } from "../../src/resources/index.js";
import { article } from "../helpers.js";

function triples(text: string): string[][] {
  return extractArticle(article(text), defaultResources()).claims.map((c) => [c.source.text, c.cue.text, c.content.text]);
}

describe("belief verbs with a clause", () => {
  it("suspect, anticipate, reckon and recognize report the clause after them", () => {
    assert.deepEqual(triples("Engineers suspect that the pumps failed first."), [["Engineers", "suspect", "that the pumps failed first"]]);
    assert.deepEqual(triples("The ministry anticipated that the river would crest on Friday."), [["The ministry", "anticipated", "that the river would crest on Friday"]]);
    assert.deepEqual(triples("Kovac reckons the bridge will reopen in May."), [["Kovac", "reckons", "the bridge will reopen in May"]]);
    assert.deepEqual(triples("The commander recognized that the line could not hold."), [["The commander", "recognized", "that the line could not hold"]]);
  });

  it("without a clause they are no belief: a suspect, a recognition, a sum", () => {
    for (const text of [
      "Police detained a suspected smuggler near the border.",
      "The town recognized the volunteers with a medal.",
      "The agency calculated the losses at noon.",
      "I suspect the pumps failed.",
    ]) assert.deepEqual(triples(text), [], text);
  });
});

describe("assertions with a clause", () => {
  it("affirmed and swore report the clause", () => {
    assert.deepEqual(triples("The governor affirmed that the evacuation was complete."), [["The governor", "affirmed", "that the evacuation was complete"]]);
    assert.deepEqual(triples("Two witnesses swore that they saw the convoy at dawn."), [["Two witnesses", "swore", "that they saw the convoy at dawn"]]);
  });

  it("an oath of office is no assertion", () => {
    assert.deepEqual(triples("The mayor was sworn in on Monday."), []);
  });
});

describe("expectations", () => {
  it("an expectation may name what it is about before the infinitive", () => {
    assert.deepEqual(triples("Officials expect the river to crest on Friday."), [["Officials", "expect", "the river to crest on Friday"]]);
    assert.deepEqual(triples("Most analysts expect Kovac to win the vote."), [["Most analysts", "expect", "Kovac to win the vote"]]);
  });

  it("an expectation with no holder, or the writer's own, is none", () => {
    assert.deepEqual(triples("The vote is expected to pass."), []);
    assert.deepEqual(triples("Prices are expected to rise in the spring."), []);
    assert.deepEqual(triples("I expect the river to crest on Friday."), []);
  });
});

describe("a quotation before a verb that needs a clause", () => {
  it("the quotation is the content when only a setting follows the verb", () => {
    assert.deepEqual(triples('"I\'m still here," he declared at the debate.'), [["he", "declared", '"I\'m still here,"']]);
    assert.deepEqual(triples('"Growing party," the mayor declared in a post after the vote.'), [["the mayor", "declared", '"Growing party,"']]);
    assert.deepEqual(triples('"It was more than her show," Kovac added to reporters.'), [["Kovac", "added", '"It was more than her show,"']]);
  });

  it("an object or an infinitive after the verb is no setting", () => {
    assert.deepEqual(triples('"We hold," the commander declared war on the rebels.'), []);
    assert.deepEqual(triples('"We hold," the commander stated to leave the room.'), []);
  });
});

describe("poll shares hold positions", () => {
  it("a share opening the clause supports, wants or answers", () => {
    assert.deepEqual(triples("About 4 in 10 support the ban."), [["About 4 in 10", "support", "the ban"]]);
    assert.deepEqual(triples("About three-quarters support a temporary ban on imports."), [["About three-quarters", "support", "a temporary ban on imports"]]);
    assert.deepEqual(triples("Some 56 percent want a candidate with experience."), [["Some 56 percent", "want", "a candidate with experience"]]);
    assert.deepEqual(triples("Forty-one percent said the plan would fail."), [["Forty-one percent", "said", "the plan would fail"]]);
    assert.deepEqual(triples("Some 56 percent would vote for Kovac."), [["Some 56 percent", "would vote for", "Kovac"]]);
  });

  it("a share inside a noun phrase, a count, or a person's 'would' is no poll answer", () => {
    for (const text of [
      "A 10 percent support level is low.",
      "Two questions remain.",
      "Kovac would vote for the bill.",
      "Sales rose 10 percent.",
    ]) assert.deepEqual(triples(text), [], text);
  });
});

describe("views named with their holder", () => {
  it("'in X's view' and 'in her words', set off by commas, attribute the clause", () => {
    assert.deepEqual(triples("In Kovac's view, the dam will hold."), [["Kovac's", "view", "the dam will hold"]]);
    assert.deepEqual(triples("The failure was total, in Kovac's view."), [["Kovac's", "view", "The failure was total"]]);
  });

  it("'in the view of' and 'in the eyes of' name a holder after them", () => {
    assert.deepEqual(triples("The plan would fail, in the view of most analysts."), [["most analysts", "in the view of", "The plan would fail"]]);
    assert.deepEqual(triples("In the eyes of many voters, the mayor is a hero."), [["many voters", "In the eyes of", "the mayor is a hero"]]);
  });

  it("a view that is sight, or a view inside the clause, holds no one's opinion", () => {
    for (const text of [
      "In full view of the cameras, the mayor left.",
      "In the view of the river, boats passed.",
      "In his view of the river, the boats were small.",
    ]) assert.deepEqual(triples(text), [], text);
    // (The question is the mayor's; "in his view" inside it is no second claim.)
    assert.deepEqual(triples("The mayor asked who leads the party in his view.").map((t) => t[1]), ["asked"]);
  });
});

describe("characterisations with 'as'", () => {
  it("cast, painted, branded, identified and considered ... as report the description", () => {
    assert.deepEqual(triples("Kovac cast himself as an outsider."), [["Kovac", "cast", "himself as an outsider"]]);
    assert.deepEqual(triples("The mayor painted her rival as a friend of the developers."), [["The mayor", "painted", "her rival as a friend of the developers"]]);
    assert.deepEqual(triples("The campaign branded the plan as reckless."), [["The campaign", "branded", "the plan as reckless"]]);
    assert.deepEqual(triples("Ruban considers the deal as a trap."), [["Ruban", "considers", "the deal as a trap"]]);
  });

  it("a cast, a time clause after 'as' or no 'as' at all is no characterisation", () => {
    for (const text of [
      "Voters cast their ballots as the polls opened.",
      "The sculptor cast the statue in bronze.",
      "The council considered the budget on Monday.",
      "Workers painted the bridge as it rained.",
    ]) assert.deepEqual(triples(text), [], text);
  });
});

describe("references and stances taken toward a topic", () => {
  it("downplayed reports its object with a named source", () => {
    assert.deepEqual(triples("The minister downplayed the losses."), [["The minister", "downplayed", "the losses"]]);
  });

  it("a modal or a hypothetical downplaying is none", () => {
    assert.deepEqual(triples("The minister could downplay the losses."), []);
    // (The voters' question stays; the downplaying inside it is no claim of his.)
    assert.deepEqual(triples("Voters wondered whether he would downplay the losses.").map((t) => t[1]), ["wondered"]);
  });
});

describe("more unnamed sources", () => {
  it("proponents, skeptics and detractors of something speak, past an interjection", () => {
    assert.deepEqual(triples("Proponents of the bill, however, say it would keep safeguards in place."), [["Proponents of the bill", "say", "it would keep safeguards in place"]]);
    assert.deepEqual(triples("Skeptics said the dam would not hold."), [["Skeptics", "said", "the dam would not hold"]]);
  });
});

describe("relative clauses with a subject gap", () => {
  it("the speaker before the cue says what the verb after it opens", () => {
    assert.deepEqual(triples("He won the primary, which he hoped would spark a revival."), [["he", "hoped", "would spark a revival"]]);
    assert.deepEqual(triples("The kingdom sent a paper, a move the kingdom says will shatter perceptions."), [["the kingdom", "says", "will shatter perceptions"]]);
  });

  it("a head with a count before the speaker: 'the 900 bodies the United Nations said'", () => {
    assert.deepEqual(triples("The toll was far higher than the 900 bodies the United Nations said had been recovered."), [
      ["the United Nations", "said", "had been recovered"],
    ]);
  });

  it("a country before a title and a name is the name's, when the name left and then told", () => {
    assert.deepEqual(triples("Armenian Prime Minister Nikol Pashinyan left the summit early and told reporters the talks had failed."), [
      ["Armenian Prime Minister Nikol Pashinyan", "told", "the talks had failed"],
    ]);
    assert.deepEqual(triples("U.S. President Donald Trump left the summit early and told reporters the talks had failed."), [
      ["U.S. President Donald Trump", "told", "the talks had failed"],
    ]);
  });

  it("a relative clause set off by commas ends at its comma", () => {
    assert.deepEqual(triples("The council, which Kovac said was corrupt, resigned."), [["Kovac", "said", "was corrupt"]]);
  });

  it("'so that' opens no relative clause", () => {
    assert.deepEqual(triples("He left early so that he could say was a mistake."), []);
  });
});
