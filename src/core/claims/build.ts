// Turns claim drafts (token ranges) into contract claims: the source typed and resolved, the claim
// time, channel, polarity and hedges attached.
import type { Context } from "../context.js";
import { sentenceAt, wordGates, type Doc } from "../document.js";
import { WORD_GATES } from "../segment/word-gates.js";
import type { Claim, ClaimSource, Entity, Hedge, Span, TextSpan, UnnamedKind } from "../types.js";
import { HEARSAY, HEDGES_BY_FIRST, NEGATIVE_OPENERS, PRONOUNS, UNNAMED_HEADS, type HedgePattern, type VerbCue } from "./lexicon.js";
import { PATRON, RULER } from "../entities/hyphen-owners.js";
import { matchesAt, type ChannelMatch, type Range } from "./phrases.js";

export interface ClaimDraft {
  sentence: number;
  cue: Range;
  verb: VerbCue | null;
  /** Token range of the source phrase, or null when `sourceSpan` points elsewhere. */
  source: Range | null;
  sourceSpan: Span | null;
  /** A relative pronoun source ("who said") stands for this phrase before it. */
  antecedent: Range | null;
  content: Range;
  channel: ChannelMatch | null;
  rule: string;
}

/**
 * The kind of an unnamed head. An "agency" is a news agency only as one ("news agency", "press
 * agency"); a civil defence, intelligence or U.N. agency is an official body.
 */
function headKind(head: string, words: readonly string[]): UnnamedKind | undefined {
  if (head === "agency" || head === "agencies") {
    const before = words[words.length - 2];
    return before === "news" || before === "press" || before === "wire" ? "media" : "official";
  }
  return UNNAMED_HEADS.get(head);
}

/** Words after an unnamed head that open its modifier ("officials in Kursk", "aides to Zelenskiy", "sources close to the talks"). */
const PLACE_PREPOSITIONS = new Set(["in", "at", "from", "to", "for", "with", "by", "close", "familiar"]);

/** A participle of reporting and "by" inside a source phrase: the reporter follows, not the speaker ("released by" keeps its agent). */
const PASSIVE_AGENT = /\s+(?:interviewed|quoted|cited|contacted|reached|polled|surveyed|questioned|asked|consulted)\s+by\s/;

/** Possessives that make a document speak for its author ("its latest assessment", "his statement"). */
const POSSESSIVES = new Map<string, "person" | "thing" | "plural">([["its", "thing"], ["his", "person"], ["her", "person"], ["their", "plural"]]);

/** Nominal heads that refer back to a named actor met earlier ("the governor", "the ministry"). */
const NOMINAL_PERSON = new Set(["governor", "president", "minister", "official", "spokesman", "spokeswoman", "commander", "general", "leader", "mayor", "blogger", "chief", "ambassador"]);
const NOMINAL_ORG = new Set(["ministry", "agency", "military", "army", "government", "service", "department", "company", "group", "kremlin", "institute", "guard", "commission", "committee", "council", "court", "office", "authority"]);

function textSpan(doc: Doc, start: number, end: number): TextSpan {
  return { start, end, text: doc.text.slice(start, end) };
}

function rangeSpan(doc: Doc, r: Range): TextSpan {
  return textSpan(doc, doc.tokens.start[r.first], doc.tokens.end[r.last - 1]);
}

interface EntityIndex {
  /** Entities by start offset. */
  sorted: Entity[];
  /** Actors named by a PERSON mention. */
  persons: Set<string>;
}

/** Per document: entities sorted by start (for range look-ups) and the person actors. */
const entityIndexes = new WeakMap<Context, EntityIndex>();

function entityIndex(ctx: Context): EntityIndex {
  let index = entityIndexes.get(ctx);
  if (!index) {
    const sorted = [...ctx.entities].sort((a, b) => a.start - b.start || a.end - b.end);
    const persons = new Set<string>();
    for (const e of ctx.entities) if (e.type === "PERSON" && e.actor) persons.add(e.actor);
    index = { sorted, persons };
    entityIndexes.set(ctx, index);
  }
  return index;
}

function entitiesIn(ctx: Context, span: Span): Entity[] {
  const { sorted } = entityIndex(ctx);
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid].start < span.start) lo = mid + 1;
    else hi = mid;
  }
  const out: Entity[] = [];
  for (let i = lo; i < sorted.length && sorted[i].start < span.end; i++) if (sorted[i].end <= span.end) out.push(sorted[i]);
  return out;
}

/** The last of `list` (from the end) that passes `test`, without copying. */
/**
 * The last of `list` that passes `test`, among its last `reach` items: a speaker is looked for
 * among the recent claims only, so that a file of thousands of pronoun claims stays linear.
 */
