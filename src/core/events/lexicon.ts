// The event lexicon (src/data/event-triggers.json) compiled once at module load into look-up
// tables keyed by the document's lower-cased tokens: verb and noun triggers by first token
// (longest first), light verbs, performative cues, weapons, and the function-word classes the
// clause rules use.
import data from "../../data/event-triggers.json" with { type: "json" };
import { WORD_GATES } from "../segment/word-gates.js";

export interface TriggerEntry {
  /** Lower-case token sequence. */
  tokens: string[];
  type: string;
  mode: string | null;
  noun: boolean;
  /** Bare or -s verb form (could also be read as a noun: "attacks", "strike"). */
  bare: boolean;
  /** -ing form (a gerund after a determiner: "the shelling"). */
  gerund: boolean;
  /** -ed/-en form (an adjective before a noun: "occupied territories"). */
  participle: boolean;
  objects: Set<string> | null;
  window: number;
  /** The form may also be a claim cue and is then an event as well. */
  cue: boolean;
  /** Words that, right after the form, make it another verb ("pressed on toward" is an advance, no request). */
  notBefore: Set<string> | null;
  /** "Goma fell to the rebels": the subject is what was taken and the phrase after the form the taker. */
  takenSubject: boolean;
  /** The rule an event of this entry is found by: "event/" and its tokens joined by "-". */
  rule: string;
}

interface VerbSpec {
  type: string;
  mode: string | null;
  lemmas: string[];
  objects?: string[];
  window?: number;
  cue?: boolean;
  not_before?: string[];
  taken_subject?: boolean;
}

interface NounSpec {
  type: string;
  mode: string | null;
  forms: string[];
}

const CONSONANT_Y = /[^aeiou]y$/;

function thirdPerson(w: string): string {
  if (/(s|sh|ch|x|z|o)$/.test(w)) return `${w}es`;
  if (CONSONANT_Y.test(w)) return `${w.slice(0, -1)}ies`;
  return `${w}s`;
}

function regularPast(w: string, double: boolean): string {
  if (double) return `${w}${w[w.length - 1]}ed`;
  if (w.endsWith("e")) return `${w}d`;
  if (CONSONANT_Y.test(w)) return `${w.slice(0, -1)}ied`;
  return `${w}ed`;
}

function gerund(w: string, double: boolean): string {
  if (double) return `${w}${w[w.length - 1]}ing`;
  if (w.endsWith("ie")) return `${w.slice(0, -2)}ying`;
  if (w.endsWith("e") && !w.endsWith("ee")) return `${w.slice(0, -1)}ing`;
  return `${w}ing`;
}

interface Form {
  tokens: string[];
  bare: boolean;
  gerund: boolean;
  participle: boolean;
}

/** All inflected forms of a lemma spec ("attack", "ban+", "back!", "strike|struck|struck|striking", "shoot|shot|shot down"). */
export function inflect(spec: string): Form[] {
  const all = spec.split(" ");
  // An adverb before the verb ("sexually abuse") is kept as it is; the verb after it is inflected.
  const lead = all.length > 1 && all[0].endsWith("ly") ? [all[0]] : [];
  const words = all.slice(lead.length);
  const head = words[0].split("|");
  const rest = words.slice(1);
  let base = head[0];
  const onlyInflected = base.endsWith("!");
  if (onlyInflected) base = base.slice(0, -1);
  const double = base.endsWith("+");
  if (double) base = base.slice(0, -1);
  const past = head[1] ?? regularPast(base, double);
  const participle = head[2] ?? past;
  const ing = head[3] ?? gerund(base, double);
  const out: Form[] = [];
  const add = (w: string, bare: boolean, isGerund: boolean, isParticiple: boolean): void => {
    const tokens = [...lead, w, ...rest];
    const same = out.find((f) => f.tokens.join(" ") === tokens.join(" "));
    // One form can be several: "hit" is the base, the past and the participle ("was hit by").
    if (same) same.participle ||= isParticiple;
    else out.push({ tokens, bare, gerund: isGerund, participle: isParticiple });
  };
  if (!onlyInflected) {
    add(base, true, false, false);
    add(thirdPerson(base), true, false, false);
  }
  add(past, false, false, true);
  add(participle, false, false, true);
  add(ing, false, true, false);
  return out;
}

function plural(w: string): string {
  if (/(sh|ch|x|z)$/.test(w)) return `${w}es`;
  if (CONSONANT_Y.test(w)) return `${w.slice(0, -1)}ies`;
  return `${w}s`;
}

