// Sentences that hold a reporting word but no claim; each says why.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { extractArticle } from "../../src/core/extract.js";
import { defaultResources } from "../../src/resources/index.js";
import { article } from "../helpers.js";

const NOT_CLAIMS: [string, string][] = [
  ["Kharkiv: Olena Koval, Ivan Petrenko, Mykola Shevchenko and Anna Bondar.", "a heading and a colon before a list of names states nothing"],
  ["The governor declared a state of emergency on Wednesday.", "'state' is a noun before 'of'"],
  ["The United States had no involvement in the operation.", "capitalised 'States' is a name, not a verb"],
  ["He declined to say how many troops were involved.", "an infinitive reports nothing"],
  ["The report was published on Monday.", "'report' after a determiner is a noun"],
  ["Reports of explosions could not be confirmed.", "'Reports of' is a noun phrase"],
  ["It was said to be the largest battle since 1943.", "a passive has no speaker"],
  ["Russia controls 18% of Ukrainian territory.", "no reporting word at all"],
  ["The claims will be reviewed next week.", "'claims' after a determiner is a noun"],
  ["The spokesman could not say whether anyone was hurt.", "a negated cue before a question is a non-answer"],
  ["The driver, who asked not to be named, was unhurt.", "asking not to be named is a request"],
  ["I've always said that the war would end badly.", "a contracted I is the writer's own voice"],
  ["Q: Do you think the war will end this year?", "an interviewer's question, and 'you' speaks for no one"],
  ["Zelenskiy: 547. Putin: 312.", "a tally line is not a claim"],
  ["Fighters from a group called Wagner left the town.", "'a group called X' names the group"],
  ["The governor called into a radio show on Monday.", "'called into' is a phone call"],
  ["The Washington-based think tank's assessment placed the strikes near Sumy.", "'think tank' is a noun"],
  ["Monitors rated most of the Russian claims as false.", "'claims' after a name and before 'as' is a noun"],
  ['Two questions remain: "Why now?" and "Who pays?"', "a count before 'questions' makes it a noun"],
  ["The ministry did not immediately respond to a request for comment.", "not responding to a request for comment is a refusal"],
  ["The governor kept a wide lead in the polls over her rival.", "'in the polls' inside a clause names no survey as a source"],
  ["The mayor's weekly radio show airs on Sundays.", "'show' after a modifier is a noun"],
  ["The two armies agree to ceasefire after a week of clashes.", "'agree to' a noun is an act agreed, not a stated position"],
  ["The rebels agreed to talks in Nairobi.", "a plural noun after 'to' is no infinitive"],
  ["Few volunteers showed up at the levee on Monday.", "'showed up' is arriving, not evidence"],
  ["The governor made a strong showing in the northern districts.", "'showing' after an adjective is a noun"],
  ["Volunteers now run a program called Safe Harbor for flood victims.", "'a program called X' names the program"],
  ["Let me tell you how high the water rose.", "'let me' is the writer's or the speaker's own voice"],
  ["Anyone who says the levee is safe has not seen it.", "'anyone who says' defines a class, it names no speaker"],
  ["The Guard and state troopers will stay in the valley through Sunday.", "'state' after 'and' before a noun is a noun"],
  ["I went to the levee and said nothing to anyone.", "a coordinated cue after 'I' is the writer's own voice"],
  ["Only time will tell whether the levee holds.", "a lone time word is no source"],
  ["The engineers kept telling themselves the pumps would work.", "a lone verb before the cue is no source"],
  ["The convoy was signalled through the checkpoint at dawn.", "a passive 'signalled' has no speaker"],
  ["The commander cautioned his troops against complacency.", "'cautioned' with an object and no clause reports nothing"],
  ["The soldier pointed at the burning tank.", "'pointed' without 'out' or 'to' is a gesture"],
  ["With nearly all precincts reporting, the count was close.", "a bare 'reporting' after a noun modifies it"],
  ["The charges rest on an affidavit written by a detective.", "a bare 'written' after a noun is a passive modifier"],
  ["The commanders know how to hold a river line.", "a belief about a question holds no proposition"],
  ["Twitter: @kyivdesk.", "a label line names a platform, not a speaker"],
  ["The commander was formally called to testify.", "a passive with an adverb has no speaker"],
  ["The claim that the ministry made was never repeated.", "a reporting noun without an owner reports nothing"],
  ["The commander called on the radio for reinforcements.", "'called on' without an infinitive after it is a call, not an appeal"],
  ["One blogger, Rybar, posted a map showing the front line near Pokrovsk.", "a subject with its apposition is no content before an inverted source"],
  ["The military post on the hill was shelled overnight.", "a post as a place reports nothing"],
  ["Kyiv has not confirmed the capture of the village.", "a refusal to confirm is no claim of what it does not confirm"],
  ["The ministry did not disclose the number of casualties.", "a refusal to disclose is no claim"],
  ["Russia's claim that it made last week did not hold.", "a relative clause after 'claim that' holds no proposition"],
  ["BYLINE: Olena Petrenko.", "a byline names the writer, not a speaker"],
  ["The so-called peace plan collapsed within a week.", "'so-called' is a label, not speech"],
  ["The said company paid the fine on Monday.", "'said' after a determiner is an adjective"],
  ["Shares of the bank declined 3% after the report.", "a decline in price takes no infinitive"],
  ["Border guards refused entry to the reporters.", "a refusal of entry takes no infinitive"],
  ["The river backed up into the cellars.", "'backed up' is water, not a stance"],
  ["Ukrainian infantry, supported by artillery, retook the village.", "a passive 'supported by' is military support"],
  ["The council will talk to residents on Monday.", "talking to someone names no topic"],
  ["Kovac spoke on condition of anonymity.", "speaking on condition of anonymity names no topic"],
  ["The governor would support a ceasefire if asked.", "a hypothetical stance is none"],
  ["The engineers offered tea to the volunteers.", "an offer of things is no claim"],
  ["It is worth noting that the dam held.", "'worth noting' is the writer's own aside"],
  ["It goes without saying that the dam held.", "'goes without saying' is the writer's own aside"],
  ["Having said that, the dam held.", "'having said that' is the writer's own turn"],
  ["A raft of new emissions rules that promise lower costs passed.", "'rules' after a noun is a noun"],
  ["The ministry added Kovac's remarks to the file.", "a possessive 's is no verb: a noun object is no clause"],
  ["The governor, who is noted for her bluntness, spoke first.", "a passive 'noted for' describes her"],
  ["The noted historian Olena Ruban spoke first.", "'noted' before a noun is an adjective"],
  ["Police questioned the suspect for hours.", "questioning a person is an interview, not doubt"],
  ["Six people were hurt as a result of the Russian attack, including two children.", "an attack as a noun is no cue"],
  ["Moscow could claim the village within days.", "a modal cue is a possibility, not a claim made"],
  ["Maybe the fund is not as large as he says it is.", "a pronoun and an auxiliary alone are an ellipsis, no proposition"],
  ["He tweeted that.", "a lone 'that' holds no proposition"],
  ["Voters might blame the mayor for the floods.", "a modal cue is a possibility, not a claim made"],
  ["Russian attacks on the port went on all night.", "'attacks' after a demonym is a noun, and a military one"],
  ["Moscow's support for the separatists grew after 2014.", "an owned 'support for' may be arms or money, not a stance taken"],
  ["The mayor's refusal to comment angered the residents.", "an owned refusal to comment is a non-answer"],
  ["The governor kept a wide lead in the polls through the summer.", "'in the polls' without a named survey is the writer's summary"],
  ["The sentries saw the convoy as it crossed the bridge.", "'saw' with 'as' opening a time clause is sight, not a view"],
  ["Residents saw the smoke from the ridge.", "seeing without an 'as' frame is perception"],
  ["The two countries share a long border.", "'share' of a border is no message"],
  ["The engineers were determined.", "an adjective of intention with no infinitive reports nothing"],
  ["Her emails were stored on a private server.", "'emails' is a noun"],
  ["It is unclear whether the two reports refer to the same strike.", "a cue in an open question asserts nothing"],
  ["A man wanted by police for the bombing was arrested.", "a passive 'wanted by' is no intention"],
  ["Olena Ruban, the poet who wrote \"Steppe Songs,\" visited the town.", "a relative 'who wrote' a work tells who she is"],
  ["Ivan Hrytsak, who wrote about the siege in his memoir, died in 2019.", "'wrote about' a topic in a relative clause reports nothing"],
  ["I just liked what he said at that time.", "'what he said' has 'what' as its object; 'at that time' is no content"],
  ["Voters care about what the governor says and does.", "what follows 'what X says' is no content"],
  ["LOOK: Shocking Photos Of The Flooded Town Go Viral", "'LOOK:' is a headline label, not a speaker"],
  ["Delegate Update: The latest count in the council race.", "a phrase ending in a label word before a colon is no speaker"],
  ["Hey: Maybe the bridge will open next week.", "an interjection before a colon is no speaker"],
  ["They fear the supposedly imminent closure of the border.", "'supposedly' inside a noun phrase hedges the phrase, not the sentence"],
  ["The bank paid a fine for allegedly laundering money.", "'allegedly' after a preposition hedges the gerund phrase"],
  ["The vote comes in June, when voters in Kherson head to the polls.", "'head to the polls' is the vote, not a survey"],
  ["Petrenko, who is third in many Kyiv polls, spoke on Monday.", "standings in many polls are the writer's summary"],
  ["The mayor courted voters who want lower taxes.", "a wish in a restrictive relative clause picks out a group"],
  ["Officers who think the town will fall have left.", "a belief in a restrictive relative clause defines the officers"],
  ["Aid reached the Baltic states on Monday.", "'states' after an adjective and before a time is a noun"],
  ["In both states, the turnout was high.", "'states' after a quantifier, before a comma, is a noun"],
  ["The southern states that held votes reported high turnout.", "'states that' before a verb opens a relative clause"],
  ["Kansas became a swing state: its farmers moved to the left.", "a bare 'state' after a name is a noun"],
  ["Many state lawmakers came to the hearing.", "'state' before a noun is a modifier"],
  ["Ukrainian troops fired back at the attackers.", "'fired back' at someone, with no clause, is gunfire"],
  ["The police fired back, killing two gunmen.", "'fired back' before a participle is gunfire"],
  ["Russian forces hit back with missile strikes on Kyiv.", "'hit back with' strikes is an attack"],
  ["Grain prices shot back up in May.", "'shot back up' is a price; 'May' is the month, not a modal"],
  ["The allies offered support to the Ukrainian army.", "support offered may be arms or money; only voiced or expressed support is a stance"],
  ["The ministry is offering broad new defense efforts.", "'defense' without 'of' is the military"],
  ["The governor made the pledge at a conference in Lviv.", "a message noun with no preposition or clause after it says where, not what"],
  ["The mayor made sure the case was closed.", "'made sure' is no message"],
  ["The mayor offered tea to the volunteers.", "tea is no message"],
  ["The convoy was attacked by drones near the border.", "a passive attack is an act, not a stance"],
  ["The plan was not endorsed by the mayor.", "a negated passive reports no act"],
  ["The plan could be criticized by the mayor.", "a modal passive is a possibility"],
  ["The figures were reported by hand.", "an agent that is no speaker reports nothing"],
  ["It's said to be the oldest bridge in the region.", "'it's said' is a passive"],
  ["He's said to be the richest man in town.", "'s said to be' is a passive"],
  ["When he's found, he will be arrested.", "'s found' before a comma is a passive"],
  ["Writing by Olena Koval; editing by Ivan Petrenko.", "'Writing by' is a credit line"],
  ["The donors are writing their own checks this year.", "'writing' with an object and no clause reports nothing"],
];