function findLast<T>(list: readonly T[], test: (x: T) => boolean, reach = MAX_SPEAKER_LOOKBACK): T | undefined {
  for (let i = list.length - 1; i >= 0 && i >= list.length - reach; i--) if (test(list[i])) return list[i];
  return undefined;
}

/** Claims back that a pronoun's speaker is looked for in (an article's worth of speakers). */
const MAX_SPEAKER_LOOKBACK = 64;

export function buildClaims(ctx: Context, drafts: ClaimDraft[]): Claim[] {
  const { doc } = ctx;
  drafts.sort((a, b) => a.content.first - b.content.first);
  const claims: Claim[] = [];
  const hedges = findHedges(doc);
  const seenCues = new Set<number>();
  for (const draft of drafts) {
    // One claim per cue, except a quotation carried on from the claim that introduced it.
    if (draft.rule !== "claim/quote-continuation" && draft.rule !== "claim/resumed-quote" && draft.rule !== "claim/resumed-clause") {
      if (seenCues.has(draft.cue.first)) continue;
      seenCues.add(draft.cue.first);
    }
    const span = draft.source ? rangeSpan(doc, draft.source) : textSpan(doc, draft.sourceSpan!.start, draft.sourceSpan!.end);
    const source = draft.antecedent ? relativeSource(ctx, span, rangeSpan(doc, draft.antecedent), claims) : resolveSource(ctx, span, claims);
    const cue = rangeSpan(doc, draft.cue);
    const content = rangeSpan(doc, draft.content);
    const sentence = doc.sentences[draft.sentence];
    claims.push({
      id: `c${claims.length + 1}`,
      source,
      cue,
      content,
      time: claimTime(ctx, sentence, span, cue, content),
      channel: draft.channel ? { ...rangeSpan(doc, { first: draft.channel.first, last: draft.channel.last }), kind: draft.channel.kind } : null,
      polarity: draft.verb?.asks && isQuestion(doc, draft.content) ? "question" : draft.verb?.polarity ?? "assert",
      kind: draft.verb?.kind ?? "speech",
      hedges: hedgesFor(ctx, draft, span, cue, hedges),
      parent: null,
      sentence: draft.sentence,
      rule: draft.rule,
    });
  }
  addUnverifiedHedges(ctx, claims, hedges);
  return claims;
}

const QUESTION_OPENERS = new Set(["whether", "if", "how", "what", "why", "who", "whom", "when", "where", "which"]);

/** A content that asks: it opens with "whether" or a question word, or a question mark closes it. */
function isQuestion(doc: Doc, r: Range): boolean {
  const lower = doc.tokens.lower;
  if (QUESTION_OPENERS.has(lower[r.first])) return true;
  // The mark just inside a closing quote ('"Who pays?"') or just after the content.
  for (let k = Math.max(r.first, r.last - 2); k < doc.tokens.count && k <= r.last + 1; k++) if (lower[k] === "?") return true;
  return false;
}

/** A source with a fixed shape (object spread here was the layer's slowest line). */
function sourceOf(span: Span & { text: string }, actor: string | null, unnamed: UnnamedKind | null, affiliation: string | null, resolvedFrom: TextSpan | null = null): ClaimSource {
  return { start: span.start, end: span.end, text: span.text, actor, unnamed, affiliation, resolved_from: resolvedFrom };
}

/** "who" in "Petrov, who said ...": the source is the pronoun, resolved to the phrase it stands for. */
function relativeSource(ctx: Context, span: TextSpan, antecedent: TextSpan, earlier: Claim[]): ClaimSource {
  const resolved = resolveSource(ctx, antecedent, earlier);
  return sourceOf(span, resolved.actor, resolved.unnamed, resolved.affiliation, resolved.resolved_from ?? antecedent);
}

/** The institutions a title may belong to without naming its country ("a military spokesman"). */
const INSTITUTIONS = new Set(["government", "military", "army", "ministry", "police", "presidency", "navy", "cabinet"]);
/** Words before an institution that do not tell one institution from another ("a senior military spokesman"). */
const QUALIFIER_FILLERS = new Set(["the", "a", "an", "its", "their", "senior", "top", "chief", "deputy", "news", "state", "spokesman", "spokeswoman", "spokesperson", "official", "officials", "source", "sources"]);
/** How many sentences back a spokesman's institution is looked for. */
const INSTITUTION_REACH = 2;

