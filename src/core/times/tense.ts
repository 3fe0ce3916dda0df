// Tense of the clause around a time expression, from the nearest verb cue in the same sentence.
// It decides which way a bare weekday or month points: "Putin said on Monday" (the Monday before the
// report) versus "will meet on Monday" (the Monday after).
import type { Doc } from "../document.js";
import { TokenKind } from "../segment/tokenize.js";

export type Tense = "past" | "future" | "present" | null;

const FUTURE = new Set([
  "will", "'ll", "shall", "won't", "next", "upcoming", "due", "scheduled", "slated", "plans",
  "plan", "intends", "aims", "going", "tomorrow", "forthcoming", "planned", "planning", "expects", "expected",
  "expect", "intended", "ahead", "would",
]);
const PRESENT = new Set(["is", "are", "am", "says", "say", "does", "do"]);
/**
 * Present-tense verbs of a timetable: "the truce expires on Friday", "the session resumes on
 * Monday" lie ahead. Third-person forms only, since a bare form is mostly an infinitive whose tense
 * comes from before it ("had been scheduled to expire Friday").
 */
const SCHEDULED = new Set(["ends", "expires", "starts", "begins", "opens", "closes", "resumes", "arrives", "departs", "convenes", "reconvenes"]);
const PAST = new Set([
  "said", "was", "were", "had", "did", "told", "met", "began", "came", "went", "took", "made", "gave", "left", "held",
  "saw", "fell", "rose", "struck", "shot", "fought", "led", "won", "lost", "sent", "spent", "paid", "sold",
  "bought", "brought", "thought", "found", "kept", "ran", "wrote", "spoke", "broke", "chose", "drove", "flew",
  "knew", "became", "got", "stood", "sought", "caught", "felt", "heard", "meant", "built", "fled", "hit",
  "ago", "yesterday", "last", "earlier", "overnight", "been",
]);
/** Words in -ed that are rarely past-tense verbs here. */
const NOT_PAST = new Set(["need", "speed", "red", "bed", "shed", "seed", "feed", "breed", "indeed", "hundred", "united", "armed", "based", "proposed", "so-called", "embed"]);

/** Words in -eed that are past tense ("succeed", "proceed", "exceed" are not). */
const PAST_EED = new Set(["agreed", "freed", "decreed", "guaranteed", "disagreed", "refereed"]);

function cueOf(word: string, kind: number): Tense {
  if (kind !== TokenKind.Word) return null;
  if (FUTURE.has(word) || SCHEDULED.has(word)) return "future";
  if (PAST.has(word)) return "past";
  if (PRESENT.has(word)) return "present";
  if (word.length > 4 && word.endsWith("ed") && !NOT_PAST.has(word) && !(word.endsWith("eed") && !PAST_EED.has(word))) return "past";
  return null;
}

/** A past-tense verb form ("became", "withdrew"... in the list, or a word in -ed). */
export function isPastForm(word: string): boolean {
  return cueOf(word, TokenKind.Word) === "past" && !NOT_VERB_PAST.has(word);
}
const NOT_VERB_PAST = new Set(["ago", "yesterday", "last", "earlier", "overnight"]);

/** Verbs that move something to a later date: the date after "until" or "to" lies ahead. */
const DEFERRAL = new Set(["postponed", "delayed", "adjourned", "deferred", "rescheduled", "extended", "pushed", "put", "moved", "suspended", "postpone", "delay", "adjourn", "defer", "extend", "suspend"]);
const UNTIL = new Set(["until", "till", "to"]);

const REACH = 10;
const OPENING_REACH = 30;
const NEEDS_TO = new Set(["plan", "plans", "planned", "planning", "expects", "expected", "expect", "intended", "intends", "aims"]);
/** Punctuation that closes the clause after a time: "on Friday, officials said" is not said-Friday. */
const CLAUSE_END = new Set([",", ";", ":", "(", ")", "\u2014", "--"]);

/** Bare verbs after which a participle is a state, its tense set by what comes before: "will remain closed". */
const LINKING = new Set(["be", "remain", "stay"]);