describe("not claims", () => {
  for (const [text, why] of NOT_CLAIMS) {
    it(`${text} (${why})`, () => {
      const found = extractArticle(article(text), defaultResources()).claims;
      assert.deepEqual(found.map((c) => `${c.source.text} | ${c.cue.text}`), []);
    });
  }
});

describe("defending ground is no stance", () => {
  const claimsOf = (text: string) => extractArticle(article(text, "2025-06-17"), defaultResources()).claims;
  it("'who had defended Kherson', 'defended the town' give no claim", () => {
    assert.deepEqual(claimsOf("Kyiv said 95 soldiers had returned, among them marines who had defended Kherson.").map((c) => c.cue.text), ["said"]);
    assert.equal(claimsOf("Olena Koval, who defended the town for a year, was wounded.").length, 0);
    assert.equal(claimsOf("Koval defended their positions near the river.").length, 0);
  });
  it("defending a decision, or what a place owns, stays a stance", () => {
    assert.equal(claimsOf("Koval defended the decision to close the crossing.")[0]?.content.text, "the decision to close the crossing");
    assert.equal(claimsOf("Koval defended Ukraine's strikes on the refinery.")[0]?.content.text, "Ukraine's strikes on the refinery");
    assert.equal(claimsOf("The mayor defended the city's curfew.")[0]?.content.text, "the city's curfew");
  });
});
