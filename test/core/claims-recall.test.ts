// Attribution shapes added for recall: each case checks the source, cue and content found.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { extractArticle } from "../../src/core/extract.js";
import { defaultResources } from "../../src/resources/index.js";
import { article } from "../helpers.js";

function triples(text: string): string[][] {
  return extractArticle(article(text), defaultResources()).claims.map((c) => [c.source.text, c.cue.text, c.content.text]);
}

describe("more reporting verbs", () => {
  it("'pointed to' cites evidence, its particle joining the cue", () => {
    assert.deepEqual(triples("The ministry pointed to satellite images of the damaged runway."), [
      ["The ministry", "pointed to", "satellite images of the damaged runway"],
    ]);
  });

  it("cautioned, signalled and clarified report a that-clause", () => {
    assert.deepEqual(triples("The army cautioned that the figures were preliminary."), [["The army", "cautioned", "that the figures were preliminary"]]);
    assert.deepEqual(triples("Officials in Kyiv signalled that talks could resume in March."), [["Officials in Kyiv", "signalled", "that talks could resume in March"]]);
    assert.deepEqual(triples("The governor later clarified that no evacuation had been ordered."), [["The governor", "later clarified", "that no evacuation had been ordered"]]);
  });
});

describe("poll shares as sources", () => {
  it("a share written with a sign owns the group after 'of'", () => {
    assert.deepEqual(triples("Some 58% of Ukrainians say the war will end this year."), [["Some 58% of Ukrainians", "say", "the war will end this year"]]);
  });

  it("a quantifier before 'of' keeps its own source phrase", () => {
    assert.deepEqual(triples("Most of the delegates said the vote was fair."), [["Most of the delegates", "said", "the vote was fair"]]);
  });
});

describe("cue boundaries", () => {
  it("a manner adverb right after the verb joins the cue", () => {
    assert.deepEqual(triples("The ministry said repeatedly that no civilians were hurt."), [["The ministry", "said repeatedly", "that no civilians were hurt"]]);
    assert.deepEqual(triples('"We hold," the commander said quietly.'), [["the commander", "said quietly", '"We hold,"']]);
  });

  it("an adverb that opens the content stays in it", () => {
    assert.deepEqual(triples("The ministry said nearly 60,000 people had left."), [["The ministry", "said", "nearly 60,000 people had left"]]);
  });

  it("a pronoun and a past-tense verb after 'adding' make a clause", () => {
    assert.deepEqual(triples("The governor visited the shelter, adding he intended to return next week."), [["The governor", "adding", "he intended to return next week"]]);
  });
});

describe("particles that join the cue", () => {
  it("'called for', 'warned against', 'complained about': the object after the particle is the content", () => {
    assert.deepEqual(triples("Zelenskiy called for more air defence systems."), [["Zelenskiy", "called for", "more air defence systems"]]);
    assert.deepEqual(triples("The agency warned against any escalation near the plant."), [["The agency", "warned against", "any escalation near the plant"]]);
    assert.deepEqual(triples("Residents complained about the lack of shelters."), [["Residents", "complained about", "the lack of shelters"]]);
  });

  it("'called on' joins the cue before someone asked to do something", () => {
    assert.deepEqual(triples('Zelenskiy called on allies "to send more jets now."'), [["Zelenskiy", "called on", 'allies "to send more jets now."']]);
  });

  it("a preposition before a time is no particle", () => {
    assert.deepEqual(triples("The governor called on Monday for calm in the city."), [["The governor", "called", "for calm in the city"]]);
  });
});

describe("a cue and a colon closing a paragraph", () => {
  it("what was said is the next paragraph, not the opening phrase", () => {
    const text = "In a speech in July, the governor said:\n\nThe bridge will be rebuilt. Work starts in spring.\n\nThe river rose overnight.";
    assert.deepEqual(triples(text), [["the governor", "said", "The bridge will be rebuilt. Work starts in spring"]]);
  });

  it("without a next paragraph there is no content", () => {
    assert.deepEqual(triples("In a speech in July, the governor said:"), []);
  });
});