function resolveSource(ctx: Context, span: TextSpan, earlier: Claim[]): ClaimSource {
  const source = resolveSourceAlone(ctx, span, earlier);
  return source.affiliation === null ? withOwnersAffiliation(ctx, source, earlier) : source;
}

/**
 * "The Sudanese army said ... Its spokesman, Nabil Abdallah, said", "Congo's government said ...
 * Government spokesman Patrick Muyaya told", "The Israeli military said ... A military spokesman
 * said": a speaker for "its" body, or for an institution named without its country, takes the
 * side of the claim just before that names it.
 */
function withOwnersAffiliation(ctx: Context, source: ClaimSource, earlier: Claim[]): ClaimSource {
  const words = source.text.toLowerCase().split(/[\s,]+/);
  const its = words[0] === "its" || words[0] === "their";
  const at = words.slice(0, 4).findIndex((w) => INSTITUTIONS.has(w));
  const institution = at >= 0 ? words[at] : undefined;
  if (!its && !institution) return source;
  // "the interior ministry" is not the defence ministry named before: its qualifiers must be there too.
  const qualifiers = words.slice(0, Math.max(at, 0));
  const sentence = sentenceAt(ctx.doc, source.start);
  // Claims come in text order: walk back only over the sentences within reach.
  for (let i = earlier.length - 1; i >= 0 && earlier[i]!.sentence >= sentence - INSTITUTION_REACH; i--) {
    const c = earlier[i]!;
    if (c.source.affiliation === null || c.source.start >= source.start) continue;
    // "its" owns a body, not a person.
    const earlierText = c.source.text.toLowerCase();
    const owns = institution ? earlierText.includes(institution) && qualifiersIn(qualifiers, earlierText) : !ctx.entities.some((e) => e.type === "PERSON" && e.start >= c.source.start && e.end <= c.source.end);
    if (owns) return { ...source, affiliation: c.source.affiliation };
  }
  return source;
}