/** Triggers by first token, longest first; verbs before nouns for one form, in file order. */
export const TRIGGERS = new Map<string, TriggerEntry[]>();

function addTrigger(fields: Omit<TriggerEntry, "rule">): void {
  // One property order for every entry, verb or noun, so that the matcher's reads of them stay monomorphic.
  const entry: TriggerEntry = {
    tokens: fields.tokens, type: fields.type, mode: fields.mode, noun: fields.noun, bare: fields.bare, gerund: fields.gerund,
    participle: fields.participle, objects: fields.objects, window: fields.window, cue: fields.cue, notBefore: fields.notBefore, takenSubject: fields.takenSubject,
    rule: `event/${fields.tokens.join("-")}`,
  };
  const list = TRIGGERS.get(entry.tokens[0]);
  if (list) list.push(entry);
  else TRIGGERS.set(entry.tokens[0], [entry]);
}

for (const spec of data.verbs as VerbSpec[]) {
  const objects = spec.objects ? new Set(spec.objects) : null;
  const notBefore = spec.not_before ? new Set(spec.not_before) : null;
  for (const lemma of spec.lemmas) {
    for (const form of inflect(lemma)) {
      addTrigger({ ...form, type: spec.type, mode: spec.mode, noun: false, objects, window: spec.window ?? 5, cue: spec.cue ?? false, notBefore, takenSubject: spec.taken_subject ?? false });
    }
  }
}
for (const spec of data.nouns as NounSpec[]) {
  for (const form of spec.forms) {
    const words = form.split(" ");
    const last = words[words.length - 1];
    const variants = [words];
    // Plural on the last word ("air strikes"); forms ending in s are plural already ("talks").
    if (!last.endsWith("s") && words.length < 3) variants.push([...words.slice(0, -1), plural(last)]);
    for (const tokens of variants) {
      addTrigger({ tokens, type: spec.type, mode: spec.mode, noun: true, bare: false, gerund: false, participle: false, objects: null, window: 0, cue: false, notBefore: null, takenSubject: false });
    }
  }
}
// Longest first; for one form, entries that need an object word before those that don't
// ("expelled diplomats" is a SANCTION before "expelled" is a COERCE); otherwise file order.
for (const list of TRIGGERS.values()) list.sort((a, b) => b.tokens.length - a.tokens.length || (a.objects ? 0 : 1) - (b.objects ? 0 : 1));

/** Forms that are also nouns in the lexicon ("attack", "strikes", "talks"). */
export const NOUN_FORMS = new Set<string>();
for (const list of TRIGGERS.values()) for (const e of list) if (e.noun && e.tokens.length === 1) NOUN_FORMS.add(e.tokens[0]);

function formSet(lemmas: string[]): Set<string> {
  const out = new Set<string>();
  for (const lemma of lemmas) for (const f of inflect(lemma)) out.add(f.tokens.join(" "));
  return out;
}

/** Light verbs: they carry the event of the noun after them ("launched an offensive"). */
const LIGHT_VERBS = formSet(data.light);
/**
 * Light verbs by their first word: null when the word is one on its own ("launched"), else the
 * particle that must follow it ("carried" -> "out", "stepped" -> "up").
 */
export const LIGHT_HEADS = new Map<string, string | null>();
for (const form of LIGHT_VERBS) {
  const [head, particle = null] = form.split(" ");
  if (particle === null || !LIGHT_HEADS.has(head)) LIGHT_HEADS.set(head, particle);
  else if (LIGHT_HEADS.get(head) !== particle) LIGHT_HEADS.set(head, null);
}
export const PERFORMATIVE_CUES = formSet(data.performative);
export const WEAPONS = new Map<string, string>(Object.entries(data.weapons));
/** An attack named as a noun ("the strikes killed 26", "attacks on India"). */
export const ATTACK_NOUNS = new Set(["strike", "strikes", "airstrike", "airstrikes", "attack", "attacks", "raid", "raids", "bombardment", "bombing", "bombings", "onslaught"]);
/**
 * A volley of munitions or an attack noun: stands for its launcher ("the barrage killed three") and
 * points at its target as a launch does ("launched missile strikes on nine sites").
 */
export const VOLLEYS = new Set(["barrage", "barrages", "salvo", "salvos", "volley", "volleys", "wave", "waves", "swarm", "projectile", "projectiles", "rounds", ...ATTACK_NOUNS]);

