// Where a content ends and a source begins: the writer's asides after a reported clause stay out
// of the content, the parts of what was said stay in.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { extractArticle } from "../../src/core/extract.js";
import type { Claim } from "../../src/core/types.js";
import { defaultResources } from "../../src/resources/index.js";
import { article } from "../helpers.js";

function claims(text: string): Claim[] {
  return extractArticle(article(text), defaultResources()).claims;
}

function contentOf(text: string, cue: string): string | undefined {
  return claims(text).find((c) => c.cue.text === cue)?.content.text;
}

describe("a lone dash after the content", () => {
  it("ends the content before a subordinate clause or a participle of the writer's", () => {
    assert.equal(contentOf("The governor said the bridge would reopen on Monday — even though engineers had not yet inspected it.", "said"), "the bridge would reopen on Monday");
    assert.equal(contentOf("Petrenko said the shelling had stopped -- prompting residents to return to the market.", "said"), "the shelling had stopped");
    assert.equal(contentOf("The mayor said the levee was safe - but the river kept rising through the night.", "said"), "the levee was safe");
  });

  it("keeps a pair of dashes that sets off part of what was said", () => {
    assert.equal(
      contentOf("The minister said the convoy — while it was delayed at the border — reached Kharkiv on Tuesday.", "said"),
      "the convoy — while it was delayed at the border — reached Kharkiv on Tuesday",
    );
  });

  it("ends the content before an indefinite noun phrase of the writer's after a lone dash", () => {
    assert.equal(contentOf("The mayor said the repairs would cost $2 million — a high sum for a town of 3,000.", "said"), "the repairs would cost $2 million");
    assert.equal(contentOf("Koval warned of shortages at the front -- an issue the ministry has long played down.", "warned of"), "shortages at the front");
  });

  it("keeps what follows a dash when it is a phrase of the content, not a clause", () => {
    assert.equal(contentOf("The mayor said the levee would hold - but with more sandbags.", "said"), "the levee would hold - but with more sandbags");
    assert.equal(contentOf("Koval said two bridges were destroyed — including the one at Izium.", "said"), "two bridges were destroyed — including the one at Izium");
  });

  it("keeps a dash inside a quotation", () => {
    assert.equal(contentOf("Koval said the army was “holding the line — even though we are outnumbered.”", "said"), "the army was “holding the line — even though we are outnumbered.”");
  });
});

describe("a coordinated clause with a pronoun subject and a reporting verb of its own", () => {
  it("ends the first content", () => {
    assert.equal(contentOf("The governor said the road was open, and he accused the army of blocking the convoy.", "said"), "the road was open");
    assert.equal(contentOf("Koval said the dam had held but she warned that more rain was coming.", "said"), "the dam had held");
  });

  it("keeps a second clause whose verb reports nothing", () => {
    assert.equal(contentOf("The governor said the road was open and he drove to the border.", "said"), "the road was open and he drove to the border");
  });
});

describe("a participle of support or opposition after its noun", () => {
  it("makes the noun phrase the holder and the object the content", () => {
    const [c] = claims("A group backing Mayor Ivan Koval spent $2 million on radio ads.");
    assert.deepEqual([c?.source.text, c?.cue.text, c?.content.text], ["A group", "backing", "Mayor Ivan Koval"]);
    const [d] = claims("Donors gave $5 million to super PACs supporting the ceasefire plan.");
    assert.deepEqual([d?.source.text, d?.cue.text, d?.content.text], ["super PACs", "supporting", "the ceasefire plan"]);
  });

  it("reports nothing after a name, a verb or a determiner", () => {
    assert.deepEqual(claims("Koval regretted supporting the plan in 2019."), []);
    assert.deepEqual(claims("The committee met after the backing of the plan was announced."), []);
  });
});

describe("an aside of manner between the source and its cue", () => {
  it("leaves the aside out of the source", () => {
    const sourceOf = (text: string): string | undefined => claims(text)[0]?.source.text;
    assert.equal(sourceOf("Koval, exasperated, replied that the bridge was closed."), "Koval");
    assert.equal(sourceOf("The governor, with obvious relief, said the dam had held."), "The governor");
    assert.equal(sourceOf("Petrenko, to his credit, admitted the figures were wrong."), "Petrenko");
    assert.equal(sourceOf("The mayor, himself a former soldier, said the town would not be evacuated."), "The mayor");
  });

  it("keeps an apposition and a participle with its agent", () => {
    const sourceOf = (text: string): string | undefined => claims(text)[0]?.source.text;
    assert.equal(sourceOf("Olena Koval, a nurse from Kharkiv, said the clinic was hit."), "Olena Koval, a nurse from Kharkiv");
    assert.equal(sourceOf("The survey, conducted by the Kyiv institute, found that most residents stayed."), "The survey, conducted by the Kyiv institute");
  });
});

