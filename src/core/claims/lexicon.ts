// The claims lexicon (src/data/reporting-cues.json) compiled once into look-up tables keyed by the
// document's lower-cased tokens.
import cues from "../../data/reporting-cues.json" with { type: "json" };
import type { ClaimKind, Hedge, Polarity, UnnamedKind } from "../types.js";

export interface VerbCue {
  kind: ClaimKind;
  polarity: Polarity;
  hedge: Hedge["kind"] | null;
  recipient: boolean;
  /** Reports only with a that-clause, quotation or colon after it. */
  clause: boolean;
  /** Reports only when the source is a name, a pronoun or a typed unnamed source. */
  namedSource: boolean;
  /** False for beliefs: "I think" is not attributed. */
  firstPerson: boolean;
  /** Reports only before a colon or a quotation ("continued: ..."). */
  colonOrQuote: boolean;
  /** Reports only with "as" after its object ("sees the deal as a trap", "viewed him as weak"). */
  asFrame: boolean;
  /** Reports only in the frame "put X at <number>". */
  atFigure: boolean;
  /** Particles the verb reports only with, one of which is taken into the cue ("pointed out", "made it clear"), as words; empty for none. */
  particles: string[][];
  /** With its particle the verb still reports only a clause, a quotation or a colon ("shot back that ...", not "fired back at the attackers"). */
  clauseAfterParticle: boolean;
  /** The passive with its agent after "by" reports, the agent as source ("was first reported by Politico"). */
  passiveBy: boolean;
  /** Message verbs: the message nouns the verb reports with as its object, each with the preposition it needs, if any ("assessment": [], "defense": ["of"]); empty for none. */
  objects: ReadonlyMap<string, string[]>;
  /** Particles that join the cue when they follow the verb, its object then the content ("called for"). */
  joins: string[];
  /** Nouns: prepositions after which the noun, owned, reports its object ("his support for", "Kyiv's call for"). */
  prepositions: string[];
  /** Asks: a question content makes the claim's polarity "question". */
  asks: boolean;
  /** Reports with a to-infinitive ("plans to", "refused to"); with `clause` either complement will do. */
  infinitive: boolean;
  /** Reports only between persons: a person's name or he/she as source, a named person as object ("attacked Trump", not "attacked Kharkiv"). */
  persons: boolean;
  /** Not a report with a place as its object: "defended Mariupol", "defended the city" are fighting, "defended Kyiv's decision" a stance. */
  noPlaceObject: boolean;
}

export interface PhraseCue {
  tokens: string[];
  kind: string;
  sourceNoun: boolean;
}

export interface HedgePattern {
  tokens: string[];
  kind: Hedge["kind"];
  /** Counts only after a negative word earlier in the sentence ("Neither account could be verified"). */
  afterNegative: boolean;
}

/** Words that negate a later "could be verified": "neither", "none of", "no". */
export const NEGATIVE_OPENERS = new Set(["neither", "none", "no", "nor", "never"]);

type CueEntry = (typeof cues.verbs)[number] | (typeof cues.nouns)[number] | (typeof cues.adjectives)[number] | (typeof cues.message_verbs)[number];

function cueOf(verb: CueEntry): VerbCue {
  return {
    kind: verb.kind as ClaimKind,
    polarity: ((verb as { polarity?: string }).polarity ?? "assert") as Polarity,
    hedge: ((verb as { hedge?: string }).hedge ?? null) as Hedge["kind"] | null,
    recipient: (verb as { recipient?: boolean }).recipient ?? false,
    clause: (verb as { clause?: boolean }).clause ?? false,
    namedSource: (verb as { named_source?: boolean }).named_source ?? false,
    firstPerson: (verb as { first_person?: boolean }).first_person ?? true,
    colonOrQuote: (verb as { colon_or_quote?: boolean }).colon_or_quote ?? false,
    asFrame: (verb as { as_frame?: boolean }).as_frame ?? false,
    atFigure: (verb as { at_figure?: boolean }).at_figure ?? false,
    particles: ((verb as { particles?: string[] }).particles ?? []).map((p) => p.split(" ")),
    clauseAfterParticle: (verb as { clause_after_particle?: boolean }).clause_after_particle ?? false,
    passiveBy: (verb as { passive_by?: boolean }).passive_by ?? false,
    objects: messageObjects((verb as { objects?: string[] }).objects ?? []),
    joins: (verb as { joins?: string[] }).joins ?? [],
    prepositions: (verb as { prepositions?: string[] }).prepositions ?? [],
    asks: (verb as { asks?: boolean }).asks ?? false,
    infinitive: (verb as { infinitive?: boolean }).infinitive ?? false,
    persons: (verb as { persons?: boolean }).persons ?? false,
    noPlaceObject: (verb as { no_place_object?: boolean }).no_place_object ?? false,
  };
}