describe("a message and its participle", () => {
  it("the sender of 'issued a statement saying' speaks, the message phrase joining the cue and naming the channel", () => {
    const [c] = extractArticle(article("The ministry issued a statement saying the bridge was hit."), defaultResources()).claims;
    assert.deepEqual([c?.source.text, c?.cue.text, c?.content.text, c?.channel?.text], ["The ministry", "issued a statement saying", "the bridge was hit", "a statement"]);
    assert.deepEqual(triples("Zelenskiy posted a video on Telegram saying the town was held."), [["Zelenskiy", "posted a video on Telegram saying", "the town was held"]]);
  });

  it("a message with a participle that reports nothing is no claim", () => {
    assert.deepEqual(triples("The ministry issued a statement mourning the victims."), []);
  });
});

describe("participles that give a setting", () => {
  it("', reporting from the scene,' is where the speaker is; only the main verb reports", () => {
    assert.deepEqual(triples("Local media, reporting from the scene, said the fire was out."), [["Local media", "said", "the fire was out"]]);
  });
});

describe("names given with 'called'", () => {
  it("'a group called X' inside a source names the group and keeps the source whole", () => {
    assert.deepEqual(triples("The founder of a Telegram group called Free Kherson said the town was calm."), [
      ["The founder of a Telegram group called Free Kherson", "said", "the town was calm"],
    ]);
  });

  it("a definite subject still calls something a name", () => {
    assert.deepEqual(triples("The ministry called the strike a provocation."), [["The ministry", "called", "the strike a provocation"]]);
  });
});

describe("a source opening the sentence before an aside", () => {
  it("an unnamed head with its modifier, then 'however' or 'meanwhile', is the source", () => {
    assert.deepEqual(triples("Residents of the town, meanwhile, said the water was rising."), [["Residents of the town", "said", "the water was rising"]]);
  });

  it("a phrase opening with 'a' before 'called' and a name is a naming, not a claim", () => {
    assert.deepEqual(triples("A newly formed volunteer battalion called Azov Reserve left the city."), []);
  });
});

describe("reporting nouns with an owner", () => {
  it("'Moscow's claim that ...' is Moscow's claim, nested in the denial that mentions it", () => {
    const found = extractArticle(article("Kyiv rejected Moscow's claim that its troops had been encircled."), defaultResources()).claims;
    assert.deepEqual(found.map((c) => [c.source.text, c.source.actor, c.cue.text, c.content.text, c.polarity]), [
      ["Kyiv", "Ukraine", "rejected", "Moscow's claim that its troops had been encircled", "deny"],
      ["Moscow's", "Russia", "claim", "that its troops had been encircled", "assert"],
    ]);
    assert.equal(found[1]?.parent, found[0]?.id);
    assert.deepEqual(found[1]?.hedges.map((h) => h.kind), ["claimed"]);
  });

  it("a possessive pronoun owner resolves to the speaker before it", () => {
    const found = extractArticle(article("Governor Alexei Smirnov repeated his warning that the dam could fail."), defaultResources()).claims;
    const warning = found.find((c) => c.cue.text === "warning");
    assert.deepEqual([warning?.source.text, warning?.source.actor, warning?.content.text], ["his", "Alexei Smirnov", "that the dam could fail"]);
  });
});

describe("a text ending at a cue", () => {
  it("extracts nothing and does not throw after a verb, its particle or a joining particle", () => {
    for (const text of ["Kyiv said", "The ministry pointed out", "The ministry pointed to", "The governor warned against"]) {
      assert.doesNotThrow(() => triples(text), text);
    }
  });
});

describe("verb forms that are also nouns", () => {
  it("agree as a verb with the noun before them when an object follows", () => {
    assert.deepEqual(triples("Video of the incident shows him with his hands raised."), [["Video of the incident", "shows", "him with his hands raised"]]);
    assert.deepEqual(triples("New filings show that the fund had run dry."), [["New filings", "show", "that the fund had run dry"]]);
  });

  it("a compound noun stays a noun", () => {
    assert.deepEqual(triples("The radio show the station aired was cancelled."), []);
  });

  it("satellite imagery is evidence that shows what it shows", () => {
    assert.deepEqual(triples("Satellite imagery shows the bridge destroyed."), [["Satellite imagery", "shows", "the bridge destroyed"]]);
  });
});

