// What the words around a place's name say about the kind of place it is: a first-level region
// ("the governor of Isfahan", "Isfahan and Fars provinces", "across Isfahan") or the city a report
// was written in (its dateline: "DUBAI, June 18 (Reuters) -", "Springfield, Ill. —").
import type { Doc } from "../document.js";
import { TokenKind } from "../segment/tokenize.js";
import type { Gazetteer } from "./gazetteer.js";
import { MISDECODED_DASHES, type Mention } from "./recognize.js";
import { MENTION_DATELINE, MENTION_REGION } from "./resolve.js";

/** Nouns of first-level regions and their heads: "the province of X", "X and Y provinces", "X's governor". */
const REGION_NOUNS = new Set([
  "province", "provinces", "region", "regions", "governorate", "governorates", "governor", "governors", "oblast", "oblasts",
  "states", "emirate", "emirates", "prefecture", "prefectures",
]);
/** "The state of Lagos", but not "Dubai's state media" or "Isfahan state television": only before "of". */
const REGION_NOUNS_BEFORE_OF = new Set([...REGION_NOUNS, "state"]);
/** Words before a name that spread over an area: "across Isfahan", "throughout Kermanshah". */
const AREA_LEADS = new Set(["across", "throughout"]);
const LIST_WORDS = new Set([",", "and", "or"]);
const DASHES = new Set(["—", "–", "-", "--", ...MISDECODED_DASHES]);
/** A dateline opens one of the report's first sentences (its title, a line or two, may come first). */
const DATELINE_SENTENCES = 3;
/** Tokens a dateline may run after its name before the dash ("SPRINGFIELD, Ill. —", ", June 18 (Reuters) -"). */
const DATELINE_TOKENS = 10;

/** MENTION_REGION and MENTION_DATELINE bits per mention (mentions in text order). */
export function mentionCues(doc: Doc, mentions: readonly Mention[], gazetteer: Gazetteer): number[] {
  const cues = mentions.map((m) => (regionAround(doc, m) ? MENTION_REGION : 0) | (dateline(doc, m) ? MENTION_DATELINE : 0));
  // A list of names ("the provinces of Isfahan, Fars and Kerman", "Isfahan and Fars provinces") is
  // one kind of place: what is said of one member, or a member that can only be a region, holds for all.
  for (let a = 0; a < mentions.length; ) {
    let b = a + 1;
    while (b < mentions.length && joined(doc, mentions[b - 1], mentions[b])) b++;
    if (b - a > 1) {
      let region = false;
      let townOnly = false;
      for (let m = a; m < b; m++) {
        const kinds = mentions[m].candidates.map((id) => gazetteer.kind(id));
        region ||= (cues[m] & MENTION_REGION) !== 0 || (kinds.length > 0 && kinds.every((k) => k === "admin1"));
        townOnly ||= kinds.length > 0 && kinds.every((k) => k === "settlement");
      }
      if (region && !townOnly) for (let m = a; m < b; m++) cues[m] |= MENTION_REGION;
    }
    a = b;
  }
  return cues;
}

/** Whether two mentions are neighbours in a list: only a comma, "and" or "or" between them. */
function joined(doc: Doc, left: Mention, right: Mention): boolean {
  if (right.first <= left.last || right.first - left.last > 2) return false;
  for (let t = left.last; t < right.first; t++) if (!LIST_WORDS.has(doc.tokens.lower[t])) return false;
  return doc.sentenceOfToken[left.first] === doc.sentenceOfToken[right.first];
}

function regionAround(doc: Doc, m: Mention): boolean {
  const { lower, count } = doc.tokens;
  const sentence = doc.sentenceOfToken[m.first];
  const inSentence = (t: number): boolean => t >= 0 && t < count && doc.sentenceOfToken[t] === sentence;
  const before = m.first - 1;
  if (inSentence(before) && AREA_LEADS.has(lower[before])) return true;
  if (inSentence(before - 1) && lower[before] === "of" && REGION_NOUNS_BEFORE_OF.has(lower[before - 1])) return true;
  const after = inSentence(m.last) && lower[m.last] === "'s" ? m.last + 1 : m.last;
  return inSentence(after) && REGION_NOUNS.has(lower[after]);
}

function dateline(doc: Doc, m: Mention): boolean {
  const { tokens } = doc;
  const sentence = doc.sentenceOfToken[m.first];
  // It opens a sentence, or follows the byline's date ("Nov. 24, 2025 KYIV —").
  const opens = doc.sentenceFirst[sentence] === m.first || (m.first > 0 && tokens.kind[m.first - 1] === TokenKind.Number);
  if (sentence >= DATELINE_SENTENCES || !opens) return false;
  for (let t = m.last; t < m.last + DATELINE_TOKENS && t < tokens.count && doc.sentenceOfToken[t] === sentence; t++) {
    if (DASHES.has(tokens.lower[t])) return true;
    const c = doc.text.charCodeAt(tokens.start[t]);
    if (c >= 97 && c <= 122) return false; // a lower-case word: running text, not a dateline
  }
  return false;
}