describe("a quotation that goes on after its attribution", () => {
  it("opens after a no-break space too", () => {
    const found = claims("\"The bridge is gone,\" he said.\u00a0\"We will build another.\"").map((c) => c.content.text);
    assert.deepEqual(found, ["\"The bridge is gone,\"", "\"We will build another.\""]);
  });

  it("runs on over many sentences until it closes", () => {
    const rest = Array.from({ length: 9 }, (_, i) => `Line ${i + 1} held.`).join(" ");
    const found = claims(`“The front held,” Koval said. “${rest}”`).map((c) => c.content.text);
    assert.equal(found.length, 2);
    assert.ok(found[1]!.startsWith("“Line 1 held.") && found[1]!.endsWith("Line 9 held.”"), `got ${JSON.stringify(found)}`);
  });
});

describe("an apposition inside the reported clause", () => {
  it("does not end the content when the clause's verb follows it", () => {
    assert.equal(contentOf("Koval said that the mayor, a former colonel, has left the city.", "said"), "that the mayor, a former colonel, has left the city");
  });

  it("still ends the content at an apposition to what was said", () => {
    assert.equal(contentOf("Koval said the bridge was hit twice, a claim the army denied.", "said"), "the bridge was hit twice");
  });
});

describe("a subject that opens the sentence with a phrase after a preposition", () => {
  const sourceOf = (text: string): string | undefined => claims(text)[0]?.source.text;

  it("is the source as a whole, not the phrase after the preposition", () => {
    assert.equal(sourceOf("Most residents of the villages near the front said the shelling had stopped."), "Most residents of the villages near the front");
    assert.equal(sourceOf("Nine in 10 voters in the eastern districts say the bridge should be rebuilt."), "Nine in 10 voters in the eastern districts");
  });

  it("leaves an opening setting, a verb or a headline out", () => {
    assert.ok(!sourceOf("After the vote in the regional council Koval said the plan had failed.")?.startsWith("After"));
    assert.equal(sourceOf("The video then cuts to footage of Koval saying the bridge is safe."), "footage of Koval");
  });
});

describe("a quotation after the writer's colon, before a postposed attribution", () => {
  it("starts the content after the colon", () => {
    assert.equal(contentOf("The governor summed up the week: “We held every bridge,” she said.", "said"), "“We held every bridge,”");
  });

  it("keeps a colon inside the quotation", () => {
    assert.equal(contentOf("“The lesson is simple: hold the bridges,” the governor said.", "said"), "“The lesson is simple: hold the bridges,”");
  });
});

describe("a bare recipient noun after a verb of telling", () => {
  it("is left out of the content", () => {
    assert.equal(contentOf("The governor tells audiences the front will hold.", "tells"), "the front will hold");
    assert.equal(contentOf("Most residents told pollsters they would stay.", "told"), "they would stay");
  });
});

describe("a parenthesis around the claim", () => {
  it("ends the content where a parenthesis opened before it closes", () => {
    assert.equal(contentOf("The bridge will cost $40 million (the mayor said it would be closer to $50 million).", "said"), "it would be closer to $50 million");
    assert.equal(contentOf("The levee (which the engineer said would hold until spring) gave way on Friday.", "said"), "would hold until spring");
  });

  it("keeps a parenthesis opened and closed inside the content", () => {
    assert.equal(contentOf("Koval said the tanker (a Greek-flagged vessel) had left the port.", "said"), "the tanker (a Greek-flagged vessel) had left the port");
    assert.equal(contentOf("The mayor said the levee would hold (for now) and the river would fall.", "said"), "the levee would hold (for now) and the river would fall");
  });
});

describe("a second predicate of the speaker after 'and'", () => {
  it("ends an object content before the subject's next act", () => {
    assert.equal(contentOf("The senator praised the firefighters and took the stage with them.", "praised"), "the firefighters");
    assert.equal(contentOf("The governor has promised a veto and has since met the bill's sponsors.", "has promised"), "a veto");
    assert.equal(contentOf("Kovac complained about the lack of shelters and then left the hall.", "complained about"), "the lack of shelters");
  });

  it("keeps a clause's own second verb and a noun joined by 'and'", () => {
    assert.equal(contentOf("The minister said the company cut jobs and raised prices.", "said"), "the company cut jobs and raised prices");
    assert.equal(contentOf("The agency reported that the town holds cash and would owe taxes.", "reported"), "that the town holds cash and would owe taxes");
    assert.equal(contentOf("The mayor criticized the plan and the amended rules.", "criticized"), "the plan and the amended rules");
    assert.equal(contentOf("Critics argue the system gives too much power to insiders and has failed voters.", "argue"), "the system gives too much power to insiders and has failed voters");
    assert.equal(contentOf("Most residents say he likes the plan and has told them so.", "say"), "he likes the plan and has told them so");
  });
});