describe("the subject a participle hangs on", () => {
  it("is the phrase before the clause's first verb", () => {
    assert.deepEqual(triples("Both commanders stiffened their criticism of Shoigu, saying the army lacked shells."), [["their", "criticism of", "Shoigu"], ["Both commanders", "saying", "the army lacked shells"]]);
  });

  it("is never a name met after that verb, which is its object", () => {
    const sources = triples("In three interviews, the general sounded off on Shoigu, saying the army lacked shells.").map(([source]) => source);
    assert.ok(!sources.includes("Shoigu"), sources.join(", "));
  });
});

describe("passive participles with their agent", () => {
  it("stay inside the source phrase and report nothing themselves", () => {
    assert.deepEqual(triples("Analysts quoted by the Financial Times said the offensive had stalled."), [["Analysts quoted by the Financial Times", "said", "the offensive had stalled"]]);
  });

  it("a noun form after a verb is its object, not a second cue", () => {
    assert.deepEqual(triples("The Kremlin dismissed reports that Russian troops had withdrawn."), [["The Kremlin", "dismissed", "reports that Russian troops had withdrawn"]]);
  });
});

describe("'citing' between commas", () => {
  it("the cited source's content is what the main verb reports, without that verb", () => {
    assert.deepEqual(triples("The agency, citing sources in the military, reported on Friday that the commander had been dismissed."), [
      ["sources in the military", "citing", "that the commander had been dismissed"],
      ["The agency", "reported", "that the commander had been dismissed"],
    ]);
  });
});

describe("speech verbs after a quotation", () => {
  it("more verbs invert with their source ('agrees Olena Petrenko')", () => {
    assert.deepEqual(triples('"Our ideas of success are different," agrees Olena Petrenko, a nurse from Izium.'), [
      ["Olena Petrenko, a nurse from Izium", "agrees", '"Our ideas of success are different,"'],
    ]);
  });

  it("a form that is also a noun is a verb after a quotation and a name ('Kovac notes.')", () => {
    assert.deepEqual(triples('"The line will hold," Kovac notes.'), [["Kovac", "notes", '"The line will hold,"']]);
  });
});

describe("messages and posts as sources", () => {
  it("a message or post, with where it appeared, speaks for its author", () => {
    assert.deepEqual(triples('"Stay in shelters," a message on the ministry website reads.'), [["a message on the ministry website", "reads", '"Stay in shelters,"']]);
    assert.deepEqual(triples('"The enemy is retreating," the post on Telegram says.'), [["the post on Telegram", "says", '"The enemy is retreating,"']]);
  });

  it("an -s form before a quotation is the verb of the noun before it", () => {
    assert.deepEqual(triples('The leaflet claims "the city is surrounded."'), [["The leaflet", "claims", '"the city is surrounded."']]);
  });
});

describe("the reporter inside a source phrase", () => {
  it("'Residents interviewed by the BBC' are unnamed witnesses, not the BBC", () => {
    const [c] = extractArticle(article("Residents interviewed by the BBC said they had been given no warning."), defaultResources()).claims;
    assert.deepEqual([c?.source.text, c?.source.actor, c?.source.unnamed], ["Residents interviewed by the BBC", null, "witness"]);
  });
});

describe("a participle opening the sentence", () => {
  it("reports up to its comma, spoken by the main clause's subject", () => {
    assert.deepEqual(triples("Insisting that the town was safe, the mayor refused to order an evacuation."), [
      ["the mayor", "Insisting", "that the town was safe"],
      ["the mayor", "refused", "to order an evacuation"],
    ]);
  });

  it("a setting after it is no content", () => {
    assert.deepEqual(triples("Reporting from the front, the correspondent stayed near Bakhmut."), []);
  });
});

describe("confirming", () => {
  it("a confirmation is a claim; only a negated one is a non-answer", () => {
    assert.deepEqual(triples("The army confirmed the capture of the village."), [["The army", "confirmed", "the capture of the village"]]);
  });
});