const w = data.words;
export const DETERMINERS = new Set(w.determiners);
export const PREPOSITIONS = new Set(w.prepositions);
export const BACKREF_PREPOSITIONS = new Set(w.backref_prepositions);
export const LOCATIVE_PREPOSITIONS = new Set(w.locative_prepositions);
export const TARGET_PREPOSITIONS = new Set(w.target_prepositions);
export const BE = new Set(w.be);
export const AUX = new Set(w.aux);
export const NEGATORS = new Set(w.negators);
export const POSSIBLE_MODALS = new Set(w.possible_modals);
export const FUTURE_MODALS = new Set(w.future_modals);
export const POSSIBLE_BEFORE_NOUN = new Set(w.possible_before_noun);
export const FUTURE_BEFORE_NOUN = new Set(w.future_before_noun);
/** Claim cues that ask for what their content names ("called for a ceasefire"). */
export const REQUEST_CUES = new Set(w.request_cues);
export const THREAT_GOVERNORS = new Set(w.threat_governors);
export const POSSIBLE_GOVERNORS = new Set(w.possible_governors);
export const ASSERTED_GOVERNORS = new Set(w.asserted_governors);
export const SUBORDINATORS = new Set(w.subordinators);
export const COMMA_OPENERS = new Set(w.comma_openers);
export const QUANTIFIERS = new Set(w.quantifiers);
export const PRONOUNS = new Set(w.pronouns);
export const MUST = new Set(w.must);
export const VERBAL_PREV = new Set(w.verbal_prev);
export const OBJECT_PRONOUNS = new Set(w.object_pronouns);
export const CONNECTORS = new Set(w.connectors);
/** The possessive ending, as the tokenizer splits it off ("Kyiv's", "Kyiv\u2019s"). */
export const POSSESSIVE_MARKS = new Set(["'s", "\u2019s"]);
/** Nouns a weapon word may modify ("missile launchers", "drone factory"): then the weapon is no object. */
export const COMPOUND_HEADS = new Set(w.compound_heads);
export const INTENT_GOVERNORS = new Set(w.intent_governors);
/** Types whose intended action is a promise (AGREE), whose negation is a refusal (REJECT). */
export const INTENT_AGREE = new Set(data.intent.agree);
export const REJECT_WHEN_NEGATED = new Set(data.intent.reject_when_negated);
/** Types whose intended action is a threat, with the THREATEN mode. */
export const INTENT_THREATEN = new Map<string, string>(Object.entries(data.intent.threaten));

// ---- word classes as bit flags: one Map look-up per token, then integer tests ----

export const F_DET = 1 << 0;
export const F_PREP = 1 << 1;
export const F_BACKREF = 1 << 2;
export const F_LOCATIVE = 1 << 3;
export const F_TARGET_PREP = 1 << 4;
export const F_BE = 1 << 5;
export const F_AUX = 1 << 6;
/** Negators, and any word ending in n't. */
export const F_NEG = 1 << 7;
export const F_POSSIBLE_MODAL = 1 << 8;
export const F_FUTURE_MODAL = 1 << 9;
export const F_SUBORDINATOR = 1 << 10;
export const F_COMMA_OPENER = 1 << 11;
export const F_QUANTIFIER = 1 << 12;
export const F_PRONOUN = 1 << 13;
export const F_MUST = 1 << 14;
export const F_VERBAL_PREV = 1 << 15;
export const F_OBJECT_PRONOUN = 1 << 16;
export const F_CONNECTOR = 1 << 17;
export const F_LIGHT = 1 << 18;
/** First token of some trigger. */
export const F_TRIGGER = 1 << 19;
/** A one-word noun trigger form ("attack", "talks"). */
export const F_NOUN_FORM = 1 << 20;
/** First token of some verb trigger. */
export const F_VERB_FORM = 1 << 21;
export const F_HARD_BREAK = 1 << 22;
export const F_RELATIVE = 1 << 23;
export const F_THREAT_GOVERNOR = 1 << 24;
export const F_POSSIBLE_GOVERNOR = 1 << 25;
export const F_ASSERTED_GOVERNOR = 1 << 26;
export const F_INTENT_GOVERNOR = 1 << 27;
export const F_PARTICLE = 1 << 28;
/** Word ending in -ly (an adverb, mostly). */
export const F_ADVERB = 1 << 29;
/** Word ending in -ing. */
export const F_ING = 1 << 30;

