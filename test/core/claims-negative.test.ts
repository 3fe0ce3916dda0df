// Sentences that hold a reporting word but no claim; each says why.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { extractArticle } from "../../src/core/extract.js";
import { defaultResources } from "../../src/resources/index.js";
import { article } from "../helpers.js";

const NOT_CLAIMS: [string, string][] = [
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
  ["The ministry noted Kovac's remarks.", "a possessive 's is no verb: a noun object is no clause"],
  ["Police questioned the suspect for hours.", "questioning a person is an interview, not doubt"],
  ["Six people were hurt as a result of the Russian attack, including two children.", "an attack as a noun is no cue"],
  ["Moscow could claim the village within days.", "a modal cue is a possibility, not a claim made"],
  ["Maybe the fund is not as large as he says it is.", "a pronoun and an auxiliary alone are an ellipsis, no proposition"],
  ["He tweeted that.", "a lone 'that' holds no proposition"],
  ["Voters might blame the mayor for the floods.", "a modal cue is a possibility, not a claim made"],
  ["Russian attacks on the port went on all night.", "'attacks' after a demonym is a noun, and a military one"],
];

describe("not claims", () => {
  for (const [text, why] of NOT_CLAIMS) {
    it(`${text} (${why})`, () => {
      const found = extractArticle(article(text), defaultResources()).claims;
      assert.deepEqual(found.map((c) => `${c.source.text} | ${c.cue.text}`), []);
    });
  }
});
