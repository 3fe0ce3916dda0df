// Claims: who said what. Each reporting cue in a sentence is tried against three shapes, in order:
// "according to X" (source after the cue), "X said (that) ..." (content after the cue), and the
// postposed forms ("'...,' X said", "..., said X") whose content stands before; a reporting noun
// with an owner ("Moscow's claim that ...") is a claim of that owner. Sources are then typed (named
// actor, pronoun or nominal resolved to an earlier actor, or typed unnamed source), and hedges,
// channels, claim times and nesting are attached. Stances, intentions and refusals are claims too,
// under the guards in attitudes.ts.
import type { Context } from "../context.js";
import { wordGates, type Doc } from "../document.js";
import { TokenKind, isAllCaps } from "../segment/tokenize.js";
import { WORD_GATES } from "../segment/word-gates.js";
import { WEEKDAYS } from "../times/lexicon.js";
import type { Claim, Span } from "../types.js";
import { ATTITUDES, HYPOTHETICALS, insideQuotation, modalIn, personObject, personSource, placeObject, QUOTED_ACCOUNTS, REPORTED_ACCOUNTS } from "./attitudes.js";
import { buildClaims, type ClaimDraft } from "./build.js";
import { ADJECTIVE_CUES, AUXILIARIES, CHANNEL_HEADS, CHANNEL_PREPOSITIONS, CLAUSE_OPENERS, CONTENT_BREAKERS, HEARSAY, MESSAGE_VERBS, NON_ANSWERS, NOT_SOURCE_HEADS, NOUN_CUES, PHRASE_CUES, PRONOUNS, UNNAMED_HEADS, VERB_CUES, type VerbCue } from "./lexicon.js";
import { channelAt, closingQuoteStart, isCapitalised, isDoubleQuote, isPunct, isQuote, matchesAt, quoteOpens, quoteWidth, type ChannelMatch, type Range } from "./phrases.js";

const MAX_SOURCE_TOKENS = 14;
const MAX_ACCORDING_SOURCE_TOKENS = 28;
const MAX_QUOTE_SENTENCES = 6;
/** A quotation that goes on after its attribution ('"A," he said. "B. C. ..."') may run longer: no other quote mark may stand in it. */
const MAX_CONTINUED_QUOTE_SENTENCES = 24;
const DETERMINERS = new Set(["the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "these", "those", "this", "'s", "no", "any", "every", "each"]);
const RECIPIENT_WORDS = new Set(["reporters", "journalists", "lawmakers", "parliament", "supporters", "the", "a", "an", "state", "news", "agency", "media", "television", "tv", "his", "her", "their", "students", "crowd", "audience", "officials", "members", "him", "them", "me", "us"]);
const RECIPIENT_DETERMINERS = new Set(["the", "a", "an", "his", "her", "their"]);
const INTERJECTIONS = new Set(["however", "though", "meanwhile", "too", "also", "again", "moreover", "nevertheless", "instead"]);
const SETTING_PREPOSITIONS = new Set(["during", "at", "in", "on", "before", "after", "from", "outside", "inside", "near", "while", "via", "through"]);
const TIME_PREPOSITIONS = new Set(["on", "in", "at", "since", "during", "by", "early", "late", "until"]);
const TIME_FILLERS = new Set(["earlier", "later", "late", "early", "also", "again", "publicly", "previously", "recently", "repeatedly", "separately", "then", "today", "yesterday", "overnight"]);
/** Cue forms that are also common nouns ("a state of emergency", "reports of shelling"). */
const NOUN_FORMS = new Set(["state", "states", "report", "reports", "claim", "claims", "comment", "comments", "question", "questions", "show", "shows", "post", "posts", "note", "notes", "charge", "charges", "call", "calls", "fear", "fears", "hope", "hopes", "doubt", "doubts", "estimate", "estimates", "promise", "promises", "statement", "remarks", "tweet", "tweets", "word", "warning", "denial", "concern", "concerns", "threat", "threats", "pledge", "pledges", "vow", "vows", "reply", "response", "complaint", "complaints", "repeat", "finding", "findings", "want", "wants", "thought", "thoughts", "feel", "view", "views", "support", "supports", "backing", "favor", "favour", "quote", "quotes", "blast", "blasts", "rail", "rails", "remark", "hail", "plea", "plead", "praise", "blame", "demand", "demands", "joke", "jokes", "echo", "echoes", "mention", "boast", "plans", "aims", "talks", "rules", "attacks", "welcome"]);
/** Verbs that invert with their source after a quotation ("..., said Podolyaka"). */
const INVERTING_VERBS = new Set(["said", "says", "say", "added", "adds", "wrote", "writes", "asked", "asks", "explained", "noted", "insisted", "warned", "claimed", "stated", "argued", "replied", "continued", "recalled", "tweeted", "posted", "reported"]);
/** More verbs that invert only right after a quotation ('"...," agrees Olena Petrenko'). */
const QUOTE_INVERTING_VERBS = new Set(["declared", "agreed", "agrees", "concluded", "concludes", "observed", "remarked", "conceded", "admitted", "acknowledged", "predicted", "cautioned", "suggested", "responded", "quipped", "joked", "explains", "insists", "argues", "recalls", "warns", "notes", "read", "reads"]);
const PARTICIPLE_PREPOSITIONS = new Set(["by", "from", "after", "before", "while", "without", "when", "in"]);
const BE_FORMS = new Set(["is", "was", "were", "are", "been", "be", "being"]);
const PASSIVE_ADVERBS = new Set(["both", "all", "also", "first", "widely", "later", "previously", "initially", "reportedly", "not", "then", "each", "originally", "officially"]);
const TOPIC_PREPOSITIONS = new Set(["of", "about", "in", "on", "at", "during", "to", "with", "after", "before", "while", "when"]);
const SUBORDINATORS = new Set(["though", "although", "while", "as", "because", "if", "since", "whereas", "when", "after", "before"]);
/** Words that may stand right before a verb whose form is also a noun ("who claims", "that states"). */
const VERB_SUBJECT_WORDS = new Set(["who", "which", "that", "and", "or", "but", "also", "people", "everyone", "they", "others", "many", "some", "both", "all"]);
const TERMINALS = new Set([".", "!", "?", "\u2026", ";"]);

/** A cue word's entries in the four cue tables, found with one look-up instead of four. */
interface CueForms {
  noun: VerbCue | undefined;
  adjective: VerbCue | undefined;
  message: VerbCue | undefined;
  verb: VerbCue | undefined;
}
const CUE_FORMS = new Map<string, CueForms>();
for (const w of [...NOUN_CUES.keys(), ...ADJECTIVE_CUES.keys(), ...VERB_CUES.keys(), ...MESSAGE_VERBS.keys()]) {
  CUE_FORMS.set(w, { noun: NOUN_CUES.get(w), adjective: ADJECTIVE_CUES.get(w), message: MESSAGE_VERBS.get(w), verb: VERB_CUES.get(w) });
}

/**
 * Every word at which one of extractClaims' checks can begin: a phrase cue, a colon, "in" (a poll),
 * a channel's preposition, a noun, adjective, message or verb cue. Most tokens are none, and their
 * word gate passes them by instead of one look-up per check (the checks' look-ups were 4 % of
 * extract time).
 */
const CLAIM_OPENER = WORD_GATES.claim([...PHRASE_CUES.keys(), ":", "in", ...CHANNEL_PREPOSITIONS, ...CUE_FORMS.keys()]);
const HEARSAY_WORD = WORD_GATES.claim(HEARSAY.keys());
/** The opener bits split by check, so a gated token ("in", ":") skips the look-ups that cannot match it. */
const PHRASE_WORD = WORD_GATES.claim(PHRASE_CUES.keys());
const CUE_WORD = WORD_GATES.claim(CUE_FORMS.keys());

export function extractClaims(ctx: Context): Claim[] {
  const { doc } = ctx;
  const drafts: ClaimDraft[] = [];
  const lower = doc.tokens.lower;
  const gates = wordGates(doc);
  for (let s = 0; s < doc.sentences.length; s++) {
    const first = doc.sentenceFirst[s];
    const last = doc.sentenceLast[s];
    const taken = new Set<number>(); // cue tokens already used in this sentence
    const colon = colonClaim(ctx, s);
    if (colon) {
      drafts.push(colon);
      taken.add(colon.cue.first);
    }
    for (let t = first; t < last; t++) {
      const gate = gates[t];
      if ((gate & CLAIM_OPENER) === 0 || taken.has(t)) continue;
      const phrase = gate & PHRASE_WORD ? phraseCueAt(doc, t, last) : null;
      if (phrase) {
        const draft = accordingTo(ctx, s, t, t + phrase.length, phrase.sourceNoun);
        if (draft) {
          drafts.push(draft);
          for (let u = t; u < t + phrase.length; u++) taken.add(u);
          // Words of the source are no cues ("according to the same media reports").
          if (draft.source) for (let u = draft.source.first; u < draft.source.last; u++) taken.add(u);
          continue;
        }
        // "declined, citing legal risks": without a source after it, "citing" is the subject's own reason.
        if (!VERB_CUES.has(lower[t])) continue;
      }
      if (lower[t] === ":" && t > first) {
        // "... surprise pollster Daron Shaw: \u201cHistorically, ...\u201d": a name, a colon, a quotation.
        const draft = colonQuoteClaim(ctx, s, t) ?? (drafts.some((d) => d.sentence === s) ? null : subjectColonQuote(ctx, s, t));
        if (draft) {
          drafts.push(draft);
          taken.add(t);
          continue;
        }
      }
      // "In Kovac's view, ...": a view owned by its holder.
      const view = lower[t] === "in" ? viewClaim(ctx, s, t) : null;
      if (view) {
        drafts.push(view);
        for (let u = t; u < view.cue.last; u++) taken.add(u);
        continue;
      }
      if (lower[t] === "in" && inSurvey(doc, t, first, last)) {
        // "In a CNN poll released Monday, 52 percent ...": the survey is the source.
        const draft = accordingTo(ctx, s, t, t + 1, false);
        if (draft) {
          draft.rule = "claim/in-survey";
          drafts.push(draft);
          taken.add(t);
          continue;
        }
      }
      const closing = lower[t] === "in" ? closingSurvey(doc, s, t) : null;
      if (closing) {
        drafts.push(closing);
        taken.add(t);
        continue;
      }
      const channel = channelAt(doc, t, last);
      if (channel) {
        // "in a video posted on Telegram": words inside a channel phrase are not cues.
        t = channel.last - 1;
        continue;
      }
      if ((gate & CUE_WORD) === 0) continue;
      const forms = CUE_FORMS.get(lower[t])!;
      const nominal = forms.noun ? nominalClaim(ctx, s, t) : null;
      if (nominal) {
        drafts.push(nominal);
        taken.add(t);
        continue;
      }
      // "are convinced that ...", "is determined to ...": an adjective after a form of "be" reports as a verb does.
      const adjective = forms.adjective;
      // "offered his assessment of", "voiced support for": a light verb with a message noun as its object.
      const message = forms.message;
      const cue = adjective && copulaBefore(doc, t, first) ? adjective : message && messageObjectWidth(doc, message, t + 1, last) > 0 ? message : forms.verb;
      // (Cheap tests first: a verb that needs a particle or an infinitive and has none reports nothing.)
      if (!cue || (needsParticle(cue) && particleWidth(doc, cue, t + 1, last) === 0) || (cue.infinitive && !cue.clause && !infinitiveAhead(doc, t + 1, last))) continue;
      // "until Hamas backed down", "called off the strike": a particle makes it another verb.
      if (cue !== adjective && !needsParticle(cue) && t + 1 < last && OTHER_VERB_PARTICLES.has(lower[t + 1])) continue;
      // "The meeting was first reported by Politico": the agent of a passive speaks.
      const passive = cue.passiveBy && lower[t + 1] === "by" ? passiveByClaim(ctx, s, t, cue) : null;
      if (passive) {
        drafts.push(passive);
        taken.add(t);
        continue;
      }
      if (cue !== adjective && !verbIsCue(doc, t, first, last)) continue;
      const draft = verbClaim(ctx, s, t, cue, drafts);
      if (draft) {
        drafts.push(draft);
        taken.add(t);
      }
    }
  }
  drafts.push(...quotedAs(ctx, drafts));
  drafts.push(...dashClaims(doc));
  drafts.push(...quoteContinuations(doc, drafts));
  drafts.push(...hearsayClaims(doc, drafts));
  return dropEchoes(ctx, linkParents(doc.text, dropAccounts(buildClaims(ctx, splitResumedQuotes(doc, endBeforeNextSpeaker(doc, drafts))))));
}

/**
 * "Iran says 224 killed, Israel says it hit state broadcaster": a second speaker after a comma who
 * says the rest of the sentence is a claim beside the first, not inside it; the first content ends
 * at the comma. A speaker set off by commas ("A, he says, B") and a pronoun are left inside.
 */
function endBeforeNextSpeaker(doc: Doc, drafts: ClaimDraft[]): ClaimDraft[] {
  const { lower } = doc.tokens;
  // Speakers that could stand beside an earlier claim, by where their content ends, in text order
  // (looked up, not scanned for every draft: a hostile text may hold thousands of cues).
  const byEnd = new Map<number, ClaimDraft[]>();
  for (const o of drafts) {
    if (o.source === null || o.source.last !== o.cue.first || o.content.first !== o.cue.last || lower[o.source.first - 1] !== "," || PRONOUNS.has(lower[o.source.first])) continue;
    const list = byEnd.get(o.content.last) ?? [];
    list.push(o);
    byEnd.set(o.content.last, list);
  }
  if (byEnd.size === 0) return drafts;
  for (const list of byEnd.values()) list.sort((a, b) => a.source!.first - b.source!.first);
  return drafts.map((d) => {
    if (d.cue.last > d.content.first) return d;
    const list = byEnd.get(d.content.last);
    if (!list) return d;
    // The first speaker after the content's start.
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid]!.source!.first > d.content.first) hi = mid;
      else lo = mid + 1;
    }
    const next = list[lo];
    return next && next !== d && next.sentence === d.sentence ? { ...d, content: { first: d.content.first, last: next.source!.first - 1 } } : d;
  });
}

const QUOTING_FORMS = new Set(["cite", "cites", "cited", "citing", "quote", "quotes", "quoted", "quoting"]);
const MAX_QUOTED_SPEAKER = 12;

/**
 * "TASS cited the officials as saying the bridge was repaired": the medium relays, and the
 * officials said it. Besides the medium's claim (whose content holds the whole relay), the speaker
 * named before "as saying" gets a claim of its own, nested in it.
 */
function quotedAs(ctx: Context, drafts: ClaimDraft[]): ClaimDraft[] {
  const { doc } = ctx;
  const lower = doc.tokens.lower;
  const out: ClaimDraft[] = [];
  for (const d of drafts) {
    if (d.verb === null || !QUOTING_FORMS.has(lower[d.cue.last - 1])) continue;
    const { first, last } = d.content;
    let k = first + 1;
    while (k + 1 < last && k - first < MAX_QUOTED_SPEAKER && lower[k] !== "as" && !TERMINALS.has(lower[k]) && !isQuote(doc, k)) k++;
    const verb = VERB_CUES.get(lower[k + 1]);
    if (lower[k] !== "as" || k + 2 > last || !verb || verb.kind === "belief" || !lower[k + 1].endsWith("ing")) continue;
    let content: Range | null;
    let channel: ChannelMatch | null = null;
    if (k + 2 === last) {
      // "The toll stands at 17, TASS cited the officials as saying.": what both said is the clause before.
      const comma = (d.source?.first ?? d.cue.first) - 1;
      content = d.source && comma > doc.sentenceFirst[d.sentence] && lower[comma] === "," ? contentBefore(doc, d.sentence, comma) : null;
      if (content) d.content = content;
    } else {
      const end = doc.sentenceLast[d.sentence];
      const skip = skipToContent(ctx, k + 2, end, verb);
      content = skip.at < end ? contentAfter(doc, d.sentence, skip.at, end) : null;
      channel = skip.channel;
    }
    if (content) out.push({ sentence: d.sentence, cue: { first: k, last: k + 2 }, verb, source: { first, last: k }, sourceSpan: null, antecedent: null, content, channel, rule: "claim/quoted-as" });
  }
  return out;
}

/**
 * '"A," she said, "B."': a quotation interrupted by its own attribution is one content in two
 * parts; each part becomes a claim with the same source and cue (as a quotation resumed in the next
 * sentence does), so no content holds the words "she said".
 */
function splitResumedQuotes(doc: Doc, drafts: ClaimDraft[]): ClaimDraft[] {
  const out: ClaimDraft[] = [];
  for (const d of drafts) {
    const { content, cue } = d;
    const inside = content.first < cue.first && cue.last < content.last && isDoubleQuote(doc, content.first) && (d.source === null || (content.first < d.source.first && d.source.last < content.last));
    if (d.rule === "claim/split-clause") {
      out.push(...splitClause(doc, d));
      continue;
    }
    if (!inside) {
      out.push(d);
      continue;
    }
    const attribution = { first: Math.min(cue.first, d.source?.first ?? cue.first), last: Math.max(cue.last, d.source?.last ?? cue.last) };
    let end = attribution.first;
    while (end > content.first && closingQuoteStart(doc, end) < 0) end--;
    let start = attribution.last;
    while (start < content.last && !(isDoubleQuote(doc, start) && quoteOpens(doc, start))) start++;
    if (end <= content.first || start >= content.last) {
      out.push(d);
      continue;
    }
    out.push({ ...d, content: { first: content.first, last: end } }, { ...d, content: { first: start, last: content.last }, rule: "claim/resumed-quote" });
  }
  return out;
}

/**
 * "The old dam, the engineer said, will hold": an attribution set off by commas inside a clause
 * splits its content in two, the words before the attribution and those after it; like a resumed
 * quotation, each part becomes a claim with the same source and cue, so no content holds "the
 * engineer said".
 */
const CLAUSE_LINKS = new Set(["and", "but", "or", "so", "yet"]);

function splitClause(doc: Doc, d: ClaimDraft): ClaimDraft[] {
  const lower = doc.tokens.lower;
  const { content, cue } = d;
  const from = Math.min(cue.first, d.source?.first ?? cue.first);
  let end = from;
  while (end > content.first && lower[end - 1] === ",") end--;
  let start = Math.max(cue.last, d.source?.last ?? cue.last);
  while (start < content.last && lower[start] !== ",") start++;
  start++;
  if (end <= content.first || start >= content.last) return [d];
  const rest: ClaimDraft = { ...d, content: { first: start, last: content.last }, rule: "claim/resumed-clause" };
  // ("But, he added, the dam held": a lone conjunction before the attribution is the writer's link, no part of what was said.)
  if (end === content.first + 1 && CLAUSE_LINKS.has(lower[content.first])) return [{ ...rest, rule: d.rule }];
  return [{ ...d, content: { first: content.first, last: end } }, rest];
}

/**
 * "Russian forces reportedly captured the village": a hedging adverb that stands for unnamed others
 * makes its sentence their claim, with the adverb as both the cue and the (unnamed) source, when
 * the sentence holds no other claim. Otherwise the adverb hedges that claim, or sits in its content.
 */
const HEARSAY_PHRASE_LEADS = new Set(["for", "of", "by", "with", "without", "after", "before", "from", "to", "in"]);

function hearsayClaims(doc: Doc, drafts: ClaimDraft[]): ClaimDraft[] {
  const claimed = new Set(drafts.map((d) => d.sentence));
  const out: ClaimDraft[] = [];
  const gates = wordGates(doc);
  const lower = doc.tokens.lower;
  for (let s = 0; s < doc.sentences.length; s++) {
    if (claimed.has(s)) continue;
    const first = doc.sentenceFirst[s];
    let last = doc.sentenceLast[s];
    let t = first;
    // ("the supposedly imminent ban", "fined for allegedly laundering money": an adverb inside a
    // noun phrase or after a preposition hedges that phrase, not the sentence.)
    while (t < last && !((gates[t] & HEARSAY_WORD) !== 0 && !(t > first && (RECIPIENT_DETERMINERS.has(lower[t - 1]) || HEARSAY_PHRASE_LEADS.has(lower[t - 1]))))) t++;
    if (t === last) continue;
    while (last > t + 1 && (TERMINALS.has(lower[last - 1]) || isQuote(doc, last - 1))) last--;
    out.push({ sentence: s, cue: { first: t, last: t + 1 }, verb: null, source: { first: t, last: t + 1 }, sourceSpan: null, antecedent: null, content: { first, last }, channel: null, rule: "claim/hearsay" });
  }
  return out;
}

/**
 * "Kovac said Moscow wants a ceasefire", "..., adding that the council refused to pay": an intention
 * or refusal told inside another claim's content is that speaker's account of others, already in
 * the content, not a claim of theirs (what others say or think stays, nested). The remaining claims
 * are numbered again.
 */
function dropAccounts(claims: Claim[]): Claim[] {
  const inside = (c: Claim): boolean => claims.some((o) => o !== c && o.content.start <= c.cue.start && c.cue.end <= o.content.end);
  const keep = claims.filter((c) => !(REPORTED_ACCOUNTS.has(c.kind) && inside(c)));
  return keep.length === claims.length ? claims : keep.map((c, i) => ({ ...c, id: `c${i + 1}` }));
}

const ECHO_PRONOUNS = new Set(["he", "she", "it", "they"]);
/** Longest text between a parent's content start and an echo's source ('"that ', with spaces). */
const MAX_ECHO_GAP = 16;

/**
 * "Clinton said she thinks America is strongest ...": a claim opening its parent's content whose
 * pronoun source is the parent's own speaker repeats the parent; it is dropped, and the
 * remaining claims are numbered again.
 */