describe("owners and openers", () => {
  it("the owner of a reporting noun is the name before its 's, not the clause before that", () => {
    const found = triples("Officials worked to block the changes amid Moscow's accusations that the vote was rigged.");
    assert.deepEqual(found.find(([, cue]) => cue === "accusations"), ["Moscow's", "accusations", "that the vote was rigged"]);
  });

  it("an opening participle with 'to' and its object reports nothing", () => {
    assert.deepEqual(triples("Responding to this criticism, Zelenskiy said the army would hold."), [["Zelenskiy", "said", "the army would hold"]]);
  });
});

describe("sources in further shapes", () => {
  it("'all' opening a clause speaks for those it counts", () => {
    assert.deepEqual(triples("To varying degrees, all agreed that the levy would raise prices."), [["all", "agreed", "that the levy would raise prices"]]);
  });

  it("a name after a comma that closes a clause is a postposed speaker, its verb not a noun", () => {
    assert.deepEqual(triples("The managers got bonuses every month, The Lakeside Herald reports."), [["The Lakeside Herald", "reports", "The managers got bonuses every month"]]);
  });

  it("'many of whom' speaks for a share of the people before the comma", () => {
    const c = extractArticle(article("The mayor met angry voters, many of whom say the shelters are full."), defaultResources()).claims;
    assert.deepEqual(c.map((x) => [x.source.text, x.source.unnamed, x.cue.text, x.content.text]), [["many of whom", "people", "say", "the shelters are full"]]);
  });

  it("a time phrase between a relative pronoun and the cue is passed over", () => {
    const c = extractArticle(article("Kovac, who on Monday said the dam would hold, left the town."), defaultResources()).claims;
    assert.deepEqual(c.map((x) => [x.source.text, x.cue.text, x.content.text]), [["who", "said", "the dam would hold"]]);
    assert.equal(c[0].source.resolved_from?.text, "Kovac");
  });

  it("a time phrase between the source and the cue is passed over", () => {
    assert.deepEqual(triples("An arbitration panel in 2001 found the city was in breach of the contract."), [["An arbitration panel", "found", "the city was in breach of the contract"]]);
  });

  it("doubting a quality of something is a question", () => {
    const c = extractArticle(article("Ray's supporters questioned the wisdom of the deal."), defaultResources()).claims;
    assert.deepEqual(c.map((x) => [x.cue.text, x.content.text, x.polarity]), [["questioned", "the wisdom of the deal", "question"]]);
  });
});

describe("more unnamed source heads", () => {
  it("a judge, a board or a company is an unnamed source of its kind", () => {
    const c = extractArticle(article("A federal judge ruled that the records must be released."), defaultResources()).claims;
    assert.deepEqual(c.map((x) => [x.source.text, x.source.unnamed, x.cue.text]), [["A federal judge", "official", "ruled"]]);
  });

  it("a participle after a clause whose subject is such a head is that subject's claim", () => {
    const found = triples("Two speechwriters urged her to keep the line, arguing that it rattled her rival.");
    assert.deepEqual(found.find(([, cue]) => cue === "arguing"), ["Two speechwriters", "arguing", "that it rattled her rival"]);
  });
});

describe("relayed speakers", () => {
  it("'cited X as saying' gives X a claim of its own, nested in the medium's", () => {
    const found = extractArticle(article("TASS cited the regional officials as saying the bridge had been repaired."), defaultResources()).claims;
    assert.deepEqual(found.map((c) => [c.source.text, c.cue.text, c.content.text]), [
      ["TASS", "cited", "the regional officials as saying the bridge had been repaired"],
      ["the regional officials", "as saying", "the bridge had been repaired"],
    ]);
    assert.equal(found[1]?.parent, found[0]?.id);
  });

  it("'asked by X whether' is X's question, not the answerer's", () => {
    const found = triples("Asked by a reporter whether the dam would hold, the governor said it would hold.");
    assert.deepEqual(found[0], ["a reporter", "Asked", "whether the dam would hold"]);
    assert.deepEqual(found[1], ["the governor", "said", "it would hold"]);
  });
});

describe("owned reporting nouns with an object", () => {
  it("'his calls for', 'her refusal to' report their object", () => {
    assert.deepEqual(triples("The mayor renewed his calls for a ceasefire in the valley."), [["his", "calls for", "a ceasefire in the valley"]]);
    assert.deepEqual(triples("Residents were angered by the governor's refusal to evacuate the town."), [["the governor's", "refusal", "to evacuate the town"]]);
  });
});