/** "defense of" -> defense needs "of"; "assessment" -> any preposition, a clause or a quotation. */
function messageObjects(entries: string[]): Map<string, string[]> {
  const objects = new Map<string, string[]>();
  for (const entry of entries) {
    const [noun, preposition] = entry.split(" ");
    const needs = objects.get(noun) ?? [];
    if (preposition) needs.push(preposition);
    objects.set(noun, needs);
  }
  return objects;
}

export const VERB_CUES = new Map<string, VerbCue>();
for (const verb of cues.verbs) {
  const entry = cueOf(verb);
  for (const form of verb.forms) VERB_CUES.set(form, entry);
}

/** Light verbs that report with a message noun as their object ("offered his assessment of", "voiced support for"). */
export const MESSAGE_VERBS = new Map<string, VerbCue>();
for (const verb of cues.message_verbs) {
  const entry = cueOf(verb);
  for (const form of verb.forms) MESSAGE_VERBS.set(form, entry);
}

/** Adjectives that report after a form of "be" ("are convinced that ...", "is determined to ..."). */
export const ADJECTIVE_CUES = new Map<string, VerbCue>();
for (const adjective of cues.adjectives) {
  const entry = cueOf(adjective);
  for (const form of adjective.forms) ADJECTIVE_CUES.set(form, entry);
}

/** Nouns that report with a that-clause after their owner ("Moscow's claim that ..."). */
export const NOUN_CUES = new Map<string, VerbCue>();
for (const noun of cues.nouns) {
  const entry = cueOf(noun);
  for (const form of noun.forms) NOUN_CUES.set(form, entry);
}

/** Phrase cues by their first token ("according" -> according to). */
export const PHRASE_CUES = new Map<string, PhraseCue[]>();
for (const p of cues.phrases) {
  const cue: PhraseCue = { tokens: p.tokens, kind: p.kind, sourceNoun: (p as { needs_source_noun?: boolean }).needs_source_noun ?? false };
  PHRASE_CUES.set(p.tokens[0], [...(PHRASE_CUES.get(p.tokens[0]) ?? []), cue]);
}

export const AUXILIARIES = new Set(cues.auxiliaries);

/** Verbs that, refused ("declined to elaborate"), make a non-answer rather than a stance. */
export const NON_ANSWERS = new Set(cues.non_answers);

/** Hedge patterns by their first token, longest first. */
export const HEDGES_BY_FIRST = new Map<string, HedgePattern[]>();
for (const h of cues.hedges) {
  const list = HEDGES_BY_FIRST.get(h.tokens[0]) ?? [];
  list.push({ tokens: h.tokens, kind: h.kind as Hedge["kind"], afterNegative: "after_negative" in h && h.after_negative === true });
  list.sort((a, b) => b.tokens.length - a.tokens.length);
  HEDGES_BY_FIRST.set(h.tokens[0], list);
}

export const CHANNEL_HEADS = new Map<string, string>(Object.entries(cues.channels.heads));
export const CHANNEL_PREPOSITIONS = new Set(cues.channels.prepositions);

export const UNNAMED_HEADS = new Map<string, UnnamedKind>(Object.entries(cues.unnamed) as [string, UnnamedKind][]);

/** Hedging adverbs that stand for an unnamed source ("reportedly": reports), by the kind of source. */
export const HEARSAY = new Map<string, UnnamedKind>(Object.entries(cues.hearsay).filter(([k]) => !k.startsWith("_")) as [string, UnnamedKind][]);

export const PRONOUNS = new Map<string, "person" | "thing" | "plural" | "speaker">([
  ["he", "person"], ["she", "person"], ["it", "thing"], ["they", "plural"], ["we", "speaker"], ["i", "speaker"],
]);

/** Words that close a source phrase when walking left from the cue: a new clause starts there. */
export const CLAUSE_OPENERS = new Set([
  "that", "which", "who", "whom", "whose", "what", "where", "when", "while", "though", "although", "as", "because",
  "since", "if", "and", "but", "or", "so", "after", "before", "until", "than", "whether", "with", "without", "to",
  "for", "by", "from", "into", "against", "about", "under", "through", "during", "at", "on", "in", "also", "nor",
  "unless", "once", "how", "why", "yet", "is", "was", "were", "are", "be", "been", "has", "have", "had",
]);

/** Words after a comma that begin a new clause and so end a claim's content. */
export const CONTENT_BREAKERS = new Set(["though", "although", "whereas", "while", "which", "who", "citing", "adding", "saying", "compared"]);

/** Words that cannot head a source phrase. */
export const NOT_SOURCE_HEADS = new Set([
  "the", "a", "an", "this", "these", "those", "its", "his", "her", "their", "our", "my", "your", "it's", "there",
  "also", "not", "never", "only", "just", "what", "all", "some", "most", "many", "much", "more", "less", "other",
  "such", "very", "been", "being", "had", "has", "have", "was", "were", "is", "are", "be", "to", "of", "'s",
]);
