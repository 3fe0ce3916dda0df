// Guards for claims beyond plain speech (stances, intentions, refusals, attacks): whether the source
// holds the attitude at all (no modal, no condition, not inside someone else's quotation) and, for
// verbs that are also physical acts, whether both sides are persons.
import type { Context } from "../context.js";
import type { Doc } from "../document.js";
import { isCapitalised, isDoubleQuote, quoteOpens, type Range } from "./phrases.js";

/** Claim kinds that state the source's own position rather than relay what it said. */
export const ATTITUDES = new Set(["stance", "intention", "refusal"]);
/** Kinds that, told inside a quotation, are the quoted speaker's own account of others (their stance, belief or evidence), not a claim of theirs. */
export const QUOTED_ACCOUNTS = new Set([...ATTITUDES, "belief", "evidence"]);
/**
 * Kinds that, told in another claim's indirect content, are that speaker's account of what others
 * mean to do ("said Moscow wants a ceasefire"); a belief, stance or evidence there ("said Kyiv
 * believes", "said Ray criticised", "said a poll showed") is reported and stays, nested.
 */
export const REPORTED_ACCOUNTS = new Set(["intention", "refusal"]);
const MODALS = new Set(["would", "could", "should", "might", "may", "must", "'d", "\u2019d"]);
/** Words before a source that make its attitude a condition or a free relative ("whether he would", "whatever she wants"). */
export const HYPOTHETICALS = new Set(["if", "whether", "unless", "what", "whatever"]);

/** Whether token `t` stands inside a double quotation: one opened before it in the sentence, or closed after it with none opened. */
export function insideQuotation(doc: Doc, s: number, t: number): boolean {
  let open = 0;
  for (let k = doc.sentenceFirst[s]; k < t; k++) if (isDoubleQuote(doc, k)) open += quoteOpens(doc, k) ? 1 : -1;
  if (open > 0) return true;
  for (let k = t + 1; k < doc.sentenceLast[s]; k++) if (isDoubleQuote(doc, k)) return open === 0 && !quoteOpens(doc, k);
  return false;
}

/** Whether a modal of possibility or advice stands in the cue before the verb ("would support", "may want"). */
export function modalIn(doc: Doc, c0: number, v: number): boolean {
  for (let k = c0; k < v; k++) if (MODALS.has(doc.tokens.lower[k])) return true;
  return false;
}

/** A source that is a person: he or she, or a name the entity layer does not type as a place, group or organisation. */
export function personSource(ctx: Context, source: Range): boolean {
  const end = nameEnd(ctx.doc, source);
  return personAt(ctx, end) || (end !== source.last - 1 && personAt(ctx, source.last - 1));
}

function personAt(ctx: Context, h: number): boolean {
  const { doc } = ctx;
  const head = doc.tokens.lower[h];
  if (head === "he" || head === "she") return true;
  if (!isCapitalised(doc, h)) return false;
  const at = doc.tokens.start[h];
  return !ctx.entities.some((e) => e.start <= at && at < e.end && e.type !== "PERSON");
}

/** An object opening with a person the entity layer knows, after at most a title ("Trump", "Mr. Kovac"). */
export function personObject(ctx: Context, content: Range): boolean {
  const { start } = ctx.doc.tokens;
  const from = start[content.first];
  const to = content.first + 2 < content.last ? start[content.first + 2] : from;
  return ctx.entities.some((e) => e.type === "PERSON" && e.start >= from && e.start <= to);
}

/**
 * The last token of a source's name: before its apposition ("Bush, Florida's former governor") or
 * its parenthetical ("Sen. Jim Ray (R-Ohio)"), else the source's last token. (The name may be the
 * apposition itself: "two voters, Jim Ray and Olena Koval", so the caller tries the last token too.)
 */
function nameEnd(doc: Doc, source: Range): number {
  const lower = doc.tokens.lower;
  for (let k = source.first + 1; k < source.last; k++) if (lower[k] === "," || lower[k] === "(") return k - 1;
  return source.last - 1;
}

/** Nouns of ground held or fought over: "defended the city", "defend their positions". */
const GROUND_NOUNS = new Set(["city", "town", "village", "villages", "capital", "positions", "position", "border", "borders", "airport", "bridge", "territory", "region", "front", "frontline", "line", "lines", "homeland", "port", "base", "bases", "trenches", "perimeter"]);
const OBJECT_DETERMINERS = new Set(["the", "their", "its", "his", "her", "our", "a", "an"]);

/**
 * An object that is ground rather than a position taken: a place the place layer found, or a noun of
 * ground held ("the city", "their positions"), not owning what follows ("Ukraine's incursion", "the
 * city's decision").
 */
export function placeObject(ctx: Context, content: Range): boolean {
  const { doc } = ctx;
  const lower = doc.tokens.lower;
  let k = content.first;
  if (k < content.last && OBJECT_DETERMINERS.has(lower[k])) k++;
  if (k >= content.last) return false;
  const owns = (t: number) => t < content.last && (lower[t] === "'s" || lower[t] === "\u2019s");
  if (GROUND_NOUNS.has(lower[k])) return !owns(k + 1);
  const at = doc.tokens.start[k];
  const place = ctx.places.find((p) => p.start === at && !p.relation);
  if (!place) return false;
  let t = k;
  while (t < content.last && doc.tokens.start[t] < place.end) t++;
  return !owns(t);
}