function dropEchoes(ctx: Context, claims: Claim[]): Claim[] {
  const byId = new Map(claims.map((c) => [c.id, c]));
  const keep = claims.filter((c) => {
    const parent = c.parent ? byId.get(c.parent) : undefined;
    if (!parent || !ECHO_PRONOUNS.has(c.source.text.toLowerCase()) || c.source.start < parent.content.start) return true;
    // Only a quotation mark or "that" may stand between: a longer gap is no echo, and is not read.
    if (c.source.start - parent.content.start > MAX_ECHO_GAP) return true;
    const gap = ctx.doc.text.slice(parent.content.start, c.source.start).replace(/["\u201c\u201d']/g, "").trim().toLowerCase();
    if (gap !== "" && gap !== "that") return true;
    // The same resolved speaker, or a pronoun left unresolved, which can only be the parent's speaker here.
    const unresolved = c.source.actor === null && c.source.unnamed === null;
    const same = unresolved || (parent.source.actor ? parent.source.actor === c.source.actor : parent.source.unnamed !== null && parent.source.unnamed === c.source.unnamed && c.source.actor === null);
    return !same;
  });
  if (keep.length === claims.length) return claims;
  const ids = new Map<string, string>();
  keep.forEach((c, i) => ids.set(c.id, `c${i + 1}`));
  return keep.map((c) => ({ ...c, id: ids.get(c.id)!, parent: c.parent ? ids.get(c.parent) ?? null : null }));
}

/**
 * A sentence that is wholly a quotation (cues inside it nest in it), right after a claim whose content
 * was a quotation, goes on with that claim's speaker ('"It is hard," he said. "We hold."'): it
 * becomes a claim of its own with the same source and cue. The first claim's content is not
 * stretched over both parts, which would put the attribution sentence inside what was said.
 */
function quoteContinuations(doc: Doc, drafts: ClaimDraft[]): ClaimDraft[] {
  const out: ClaimDraft[] = [];
  // Per sentence its last claim, a quoting one first ('"A," she said, adding that ... . "B."' goes on with "said").
  const bySentence = new Map<number, ClaimDraft>();
  for (const d of drafts) {
    const held = bySentence.get(d.sentence);
    if (!held || isQuotation(doc, d.content) || !isQuotation(doc, held.content)) bySentence.set(d.sentence, d);
  }
  let prior: ClaimDraft | null = null;
  let priorEnd = -1; // the last sentence the prior claim reaches
  for (let s = 0; s < doc.sentences.length; s++) {
    const own = bySentence.get(s);
    if (s <= priorEnd && !own) continue;
    const first = doc.sentenceFirst[s];
    const close = prior && s === priorEnd + 1 && isDoubleQuote(doc, first) && quoteOpens(doc, first) ? continuationClose(doc, s) : null;
    if (!close) {
      // Claims nested in a continuation do not start a quotation of their own.
      if (own && s > priorEnd) {
        prior = isQuotation(doc, own.content) ? own : null;
        priorEnd = Math.max(s, sentenceOf(doc, own.content.last - 1, s));
      } else if (!own) prior = null;
      continue;
    }
    // '"A," she said. "B."': the quotation goes on in sentence s (to close.sentence) with the same
    // speaker; claims inside it ('"B, as he told me."') stay and nest in it.
    // The quotation with its marks, as the quoting claim's content has them.
    const opened = first + quoteWidth(doc, first);
    const content = { first, last: close.at + quoteWidth(doc, close.at) };
    const quoting = prior!;
    priorEnd = close.sentence;
    if (trimTrailing(doc, opened, close.at) > opened) {
      const sourceSpan = quoting.source ? { start: doc.tokens.start[quoting.source.first], end: doc.tokens.end[quoting.source.last - 1] } : quoting.sourceSpan;
      const draft: ClaimDraft = { sentence: s, cue: quoting.cue, verb: quoting.verb, source: null, sourceSpan, antecedent: quoting.antecedent, content, channel: null, rule: "claim/quote-continuation" };
      out.push(draft);
      prior = draft;
    }
  }
  return out;
}

/**
 * Where a quotation opening sentence `s` closes: at the end of this sentence or of one of the next
 * few, with no other double quote on the way (else the sentences are not one quotation).
 */
function continuationClose(doc: Doc, s: number): { at: number; sentence: number } | null {
  const first = doc.sentenceFirst[s];
  for (let s2 = s; s2 < doc.sentences.length && s2 <= s + MAX_CONTINUED_QUOTE_SENTENCES; s2++) {
    const f2 = doc.sentenceFirst[s2];
    let end = doc.sentenceLast[s2];
    while (end > f2 && isPunct(doc, end - 1)) end--;
    const close = closingQuoteStart(doc, end);
    if (close > first) return { at: close, sentence: s2 };
    for (let u = s2 === s ? first + 1 : f2; u < end; u++) if (isDoubleQuote(doc, u)) return null;
  }
  return null;
}

const SIGNATURE_DASH = WORD_GATES.claim(["\u2015", "\u2014", "\u2013", "--"]);
const MAX_SIGNATURE_TOKENS = 5;
const MAX_SIGNED_QUOTE_TOKENS = 200;

/** A quotation signed with a dash and a name ('"We are afraid." \u2015 Maria Lopez'). */
function dashClaims(doc: Doc): ClaimDraft[] {
  const out: ClaimDraft[] = [];
  const { lower, count } = doc.tokens;
  const gates = wordGates(doc);
  let s = 0;
  for (let d = 1; d + 1 < count; d++) {
    if ((gates[d] & SIGNATURE_DASH) === 0) continue;
    const close = closingQuoteStart(doc, d);
    if (close < 0 || !isCapitalised(doc, d + 1)) continue;
    let e = d + 1;
    while (e < count && e - d <= MAX_SIGNATURE_TOKENS && (isCapitalised(doc, e) || lower[e] === ".") && !isQuote(doc, e)) {
      if (e > d + 1 && doc.tokens.breakBefore[e] >= 2) break;
      e++;
    }
    while (e > d + 1 && lower[e - 1] === ".") e--;
    // The name ends the line, or another quotation or sentence follows it.
    const endsHere = e >= count || doc.tokens.breakBefore[e] >= 2 || isQuote(doc, e) || lower[e] === "." || lower[e] === ",";
    if (e === d + 1 || e - d > MAX_SIGNATURE_TOKENS || !endsHere) continue;
    let open = close - 1;
    while (open >= 0 && close - open < MAX_SIGNED_QUOTE_TOKENS && !(isDoubleQuote(doc, open) && quoteOpens(doc, open))) open--;
    if (open < 0 || !isDoubleQuote(doc, open) || !quoteOpens(doc, open)) continue;
    s = sentenceOf(doc, d, s);
    out.push({ sentence: s, cue: { first: d, last: d + 1 }, verb: null, source: { first: d + 1, last: e }, sourceSpan: null, antecedent: null, content: { first: open, last: close + quoteWidth(doc, close) }, channel: null, rule: "claim/signed-quote" });
  }
  return out;
}

/** The sentence holding token `t`, searching forward from sentence `from`. */
function sentenceOf(doc: Doc, t: number, from: number): number {
  let s = from;
  while (s + 1 < doc.sentences.length && doc.sentenceFirst[s + 1] <= t) s++;
  return s;
}

function isQuotation(doc: Doc, r: Range): boolean {
  return isDoubleQuote(doc, r.first) || quoteJustBefore(doc, r.first);
}

/** Whether an opening double quote ends right before token `t` ('"' or a '' pair). */
function quoteJustBefore(doc: Doc, t: number): boolean {
  if (t > 0 && isDoubleQuote(doc, t - 1)) return true;
  return t > 1 && doc.tokens.lower[t - 1] === "'" && isDoubleQuote(doc, t - 2) && quoteWidth(doc, t - 2) === 2;
}

/** Claims looked at, nearest first, for the one whose content holds a claim's cue. */
const MAX_PARENT_LOOKBACK = 256;

/**
 * Each claim's parent: the claim with the shortest content that holds its cue. Contents are
 * scanned from the last one starting before the cue backwards, and the scan stops once no content
 * that far back reaches the cue (or after MAX_PARENT_LOOKBACK claims, which no real article nests
 * so deep: it keeps a hostile file of thousands of quotations from costing the square of its size).
 */
function linkParents(text: string, claims: Claim[]): Claim[] {
  const byStart = [...claims].sort((a, b) => a.content.start - b.content.start);
  const reach = new Int32Array(byStart.length); // the furthest content end among byStart[0..k]
  for (let k = 0, max = -1; k < byStart.length; k++) reach[k] = max = Math.max(max, byStart[k].content.end);
  for (const claim of claims) {
    let lo = 0;
    let hi = byStart.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (byStart[mid].content.start <= claim.cue.start) lo = mid + 1;
      else hi = mid;
    }
    let parent: Claim | null = null;
    for (let k = lo - 1; k >= 0 && k >= lo - MAX_PARENT_LOOKBACK && reach[k] >= claim.cue.end; k--) {
      const other = byStart[k];
      // A reply to what was just told ("..., a claim Moscow denies") answers it; it does not report it.
      if (other === claim || other.content.end < claim.cue.end || other.rule === ANSWERED_RULE) continue;
      if (!parent || other.content.end - other.content.start < parent.content.end - parent.content.start) parent = other;
    }
    claim.parent = parent?.id ?? null;
  }
  breakParentCycles(text, claims);
  return claims;
}

/**
 * Two claims can hold each other's cue ("The militia put the toll at 12, the army said": each
 * content runs over the other's cue), and parents must form a tree: in a cycle, the claim whose
 * cue comes last (the attribution that closes the sentence) is the outer one and keeps no parent.
 */
function breakParentCycles(text: string, claims: Claim[]): void {
  const byId = new Map(claims.map((c) => [c.id, c]));
  // 1: on the path being walked; 2: known to lead to a root. Each claim is walked once.
  const state = new Map<Claim, 1 | 2>();
  for (const start of claims) {
    const path: Claim[] = [];
    let at: Claim | undefined = start;
    while (at && !state.has(at)) {
      state.set(at, 1);
      path.push(at);
      at = at.parent ? byId.get(at.parent) : undefined;
    }
    if (at && state.get(at) === 1) {
      // `at` closes a cycle on this path: cut the link of the cycle's last cue.
      const cycle = path.slice(path.indexOf(at));
      const outer = cycle.reduce((a, b) => (b.cue.start > a.cue.start ? b : a));
      outer.parent = null;
      // The inner contents end before the outer attribution: "put the toll at 12", not "..., the army said".
      for (const inner of cycle) if (inner !== outer) endBeforeAttribution(text, inner, outer);
    }
    for (const c of path) state.set(c, 2);
  }
}

/** Ends `inner`'s content before `outer`'s source and cue when its content runs over them. */
function endBeforeAttribution(text: string, inner: Claim, outer: Claim): void {
  const at = Math.min(outer.source.start, outer.cue.start);
  if (at <= inner.content.start || at >= inner.content.end || outer.cue.end > inner.content.end) return;
  let end = at;
  while (end > inner.content.start && /[\s,]/.test(text[end - 1]!)) end--;
  if (end <= inner.content.start) return;
  inner.content = { start: inner.content.start, end, text: text.slice(inner.content.start, end) };
}

const SURVEY_HEADS = new Set(["poll", "polls", "survey", "surveys", "study", "studies", "analysis", "census", "audit", "index", "forecast", "projections"]);
const MAX_SURVEY_TOKENS = 10;

/**
 * "in <a survey phrase>" as a cue: a poll, survey or study named right after "in", ending at a
 * comma or the end of the clause, in a sentence with no speech verb of its own.
 */
function inSurvey(doc: Doc, t: number, first: number, last: number): boolean {
  const lower = doc.tokens.lower;
  let head = false;
  let k = t + 1;
  for (; k < last && k - t <= MAX_SURVEY_TOKENS; k++) {
    const w = lower[k];
    if ((isPunct(doc, k) && w !== "-" && w !== "/") || isQuote(doc, k) || w === "that" || w === "who" || w === "which") break;
    if (SURVEY_HEADS.has(w)) head = true;
  }
  if (!head || k - t > MAX_SURVEY_TOKENS) return false;
  // "In a CNN poll released Monday, ...": the survey phrase opens its clause; "leads in the polls" is no attribution.
  const opens = t === skipQuotes(doc, first, t) || lower[t - 1] === "," || lower[t - 1] === "and" || lower[t - 1] === "but";
  if (!opens) return false;
  for (let u = first; u < last; u++) if (SPEECH_FORMS.has(lower[u]) || lower[u] === "found" || lower[u] === "shows" || lower[u] === "showed") return false;
  return true;
}

const POLL_HEADS = new Set(["poll", "polls", "polling", "survey", "surveys"]);
const MIN_SURVEY_CONTENT = 3;

/**
 * "Trump leads Cruz in a new Fox News poll.", "Sanders has sagged in the polls, ...": a poll
 * phrase closing its clause is the source of the clause before it.
 */
const SURVEY_BREAKERS = new Set(["to", "after", "before", "atop", "in", "behind", "of"]);

function closingSurvey(doc: Doc, s: number, t: number): ClaimDraft | null {
  const lower = doc.tokens.lower;
  const first = doc.sentenceFirst[s];
  const last = doc.sentenceLast[s];
  if (t - first < MIN_SURVEY_CONTENT || lower[t - 1] === ",") return null;
  let head: number | false = false;
  let named = false;
  let k = t + 1;
  for (; k < last && k - t <= MAX_SURVEY_TOKENS; k++) {
    const w = lower[k];
    if ((isPunct(doc, k) && w !== "-" && w !== "/") || isQuote(doc, k) || w === "that" || w === "who" || w === "which" || w === "and" || w === "but") break;
    // ("voters in Ohio head to the polls", "the hours before the Iowa polls", "in many Iowa polls":
    // polls as the vote itself, or several polls summed up by the writer.)
    if (head === false && (SURVEY_BREAKERS.has(w) || (k === t + 1 && (w === "many" || w === "most" || w === "several" || w === "some")))) return null;
    if (POLL_HEADS.has(w) && head === false && w !== "polling") head = k;
    if (isCapitalised(doc, k) && head === false) named = true;
  }
  // Only a named survey ("in a new Fox News poll"): "leads in the polls" is the writer's summary.
  if (head === false || !named || k - t > MAX_SURVEY_TOKENS || !(k >= last || TERMINALS.has(lower[k]) || lower[k] === "," || lower[k] === "and" || lower[k] === "but")) return null;
  const content = contentBefore(doc, s, t);
  if (!content || content.last - content.first < MIN_SURVEY_CONTENT) return null;
  return { sentence: s, cue: { first: t, last: t + 1 }, verb: null, source: { first: t + 1, last: k }, sourceSpan: null, antecedent: null, content, channel: null, rule: "claim/in-survey" };
}

function phraseCueAt(doc: Doc, t: number, last: number): { length: number; sourceNoun: boolean } | null {
  const candidates = PHRASE_CUES.get(doc.tokens.lower[t]);
  if (!candidates) return null;
  for (const p of candidates) {
    if (matchesAt(doc.tokens.lower, t, p.tokens, last)) return { length: p.tokens.length, sourceNoun: p.sourceNoun };
  }
  return null;
}

/** A reporting-verb form is a cue unless the context shows a noun ("the report") or an infinitive ("to say"). */
function verbIsCue(doc: Doc, t: number, first: number, last: number): boolean {
  const lower = doc.tokens.lower;
  const prev = t > first ? lower[t - 1] : "";
  const nounForm = NOUN_FORMS.has(lower[t]);
  // ("About 4 in 10 support the ban", "56 percent want ...": a poll share opening the clause is the subject, and the form its verb.)
  // (Only before an object's start: "48% support in the state", "32% support gives him a lead" keep the noun.)
  const objectNext = t + 1 < last && (DETERMINERS.has(lower[t + 1]) || OBJECT_DETERMINERS.has(lower[t + 1]) || isCapitalised(doc, t + 1) || lower[t + 1] === "that" || lower[t + 1] === "to" || lower[t + 1].endsWith("ing"));
  const afterShare = nounForm && objectNext && shareSubjectBefore(doc, t, first);
  // Reporting verbs are lower case mid-sentence: "the United States" holds no cue.
  // In a title-case headline ("Kyiv Says Bridge Was Hit") a capitalised cue still reports.
  if (t > first && isCapitalised(doc, t) && !(isCapitalised(doc, t - 1) && titleCase(doc, first, last))) return false;
  // ("he's said", "she's argued": after a pronoun, 's is "has", not a possessive.)
  const contracted = (prev === "'s" || prev === "\u2019s") && t - 2 >= first && PRONOUNS.has(lower[t - 2]);
  if ((DETERMINERS.has(prev) && !contracted) || (prev === "to" && leadIn(doc, t, first) < 0)) return false;
  // ("it's said that", "he's said to be", "when he's found,": there 's is the passive "is".)
  if (contracted && !lower[t].endsWith("ing") && (lower[t - 2] === "it" || t + 1 >= last || lower[t + 1] === "to" || lower[t + 1] === "by" || isPunct(doc, t + 1))) return false;
  // "Democratic state lawmakers", "in some states": these forms are nouns far more often than verbs;
  // as verbs they take a that-clause, a colon or a quotation, or follow the quotation they report.
  // ("states that have voted", "a Trump state:": a relative clause after the noun; a bare "state"
  // after a singular name.)
  if (lower[t] === "state" || lower[t] === "states") {
    const next = t + 1 < last ? lower[t + 1] : "";
    // ("No one can credibly state they have evidence": after a modal any complement will do.)
    const modal = FINITE.has(prev) || (prev.endsWith("ly") && t - 2 >= first && FINITE.has(lower[t - 2]));
    if (!modal && !(next === "that" || next === ":" || (isQuote(doc, t + 1) && quoteOpens(doc, t + 1))) && !closedQuoteBefore(doc, first, t)) return false;
    if (next === "that" && t + 2 < last && (FINITE.has(lower[t + 2]) || pastTense(doc, t + 2))) return false;
    if (lower[t] === "state" && t > first && !PRONOUNS.has(prev) && !AUXILIARIES.has(prev) && !VERB_SUBJECT_WORDS.has(prev) && !prev.endsWith("ly") && !(prev.endsWith("s") && (t - 1 === first || !isCapitalised(doc, t - 1)))) return false;
  }
  // "clash along disputed border", "in contested areas": after a preposition a participle before a noun modifies it.
  if (t > first && t + 1 < last && (PHRASE_PREPOSITIONS.has(prev) || MODIFIER_PREPOSITIONS.has(prev)) && lower[t].endsWith("ed") && doc.tokens.kind[t + 1] === TokenKind.Word && !isCapitalised(doc, t + 1) && !CLAUSE_WORDS_AFTER_PARTICIPLE.has(lower[t + 1])) return false;
  // "a state of emergency", "reports of": a noun, where the form can be one ("said of" stays a verb).
  if (t + 1 < last && lower[t + 1] === "of" && nounForm) return false;
  // "Trump's tweet", "a swing state", "the disclosure report": a modifier before the form makes it a noun.
  // ("continue to show", "went on to question": after a lead-in's "to" the form is an infinitive.)
  const afterLeadIn = prev === "to" && leadIn(doc, t, first) >= 0;
  if (nounForm && !afterShare && !afterLeadIn && t > first && (prev === "'s" || (doc.tokens.kind[t - 1] === TokenKind.Word && !isCapitalised(doc, t - 1) && !VERB_SUBJECT_WORDS.has(prev) && !AUXILIARIES.has(prev) && !UNNAMED_HEADS.has(prev) && !PRONOUNS.has(prev) && !prev.endsWith("ly") && !agreesAsVerb(doc, t, last)))) return false;
  // "Republican claims as false", "Fifth Amendment claims,": a plural noun after a name, before punctuation or a preposition.
  // ('"...," Viguerie notes.': after a quotation the name is a speaker and the form its verb.)
  // ("Clinton support 27 percent", "Democratic support during the race": a name or demonym before the
  // form, a number or a preposition after it.)
  if (nounForm && t > first && isCapitalised(doc, t - 1) && t + 1 < last && (NOUN_AFTER.has(lower[t + 1]) || doc.tokens.kind[t + 1] === TokenKind.Number) && !quotedBeforeName(doc, t - 1, first) && UNNAMED_HEADS.get(prev) !== "report") return false;
  // "the AP report", "a new Pew Research report": a bare form after a determiner and a name is a noun
  // (a singular name as subject would take "reports").
  if (nounForm && !lower[t].endsWith("s") && t > first && isCapitalised(doc, t - 1) && !lower[t - 1].endsWith("s") && determinerBeforeName(doc, t - 1, first)) return false;
  // "support for Kyiv", "Turkish support was decisive": a form before these prepositions or a finite verb is a noun.
  // ("calls for talks", "hopes for peace": a verb that takes "for" stays one.)
  if (nounForm && t + 1 < last && (NOUN_PREPOSITIONS.has(lower[t + 1]) || (FINITE.has(lower[t + 1]) && !isPossessive(lower[t + 1]))) && !takesFor(lower[t], lower[t + 1])) return false;
  // "Two questions:", "three reports of shelling": a count before the form makes it a noun.
  if (nounForm && !afterShare && t > first && (doc.tokens.kind[t - 1] === TokenKind.Number || NUMBER_WORDS.has(lower[t - 1]))) return false;
  // "The Guard and state troopers", "calendar and call sheets": a noun form after "and" before a noun.
  if ((prev === "and" || prev === "or") && nounAt(doc, t, last)) return false;
  // "a think tank", "the call centre": a compound noun.
  if (t + 1 < last && COMPOUND_HEADS.has(lower[t]) && COMPOUND_HEADS.get(lower[t])!.has(lower[t + 1])) return false;
  // "the man accused of buying the guns": a participle with "of" straight after it is passive; the phrase before is the accused.
  if (passiveAccused(doc, t, last)) return false;
  // "It is worth noting", "goes without saying", "Having said that,": the writer's own turn of phrase.
  if (prev === "worth" || (prev === "without" && lower[t] === "saying") || (prev === "having" && lower[t + 1] === "that" && lower[t + 2] === ",")) return false;
  // "(Additional) reporting by ...", "Writing by ...": a credit line.
  if ((lower[t] === "reporting" || lower[t] === "writing") && t + 1 < last && lower[t + 1] === "by") return false;
  // "analysts quoted by the paper", "figures cited by the ministry": a past participle before "by" after a noun is passive.
  if (passiveBy(doc, t) && t > first && doc.tokens.kind[t - 1] === TokenKind.Word && !AUXILIARIES.has(prev) && !(lower[t] === "asked" && ASKED_LEADS.has(prev)) && !PRONOUNS.has(prev) && cueStart(doc, t, first) === t) return false;
  // "with all precincts reporting", "investigative reporting", "a book written by": a bare participle
  // or gerund after a word modifies it or names the trade; it reports with an auxiliary, after a
  // comma or preposition, or before "that".
  if (BARE_NOUN_FORMS.has(lower[t]) && t > first && cueStart(doc, t, first) === t && prev !== "," && !PARTICIPLE_PREPOSITIONS.has(prev) && lower[t + 1] !== "that") return false;
  // "said reported" is no cue pair, but "told state delegates" is a cue and its recipient ("said voting was rigged": a gerund opens the content).
  if (t + 1 < last && VERB_CUES.has(lower[t + 1]) && !AUXILIARIES.has(lower[t + 1]) && !NOUN_FORMS.has(lower[t + 1]) && !lower[t + 1].endsWith("ing")) return false;
  // Passive "was said", "were both reported": the subject is not the speaker ("is saying" is active).
  let b = t - 1;
  while (b > first && (PASSIVE_ADVERBS.has(lower[b]) || mannerBefore(doc, b))) b--;
  if (b >= first && BE_FORMS.has(lower[b]) && !lower[t].endsWith("ing")) return false;
  return true;
}

const OBJECT_WORDS = new Set(["him", "her", "them", "us", "it", "the", "a", "an", "his", "their", "its", "no", "that"]);

/**
 * Whether a form that is also a noun agrees as a verb with the plain noun before it: a bare form
 * after a plural ("new filings show", "records show"), or an -s form before an object or a quotation
 * ("video of the incident shows him", "the leaflet claims \"..."), where a compound noun ("talk shows") would not.
 */
function agreesAsVerb(doc: Doc, t: number, last: number): boolean {
  const lower = doc.tokens.lower;
  const w = lower[t];
  const prev = lower[t - 1];
  // "dismissed reports that ...": after a verb the form is its object, a noun.
  if (pastTense(doc, t - 1) || VERB_CUES.has(prev) || FINITE.has(prev)) return false;
  if (!w.endsWith("s")) return prev.length > 3 && prev.endsWith("s") && !/(ss|us|is|ics|news)$/.test(prev) && t + 1 < last && OBJECT_WORDS.has(lower[t + 1]);
  return t + 1 < last && (OBJECT_WORDS.has(lower[t + 1]) || (isDoubleQuote(doc, t + 1) && quoteOpens(doc, t + 1))) && !prev.endsWith("s");
}

/** Whether a quotation closes between `first` and `t` ('"...," the document states'). */
function closedQuoteBefore(doc: Doc, first: number, t: number): boolean {
  for (let k = t - 1; k >= first; k--) if (isDoubleQuote(doc, k) && !quoteOpens(doc, k)) return true;
  return false;
}

/** "quoted by the paper", not "responded by saying": a past participle with its agent after "by". */
function passiveBy(doc: Doc, k: number): boolean {
  const lower = doc.tokens.lower;
  return lower[k].endsWith("ed") && lower[k + 1] === "by" && k + 2 < doc.tokens.count && !lower[k + 2].endsWith("ing");
}

/**
 * Whether the capitalised words ending at `k` follow a closing quotation or a comma after a clause
 * ('"...," Viguerie notes', '..., The Wall Street Journal reports'): the name is a postposed speaker.
 */
function quotedBeforeName(doc: Doc, k: number, first: number): boolean {
  let j = k;
  while (j > first && k - j < 4 && (isCapitalised(doc, j - 1) || doc.tokens.kind[j - 1] === TokenKind.Abbrev)) j--;
  if (j <= first) return false;
  if (isQuote(doc, j - 1)) return !quoteOpens(doc, j - 1);
  return doc.tokens.lower[j - 1] === "," && verbIn(doc, first, j - 1);
}

/** Particles after which a reporting verb is another verb ("backed down", "called off", "warned away"). */
const OTHER_VERB_PARTICLES = new Set(["down", "off", "away"]);

const BARE_NOUN_FORMS = new Set(["reporting", "written", "writing"]);
const NOUN_PREPOSITIONS = new Set(["for", "from", "among"]);
/** Prepositions a participle modifying a noun may follow ("in disputed areas"), beside PHRASE_PREPOSITIONS. */
const MODIFIER_PREPOSITIONS = new Set(["in", "on", "at", "into", "of", "for", "with", "from"]);
/** Words after a participle that make it a verb still ("in denied that", "for reported by"). */
const CLAUSE_WORDS_AFTER_PARTICIPLE = new Set(["that", "by", "to", "in", "on", "at", "as", "with", "for", "of", "and", "or", "the", "a", "an", "it", "this"]);

/** "calls for", "hopes for": a verb that joins "for" or a belief that hopes for something. */
function takesFor(form: string, next: string): boolean {
  const cue = VERB_CUES.get(form);
  return next === "for" && cue !== undefined && (cue.joins.includes("for") || cue.kind === "belief");
}
const NAME_DETERMINERS = new Set(["the", "a", "an", "this", "that", "its", "his", "her", "their", "'s", "\u2019s"]);

/** Whether the capitalised words ending at `k` follow a determiner ("the Associated Press", "a new Pew Research"). */
function determinerBeforeName(doc: Doc, k: number, first: number): boolean {
  let j = k;
  while (j > first && j > k - 5 && !NAME_DETERMINERS.has(doc.tokens.lower[j]) && (isCapitalised(doc, j) || doc.tokens.kind[j] === TokenKind.Abbrev || doc.tokens.lower[j] === "new" || doc.tokens.lower[j] === "latest")) j--;
  return j < k && NAME_DETERMINERS.has(doc.tokens.lower[j]);
}

/** "the man accused of buying the guns": an accusation participle with "of" straight after it, a passive modifier. */
function passiveAccused(doc: Doc, t: number, last: number): boolean {
  const w = doc.tokens.lower[t];
  // ("an enemy he accused of firing": after a subject the verb is active, its object moved before it.)
  const prev = t > 0 ? doc.tokens.lower[t - 1] : "";
  if (PRONOUNS.has(prev) || AUXILIARIES.has(prev) || isCapitalised(doc, t - 1)) return false;
  return w.endsWith("ed") && t + 1 < last && doc.tokens.lower[t + 1] === "of" && VERB_CUES.get(w)?.kind === "accusation";
}

/** Whether a sentence is a title-case headline: most of its words capitalised. */
function titleCase(doc: Doc, first: number, last: number): boolean {
  if (last - first > 40) return false;
  let words = 0;
  let caps = 0;
  for (let k = first; k < last; k++) {
    if (doc.tokens.kind[k] !== TokenKind.Word || doc.tokens.lower[k].length < 4) continue;
    words++;
    if (isCapitalised(doc, k)) caps++;
  }
  return words >= 3 && caps >= 0.8 * words;
}

const GO_FORMS = new Set(["go", "goes", "went", "gone", "going"]);
const CONTINUE_FORMS = new Set(["continue", "continues", "continued", "continuing"]);
const TAKE_FORMS = new Set(["take", "takes", "took", "taken", "taking"]);

/**
 * Where a lead-in before an infinitive cue starts ("went on to say", "continued to insist",
 * "took to Twitter to say"), or -1: the infinitive then reports, and the lead-in joins the cue.
 */
function leadIn(doc: Doc, t: number, first: number): number {
  const lower = doc.tokens.lower;
  if (t - 2 < first || lower[t - 1] !== "to") return -1;
  if (CONTINUE_FORMS.has(lower[t - 2])) return t - 2;
  if (t - 3 >= first && lower[t - 2] === "on" && GO_FORMS.has(lower[t - 3])) return t - 3;
  if (t - 4 >= first && lower[t - 3] === "to" && CHANNEL_HEADS.has(lower[t - 2]) && TAKE_FORMS.has(lower[t - 4])) return t - 4;
  return -1;
}

/** Extends a cue left over a lead-in, auxiliaries and adverbs ("has claimed", "had also said", "went on to say"). */
function cueStart(doc: Doc, t: number, first: number): number {
  const lead = leadIn(doc, t, first);
  let a = lead >= 0 ? lead : t;
  while (a - 1 >= first && (AUXILIARIES.has(doc.tokens.lower[a - 1]) || mannerBefore(doc, a - 1))) a--;
  // "he's claiming": a contracted "is" before a progressive (not the possessive of "Trump's claims").
  const w = doc.tokens.lower[a - 1];
  // ("he's said": a contracted "has" before a participle, after a pronoun too.)
  if (a - 2 >= first && (w === "'s" || w === "\u2019s") && PRONOUNS.has(doc.tokens.lower[a - 2])) a--;
  return a;
}

/** Words in -ly that are no adverbs ("the family said", "the weekly reported"). */
const LY_NOUNS = new Set(["family", "assembly", "rally", "supply", "ally", "monopoly", "anomaly", "daily", "weekly", "monthly", "quarterly", "italy", "july", "reply", "bully", "emily", "holly", "kelly", "sally", "molly", "willy", "billy"]);

/** "forcefully told", "quickly accused": a manner adverb before the cue belongs to it. */
function mannerBefore(doc: Doc, k: number): boolean {
  const w = doc.tokens.lower[k];
  return w.length > 4 && w.endsWith("ly") && doc.tokens.kind[k] === TokenKind.Word && !isCapitalised(doc, k) && !LY_NOUNS.has(w);
}

/** The source phrase ending just before token `end`, walking left to the start of its clause. */
/** Prepositions that stand capitalised inside organisations' names ("Doctors Without Borders"). */
const NAME_PREPOSITIONS = new Set(["without", "against"]);

function sourceBefore(doc: Doc, end: number, first: number): Range | null {
  const lower = doc.tokens.lower;
  let h = end - 1;
  if (h < first) return null;
  // "Wells Fargo just this month announced": a time phrase between the source and the cue.
  if (h - 2 >= first && TIME_NOUNS.has(lower[h]) && RELATIVE_TIME.has(lower[h - 1])) {
    h -= 2;
    while (h > first && (lower[h] === "just" || lower[h] === "only" || lower[h] === "also" || lower[h] === "late" || lower[h] === "early")) h--;
    // ("Sen. Jim Ray (D-Ohio) last week said": a name's parenthetical may close the source.)
    // ("A poll conducted last week found": a participle after an unnamed head ends it.)
    if (!isCapitalised(doc, h) && !PRONOUNS.has(lower[h]) && !UNNAMED_HEADS.has(lower[h]) && lower[h] !== ")" && !(pastTense(doc, h) && headBefore(doc, h + 1, first))) return null;
  }
  // "Joe Biden on Monday (morning) said": a day between the source and the cue.
  {
    let d = h;
    if (d - 1 >= first && (lower[d] === "morning" || lower[d] === "afternoon" || lower[d] === "evening" || lower[d] === "night")) d--;
    if (d - 2 >= first && WEEKDAY_WORDS.has(lower[d]) && lower[d - 1] === "on") h = d - 2;
  }
  if (isDoubleQuote(doc, h) && !quoteOpens(doc, h)) {
    // A quoted name: A blogger who goes by the name "Rybar" said ...
    for (let o = h - 1; o >= first && o >= h - 5; o--) {
      if (isDoubleQuote(doc, o)) return o + 1 < h && isCapitalised(doc, o + 1) && !isPunct(doc, h - 1) ? { first: o + 1, last: h } : null;
    }
    return null;
  }
  if (PRONOUNS.has(lower[h])) return { first: h, last: h + 1 };
  if (lower[h] === ")") {
    let o = h - 1;
    while (o > first && h - o < 8 && lower[o] !== "(") o--;
    if (lower[o] !== "(") return null;
    const name = sourceBefore(doc, o, first);
    return name ? { first: name.first, last: h + 1 } : null;
  }
  const share = shareBefore(doc, h, first);
  if (share) return share;
  // "Some say ...", "but others believe ...": a quantifier opening its clause speaks for people.
  if (QUANTIFIER_SOURCES.has(lower[h]) && (h === first || CLAUSE_OPENERS.has(lower[h - 1]) || isPunct(doc, h - 1) || isQuote(doc, h - 1))) return { first: h, last: h + 1 };
  if (isPunct(doc, h) || isQuote(doc, h) || NOT_SOURCE_HEADS.has(lower[h]) || CLAUSE_OPENERS.has(lower[h])) return null;
  if (doc.tokens.kind[h] === 2) return null; // a number heads no source
  let a = h;
  let crossedAnd = false;
  const participleCue = end < doc.tokens.count && doc.tokens.lower[end].endsWith("ing");
  while (a - 1 >= first && h - a < MAX_SOURCE_TOKENS) {
    const p = a - 1;
    const w = lower[p];
    // A source does not run over a line break (a headline or dateline above it).
    if (doc.tokens.breakBefore[a] >= 2) break;
    // "Sanders' campaign manager": an apostrophe glued to a plural is a possessive, not a quote.
    if (isQuote(doc, p) && !isPossessiveMark(doc, p)) break;
    if (w === ")") {
      // A parenthetical inside the name: "Sen. Claire McCaskill (D-Mo.) said".
      let o = p - 1;
      while (o > first && p - o < 8 && lower[o] !== "(") o--;
      if (lower[o] !== "(" || o - 1 < first) break;
      a = o;
      continue;
    }
    // "a Wall Street Journal/NBC News poll", "Harris-Walz": glued joiners stay inside a name; "LONDON (Reuters) - X" does not.
    if (isPunct(doc, p) && !((w === "-" || w === "&" || w === "/") && (w === "&" || doc.tokens.end[p] === doc.tokens.start[a]))) break;
    // "Mr. Grassley and Mr. Leahy said", "Russia and Belarus say": names joined by "and".
    if (w === "and" && !crossedAnd && p - 1 >= first && isCapitalised(doc, p - 1) && isCapitalised(doc, a)) {
      crossedAnd = true;
      a = p;
      continue;
    }
    // "The nominee and his aides said", "Federal and state officials say": a short conjunct that opens the clause.
    if (w === "and" && !crossedAnd) {
      const start = conjunctStart(doc, p, first);
      if (start >= 0) {
        a = start;
        break;
      }
    }
    if (crossedAnd && !isCapitalised(doc, p) && doc.tokens.kind[p] !== TokenKind.Abbrev && w !== "the" && w !== "." && w !== "'s") break;
    // "Doctors Without Borders said", "Reporters Without Borders", "Mothers Against Poverty": a
    // capitalised preposition between capitalised words is part of an organisation's name.
    if (NAME_PREPOSITIONS.has(w) && isCapitalised(doc, p) && p - 1 >= first && isCapitalised(doc, p - 1) && isCapitalised(doc, a) && doc.tokens.kind[p - 1] === TokenKind.Word) {
      a = p;
      continue;
    }
    if (CLAUSE_OPENERS.has(w)) {
      // "officials in Kyiv said": a preposition inside a plural unnamed source.
      // ("families of those killed", "nine of 10 Republicans": a plural noun or a count owns the phrase after "of".)
      if (SOURCE_PREPOSITIONS.has(w) && (headBefore(doc, p, first) || (w === "of" && ofOwner(doc, p - 1, first)))) {
        a = p;
        continue;
      }
      // "sources close to the campaign", "a person familiar with the planning".
      if ((w === "to" || w === "with") && p - 1 >= first && (lower[p - 1] === "close" || lower[p - 1] === "familiar" || lower[p - 1] === "closest")) {
        a = p;
        continue;
      }
      // "the Brennan Center for Justice", "the Institute for the Study of War": a preposition inside a name.
      // ("Trump on Tuesday said": a day is no part of a name.)
      if ((w === "for" || w === "on" || w === "de") && p - 1 >= first && isCapitalised(doc, p - 1) && (isCapitalised(doc, a) || (lower[a] === "the" && a + 1 <= h && isCapitalised(doc, a + 1))) && !WEEKDAY_WORDS.has(lower[a])) {
        a = p;
        continue;
      }
      // "Petrenko in a post on Telegram said": a channel between the source and the cue.
      // ("She said at a news conference announcing ...": after a verb the channel is that verb's.)
      const channel = p > first && !VERB_CUES.has(lower[p - 1]) && !pastTense(doc, p - 1) && !FINITE.has(lower[p - 1]) ? channelAt(doc, p, end) : null;
      if (channel && channel.last === end) {
        const before = sourceBefore(doc, p, first);
        if (before) return before;
      }
      // "A producer for Yahoo Studios told", "A review of his work in Ukraine shows": the phrase after
      // a preposition is not the speaker; the noun before the preposition heads the source.
      if (SOURCE_PREPOSITIONS.has(w) && p - 1 >= first && (nounHeadAt(doc, p - 1, first) || (w !== "on" && institutionEndsAt(doc, p - 1, first))) && !WEEKDAY_WORDS.has(lower[a])) {
        a = p;
        continue;
      }
      break;
    }
    if (PRONOUNS.has(w) && w !== "it") break;
    // "on the Democratic side Pate backed": a side named before a name is where, not who.
    if ((w === "side" || w === "sides") && isCapitalised(doc, a)) break;
    // "On both fronts the commanders said": a phrase opening with an article starts the source; a
    // plain word before it ends another phrase ("all the officials", "half the senators", "a video of
    // the episode", "Vatican spokesman the Rev. Lombardi" stay whole, and "an arrangement the campaign
    // criticized" is an answered noun).
    if (ARTICLES.has(lower[a]) && doc.tokens.kind[p] === TokenKind.Word && !isCapitalised(doc, p) && !QUANTIFIER_SOURCES.has(w) && !NUMBER_WORDS.has(w) && !SHARE_HEDGES.has(w) && !ARTICLE_LEADS.has(w) && !SOURCE_PREPOSITIONS.has(w) && !PHRASE_PREPOSITIONS.has(w) && !w.endsWith("ing") && !pastTense(doc, p) && !(p - 1 >= first && (ARTICLES.has(lower[p - 1]) || OWNER_PRONOUNS.has(lower[p - 1]) || (UNNAMED_HEADS.has(w) && isCapitalised(doc, p - 1))))) break;
    // "The U.S. vetoed a resolution demanding ...": a participle's holder is the noun phrase after the verb.
    if (participleCue && pastTense(doc, p)) break;
    // "In a Bloomberg interview Trump said", "the third time Kyiv said": a channel or time noun before a name.
    if (isCapitalised(doc, a) && !isCapitalised(doc, p) && (CHANNEL_HEADS.has(w) || TIME_NOUNS.has(w))) break;
    // A reporting verb belongs to another clause ("declared a state of emergency").
    // ("the state attorney general": a noun form before a lower-case noun stays in the phrase.)
    // ("the founder of a group called Free Kherson said": a name given to the noun before it.)
    const naming = w === "called" && indefiniteHead(doc, { first, last: p }, p);
    if (VERB_CUES.has(w) && !naming && !passiveBy(doc, p) && !isCapitalised(doc, p) && !UNNAMED_HEADS.has(w) && !passiveAccused(doc, p, end) && !(NOUN_FORMS.has(w) && doc.tokens.kind[a] === TokenKind.Word && !isCapitalised(doc, a) && !CLAUSE_OPENERS.has(lower[a]))) break;
    a = p;
  }
  if (h - a >= MAX_SOURCE_TOKENS) return null;
  // "..., a figure Russian sources dispute": the noun before the source is what they answer (a
  // relative clause without "that"), not part of who speaks.
  if (a + 2 <= h && answeredBefore(doc, a + 2, first) === 2) a += 2;
  // "58% of Ukrainians say": the walk stops at the sign; the share owns the group after "of".
  if (lower[a] === "of" && a - 1 >= first) a = shareBefore(doc, a - 1, first)?.first ?? a;
  return { first: a, last: h + 1 };
}

const ANSWERED_RULE = "claim/answered";

/**
 * What a reply answers, before its speaker in "..., a figure Russian sources dispute", or the act
 * the speaker judges in "..., an attack New Delhi blamed on Pakistan", "..., a move Kyiv condemned".
 */
const ANSWERED_NOUNS = new Set([
  "claim", "figure", "number", "account", "assertion", "allegation", "charge", "accusation", "version", "estimate", "assessment",
  "attack", "strike", "bombing", "killing", "shooting", "massacre", "raid", "incursion", "explosion", "blast", "incident",
  "move", "step", "decision", "act",
]);

/** Tokens of "a figure" / "a claim" between a comma and a source starting at `at` (0 when none). */
function answeredBefore(doc: Doc, at: number, first: number): number {
  const lower = doc.tokens.lower;
  return at - 3 >= first && lower[at - 3] === "," && (lower[at - 2] === "a" || lower[at - 2] === "an") && ANSWERED_NOUNS.has(lower[at - 1]) ? 2 : 0;
}

const SOURCE_PREPOSITIONS = new Set(["in", "at", "from", "with", "for", "on", "to", "by", "of", "among"]);
/** Whether an institution's name ends at token k: its head, or a name holding one ("the Ministry of Health"). */
function institutionEndsAt(doc: Doc, k: number, first: number): boolean {
  const lower = doc.tokens.lower;
  for (let u = k; u >= first && k - u < 7; u--) {
    if (INSTITUTION_HEADS.has(lower[u])) return true;
    if (!isCapitalised(doc, u) && lower[u] !== "of" && lower[u] !== "for" && lower[u] !== "the") return false;
  }
  return false;
}

/** Heads of an institution's name, which a place after "in" or "at" locates ("Rambam Hospital in Haifa"). */
const INSTITUTION_HEADS = new Set([
  "hospital", "clinic", "university", "institute", "ministry", "council", "committee", "commission", "agency", "office", "centre", "center",
  "service", "foundation", "court", "command", "department", "administration", "authority", "school", "embassy", "consulate",
]);
const MAX_RELATIVE_SUBJECT = 14;
const RELATIVE_FILLERS = new Set(["not", "never", "yet", "also", "just", "already", "still", "now", "all", "both"]);

/**
 * "Residents who have lived here for decades said", "Officials who spoke on condition of anonymity
 * said": a subject with a restrictive relative clause right before the cue. The source is the head
 * and its clause; a generic head ("those who", "anyone who") makes none.
 */
function relativeSubject(doc: Doc, end: number, first: number): Range | null {
  const lower = doc.tokens.lower;
  let p = end - 1;
  for (; p > first && end - p <= MAX_RELATIVE_SUBJECT; p--) {
    const w = lower[p];
    if (w === "who") break;
    if (isPunct(doc, p) || isQuote(doc, p) || CLAUSE_STARTS.has(w) || w === "which") return null;
  }
  if (lower[p] !== "who" || p === end - 1 || p - 1 < first) return null;
  // The cue must not be the clause's own verb ("who have not yet announced", "who said they had
  // supported", "who speaks and tweets", "who awarded her ... for telling"): the clause holds a word
  // of its own, no pronoun, conjunction or preposition stands right before the cue, and the cue is finite.
  const last = lower[end - 1];
  if (PRONOUNS.has(last) || CLAUSE_OPENERS.has(last) || lower[end].endsWith("ing")) return null;
  let own = false;
  for (let k = p + 1; k < end && !own; k++) own = !AUXILIARIES.has(lower[k]) && !RELATIVE_FILLERS.has(lower[k]) && !mannerBefore(doc, k);
  if (!own) return null;
  const h = p - 1;
  const head = lower[h];
  if (GENERIC_ANTECEDENTS.has(head) || !(UNNAMED_HEADS.has(head) || isCapitalised(doc, h) || (doc.tokens.kind[h] === TokenKind.Word && head.length > 3 && head.endsWith("s") && !head.endsWith("ss")))) return null;
  const before = sourceBefore(doc, p, first);
  return before && before.last === p ? { first: before.first, last: end } : null;
}
const WEEKDAY_WORDS = new Set(WEEKDAYS);

/**
 * Where the content of a relative clause ends: at the closing bracket or dash of a clause set off
 * by them ("Graham -- who had endorsed Bush -- spoke"), and, in a restrictive clause inside the
 * sentence's subject, before the main verb ("Voters who backed him say ...": the object is "him").
 */
function relativeContentEnd(doc: Doc, content: Range | null, rel: number, antecedent: Range, first: number): Range | null {
  if (!content) return null;
  const lower = doc.tokens.lower;
  const opener = lower[rel - 1];
  if (opener === "(" || DASHES.has(opener)) {
    for (let k = content.first + 1; k < content.last; k++) {
      if ((opener === "(" && lower[k] === ")") || (opener !== "(" && DASHES.has(lower[k]))) return { first: content.first, last: trimTrailing(doc, content.first, k) };
    }
    return content;
  }
  const subject = antecedent.first === skipQuotes(doc, first, antecedent.first) && opener !== ",";
  if (!subject || CLAUSE_STARTS.has(lower[content.first]) || isQuote(doc, content.first) || (bareClause(doc, content) && !OBJECT_PRONOUNS.has(lower[content.first]))) return content;
  for (let k = content.first + 1; k < content.last; k++) {
    const w = lower[k];
    if (isPunct(doc, k) || isQuote(doc, k) || DETERMINERS.has(lower[k - 1]) || lower[k - 1] === "to") continue;
    if ((FINITE.has(w) && !isPossessive(w)) || (VERB_CUES.has(w) && !NOUN_FORMS.has(w) && !w.endsWith("ing"))) return { first: content.first, last: trimTrailing(doc, content.first, k) };
  }
  return content;
}

/**
 * The relative pronoun that a second relative clause after "and" or "but" shares its antecedent
 * with ("Ray, who won in 2019 and who hopes ..."): the same pronoun earlier in the sentence, or the
 * pronoun at `rel` itself when none is joined.
 */
function joinedRelative(doc: Doc, rel: number, first: number): number {
  const lower = doc.tokens.lower;
  if (rel - 2 < first || (lower[rel - 1] !== "and" && lower[rel - 1] !== "but")) return rel;
  for (let k = rel - 2; k > first && rel - k <= MAX_RELATIVE_SUBJECT; k--) {
    if (lower[k] === lower[rel]) return k;
    if (TERMINALS.has(lower[k]) || isQuote(doc, k)) break;
  }
  return rel;
}

/**
 * Whether token `k`, before a preposition, is the common noun heading a subject: a lower-case word
 * that is no verb, pronoun, adverb or clause word, right after a determiner, a number or a name
 * opening the phrase ("A producer for", "Audit files from", "my editor at"; not "The ad ends with").
 */
function nounHeadAt(doc: Doc, k: number, first: number): boolean {
  const lower = doc.tokens.lower;
  const w = lower[k];
  if (k - 1 < first || doc.tokens.kind[k] !== TokenKind.Word || isCapitalised(doc, k) || CLAUSE_OPENERS.has(w) || FINITE.has(w) || AUXILIARIES.has(w) || PRONOUNS.has(w) || OBJECT_PRONOUNS.has(w) || DETERMINERS.has(w)) return false;
  if (pastTense(doc, k) || w.endsWith("ly") || w.endsWith("ing") || (VERB_CUES.has(w) && !NOUN_FORMS.has(w)) || TIME_NOUNS.has(w)) return false;
  const before = lower[k - 1];
  // ("Rambam hospital in Haifa", "for the Soroka hospital in Beersheba": a name before the noun.)
  return DETERMINERS.has(before) || SUBJECT_DETERMINERS.has(before) || doc.tokens.kind[k - 1] === TokenKind.Number || NUMBER_WORDS.has(before) ||
    (isCapitalised(doc, k - 1) && (k - 1 === first || isPunct(doc, k - 2) || DETERMINERS.has(lower[k - 2]) || SOURCE_PREPOSITIONS.has(lower[k - 2])));
}
const MAX_HEAD_GAP = 3;
const POSTNOMINAL_ADJECTIVES = new Set(["familiar", "close", "closest", "responsible", "loyal", "opposed", "critical", "sympathetic", "present"]);

/**
 * Whether an unnamed-source head stands just before the preposition at `p`, or a few plain words
 * before it ("officials in Kyiv", "exit polls taken in Ohio", "people briefed on the talks"): the
 * preposition's phrase then belongs to the source.
 */
function headBefore(doc: Doc, p: number, first: number): boolean {
  const lower = doc.tokens.lower;
  for (let k = p - 1; k >= first && p - k <= MAX_HEAD_GAP; k--) {
    const w = lower[k];
    if (UNNAMED_HEADS.has(w)) return true;
    // Only a participle or a few adjectives stand between: "wants to" is a verb, not part of a source.
    const modifier = w.endsWith("ed") || w.endsWith("en") || w.endsWith("ing") || POSTNOMINAL_ADJECTIVES.has(w);
    // ("analysts quoted by the paper": a reporting verb's passive participle still modifies the head.)
    if (!modifier || doc.tokens.kind[k] !== TokenKind.Word || isCapitalised(doc, k) || FINITE.has(w) || AUXILIARIES.has(w) || (VERB_CUES.has(w) && !passiveBy(doc, k))) return false;
  }
  return false;
}

/** A plural common noun or a count right before "of" at `k + 1` ("families of", "nine of 10"). */
function ofOwner(doc: Doc, k: number, first: number): boolean {
  if (k < first) return false;
  const w = doc.tokens.lower[k];
  if (doc.tokens.kind[k] === TokenKind.Number || NUMBER_WORDS.has(w)) return true;
  return doc.tokens.kind[k] === TokenKind.Word && !isCapitalised(doc, k) && w.length > 3 && w.endsWith("s") && !w.endsWith("ss") && !VERB_CUES.has(w) && !FINITE.has(w) && !CLAUSE_OPENERS.has(w);
}

const MAX_CONJUNCT_TOKENS = 5;

/**
 * The start of a short noun phrase before "and" at `p` that opens its clause (the sentence start,
 * after a comma or an opening quote), or -1: no verb, auxiliary or clause word on the way.
 */
function conjunctStart(doc: Doc, p: number, first: number): number {
  const lower = doc.tokens.lower;
  const lead = skipQuotes(doc, first, p);
  let k = p - 1;
  for (; k >= lead && p - k <= MAX_CONJUNCT_TOKENS; k--) {
    const w = lower[k];
    if (w === ",") break;
    const kind = doc.tokens.kind[k];
    if (kind !== TokenKind.Word && kind !== TokenKind.Abbrev && w !== "." && w !== "'s" && w !== "\u2019s") return -1;
    if (CLAUSE_OPENERS.has(w) || FINITE.has(w) || AUXILIARIES.has(w) || (VERB_CUES.has(w) && !NOUN_FORMS.has(w))) return -1;
    if (!isCapitalised(doc, k) && (w.endsWith("ed") || w.endsWith("ing") || w.endsWith("ly"))) return -1;
  }
  const start = k + 1;
  return start < p && (start === lead || lower[k] === ",") ? start : -1;
}

const QUANTIFIER_SOURCES = new Set(["some", "others", "many", "most", "few", "several", "both", "all"]);
const NUMBER_WORDS = new Set(["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "half", "third", "quarter"]);
/** "forty-one", "sixty": a count written out in tens. */
const SPELLED_TENS = /^(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?$/;
/** "two-thirds", "three-quarters": a share written out as a fraction. */
const SPELLED_FRACTION = /^(?:one|two|three|four|five)-(?:thirds?|quarters?|fifths?|tenths?)$/;
const SHARE_HEDGES = new Set(["more", "less", "fewer", "than", "about", "around", "nearly", "almost", "just", "only", "roughly", "some", "over", "under", "barely", "another", "a", "the", "full"]);

/** A poll share ending at token `h` that speaks for the people polled: "six in 10", "42%", "nearly 30 percent". */
function shareBefore(doc: Doc, h: number, first: number): Range | null {
  const lower = doc.tokens.lower;
  const isNumber = (k: number): boolean => k >= first && (doc.tokens.kind[k] === TokenKind.Number || NUMBER_WORDS.has(lower[k]) || SPELLED_TENS.test(lower[k]));
  let a = -1;
  // "About three-quarters support ...", "two-thirds of voters": a fraction written out is a share.
  if (SPELLED_FRACTION.test(lower[h])) a = h;
  else if ((lower[h] === "%" || lower[h] === "percent") && isNumber(h - 1)) a = h - 1;
  else if (isNumber(h) && h - 2 >= first && lower[h - 1] === "in" && isNumber(h - 2)) a = h - 2;
  else if (doc.tokens.kind[h] === TokenKind.Number && h - 3 >= first && lower[h - 1] === "of" && lower[h - 2] === "out" && isNumber(h - 3)) a = h - 3;
  if (a < 0) return null;
  while (a - 1 >= first && h - a < 6 && SHARE_HEDGES.has(lower[a - 1])) a--;
  return { first: a, last: h + 1 };
}

const ARTICLES = new Set(["a", "an", "the"]);
/** Prepositions that may join an article's phrase to a source ("Republicans across the country", "sources including the mayor"). */
const PHRASE_PREPOSITIONS = new Set(["across", "along", "around", "throughout", "inside", "outside", "near", "within", "beyond", "over", "under", "behind", "toward", "towards", "amid", "among", "between", "beside", "upon", "onto", "past", "via", "like", "per", "including", "representing", "near", "off", "above", "below", "alongside"]);
/** Words that may stand before an article inside one noun phrase ("all the officials", "such a source"). */
const ARTICLE_LEADS = new Set(["all", "both", "half", "such", "quite", "what", "many", "once", "twice", "least"]);

/** Whether a poll share that opens its clause ends right before token `t` ("About 4 in 10", "Some 56 percent"). */
function shareSubjectBefore(doc: Doc, t: number, first: number): boolean {
  if (t - 1 < first) return false;
  const share = shareBefore(doc, t - 1, first);
  return share !== null && !ARTICLES.has(doc.tokens.lower[share.first]) && (share.first === skipQuotes(doc, first, share.first) || isPunct(doc, share.first - 1) || CLAUSE_OPENERS.has(doc.tokens.lower[share.first - 1]));
}

/** A terminal mark that stops a walk, unless it closes an abbreviation before a comma ("Springfield, Va., said"). */
function sentenceStop(doc: Doc, k: number): boolean {
  return TERMINALS.has(doc.tokens.lower[k]) && !(doc.tokens.lower[k] === "." && doc.tokens.lower[k + 1] === "," && k > 0 && isCapitalised(doc, k - 1));
}

/** "Sanders' campaign": an apostrophe glued to a word in s and followed by a blank is a possessive, not a quote. */
function isPossessiveMark(doc: Doc, p: number): boolean {
  const w = doc.tokens.lower[p];
  return (w === "'" || w === "\u2019") && p > 0 && p + 1 < doc.tokens.count && doc.tokens.lower[p - 1].endsWith("s") && doc.tokens.start[p] === doc.tokens.end[p - 1] && doc.tokens.end[p] < doc.tokens.start[p + 1];
}

const MAX_APPOSITION_TOKENS = 36;
/** Words opening an aside of manner or circumstance, not an apposition: "Cruz, with unconcealed delight, chided". */
const MANNER_ASIDES = new Set(["with", "without", "to", "as", "when", "still", "himself", "herself", "themselves", "itself", "it", "eager", "clad"]);
const MAX_DASH_ASIDE = 12;
const DASHES = new Set(["\u2014", "\u2013", "--"]);

/**
 * A source in apposition, closed by a comma right before the cue: "Gladkov, the governor of
 * Belgorod, said", "the governor of the region, Oksana Tkachuk, said". The span covers the head
 * phrase and the apposition; an aside ("Trump, speaking in Ohio, said") is left out.
 */
function appositiveSource(doc: Doc, c0: number, first: number): Range | null {
  const lower = doc.tokens.lower;
  // 'Humphrey, who calls Trump a "sociopath," said': the closing comma typed inside a quoted word.
  const m = c0 - 2 > first && isDoubleQuote(doc, c0 - 1) && !quoteOpens(doc, c0 - 1) && lower[c0 - 2] === "," ? c0 - 2 : c0 - 1;
  let insideQuote = m !== c0 - 1;
  const mark = lower[m];
  // (" - " with blanks around it is a dash typed as a hyphen: "Ray's aide - who ... - told".)
  if (m <= first || !(mark === "," || isDash(doc, m))) return null;
  let k = m - 1;
  while (k > first && c0 - k < MAX_APPOSITION_TOKENS && lower[k] !== mark && !sentenceStop(doc, k)) {
    if (isQuote(doc, k) && !isPossessiveMark(doc, k)) {
      // 'the co-author of "Going Viral," about ...': a short quoted title or word inside the apposition.
      if (!isDoubleQuote(doc, k)) break;
      if (quoteOpens(doc, k)) {
        if (!insideQuote || !quotedInPhrase(doc, k, first)) break;
        insideQuote = false;
        k--;
        continue;
      }
      const o = openingQuoteBefore(doc, k, first);
      if (o < 0 || !quotedInPhrase(doc, o, first)) break;
      k = o - 1;
      continue;
    }
    k--;
  }
  if (insideQuote) return null;
  if (k <= first || lower[k] !== mark) {
    // Only the apposition itself: '"...," the governor of the region, Oksana Tkachuk, said'.
    return null;
  }
  let head = appositionHead(doc, k, first);
  // "a salesman from Sumter, South Carolina, said": a place after "from" is not the head; look further left.
  if (head && head.first - 1 > first && (lower[head.first - 1] === "from" || lower[head.first - 1] === "of" || lower[head.first - 1] === "in")) {
    for (let k2 = head.first - 2; k2 > first && c0 - k2 < MAX_APPOSITION_TOKENS; k2--) {
      if ((isQuote(doc, k2) && !isPossessiveMark(doc, k2)) || sentenceStop(doc, k2)) break;
      if (lower[k2] !== mark) continue;
      const outer = appositionHead(doc, k2, first);
      if (outer) {
        head = outer;
        k = k2;
      }
      break;
    }
  }
  // "Trump, speaking in Ohio, said", "Clinton, at Monday's debate, cited", "Trump, who leads, said",
  // "Sanders, meanwhile, said": the aside is not part of the source.
  const aside = lower[k + 1];
  // ("Clinton, exasperated, responded", "Sanders, to his credit, refuses", "Tester, himself up for
  // reelection, said", "Democrats, historically, have ...": a participle, adverb or phrase of manner;
  // "The survey, conducted by Gallup, found" names its maker, part of the source.)
  if (head && (isParticipleOpener(doc, k + 1) || SETTING_PREPOSITIONS.has(aside) || TIME_PREPOSITIONS.has(aside) || aside === "who" || aside === "which" || aside === "whose" || INTERJECTIONS.has(aside) || aside === "for" || aside === "once" || MANNER_ASIDES.has(aside) || (pastTense(doc, k + 1) && !isCapitalised(doc, k + 1) && lower[k + 2] !== "by") || (aside.endsWith("ly") && mannerBefore(doc, k + 1)))) return head;
  if (head) return { first: head.first, last: c0 - 1 };
  // Several appositions: "Olena Petrenko, 41, a nurse from Kharkiv, said".
  for (let k2 = k - 1, commas = 0; k2 > first && c0 - k2 < MAX_APPOSITION_TOKENS + 8 && commas < 2; k2--) {
    if ((isQuote(doc, k2) && !isPossessiveMark(doc, k2)) || sentenceStop(doc, k2)) break;
    if (lower[k2] !== mark) continue;
    commas++;
    const outer = appositionHead(doc, k2, first);
    if (outer) return { first: outer.first, last: c0 - 1 };
  }
  // The name is the apposition: "the governor of the border region, Oksana Tkachuk, said".
  const inner = sourceBefore(doc, c0 - 1, first);
  const before = sourceBefore(doc, k, first);
  // ("Just over a quarter, 26 percent, say": a poll share in apposition speaks as a name does.)
  if (inner && inner.first === k + 1 && (isCapitalised(doc, inner.last - 1) || shareBefore(doc, inner.last - 1, first) !== null)) return before ? { first: before.first, last: inner.last } : inner;
  return null;
}

const MAX_QUOTED_WORDS = 8;

/** The opening double quote of the short quotation closing at `k`, or -1. */
function openingQuoteBefore(doc: Doc, k: number, first: number): number {
  for (let o = k - 1; o > first && k - o <= MAX_QUOTED_WORDS; o--) {
    if (isDoubleQuote(doc, o)) return quoteOpens(doc, o) ? o : -1;
    if (TERMINALS.has(doc.tokens.lower[o])) return -1;
  }
  return -1;
}

/** A quotation opening at `o` after a word inside a phrase ('a "sociopath"', 'of "Going Viral"'), not after a comma or a clause start. */
function quotedInPhrase(doc: Doc, o: number, first: number): boolean {
  return o - 1 > first && doc.tokens.kind[o - 1] === TokenKind.Word && !isQuote(doc, o - 1);
}

function spacedHyphen(doc: Doc, k: number): boolean {
  return doc.tokens.start[k] > doc.tokens.end[k - 1] && k + 1 < doc.tokens.count && doc.tokens.start[k + 1] > doc.tokens.end[k];
}

/** The head phrase of an apposition, ending before the comma at `k`: a name, a pronoun, an unnamed source or "the/a <noun>" opening its clause. */
function appositionHead(doc: Doc, k: number, first: number): Range | null {
  const lower = doc.tokens.lower;
  const head = sourceBefore(doc, k, first);
  // ", of Izium," is an apposition, never a head.
  if (!head || lower[head.first] === "of" || lower[head.first] === "from") return null;
  let hl = head.last - 1;
  // "Rep. Ivan Franko (D-Lviv)": the name before the parenthetical.
  if (lower[hl] === ")") while (hl > head.first && lower[hl] !== "(") hl--;
  if (hl > head.first && lower[hl] === "(") hl--;
  const h = lower[hl];
  if (isCapitalised(doc, hl) || UNNAMED_HEADS.has(h) || PRONOUNS.has(h)) return head;
  // "The mayor, who ...": a determiner phrase that opens the sentence.
  const opensSentence = head.first === skipQuotes(doc, first, k);
  // "Supporters of the new law, however, say": an unnamed head with its modifier opening the sentence.
  // ("Exit polls from the primary, which Ray won, showed": an unnamed head before the phrase's preposition.)
  // ("One attendee, who ..., said", "Another voter, ...": a count of one opens a phrase as an article does.)
  const opener = ARTICLE_OPENERS.has(lower[head.first]) || UNNAMED_HEADS.has(lower[head.first]) || unnamedHeadIn(doc, head);
  return opensSentence && opener && doc.tokens.kind[head.last - 1] === TokenKind.Word ? head : null;
}

const ARTICLE_OPENERS = new Set(["the", "a", "an", "one", "another"]);

/** Whether an unnamed-source head stands in `r` before its first preposition ("exit polls from the primary"). */
function unnamedHeadIn(doc: Doc, r: Range): boolean {
  for (let k = r.first; k < r.last && !SOURCE_PREPOSITIONS.has(doc.tokens.lower[k]); k++) if (UNNAMED_HEADS.has(doc.tokens.lower[k])) return true;
  return false;
}

const APPOSITION_OPENERS = new Set(["a", "an", "the", "his", "her", "their", "its", "one", "who", "whose", "which", "now", "then", "also", "both", "former", "another"]);

/**
 * '"...," said Jim Ray, the mayor of the town, who ...': an inverted source keeps its apposition,
 * as a preposed one does ("Gladkov, the governor of Belgorod, said"), up to the end of the clause
 * or a quotation that resumes the content.
 */
function withApposition(doc: Doc, src: Range | null, last: number): Range | null {
  if (!src || src.last + 1 >= last) return src;
  // "an American official who was briefed on the talks": a relative clause right after the name.
  const relative = doc.tokens.lower[src.last] === "who";
  if (!relative && doc.tokens.lower[src.last] !== ",") return src;
  const a = relative ? src.last : src.last + 1;
  const w0 = doc.tokens.lower[a];
  // "the mayor", "a lawyer", "who ...", "Democrat of Texas", "senior vice president for ...", "20, of Jacksonville".
  const opens = relative || APPOSITION_OPENERS.has(w0) || (isCapitalised(doc, a) && !isQuote(doc, a)) || doc.tokens.kind[a] === TokenKind.Number || (doc.tokens.kind[a] === TokenKind.Word && !CLAUSE_OPENERS.has(w0) && !isParticipleOpener(doc, a) && !PHRASE_CUES.has(w0) && !mannerBefore(doc, a) && !TIME_FILLERS.has(w0) && !INTERJECTIONS.has(w0) && !VERB_CUES.has(w0));
  if (!opens) return src;
  let b = a;
  while (b < last && b - a < MAX_APPOSITION_TOKENS * 2) {
    const w = doc.tokens.lower[b];
    if (TERMINALS.has(w) || isQuote(doc, b) || DASHES.has(w) || w === "(" ) break;
    if (w === "," && b + 1 < last) {
      const next = doc.tokens.lower[b + 1];
      // ', "and B."' resumes the content; ', on Monday', ', adding ...' leave the apposition.
      if (isQuote(doc, b + 1) || SETTING_PREPOSITIONS.has(next) || TIME_PREPOSITIONS.has(next) || (CONTENT_BREAKERS.has(next) && next !== "who" && next !== "which") || isParticipleOpener(doc, b + 1)) break;
    }
    b++;
  }
  if (b < last && !TERMINALS.has(doc.tokens.lower[b]) && doc.tokens.lower[b] !== ",") return src;
  while (b > a && isPunct(doc, b - 1)) b--;
  return b > a ? { first: src.first, last: b } : src;
}

/** The source phrase starting at `t` and running to the next comma or the end of the clause. */
function sourceAfter(doc: Doc, t: number, last: number, max = MAX_SOURCE_TOKENS): Range | null {
  let b = t;
  while (b < last && b - t < max) {
    const w = doc.tokens.lower[b];
    // "Rep. Jim Ray (D-Ohio)": a short parenthetical inside the name.
    if (w === "(" && b > t) {
      let c = b + 1;
      while (c < last && c - b < 8 && doc.tokens.lower[c] !== ")") c++;
      if (c < last && doc.tokens.lower[c] === ")") {
        b = c + 1;
        continue;
      }
    }
    if (isPunct(doc, b) && w !== "-" && w !== "&" && w !== "/") break;
    if ((isQuote(doc, b) && !isPossessiveMark(doc, b)) || w === "that" || w === "who" || w === "which") break;
    if (b > t && (w === "on" || w === "in" || w === "at") && channelAt(doc, b, last)) break;
    b++;
  }
  if (b === t || b - t >= max) return null;
  return { first: t, last: b };
}

function skipQuotes(doc: Doc, t: number, limit: number): number {
  while (t < limit && isQuote(doc, t) && quoteOpens(doc, t)) t += isDoubleQuote(doc, t) ? quoteWidth(doc, t) : 1;
  return Math.min(t, limit);
}

interface SkipResult {
  at: number;
  channel: ChannelMatch | null;
}

/**
 * "told the council the bridge was safe", "told the city council the ...": one or two common nouns
 * after the recipient's determiner, then a clause with its own subject; returns where that clause
 * starts, or `r` when there is none.
 */
function nounBeforeClause(doc: Doc, r: number, last: number): number {
  const lower = doc.tokens.lower;
  let n = r;
  while (n < last && n - r < 2 && doc.tokens.kind[n] === TokenKind.Word && !isCapitalised(doc, n) && !SUBJECT_DETERMINERS.has(lower[n]) && !SUBJECT_PRONOUNS.has(lower[n]) && !CLAUSE_OPENERS.has(lower[n]) && !VERB_CUES.has(lower[n]) && !FINITE.has(lower[n])) n++;
  return n > r && clauseSubjectAt(doc, n, last) && bareClause(doc, { first: n, last }) ? n : r;
}

/** Skips what may stand between a cue and its content: times, channels, recipients, "that". */
function skipToContent(ctx: Context, t: number, last: number, cue: VerbCue): SkipResult {
  const { doc } = ctx;
  const lower = doc.tokens.lower;
  let channel: ChannelMatch | null = null;
  let at = t;
  const complement = OBJECT_COMPLEMENT_CUES.has(cue) || cue.recipient || cue.asks ? complementAfterObject(ctx, t, last, cue) : -1;
  if (cue.recipient) {
    // "told reporters", "told Putin at a televised meeting that ..."
    let r = at;
    let head = false;
    while (r < last && r - at < 6 && (RECIPIENT_WORDS.has(lower[r]) || isCapitalised(doc, r) || lower[r] === "'s")) {
      // "told them Valeant was ...": a pronoun is the whole recipient ("her" may be a determiner).
      if (r === at && OBJECT_PRONOUNS.has(lower[r]) && lower[r] !== "it" && lower[r] !== "her") {
        r++;
        break;
      }
      // "told us the levee will hold", "told the BBC the town had fallen": a determiner after the recipient opens the content.
      const determiner = RECIPIENT_DETERMINERS.has(lower[r]);
      if (determiner && head) break;
      if (!determiner) head = true;
      r++;
    }
    // "..., Smirnov told the meeting.": after a determiner, a common noun that ends the sentence is the recipient.
    if (!head && r > at && r < last) {
      let k = r;
      while (k < last && k - r < 3 && doc.tokens.kind[k] === TokenKind.Word && !VERB_CUES.has(lower[k]) && !FINITE.has(lower[k])) k++;
      if (k > r && (k === last || TERMINALS.has(lower[k]))) r = k;
      else r = nounBeforeClause(doc, r, last);
    } else if (!head && r === at && nounBeforeClause(doc, r, last) === r + 1) {
      // "tells audiences she may be prosecuted": a bare recipient noun right before the clause.
      r++;
    }
    // "told supporters in Moscow that ...": a place phrase after the recipient.
    if (r + 2 < last && (lower[r] === "in" || lower[r] === "at") && isCapitalised(doc, r + 1)) {
      let k = r + 1;
      while (k < last && k - r < 5 && isCapitalised(doc, k)) k++;
      if (lower[k] === "that") r = k;
    }
    // "told a young woman from the village that ...": any short recipient phrase before "that".
    if (lower[r] !== "that") {
      for (let k = r; k < last && k - at < 10; k++) {
        const w = lower[k];
        if (w === "that") {
          r = k;
          break;
        }
        if (isPunct(doc, k) || isQuote(doc, k) || VERB_CUES.has(w) || CLAUSE_STARTS.has(w) || FINITE.has(w) || channelAt(doc, k, last) || timeAt(ctx, k) >= 0) break;
      }
    }
    at = r;
  }
  for (let guard = 0; guard < 6 && at < last; guard++) {
    // "on Monday", "late on Tuesday": a preposition before a time goes with it.
    // ("called November's election a test": a time that owns a noun opens the content.)
    const time = timeAt(ctx, at) >= 0 ? timeAt(ctx, at) : TIME_PREPOSITIONS.has(lower[at]) && at + 1 < last ? timeAt(ctx, at + 1) : -1;
    if (time >= 0 && !isPossessive(lower[time] ?? "")) {
      at = time;
      continue;
    }
    const c = channelAt(doc, at, last);
    if (c) {
      channel ??= c;
      at = c.last;
      continue;
    }
    if (TIME_FILLERS.has(lower[at]) || mannerAdverbAt(doc, at, last)) {
      at++;
      continue;
    }
    // "claims, however, that ...": an interjection between commas.
    if (lower[at] === "," && at + 2 < last && INTERJECTIONS.has(lower[at + 1]) && lower[at + 2] === ",") {
      at += 3;
      continue;
    }
    if (lower[at] === "to" && at + 1 < last && RECIPIENT_WORDS.has(lower[at + 1])) {
      at += 2;
      continue;
    }
    break;
  }
  if (complement > at) at = complement;
  // "said of Clinton, '...'": the topic before a quotation is not the content.
  if (lower[at] === "of") {
    let k = at + 1;
    while (k < last && k - at < 8 && lower[k] !== ",") k++;
    if (k + 1 < last && lower[k] === "," && isQuote(doc, k + 1)) at = k;
  }
  // "said Thursday during a town hall in Buffalo, New York, that ...": the setting before "that" is skipped.
  // ("said for months that ...", "told the BBC to the dismay of ... that ...")
  // (Not "to" before a verb, and not "that" opening a relative clause: "over a system that they say ...", "a misstep that could ...".)
  const leading = LEADING_PREPOSITIONS.has(lower[at]) && !(lower[at] === "to" && at + 1 < last && !isCapitalised(doc, at + 1) && !DETERMINERS.has(lower[at + 1]));
  if (at < last && (SETTING_PREPOSITIONS.has(lower[at]) || leading)) {
    for (let k = at + 1; k < last && k <= at + 20; k++) {
      const w = lower[k];
      if (w === "that" && (lower[k - 1] === "," || k > at + 2 || (k > at + 1 && clauseSubjectAt(doc, k + 1, last))) && (!leading || clauseSubjectAt(doc, k + 1, last))) {
        at = k;
        break;
      }
      if (TERMINALS.has(w) || isQuote(doc, k) || VERB_CUES.has(w) || CLAUSE_STARTS.has(w) || (leading && w === "to" && k + 1 < last && !isCapitalised(doc, k + 1) && !DETERMINERS.has(lower[k + 1]))) break;
    }
  }
  // "believes, for example, that ...", "argued, in a letter to the court, that ...": a short aside
  // between commas, with no verb of its own, stands before the content.
  if (at + 2 < last && lower[at] === ",") {
    for (let k = at + 1; k < last && k <= at + MAX_COMMA_ASIDE; k++) {
      const w = lower[k];
      if (w === ",") {
        if (k > at + 1 && lower[k + 1] === "that" && k + 2 < last) at = k + 1;
        break;
      }
      if (TERMINALS.has(w) || isQuote(doc, k) || VERB_CUES.has(w) || CLAUSE_STARTS.has(w) || FINITE.has(w) || pastTense(doc, k)) break;
    }
  }
  // "said - on Twitter, as it happens - that ...": an aside between dashes stands before the content.
  if (at < last && isDash(doc, at)) {
    const dash = lower[at];
    for (let k = at + 1; k < last && k <= at + MAX_DASH_ASIDE; k++) {
      if (TERMINALS.has(lower[k]) || isQuote(doc, k)) break;
      if (lower[k] === dash && k + 1 < last) {
        at = k + 1;
        break;
      }
    }
  }
  if (at < last && (lower[at] === "," || lower[at] === ":")) at++;
  return { at, channel };
}

const WRITE_FORMS = new Set(["write", "writes", "wrote", "written"]);

/** Verbs whose addressee stands between them and what is said ("assured donors that ..."). */
const OBJECT_COMPLEMENT_CUES = new Set(["urged", "warned", "assured", "promised", "reminded", "cautioned"].map((f) => VERB_CUES.get(f)).filter((c): c is VerbCue => c !== undefined));
const OBJECT_PRONOUNS = new Set(["him", "her", "them", "us", "me", "you", "it"]);
/** Pronouns that are only ever objects: never the source of a cue right after them. */
const MAX_COMMA_ASIDE = 10;
/** Cue kinds that, after "and" inside a content, go on with the clause's subject rather than the speaker's. */
const HELD_KINDS = new Set(["belief", "intention"]);
const OBJECT_ONLY_PRONOUNS = new Set(["him", "them", "us", "me"]);
const OBJECT_DETERMINERS = new Set(["the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "all", "every", "both", "those", "these", "other", "fellow", "some", "many"]);
const ASKED_CLAUSES = new Set(["whether", "if", "why", "how", "what", "who", "when", "where", "which"]);
const MAX_ADDRESSEE_TOKENS = 14;

/**
 * "told a packed crowd in Windham on Sunday that ...", "asked Clinton Friday whether ...": the
 * addressee (with a setting or a time) is not what was said; the content starts at "that", or at a
 * question word after "ask". Returns that token, or -1. (In "urged the governor to resign" the
 * addressee is the one who is to act, and stays in the content.)
 */
function complementAfterObject(ctx: Context, at: number, last: number, cue: VerbCue): number {
  const { doc } = ctx;
  const lower = doc.tokens.lower;
  const w0 = lower[at];
  // The addressee opens with a name, a determiner, an object pronoun or a plural ("voters").
  const plural = doc.tokens.kind[at] === TokenKind.Word && w0.length > 3 && w0.endsWith("s") && !w0.endsWith("ss");
  if (!(isCapitalised(doc, at) || OBJECT_DETERMINERS.has(w0) || OBJECT_PRONOUNS.has(w0) || plural)) return -1;
  for (let k = at + 1; k < last && k - at <= MAX_ADDRESSEE_TOKENS; k++) {
    const w = lower[k];
    // ("asked Sanders to accept the reality that ...", "raised concerns that ...": the object and
    // its infinitive, or a noun's own clause, are the content.)
    if (w === "to" || (w === "that" && (NOUN_FORMS.has(lower[k - 1]) || NOUN_CUES.has(lower[k - 1])))) return -1;
    if (w === "that") return k;
    if (cue.asks && ASKED_CLAUSES.has(w) && lower[k - 1] !== ",") return k;
    const time = timeAt(ctx, k);
    if (time > k) {
      k = time - 1;
      continue;
    }
    if (TERMINALS.has(w) || w === ":" || isQuote(doc, k) || FINITE.has(w) || CLAUSE_STARTS.has(w) || (VERB_CUES.has(w) && !NOUN_FORMS.has(w)) || (w === "," && k + 1 < last && (CLAUSE_STARTS.has(lower[k + 1]) || isQuote(doc, k + 1)))) return -1;
  }
  return -1;
}

/** Whether token `k` can open a clause's subject: a pronoun, a determiner, a name or a number. */
function clauseSubjectAt(doc: Doc, k: number, last: number): boolean {
  if (k >= last) return false;
  const w = doc.tokens.lower[k];
  return SUBJECT_PRONOUNS.has(w) || SUBJECT_DETERMINERS.has(w) || isCapitalised(doc, k) || doc.tokens.kind[k] === TokenKind.Number;
}

/** Prepositions besides the setting ones that open a phrase between a cue and its "that". */
const LEADING_PREPOSITIONS = new Set(["to", "for", "over", "with", "among", "throughout"]);

/** "said sarcastically, ...", "said bluntly that ...": an adverb on the cue, not the first word of the content ("nearly 60,000"). */
function mannerAdverbAt(doc: Doc, at: number, last: number): boolean {
  const w = doc.tokens.lower[at];
  if (w.length <= 4 || !w.endsWith("ly") || isCapitalised(doc, at) || doc.tokens.kind[at] !== TokenKind.Word) return false;
  const next = at + 1 < last ? doc.tokens.lower[at + 1] : ".";
  return next === "that" || next === "," || next === ":" || TERMINALS.has(next) || isQuote(doc, at + 1);
}

/** Per document: the token where each time expression starts -> the token after it ends. */
const timeEnds = new WeakMap<Context, Int32Array>();

/** End token (exclusive) of a time expression starting at token `t`, or -1. */
function timeAt(ctx: Context, t: number): number {
  let ends = timeEnds.get(ctx);
  if (!ends) {
    const { start, end, count } = ctx.doc.tokens;
    ends = new Int32Array(count).fill(-1);
    let u = 0;
    for (const time of ctx.times) {
      while (u < count && start[u] < time.start) u++;
      if (u >= count || start[u] !== time.start) continue;
      let v = u;
      while (v < count && end[v] <= time.end) v++;
      ends[u] = v;
    }
    timeEnds.set(ctx, ends);
  }
  return ends[t] ?? -1;
}

/** Content running right from token `a` to the end of its clause (or of the quotation it opens). */
function contentAfter(doc: Doc, s: number, a: number, last: number, toComma = false): Range | null {
  const lower = doc.tokens.lower;
  let b = a;
  let open = 0;
  let asideOpen = false;
  let parens = 0;
  const introClause = opensWithSubordinate(doc, s, a);
  while (b < last) {
    const w = lower[b];
    // "(Kovac said it was closer to $6 billion)": a parenthesis opened before the content closes
    // the aside the content stands in; what follows it is the writer's sentence again.
    if (w === "(") parens++;
    else if (w === ")" && open <= 0 && parens-- === 0 && b > a) break;
    if (isDoubleQuote(doc, b)) {
      const opens = quoteOpens(doc, b);
      // '"These guys know how to use words," said Sherman': a cue inside a quotation has its
      // content end where that quotation closes.
      if (!opens && open === 0 && b > a) break;
      open += opens ? 1 : -1;
      // 'wrote "It is time to go" and shared a link', 'said "the war is over" and the crowd cheered':
      // a quotation that is the whole content ends it before "and" or "but" and words of the writer's.
      const after = b + quoteWidth(doc, b);
      if (!opens && open === 0 && b > a && isDoubleQuote(doc, a) && afterQuotation(doc, a, after) === after && after + 1 < last && (lower[after] === "and" || lower[after] === "but") && !isQuote(doc, after + 1) && !(lower[after + 1] === "," && isQuote(doc, after + 2)) && (QUOTE_CLOSERS.has(lower[b - 1]) || speechCueAhead(doc, after + 1, last))) {
        b = after;
        break;
      }
      // '... race," adding that ...': a comma inside the closing quote, then a new clause.
      // (A closing quote typed as two apostrophes takes both: "''overblown,'' adding".)
      const next = b + quoteWidth(doc, b);
      // ('Ray, who calls him a "liar," said ...': the main clause's own verb after the quoted word.)
      if (open <= 0 && b > a && lower[b - 1] === "," && next < last && (CONTENT_BREAKERS.has(lower[next]) || isParticipleOpener(doc, next) || SPEECH_FORMS.has(lower[next]))) {
        b = next;
        break;
      }
    }
    // "While Ray touted the plan, the strategy ...": a content inside an opening subordinate clause
    // ends where the main clause, with a subject and a verb of its own, starts after the comma.
    if (open <= 0 && w === "," && b > a && b + 2 < last && introClause && bareClause(doc, { first: b + 1, last: Math.min(last, b + 1 + SUBJECT_WINDOW + 2) })) break;
    // "said that, according to ...": a lone "that" is no content yet.
    if (open <= 0 && w === "," && (toComma || (b + 1 < last && (CONTENT_BREAKERS.has(lower[b + 1]) || (isParticipleOpener(doc, b + 1) && (CUE_FORMS.has(lower[b + 1]) || !verbIn(doc, a, b)))))) && !(b === a + 1 && lower[a] === "that") && !(!toComma && RELATIVES.has(lower[b + 1]) && !verbIn(doc, a, b) && relativeClosesBeforeVerb(doc, b + 2, last))) break;
    if (open <= 0 && w === ";") break;
    // "said A — even though B", "said A — asserting B": a lone dash before a subordinate clause
    // or a participle opens the writer's aside; a pair of dashes ("specifics — including the cost —
    // of their plans") sets off a part of what was said.
    if (open <= 0 && isDash(doc, b)) {
      if (b > a && !asideOpen && b + 1 < last && (asideAfterDash(doc, b + 1, last) || clauseAfterDash(doc, b + 1, last)) && !dashAhead(doc, b + 1, last)) break;
      asideOpen = !asideOpen;
    }
    // "said A, but B": the contrast is the writer's (or another clause), not part of what was said.
    // ("said that CNN, a Turner asset, has done ...": an apposition closed by a comma before the clause's verb is inside it.)
    if (open <= 0 && w === "," && b > a && b + 1 < last && CONTENT_ENDERS.has(lower[b + 1]) && !(lower[b + 1] !== "but" && appositionInClause(doc, b + 2, last))) break;
    // ", even suggesting ...": an adverb and a participle after a comma open a clause of their own.
    if (open <= 0 && w === "," && b + 2 < last && (mannerBefore(doc, b + 1) || lower[b + 1] === "even" || lower[b + 1] === "also" || lower[b + 1] === "again") && isParticipleOpener(doc, b + 2)) break;
    // "often questions her ties to donors and has called for ...", "praised the plan and took the
    // stage": after an object with no verb of its own, a verb after "and" is the subject's next act.
    // ("reported that Apple holds cash and would owe taxes", "a nation that borders China and has had ...": a clause or a relative clause goes on.)
    // ('wrote "It is time to go," and shared a link': a quotation as the object holds no verb of the sentence.)
    if (open <= 0 && w === "and" && b > a && b + 1 < last && secondPredicateAt(doc, b + 1, last) && !CLAUSE_STARTS.has(lower[a]) && !verbIn(doc, afterQuotation(doc, a, b), b) && !relativeIn(doc, a, b) && !presentClauseIn(doc, afterQuotation(doc, a, b), b)) break;
    // "said A, and his campaign is approaching delegates": after a comma, "and" and a clause with a
    // subject and a verb of its own go on in the writer's voice.
    if (open <= 0 && w === "," && b > a && b + 3 < last && lower[b + 1] === "and" && lower[b + 2] !== "that" && bareClause(doc, { first: b + 2, last: Math.min(last, b + 2 + SUBJECT_WINDOW + 2) })) break;
    // "X said A, and Y said B": a clause with a speech cue of its own ends the content.
    if (open <= 0 && w === "," && b > a && b + 2 < last && (lower[b + 1] === "and" || lower[b + 1] === "but") && speechCueAhead(doc, b + 2, last)) break;
    // "It said A and showed B": the coordinated cue starts a claim of its own.
    // ("says he is proud of the campaign and expects to win", "said she was tired and wanted a change":
    // a wish or belief after "and" goes on with the clause's own subject.)
    if (open <= 0 && (w === "and" || w === "but") && b + 1 < last && reportsAt(doc, b + 1, last) && !isCapitalised(doc, b + 1) && b > a && !nounAt(doc, b + 1, last) && !HELD_KINDS.has(VERB_CUES.get(lower[b + 1])!.kind)) break;
    // "said A, and he accused B": a pronoun subject with a reporting verb of its own starts a new claim.
    if (open <= 0 && (w === "and" || w === "but") && b > a && b + 2 < last && THIRD_PERSONS.has(lower[b + 1]) && reportedAt(doc, b + 2 + (INTERJECTIONS.has(lower[b + 2]) ? 1 : 0), last)) break;
    b++;
  }
  let end = trimTrailing(doc, a, b);
  // A quotation left open runs on into the following sentences until it closes.
  if (open > 0 && b === last) {
    for (let s2 = s + 1; s2 < doc.sentences.length && s2 <= s + MAX_QUOTE_SENTENCES; s2++) {
      const f2 = doc.sentenceFirst[s2];
      const l2 = doc.sentenceLast[s2];
      if (doc.tokens.breakBefore[f2] === 3 && !isQuote(doc, f2)) break;
      let closed = false;
      for (let u = f2; u < l2; u++) if (isDoubleQuote(doc, u) && !quoteOpens(doc, u)) closed = true;
      end = l2;
      if (closed) break;
    }
    end = trimTrailing(doc, a, end);
  }
  return end > a ? { first: a, last: end } : null;
}

/** Words that open a sentence's subordinate clause before its main clause ("While ...", "Having ...", "Even though ..."). */
const INTRO_OPENERS = new Set([...SUBORDINATORS, "once", "unless", "until", "having", "even", "despite"]);

/** Whether sentence `s` opens with a subordinate clause or a participle that is still open at token `a` (no comma before it). */
function opensWithSubordinate(doc: Doc, s: number, a: number): boolean {
  const first = skipQuotes(doc, doc.sentenceFirst[s], a);
  if (first >= a || !(INTRO_OPENERS.has(doc.tokens.lower[first]) || isParticipleOpener(doc, first))) return false;
  for (let k = first; k < a; k++) if (doc.tokens.lower[k] === "," || isQuote(doc, k)) return false;
  return true;
}

const RELATIVES = new Set(["who", "whose"]);
const RELATIVE_WORDS = new Set(["that", "which", "who", "whom", "whose"]);
const SECOND_PREDICATE_ADVERBS = new Set(["then", "also", "later", "again", "once", "still", "even", "never", "not", "quickly", "immediately", "repeatedly", "pointedly"]);
const VERB_OBJECT_STARTS = new Set(["to", "at", "on", "in", "for", "with", "about", "into", "back", "up", "out", "away", "off", "it", "them", "him", "her", "his", "their", "its", "the", "a", "an", "that", "this"]);

/** Whether tokens [a, b) read as a clause in the present: "he likes Clinton", "the system gives too much power" (a word in -s after a pronoun or a noun, not after a determiner or a preposition). */
function presentClauseIn(doc: Doc, a: number, b: number): boolean {
  const lower = doc.tokens.lower;
  if (SUBJECT_PRONOUNS.has(lower[a])) return true;
  for (let k = a + 1; k < b; k++) {
    const p = lower[k - 1];
    if (presentVerb(doc, k) && doc.tokens.kind[k - 1] === TokenKind.Word && !DETERMINERS.has(p) && !SUBJECT_DETERMINERS.has(p) && !PREPOSITION_WORDS.has(p) && p !== "as" && !isPossessive(p)) return true;
  }
  return false;
}

/**
 * Whether a relative clause set off after a comma closes with another comma and a verb
 * ("said that Sanders, who won Rhode Island, would ..."): it sits inside the content's subject.
 * One that runs to the end ("announced his engagement to Hall, who is ...") is the writer's aside.
 */
function relativeClosesBeforeVerb(doc: Doc, k: number, last: number): boolean {
  const lower = doc.tokens.lower;
  for (let u = k; u + 1 < last; u++) {
    if (TERMINALS.has(lower[u])) return false;
    if (lower[u] === "," || isDash(doc, u)) return FINITE.has(lower[u + 1]) || pastTense(doc, u + 1) || presentVerb(doc, u + 1) || INTERJECTIONS.has(lower[u + 1]);
  }
  return false;
}

/** Whether a relative word stands in tokens [a, b). */
function relativeIn(doc: Doc, a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (RELATIVE_WORDS.has(doc.tokens.lower[k])) return true;
  return false;
}

/**
 * Whether the words from `k` open a second predicate of the clause's subject: a finite auxiliary
 * ("and has called for"), or a past form with an object, a particle or a preposition after it
 * ("and took the stage", "and spiked it", "and failed at"), after at most two adverbs.
 */
function secondPredicateAt(doc: Doc, k: number, last: number): boolean {
  const lower = doc.tokens.lower;
  let u = k;
  while (u < last && u - k < 2 && SECOND_PREDICATE_ADVERBS.has(lower[u])) u++;
  if (u >= last || doc.tokens.kind[u] !== TokenKind.Word || isCapitalised(doc, u)) return false;
  const w = lower[u];
  if (FINITE.has(w) && !isPossessive(w) && !w.startsWith("'") && !w.startsWith("\u2019")) return true;
  return pastTense(doc, u) && u + 1 < last && VERB_OBJECT_STARTS.has(lower[u + 1]);
}

/** Marks that close an utterance inside its quotation ('"It is over,"', '"Why now?"'). */
const QUOTE_CLOSERS = new Set([",", ".", "!", "?", "\u2026"]);

/** Where the words after a quotation opening at `a` and closing before `b` start; `a` itself when no such quotation opens the range. */
function afterQuotation(doc: Doc, a: number, b: number): number {
  if (!isDoubleQuote(doc, a) || !quoteOpens(doc, a)) return a;
  for (let k = a + 1; k < b; k++) if (isDoubleQuote(doc, k)) return quoteOpens(doc, k) ? a : k + 1;
  return a;
}

/** A dash between words: an em or en dash, "--", or a hyphen typed with blanks around it. */
function isDash(doc: Doc, k: number): boolean {
  const w = doc.tokens.lower[k];
  // (Every dash is one or two characters long: the length test spares most words the look-up.)
  return w.length <= 2 && (DASHES.has(w) || (w === "-" && k > 0 && spacedHyphen(doc, k)));
}

// ("said A — a high sum", "— an issue Democrats have struggled with": an indefinite noun phrase after a lone dash is the writer's gloss.)
const DASH_ASIDE_OPENERS = new Set([...SUBORDINATORS, "even", "but", "a", "an"]);

/** What follows a dash at `k` opens a clause of the writer's: a subordinator, "but" before no preposition, or a participle. */
function asideAfterDash(doc: Doc, k: number, last: number): boolean {
  const w = doc.tokens.lower[k];
  if (w === "but") return k + 1 < last && !PREPOSITION_WORDS.has(doc.tokens.lower[k + 1]);
  return DASH_ASIDE_OPENERS.has(w) || isParticipleOpener(doc, k);
}

/**
 * "said A — outside allies are stepping in": a clause of its own, with a subject and a verb, after
 * a lone dash is the writer's. ("— and B": a clause joined by "and" may go on with what was said.)
 */
function clauseAfterDash(doc: Doc, k: number, last: number): boolean {
  return !isQuote(doc, k) && bareClause(doc, { first: k, last: Math.min(last, k + SUBJECT_WINDOW + 2) });
}

/** Whether a dash outside quotations stands in [k, last): the second of a pair. */
function dashAhead(doc: Doc, k: number, last: number): boolean {
  let open = 0;
  for (let u = k; u < last; u++) {
    if (isDoubleQuote(doc, u)) open += quoteOpens(doc, u) ? 1 : -1;
    else if (open <= 0 && isDash(doc, u)) return true;
  }
  return false;
}

/**
 * Whether tokens [a, b) hold a verb: a finite auxiliary, an irregular past or a word in -ed.
 * "said that Sanders, who won Rhode Island, would ..." has none before the relative clause, so
 * the clause goes on after it.
 */
function verbIn(doc: Doc, a: number, b: number): boolean {
  const lower = doc.tokens.lower;
  for (let k = a; k < b; k++) {
    const w = lower[k];
    if (doc.tokens.kind[k] !== TokenKind.Word || isCapitalised(doc, k)) continue;
    if ((FINITE.has(w) && w !== "'s" && w !== "\u2019s") || IRREGULAR_PAST.has(w) || (w.endsWith("ed") && w.length > 3) || VERB_CUES.has(w)) return true;
  }
  return false;
}

/** "federal and state law": a form that is also a noun, before a lower-case word that opens no phrase, is the noun. */
function nounAt(doc: Doc, k: number, last: number): boolean {
  const lower = doc.tokens.lower;
  if (!NOUN_FORMS.has(lower[k]) || k + 1 >= last) return false;
  const w = lower[k + 1];
  return doc.tokens.kind[k + 1] === TokenKind.Word && !isCapitalised(doc, k + 1) && !w.endsWith("ed") && !CLAUSE_OPENERS.has(w) && !CLAUSE_STARTS.has(w) && !DETERMINERS.has(w) && !SUBJECT_DETERMINERS.has(w) && !SUBJECT_PRONOUNS.has(w) && !PRONOUNS.has(w) && w !== "of" && w !== "him" && w !== "them";
}

const MAX_INNER_APPOSITION = 10;

/** Whether a comma closes, within a few words after `k`, an apposition and a finite verb follows it. */
function appositionInClause(doc: Doc, k: number, last: number): boolean {
  const lower = doc.tokens.lower;
  for (let u = k; u + 1 < last && u - k < MAX_INNER_APPOSITION; u++) {
    if (isQuote(doc, u) || TERMINALS.has(lower[u])) return false;
    if (lower[u] === ",") return FINITE.has(lower[u + 1]) && !isPossessive(lower[u + 1]);
  }
  return false;
}

/** Words after a comma that close an indirect content: a contrast, or an apposition to what was said. */
const CONTENT_ENDERS = new Set(["but", "a", "an"]);

const SPEECH_FORMS = new Set(["said", "says", "say", "told", "added", "wrote", "argued", "insisted", "warned", "claimed", "noted"]);

/** A plain speech cue within a short subject after `t` ("..., and local officials said ..."). */
function speechCueAhead(doc: Doc, t: number, last: number): boolean {
  for (let k = t; k < last && k <= t + 8; k++) {
    const w = doc.tokens.lower[k];
    if ((isPunct(doc, k) && w !== "%") || isQuote(doc, k) || w === "that" || w === "which" || w === "who" || w === "because") return false;
    if (SPEECH_FORMS.has(w)) return true;
  }
  return false;
}

/** ", arguing that ...", ", according to ...": a participle after a comma opens a clause of its own. */
function isParticipleOpener(doc: Doc, t: number): boolean {
  const w = doc.tokens.lower[t];
  return w.length > 5 && w.endsWith("ing") && doc.tokens.kind[t] === TokenKind.Word && !isCapitalised(doc, t) && !NOT_PARTICIPLES.has(w);
}

const NOT_PARTICIPLES = new Set(["including", "during", "nothing", "something", "anything", "everything", "morning", "evening", "thing", "things", "being", "managing", "acting", "ranking", "founding", "presiding", "outgoing", "incoming"]);

/** Drops trailing punctuation, keeping a closing quote that closes a quote inside the range. */
function trimTrailing(doc: Doc, a: number, b: number): number {
  while (b > a) {
    const t = b - 1;
    const close = closingQuoteStart(doc, b);
    if (close >= a) {
      let opened = false;
      for (let u = a; u < close; u++) if (isDoubleQuote(doc, u) && quoteOpens(doc, u)) opened = true;
      if (opened) break;
      b = close;
      continue;
    }
    if (isPunct(doc, t) && doc.tokens.lower[t] !== ")" && doc.tokens.lower[t] !== "%") {
      b--;
      continue;
    }
    break;
  }
  return b;
}

/**
 * Content standing before a postposed source: from the clause or quotation start to `end`. A
 * quotation keeps its marks and the punctuation inside them ('"We hold," he said' gives '"We hold,"'),
 * as a quotation after its cue does; a comma outside the marks is left out.
 */
function contentBefore(doc: Doc, s: number, end: number): Range | null {
  const first = doc.sentenceFirst[s];
  let a = first;
  let b = end;
  // Back over the comma before the source: '"...," Gladkov said', '... "stopped", Gladkov said'.
  while (b > a && doc.tokens.lower[b - 1] === ",") b--;
  const quoteStart = isDoubleQuote(doc, first) && quoteOpens(doc, first);
  if (!quoteStart) {
    // A quotation that closes here but opened in an earlier sentence: start at its opening.
    let balance = 0;
    for (let u = first; u < end; u++) if (isDoubleQuote(doc, u)) balance += quoteOpens(doc, u) ? 1 : -1;
    if (balance < 0) {
      for (let s2 = s - 1; s2 >= 0 && s2 >= s - MAX_QUOTE_SENTENCES; s2--) {
        const f2 = doc.sentenceFirst[s2];
        if (isDoubleQuote(doc, f2) && quoteOpens(doc, f2)) {
          a = f2;
          break;
        }
      }
    }
  }
  // "Still, the ministry has the votes, he said": the writer's connective is not what was said.
  a = afterConnective(doc, a, b);
  // "She set out her creed: “Change the world,” she said": what was said follows the writer's colon.
  a = afterColon(doc, a, b);
  // A closing mark stays when its quotation opens inside the content (trimTrailing drops a stray one).
  b = trimTrailing(doc, a, b);
  // Some words besides the marks.
  let words = false;
  for (let u = a; u < b && !words; u++) words = !isQuote(doc, u) && !isPunct(doc, u);
  return words ? { first: a, last: b } : null;
}

/** The token after the last colon outside quotations in [a, b), else `a`. */
function afterColon(doc: Doc, a: number, b: number): number {
  let open = 0;
  let after = a;
  for (let k = a; k < b; k++) {
    if (isDoubleQuote(doc, k)) open += quoteOpens(doc, k) ? 1 : -1;
    else if (open <= 0 && doc.tokens.lower[k] === ":" && k + 1 < b) after = k + 1;
  }
  return after;
}

/** Connectives a writer opens a sentence with ("However,", "In fact,"), as words. */
const CONNECTIVES = [
  "however", "still", "meanwhile", "nevertheless", "nonetheless", "yet", "also", "moreover", "furthermore",
  "instead", "indeed", "besides", "therefore", "thus", "hence", "likewise", "similarly", "in fact", "in contrast",
  "by contrast", "even so", "as a result", "in particular", "in addition", "for example",
  "for instance", "of course", "after all", "on the other hand", "at the same time", "what 's more", "what \u2019s more",
].map((c) => c.split(" "));
const CONNECTIVE_FIRSTS = new Set(CONNECTIVES.map((words) => words[0]));

/** The token after a connective and its comma opening the range [a, b) (after "But" or "And" too), else `a`. */
function afterConnective(doc: Doc, a: number, b: number): number {
  const lower = doc.tokens.lower;
  const from = (lower[a] === "but" || lower[a] === "and") && a + 1 < b ? a + 1 : a;
  if (!CONNECTIVE_FIRSTS.has(lower[from])) return a;
  for (const words of CONNECTIVES) {
    const comma = from + words.length;
    if (comma + 1 < b && lower[comma] === "," && matchesAt(lower, from, words, b)) return comma + 1;
  }
  return a;
}

/**
 * A quotation `before` interrupted by its attribution and resumed at token `at`: one content from
 * the opening quote of the first part to the closing quote of the second. `before` alone when
 * no quotation opens at `at`.
 */
function joinQuotation(doc: Doc, s: number, before: Range, at: number, last: number): Range {
  if (at >= last || !isDoubleQuote(doc, at) || !quoteOpens(doc, at)) return before;
  const rest = contentAfter(doc, s, at, last);
  if (!rest) return before;
  let first = before.first;
  if (quoteJustBefore(doc, first)) first -= doc.tokens.lower[first - 1] === "'" ? 2 : 1;
  let end = rest.last;
  if (closingQuoteStart(doc, end) < 0) {
    // Take the closing quote in as well, so the content reads as the whole quotation.
    if (end < doc.tokens.count && isDoubleQuote(doc, end) && !quoteOpens(doc, end)) end += quoteWidth(doc, end);
    else if (end + 1 < doc.tokens.count && isPunct(doc, end) && isDoubleQuote(doc, end + 1) && !quoteOpens(doc, end + 1)) end += 1 + quoteWidth(doc, end + 1);
  }
  return { first, last: end };
}

/** "The poll by the Public Policy Institute", "New polls released Sunday", "social media": a report, a record or the media in the phrase. */
function reportIn(doc: Doc, r: Range): boolean {
  for (let k = r.first; k < r.last; k++) {
    const kind = UNNAMED_HEADS.get(doc.tokens.lower[k]);
    if (kind === "report" || kind === "media") return true;
  }
  return false;
}

const OBJECT_ENDS = new Set(["during", "despite", "amid"]);
/**
 * "criticized Clinton after the debate", "tweeted a photo of the crowd as he waited outside": a plain
 * object ends before a subordinate clause of the writer's ("as" only before a clause: "cast him as
 * a spoiler" names what he was cast as).
 */
function settingAfterObject(ctx: Context, content: Range): Range {
  const { doc } = ctx;
  const lower = doc.tokens.lower;
  const { first: a, last } = content;
  for (let k = a + 1; k < last; k++) {
    // "announced his candidacy in June 2015", "echoed the promise on Monday", "on Twitter": a time or a channel that ends the object.
    const time = trailingTime(ctx, k, last);
    // ("promising a larger staff for months": a time after another preposition stays with it.)
    if ((time >= last || trailingChannel(ctx, k, last)) && !PREPOSITION_WORDS.has(lower[k - 1]) && plainObject(doc, a, k)) return { first: a, last: trimTrailing(doc, a, k) };
    // ("particularly when facing ...", "just because ...": an adverb before the subordinator belongs to its clause.)
    if (OBJECT_SUBORDINATORS.has(lower[k]) && (lower[k] !== "as" || asClause(doc, k, last))) return plainObject(doc, a, k) && !mannerBefore(doc, k - 1) && !FOCUS_ADVERBS.has(lower[k - 1]) && !isDash(doc, k - 1) ? { first: a, last: trimTrailing(doc, a, k) } : content;
  }
  return content;
}

const FOCUS_ADVERBS = new Set(["just", "only", "even", "especially", "particularly", "mainly", "largely", "partly", "shortly", "soon", "right", "long", "immediately", "simply", "precisely"]);

/** Whether tokens [a, b) are a noun phrase with no verb, infinitive, gerund, clause or quotation of its own ("Trump", "the new tax plan"). */
function plainObject(doc: Doc, a: number, b: number): boolean {
  const lower = doc.tokens.lower;
  for (let k = a; k < b; k++) {
    const w = lower[k];
    // (A word in -ing after a common noun or a determiner is a noun: "more school funding", "the meeting";
    // after a name or a pronoun it is a verb: "Ray surging", "him leaving".)
    if (w === "to" || (RELATIVE_WORDS.has(w) && k > a) || isQuote(doc, k) || (w.length > 4 && w.endsWith("ing") && !NOT_PARTICIPLES.has(w) && (k === a || PREPOSITION_WORDS.has(lower[k - 1]) || isPunct(doc, k - 1) || mannerBefore(doc, k - 1) || isCapitalised(doc, k - 1) || OBJECT_PRONOUNS.has(lower[k - 1])))) return false;
  }
  return !verbIn(doc, a, b);
}

const OBJECT_SUBORDINATORS = new Set(["after", "before", "when", "while", "whereas", "because", "since", "until", "though", "although", "as"]);

/**
 * "endorsed Cruz last week and has appeared at his rallies": the object of a stance, accusation
 * or denial ends before a trailing time, a subordinate clause or a second verb of its subject.
 */
function objectOnly(ctx: Context, cue: VerbCue, content: Range, at: number): Range {
  const { doc } = ctx;
  const lower = doc.tokens.lower;
  const a = content.first;
  if (CLAUSE_STARTS.has(lower[a]) || isQuote(doc, a) || (at > 0 && lower[at - 1] === ":") || (cue.kind === "denial" && bareClause(doc, content))) return content;
  if (cue.kind !== "stance" && cue.kind !== "accusation" && cue.kind !== "denial") return HELD_KINDS.has(cue.kind) || bareClause(doc, content) || presentClauseIn(doc, a, content.last) ? content : settingAfterObject(ctx, content);
  // Where the object stops: a setting clause or "and/but" before a finite verb of the subject.
  // ("opposes abortion but favors exceptions", "endorsed Clinton, who trailed ...": a second verb or a relative clause.)
  const stops = (k: number): boolean => OBJECT_ENDS.has(lower[k]) || (OBJECT_SUBORDINATORS.has(lower[k]) && (lower[k] !== "as" || asClause(doc, k, content.last)) && plainObject(doc, a, k)) || ((lower[k] === "and" || lower[k] === "but") && k + 1 < content.last && (FINITE.has(lower[k + 1]) || pastTense(doc, k + 1) || (VERB_CUES.has(lower[k + 1]) && !NOUN_FORMS.has(lower[k + 1])))) || (lower[k] === "," && k + 1 < content.last && (lower[k + 1] === "who" || lower[k + 1] === "which"));
  let open = 0;
  for (let k = a + 1; k < content.last; k++) {
    if (isDoubleQuote(doc, k)) open += quoteOpens(doc, k) ? 1 : -1;
    if (open > 0) continue;
    // A time is cut only where it trails the object: at its end, before a setting or a stop.
    const time = timeFrom(ctx, k, content.last);
    if (stops(k) || (time >= 0 && (time >= content.last || SETTING_PREPOSITIONS.has(lower[time]) || stops(time))) || (trailingChannel(ctx, k, content.last) && plainObject(doc, a, k))) return { first: a, last: trimTrailing(doc, a, k) };
  }
  return content;
}

/** "blamed the council on Twitter", "in a statement on Monday": a channel phrase, with at most a time after it, that ends the object. */
function trailingChannel(ctx: Context, k: number, last: number): boolean {
  const channel = channelAt(ctx.doc, k, last);
  if (!channel) return false;
  return channel.last >= last || trailingTime(ctx, channel.last, last) >= last;
}

/** Where a time starting at `k` ends ("on Monday", "earlier Thursday", "last week"), or -1. */
function trailingTime(ctx: Context, k: number, last: number): number {
  if (k >= last) return -1;
  return timeFrom(ctx, TIME_FILLERS.has(ctx.doc.tokens.lower[k]) && k + 1 < last ? k + 1 : k, last);
}

/** Where a time at `k`, or after a time preposition there ("on Monday"), ends; -1 when none does. */
function timeFrom(ctx: Context, k: number, last: number): number {
  const at = timeAt(ctx, k);
  if (at >= 0) return at;
  return TIME_PREPOSITIONS.has(ctx.doc.tokens.lower[k]) && k + 1 < last ? timeAt(ctx, k + 1) : -1;
}

/**
 * "As the agency noted, the dam held", "..., as one engineer put it.": an attribution in an "as"
 * clause of its own; the content is the main clause after it, or before it when it comes last.
 */
function asFrame(ctx: Context, s: number, c0: number, t: number, left: Range, cue: VerbCue): { cue: Range; content: Range; channel: ChannelMatch | null } | null {
  const { doc } = ctx;
  const lower = doc.tokens.lower;
  const first = doc.sentenceFirst[s];
  const last = doc.sentenceLast[s];
  const as = left.first - 1;
  if (as < first || lower[as] !== "as") return null;
  let end = t + 1;
  if (lower[t] === "put") {
    if (lower[t + 1] !== "it") return null;
    end = t + 2;
  }
  const skip = skipToContent(ctx, end, last, cue);
  if (!clauseEndsAt(doc, skip.at, last)) return null;
  const lead = skipQuotes(doc, first, as);
  const joined = as - 1 >= first && (lower[as - 1] === "and" || lower[as - 1] === "but" || lower[as - 1] === "just");
  const after = skip.at < last && lower[skip.at - 1] === "," ? contentAfter(doc, s, skip.at, last) : null;
  let content: Range | null = null;
  if (as === lead || (joined && as - 1 === lead)) content = after;
  else {
    const b = joined ? as - 1 : as;
    if (lower[b - 1] === "," || DASHES.has(lower[b - 1])) content = contentBefore(doc, s, b);
    // "Yet, as Ray observed, ...": an opening adverb alone is no content.
    if (after && (!content || content.last - content.first <= 2)) content = after;
  }
  return content ? { cue: { first: c0, last: end }, content, channel: skip.channel } : null;
}

/**
 * 'In an interview on "Face the Nation," Kovac said ...': the quotation closing before the source
 * at `end` opened inside a phrase of the sentence, a title rather than what was said.
 */
function embeddedQuote(doc: Doc, first: number, end: number): boolean {
  const lead = skipQuotes(doc, first, end);
  if (lead > first) return false;
  for (let k = end - 1; k > first; k--) if (isDoubleQuote(doc, k) && quoteOpens(doc, k)) return k - first <= 12 && !isPunct(doc, k - 1);
  return false;
}

const MIN_INVERTED_CLAUSE = 5;
const MAX_TITLE_WORDS = 3;

/**
 * "..., said former governor Ed Rendell", "..., says political scientist Ann Ray": a few lower-case
 * words of a title before a name, or an unnamed-source head ("..., say experts like ..."), opening an inverted source.
 */
function titledName(doc: Doc, a: number, last: number): boolean {
  const lower = doc.tokens.lower;
  if (UNNAMED_HEADS.has(lower[a]) && !NOUN_FORMS.has(lower[a])) return true;
  for (let k = a; k < last && k - a <= MAX_TITLE_WORDS; k++) {
    if (isCapitalised(doc, k)) return k > a;
    const w = lower[k];
    if (doc.tokens.kind[k] !== TokenKind.Word || CLAUSE_OPENERS.has(w) || PRONOUNS.has(w) || DETERMINERS.has(w) || VERB_CUES.has(w) || TIME_FILLERS.has(w) || w.endsWith("ly") || FINITE.has(w)) return false;
  }
  return false;
}

/** Whether a phrase holds a finite auxiliary or modal (not the possessive "'s"). */
function hasFinite(doc: Doc, r: Range): boolean {
  // ("said Will Doyle, a professor": a capitalised modal before a name is the name.)
  for (let k = r.first; k < r.last; k++) if (FINITE.has(doc.tokens.lower[k]) && doc.tokens.lower[k] !== "'s" && doc.tokens.lower[k] !== "\u2019s" && !(isCapitalised(doc, k) && k + 1 < r.last && isCapitalised(doc, k + 1))) return true;
  return false;
}

const GENERIC_ANTECEDENTS = new Set(["anybody", "anyone", "everyone", "everybody", "those", "people", "someone", "somebody"]);

/** An indefinite pronoun or "those"/"people" alone: "anyone who complains", "those who argue". */
function genericClass(doc: Doc, r: Range): boolean {
  return r.last - r.first <= 2 && GENERIC_ANTECEDENTS.has(doc.tokens.lower[r.last - 1]);
}

const RESUMING_WORDS = new Set([",", "but", "and", "still", "yet"]);
const MAX_ASIDE_TOKENS = 16;

/**
 * '"A," he said, referring to the bill, "B."', '"A," he said, but "B."': the token where the
 * quotation resumes after a short aside, or -1. Another cue on the way ends the search.
 */
function quoteResumedAt(doc: Doc, from: number, last: number): number {
  const lower = doc.tokens.lower;
  for (let k = from; k < last && k - from <= MAX_ASIDE_TOKENS; k++) {
    if (TERMINALS.has(lower[k]) || (reportsAt(doc, k, last) && !isCapitalised(doc, k))) return -1;
    if (isDoubleQuote(doc, k)) return quoteOpens(doc, k) && k > from && RESUMING_WORDS.has(lower[k - 1]) ? k : -1;
  }
  return -1;
}

/** Whether the words after a mid-clause attribution go on with the clause ("..., he said, will hold") rather than start a new one. */
function splitsClause(doc: Doc, a: number): boolean {
  const w = doc.tokens.lower[a];
  return doc.tokens.kind[a] === TokenKind.Word && (!CLAUSE_OPENERS.has(w) || FINITE.has(w)) && !CLAUSE_STARTS.has(w) && !isParticipleOpener(doc, a) && !TIME_FILLERS.has(w) && !INTERJECTIONS.has(w) && !mannerBefore(doc, a) && !VERB_CUES.has(w) && !PHRASE_CUES.has(w);
}

const THIRD_PERSONS = new Set(["he", "she", "they"]);

/** A reporting verb in the past at `k` ("accused", "reiterated"): the narrator's account of a further act. */
function reportedAt(doc: Doc, k: number, last: number): boolean {
  return k < last && pastTense(doc, k) && reportsAt(doc, k, last);
}

/** Whether a reporting verb stands at `k` with the particle it needs, if any ("made it clear", not "made sense"). */
function reportsAt(doc: Doc, k: number, last: number): boolean {
  const cue = VERB_CUES.get(doc.tokens.lower[k]);
  return cue !== undefined && (cue.particles.length === 0 || particleWidth(doc, cue, k + 1, last) > 0);
}

/** Whether the verb reports only with a particle or a message object after it. */
function needsParticle(cue: VerbCue): boolean {
  return cue.particles.length > 0 || cue.objects.size > 0;
}

/** How many tokens one of the verb's particles, or its message object, takes at `k` ("out": 1, "it clear": 2, "his early assessment of": 4), or 0. */
function particleWidth(doc: Doc, cue: VerbCue, k: number, last: number): number {
  if (cue.objects.size > 0) return messageObjectWidth(doc, cue, k, last);
  for (const words of cue.particles) if (matchesAt(doc.tokens.lower, k, words, last)) return words.length;
  // "spoke favorably of", "talked openly about": a manner adverb between the verb and its particle.
  if (k + 1 < last && mannerBefore(doc, k)) {
    for (const words of cue.particles) if (matchesAt(doc.tokens.lower, k + 1, words, last)) return words.length + 1;
  }
  return 0;
}

const MAX_MESSAGE_MODIFIERS = 3;
const MESSAGE_PREPOSITIONS = new Set(["of", "for", "to", "about", "on", "over", "against", "with"]);
/** Words after a light verb that make it another phrase ("made sure the case ...", "made it clear"). */
const NOT_MESSAGE_MODIFIERS = new Set(["sure", "it", "up", "out", "off", "clear", "plain", "back", "down", "certain"]);

/**
 * The width of a message object at `k`: at most three lower-case modifiers ("his", "a cautious",
 * "her firmest"), a message noun of the verb, and the preposition after it, which the cue takes
 * ("offered his early assessment of", "voiced support for"). Without a preposition the noun needs
 * a that-clause, a colon or a quotation after it ("made the case that ..."); 0 when there is none
 * ("made the pledge at a conference" says where, not what).
 */
function messageObjectWidth(doc: Doc, cue: VerbCue, k: number, last: number): number {
  const lower = doc.tokens.lower;
  for (let n = k; n < last && n - k <= MAX_MESSAGE_MODIFIERS; n++) {
    const needs = cue.objects.get(lower[n]);
    if (needs && n + 1 < last) {
      const next = lower[n + 1];
      if (needs.length > 0 ? needs.includes(next) : MESSAGE_PREPOSITIONS.has(next)) return n + 2 - k;
      if (needs.length === 0 && (next === "that" || next === ":" || (isQuote(doc, n + 1) && quoteOpens(doc, n + 1)))) return n + 1 - k;
      return 0;
    }
    if (doc.tokens.kind[n] !== TokenKind.Word || isCapitalised(doc, n) || NOT_MESSAGE_MODIFIERS.has(lower[n]) || (CLAUSE_OPENERS.has(lower[n]) && !DETERMINERS.has(lower[n]))) return 0;
  }
  return 0;
}

/** Whether token `k` is a particle that joins the cue before its object ("called for", not "called on Monday"). */
function joinedParticle(ctx: Context, cue: VerbCue, k: number, last: number): boolean {
  if (k + 1 >= last || !cue.joins.includes(ctx.doc.tokens.lower[k])) return false;
  // "called on allies to send jets" asks something of someone; "called on the radio" does not
  // ("commented on the bill": a verb that otherwise takes a clause has its topic after "on").
  if (ctx.doc.tokens.lower[k] === "on" && !cue.clause && !infinitiveAhead(ctx.doc, k + 1, last)) return false;
  return timeAt(ctx, k + 1) < 0 && !isPunct(ctx.doc, k + 1);
}

const MAX_INFINITIVE_GAP = 12;

/** Whether "to" and a word (past an opening quote) follow within a few tokens of the clause. */
function infinitiveAhead(doc: Doc, k: number, last: number): boolean {
  for (let j = k; j + 1 < last && j - k < MAX_INFINITIVE_GAP; j++) {
    if (TERMINALS.has(doc.tokens.lower[j])) return false;
    if (doc.tokens.lower[j] !== "to") continue;
    const next = skipQuotes(doc, j + 1, last);
    if (next < last && doc.tokens.kind[next] === TokenKind.Word) return true;
  }
  return false;
}

/** A claim draft with one fixed shape (object spread over drafts of varying shape was slow). */
/** Words that may stand before a clause-opening noun phrase: its subject then heads the main clause. */
const CLAUSE_LEADS = new Set(["while", "and", "but", "as", "although", "though", "because", "since", "whereas", "when", ","]);
/** Head nouns a figure is given for, singular ("the number of tanks", "the figure"). */
const COUNT_HEADS = new Set(["number", "figure", "total", "toll", "tally", "count", "share", "amount", "area"]);
const IRREGULAR_PLURALS = new Set(["people", "children", "men", "women"]);

/**
 * A reduced relative clause on the subject of the main clause: "The 19,376 people Smirnov said
 * remained in the zone are in addition ...", "while the number of tanks it said Ukraine had lost
 * remained at 58". The speaker is the name or pronoun before the cue, not the noun phrase it sits
 * in, and what was said ends where the main clause's verb begins. Only a noun phrase that opens
 * its clause with "the" counts, and only when that verb is found, so a plain "X said ..." never
 * matches.
 */
function reducedRelative(doc: Doc, direct: Range, at: number, first: number, last: number): { source: Range; content: Range } | null {
  const lower = doc.tokens.lower;
  // The speaker: a pronoun, or a capitalised name, ending the phrase before the cue.
  let a = direct.last - 1;
  if (!PRONOUNS.has(lower[a]) || lower[a] === "i" || lower[a] === "we") {
    if (!isCapitalised(doc, a)) return null;
    while (a - 1 >= first && isCapitalised(doc, a - 1) && doc.tokens.kind[a - 1] === TokenKind.Word) a--;
  }
  // The noun the clause describes: lower case, plural or a count, right before the speaker ...
  const noun = a - 1;
  if (noun < first || doc.tokens.kind[noun] !== TokenKind.Word || isCapitalised(doc, noun)) return null;
  const w = lower[noun];
  if (!COUNT_HEADS.has(w) && !IRREGULAR_PLURALS.has(w) && !(w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("'s") && !UNNAMED_HEADS.has(w))) return null;
  // ... in a phrase opening its clause with "the" ("the 19,376 people", "the number of tanks").
  let d = noun - 1;
  while (d >= first && noun - d <= 5 && lower[d] !== "the") {
    if (isPunct(doc, d) || isQuote(doc, d) || VERB_CUES.has(lower[d]) || FINITE.has(lower[d])) return null;
    d--;
  }
  if (d < first || lower[d] !== "the") return null;
  const opener = skipQuotes(doc, first, d);
  if (d !== opener && !CLAUSE_LEADS.has(lower[d - 1])) return null;
  // What was said: from the cue to the main clause's verb, which must be found.
  if (at >= last || lower[at] === "that" || TERMINALS.has(lower[at])) return null;
  let seenVerb = false;
  let joined = false;
  for (let k = at; k < last; k++) {
    const word = lower[k];
    if (isPunct(doc, k) || isQuote(doc, k)) return null;
    if (word === "and" || word === "or" || word === "but") joined = true;
    const finite = FINITE.has(word) || MAIN_VERBS.has(word);
    if (!finite && !(word.length > 4 && word.endsWith("ed"))) continue;
    if (finite && seenVerb && !joined && !FINITE.has(lower[k - 1])) return { source: { first: a, last: direct.last }, content: { first: at, last: k } };
    seenVerb = true;
    joined = false;
  }
  return null;
}

/** Verbs that close a reduced relative clause as the main clause's verb ("... Smirnov said remained | are ..."). */
const MAIN_VERBS = new Set(["remained", "remains", "remain", "stood", "stands", "included", "includes", "came", "comes", "rose", "fell", "lost", "were", "was", "are", "is"]);

function makeDraft(base: { sentence: number; cue: Range; verb: VerbCue }, source: Range | null, sourceSpan: Span | null, content: Range, channel: ChannelMatch | null, rule: string, antecedent: Range | null = null): ClaimDraft {
  return { sentence: base.sentence, cue: base.cue, verb: base.verb, source, sourceSpan, antecedent, content, channel, rule };
}

const PASSIVE_SUBJECTS_TO_SKIP = new Set(["which", "that", "who", "it", "there", "what"]);

/**
 * "The meeting was first reported by Politico", "Trump has been criticized by some of his rivals":
 * a passive participle with "by" after it; the agent is the source and the subject the content.
 * A modal ("could be criticized by"), an empty or relative subject, or an agent that is no
 * speaker reports nothing.
 */
function passiveByClaim(ctx: Context, s: number, t: number, cue: VerbCue): ClaimDraft | null {
  const { doc } = ctx;
  const lower = doc.tokens.lower;
  const first = doc.sentenceFirst[s];
  const last = doc.sentenceLast[s];
  let c0 = t;
  let be = false;
  while (c0 - 1 >= first && (AUXILIARIES.has(lower[c0 - 1]) || PASSIVE_ADVERBS.has(lower[c0 - 1]) || mannerBefore(doc, c0 - 1))) {
    c0--;
    if (BE_FORMS.has(lower[c0])) be = true;
  }
  if (!be || c0 === t || modalIn(doc, c0, t) || negatedIn(doc, c0, t)) return null;
  const content = sourceBefore(doc, c0, first);
  if (!content || PASSIVE_SUBJECTS_TO_SKIP.has(lower[content.last - 1]) || lower[content.first] === "by") return null;
  // ("was confirmed by the regional governor, Oleh Syniehubov": the agent keeps its apposition.)
  const agent = agentAfter(doc, t + 2, last);
  if (!agent || !sourceFits(doc, cue, agent) || !speakerAgent(doc, agent)) return null;
  const source = withApposition(doc, agent, last);
  return makeDraft({ sentence: s, cue: { first: c0, last: t + 2 }, verb: cue }, source, null, content, null, "claim/passive-by");
}

/** "has not been", "wasn't", "was never": a negated passive reports no act. */
function negatedIn(doc: Doc, a: number, b: number): boolean {
  for (let k = a; k < b; k++) {
    const w = doc.tokens.lower[k];
    if (w === "not" || w === "never" || w.endsWith("n't") || w.endsWith("n\u2019t")) return true;
  }
  return false;
}

const AGENT_ENDERS = new Set(["for", "to", "in", "on", "at", "over", "after", "as", "with", "because", "during", "since", "when", "while", "before", "and", "but", "that", "who", "which", "than", "from"]);

/**
 * The agent after "by", up to a preposition that opens what the act was for or where it happened
 * ("by some of his rivals for failing ...", "by prosecutors of taking bribes"); "of" stays inside
 * the agent before a determiner, a number or a name ("some of his rivals", "64 percent of the electorate").
 */
function agentAfter(doc: Doc, a: number, last: number): Range | null {
  const lower = doc.tokens.lower;
  let b = a;
  while (b < last && b - a < MAX_SOURCE_TOKENS) {
    const w = lower[b];
    if (AGENT_ENDERS.has(w) || TERMINALS.has(w) || (isQuote(doc, b) && !isPossessiveMark(doc, b)) || (isPunct(doc, b) && w !== "-" && w !== "." && w !== "(" && w !== ")")) break;
    if (w === "of" && !(b + 1 < last && (DETERMINERS.has(lower[b + 1]) || SUBJECT_DETERMINERS.has(lower[b + 1]) || isCapitalised(doc, b + 1) || doc.tokens.kind[b + 1] === TokenKind.Number))) break;
    b++;
  }
  return b > a && b - a < MAX_SOURCE_TOKENS ? { first: a, last: b } : null;
}

/** An agent that can speak: a name, a pronoun, an unnamed source ("some of his rivals") or a share of voters ("64 percent of the electorate"). */
function speakerAgent(doc: Doc, source: Range): boolean {
  const lower = doc.tokens.lower;
  for (let k = source.first; k < source.last; k++) {
    const w = lower[k];
    if (UNNAMED_HEADS.has(w) || PRONOUNS.has(w) || doc.tokens.kind[k] === TokenKind.Number) return true;
    if (isCapitalised(doc, k) && !(k === source.first && (DETERMINERS.has(w) || QUANTIFIER_SOURCES.has(w)))) return true;
  }
  return false;
}

function verbClaim(ctx: Context, s: number, t: number, cue: VerbCue, earlier: ClaimDraft[]): ClaimDraft | null {
  const { doc } = ctx;
  const lower = doc.tokens.lower;
  const first = doc.sentenceFirst[s];
  const last = doc.sentenceLast[s];
  const c0 = cueStart(doc, t, first);
  // "pointed out that ...", "made it clear", "called for talks": the particle belongs to the cue.
  // ("called repeatedly for talks": a manner adverb may stand before the joined particle.)
  const width = needsParticle(cue) ? particleWidth(doc, cue, t + 1, last) : joinedParticle(ctx, cue, t + 1, last) ? 1 : t + 2 < last && mannerBefore(doc, t + 1) && joinedParticle(ctx, cue, t + 2, last) ? 2 : 0;
  const particle = width > 0;
  // A joined particle takes an object ("commented on the bill"), unless the verb after it still reports only a clause ("shot back that ...").
  const objectTaken = particle && !cue.clauseAfterParticle;
  const verbEnd = t + 1 + width;
  // "said sarcastically, ...": a manner adverb right after the verb belongs to the cue, as one before it does.
  const base = { sentence: s, cue: { first: c0, last: verbEnd < last && mannerAdverbAt(doc, verbEnd, last) ? verbEnd + 1 : verbEnd }, verb: cue };
  if (nonAnswer(doc, c0, t, last)) return null;
  const v = t;
  t += width;
  // "The ministry issued a statement saying ...": the sender speaks, and the message phrase joins the cue.
  const lead = c0 === v && lower[v].endsWith("ing") ? messageLead(doc, v, first) : null;
  if (lead) return messageClaim(ctx, s, lead, base.cue.last, t, cue);
  // "Noting that the bridge was down, the governor said ...": an opening participle clause.
  if (c0 === skipQuotes(doc, first, c0) && lower[v].endsWith("ing")) return openingParticiple(ctx, s, base, t, cue);

  // "Asked by a reporter whether ...": the asker is the agent after "by", not the subject who answers.
  if (lower[v] === "asked" && c0 === v && lower[v + 1] === "by") return askedBy(ctx, s, base, v, cue);
  // ", saying ...", "by saying ...", "when asked ...": the speaker is the subject of the main clause.
  const quoteClosed = closingQuoteStart(doc, c0);
  const commaBefore = c0 > first && (lower[c0 - 1] === "," || (quoteClosed > first && lower[quoteClosed - 1] === ","));
  const participle = ((lower[v].endsWith("ing") || lower[c0].endsWith("ing")) && c0 > first && (commaBefore || PARTICIPLE_PREPOSITIONS.has(lower[c0 - 1]))) || (lower[v] === "asked" && c0 > first && (lower[c0 - 1] === "when" || lower[c0 - 1] === "if"));
  if (participle) {
    const skip = skipToContent(ctx, t + 1, last, cue);
    const content = contentAfter(doc, s, skip.at, last);
    // ", putting her ahead of Sanders": a verb that reports only with a certain complement needs it here too.
    if (!content || (!objectTaken && !complementFits(doc, cue, content, skip.at))) return null;
    if (cue.persons && !personObject(ctx, content)) return null;
    if (cue.noPlaceObject && placeObject(ctx, content)) return null;
    // ", reporting from the scene,": where the speaker is, not what is said.
    if (lower[content.first] === "from") return null;
    // '"...," the mayor said, adding that ...': the speaker of the claim just before goes on.
    const prior = earlier.length > 0 ? earlier[earlier.length - 1] : null;
    // (An owned noun's claim, "stiffened their criticism of X, saying ...", is no speaker going on.)
    if (prior && prior.sentence === s && prior.cue.last <= c0 && prior.rule !== "claim/nominal-object") {
      return makeDraft(base, prior.source, prior.sourceSpan, content, skip.channel, "claim/participle", prior.antecedent ?? null);
    }
    const subject = sentenceSubject(ctx, s, c0);
    if (!subject) return null;
    return makeDraft(base, null, subject, content, skip.channel, "claim/participle");
  }

  const skip = skipToContent(ctx, t + 1, last, cue);
  // "In a statement, the ministry said ...": a channel that opens the sentence.
  if (!skip.channel) {
    const opening = channelAt(doc, first, last);
    if (opening && opening.last < c0 && lower[opening.last] === ",") skip.channel = opening;
  }
  const beforeCue = c0 - 1;
  const afterCommaOrQuote = beforeCue >= first && (lower[beforeCue] === "," || (isQuote(doc, beforeCue) && !quoteOpens(doc, beforeCue)));
  // After a closed quotation any noun phrase may follow the cue ('"...," said the 46-year-old').
  const afterQuotation = afterCommaOrQuote && (closingQuoteStart(doc, c0) >= 0 || (lower[beforeCue] === "," && closingQuoteStart(doc, beforeCue) >= 0));
  const invertedStart = t + 1 < last && timeAt(ctx, t + 1) < 0 && (isCapitalised(doc, t + 1) || lower[t + 1] === "the" || lower[t + 1] === "a" || lower[t + 1] === "an" || QUANTIFIER_SOURCES.has(lower[t + 1]) || NUMBER_WORDS.has(lower[t + 1]) || titledName(doc, t + 1, last) || (afterQuotation && doc.tokens.kind[t + 1] !== TokenKind.Punct && !CLAUSE_OPENERS.has(lower[t + 1]) && !PRONOUNS.has(lower[t + 1]) && !TIME_FILLERS.has(lower[t + 1]) && !mannerAdverbAt(doc, t + 1, last)));
  // 'Said Ray: "..."', 'Added the mayor, "..."': a sentence that opens with the cue, its source and a colon or comma.
  if (c0 === skipQuotes(doc, first, c0) && INVERTING_VERBS.has(lower[v]) && invertedStart) {
    const src = sourceAfter(doc, t + 1, last);
    const mark = src ? lower[src.last] : "";
    const content = src && (mark === ":" || mark === ",") ? contentAfter(doc, s, src.last + 1, last) : null;
    if (src && content && (isQuote(doc, content.first) || mark === ":")) return makeDraft(base, src, null, content, skip.channel, "claim/opening-cue");
  }
  if (afterCommaOrQuote && (INVERTING_VERBS.has(lower[v]) || (afterQuotation && QUOTE_INVERTING_VERBS.has(lower[v]))) && invertedStart) {
    // Inverted: '"...," said Yuri Podolyaka, an influential blogger.'
    const name = sourceAfter(doc, t + 1, last);
    const src = withApposition(doc, name, last);
    const before = contentBefore(doc, s, c0);
    // The name holds no verb and, after a plain clause, ends it ("..., Cornyn said the vote ..." and "X, meanwhile, told Y that ..." are not inverted).
    const ends = src !== null && (src.last >= last || TERMINALS.has(lower[src.last]) || lower[src.last] === "," || isQuote(doc, src.last));
    // ("One blogger, Rybar, posted a map": without a quotation, what comes before must be a clause, not the subject.)
    if (name && src && before && !hasFinite(doc, name) && (afterQuotation || ends) && (afterQuotation || ((isCapitalised(doc, name.last - 1) || UNNAMED_HEADS.has(lower[name.last - 1])) && (verbIn(doc, before.first, before.last) || lower[src.last] === "," || (lower[name.last] === "," && before.last - before.first >= MIN_INVERTED_CLAUSE))))) {
      const content = src.last < last && lower[src.last] === "," ? joinQuotation(doc, s, before, src.last + 1, last) : before;
      return makeDraft(base, src, null, content, skip.channel, "claim/inverted");
    }
  }
  // "an architect who said ...", "Petrov, who said ...": the relative pronoun is the source and
  // stands for the phrase before it.
  // ("who in 2010 said": a time phrase may stand between the pronoun and the cue.)
  const relEnd = timeStartBefore(ctx, c0, first);
  // ("families, many of whom say ...": a share of the people before the comma.)
  const ofWhom = relEnd - 3 > first && lower[relEnd - 1] === "whom" && lower[relEnd - 2] === "of" && (QUANTIFIER_SOURCES.has(lower[relEnd - 3]) || NUMBER_WORDS.has(lower[relEnd - 3]));
  const rel = ofWhom ? relEnd - 3 : relEnd - 1 > first && (lower[relEnd - 1] === "who" || lower[relEnd - 1] === "which") ? relEnd - 1 : -1;
  // "Ray, who won in 2019 and who hopes ...": a second relative clause joined by "and" or "but"
  // stands for the first one's antecedent; "Duke (who endorses ...)", "Graham -- who had endorsed ...":
  // a bracket or a dash sets the clause off as a comma does.
  const relAt = rel > first ? joinedRelative(doc, rel, first) : rel;
  const setOff = relAt > first && (lower[relAt - 1] === "," || lower[relAt - 1] === "(" || DASHES.has(lower[relAt - 1]));
  const antecedent = relAt > first ? sourceBefore(doc, setOff ? relAt - 1 : relAt, first) : null;
  // "Sen. Ann Ray (D-Ohio), said": a stray comma after a parenthetical closes the name.
  // ("Voters who backed him say": an object pronoun ends a clause before the cue and speaks for no one.)
  const walkedFrom = sourceBefore(doc, c0, first);
  const walked = walkedFrom && walkedFrom.last - walkedFrom.first === 1 && OBJECT_ONLY_PRONOUNS.has(lower[walkedFrom.first]) ? null : walkedFrom;
  // (A relative clause in the subject is looked for only where the plain walk found none or stopped at a clause word.)
  const relative = walked === null || (walked.first > first && CLAUSE_OPENERS.has(lower[walked.first - 1])) ? relativeSubject(doc, c0, first) : null;
  const direct = relative ?? walked ?? appositiveSource(doc, c0, first) ?? (c0 - 2 > first && lower[c0 - 1] === "," && lower[c0 - 2] === ")" ? sourceBefore(doc, c0 - 1, first) : null) ?? sourceBeforeTime(ctx, c0, first);
  // "The 19,376 people Smirnov said remained in the zone are ...": a relative clause without "who".
  const reduced = direct && !antecedent ? reducedRelative(doc, direct, skip.at, first, last) : null;
  if (reduced) return makeDraft(base, reduced.source, null, reduced.content, skip.channel, "claim/reduced-relative");
  if ((!direct || timeSource(ctx, direct)) && antecedent) {
    // A relative clause set off by commas ends at the next comma.
    const after = skip.at < last && !TERMINALS.has(lower[skip.at]) ? relativeContentEnd(doc, contentAfter(doc, s, skip.at, last, setOff), relAt, antecedent, first) : null;
    // "who asked not to be named": a request, not a claim. ("Ray, who vowed to appeal", "Kovac, who
    // wants to run again": an intention or a promise set off by commas is the antecedent's own.)
    const ownInfinitive = after !== null && setOff && lower[after.first] === "to" && !cue.asks && (cue.infinitive || cue.kind === "intention" || cue.kind === "speech");
    if (!after || lower[after.first] === "not" || (lower[after.first] === "to" && !ownInfinitive) || !sourceFits(doc, cue, antecedent)) return null;
    // "soldiers who had defended Mariupol": holding ground is no stance.
    if (cue.noPlaceObject && placeObject(ctx, after)) return null;
    // "media reports, which showed a photo": what a report shows needs no clause.
    if (!objectTaken && !complementFits(doc, cue, after, skip.at) && !(cue.kind === "evidence" && reportIn(doc, antecedent))) return null;
    // "anyone who complains", "people who say ...": a class defined by what its members say, not a speaker.
    if (!setOff && genericClass(doc, antecedent)) return null;
    // "voters who want lower taxes", "generals who think we can win": a belief or wish in a
    // restrictive clause picks out a group by it, no holder stating it.
    if (!setOff && (cue.kind === "belief" || cue.kind === "intention")) return null;
    // "the playwright who wrote 'Peter Pan'", "O'Donnell, who wrote about the visit": what a writer
    // wrote, as a work or a topic, tells who the antecedent is; only a clause or a colon reports.
    if (WRITE_FORMS.has(lower[v]) && lower[after.first] !== "that" && lower[skip.at - 1] !== ":") return null;
    return makeDraft(base, { first: rel, last: ofWhom ? relEnd : rel + 1 }, null, after, skip.channel, "claim/relative", antecedent);
  }
  // "Trump at the time said": the subject stands before the time phrase; a time alone is no source.
  const nearest = direct && timeSource(ctx, direct) ? (TIME_PREPOSITIONS.has(lower[direct.first - 1]) ? sourceBefore(doc, direct.first - 1, first) : null) : direct;
  // "Large majorities of voters in six states going to the polls Tuesday said": the walk stopped at a
  // preposition inside a subject that opens the sentence; the whole subject speaks.
  const left = nearest ? wholeSubject(doc, nearest, first) ?? nearest : nearest;
  if (direct && !left) return null;
  // "denounced what it called 'a provocation'": a label inside another clause, not a claim.
  if ((lower[v] === "called" || lower[v] === "calls" || lower[v] === "described" || lower[v] === "termed") && direct && direct.first - 1 >= first && lower[direct.first - 1] === "what") return null;
  // A source never opens with a preposition ("of Pagliano's Fifth Amendment claims").
  if (direct && (lower[direct.first] === "of" || lower[direct.first] === "for")) return null;
  // "called into the show", "a group called Hamas": a call or a name, not a stance.
  if (lower[v] === "called" && (CALL_PARTICLES.has(lower[t + 1]) || (lower[t + 1] === "on" && !particle && timeAt(ctx, t + 2) < 0) || (c0 === v && direct && indefiniteHead(doc, direct, v) && t + 1 < last && isCapitalised(doc, t + 1)))) return null;
  // "leads a program called Safe Harbor": a common noun right before "called" and a name after it.
  if (lower[v] === "called" && c0 === v && namedAfterNoun(doc, v, first, last)) return null;
  // "the truck slammed into the crowd": a collision, not a stance.
  if (COLLISION_FORMS.has(lower[v]) && (lower[t + 1] === "into" || lower[t + 1] === "onto")) return null;
  // In a subordinate clause ("though Putin said X, Y ...") the content ends at the first comma.
  const subordinate = left !== null && left.first > first && SUBORDINATORS.has(lower[left.first - 1]);
  let after = skip.at < last && !TERMINALS.has(lower[skip.at]) ? contentAfter(doc, s, skip.at, last, subordinate) : null;
  // "called Kovac to congratulate him", "called her shortly after", "called a meeting to discuss ...":
  // a telephone call or a summons, not a stance.
  if (CALL_FORMS.has(lower[v]) && !particle && after && callNotStance(ctx, after)) return null;
  // What follows the cue before any test of its complement: "Loyalty, he noted, has long been ..." goes on with the clause.
  const rest = after && !phraseCueAt(doc, after.first, last) && !(lower[after.first - 1] === "," && isRelay(doc, after)) ? after : null;
  // "A June poll found Trump leading": evidence from a poll or study takes any complement.
  // ... as does what a speaker shows in the same breath ("It said A and showed B").
  // ("It said ... and found weapons in schools": finding a thing is no evidence shown.)
  const showsAlongside = direct === null && c0 > first && SHOW_FORMS.has(lower[c0]) && (lower[c0 - 1] === "and" || lower[c0 - 1] === "but") && earlier.some((d) => d.sentence === s);
  const evidence = cue.kind === "evidence" && ((direct !== null && reportIn(doc, direct)) || showsAlongside);
  // ("commented on the bill": a joined particle takes an object, whatever the verb's clause needs.)
  if (after && !evidence && !objectTaken && !complementFits(doc, cue, after, skip.at)) after = null;
  // "..., X said on Telegram, according to AFP": what follows is a relay, not the content.
  if (after && (phraseCueAt(doc, after.first, last) || (lower[after.first - 1] === "," && isRelay(doc, after)))) after = null;
  // "Costa reported from Washington.", "..., he said from his office in Orlando": a setting with no verb is where, not what.
  const fromSetting = after !== null && lower[after.first] === "from" && !verbIn(doc, after.first, after.last);
  if (fromSetting) after = null;
  // "About 4 in 10 want ...", "56 percent support ...": a poll share speaks for the people polled,
  // unless another claim already reports it ("the poll showed 65 percent supported the plan").
  const pollShare = left !== null && shareBefore(doc, left.last - 1, left.first)?.first === left.first && !earlier.some((d) => d.sentence === s && d.content.first <= c0 && c0 < d.content.last);
  if (left && !sourceFits(doc, cue, left) && !(pollShare && sourceFits(doc, { ...cue, namedSource: false }, left))) return null;
  // "It is certain that ...", "there is little doubt": an empty subject holds no belief.
  if (left && EXPLETIVES.has(lower[left.last - 1]) && ADJECTIVE_CUES.get(lower[v]) === cue) return null;
  if (cue.persons && !(left && personSource(ctx, left) && after && personObject(ctx, after))) return null;
  // "soldiers who had defended Mariupol": holding ground is no stance.
  if (cue.noPlaceObject && after && placeObject(ctx, after)) return null;
  // "may want to reconsider", "Russia could claim", "whether he would support her", "whatever she
  // wants": a modal cue is advice or a possibility, not a claim made; a condition or a free
  // relative holds no stance or intention the source has taken.
  // ("whether the two accounts refer to the same exchange": a condition or an open question asserts nothing.)
  // ("56 percent would vote for Kovac": a poll share's "would" is the answer its people gave.)
  const pollAnswer = left !== null && shareBefore(doc, left.last - 1, left.first) !== null && v - c0 === 1 && lower[c0] === "would" && cue.kind === "stance";
  if (left && ((modalIn(doc, c0, v) && !pollAnswer) || (ATTITUDES.has(cue.kind) && HYPOTHETICALS.has(lower[left.first - 1])) || CONDITIONS.has(lower[left.first - 1]))) return null;
  // '"They don't want to listen," he said', '"They think we are weak"': what others want, back or think,
  // told inside a quotation, is the speaker's own account (what others say stays, a claim nested in it).
  if (QUOTED_ACCOUNTS.has(cue.kind) && insideQuotation(doc, s, v)) return null;
  // A bare participle after its noun modifies it; it reports with an auxiliary, after "with" ("with
  // McCain calling it a menu") or when the noun is a message ("a speech denouncing") ... or, for
  // support and opposition, as the stance its noun holds ("a super PAC supporting Clinton", "groups
  // backing Cruz"): the noun phrase is the holder.
  if (left && c0 === v && lower[v].endsWith("ing") && ATTITUDES.has(cue.kind) && lower[left.first - 1] !== "with" && !messageHead(doc, left)) {
    const holder = HOLDING_PARTICIPLES.has(lower[v]) && after && v - 1 === left.last - 1 ? holderNoun(doc, left) : null;
    const object = holder ? participleObject(doc, after!) : null;
    return holder && object ? makeDraft(base, holder, null, object, skip.channel, "claim/modifying-participle") : null;
  }
  // "what he said at that time", "what Obama says and promises": the cue's object is "what", outside
  // the clause; what follows is no content. (A clause after the cue still reports: "what analysts
  // said was a sign of ...", "what researchers say they need", "what they characterize as ...".)
  if (left && left.first - 1 >= first && (lower[left.first - 1] === "what" || lower[left.first - 1] === "whatever") && !(after !== null && ((skip.at === t + 1 && FINITE.has(lower[after.first])) || bareClause(doc, after) || SUBJECT_PRONOUNS.has(lower[after.first]) || lower[after.first] === "as"))) return null;
  // "a move that the kingdom hopes will shatter ...", "which he hoped would spark a revival", "a
  // tactic Democrats hope will dampen ...": a relative clause whose subject is the phrase before it;
  // the speaker is the name or pronoun before the cue and what they say runs from the verb after it.
  if (rest && left && skip.at === t + 1 && !objectTaken && GAP_VERBS.has(lower[rest.first]) && (cue.clause || !cue.infinitive)) {
    const speaker = gapSpeaker(doc, left, first);
    // (", which Kovac said was corrupt, ...": a relative clause set off by commas ends at the next comma.)
    const content = speaker && speaker.first - 2 >= first && lower[speaker.first - 2] === "," && (lower[speaker.first - 1] === "which" || lower[speaker.first - 1] === "that") ? contentAfter(doc, s, skip.at, last, true) : rest;
    if (speaker && content) return makeDraft(base, speaker, null, content, skip.channel, "claim/relative-gap");
  }
  const framed = left ? asFrame(ctx, s, c0, t, left, cue) : null;
  if (framed) return makeDraft({ sentence: s, cue: framed.cue, verb: cue }, left, null, framed.content, framed.channel, "claim/as");

  const quoteBefore = left !== null && left.first > first && (lower[left.first - 1] === "," || (isQuote(doc, left.first - 1) && !quoteOpens(doc, left.first - 1)));
  // '"A," she said, "B."' and '"A," she said to the crowd': after a closing quotation the quotation is the content.
  const quotedBefore = left !== null && quoteBefore && (closingQuoteStart(doc, left.first) >= 0 || (lower[left.first - 1] === "," && closingQuoteStart(doc, left.first - 1) >= 0));
  if (after && left && quotedBefore && !embeddedQuote(doc, first, left.first)) {
    const opensQuote = isDoubleQuote(doc, after.first) && quoteOpens(doc, after.first);
    const clause = CLAUSE_STARTS.has(lower[after.first]) || (skip.at > 0 && lower[skip.at - 1] === ":");
    const before = !clause ? contentBefore(doc, s, left.first) : null;
    if (before) {
      const resumed = opensQuote ? after.first : quoteResumedAt(doc, after.first, last);
      const content = resumed >= 0 ? joinQuotation(doc, s, before, resumed, last) : before;
      return makeDraft(base, left, null, content, skip.channel, "claim/postposed");
    }
  }
  // '"I'm still here," he declared at the debate', '..., Trump added to reporters': a verb that
  // reports only a clause still reports the quotation before it when only its setting follows.
  if (!after && rest && left && quotedBefore && !embeddedQuote(doc, first, left.first) && settingAt(doc, rest)) {
    const before = contentBefore(doc, s, left.first);
    if (before) return makeDraft(base, left, null, before, skip.channel, "claim/postposed");
  }
  // "The dam, the engineer said, will hold": an attribution set off by commas inside the clause splits one content.
  if (rest && left && !quotedBefore && lower[left.first - 1] === "," && lower[skip.at - 1] === "," && splitsClause(doc, rest.first) && lower[rest.first] !== "a" && lower[rest.first] !== "an") {
    const before = contentBefore(doc, s, left.first);
    if (before && !earlier.some((d) => d.sentence === s)) return makeDraft(base, left, null, { first: before.first, last: rest.last }, skip.channel, "claim/split-clause");
  }
  // ("More recently, Trump vowed to ban ...": an infinitive after the cue is its content.)
  // "..., lawmakers said, as they ...", "..., he said, referring to ...": a clause of the speaker's own follows.
  // ("..., Sanders said, a policy that ...": an indefinite noun phrase after the attribution is the writer's gloss.)
  const ownClause = after !== null && lower[after.first - 1] === "," && (SUBORDINATORS.has(lower[after.first]) || isParticipleOpener(doc, after.first) || lower[after.first] === "a" || lower[after.first] === "an");
  if (after && left && quoteBefore && ((TOPIC_PREPOSITIONS.has(lower[after.first]) && lower[after.first] !== "to") || ownClause)) {
    // '"It is finished," she said of the election': the quotation is the content.
    // ("Early Tuesday, the ministry disclosed in court that ...": an opening adverbial is no content.)
    const content = contentBefore(doc, s, left.first);
    if (content && (quotedBefore || standsAlone(doc, content))) return makeDraft(base, left, null, content, skip.channel, "claim/postposed");
    // "The gang also set fire to 45 houses, the office said, adding that ...": the speaker goes on
    // in a reporting participle of its own, never the object of the cue; what was said is the clause
    // before, even one whose verb is no plain past form ("set", "hit", "put"), unless it is only a
    // setting ("In Kyiv, the office said, adding ...").
    if (ownClause && isParticipleOpener(doc, after.first) && VERB_CUES.has(lower[after.first])) {
      const setting = content !== null && OPENING_PREPOSITIONS.has(lower[content.first]) && !plainVerbIn(doc, content);
      return content && !setting && !quotedBefore && !SUBORDINATORS.has(lower[skipQuotes(doc, content.first, content.last)]) ? makeDraft(base, left, null, content, skip.channel, "claim/postposed") : null;
    }
  }
  if (after && left) {
    const object = objectOnly(ctx, cue, after, skip.at);
    // "which Clinton denounced Thursday - and ...": nothing left of the object once its time is cut.
    if (object.last <= object.first) return null;
    // "as rich as he says he is", "he tweeted that": a pronoun and an auxiliary alone hold no proposition.
    if (emptyContent(doc, object)) return null;
    return makeDraft(base, left, null, object, skip.channel, "claim/subject-verb");
  }
  if (after && !left && c0 > first && (lower[c0 - 1] === "and" || lower[c0 - 1] === "but")) {
    // "It said ... and showed ...": a coordinated cue shares the earlier cue's source.
    const prior = earlier.filter((d) => d.sentence === s).pop();
    if (prior) return makeDraft(base, prior.source, prior.sourceSpan, after, skip.channel, "claim/coordinated");
    // "Smith left MSNBC in 2015 and said ...": the sentence's subject speaks.
    const subject = sentenceSubject(ctx, s, c0);
    if (subject) return makeDraft(base, null, subject, after, skip.channel, "claim/coordinated-subject");
  }
  if (after) return null;
  // "In a speech in July, he said:" and what he said set out as the next paragraph.
  if (skip.at >= last && lower[skip.at - 1] === ":") {
    const block = nextParagraph(doc, s);
    return left && block ? makeDraft(base, left, null, block, skip.channel, "claim/colon-block") : null;
  }

  // Postposed: content before the source ("..., he added"); "..., he plans." reports no plan.
  // ("..., a figure Russian sources dispute": what they answer is named before them.)
  if (left && left.first - 1 >= first && !(cue.infinitive && !cue.clause)) {
    const answered = answeredBefore(doc, left.first, first);
    const p = left.first - 1 - answered;
    if ((lower[p] === "," || (isQuote(doc, p) && !quoteOpens(doc, p))) && (clauseEndsAt(doc, skip.at, last) || fromSetting)) {
      const content = contentBefore(doc, s, left.first - answered);
      // ("In her post, she reminded him of ...": a phrase of place or time with no verb sets the scene.)
      const setting = content !== null && OPENING_PREPOSITIONS.has(lower[content.first]) && !plainVerbIn(doc, content);
      if (content && !setting) return makeDraft(base, left, null, content, skip.channel, answered > 0 ? ANSWERED_RULE : "claim/postposed");
    }
  }
  return null;
}

/**
 * Whether a phrase is only a setting: a preposition of topic, place or time ("at the debate", "in
 * a tweet", "to reporters") with no verb of its own. "to" counts before a name or a determiner only
 * ("to People", "to the crowd"; not "to leave").
 */
function settingAt(doc: Doc, r: Range): boolean {
  const lower = doc.tokens.lower;
  const p = lower[r.first];
  if (!TOPIC_PREPOSITIONS.has(p) || r.last - r.first < 2) return false;
  // (A word after a determiner is its noun: "in a post", "at the briefing".)
  for (let k = r.first + 1; k < r.last; k++) if (!DETERMINERS.has(lower[k - 1]) && verbIn(doc, k, k + 1)) return false;
  return p !== "to" || isCapitalised(doc, r.first + 1) || DETERMINERS.has(lower[r.first + 1]) || RECIPIENT_WORDS.has(lower[r.first + 1]);
}

/** Finite verbs that can open a clause whose subject is missing ("... Clinton hopes [will] block"). */
const GAP_VERBS = new Set(["will", "would", "can", "could", "may", "might", "should", "must", "is", "are", "was", "were", "has", "have", "had"]);
const GAP_DETERMINERS = new Set(["a", "an", "the", "this", "that", "his", "her", "their", "its"]);

/**
 * The speaker of a relative clause with a subject gap, from the source phrase found before the cue:
 * the phrase itself after "that" or "which" ("a move that [the kingdom] hopes"), or the name or
 * pronoun ending a phrase that opens with a determiner and a common noun ("a tactic [Democrats] hope").
 */
function gapSpeaker(doc: Doc, left: Range, first: number): Range | null {
  const lower = doc.tokens.lower;
  if (left.first - 1 >= first && (lower[left.first - 1] === "that" || lower[left.first - 1] === "which")) {
    // ("so that he can say": "that" after "so" or "now" opens no relative clause.)
    return left.first - 2 >= first && (lower[left.first - 2] === "so" || lower[left.first - 2] === "now") ? null : left;
  }
  if (!GAP_DETERMINERS.has(lower[left.first])) return null;
  // "a move the kingdom says", "the 900 bodies the United Nations said": a second phrase with "the"
  // after the noun is the speaker.
  for (let k = left.first + 2; k < left.last - 1; k++) {
    if (lower[k] !== "the") continue;
    for (let u = left.first + 1; u < k; u++) {
      const kind = doc.tokens.kind[u];
      if ((kind !== TokenKind.Word && kind !== TokenKind.Number) || isCapitalised(doc, u) || VERB_CUES.has(lower[u])) return null;
    }
    return { first: k, last: left.last };
  }
  let a = left.last - 1;
  if (PRONOUNS.has(lower[a])) return a - 1 > left.first && !isCapitalised(doc, a - 1) && doc.tokens.kind[a - 1] === TokenKind.Word ? { first: a, last: left.last } : null;
  if (!isCapitalised(doc, a)) return null;
  while (a - 1 > left.first && isCapitalised(doc, a - 1) && doc.tokens.kind[a - 1] === TokenKind.Word) a--;
  // A common noun between the determiner and the name: "a tactic Democrats", not "the Clinton campaign".
  for (let k = left.first + 1; k < a; k++) if (doc.tokens.kind[k] !== TokenKind.Word || isCapitalised(doc, k) || VERB_CUES.has(lower[k])) return null;
  return a > left.first + 1 ? { first: a, last: left.last } : null;
}

const SHOW_FORMS = new Set(["show", "shows", "showed", "shown", "showing"]);
const HOLDING_PARTICIPLES = new Set(["backing", "supporting", "opposing"]);
const HOLDER_STOPS = new Set(["to", "from", "into", "for", "with", "by", "in", "on", "at", "among", "than", "as"]);

/**
 * The noun phrase that holds the stance in "groups backing Cruz", "a super PAC supporting Clinton":
 * from after the last preposition in `r`, its head a lower-case noun or a plural name ("Democrats",
 * "super PACs"), with no verb in it. Null for "Obama endorsing", "regretted supporting".
 */
function holderNoun(doc: Doc, r: Range): Range | null {
  const lower = doc.tokens.lower;
  const h = r.last - 1;
  const w = lower[h];
  if (doc.tokens.kind[h] !== TokenKind.Word || w.endsWith("ly") || pastTense(doc, h) || FINITE.has(w) || PRONOUNS.has(w) || DETERMINERS.has(w)) return null;
  if (isCapitalised(doc, h) && !(w.endsWith("s") && !isPossessive(w))) return null;
  let a = h;
  while (a > r.first && !HOLDER_STOPS.has(lower[a - 1]) && !isPunct(doc, a - 1) && doc.tokens.kind[a - 1] !== TokenKind.Number) a--;
  if (verbIn(doc, a, h)) return null;
  return { first: a, last: r.last };
}

const NAME_LINKS_IN_OBJECT = new Set(["of", "for", "and", "'s", "\u2019s", "the", "a", "an", "to", "in", "on"]);

/**
 * The object of a participle that modifies its noun, up to the main clause's verb: "a group backing
 * Sen. Ted Cruz of Texas | spent ...". A lower-case word right after a name, other than a link
 * ("of", "and", "'s"), is that verb; so is a finite or past form anywhere.
 */
function participleObject(doc: Doc, r: Range): Range | null {
  const lower = doc.tokens.lower;
  let k = r.first;
  for (; k < r.last; k++) {
    const w = lower[k];
    if (k > r.first && (isPunct(doc, k) || FINITE.has(w) || CLAUSE_STARTS.has(w) || (pastTense(doc, k) && !isCapitalised(doc, k - 1)))) break;
    if (k > r.first && isCapitalised(doc, k - 1) && doc.tokens.kind[k] === TokenKind.Word && !isCapitalised(doc, k) && !NAME_LINKS_IN_OBJECT.has(w)) break;
  }
  const end = trimTrailing(doc, r.first, k);
  return end > r.first ? { first: r.first, last: end } : null;
}

const MAX_WHOLE_SUBJECT = 20;
const SUBJECT_LINKS = new Set(["'s", "\u2019s", "-", "&", "/"]);

/**
 * The sentence's whole subject when `r` is only the phrase after a preposition in it: from the
 * sentence start to `r`, a capitalised noun phrase with no verb, punctuation or clause word, that
 * does not open with a preposition or an adverb.
 */
function wholeSubject(doc: Doc, r: Range, first: number): Range | null {
  const lower = doc.tokens.lower;
  if (r.first - 1 <= first || !SOURCE_PREPOSITIONS.has(lower[r.first - 1])) return null;
  const a = skipQuotes(doc, first, r.first);
  if (a >= r.first || r.last - a > MAX_WHOLE_SUBJECT || !isCapitalised(doc, a)) return null;
  const w0 = lower[a];
  if (OPENING_PREPOSITIONS.has(w0) || SENTENCE_ADVERBS.has(w0) || SUBORDINATORS.has(w0) || CONNECTIVE_FIRSTS.has(w0) || SOURCE_PREPOSITIONS.has(w0) || PRONOUNS.has(w0) || WEEKDAY_WORDS.has(w0)) return null;
  for (let k = a; k < r.first; k++) {
    const w = lower[k];
    // ("voters in six states going to the polls": a form that is also a noun, after a count or a determiner, is the noun.)
    const countedNoun = NOUN_FORMS.has(w) && k > a && (doc.tokens.kind[k - 1] === TokenKind.Number || NUMBER_WORDS.has(lower[k - 1]) || DETERMINERS.has(lower[k - 1]));
    if ((isPunct(doc, k) && !SUBJECT_LINKS.has(w)) || isQuote(doc, k) || FINITE.has(w) || (CLAUSE_OPENERS.has(w) && !SOURCE_PREPOSITIONS.has(w)) || CLAUSE_STARTS.has(w) || (VERB_CUES.has(w) && !countedNoun) || PRONOUNS.has(w) || CONTRACTED_SUBJECTS.test(w) || (pastTense(doc, k) && k > a)) return null;
    if (SOURCE_PREPOSITIONS.has(w) && k > a) {
      // ("Woman Steps Forward With Bombshell": a capitalised preposition is a headline's; "The ad then
      // cuts to footage", "The routine begins with": a verb in -s before "to" or "with".)
      if (isCapitalised(doc, k)) return null;
      if ((w === "to" || w === "with") && lower[k - 1].endsWith("s") && !lower[k - 1].endsWith("ss") && !isCapitalised(doc, k - 1)) return null;
    }
  }
  return { first: a, last: r.last };
}

const MAX_ASKER_TOKENS = 8;
const ASKED_OPENERS = new Set(["whether", "if", "why", "how", "what", "who", "when", "where", "which", "about", "to"]);
const ASKED_LEADS = new Set(["when", "if", "after", "once", ","]);

/**
 * "Asked by a reporter whether the plan differed, Trump said ...", "when asked by Ingraham on
 * Thursday about ...": the agent after "by" asks, and the question is what follows, up to the comma.
 */
function askedBy(ctx: Context, s: number, base: { sentence: number; cue: Range; verb: VerbCue }, v: number, cue: VerbCue): ClaimDraft | null {
  const { doc } = ctx;
  const lower = doc.tokens.lower;
  const first = doc.sentenceFirst[s];
  const last = doc.sentenceLast[s];
  if (v !== skipQuotes(doc, first, v) && !ASKED_LEADS.has(lower[v - 1])) return null;
  const a = v + 2;
  let k = a;
  while (k < last && k - a < MAX_ASKER_TOKENS && !ASKED_OPENERS.has(lower[k]) && !isPunct(doc, k) && !isQuote(doc, k) && timeAt(ctx, k) < 0 && !channelAt(doc, k, last) && !(TIME_PREPOSITIONS.has(lower[k]) && timeAt(ctx, k + 1) >= 0)) k++;
  if (k === a || k - a >= MAX_ASKER_TOKENS || !speakerHead(doc, { first: a, last: k })) return null;
  const skip = skipToContent(ctx, k, last, cue);
  if (skip.at >= last || !ASKED_OPENERS.has(lower[skip.at])) return null;
  const content = contentAfter(doc, s, skip.at, last, true);
  return content ? makeDraft(base, { first: a, last: k }, null, content, skip.channel, "claim/asked-by") : null;
}

const EXPLETIVES = new Set(["it", "there", "this", "that"]);
const CONDITIONS = new Set(["whether", "if", "unless"]);
const COPULAS = new Set([...BE_FORMS, "remain", "remains", "remained", "'re", "\u2019re", "'m", "\u2019m"]);
const DEGREE_WORDS = new Set(["not", "never", "very", "so", "quite", "all", "also", "still", "now", "more", "less", "too", "fully", "increasingly", "already"]);

/** Whether a form of "be" (or "remain") stands before the adjective at `t`, past degree words and adverbs ("were increasingly worried"). */
function copulaBefore(doc: Doc, t: number, first: number): boolean {
  let k = t - 1;
  while (k > first && (DEGREE_WORDS.has(doc.tokens.lower[k]) || mannerBefore(doc, k))) k--;
  return k >= first && COPULAS.has(doc.tokens.lower[k]);
}

/**
 * "Noting that the bridge was down, the governor said ...": a participle opening the sentence
 * reports up to its comma, and its speaker is the subject of the main clause after it.
 */
function openingParticiple(ctx: Context, s: number, base: { sentence: number; cue: Range; verb: VerbCue }, t: number, cue: VerbCue): ClaimDraft | null {
  const { doc } = ctx;
  const last = doc.sentenceLast[s];
  const skip = skipToContent(ctx, t + 1, last, cue);
  const content = skip.at < last ? contentAfter(doc, s, skip.at, last, true) : null;
  // ("Reporting from the front, ...": where, not what; "Responding to this criticism, ...": to what.)
  if (!content || !complementFits(doc, cue, content, skip.at) || doc.tokens.lower[content.last] !== "," || doc.tokens.lower[content.first] === "from" || doc.tokens.lower[content.first] === "to") return null;
  const main = content.last + 1;
  const source = subjectBeforeVerb(doc, main - 1, last, main);
  return source && source.first === main && speakerHead(doc, source) ? makeDraft(base, source, null, content, skip.channel, "claim/opening-participle") : null;
}

/** The paragraph that starts right after sentence `s`, up to a few sentences, or null when none starts there. */
function nextParagraph(doc: Doc, s: number): Range | null {
  if (s + 1 >= doc.sentences.length || doc.tokens.breakBefore[doc.sentenceFirst[s + 1]] < 2) return null;
  const first = doc.sentenceFirst[s + 1];
  let end = doc.sentenceLast[s + 1];
  for (let s2 = s + 2; s2 < doc.sentences.length && s2 <= s + MAX_TURN_SENTENCES && doc.tokens.breakBefore[doc.sentenceFirst[s2]] < 2; s2++) end = doc.sentenceLast[s2];
  end = trimTrailing(doc, first, end);
  return end > first ? { first, last: end } : null;
}

const PUBLISH_FORMS = new Set(["issue", "issues", "issued", "release", "releases", "released", "send", "sends", "sent", "post", "posts", "posted", "publish", "publishes", "published", "share", "shares", "shared", "put", "puts", "circulate", "circulates", "circulated", "tweet", "tweets", "tweeted"]);
const MESSAGE_HEADS = new Set(["statement", "message", "email", "e-mail", "tweet", "post", "video", "letter", "memo", "release", "note", "communique", "text", "notice", "update", "report", "appeal"]);
const MESSAGE_DETERMINERS = new Set(["a", "an", "the", "its", "his", "her", "their"]);
const MAX_MESSAGE_TAIL = 5;

/** Whether a phrase ends in a message, a report or a speech ("a March speech", "the statement", "an ad"). */
function messageHead(doc: Doc, r: Range): boolean {
  const head = doc.tokens.lower[r.last - 1];
  const kind = UNNAMED_HEADS.get(head);
  return MESSAGE_HEADS.has(head) || CHANNEL_HEADS.has(head) || kind === "report" || kind === "media";
}

interface MessageLead {
  /** The publishing verb ("issued"). */
  verb: number;
  /** The message phrase ("a statement"), as a channel. */
  message: ChannelMatch;
}

/**
 * "issued a statement saying", "sent an email to reporters saying", "posted a video on Telegram
 * saying": a publishing verb and its message right before the participle at `v`, or null.
 */
function messageLead(doc: Doc, v: number, first: number): MessageLead | null {
  const lower = doc.tokens.lower;
  for (let m = v - 1; m > first && v - m <= MAX_MESSAGE_TAIL + 1; m--) {
    if (isPunct(doc, m) || isQuote(doc, m)) return null;
    if (!MESSAGE_HEADS.has(lower[m])) continue;
    // "a statement", "a short statement", "a joint video statement".
    let d = m - 1;
    while (d > first && m - d <= 3 && !MESSAGE_DETERMINERS.has(lower[d]) && doc.tokens.kind[d] === TokenKind.Word && !isCapitalised(doc, d)) d--;
    if (!MESSAGE_DETERMINERS.has(lower[d])) return null;
    const verb = lower[d - 1] === "out" && lower[d - 2] === "put" ? d - 2 : d - 1;
    if (verb < first || !PUBLISH_FORMS.has(lower[verb])) return null;
    return { verb, message: { first: d, last: m + 1, kind: CHANNEL_HEADS.get(lower[m]) ?? "statement" } };
  }
  return null;
}

/** A claim whose cue runs from a publishing verb to its participle; the source is the verb's subject. */
function messageClaim(ctx: Context, s: number, lead: MessageLead, cueEnd: number, t: number, cue: VerbCue): ClaimDraft | null {
  const { doc } = ctx;
  const first = doc.sentenceFirst[s];
  const last = doc.sentenceLast[s];
  const start = cueStart(doc, lead.verb, first);
  const source = sourceBefore(doc, start, first) ?? appositiveSource(doc, start, first);
  if (!source || !sourceFits(doc, cue, source)) return null;
  const skip = skipToContent(ctx, t + 1, last, cue);
  const content = skip.at < last ? contentAfter(doc, s, skip.at, last) : null;
  if (!content || !complementFits(doc, cue, content, skip.at)) return null;
  return makeDraft({ sentence: s, cue: { first: start, last: cueEnd }, verb: cue }, source, null, content, skip.channel ?? lead.message, "claim/message");
}

/**
 * The subject of the sentence a participle or coordinated cue hangs on: a pronoun or name that
 * opens it, a "the ... <unnamed head>" phrase, else the first name before the cue.
 */
function sentenceSubject(ctx: Context, s: number, c0: number): Span | null {
  const { doc } = ctx;
  const lower = doc.tokens.lower;
  const first = doc.sentenceFirst[s];
  let a = skipQuotes(doc, first, c0);
  if (a >= c0) return null;
  a = afterDateline(doc, a, c0);
  // "On Tuesday, Sanders went further, endorsing ...": past an opening adverbial to the subject.
  if (CLAUSE_OPENERS.has(lower[a]) || SENTENCE_ADVERBS.has(lower[a]) || OPENING_PREPOSITIONS.has(lower[a]) || timeAt(ctx, a) >= 0) {
    for (let k = a + 1; k < c0 - 1 && k <= a + 8; k++) {
      if (lower[k] === ",") {
        a = k + 1;
        break;
      }
      if (isPunct(doc, k) || isQuote(doc, k) || VERB_CUES.has(lower[k])) break;
    }
  }
  const span = (f: number, l: number): Span => ({ start: doc.tokens.start[f], end: doc.tokens.end[l - 1] });
  const w = lower[a];
  if (PRONOUNS.has(w) && !SPEAKER_PRONOUNS.has(w)) return span(a, a + 1);
  let opening = ctx.entities.find((e) => e.start === doc.tokens.start[a] && e.type !== "NORP");
  if (opening?.type === "GPE") {
    // "U.S. President Donald Trump left ... and told": a country before a title and a name is the
    // name's affiliation, not the subject.
    let k = a;
    while (k < c0 && doc.tokens.end[k] <= opening.end) k++;
    const from = k;
    while (k < c0 && k - from < 4 && isCapitalised(doc, k) && !ctx.entities.some((en) => en.start === doc.tokens.start[k])) k++;
    const named = k > from && k < c0 ? ctx.entities.find((en) => en.start === doc.tokens.start[k] && (en.type === "PERSON" || en.type === "ORG")) : undefined;
    if (named) opening = { ...opening, end: named.end };
  }
  if (opening) {
    let e = a;
    while (e < c0 && doc.tokens.end[e] <= opening.end) e++;
    return { start: opening.start, end: doc.tokens.end[subjectEnd(ctx, a, e, c0, false) - 1] };
  }
  // "protesters marched, saying ...": a bare plural unnamed source.
  if (UNNAMED_HEADS.has(w) && a + 1 < c0 && !isCapitalised(doc, a + 1) && doc.tokens.kind[a + 1] === TokenKind.Word) return span(a, a + 1);
  if (w === "the" || w === "a" || w === "an" || POSSESSIVE_DETERMINERS.has(w)) {
    for (let k = a + 1; k < c0 && k <= a + 5; k++) {
      if (doc.tokens.kind[k] !== TokenKind.Word || CLAUSE_OPENERS.has(lower[k])) break;
      if (UNNAMED_HEADS.has(lower[k]) && !(k + 1 < c0 && doc.tokens.kind[k + 1] === TokenKind.Word && UNNAMED_HEADS.has(lower[k + 1]))) return span(a, lower[k + 1] === "of" ? subjectEnd(ctx, a, k + 1, c0, true) : k + 1);
    }
    // "His ex-wife agreed, but also contended ...": a short determiner phrase right before a reporting verb.
    for (let k = a + 1; k < c0 && k <= a + 4; k++) {
      if (doc.tokens.kind[k] !== TokenKind.Word || CLAUSE_OPENERS.has(lower[k])) break;
      if (k + 1 < c0 && (VERB_CUES.has(lower[k + 1]) || AUXILIARIES.has(lower[k + 1])) && !isCapitalised(doc, k + 1)) return span(a, k + 1);
    }
  }
  // A capitalised name the entity layer does not know ("Cruz belittled ...", "Sen. Ann Ray said").
  if (isCapitalised(doc, a) && !CLAUSE_OPENERS.has(w) && !DETERMINERS.has(w) && !SENTENCE_ADVERBS.has(w) && !PRONOUNS.has(w)) {
    let e = a;
    while (e < c0 && e - a < 5 && (isCapitalised(doc, e) || doc.tokens.kind[e] === TokenKind.Abbrev)) e++;
    const next = lower[e];
    const verbLike = e < c0 && doc.tokens.kind[e] === TokenKind.Word && !isCapitalised(doc, e) && !CLAUSE_OPENERS.has(next) && !SUBJECT_DETERMINERS.has(next) && !DETERMINERS.has(next);
    if ((verbLike || isPossessiveMark(doc, e)) && !mannerBefore(doc, a) && !/['\u2019]/.test(w)) return span(a, subjectEnd(ctx, a, e, c0, false));
  }
  // The phrase before the clause's first verb is its subject: a name met after it is an object.
  const before = subjectBeforeVerb(doc, a, c0, first);
  if (before) return speakerHead(doc, before) ? span(before.first, before.last) : null;
  const named = ctx.entities.find((e) => e.start >= doc.tokens.start[first] && e.end <= doc.tokens.start[c0] && (e.type === "PERSON" || e.type === "ORG"));
  return named ? { start: named.start, end: named.end } : null;
}

const MAX_DATELINE_TOKENS = 8;

/**
 * "KYIV (Reuters) - The governor ...", "Washington (AFP) – ...", "PARIS — ...": the token after a
 * dateline that opens the sentence at `a` (a place in capitals, or a place and an agency in
 * brackets, closed by a dash), else `a`.
 */
function afterDateline(doc: Doc, a: number, c0: number): number {
  const { lower, start, end } = doc.tokens;
  if (!isCapitalised(doc, a)) return a;
  let bracket = false;
  for (let k = a + 1; k < c0 && k - a <= MAX_DATELINE_TOKENS; k++) {
    const w = lower[k];
    if (isDash(doc, k)) return isAllCaps(doc.text, start[a], end[a]) || bracket ? k + 1 : a;
    if (w === "(" || w === ")") bracket = true;
    else if (w !== "," && !isCapitalised(doc, k)) return a;
  }
  return a;
}

/**
 * "Both commanders stiffened their stance, saying ...": the phrase before the first verb of the
 * clause (a past form, a finite auxiliary or a reporting verb) between `a` and `c0`, not a name met later.
 */
function subjectBeforeVerb(doc: Doc, a: number, c0: number, first: number): Range | null {
  const lower = doc.tokens.lower;
  for (let k = a + 1; k < c0; k++) {
    if (isQuote(doc, k) || TERMINALS.has(lower[k])) return null;
    const verb = pastTense(doc, k) || (FINITE.has(lower[k]) && lower[k] !== "'s" && lower[k] !== "\u2019s") || (VERB_CUES.has(lower[k]) && !NOUN_FORMS.has(lower[k]));
    if (!verb) continue;
    const source = sourceBefore(doc, k, first) ?? appositiveSource(doc, k, first);
    if (source) return source;
  }
  return null;
}

/** Whether a phrase ends in a name, a third-person pronoun or an unnamed-source head ("Both commanders"). */
function speakerHead(doc: Doc, r: Range): boolean {
  const head = doc.tokens.lower[r.last - 1];
  if (SPEAKER_PRONOUNS.has(head)) return false;
  return isCapitalised(doc, r.last - 1) || UNNAMED_HEADS.has(head) || PRONOUNS.has(head);
}

const MAX_SUBJECT_TOKENS = 10;
const IRREGULAR_PAST = new Set(["went", "came", "took", "made", "got", "gave", "dealt", "left", "spoke", "saw", "ran", "won", "lost", "met", "sent", "held", "kept", "began", "became", "brought", "stood", "sought", "led", "fell", "rose", "paid", "hit", "cut", "struck", "drew", "threw", "broke"]);

/**
 * Where a subject noun phrase opened by tokens [a, e) ends: over a possessive and what it owns
 * ("Trump's congressional allies"), and after a demonym, a party or a count over the nouns it
 * modifies ("Syrian hackers", "One employee at a firm"), up to the first verb-like word.
 */
function subjectEnd(ctx: Context, a: number, e: number, c0: number, open: boolean): number {
  const { doc } = ctx;
  const lower = doc.tokens.lower;
  const modifier = open || NUMBER_WORDS.has(lower[a]) || QUANTIFIER_SOURCES.has(lower[a]) || lower[a] === "other" || ctx.entities.some((x) => x.type === "NORP" && x.start === doc.tokens.start[e - 1]) || ctx.entities.some((x) => x.type === "NORP" && x.start === doc.tokens.start[a] && x.end >= doc.tokens.end[e - 1]);
  let k = e;
  let owned = modifier;
  while (k < c0 && k - a < MAX_SUBJECT_TOKENS) {
    const w = lower[k];
    // ("Sanders' campaign": an apostrophe glued to a plural owns as "'s" does.)
    if (w === "'s" || w === "\u2019s" || isPossessiveMark(doc, k)) {
      owned = true;
      k++;
      continue;
    }
    if (!owned || CLAUSE_OPENERS.has(w)) break;
    if (isCapitalised(doc, k) || doc.tokens.kind[k] === TokenKind.Abbrev || w === "of") {
      k++;
      continue;
    }
    if (doc.tokens.kind[k] !== TokenKind.Word || FINITE.has(w) || AUXILIARIES.has(w) || (VERB_CUES.has(w) && !UNNAMED_HEADS.has(w)) || IRREGULAR_PAST.has(w) || w.endsWith("ed") || w.endsWith("ing") || mannerBefore(doc, k)) break;
    k++;
  }
  while (k > e && (lower[k - 1] === "of" || lower[k - 1] === "'s" || lower[k - 1] === "\u2019s")) k--;
  return k;
}

const OPENING_PREPOSITIONS = new Set(["over", "across", "throughout", "amid", "despite", "following", "under", "in", "on", "at", "during", "after", "before", "earlier", "later"]);
const POSSESSIVE_DETERMINERS = new Set(["his", "her", "their", "its", "our"]);
const NOUN_AFTER = new Set([".", "\u2013", "\u2014", ")", ";", "as", "of", "and", "in", "during", "among", "from"]);
/** Cue forms that make a compound noun with the next word ("think tank", "pledged delegates"). */
const COMPOUND_HEADS = new Map<string, Set<string>>([
  ["think", new Set(["tank", "tanks", "tank's"])],
  ["call", new Set(["centre", "center", "sign"])],
  ["show", new Set(["trial", "trials"])],
  ["pledged", new Set(["delegate", "delegates"])],
]);
const SENTENCE_ADVERBS = new Set(["however", "meanwhile", "still", "yet", "instead", "later", "earlier", "then", "now", "today", "yesterday", "last", "next", "this", "after", "before", "asked", "speaking", "according", "despite", "although", "though", "while", "when", "if", "as", "since", "because", "but", "and", "so", "also", "there", "here", "it", "many", "some", "most", "several", "both", "all", "few", "no", "not", "only", "even", "just", "what", "why", "how", "who", "where", "which"]);

const NEGATIONS = new Set(["not", "never", "n't", "didn't", "couldn't", "wouldn't", "won't", "can't", "cannot", "didn\u2019t", "couldn\u2019t", "wouldn\u2019t", "won\u2019t", "can\u2019t"]);
const NO_COMMENT_VERBS = new Set(["respond", "responds", "responded", "responding", "reply", "replies", "replied", "comment", "comments", "commented", "confirm", "confirms", "confirmed", "confirming", "disclose", "discloses", "disclosed", "disclosing", "reveal", "reveals", "revealed", "revealing"]);
const QUESTION_WORDS = new Set(["whether", "if", "how", "what", "when", "where", "who", "why", "which"]);

/** "could not say whether ...", "did not say how many": a negated cue before a question is a non-answer, not a claim. */
function nonAnswer(doc: Doc, c0: number, v: number, last: number): boolean {
  const lower = doc.tokens.lower;
  let negated = false;
  for (let k = c0; k < v; k++) if (NEGATIONS.has(lower[k])) negated = true;
  if (!negated) return false;
  // "did not immediately respond to requests for comment", "Kyiv has not confirmed the capture": a
  // refusal to comment, confirm or disclose is no claim (its object is not what the speaker says).
  if (NO_COMMENT_VERBS.has(lower[v])) return true;
  let k = v + 1;
  while (k < last && k <= v + 4 && !QUESTION_WORDS.has(lower[k]) && !isPunct(doc, k)) k++;
  return k < last && QUESTION_WORDS.has(lower[k]);
}

/** "a party called Anti-Prom": a lower-case noun before "called" and a name or quotation after it. */
function namedAfterNoun(doc: Doc, v: number, first: number, last: number): boolean {
  const lower = doc.tokens.lower;
  const p = v - 1;
  if (p < first || v + 1 >= last || doc.tokens.kind[p] !== TokenKind.Word || isCapitalised(doc, p)) return false;
  const w = lower[p];
  if (PRONOUNS.has(w) || UNNAMED_HEADS.has(w) || CLAUSE_OPENERS.has(w) || w === "whom" || AUXILIARIES.has(w) || mannerBefore(doc, p)) return false;
  return isCapitalised(doc, v + 1) || isQuote(doc, v + 1) || lower[v + 1] === "#";
}

/** Whether the phrase opens with "a" or "an", or the noun right before `v` has one ("the founder of a Facebook group"). */
function indefiniteHead(doc: Doc, r: Range, v: number): boolean {
  if (doc.tokens.lower[r.first] === "a" || doc.tokens.lower[r.first] === "an") return true;
  for (let k = v - 1; k >= r.first && v - k <= 4; k--) {
    const w = doc.tokens.lower[k];
    if (w === "a" || w === "an") return true;
    if (DETERMINERS.has(w) || doc.tokens.kind[k] !== TokenKind.Word) return false;
  }
  return false;
}

const CALL_FORMS = new Set(["call", "calls", "called", "calling"]);
const COLLISION_FORMS = new Set(["slam", "slams", "slammed", "slamming", "blast", "blasts", "blasted", "blasting"]);
/** What is called together rather than named: "called a meeting", "called a snap election", "called attention to". */
const SUMMONED = new Set(["meeting", "meetings", "referendum", "election", "elections", "vote", "session", "conference", "attention", "strike", "hearing", "summit", "recess", "timeout"]);
/** Words after a called person that end the call: "called Kovac to ...", "called her shortly after ...", "called him back". */
const CALL_ENDS = new Set(["to", "shortly", "soon", "after", "before", "back", "again", "twice", "at", "from", "about", "every", "last", "this", "yesterday", "today", "late", "early", "repeatedly", "personally", "directly", "privately", "later", "earlier", "immediately", "while", "when", "and"]);
const OBJECT_CASE = new Set(["him", "her", "them", "me", "us"]);
const MAX_CALLED_NAME = 6;

/**
 * Whether the object of "call" is someone telephoned or something convened: a person (a pronoun
 * or a name) and nothing that names them after it ("called Kovac to congratulate him", "called
 * her twice", "called Ray.") or a meeting, election or vote with no name for it ("called a meeting
 * to discuss", not "called the vote rigged"). "called Kovac a liar" and "called the strike a war
 * crime" keep their stance.
 */
function callNotStance(ctx: Context, content: Range): boolean {
  const { doc } = ctx;
  const lower = doc.tokens.lower;
  const a = content.first;
  // (A word of time or purpose after the object ends the call; for a name, so does the sentence's
  // end, but no comma or dash: "called Kovac, his rival, a fraud"; nor for a pronoun, which may
  // take up a name quoted before it: "its ''blunders,'' he called them - but ...".)
  const callEnds = (k: number): boolean => k < content.last && (CALL_ENDS.has(lower[k]) || timeAt(ctx, k) >= 0 || (lower[k] === "on" && timeAt(ctx, k + 1) >= 0));
  const ends = (k: number): boolean => k >= content.last || callEnds(k) || TERMINALS.has(lower[k]);
  if (OBJECT_CASE.has(lower[a])) return callEnds(a + 1);
  if (isCapitalised(doc, a) && doc.tokens.kind[a] === TokenKind.Word) {
    let k = a;
    // ("called Putin and Zelensky to urge talks": names joined by "and" are one object.)
    while (k < content.last && k - a < MAX_CALLED_NAME && (isCapitalised(doc, k) || lower[k] === "." || (lower[k] === "and" && k + 1 < content.last && isCapitalised(doc, k + 1))) && !isQuote(doc, k)) k++;
    return k - a < MAX_CALLED_NAME && ends(k);
  }
  for (let k = a; k < content.last && k - a <= 3; k++) {
    if (SUMMONED.has(lower[k])) return ends(k + 1) || lower[k + 1] === "for" || lower[k + 1] === "on" || lower[k + 1] === "in" || isDash(doc, k + 1);
    if (isQuote(doc, k) || isPunct(doc, k)) return false;
  }
  return false;
}

const CALL_PARTICLES = new Set(["into", "in", "off", "up", "back", "around"]);
const RELATIVE_TIME = new Set(["this", "last", "next", "that", "every", "each"]);
const TIME_NOUNS = new Set(["time", "day", "week", "month", "year", "night", "morning", "evening", "afternoon", "weekend", "moment", "hour", "hours", "days", "weeks", "months", "years", "point", "end", "start"]);

const MAX_TIME_TOKENS = 4;

/** "A panel in 2001 found ...": the source before a time phrase that ends at the cue (a year heads no source of its own). */
function sourceBeforeTime(ctx: Context, c0: number, first: number): Range | null {
  const start = timeStartBefore(ctx, c0, first);
  // ("Petrenko, the regional governor, on Monday said": a source in apposition before the time.)
  return start < c0 ? (sourceBefore(ctx.doc, start, first) ?? appositiveSource(ctx.doc, start, first)) : null;
}

/** Where a time phrase with its preposition ending at `c0` starts ("in 2010", "on Monday"), or `c0` when none does. */
function timeStartBefore(ctx: Context, c0: number, first: number): number {
  for (let k = c0 - 1; k > first && c0 - k <= MAX_TIME_TOKENS; k--) {
    if (timeAt(ctx, k) !== c0) continue;
    return TIME_PREPOSITIONS.has(ctx.doc.tokens.lower[k - 1]) ? k - 1 : c0;
  }
  return c0;
}

/** "Trump at the time said", "the army on Monday said": a time phrase after a preposition is no source. */
function timeSource(ctx: Context, r: Range): boolean {
  const { doc } = ctx;
  const p = r.first - 1;
  if (timeAt(ctx, r.first) >= r.last) return true;
  if (p < 0 || !TIME_PREPOSITIONS.has(doc.tokens.lower[p])) return false;
  return TIME_NOUNS.has(doc.tokens.lower[r.last - 1]) || timeAt(ctx, p) >= r.last;
}

/** Whether a postposed cue's clause ends at token `at` ("..., he said." / "..., he said sarcastically, and ..."). */
/**
 * Whether a stretch before a postposed source can be what was said: it holds a verb, and a clause
 * opening with a subordinator, a participle or "asked" goes on past a comma to a main clause ("In
 * her post, she ...", "Reaching for the jugular, Trump ...", "As voting began, X ..." only set the
 * scene for the clause after them).
 */
function standsAlone(doc: Doc, r: Range): boolean {
  const lower = doc.tokens.lower;
  const a = skipQuotes(doc, r.first, r.last);
  if (SUBORDINATORS.has(lower[a]) || lower[a] === "asked" || isParticipleOpener(doc, a)) {
    let comma = false;
    for (let k = a + 1; k < r.last - 1 && !comma; k++) comma = lower[k] === ",";
    if (!comma) return false;
  }
  return plainVerbIn(doc, r);
}

/** Whether `r` holds a verb that is no noun as well: a finite auxiliary, a past form, a reporting verb ("In her post" holds none). */
function plainVerbIn(doc: Doc, r: Range): boolean {
  const lower = doc.tokens.lower;
  for (let k = r.first; k < r.last; k++) {
    const w = lower[k];
    if (doc.tokens.kind[k] !== TokenKind.Word || isCapitalised(doc, k)) continue;
    if ((FINITE.has(w) && w !== "'s" && w !== "\u2019s") || pastTense(doc, k) || (VERB_CUES.has(w) && !NOUN_FORMS.has(w))) return true;
  }
  return false;
}

function clauseEndsAt(doc: Doc, at: number, last: number): boolean {
  const lower = doc.tokens.lower;
  if (at < last && lower[at].length > 4 && lower[at].endsWith("ly") && !isCapitalised(doc, at)) at++;
  if (at >= last || TERMINALS.has(lower[at]) || lower[at - 1] === "," || lower[at] === "," || lower[at] === ")" || DASHES.has(lower[at])) return true;
  return isQuote(doc, at);
}

const FIGURE_HEDGES = new Set(["more", "less", "about", "around", "nearly", "almost", "least", "over", "some", "roughly"]);
/**
 * "I", "we", "you" report no claim: inside a quotation the quotation is already attributed to its
 * speaker, outside one they are the writer's own voice.
 */
const SPEAKER_PRONOUNS = new Set(["i", "we", "you"]);
const GENERIC_SPEAKERS = new Set(["i", "we", "you", "nobody", "everyone", "everybody", "anyone", "anybody", "someone", "somebody", "people"]);
const ANYBODY = new Set(["people", "everyone", "everybody", "anyone", "anybody", "nobody", "someone", "somebody"]);
const CLAUSE_STARTS = new Set(["that", "whether", "why", "how", "what", "if", "when", "where", "who"]);

/** Verbs that report only with a certain complement: a clause, a quotation or a colon. */
function complementFits(doc: Doc, cue: VerbCue, content: Range, at: number): boolean {
  const first = doc.tokens.lower[content.first];
  const afterColon = at > 0 && doc.tokens.lower[at - 1] === ":";
  const quoted = isQuote(doc, content.first);
  if (cue.colonOrQuote) return afterColon || quoted;
  if (cue.asFrame) return asAfterObject(doc, content);
  if (cue.atFigure) {
    for (let k = content.first; k + 1 < content.last && k < content.first + 12; k++) {
      if (doc.tokens.lower[k] === "at" && (doc.tokens.kind[k + 1] === TokenKind.Number || FIGURE_HEDGES.has(doc.tokens.lower[k + 1]))) return true;
    }
    return false;
  }
  // "knows how to use it", "does not know who fired": a belief about a question holds no proposition.
  if (cue.kind === "belief" && QUESTION_WORDS.has(first)) return false;
  if (cue.infinitive && infinitiveAt(doc, cue, content)) return true;
  if (cue.kind === "question" && qualityObject(doc, content)) return true;
  // (A belief's clause may have a long subject: "felt her projection of anger in the last debate was over the top".)
  if (cue.clause) return CLAUSE_STARTS.has(first) || quoted || afterColon || bareClause(doc, content, cue.kind === "belief" ? LONG_SUBJECT_WINDOW : SUBJECT_WINDOW);
  return !cue.infinitive;
}

/**
 * "plans to visit", "refused to endorse him": a to-infinitive opening the content. A refusal to
 * speak ("declined to comment", "refused to say whether") is a non-answer, not a stance.
 */
function infinitiveAt(doc: Doc, cue: VerbCue, content: Range): boolean {
  const lower = doc.tokens.lower;
  let to = content.first;
  // "wants Kyiv to withdraw": an intention may name who is to act before the infinitive, and an
  // expectation what it is about ("expect the river to crest").
  if (cue.kind === "intention" || cue.kind === "belief") {
    while (to < content.last && to - content.first < MAX_INFINITIVE_OBJECT && lower[to] !== "to" && doc.tokens.kind[to] !== TokenKind.Punct && !isQuote(doc, to) && !CLAUSE_STARTS.has(lower[to])) to++;
  }
  const verb = to + 1;
  if (lower[to] !== "to" || verb >= content.last || doc.tokens.kind[verb] !== TokenKind.Word || isCapitalised(doc, verb) || DETERMINERS.has(lower[verb])) return false;
  if (nounAfterTo(lower[verb])) return false;
  return cue.kind !== "refusal" || !NON_ANSWERS.has(lower[verb]);
}

/** Nouns that follow "agree to", "committed to" without a determiner (an act agreed, not an infinitive). */
const BARE_NOUNS_AFTER_TO = new Set(["ceasefire", "truce", "peace", "dialogue", "arbitration", "mediation", "de-escalation", "restraint", "compromise"]);

/** Whether the word after "to" is a noun: a plural ("to talks", "to terms") or one of BARE_NOUNS_AFTER_TO. */
function nounAfterTo(word: string): boolean {
  // A base-form verb ends in "s" only as "-ss" or "-us" ("to discuss", "to focus").
  return BARE_NOUNS_AFTER_TO.has(word) || loneS(word);
}

/** A word of four letters or more in a lone -s, not -ss or -us ("talks", "wants"; not "discuss", "focus"): a plural or a verb's -s form. */
function loneS(w: string): boolean {
  return w.length > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us");
}

const MAX_INFINITIVE_OBJECT = 4;
const MAX_AS_OBJECT = 8;

/** "sees [the deal] as a trap": "as" after a short object, before any punctuation or clause word. */
function asAfterObject(doc: Doc, content: Range): boolean {
  const lower = doc.tokens.lower;
  for (let k = content.first + 1; k < content.last && k - content.first <= MAX_AS_OBJECT; k++) {
    if (lower[k] === "as") return k + 1 < content.last && !asClause(doc, k, content.last);
    if (isPunct(doc, k) || CLAUSE_STARTS.has(lower[k]) || FINITE.has(lower[k])) return false;
  }
  return false;
}

const MAX_AS_SUBJECT = 4;
const AS_CLAUSE_DETERMINERS = new Set(["the", "his", "her", "their", "its", "our", "this", "these", "those"]);

/** "cast their ballots as the polls opened": "as" at `k` opens a clause of time, a subject and its verb, not a description. */
function asClause(doc: Doc, k: number, end: number): boolean {
  const lower = doc.tokens.lower;
  // ("as a warning", "as unqualified": a description; "as it crossed", "as the polls opened": a clause.)
  if (SUBJECT_PRONOUNS.has(lower[k + 1])) return true;
  if (!AS_CLAUSE_DETERMINERS.has(lower[k + 1])) return false;
  for (let j = k + 2; j < end && j - k <= MAX_AS_SUBJECT + 1; j++) {
    if (isPunct(doc, j) || CLAUSE_STARTS.has(lower[j])) return false;
    if (FINITE.has(lower[j]) || pastTense(doc, j)) return true;
  }
  return false;
}
const MAX_QUALITY_HEAD = 4;

/**
 * "questioned the wisdom of the deal", "questions Clinton's judgment": what is doubted is a quality
 * of something, a noun owned by a name or followed by "of" ("questioned the suspect" is an interview).
 */
function qualityObject(doc: Doc, content: Range): boolean {
  const lower = doc.tokens.lower;
  for (let k = content.first + 1; k < content.last && k - content.first <= MAX_QUALITY_HEAD; k++) {
    if (doc.tokens.kind[k] === TokenKind.Punct || isQuote(doc, k)) return false;
    if (lower[k] === "of" || (isPossessive(lower[k]) && isCapitalised(doc, k - 1))) return k > content.first + 1 || isPossessive(lower[k]);
  }
  return false;
}

const SUBJECT_PRONOUNS = new Set(["he", "she", "they", "it", "we", "i", "you", "there"]);
const EMPTY_WORDS = new Set(["to", "be", "that", "this", "it", "is", "was", "are", "were", "will", "would", "can", "could", "do", "does", "did", "has", "have", "had"]);
const MAX_EMPTY_CONTENT = 3;

/** Whether a content is only pronouns and auxiliaries ("he is", "to be", "that"): an ellipsis, no proposition. */
function emptyContent(doc: Doc, content: Range): boolean {
  if (content.last - content.first > MAX_EMPTY_CONTENT) return false;
  for (let k = content.first; k < content.last; k++) {
    const w = doc.tokens.lower[k];
    if (!EMPTY_WORDS.has(w) && !SUBJECT_PRONOUNS.has(w) && !isPunct(doc, k)) return false;
  }
  return true;
}
const PERSONAL_SUBJECTS = new Set(["he", "she", "they", "we", "i", "you"]);

/** A lower-case word in -ed or an irregular past form ("intended", "hit"). */
function pastTense(doc: Doc, k: number): boolean {
  const w = doc.tokens.lower[k];
  return doc.tokens.kind[k] === TokenKind.Word && !isCapitalised(doc, k) && ((w.length > 3 && w.endsWith("ed")) || IRREGULAR_PAST.has(w));
}

const SUBJECT_DETERMINERS = new Set(["the", "a", "an", "this", "these", "those", "his", "her", "its", "their", "our", "my", "some", "most", "many", "no", "every", "both", "all", "more", "few", "other", "another", "several", "each", "either", "neither"]);
/** Finite auxiliaries, modals and contracted forms: a clause has one of these after its subject. */
const FINITE = new Set(["is", "are", "was", "were", "will", "would", "can", "could", "should", "shall", "has", "have", "had", "may", "might", "must", "does", "did", "do", "won't", "can't", "isn't", "wasn't", "aren't", "weren't", "doesn't", "didn't", "hasn't", "haven't", "wouldn't", "couldn't", "won\u2019t", "can\u2019t", "isn\u2019t", "wasn\u2019t", "aren\u2019t", "doesn\u2019t", "didn\u2019t", "hasn\u2019t", "wouldn\u2019t", "couldn\u2019t", "'s", "\u2019s", "'re", "\u2019re", "'ll", "\u2019ll", "'d", "\u2019d", "'ve", "\u2019ve"]);
const CONTRACTED_SUBJECTS = /^(it|he|she|they|there|that|we|you|i)['\u2019](s|re|ll|d|ve|m)$/;

/**
 * A that-clause without "that" ("believes the town will fall"): a subject (pronoun, determiner
 * phrase, name or number) with a finite auxiliary within a few words. "noted the irony" is no clause.
 */
const SUBJECT_WINDOW = 6;
const LONG_SUBJECT_WINDOW = 9;

function bareClause(doc: Doc, content: Range, window = SUBJECT_WINDOW): boolean {
  const lower = doc.tokens.lower;
  const a = content.first;
  const w = lower[a];
  if (CONTRACTED_SUBJECTS.test(w)) return true;
  // A subject: a pronoun, a determiner, a name or number; or a bare plural or adjective ("electric utilities would").
  const subject = SUBJECT_PRONOUNS.has(w) || SUBJECT_DETERMINERS.has(w) || isCapitalised(doc, a) || doc.tokens.kind[a] === TokenKind.Number;
  const bare = !subject && doc.tokens.kind[a] === TokenKind.Word && !CLAUSE_OPENERS.has(w) && !NOT_SOURCE_HEADS.has(w) && !mannerBefore(doc, a) && !w.endsWith("ing");
  if (!subject && !bare) return false;
  // "adding he intended to return": a personal pronoun and a past-tense verb.
  if (PERSONAL_SUBJECTS.has(w) && a + 1 < content.last && pastTense(doc, a + 1)) return true;
  // "believes this provides ...": a demonstrative and a verb in -s.
  if (DEMONSTRATIVES.has(w) && a + 1 < content.last && presentVerb(doc, a + 1)) return true;
  for (let k = a + 1; k < content.last && k <= a + (subject ? window : 4); k++) {
    // ("About Clinton's Health": an 's glued to a name is a possessive, not "is".)
    // ("up in May": a capitalised "May" inside the clause is the month, not the modal.)
    if (FINITE.has(lower[k]) && !(isPossessive(lower[k]) && isCapitalised(doc, k - 1)) && !(lower[k] === "may" && isCapitalised(doc, k))) return true;
    // "noted the Justice Department returned the gun", "believes Russia lost 300 tanks": a past form after a name or noun, not after a determiner ("noted the reduced rate").
    if (subject && (k > a + 1 || isCapitalised(doc, a)) && pastTense(doc, k) && !DETERMINERS.has(lower[k - 1]) && !SUBJECT_DETERMINERS.has(lower[k - 1]) && !PREPOSITION_WORDS.has(lower[k - 1]) && k + 1 < content.last && !PREPOSITION_WORDS.has(lower[k + 1]) && lower[k + 1] !== "by") return true;
    if (isPunct(doc, k) || isQuote(doc, k) || CLAUSE_STARTS.has(lower[k])) return false;
  }
  return false;
}

const DEMONSTRATIVES = new Set(["this", "that", "it"]);
const PREPOSITION_WORDS = new Set(["of", "in", "on", "at", "for", "with", "from", "to", "by", "about", "and", "or"]);

/** A lower-case verb form in -s ("provides", "wants"), not "is"-like or a plural of a noun after a determiner. */
function presentVerb(doc: Doc, k: number): boolean {
  const w = doc.tokens.lower[k];
  return doc.tokens.kind[k] === TokenKind.Word && !isCapitalised(doc, k) && loneS(w) && !NOUN_FORMS.has(w);
}

/** Verbs with weak evidence of reporting need a real speaker: a name, a pronoun or an unnamed source. */
function sourceFits(doc: Doc, cue: VerbCue, source: Range): boolean {
  const head = doc.tokens.lower[source.last - 1];
  // "Let everyone know", "let them know": the object of "let" is told, not telling.
  if (SPEAKER_PRONOUNS.has(head) || head === "me" || head === "us" || doc.tokens.lower[source.first] === "let") return false;
  // "kept telling", "gonna tell", "Only time will tell": a verb, a modal or a lone time word is no source.
  const lone = source.last - source.first === 1;
  // ("the couple's said" is a possessive; "Figures reported now suggest" a participle after a noun.)
  if (!isCapitalised(doc, source.last - 1) && !UNNAMED_HEADS.has(head) && !PRONOUNS.has(head) && ((FINITE.has(head) && (lone || !head.endsWith("s"))) || NOT_HEADS.has(head) || (VERB_CUES.has(head) && !NOUN_FORMS.has(head) && (lone || !head.endsWith("ed"))))) return false;
  if (source.last - source.first <= 2 && !isCapitalised(doc, source.last - 1) && !UNNAMED_HEADS.has(head) && (TIME_NOUNS.has(head) || (lone && head.endsWith("ed")))) return false;
  // "I've always said": a contracted I, we or you is the writer's or the speaker's own voice.
  if (/^(i|we|you)['\u2019](ve|m|d|ll|re)$/.test(doc.tokens.lower[source.first])) return false;
  if (!cue.firstPerson && source.last - source.first === 1 && GENERIC_SPEAKERS.has(head)) return false;
  // "People say ...", "everyone knows ...": a lone word for anybody names no claimant.
  if (lone && ANYBODY.has(head)) return false;
  if (!cue.namedSource) return true;
  if (PRONOUNS.has(head) || UNNAMED_HEADS.has(head)) return true;
  // A name anywhere in the phrase: "Sen. Ann Ray (D-Ohio)", "the Cruz campaign", "Beruff, a Scott ally".
  for (let k = source.first; k < source.last; k++) {
    const w = doc.tokens.lower[k];
    if (isCapitalised(doc, k) && !(k === source.first && (DETERMINERS.has(w) || QUANTIFIER_SOURCES.has(w)))) return true;
  }
  return false;
}

const NOT_HEADS = new Set(["gonna", "wanna", "cannot", "let", "kept", "keep", "keeps"]);
const MAX_COLON_SOURCE_TOKENS = 5;
const MAX_TURN_SENTENCES = 12;

const NOT_COLON_SOURCES = new Set(["q", "a", "contributing", "remember", "previously", "name", "email", "e-mail", "contact", "credit", "photo", "caption", "location", "date", "time", "title", "subject", "total", "result", "results", "summary", "why", "what", "how", "when", "where", "who", "the", "an", "correction", "clarification", "update", "note", "source", "sources", "question", "answer", "editor", "editors", "warning", "watch", "read", "related", "photo", "video", "update", "breaking", "exclusive", "analysis", "opinion", "background", "byline", "twitter", "facebook", "instagram", "telegram", "wow", "bombshell", "revealed", "leaked", "follow", "tags", "topics", "image", "photos", "see", "more", "look", "boom", "busted", "hey", "so", "plus", "just", "also", "yes", "no", "well", "notice"]);
const COLON_LABEL_HEADS = new Set(["update", "notice", "alert", "recap", "roundup", "briefing"]);
const HEADLINE_LINKS = new Set(["of", "over", "on", "in", "to", "for", "with", "and", "or", "at", "by", "from", "is", "are", "goes", "gets"]);

/** A colon speaker is a known actor, a transcript speaker in capitals, or a short name. */
function colonSourceFits(ctx: Context, a: number, c: number): boolean {
  const { doc } = ctx;
  const lower = doc.tokens.lower;
  // "Said Ray: ..." opens with its cue (claim/opening-cue).
  // ("Delegate Update:", "Paid Notice:": a label ending the phrase.)
  if (NOT_COLON_SOURCES.has(lower[a]) || INVERTING_VERBS.has(lower[a]) || COLON_LABEL_HEADS.has(lower[c - 1])) return false;
  const start = doc.tokens.start[a];
  const end = doc.tokens.end[c - 1];
  if (ctx.entities.some((e) => e.start >= start && e.end <= end && e.type !== "NORP")) return true;
  if (c - a > 3) return false;
  for (let k = a; k < c; k++) if (HEADLINE_LINKS.has(lower[k])) return false;
  return true;
}

/** A headline or transcript line "Pat Caddell: Democrat voters worried ...", "PENCE: Well, ...". */
function colonClaim(ctx: Context, s: number): ClaimDraft | null {
  const { doc } = ctx;
  const first = doc.sentenceFirst[s];
  const last = doc.sentenceLast[s];
  const a = skipQuotes(doc, first, last);
  let c = a;
  while (c < last && c - a < MAX_COLON_SOURCE_TOKENS && (isCapitalised(doc, c) || doc.tokens.lower[c] === "." || doc.tokens.lower[c] === "'s") && doc.tokens.lower[c] !== ":") c++;
  if (c === a || c >= last || doc.tokens.lower[c] !== ":" || c + 1 >= last) return null;
  if (PRONOUNS.has(doc.tokens.lower[a]) || !colonSourceFits(ctx, a, c)) return null;
  const content = contentAfter(doc, s, c + 1, last);
  // "Clinton: 547": a tally line, not a claim.
  if (!content || (content.last - content.first === 1 && doc.tokens.kind[content.first] === TokenKind.Number)) return null;
  // "Iowa: Tim Albrecht, Brad Anderson, Rob Barron": a list of names under a heading, no statement.
  if (nameList(doc, c + 1, last)) return null;
  // A transcript turn ("PENCE: Well, ... . But ...") runs to the end of its paragraph.
  if (content.last >= trimTrailing(doc, content.first, last)) {
    for (let s2 = s + 1; s2 < doc.sentences.length && s2 <= s + MAX_TURN_SENTENCES; s2++) {
      const f2 = doc.sentenceFirst[s2];
      if (doc.tokens.breakBefore[f2] >= 2) break;
      content.last = trimTrailing(doc, content.first, doc.sentenceLast[s2]);
    }
  }
  return { sentence: s, cue: { first: c, last: c + 1 }, verb: null, source: { first: a, last: c }, sourceSpan: null, antecedent: null, content, channel: null, rule: "claim/colon" };
}

const MIN_LISTED_NAMES = 3;

/** Whether [a, last) lists names: capitalised words split by commas, at least three, with no lower-case word but "and". */
function nameList(doc: Doc, a: number, last: number): boolean {
  let names = 1;
  for (let k = a; k < last; k++) {
    const w = doc.tokens.lower[k];
    if (w === ",") names++;
    else if (doc.tokens.kind[k] === TokenKind.Word && !isCapitalised(doc, k) && w !== "and") return false;
  }
  return names >= MIN_LISTED_NAMES;
}

const MAX_COLON_NAME_TOKENS = 4;
const NAME_LINKS = new Set(["of", "to", "with", "about", "on", "for", "from", "at", "in"]);

/** A colon inside a sentence between a capitalised name and an opening quotation. */
function colonQuoteClaim(ctx: Context, s: number, c: number): ClaimDraft | null {
  const { doc } = ctx;
  const lower = doc.tokens.lower;
  const first = doc.sentenceFirst[s];
  const last = doc.sentenceLast[s];
  if (c + 1 >= doc.tokens.count || !isDoubleQuote(doc, c + 1) || !quoteOpens(doc, c + 1)) return null;
  let a = c;
  while (a - 1 >= first && c - a < MAX_COLON_NAME_TOKENS && (isCapitalised(doc, a - 1) || doc.tokens.kind[a - 1] === TokenKind.Abbrev) && !isQuote(doc, a - 1)) a--;
  if (a === c || (a === skipQuotes(doc, first, c) && colonClaim(ctx, s) !== null)) return null;
  // "told Fox News: ...", "wrote of Ms. Ray: ...": a recipient or a topic, not the speaker (a byline "by Jo Ray:" is one).
  if (a - 1 >= first && (VERB_CUES.has(lower[a - 1]) || NAME_LINKS.has(lower[a - 1]))) return null;
  if (c - a === MAX_COLON_NAME_TOKENS && a - 1 >= first && isCapitalised(doc, a - 1)) return null;
  for (let k = a; k < c; k++) if (VERB_CUES.has(lower[k]) || NOT_COLON_SOURCES.has(lower[k]) || HEADLINE_LINKS.has(lower[k])) return null;
  const start = doc.tokens.start[a];
  const end = doc.tokens.end[c - 1];
  // The name is a person or organisation the entity layer knows, or two or more capitalised words.
  if (!ctx.entities.some((e) => e.start >= start && e.end <= end && e.type !== "NORP" && e.type !== "GPE") && c - a < 2) return null;
  const content = contentAfter(doc, s, c + 1, last);
  if (!content) return null;
  return { sentence: s, cue: { first: c, last: c + 1 }, verb: null, source: { first: a, last: c }, sourceSpan: null, antecedent: null, content, channel: null, rule: "claim/colon-quote" };
}

const MAX_COLON_PREDICATE = 12;

/**
 * "Trump went even further: \"...\"", "Rubio tweeted in response: \"...\"": a clause whose
 * predicate ends in a colon before a quotation; its subject speaks, and the predicate is the cue.
 */
function subjectColonQuote(ctx: Context, s: number, c: number): ClaimDraft | null {
  const { doc } = ctx;
  const lower = doc.tokens.lower;
  const last = doc.sentenceLast[s];
  if (c + 2 >= last || !isDoubleQuote(doc, c + 1) || !quoteOpens(doc, c + 1)) return null;
  const subject = sentenceSubject(ctx, s, c);
  if (!subject) return null;
  let v = c - 1;
  while (v > doc.sentenceFirst[s] && doc.tokens.start[v - 1] >= subject.end) v--;
  // The predicate: a verb right after the subject, a short phrase with no clause or quotation of its own.
  if (doc.tokens.start[v] < subject.end || !speakerHead(doc, { first: v - 1, last: v }) || c - v > MAX_COLON_PREDICATE || NUMBER_WORDS.has(lower[v - 1]) || !(pastTense(doc, v) || (VERB_CUES.has(lower[v]) && !NOUN_FORMS.has(lower[v])) || FINITE.has(lower[v]))) return null;
  for (let k = v; k < c; k++) if (isQuote(doc, k) || TERMINALS.has(lower[k]) || CLAUSE_STARTS.has(lower[k])) return null;
  const content = contentAfter(doc, s, c + 1, last);
  if (!content) return null;
  return { sentence: s, cue: { first: v, last: c + 1 }, verb: null, source: null, sourceSpan: subject, antecedent: null, content, channel: null, rule: "claim/colon-predicate" };
}

const OWNER_PRONOUNS = new Set(["his", "her", "its", "their"]);
const MAX_OWNER_TOKENS = 5;
const MAX_OWNER_MODIFIERS = 2;
const MAX_NOMINAL_OBJECT = 24;
/** Words that end the object of a reporting noun: a new clause, a setting, a contrast. */
const OBJECT_STOPS = new Set(["that", "which", "who", "whom", "whose", "because", "while", "when", "as", "since", "if", "although", "though", "amid", "despite", "during", "after", "before", "than", "until", "unless", "whereas"]);

/**
 * The owner of a reporting noun at `t`: a possessive pronoun or a name with "'s", up to two plain
 * modifiers before the noun ("his", "Kyiv's latest", "Trump's by-now-familiar"), or null.
 */
function ownerBefore(doc: Doc, t: number, first: number): Range | null {
  const lower = doc.tokens.lower;
  for (let k = t - 1; k >= first && t - 1 - k <= MAX_OWNER_MODIFIERS; k--) {
    const w = lower[k];
    if (OWNER_PRONOUNS.has(w)) return { first: k, last: k + 1 };
    if (isPossessive(w)) {
      // The owner is a name ("Moscow's", "the President's", "Team Zelenskiy's"), not the clause before it.
      let o = k;
      while (o > first && k - o < MAX_OWNER_TOKENS && (isCapitalised(doc, o - 1) || doc.tokens.kind[o - 1] === TokenKind.Abbrev)) o--;
      // ("the governor's refusal": an unnamed head after "the" owns it too.)
      if (o === k && k - 2 >= first && UNNAMED_HEADS.has(lower[k - 1]) && lower[k - 2] === "the") o = k - 2;
      else if (o > first && lower[o - 1] === "the") o--;
      return o < k ? { first: o, last: k + 1 } : null;
    }
    // Only plain modifiers stand between ("latest", "2007", "long"), never a verb or a clause word.
    const plain = (doc.tokens.kind[k] === TokenKind.Word && !isCapitalised(doc, k)) || doc.tokens.kind[k] === TokenKind.Number;
    if (!plain || k === t - 1 - MAX_OWNER_MODIFIERS || CLAUSE_OPENERS.has(w) || DETERMINERS.has(w) || FINITE.has(w) || VERB_CUES.has(w) || PRONOUNS.has(w)) return null;
  }
  return null;
}

/**
 * "Moscow's claim that its troops ...", "his warning that ...": a reporting noun owned by a name or
 * a possessive pronoun, with a that-clause after it. The owner is the source ("Moscow's"). A noun
 * that takes an object ("his support for the bill", "Kyiv's call for talks", "her refusal to
 * endorse him") reports that object, with its preposition in the cue.
 */
function nominalClaim(ctx: Context, s: number, t: number): ClaimDraft | null {
  const { doc } = ctx;
  const lower = doc.tokens.lower;
  const first = doc.sentenceFirst[s];
  const last = doc.sentenceLast[s];
  const noun = NOUN_CUES.get(lower[t])!;
  if (t + 2 >= last) return null;
  const that = lower[t + 1] === "that";
  if (!that && !noun.prepositions.includes(lower[t + 1])) return null;
  const source = ownerBefore(doc, t, first);
  if (!source) return null;
  if (!that) return nominalObject(ctx, s, t, noun, source);
  // As a subject ("Moscow's claim that ... was false") the clause's end is unknown: only an object or
  // a prepositional phrase ("rejected Moscow's claim that ...", "amid his warning that ...") is taken.
  if (source.first === skipQuotes(doc, first, source.first)) return null;
  const content = contentAfter(doc, s, t + 1, last);
  // "the claim that he made": a relative clause has no subject and verb of its own after "that".
  if (!content || !(bareClause(doc, { first: t + 2, last: content.last }) || nounClauseAt(doc, t + 2, content.last))) return null;
  return { sentence: s, cue: { first: t, last: t + 1 }, verb: noun, source, sourceSpan: null, antecedent: null, content, channel: null, rule: "claim/nominal" };
}

/**
 * "Moscow's claim that the drones came from Ukraine": after a reporting noun's "that", a noun
 * phrase (an article or a name) and a past or present verb make a clause, whatever follows the verb.
 * ("the claim that was made" has no subject; "the claim that the ministry made" has one, as the
 * relative clause does, and is taken too: the noun's owner still claims it.)
 */
function nounClauseAt(doc: Doc, a: number, last: number): boolean {
  const lower = doc.tokens.lower;
  if (a >= last || !(SUBJECT_DETERMINERS.has(lower[a]) || (isCapitalised(doc, a) && doc.tokens.kind[a] === TokenKind.Word))) return false;
  for (let k = a + 1; k < last && k <= a + SUBJECT_WINDOW; k++) {
    if (isPunct(doc, k) || isQuote(doc, k) || CLAUSE_STARTS.has(lower[k])) return false;
    if (DETERMINERS.has(lower[k - 1]) || SUBJECT_DETERMINERS.has(lower[k - 1])) continue;
    if (pastTense(doc, k) || presentVerb(doc, k)) return k + 1 < last;
  }
  return false;
}

/** The object of an owned reporting noun: "support for [the bill]", "refusal [to endorse him]". */
function nominalObject(ctx: Context, s: number, t: number, noun: VerbCue, source: Range): ClaimDraft | null {
  const { doc } = ctx;
  const lower = doc.tokens.lower;
  const last = doc.sentenceLast[s];
  const infinitive = lower[t + 1] === "to" && doc.tokens.kind[t + 2] === TokenKind.Word && !isCapitalised(doc, t + 2) && !DETERMINERS.has(lower[t + 2]) && !SUBJECT_DETERMINERS.has(lower[t + 2]);
  // "his refusal to comment" is a non-answer, as the verb is.
  if (infinitive && noun.kind === "refusal" && NON_ANSWERS.has(lower[t + 2])) return null;
  const a = infinitive ? t + 1 : t + 2;
  let open = 0;
  let k = a;
  for (; k < last && k - a < MAX_NOMINAL_OBJECT; k++) {
    const w = lower[k];
    if (isDoubleQuote(doc, k)) {
      open += quoteOpens(doc, k) ? 1 : -1;
      if (open < 0) break;
      continue;
    }
    if (open > 0) continue;
    if (isPunct(doc, k) && w !== "-" && w !== "%" && !isPossessive(w)) break;
    if (k === a) continue;
    // The object ends before a clause, a time, or the verb of the sentence it is the subject of.
    if (OBJECT_STOPS.has(w) || (FINITE.has(w) && !isPossessive(w)) || pastTense(doc, k) || timeAt(ctx, k) >= 0) break;
    if ((w === "and" || w === "but") && k + 1 < last && (FINITE.has(lower[k + 1]) || pastTense(doc, k + 1))) break;
  }
  const end = trimTrailing(doc, a, k);
  if (end <= a || emptyContent(doc, { first: a, last: end })) return null;
  return { sentence: s, cue: { first: t, last: infinitive ? t + 1 : t + 2 }, verb: noun, source, sourceSpan: null, antecedent: null, content: { first: a, last: end }, channel: null, rule: "claim/nominal-object" };
}

function isPossessive(w: string): boolean {
  return w === "'s" || w === "\u2019s";
}

/** "..., Smirnov said, AFP reported.": a short name and a reporting verb closing the sentence. */
function isRelay(doc: Doc, r: Range): boolean {
  const lower = doc.tokens.lower;
  return r.last - r.first <= 5 && VERB_CUES.has(lower[r.last - 1]) && isCapitalised(doc, r.first);
}

const RELATIVE_OPENERS = new Set(["which", "who", "whose", "whom", "where"]);

/** Prepositions that end a source phrase's head ("attacks by ...", "officials in ..."). */
const HEAD_ENDS = new Set(["by", "of", "for", "in", "at", "on", "from", "against", "with", "close", "near", "over", "about"]);

/** "according to X", "citing X": the source follows the cue and the content is the rest of the clause. */
function accordingTo(ctx: Context, s: number, t: number, cueEnd: number, needsSourceNoun: boolean): ClaimDraft | null {
  const { doc } = ctx;
  const lower = doc.tokens.lower;
  const last = doc.sentenceLast[s];
  // "according to early results of the exit poll conducted by ... for ...": a long source runs to the comma.
  const src = sourceAfter(doc, cueEnd, last, MAX_ACCORDING_SOURCE_TOKENS);
  if (!src) return null;
  // "according to an official who spoke on condition of anonymity": the relative clause describes the source.
  if (src.last < last && lower[src.last] === "who" && lower[t] !== "in") {
    let e = src.last + 1;
    while (e < last && e - src.first < MAX_ACCORDING_SOURCE_TOKENS && !isPunct(doc, e) && !isQuote(doc, e)) e++;
    if (e - src.first < MAX_ACCORDING_SOURCE_TOKENS && (e >= last || lower[e] === "," || TERMINALS.has(lower[e]))) src.last = e;
  }
  if (needsSourceNoun) {
    // The phrase's head stands before its first preposition: "continued attacks by Ukrainian forces"
    // is about attacks, no source; "officials in Kursk", "a spokesman for the army" are sources.
    let end = src.first + 1;
    while (end < src.last && !HEAD_ENDS.has(lower[end])) end++;
    const head = lower[end - 1];
    const named = ctx.entities.some((e) => e.start >= doc.tokens.start[src.first] && e.end <= doc.tokens.end[src.last - 1] && (e.type === "ORG" || e.type === "PERSON"));
    if (!UNNAMED_HEADS.has(head) && !named) return null;
  }
  const content = phraseContent(ctx, s, t, src);
  if (!content) return null;
  return { sentence: s, cue: { first: t, last: cueEnd }, verb: null, source: src, sourceSpan: null, antecedent: null, content, channel: null, rule: "claim/according-to" };
}

/**
 * What a phrase naming its source reports ("according to X", "in X's view"), the phrase starting
 * at `t` and its source `src` ending it: the clause after it when the phrase opens the sentence,
 * else the clause before it (or the longer clause after it, past a comma).
 */
function phraseContent(ctx: Context, s: number, t: number, src: Range): Range | null {
  const { doc } = ctx;
  const lower = doc.tokens.lower;
  const first = doc.sentenceFirst[s];
  const last = doc.sentenceLast[s];
  let content: Range | null;
  const leading = skipQuotes(doc, first, last);
  if (t <= leading + 1 && (t === leading || lower[leading] === "but" || lower[leading] === "and")) {
    let a = src.last;
    if (a < last && lower[a] === ",") a++;
    content = contentAfter(doc, s, a, last);
  } else {
    let b = t;
    if (b - 1 > first && lower[b - 1] === ",") b--;
    const from = afterConnective(doc, first, b);
    content = b > from ? { first: from, last: trimTrailing(doc, from, b) } : null;
    // Content that continues after the source: "X, according to Y, is ..." keeps the longer side.
    // (", which showed a photo": a relative clause describes the source and is no content.)
    if (src.last + 1 < last && lower[src.last] === "," && !RELATIVE_OPENERS.has(lower[src.last + 1])) {
      let rest = contentAfter(doc, s, src.last + 1, last);
      // "The agency, citing military sources, reported that ...": what the main verb reports.
      const verb = rest && !isCapitalised(doc, rest.first) ? VERB_CUES.get(lower[rest.first]) : undefined;
      if (rest && verb) {
        const at = skipToContent(ctx, rest.first + 1, last, verb).at;
        rest = at < rest.last ? { first: at, last: rest.last } : null;
      }
      // ("X leads, according to Y, although ...": a contrast after the source is not what the source says.)
      const contrast = rest !== null && (SUBORDINATORS.has(lower[rest.first]) || CONTENT_ENDERS.has(lower[rest.first]) || CONTENT_BREAKERS.has(lower[rest.first]));
      if (rest && !contrast && (!content || rest.last - rest.first > content.last - content.first)) content = rest;
    }
  }
  return content && content.last > content.first ? content : null;
}

/** Nouns of a held or stated view that name their holder before them: "in Kovac's view", "in her words". */
const VIEW_NOUNS = new Set(["view", "opinion", "words", "estimation", "telling", "judgment", "judgement", "assessment", "reckoning"]);

/**
 * "In Kovac's view, the dam will hold", "the plan, in her words, is dead": the owner of a view
 * noun after "in" holds what the clause says. The noun is the cue, the owner (with its "'s") the source.
 */
function viewClaim(ctx: Context, s: number, t: number): ClaimDraft | null {
  const { doc } = ctx;
  const lower = doc.tokens.lower;
  const last = doc.sentenceLast[s];
  let n = t + 1;
  while (n < last && n - t <= MAX_OWNER_TOKENS + 1 && !VIEW_NOUNS.has(lower[n])) n++;
  if (n >= last || !VIEW_NOUNS.has(lower[n]) || n === t + 1) return null;
  // ("in his view" and "in Kovac's view", never "in the view of" (a phrase cue) or "in full view").
  const source = ownerBefore(doc, n, t + 1);
  if (!source || source.first !== t + 1 || source.last !== n) return null;
  // The phrase stands apart: it opens the sentence or follows a comma, and a comma or the sentence's end follows the noun.
  const first = doc.sentenceFirst[s];
  if (t !== skipQuotes(doc, first, t) && lower[t - 1] !== "," && !isDash(doc, t - 1)) return null;
  if (n + 1 < last && lower[n + 1] !== "," && !isDash(doc, n + 1) && !TERMINALS.has(lower[n + 1])) return null;
  const content = phraseContent(ctx, s, t, { first: source.first, last: n + 1 });
  if (!content) return null;
  return { sentence: s, cue: { first: n, last: n + 1 }, verb: null, source, sourceSpan: null, antecedent: null, content, channel: null, rule: "claim/view" };
}
