// Places: recognise toponyms (recognize.ts), read what the words around them say (cues.ts: a
// region's word, a dateline), resolve each to one gazetteer entry using the whole article as
// context (resolve.ts), and add relative places kept as relations (relative.ts).
import type { Context } from "../context.js";
import type { Doc } from "../document.js";
import { tokenAtOrAfter } from "../document.js";
import type { Entity, Place, PlacePrecision, Span } from "../types.js";
import { mentionCues } from "./cues.js";
import { type Anchor, findFacilities } from "./facilities.js";
import type { Gazetteer, PlaceKind } from "./gazetteer.js";
import { nameKey } from "./names.js";
import { HYPHEN_PART_RULE, IN_NAME_RULE, recognize, type Mention } from "./recognize.js";
import { closesQualifier } from "./qualify.js";
import { findRelativePlaces } from "./relative.js";
import { MENTION_HOME, MENTION_ONE_WORD, resolveCandidates } from "./resolve.js";

export function extractPlaces(ctx: Context): Place[] {
  const { doc } = ctx;
  const gazetteer = ctx.resources.gazetteer;
  const isOutlet = (e: Entity): boolean => e.actor !== null && ctx.resources.actors.get(e.actor)?.type === "media";
  const { mentions, adjectivePlaces, demonyms } = recognize(doc, gazetteer, ctx.entities, isOutlet, ctx.times);
  const cues = mentionCues(doc, mentions, gazetteer);
  const traits = mentions.map((m, i) => cues[i] | (m.rule === HYPHEN_PART_RULE ? MENTION_HOME : 0) | (m.last === m.first + 1 ? MENTION_ONE_WORD : 0));
  const chosen = resolveInNameLast(mentions, gazetteer, adjectivePlaces, traits);
  const places: Place[] = [];
  const endAt = new Map<number, number>(); // first token of a resolved mention -> its end token
  const anchors: Anchor[] = [];
  let persons: Uint8Array | undefined;
  const personToken = (t: number): number => (persons ??= personTokens(doc, ctx.entities))[t];
  for (let m = 0; m < mentions.length; m++) {
    if (chosen[m] < 0) continue;
    const place = toPlace(doc, gazetteer, mentions[m], chosen[m], mentions[m].rule);
    places.push(place);
    endAt.set(mentions[m].first, mentions[m].last);
    if (FACILITY_ANCHORS.has(place.precision)) anchors.push({ place, first: mentions[m].first, last: mentions[m].last });
  }
  const facilities = findFacilities(doc, anchors, gazetteer.lexicon.stopwords, (t) => personToken(t) === 1, (t) => personToken(t) > 0, (t) => closesQualifier(doc, t, gazetteer));
  if (facilities.length > 0) {
    places.push(...facilities);
    places.sort((a, b) => a.start - b.start || b.end - a.end);
  }
  // A demonym names its country (the first listed, for the rare demonym two countries share).
  for (const d of demonyms) places.push(toPlace(doc, gazetteer, d, d.candidates[0], d.rule));
  const relative = findRelativePlaces(doc, gazetteer.lexicon, (t) => endAt.get(t) ?? -1);
  if (relative.length === 0 && demonyms.length === 0) return places;
  return [...places, ...relative].sort((a, b) => a.start - b.start || b.end - a.end);
}

const NO_READINGS: readonly number[] = [];
/** Places a facility can be said to lie in or belong to: a town, a county, a first-level region (a country is too coarse a point). */
const FACILITY_ANCHORS = new Set<PlacePrecision>(["settlement", "admin2", "admin1"]);

/**
 * Chosen gazetteer id per mention. A name inside a longer name ("the New York Daily News") says
 * nothing of where the article's other places lie ("Augusta" is not the New York town for it):
 * the other mentions are resolved without it, then it takes the reading its name has elsewhere in
 * the article, or else the one that fits the others' chosen readings.
 */