describe("inverted sources with a title in lower case", () => {
  it("'..., said former governor Ann Ray' is Ann Ray's claim", () => {
    assert.deepEqual(triples("The levee will not hold another week, said former governor Ann Ray."), [["former governor Ann Ray", "said", "The levee will not hold another week"]]);
  });
});

describe("views, attitudes and named surveys", () => {
  it("'sees X as Y' is a view held", () => {
    assert.deepEqual(triples("Kovac sees the ceasefire as a trap for Kyiv."), [["Kovac", "sees", "the ceasefire as a trap for Kyiv"]]);
  });

  it("adjectives of belief, stance and intention after a form of be report as verbs do", () => {
    assert.deepEqual(triples("The commander was confident that the line would hold."), [["The commander", "was confident", "that the line would hold"]]);
    assert.deepEqual(triples("The governor was critical of the evacuation plan."), [["The governor", "was critical of", "the evacuation plan"]]);
    assert.deepEqual(triples("The council is willing to pay for the repairs."), [["The council", "is willing", "to pay for the repairs"]]);
  });

  it("a clause closed by a named survey is that survey's claim", () => {
    assert.deepEqual(triples("The governor leads her rival by nine points in a new Kyiv International Institute poll."), [["a new Kyiv International Institute poll", "in", "The governor leads her rival by nine points"]]);
  });
});

describe("a predicate ending in a colon before a quotation", () => {
  it("is the subject's claim, the predicate its cue", () => {
    assert.deepEqual(triples('The governor went even further: "Leave the valley tonight."'), [["The governor", "went even further:", '"Leave the valley tonight."']]);
  });
});

describe("what a source wants", () => {
  it("'wants' with a noun object is an intention, as with an infinitive", () => {
    const found = extractArticle(article("Moscow wants security guarantees from the alliance."), defaultResources()).claims;
    assert.deepEqual(found.map((c) => [c.source.text, c.cue.text, c.content.text, c.kind]), [["Moscow", "wants", "security guarantees from the alliance", "intention"]]);
  });
});

describe("shares and owners before 'of'", () => {
  it("a share in words and a count before 'of' head the source", () => {
    assert.deepEqual(triples("One in five say the war will end this year."), [["One in five", "say", "the war will end this year"]]);
    assert.deepEqual(triples("Nine of 10 residents said the shelters were full."), [["Nine of 10 residents", "said", "the shelters were full"]]);
  });
});

describe("a source located by a place after 'in' or 'at'", () => {
  const sources = (text: string) => extractArticle(article(text), defaultResources()).claims.map((c) => [c.source.text, c.source.actor, c.source.affiliation]);

  it("keeps the institution and its spokesperson, not the town alone", () => {
    assert.deepEqual(sources("A spokesperson for Sheba Hospital in Ramat Gan said nine people were treated.").map((s) => s[0]), ["A spokesperson for Sheba Hospital in Ramat Gan"]);
    assert.deepEqual(sources("Doctors at the Ministry of Health in Khartoum said the clinics were full.").map((s) => s[0]), ["Doctors at the Ministry of Health in Khartoum"]);
    assert.deepEqual(sources("A nurse at Okhmatdyt hospital in Kyiv said the ward was hit.").map((s) => s[0]), ["A nurse at Okhmatdyt hospital in Kyiv"]);
  });

  it("takes its actor from the name, not from the place that locates it", () => {
    assert.deepEqual(sources("The U.S. Embassy in Kyiv said it would stay closed."), [["The U.S. Embassy in Kyiv", "United States", "US"]]);
  });
});

describe("armed bodies without a name are typed unnamed sources", () => {
  it("an army, a junta or a regime speaks as an official source; rebels and militias as a group", () => {
    const typed = (text: string) => extractArticle(article(text), defaultResources()).claims.map((c) => c.source.unnamed);
    assert.deepEqual(typed("The ruling junta said the toll had risen."), ["official"]);
    assert.deepEqual(typed("The army said it had repelled two attacks."), ["official"]);
    assert.deepEqual(typed("The rebels said they had taken the airport."), ["group"]);
  });
});

