// The times layer: TIMEX3-style time expressions normalised against the article date.
// Each token is looked up once in a trigger table; only the parsers that can start with that token
// run their (sticky, linear) pattern at its offset. Refiners then settle overlaps, modifiers,
// anchored values and ranges. Pure: the article date is the only clock.
import type { Context } from "../context.js";
import { tokenAtOrAfter, wordGates, wordIds } from "../document.js";
import { Shape, TokenKind, isDigit, isLetter, type Tokens } from "../segment/tokenize.js";
import { WORD_GATES } from "../segment/word-gates.js";
import type { TimeExpression } from "../types.js";
import { parseIsoDay } from "./calendar.js";
import { PARSERS, REFINERS } from "./configuration.js";
import type { Found, Parser, Site } from "./model.js";
import { tenseAround } from "./tense.js";

/**
 * The parsers one trigger selects (at most 31, one bit each), split by the token after the trigger:
 * those that declare no `after` for it always run; the others run only after a token they name.
 */
interface Trigger {
  parsers: Parser[];
  always: number;
  byNext: Map<string, number>;
}

function triggerOf(trigger: string, parsers: Parser[]): Trigger {
  if (parsers.length > 31) throw new Error(`times: more than 31 parsers for the trigger "${trigger}"`);
  let always = 0;
  const byNext = new Map<string, number>();
  parsers.forEach((parser, i) => {
    const after = parser.after && Object.hasOwn(parser.after, trigger) ? parser.after[trigger] : null;
    if (!after) always |= 1 << i;
    else for (const word of after) byNext.set(word, (byNext.get(word) ?? 0) | (1 << i));
  });
  return { parsers, always, byNext };
}

const BY_TRIGGER = new Map<string, Trigger>();
{
  const parsersOf = new Map<string, Parser[]>();
  for (const parser of PARSERS) {
    for (const trigger of new Set(parser.triggers)) {
      const list = parsersOf.get(trigger);
      if (list) list.push(parser);
      else parsersOf.set(trigger, [parser]);
    }
  }
  for (const [trigger, parsers] of parsersOf) BY_TRIGGER.set(trigger, triggerOf(trigger, parsers));
}

/** A space character the tokenizer does not skip (an em space, say): it stands as a punctuation token but matches \s. */
const OTHER_SPACE = /^\s$/;

/** Bits of `trigger.parsers` that can match at token `t`, given the token after it. */
function parsersAt(trigger: Trigger, tokens: Tokens, t: number): number {
  if (trigger.byNext.size === 0) return trigger.always;
  const next = t + 1;
  if (next >= tokens.count) return trigger.always;
  const kind = tokens.kind[next];
  const word = tokens.lower[next];
  // The patterns go on past \s+, which also spans such a character: the token after it decides.
  if (kind === TokenKind.Punct && OTHER_SPACE.test(word)) return -1;
  let bits = trigger.always | (trigger.byNext.get(word) ?? 0);
  if (kind === TokenKind.Number) bits |= trigger.byNext.get("#number") ?? 0;
  if (tokens.shape[next] & Shape.Hyphen) bits |= trigger.byNext.get(word.slice(0, word.indexOf("-") + 1)) ?? 0;
  return bits;
}

/**
 * Punctuation tokens are one character (or one surrogate pair) that is not a letter, digit, space or
 * quote; when no trigger is such a character (today the only non-word triggers are quotes and
 * "#number"), they can be skipped without a look-up.
 */
const PUNCT_TRIGGERS = [...BY_TRIGGER.keys()].some((k) => {
  if (k === "#number") return false;
  const c = k.charCodeAt(0);
  // A token starting with a letter or digit is a word, number, abbreviation or acronym; quotes are Quote tokens.
  return !(isLetter(c) || isDigit(c) || c === 39 || c === 0x2019);
});

/** Tokens that are a trigger themselves (a hyphenated word's prefix is looked up on its own). */
const TRIGGER_WORD = WORD_GATES.claim(BY_TRIGGER.keys());

/** BY_TRIGGER by word id (segment/word-gates.ts). */
const TRIGGER_BY_ID: (Trigger | undefined)[] = new Array(WORD_GATES.size).fill(undefined);
for (const [word, trigger] of BY_TRIGGER) TRIGGER_BY_ID[WORD_GATES.idOf(word)] = trigger;

/** The parsers a number token triggers. */
const NUMBER_TRIGGER = BY_TRIGGER.get("#number");

function runParsers(trigger: Trigger | undefined, site: Site, at: number, out: Found[]): void {
  if (!trigger) return;
  const bits = parsersAt(trigger, site.doc.tokens, site.token);
  if (bits === 0) return;
  const text = site.doc.text;
  const parsers = trigger.parsers;
  for (let i = 0; i < parsers.length; i++) {
    if ((bits & (1 << i)) === 0) continue;
    const parser = parsers[i];
    if (parser.guard && !parser.guard(site)) continue;
    parser.pattern.lastIndex = at;
    const match = parser.pattern.exec(text);
    if (!match) continue;
    const result = parser.extract(match, site);
    if (result && result.end > result.start) out.push(result);
  }
}

export function extractTimes(ctx: Context): TimeExpression[] {
  const doc = ctx.doc;
  const ref = parseIsoDay(doc.article.date);
  if (ref === null) {
    ctx.diagnostics.push({ rule: "times/no-reference-date", severity: "warning", message: `article date "${doc.article.date}" is not YYYY-MM-DD; times not resolved`, start: 0, end: 0 });
    return [];
  }
  const { kind, lower, start, shape } = doc.tokens;
  const gates = wordGates(doc);
  const ids = wordIds(doc);
  const found: Found[] = [];
  const site: Site = {
    doc,
    ref,
    token: 0,
    tense(end: number) {
      return tenseAround(doc, this.token, Math.max(this.token, tokenAtOrAfter(doc, end - 1)));
    },
  };
  for (let t = 0; t < doc.tokens.count; t++) {
    site.token = t;
    const k = kind[t];
    if (k === TokenKind.Punct && !PUNCT_TRIGGERS) continue;
    if (k === TokenKind.Number) {
      runParsers(NUMBER_TRIGGER, site, start[t], found);
      continue;
    }
    if (gates[t] & TRIGGER_WORD) runParsers(TRIGGER_BY_ID[ids[t]], site, start[t], found);
    if (shape[t] & Shape.Hyphen) {
      const word = lower[t];
      runParsers(BY_TRIGGER.get(word.slice(0, word.indexOf("-") + 1)), site, start[t], found);
    }
  }
  let refined = found;
  for (const refine of REFINERS) refined = refine(refined, { doc, ref });
  return refined.map((f) => toExpression(f, doc.text));
}

function toExpression(f: Found, text: string): TimeExpression {
  // A range's ends are always keys (undefined when absent, which JSON leaves out), so that every
  // time expression has one shape for the layers that read them.
  return {
    start: f.start, end: f.end, text: text.slice(f.start, f.end), value: f.value, type: f.type, granularity: f.granularity,
    rule: f.rule, begin: f.begin || undefined, end_value: f.end_value || undefined,
  };
}