describe("a relative clause after a comma", () => {
  it("ends the content when it runs to the end of the sentence", () => {
    assert.equal(contentOf("The mayor announced his engagement to Ann Ray, who is the former wife of a senator.", "announced"), "his engagement to Ann Ray");
    assert.equal(contentOf("Kovac praised the volunteers from Lviv, who reached the town first.", "praised"), "the volunteers from Lviv");
  });

  it("stays in the content when it closes inside the subject of a clause", () => {
    assert.equal(contentOf("Kovac said Lind, who won the district, would resign.", "said"), "Lind, who won the district, would resign");
    assert.equal(contentOf("The paper reported that the governor, who faces a recall, has left the state.", "reported"), "that the governor, who faces a recall, has left the state");
  });
});

describe("two speakers side by side", () => {
  it("'X says A, Y says B' gives two claims, neither inside the other", () => {
    const x = extractArticle(article("Armenia says 12 killed, Azerbaijan says it hit an artillery post", "2025-06-17"), defaultResources());
    assert.deepEqual(
      x.claims.map((c) => [c.source.text, c.content.text, c.parent]),
      [
        ["Armenia", "12 killed", null],
        ["Azerbaijan", "it hit an artillery post", null],
      ],
    );
  });

  it("a speaker set off by commas stays inside: 'A, he says, B'", () => {
    const x = extractArticle(article("The governor says the bridge, he says, will reopen on Monday.", "2025-06-17"), defaultResources());
    assert.equal(x.claims[0]?.content.text.includes("will reopen"), true);
  });
});

describe("a content before its cue keeps a speaker inside it", () => {
  it("'On Aug. 10, the ministry said X, according to TASS': TASS relays the ministry's whole claim", () => {
    const x = extractArticle(article("On Aug. 10, the emergencies ministry said 7,000 people had left, according to TASS.", "2025-06-17"), defaultResources());
    const tass = x.claims.find((c) => c.source.text === "TASS");
    assert.ok(tass?.content.text.includes("7,000 people had left"), tass?.content.text);
  });
});

describe("'A, X said, adding that B'", () => {
  it("A is what was said even when its verb is no plain past form; B is the added claim", () => {
    const x = extractArticle(article("The fighters also set fire to 40 houses and 30 cars, the rights office said, adding that some 2,000 residents had fled.", "2025-06-17"), defaultResources());
    const said = x.claims.find((c) => c.cue.text === "said");
    const adding = x.claims.find((c) => c.cue.text === "adding");
    assert.equal(said?.content.text, "The fighters also set fire to 40 houses and 30 cars");
    assert.equal(adding?.content.text, "that some 2,000 residents had fled");
    assert.equal(adding?.parent, null);
    assert.equal(contentOf("Drones hit two substations overnight, the governor said, saying repairs would take a week.", "said"), "Drones hit two substations overnight");
  });

  it("a setting before the speaker is not what was said, and the added claim is never the cue's content", () => {
    const x = extractArticle(article("In Port Sudan, the army said, adding that the airport had reopened.", "2025-06-17"), defaultResources());
    assert.equal(x.claims.some((c) => c.cue.text === "said"), false);
    assert.equal(x.claims.find((c) => c.cue.text === "adding")?.content.text, "that the airport had reopened");
  });
});

describe("parents form a tree", () => {
  /** Whether walking up from each claim ever comes back to it. */
  const hasCycle = (claims: Claim[]): boolean => {
    const byId = new Map(claims.map((c) => [c.id, c]));
    return claims.some((c) => {
      const seen = new Set<string>();
      for (let at: Claim | undefined = c; at; at = at.parent ? byId.get(at.parent) : undefined) {
        if (seen.has(at.id)) return true;
        seen.add(at.id);
      }
      return false;
    });
  };

  it("two claims holding each other's cue: the attribution that closes the sentence is the outer one", () => {
    const x = claims("The militia put the toll at 12, the army said.");
    assert.equal(hasCycle(x), false);
    assert.equal(x.find((c) => c.source.text === "the army")?.parent, null);
    // The inner content ends before the closing attribution.
    assert.equal(x.find((c) => c.source.text === "The militia")?.content.text, "the toll at 12");
  });

  it("no cycle in chains of reported speech", () => {
    assert.equal(hasCycle(claims("Kovac said Petrov told reporters the governor said the mayor had claimed the bridge was shut, the agency reported.")), false);
    assert.equal(hasCycle(claims("The ministry put the losses at 40, the army said, the agency reported.")), false);
  });
});