describe("a reply named after what it answers", () => {
  it("'..., a claim Moscow denies' and '..., a figure the rebels dispute' deny what was just told, without reporting it", () => {
    const found = extractArticle(article("Kyiv says its troops hold the town, a claim Moscow denies. Officials said 40 people died, a figure the rebels dispute."), defaultResources()).claims;
    const replies = found.filter((c) => c.polarity === "deny").map((c) => [c.source.text, c.cue.text]);
    assert.deepEqual(replies, [["Moscow", "denies"], ["the rebels", "dispute"]]);
    // The statements they answer stay the narrator's report, nested in no reply.
    for (const c of found.filter((c) => c.polarity === "assert")) assert.equal(c.parent, null);
  });

  it("'..., an attack Kabul blamed on ...' and '..., a move Seoul condemned': the speaker is the name after the act's noun", () => {
    const found = extractArticle(article("Gunmen killed nine guards at the border post, an attack Kabul blamed on rival militias. The navy sent two ships north, a move Seoul condemned."), defaultResources()).claims;
    assert.deepEqual(found.map((c) => [c.source.text, c.source.affiliation, c.cue.text]), [["Kabul", "AF", "blamed"], ["Seoul", "KR", "condemned"]]);
  });
});

describe("a participle's holder after a verb", () => {
  it("'X vetoed a resolution demanding ...': the resolution demands, not the one who vetoed it", () => {
    const found = extractArticle(article("Norway vetoed a Security Council resolution demanding new elections."), defaultResources()).claims;
    assert.deepEqual(found.map((c) => [c.source.text, c.cue.text, c.content.text]), [["a Security Council resolution", "demanding", "new elections"]]);
  });
});

describe("a second verb after what was said", () => {
  it("'said it had cleared the village and found rifles' holds one claim: finding a thing is no evidence shown", () => {
    const found = extractArticle(article("The army said it had cleared the village and found rifles in a cellar."), defaultResources()).claims;
    assert.deepEqual(found.map((c) => c.cue.text), ["said"]);
    const shown = extractArticle(article("The ministry said the strike hit a depot and showed footage of the blast."), defaultResources()).claims;
    assert.deepEqual(shown.map((c) => c.cue.text), ["said", "showed"]);
  });
});

describe("a day between the speaker and the verb", () => {
  it("'Kovac on Friday criticized the statement': a message noun after the verb is its object, not a channel", () => {
    const found = extractArticle(article("Kovac on Friday criticized the statement. The governor on Monday condemned the remarks as reckless."), defaultResources()).claims;
    assert.deepEqual(found.map((c) => [c.source.text, c.cue.text]), [["Kovac", "criticized"], ["The governor", "condemned"]]);
    // A participle after a determiner still opens a channel: "in a leaked statement".
    const leaked = extractArticle(article("The ministry said in a leaked statement that the port was closed."), defaultResources()).claims;
    assert.equal(leaked[0]?.channel?.text, "in a leaked statement");
  });
});

describe("a subject with an apposition before the cue", () => {
  it("skips a quoted word or title inside the apposition", () => {
    assert.deepEqual(triples("Ostrova, who calls the dam a \u201cdeath trap,\u201d said the town should be evacuated."), [
      ["who", "calls", "the dam a \u201cdeath trap,\u201d"],
      ["Ostrova", "said", "the town should be evacuated"],
    ]);
    assert.deepEqual(triples('Lind, the author of "Rivers Rising," a history of the valley, said the levees were never finished.'), [
      ['Lind, the author of "Rivers Rising," a history of the valley', "said", "the levees were never finished"],
    ]);
  });

  it("takes 'one' or 'another' and a noun as the head before a relative clause", () => {
    assert.deepEqual(triples("One engineer, who asked not to be named, said the spillway had cracked."), [["One engineer", "said", "the spillway had cracked"]]);
  });

  it("still reads a quotation opening the sentence as the content, not a subject", () => {
    assert.deepEqual(triples("\u201cThe dam will hold,\u201d Ostrova said."), [["Ostrova", "said", "\u201cThe dam will hold,\u201d"]]);
    assert.deepEqual(triples("The mayor, who wore a \u201cSave the River,\u201d pin, left early."), []);
  });
});
