// Relative clauses as the home of a claim: a second "who" clause joined by "and", a clause set off
// by a bracket or a dash, an intention or promise told in a clause set off by commas, and a subject
// whose relative clause ends in an object pronoun. Each positive case checks source, cue and
// content; each negative case must stay without the claim.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { extractArticle } from "../../src/core/extract.js";
import { defaultResources } from "../../src/resources/index.js";
import { article } from "../helpers.js";

function triples(text: string): string[][] {
  return extractArticle(article(text), defaultResources()).claims.map((c) => [c.source.text, c.cue.text, c.content.text]);
}

describe("a relative clause set off by commas, brackets or dashes", () => {
  it("an intention or a promise with a to-infinitive is the antecedent's own", () => {
    assert.deepEqual(triples("The mayor, who wants to raise the minimum wage, spoke on Monday."), [["who", "wants", "to raise the minimum wage"]]);
    assert.deepEqual(triples("Petrova, who vowed to appeal the ruling, left the court."), [["who", "vowed", "to appeal the ruling"]]);
  });

  it("a request, a restrictive clause and a wish picking out a group stay without a claim", () => {
    assert.deepEqual(triples("The official, who asked to remain anonymous, left early."), []);
    assert.deepEqual(triples("Soldiers who want to go home crossed the river."), []);
  });

  it("a bracket or a dash sets the clause off, and its content ends where the aside closes", () => {
    assert.deepEqual(triples("Kovac (who endorses the mayor) spoke in Lviv."), [["who", "endorses", "the mayor"]]);
    assert.deepEqual(triples("Graham -- who had previously endorsed Bush -- spoke in Ohio."), [["who", "had previously endorsed", "Bush"]]);
  });

  it("a second clause joined by 'and' shares the first one's antecedent", () => {
    const claims = extractArticle(article("The mayor, who won in 2019 and who wants to run again, spoke on Monday."), defaultResources()).claims;
    assert.equal(claims.length, 1);
    assert.equal(claims[0]!.cue.text, "wants");
    assert.equal(claims[0]!.content.text, "to run again");
    assert.equal(claims[0]!.source.text, "who");
  });
});

describe("a subject with a relative clause", () => {
  it("an object pronoun closing the clause is no source; the whole subject speaks", () => {
    assert.deepEqual(triples("Voters who backed him say the vote was rigged."), [
      ["who", "backed", "him"],
      ["Voters who backed him", "say", "the vote was rigged"],
    ]);
  });

  it("a plain pronoun subject still speaks", () => {
    assert.deepEqual(triples("They say the vote was rigged."), [["They", "say", "the vote was rigged"]]);
  });
});

describe("a lead-in before an infinitive cue whose form is also a noun", () => {
  it("'continue to show', 'continued to question', 'went on to praise' report", () => {
    assert.deepEqual(triples("Polls continue to show that voters are angry."), [["Polls", "continue to show", "that voters are angry"]]);
    assert.deepEqual(triples("Kovac continued to question whether the count was fair."), [["Kovac", "continued to question", "whether the count was fair"]]);
    assert.deepEqual(triples("She went on to praise the mayor."), [["She", "went on to praise", "the mayor"]]);
  });

  it("a noun after 'to' with no lead-in stays a noun", () => {
    assert.deepEqual(triples("The crowd went to the show in Lviv."), []);
    assert.deepEqual(triples("They listened to questions from the floor."), []);
  });
});

describe("a short aside between commas after the cue", () => {
  it("is skipped when 'that' follows it", () => {
    assert.deepEqual(triples("He believes, for example, that the tax is unfair."), [["He", "believes", "that the tax is unfair"]]);
    assert.deepEqual(triples("She argued, in a letter to the court, that the fine was unlawful."), [["She", "argued", "that the fine was unlawful"]]);
  });

  it("an aside with a verb of its own is no aside to skip", () => {
    const claims = triples("The mayor said, and the council agreed, that the tax is unfair.");
    // (The clause with its own verb is not skipped over: the mayor's content does not start at "that".)
    assert.notEqual(claims.find((c) => c[1] === "said")?.[2], "that the tax is unfair");
  });
});

describe("a wish or belief after 'and' inside a content", () => {
  it("goes on with the clause's own subject", () => {
    const said = triples("Petrova said she was tired of the war and wanted a ceasefire.").find((c) => c[1] === "said");
    assert.deepEqual(said, ["Petrova", "said", "she was tired of the war and wanted a ceasefire"]);
    const says = triples("Kovac says he is proud of the campaign and expects to win the runoff.").find((c) => c[1] === "says");
    assert.deepEqual(says, ["Kovac", "says", "he is proud of the campaign and expects to win the runoff"]);
  });

  it("a speech verb after 'and' is still the speaker's next claim", () => {
    assert.deepEqual(triples("The mayor said the bridge was unsafe and added that repairs would begin soon."), [
      ["The mayor", "said", "the bridge was unsafe"],
      ["The mayor", "added", "that repairs would begin soon"],
    ]);
  });
});

describe("a quotation that is the whole content", () => {
  it("ends the content before 'and' and the writer's words", () => {
    assert.deepEqual(triples('Kovac wrote "It is time to end this war," and shared a link to his page.'), [["Kovac", "wrote", '"It is time to end this war,"']]);
    assert.deepEqual(triples('Some 21 percent said "not too likely" and 14 percent said "not at all likely."'), [
      ["Some 21 percent", "said", '"not too likely"'],
      ["14 percent", "said", '"not at all likely."'],
    ]);
  });

  it("a quoted phrase that opens a longer clause stays inside it", () => {
    assert.deepEqual(triples('He said "budget reforms" and the collection of taxes would pay for it.'), [["He", "said", '"budget reforms" and the collection of taxes would pay for it']]);
  });
});

describe("a whole subject holding a counted noun that is also a verb form", () => {
  it("'voters in six states going to the polls' speaks as one source", () => {
    assert.deepEqual(triples("Voters in six states going to the polls said the economy is weak."), [["Voters in six states going to the polls", "said", "the economy is weak"]]);
  });

  it("a verb form with no count or determiner before it still closes the walk", () => {
    assert.deepEqual(triples("Officials said the economy is weak."), [["Officials", "said", "the economy is weak"]]);
    assert.deepEqual(triples("Voters in six states going to the polls."), []);
  });
});