const WORD_FLAGS = new Map<string, number>();

function flag(words: Iterable<string>, bit: number): void {
  for (const word of words) WORD_FLAGS.set(word, (WORD_FLAGS.get(word) ?? 0) | bit);
}

flag(DETERMINERS, F_DET);
flag(PREPOSITIONS, F_PREP);
flag(BACKREF_PREPOSITIONS, F_BACKREF);
flag(LOCATIVE_PREPOSITIONS, F_LOCATIVE);
flag(TARGET_PREPOSITIONS, F_TARGET_PREP);
flag(BE, F_BE);
flag(AUX, F_AUX);
flag(NEGATORS, F_NEG);
flag(POSSIBLE_MODALS, F_POSSIBLE_MODAL);
flag(FUTURE_MODALS, F_FUTURE_MODAL);
flag(SUBORDINATORS, F_SUBORDINATOR);
flag(COMMA_OPENERS, F_COMMA_OPENER);
flag(QUANTIFIERS, F_QUANTIFIER);
flag(PRONOUNS, F_PRONOUN);
flag(MUST, F_MUST);
flag(VERBAL_PREV, F_VERBAL_PREV);
flag(OBJECT_PRONOUNS, F_OBJECT_PRONOUN);
flag(CONNECTORS, F_CONNECTOR);
flag(LIGHT_HEADS.keys(), F_LIGHT);
flag(TRIGGERS.keys(), F_TRIGGER);
flag(NOUN_FORMS, F_NOUN_FORM);
for (const [word, list] of TRIGGERS) if (list.some((e) => !e.noun)) flag([word], F_VERB_FORM);
flag([";", ":", "(", ")", "[", "]", "—", "–", "--"], F_HARD_BREAK);
flag(["which", "who", "whom", "whose"], F_RELATIVE);
flag(THREAT_GOVERNORS, F_THREAT_GOVERNOR);
flag(POSSIBLE_GOVERNORS, F_POSSIBLE_GOVERNOR);
flag(ASSERTED_GOVERNORS, F_ASSERTED_GOVERNOR);
flag(INTENT_GOVERNORS, F_INTENT_GOVERNOR);
flag(["down", "up", "out", "off", "back", "away", "also", "again", "overnight"], F_PARTICLE);
// Adverbs of direction and degree without -ly ("advancing deeper", "pushed further").
flag(["deeper", "further", "farther", "closer", "nearer", "forward", "forwards", "ahead", "inland", "onward", "onwards", "westward", "eastward", "northward", "southward", "there", "here", "abroad", "still", "even"], F_ADVERB);

const FLAGGED_WORD = WORD_GATES.claim(WORD_FLAGS.keys());

/** WORD_FLAGS by word id (segment/word-gates.ts). */
const FLAGS_BY_ID = new Uint32Array(WORD_GATES.size);
for (const [word, f] of WORD_FLAGS) FLAGS_BY_ID[WORD_GATES.idOf(word)] = f;

/** TRIGGERS by word id: the trigger entries whose first token is that word, else undefined. */
export const TRIGGERS_BY_ID: (TriggerEntry[] | undefined)[] = new Array(WORD_GATES.size).fill(undefined);
for (const [word, list] of TRIGGERS) TRIGGERS_BY_ID[WORD_GATES.idOf(word)] = list;

/** The word-class flags of every token of a document (Tokens.lower, with its word gates and ids), computed in one pass. */
export function wordFlags(lower: string[], gates: Uint32Array, ids: Int32Array, count: number): Uint32Array {
  const out = new Uint32Array(count);
  for (let t = 0; t < count; t++) {
    const w = lower[t];
    let f = gates[t] & FLAGGED_WORD ? FLAGS_BY_ID[ids[t]] : 0;
    const n = w.length;
    if (n > 3) {
      const c1 = w.charCodeAt(n - 1);
      const c2 = w.charCodeAt(n - 2);
      if (c1 === 121 && c2 === 108) f |= F_ADVERB; // -ly
      else if (c1 === 103 && c2 === 110 && w.charCodeAt(n - 3) === 105) f |= F_ING; // -ing
      else if (c1 === 116 && c2 === 39 && w.charCodeAt(n - 3) === 110) f |= F_NEG; // -n't
      else if (c1 === 116 && c2 === 0x2019 && w.charCodeAt(n - 3) === 110) f |= F_NEG; // -n’t
    }
    out[t] = f;
  }
  return out;
}