describe("a participle after a comma", () => {
  it("stays in a reported clause whose own verb it goes on from", () => {
    assert.equal(contentOf("The agency said the river rose two metres overnight, flooding the lower town.", "said"), "the river rose two metres overnight, flooding the lower town");
    assert.equal(contentOf("Kovac said the fund raised $4 million in May, bringing its total to $9 million.", "said"), "the fund raised $4 million in May, bringing its total to $9 million");
  });

  it("ends the content when it reports again or when the content is an object", () => {
    assert.equal(contentOf("Kovac said the fund raised $4 million in May, adding that more would follow.", "said"), "the fund raised $4 million in May");
    assert.equal(contentOf("The mayor praised the firefighters, handing each of them a medal.", "praised"), "the firefighters");
    assert.equal(contentOf("The council vowed to rebuild the bridge, hoping to finish by spring.", "vowed"), "to rebuild the bridge");
  });
});

describe("a subordinate clause after a plain object", () => {
  it("is the writer's setting, not part of the object", () => {
    assert.equal(contentOf("The mayor criticized the governor after the bridge collapsed.", "criticized"), "the governor");
    assert.equal(contentOf("The union backed Ray as the race tightened in the north.", "backed"), "Ray");
    assert.equal(contentOf("Kovac tweeted a photo of the convoy while he waited at the border.", "tweeted"), "a photo of the convoy");
  });

  it("stays when the object has a verb of its own, or when 'as' names a role", () => {
    assert.equal(contentOf("The mayor criticized the plan to close the bridge before the vote.", "criticized"), "the plan to close the bridge before the vote");
    assert.equal(contentOf("Critics cast the governor as a spoiler.", "cast"), "the governor as a spoiler");
    assert.equal(contentOf("The agency said the bridge reopened after the repairs ended.", "said"), "the bridge reopened after the repairs ended");
    assert.equal(contentOf("The engineer told reporters the dam held until the spring floods passed.", "told"), "the dam held until the spring floods passed");
  });
});

describe("a clause of its own after a lone dash", () => {
  it("ends the content", () => {
    assert.equal(contentOf("The agency said the convoy had reached Kharkiv — local officials are still waiting for it.", "said"), "the convoy had reached Kharkiv");
  });

  it("keeps a noun phrase, a pair of dashes or a clause joined by 'and'", () => {
    assert.equal(contentOf("The mayor said the bridge was closed — the only crossing in the district.", "said"), "the bridge was closed — the only crossing in the district");
    assert.equal(contentOf("The mayor said the bridge — the city says it is safe — was closed.", "said"), "the bridge — the city says it is safe — was closed");
    assert.equal(contentOf("The mayor said the bridge was closed — and the ferry would run instead.", "said"), "the bridge was closed — and the ferry would run instead");
  });
});

describe("a content inside an opening subordinate clause", () => {
  it("ends before the main clause", () => {
    assert.equal(contentOf("Despite polls showing Ray well behind, Kovac campaigned hard in the state.", "showing"), "Ray well behind");
    assert.equal(contentOf("While Kovac said the dam was safe, the river rose through the night.", "said"), "the dam was safe");
  });

  it("runs on when the sentence opens with its main clause", () => {
    assert.equal(contentOf("Kovac said the dam was safe, the river had fallen and the roads were open.", "said"), "the dam was safe, the river had fallen and the roads were open");
  });
});

describe("a time or a channel after a plain object", () => {
  it("is the setting of the act, not part of the object", () => {
    assert.equal(contentOf("The senator announced her candidacy in June 2015.", "announced"), "her candidacy");
    assert.equal(contentOf("The mayor called for more school investment in a statement on Monday.", "called for"), "more school investment");
    assert.equal(contentOf("Ray blamed local officials on Twitter.", "blamed"), "local officials");
    // A word in -ing after a noun is a noun ("school funding"); after a name it is a verb of the object's own.
    assert.equal(contentOf("The mayor called for more school funding in a statement.", "called for"), "more school funding");
    assert.equal(contentOf("Polls showed Ray gaining in the north on Monday.", "showed"), "Ray gaining in the north on Monday");
  });

  it("stays after a preposition of the object, or when the object has a verb of its own", () => {
    assert.equal(contentOf("The union has been promising a larger staff for months.", "has been promising"), "a larger staff for months");
    assert.equal(contentOf("The agency said the dam failed on Monday.", "said"), "the dam failed on Monday");
  });
});