function resolveInNameLast(mentions: readonly Mention[], gazetteer: Gazetteer, adjectivePlaces: readonly number[], traits: readonly number[]): Int32Array {
  if (!mentions.some((m) => m.rule === IN_NAME_RULE)) return resolveCandidates(mentions.map((m) => m.candidates), gazetteer, adjectivePlaces, traits);
  const inName = (m: Mention): boolean => m.rule === IN_NAME_RULE;
  const chosen = resolveCandidates(mentions.map((m) => (inName(m) ? NO_READINGS : m.candidates)), gazetteer, adjectivePlaces, traits);
  const elsewhere = new Map<readonly number[], number>();
  mentions.forEach((m, i) => {
    if (!inName(m) && chosen[i] >= 0) elsewhere.set(m.candidates, chosen[i]);
  });
  const fitted = resolveCandidates(mentions.map((m, i) => (inName(m) ? m.candidates : chosen[i] >= 0 ? [chosen[i]] : NO_READINGS)), gazetteer, adjectivePlaces, traits);
  mentions.forEach((m, i) => {
    if (inName(m)) chosen[i] = elsewhere.get(m.candidates) ?? fitted[i];
  });
  return chosen;
}

/**
 * Resolves given spans (e.g. gold toponyms in an evaluation) with the same disambiguation the layer
 * uses, taking the spans themselves and the article's demonyms as context. Null where the gazetteer
 * has no entry for the span's text.
 */
export function resolveSpans(ctx: Context, spans: readonly Span[]): (Place | null)[] {
  const { doc } = ctx;
  const gazetteer = ctx.resources.gazetteer;
  const { adjectivePlaces } = recognize(doc, gazetteer, ctx.entities);
  const mentions = spans.map((s) => spanMention(doc, gazetteer, s));
  const found = mentions.filter((m): m is Mention => m !== null);
  const foundCues = mentionCues(doc, found, gazetteer);
  let k = 0;
  const cues = mentions.map((m) => (m === null ? 0 : foundCues[k++]));
  const chosen = resolveCandidates(mentions.map((m) => m?.candidates ?? []), gazetteer, adjectivePlaces, cues);
  return mentions.map((m, i) => (m === null || chosen[i] < 0 ? null : toPlace(doc, gazetteer, m, chosen[i], "places/given-span")));
}

function spanMention(doc: Doc, gazetteer: Gazetteer, span: Span): Mention | null {
  const first = tokenAtOrAfter(doc, span.start);
  let last = first;
  while (last < doc.tokens.count && doc.tokens.start[last] < span.end) last++;
  if (last === first) return null;
  // The span's own text, which may be part of a token ("Minneapolis" in "DFL-Minneapolis").
  let key = nameKey(doc.text.slice(span.start, span.end));
  if (key.startsWith("the ")) key = key.slice(4);
  // A demonym ("Palestinian", plural "Palestinians"; "Canadian" before the Texas town, as in running
  // text), a name, or a region's bare base.
  const candidates = gazetteer.adjective(key) ?? gazetteer.lookup(key) ?? (key.endsWith("s") ? gazetteer.adjective(key.slice(0, -1)) : undefined) ?? gazetteer.lookup(key + " region");
  if (candidates === undefined) return null;
  return { first, last, start: span.start, end: span.end, candidates, rule: "places/given-span" };
}

// A county is precision admin2; its `admin1` field names the state it lies in.
const PRECISION: Record<PlaceKind, PlacePrecision> = {
  settlement: "settlement", admin1: "admin1", country: "country", continent: "continent", region: "region", admin2: "admin2",
};

function toPlace(doc: Doc, gazetteer: Gazetteer, m: Mention, id: number, rule: string): Place {
  return {
    start: m.start,
    end: m.end,
    text: doc.text.slice(m.start, m.end),
    name: gazetteer.name(id),
    geonameid: gazetteer.geonameid(id),
    country: gazetteer.country(id),
    admin1: gazetteer.admin1(id),
    lat: gazetteer.lat(id),
    lon: gazetteer.lon(id),
    precision: PRECISION[gazetteer.kind(id)],
    rule,
  };
}

/** Tokens inside a person's name (1) or another named entity's but a place's (2). */
function personTokens(doc: Doc, entities: readonly Entity[]): Uint8Array {
  const out = new Uint8Array(doc.tokens.count);
  for (const e of entities) {
    if (e.type === "GPE") continue;
    const mark = e.type === "PERSON" ? 1 : 2;
    for (let t = tokenAtOrAfter(doc, e.start); t < doc.tokens.count && doc.tokens.start[t] < e.end; t++) out[t] = mark;
  }
  return out;
}