/** A past participle after "be" is passive and takes its tense from before: "will be held". */
function passiveTense(doc: Doc, cueAt: number, lo: number): Tense {
  const { lower } = doc.tokens;
  if (cueAt - 1 < lo || !LINKING.has(lower[cueAt - 1])) return "past";
  for (let t = cueAt - 2; t >= Math.max(lo, cueAt - 4); t--) {
    const cue = FUTURE.has(lower[t]) || lower[t] === "to";
    if (cue) return "future";
  }
  return "present";
}

/**
 * Tense from the nearest cue within REACH tokens of [first, last], a cue before winning a tie; the
 * look after the expression stops at the end of its clause.
 */
export function tenseAround(doc: Doc, first: number, last: number): Tense {
  const s = doc.sentenceOfToken[first];
  const lo = Math.max(doc.sentenceFirst[s], first - REACH);
  // An expression opening its sentence ("In January, the company ...") takes the tense of the
  // clause after its comma, which may come after an apposition ("In January, a week after the
  // vote, a bomb killed ..."): its look ahead reaches further. Elsewhere the look ahead stops at
  // the end of its clause.
  const opening = first - doc.sentenceFirst[s] <= 2;
  const reach = opening ? OPENING_REACH : REACH;
  const hi = Math.min(doc.sentenceLast[s] - 1, last + reach);
  const { lower, kind } = doc.tokens;
  let open = true;
  const cueAt = (t: number): Tense => {
    const cue = cueOf(lower[t], kind[t]);
    // "postponed until Tuesday", "adjourned to Monday": the new date lies ahead of the decision.
    if (t < first && DEFERRAL.has(lower[t]) && UNTIL.has(lower[first - 1])) return "future";
    // "next to the embassy" is a place, not a time ahead.
    if (cue === "future" && lower[t] === "next" && lower[t + 1] === "to") return null;
    // "is to resume talks on Tuesday", "are to meet": a plan ahead.
    if (cue === "present" && (lower[t] === "is" || lower[t] === "are") && lower[t + 1] === "to") return "future";
    // "is expected in December", "are scheduled for Friday": present passive of a plan points ahead.
    if (cue === "future" && lower[t].endsWith("ed") && (lower[t - 1] === "is" || lower[t - 1] === "are") && t - 1 >= lo) return "future";
    // "plan", "expected" point ahead only with an infinitive: "plans to meet", not "the plan".
    if (cue === "future" && NEEDS_TO.has(lower[t]) && lower[t + 1] !== "to") return lower[t].endsWith("ed") ? "past" : null;
    // "said the truce would take effect on Sunday": the future of a past saying lies ahead of it;
    // "would have met on Monday" is a past that did not happen.
    if (lower[t] === "would" && (lower[t + 1] === "have" || lower[t + 1] === "'ve")) return "past";
    // ("would look for ways around Wednesday's ruling": a day owning a thing names what was already done, not when the verb will be.)
    if (lower[t] === "would" && t < first && (lower[last + 1] === "'s" || lower[last + 1] === "\u2019s")) return null;
    // "had been due to expire Friday": a plan already past.
    if (cue === "future" && t >= lo + 2 && lower[t - 1] === "been" && lower[t - 2] === "had") return "past";
    return cue === "past" ? passiveTense(doc, t, lo) : cue;
  };
  // A word in -ed after the expression is a weak cue ("markets untouched by the crisis" is no
  // verb): it counts only when nothing before the expression or in the cue lists decides. After
  // an opening expression it is the main verb ("In September, it announced plans ...").
  let weakAfter: Tense = null;
  for (let d = 1; d <= reach; d++) {
    const before = first - d;
    if (before >= lo) {
      const cue = cueAt(before);
      if (cue) return cue;
    }
    const after = last + d;
    if (open && after <= hi) {
      if (CLAUSE_END.has(lower[after])) open = opening && lower[after] === ",";
      else {
        const cue = cueAt(after);
        if (cue === "past" && !opening && !PAST.has(lower[after])) weakAfter ??= cue;
        else if (cue) return cue;
      }
    }
  }
  return weakAfter;
}