function resolveSourceAlone(ctx: Context, span: TextSpan, earlier: Claim[]): ClaimSource {
  // Only a one-word source can be an adverb or a pronoun; longer ones skip lower-casing for those
  // look-ups (lower-casing never shortens a text).
  const lowerText = span.text.length <= MAX_ONE_WORD_SOURCE ? span.text.toLowerCase() : "";
  const base = sourceOf(span, null, null, null);
  // The phrase before any comma, as written.
  const commaAt = span.text.indexOf(",");
  const beforeComma = (commaAt < 0 ? span.text : span.text.slice(0, commaAt)).trim();
  // "reportedly": the adverb stands for the reports it passes on.
  const hearsay = HEARSAY.get(lowerText);
  if (hearsay) return sourceOf(base, null, hearsay, null);
  // ("his" alone owns a reporting noun: "his warning that ...".)
  const pronoun = PRONOUNS.get(lowerText) ?? POSSESSIVES.get(lowerText) ?? ownerPossessive(beforeComma);
  // "he said", and "according to its latest assessment": the speaker behind the pronoun.
  if (pronoun) return resolvePronoun(ctx, base, pronoun, earlier);
  // "Residents interviewed by the BBC", "analysts quoted by the paper": the reporter is not the
  // speaker; the words before the participle are resolved.
  const agent = PASSIVE_AGENT.exec(span.text);
  if (agent && agent.index > 0) {
    const head = resolveSource(ctx, textSpan(ctx.doc, span.start, span.start + agent.index), earlier);
    return sourceOf(base, head.actor, head.unnamed, head.affiliation, head.resolved_from ?? null);
  }
  const inside = entitiesIn(ctx, span);
  // In "A senior diplomat, who asked not to be named" the head is the phrase before the comma.
  // ... and "an American official who was briefed" heads before its relative clause.
  const relative = RELATIVE_CLAUSE.exec(beforeComma);
  const headPhrase = relative ? beforeComma.slice(0, relative.index) : beforeComma;
  const rawWords = headPhrase.split(/\s+/);
  // (Lower-casing never adds or removes blanks, so the words line up with rawWords.)
  const allWords = headPhrase.toLowerCase().split(/\s+/);
  // "officials in Kursk": the head stands before a place phrase.
  // A capitalised head is part of a name ("the Institute for the Study of War"), not an unnamed head.
  const placeAt = allWords.findIndex((w, i) => i > 0 && PLACE_PREPOSITIONS.has(w) && UNNAMED_HEADS.has(allWords[i - 1]) && !(i - 1 > 0 && /^[A-Z]/.test(rawWords[i - 1] ?? "")));
  const words = placeAt > 0 ? allWords.slice(0, placeAt) : allWords;
  const head = words[words.length - 1].replace(/^['"\u201c]|['"\u201d]$/g, "");
  // "Some say ...", "others believe ...": people, unnamed.
  if (words.length === 1 && /^(some|others|many|most|few|several|both)$/.test(head)) return sourceOf(base, null, "people", null);
  // "six in 10", "42%", "30 percent": a poll share speaks for the people polled.
  if (/^(\d[\d,.]*%?|%|percent)$/.test(head) && words.length <= 6) return sourceOf(base, null, "people", null);
  // In "Peter Moran, a lawyer for the Red Cross" the name before the comma is the speaker.
  const firstPart = commaAt > 0 ? inside.filter((e) => e.end <= span.start + commaAt) : inside;
  // A name after "in" or "at" locates the speaker ("The U.S. Embassy in Kyiv", "Rambam Hospital in Haifa").
  const located = (e: Entity): boolean => LOCATED_BEFORE.test(span.text.slice(0, e.start - span.start));
  const pick = (list: Entity[]): Entity | undefined =>
    findLast(list, (e) => e.type !== "NORP" && e.actor !== null && !located(e)) ?? findLast(list, (e) => e.type !== "NORP" && e.actor !== null);
  const nameFirst = commaAt > 0 && /[A-Z]\S*$/.test(beforeComma);
  const named = placeAt > 0 ? undefined : nameFirst ? pick(firstPart) : pick(inside);
  // A named actor heads the phrase ("Russia's National Guard", "Ukrainian President Volodymyr Zelenskiy"),
  // or all of it before an apposition ("The Arakan Army, one of the strongest armed groups").
  const headEnd = span.start + (commaAt < 0 ? span.text.length : span.text.slice(0, commaAt).trimEnd().length);
  if (named && (named.end === span.end || named.end === headEnd || !UNNAMED_HEADS.has(head))) {
    return sourceOf(base, named.actor, null, named.affiliation ?? titleOwner(inside, span, named));
  }
  // The side of an actor or a place named inside the phrase ("officials in Kursk" -> RU); "the
  // Hamas-run health ministry" speaks for Hamas, "the Iran-backed group" not for Iran.
  const patron = PATRON.exec(span.text);
  const patronEnd = patron ? span.start + patron.index + patron[0].length : -1;
  const ownSide = (at: number): boolean => !patron || at < span.start + patron.index || at >= patronEnd;
  const affiliation =
    runBy(ctx, span.text) ?? inside.find((e) => e.affiliation && ownSide(e.start))?.affiliation ?? ctx.places.find((p) => p.start >= span.start && p.end <= span.end && p.country && ownSide(p.start))?.country ?? null;
  // "the governor", "the ministry": a nominal that refers back to a named actor.
  if (words.length <= 3 && words[0] === "the" && (NOMINAL_PERSON.has(head) || NOMINAL_ORG.has(head))) {
    const antecedent = lastEntityBefore(ctx, span.start, NOMINAL_PERSON.has(head) ? ["PERSON"] : ["ORG", "GPE"], head);
    // A body's qualifier tells it apart ("the interior ministry" is not "the defence ministry"); a
    // person's title words rarely are in the name ("the former president").
    if (antecedent && (NOMINAL_PERSON.has(head) || qualifiersIn(words.slice(1, -1), `${antecedent.text} ${antecedent.actor ?? ""}`))) return sourceOf(base, antecedent.actor, null, antecedent.affiliation, mention(antecedent));
  }
  const unnamed = headKind(head, words);
  if (unnamed && words[0] === "the" && affiliation === null) {
    // "the officials" after "Russian officials said": the same unnamed source, with its affiliation.
    const stem = (w: string): string => w.replace(/s$/, "");
    const stemmed = stem(head);
    const qualifiers = words.slice(1, -1);
    const same = findLast(earlier, (c) => c.source.unnamed === unnamed && c.source.affiliation !== null && stem(lastWordBeforeComma(c.source.text)) === stemmed && qualifiersIn(qualifiers, c.source.text));
    if (same) return sourceOf(base, null, unnamed, same.source.affiliation, { start: same.source.start, end: same.source.end, text: same.source.text });
  }
  if (unnamed) return sourceOf(base, null, unnamed, affiliation);
  if (named) return sourceOf(base, named.actor, null, named.affiliation);
  // "a KIIS poll released Monday": a determiner phrase whose head is a report, followed by its modifiers.
  if (/^(a|an|the|its|their|his|her)$/.test(words[0]) && !named) {
    const report = words.find((w) => UNNAMED_HEADS.get(w) === "report");
    if (report) return sourceOf(base, null, "report", affiliation);
  }
  // "several residents of the village": the head stands before "of".
  const ofAt = words.indexOf("of");
  const ofHead = ofAt > 0 ? UNNAMED_HEADS.get(words[ofAt - 1]) : undefined;
  if (ofHead && !/[A-Z]/.test(span.text)) return sourceOf(base, null, ofHead, affiliation);
  // A capitalised name the lexicon does not know ("The New York Post") is still a named source.
  const bareText = span.text.replace(LEADING_DETERMINER, "");
  if (/[A-Z]/.test(bareText)) return sourceOf(base, span.text.split(",")[0].trim().replace(/^(the|The)\s+/, ""), null, affiliation);
  // A common-noun speaker the lexicon does not know ("the 46-year-old", "his ex-wife"): an unnamed source.
  if (words.length <= 8) return sourceOf(base, null, "source", affiliation);
  return sourceOf(base, null, null, affiliation);
}

/**
 * "Thailand's acting prime minister, Phumtham Wechayachai", "Pakistani military spokesman Ahmed
 * Chaudhry": a person the lexicon does not know speaks for the country that opens their title.
 */
function titleOwner(inside: Entity[], span: TextSpan, named: Entity): string | null {
  const owner = inside[0];
  // ("German Ortega": a first name, with no title between it and the surname.)
  if (!owner || owner === named || owner.end >= named.start - 1) return null;
  // A place's name before a title is often a city's ("London head coach", "Athens Parks Director"):
  // only a country's possessive counts, or a demonym.
  const rest = span.text.slice(owner.end - span.start);
  if (owner.type !== "NORP" && !(owner.type === "GPE" && POSSESSIVE_MARK.test(rest))) return null;
  // The owner opens the phrase, after an article at most.
  const lead = span.text.slice(0, owner.start - span.start).trim();
  return lead === "" || ARTICLE.test(lead) ? owner.affiliation : null;
}

const ARTICLE = /^(?:the|a|an)$/i;

const POSSESSIVE_MARK = /^['\u2019]s\s/;

/**
 * Whether a mention's qualifiers ("interior" in "the interior ministry"; fillers such as "the" or
 * "senior" aside) are all in an earlier mention's text: "the interior ministry" does not refer back
 * to "the defence ministry".
 */
function qualifiersIn(qualifiers: string[], earlier: string): boolean {
  const text = earlier.toLowerCase();
  for (const w of qualifiers) if (!QUALIFIER_FILLERS.has(w) && !text.includes(w)) return false;
  return true;
}

/** The side of the actor or country that runs a body named with a hyphen ("the Houthi-run health ministry"). */
function runBy(ctx: Context, text: string): string | null {
  const m = RULER.exec(text);
  if (!m) return null;
  const word = m[1].toLowerCase();
  return ctx.resources.actors.match([word], 0, 1)?.actor.affiliation ?? ctx.resources.actors.demonyms.get(word)?.country ?? null;
}

const RELATIVE_CLAUSE = /\s+(?:who|which|whose)\s+/i;

/** The longest one-word source resolveSource looks up whole (a hearsay adverb, a pronoun, a possessive). */
const MAX_ONE_WORD_SOURCE = Math.max(...[...HEARSAY.keys(), ...PRONOUNS.keys(), ...POSSESSIVES.keys()].map((w) => w.length));

/**
 * The possessive opening a (trimmed) source phrase that speaks for its owner: only one before a
 * document ("its latest assessment"), not a person ("his deputy"). The first and last words are
 * sliced out rather than split off, since this runs for most claims.
 */
function ownerPossessive(phrase: string): "person" | "thing" | "plural" | undefined {
  const lower = phrase.toLowerCase();
  const lastWord = LAST_WORD.exec(lower)![0];
  if (UNNAMED_HEADS.get(lastWord.replace(/[^a-z]/g, "")) !== "report") return undefined;
  return POSSESSIVES.get(FIRST_WORD.exec(lower)![0]);
}

/** The last word, lower-cased, of a text's part before any comma ("Russian officials, who" -> "officials"). */
function lastWordBeforeComma(text: string): string {
  const lower = text.toLowerCase();
  const comma = lower.indexOf(",");
  return LAST_WORD.exec((comma < 0 ? lower : lower.slice(0, comma)).trim())![0];
}

const FIRST_WORD = /^\S*/;
const LAST_WORD = /\S*$/;

const LOCATED_BEFORE = /\S\s+(?:in|at|near|outside)\s+(?:the\s+)?$/i;

const LEADING_DETERMINER = /^(the|a|an|his|her|its|their|our|some|many|most|several|both|one|another)\s+/i;

function mention(e: Entity): TextSpan {
  return { start: e.start, end: e.end, text: e.text };
}

function lastEntityBefore(ctx: Context, offset: number, types: string[], hint: string | null): Entity | null {
  let fallback: Entity | null = null;
  for (let i = ctx.entities.length - 1; i >= 0; i--) {
    const e = ctx.entities[i];
    if (e.end > offset || !types.includes(e.type) || !e.actor) continue;
    // A person is found by the title written before the name; an organisation by its own name.
    if (hint && (e.text.toLowerCase().includes(hint) || (e.actor ?? "").toLowerCase().includes(hint) || (e.type === "PERSON" && titleBefore(ctx, e, hint)))) return e;
    fallback ??= e;
  }
  return hint && !NOMINAL_PERSON.has(hint) && !NOMINAL_ORG.has(hint) ? fallback : hint ? null : fallback;
}

/** Whether `word` appears shortly before the entity ("the governor of Belgorod, Vyacheslav Gladkov"). */
function titleBefore(ctx: Context, e: Entity, word: string): boolean {
  const from = Math.max(0, e.start - 80);
  return ctx.doc.text.slice(from, e.start).toLowerCase().includes(word);
}

function resolvePronoun(ctx: Context, base: ClaimSource, kind: "person" | "thing" | "plural" | "speaker", earlier: Claim[]): ClaimSource {
  if (kind === "speaker") return base;
  // "The president gave the figures that he said ...": a person named or titled earlier in the
  // pronoun's own sentence binds it before any earlier speaker.
  if (kind === "person") {
    const own = personEarlierInSentence(ctx, base.start);
    if (own) return sourceOf(base, own.actor, null, own.affiliation, mention(own));
  }
  // "The officials spoke about the exchange, which they said ...": likewise a plural unnamed source.
  if (kind === "plural") {
    const group = groupEarlierInSentence(ctx, base.start);
    if (group) {
      const resolved = resolveSource(ctx, group, earlier);
      return sourceOf(base, resolved.actor, resolved.unnamed, resolved.affiliation, resolved.resolved_from ?? group);
    }
  }
  // Prefer the last claim's source when it fits; else the last fitting entity before the pronoun.
  // The nearest earlier speaker of the fitting kind ("he" a person; "it", "they" an organisation or state).
  const previous = findLast(earlier, (c) => (c.source.actor !== null || c.source.unnamed !== null) && (kind === "person") === isPersonActor(ctx, c.source));
  if (previous) {
    const from = previous.source.resolved_from ?? antecedentMention(ctx, previous.source);
    return sourceOf(base, previous.source.actor, previous.source.actor ? null : previous.source.unnamed, previous.source.affiliation, from);
  }
  const antecedent = lastEntityBefore(ctx, base.start, kind === "person" ? ["PERSON"] : ["ORG", "GPE", "GROUP"], null);
  if (antecedent) return sourceOf(base, antecedent.actor, null, antecedent.affiliation, mention(antecedent));
  return base;
}

/** The last person named ("Oleshchuk") or titled ("the president", resolved) in the sentence before `offset`. */
function personEarlierInSentence(ctx: Context, offset: number): Entity | null {
  const { doc } = ctx;
  const s = sentenceAt(doc, offset);
  if (s < 0) return null;
  const from = doc.sentences[s].start;
  let named: Entity | null = null;
  for (let i = ctx.entities.length - 1; i >= 0 && ctx.entities[i].start >= from; i--) {
    const e = ctx.entities[i];
    if (e.end <= offset && e.type === "PERSON" && e.actor !== null) {
      named = e;
      break;
    }
  }
  // A title after that name, and resolved, is the later mention.
  for (const t of definiteHeadsBefore(doc, s, offset, (head) => NOMINAL_PERSON.has(head))) {
    if (named && doc.tokens.start[t] < named.start) break;
    const titled = lastEntityBefore(ctx, doc.tokens.start[t], ["PERSON"], doc.tokens.lower[t + 1]);
    if (titled) return titled;
  }
  return named;
}

/** "the officials", "the residents" earlier in the sentence before `offset`: a definite plural unnamed source. */
function groupEarlierInSentence(ctx: Context, offset: number): TextSpan | null {
  const { doc } = ctx;
  const s = sentenceAt(doc, offset);
  if (s < 0) return null;
  for (const t of definiteHeadsBefore(doc, s, offset, (head) => head.endsWith("s") && UNNAMED_HEADS.has(head))) {
    return textSpan(doc, doc.tokens.start[t], doc.tokens.end[t + 1]);
  }
  return null;
}

/** Where "the <head>" stands in sentence `s` before `offset`, for heads `accept` takes: the nearest first. */
function* definiteHeadsBefore(doc: Doc, s: number, offset: number, accept: (head: string) => boolean): Generator<number> {
  const lower = doc.tokens.lower;
  for (let t = doc.sentenceLast[s] - 2; t >= doc.sentenceFirst[s]; t--) {
    if (doc.tokens.end[t + 1] <= offset && lower[t] === "the" && accept(lower[t + 1])) yield t;
  }
}

/** The entity mention inside a source phrase that names its actor, else the whole phrase. */
function antecedentMention(ctx: Context, source: ClaimSource): TextSpan {
  const e = findLast(entitiesIn(ctx, source), (x) => x.actor === source.actor);
  return e ? mention(e) : { start: source.start, end: source.end, text: source.text };
}

function isPersonActor(ctx: Context, source: ClaimSource): boolean {
  if (source.unnamed) return source.unnamed === "official" || source.unnamed === "source" || source.unnamed === "witness";
  return source.actor !== null && entityIndex(ctx).persons.has(source.actor);
}

function claimTime(ctx: Context, sentence: Span, source: Span, cue: Span, content: Span): string {
  // A time between the source and the content, or right after a postposed cue, is when it was said.
  const lo = Math.min(source.start, cue.start);
  const hi = content.start > cue.end ? content.start : sentence.end;
  for (const time of ctx.times) {
    if (time.start >= lo && time.end <= hi && !(time.start >= content.start && time.end <= content.end) && time.type === "DATE" && /^\d{4}-\d{2}-\d{2}/.test(time.value)) {
      return time.value.slice(0, 10);
    }
  }
  // "On Tuesday, the ministry said ...": a time opening the sentence, set off by a comma before the source.
  if (source.start < cue.start && content.start > cue.end) {
    for (const time of ctx.times) {
      if (time.start < sentence.start || time.end > source.start) continue;
      if (time.type === "DATE" && /^\d{4}-\d{2}-\d{2}/.test(time.value) && FRONTED_TIME_END.test(ctx.doc.text.slice(time.end, source.start))) return time.value.slice(0, 10);
    }
  }
  return ctx.doc.article.date;
}

/** What may stand between a fronted time and the source after it: a comma. */
const FRONTED_TIME_END = /^\s*,\s*$/;

interface HedgeMatch extends Hedge {
  sentence: number;
}

const HEDGE_OPENER = WORD_GATES.claim(HEDGES_BY_FIRST.keys());

/** Every hedge phrase in the document, found in one pass over the tokens. */
function findHedges(doc: Doc): HedgeMatch[] {
  const found: HedgeMatch[] = [];
  const lower = doc.tokens.lower;
  const gates = wordGates(doc);
  for (let s = 0; s < doc.sentences.length; s++) {
    const last = doc.sentenceLast[s];
    for (let t = doc.sentenceFirst[s]; t < last; t++) {
      if ((gates[t] & HEDGE_OPENER) === 0) continue;
      // (A loop, not find() with a closure: a closure over t made every token of the scan allocate.)
      let pattern: HedgePattern | undefined;
      for (const p of HEDGES_BY_FIRST.get(lower[t]) ?? []) {
        if (matchesAt(lower, t, p.tokens, last) && (!p.afterNegative || negatedBefore(lower, doc.sentenceFirst[s], t))) {
          pattern = p;
          break;
        }
      }
      if (!pattern) continue;
      found.push({ ...rangeSpan(doc, { first: t, last: t + pattern.tokens.length }), kind: pattern.kind, sentence: s });
      t += pattern.tokens.length - 1;
    }
  }
  return found;
}

function negatedBefore(lower: readonly string[], from: number, t: number): boolean {
  for (let u = from; u < t; u++) if (NEGATIVE_OPENERS.has(lower[u])) return true;
  return false;
}

function hedgesFor(ctx: Context, draft: ClaimDraft, source: TextSpan, cue: TextSpan, hedges: HedgeMatch[]): Hedge[] {
  const { doc } = ctx;
  const out: Hedge[] = [];
  if (draft.verb?.hedge) out.push({ ...cue, kind: draft.verb.hedge });
  const from = Math.min(source.start, doc.tokens.start[draft.content.first]);
  const to = Math.max(doc.tokens.end[draft.content.last - 1], cue.end);
  for (const h of hedges) {
    if (h.sentence !== draft.sentence || h.kind === "unverified") continue;
    // Hedges in the source ("unconfirmed reports") or around the cue and content belong to the claim.
    const inSource = h.start >= source.start && h.end <= source.end;
    if (inSource || (h.start >= from && h.end <= to)) out.push({ start: h.start, end: h.end, text: h.text, kind: h.kind });
  }
  return out;
}

/**
 * "X could not independently verify ...": hedges the claims of that sentence and of the one before
 * it in the same paragraph. A disclaimer that makes no claim of its own ("Neither account could be
 * independently verified.", "AFP could not independently verify either side's figures.") closes a
 * block of reporting: it hedges every claim before it, back to the previous disclaimer, over at
 * most DISCLAIMER_REACH sentences.
 */
function addUnverifiedHedges(ctx: Context, claims: Claim[], hedges: HedgeMatch[]): void {
  const { doc } = ctx;
  let previous = -1; // the sentence of the last disclaimer
  for (const h of hedges) {
    if (h.kind !== "unverified") continue;
    const standsAlone = !claims.some((c) => c.sentence === h.sentence);
    const samePara = doc.tokens.breakBefore[doc.sentenceFirst[h.sentence]] !== 3;
    let from = standsAlone ? Math.max(previous + 1, h.sentence - DISCLAIMER_REACH) : samePara ? h.sentence - 1 : h.sentence;
    // "The claim could not be independently verified": one claim, the last one told.
    // ("Reuters could not independently verify the toll": the claims that give its figures, not a denial told after them.)
    let only: Set<Claim> | null = null;
    if (standsAlone && namesOneClaim(doc, h.sentence)) {
      const reach = Math.max(previous + 1, h.sentence - DISCLAIMER_REACH);
      for (const c of claims) if (c.sentence < h.sentence) from = c.sentence;
      if (namesFigure(doc, h.sentence)) {
        only = new Set(claims.filter((c) => c.sentence < h.sentence && c.sentence >= reach && ctx.figures.some((f) => f.value !== null && f.start >= c.content.start && f.end <= c.content.end)));
        if (only.size === 0) only = null;
      }
    }
    for (const claim of claims) {
      if (only && !only.has(claim)) continue;
      if ((only !== null || (claim.sentence >= from && claim.sentence <= h.sentence)) && !claim.hedges.some((x) => x.kind === "unverified" && x.start === h.start)) {
        claim.hedges.push({ start: h.start, end: h.end, text: h.text, kind: "unverified" });
      }
    }
    previous = h.sentence;
  }
}

const FIGURE_NOUNS = new Set(["toll", "figure", "number", "count"]);

/** Whether a disclaimer speaks of a figure ("could not verify the toll", "the figure"). */
function namesFigure(doc: Doc, s: number): boolean {
  const lower = doc.tokens.lower;
  for (let t = doc.sentenceFirst[s] + 1; t < doc.sentenceLast[s]; t++) if (FIGURE_NOUNS.has(lower[t]) && ONE_CLAIM_DETERMINERS.has(lower[t - 1])) return true;
  return false;
}

/** Sentences back that a disclaimer of its own covers. */
const DISCLAIMER_REACH = 6;

const ONE_CLAIM_DETERMINERS = new Set(["the", "this", "that", "his", "her", "its"]);
const ONE_CLAIM_NOUNS = new Set(["claim", "report", "statement", "account", "assertion", "figure", "number", "toll", "video", "footage", "allegation"]);
const ONE_CLAIM_PRONOUNS = new Set(["it", "this", "that"]);
const SEVERAL_CLAIMS = new Set([
  "either", "neither", "both", "none", "all", "any", "claims", "reports", "statements", "accounts", "assertions", "figures", "numbers",
  "details", "videos", "allegations", "tolls",
]);

/**
 * Whether a disclaimer sentence speaks of one claim ("The claim could not be verified", "Reuters
 * could not verify the report", "It could not be independently confirmed"), not of several
 * ("Neither account ...", "the figures").
 */
function namesOneClaim(doc: Doc, s: number): boolean {
  const first = doc.sentenceFirst[s];
  const last = doc.sentenceLast[s];
  const lower = doc.tokens.lower;
  let one = ONE_CLAIM_PRONOUNS.has(lower[first]) && first + 1 < last && !ONE_CLAIM_NOUNS.has(lower[first + 1]) && !SEVERAL_CLAIMS.has(lower[first + 1]);
  for (let t = first; t < last; t++) {
    if (SEVERAL_CLAIMS.has(lower[t])) return false;
    if (t > first && ONE_CLAIM_NOUNS.has(lower[t]) && ONE_CLAIM_DETERMINERS.has(lower[t - 1])) one = true;
  }
  return one;
}
