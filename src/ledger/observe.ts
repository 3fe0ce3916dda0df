// Per article: tie each figure to a claimant, a measure, a subject, a place and a date
// (Observation); find role claims ("brokered by X") and event reports. Reads only the
// extraction's annotations; everything here depends on one article alone.
import type { Claim, Entity, Event, Extraction, Figure, Place, Span } from "../core/types.js";
import { CHANGE_WORDS } from "../core/figures/lexicon.js";
import { locates, namesHomeOnly } from "../core/places/recognize.js";
import { figureInterval } from "./interval.js";
import type { LedgerRules, MeasureRule } from "./rules.js";
import { scopeOf, scopePart, UNSCOPED, type ScopeFinding } from "./scope.js";
import { findPhrase, inside, isDay, matchedPhrases, tokens, dayNumber, dayString, type Tok } from "./text.js";
import type { Attribution, ClaimRef, Claimant, EventMember, Observation, RelativeFigure, RoleAssertion, Scope, SpanText, StoredArticle, Why } from "./types.js";

const COUNTRY = /^[A-Z]{2}$/;
/** Two-letter affiliations that are sides but no country, so no place a figure is counted in. */
const NOT_COUNTRIES = new Set(["UN", "EU"]);

/** A country code that can be a place ("UA"), unlike the United Nations' "UN". */
function isCountry(code: string): boolean {
  return COUNTRY.test(code) && !NOT_COUNTRIES.has(code);
}
/** A capitalised plural counted noun: a people ("Palestinians", "Sudanese"). */
const PEOPLE_NAME = /^\p{Lu}/u;

export interface ArticleFacts {
  observations: Observation[];
  roles: RoleAssertion[];
  events: EventMember[];
}

interface Speaker {
  claim: Claim | null;
  claimant: Claimant;
  attribution: Attribution;
  hedges: string[];
  polarity: "assert" | "deny" | "question";
  date: string;
  dateWhy: Why;
}

/**
 * A claimant's side: a country, or an armed group that is a party of its own (`groupSides`), for
 * every organ of it; any other affiliation (an outlet, an NGO) is the claimant's own voice.
 */
export function sideOf(affiliation: string | null, actor: string | null, text: string, groupSides: ReadonlySet<string>): string {
  if (affiliation && (COUNTRY.test(affiliation) || groupSides.has(affiliation))) return affiliation;
  if (affiliation) return `${affiliation}:${actor ?? text}`;
  return `unknown:${actor ?? text}`;
}

/** A party's side (a country's or an armed group's), as against one claimant's own ("RSF", not "MSF:Doctors Without Borders"). */
export function isPartySide(side: string): boolean {
  return !side.includes(":");
}

class ArticleView {
  readonly x: Extraction;
  readonly text: string;
  readonly date: string;
  readonly dominantAdmin1: string | null;
  readonly dominantCountry: string | null;
  private readonly dominantAdmin1Country: string | null;
  constructor(readonly stored: StoredArticle, readonly rules: LedgerRules) {
    this.x = stored.extraction;
    this.text = stored.article.text;
    this.date = stored.article.date.slice(0, 10);
    const count = (xs: (string | null)[]): string | null => {
      const m = new Map<string, number>();
      for (const v of xs) if (v) m.set(v, (m.get(v) ?? 0) + 1);
      let best: string | null = null;
      let n = 0;
      for (const [k, c] of [...m].sort((a, b) => (a[0] < b[0] ? -1 : 1))) if (c > n) [best, n] = [k, c];
      return best;
    };
    // A capital standing for its government ("New Delhi blamed", "Kyiv said") locates nothing, and
    // even "in Tehran" says little of where an article's figures were counted: a capital is where
    // governments speak and reporters file from, and a national toll is not the capital's.
    const located = this.x.places.filter((p) => locates(p) && !this.isCapital(p));
    this.dominantAdmin1 = count(located.map((p) => p.admin1));
    this.dominantAdmin1Country = located.find((p) => p.admin1 === this.dominantAdmin1)?.country ?? null;
    this.dominantCountry = count(this.x.places.filter((p) => !namesHomeOnly(p.rule)).map((p) => p.country));
  }

  private readonly spans = new Map<number, SpanText>();

  /** The text at a span, one shared object per span of the article (facts are serialised, so a slice is safe). */
  span(s: Span): SpanText {
    const key = s.start * 0x100000 + s.end;
    let found = this.spans.get(key);
    if (found === undefined) {
      found = { start: s.start, end: s.end, text: this.text.slice(s.start, s.end) };
      this.spans.set(key, found);
    }
    return found;
  }

  sentenceIndex(pos: number): number {
    const ss = this.x.sentences;
    let lo = 0;
    let hi = ss.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (ss[mid]!.end <= pos) lo = mid + 1;
      else if (ss[mid]!.start > pos) hi = mid - 1;
      else return mid;
    }
    return Math.max(0, Math.min(ss.length - 1, lo));
  }

  sentenceOf(pos: number): Span {
    return this.x.sentences[this.sentenceIndex(pos)] ?? { start: 0, end: this.text.length };
  }

  /** The countries a sentence names: places and country-affiliated entities. */
  countriesIn(sentence: Span): Set<string> {
    const out = new Set<string>();
    for (const p of this.x.places) if (p.country && inside(p, sentence)) out.add(p.country);
    for (const e of this.x.entities) if (e.affiliation && COUNTRY.test(e.affiliation) && inside(e, sentence)) out.add(e.affiliation);
    return out;
  }

  isRelay(actor: string | null, unnamed: string | null): boolean {
    if (unnamed && this.rules.relayUnnamed.has(unnamed)) return true;
    if (actor && this.rules.relayTypes.has(this.rules.actorTypes.get(actor) ?? "")) return true;
    return false;
  }

  /** Entities inside a span that carry an affiliation, best first (named actors before demonyms). */
  affiliatedIn(s: Span): Entity[] {
    return this.x.entities
      .filter((e) => e.start < s.end && s.start < e.end && e.affiliation)
      .sort((a, b) => (a.actor && this.rules.actorTypes.has(a.actor) ? 0 : 1) - (b.actor && this.rules.actorTypes.has(b.actor) ? 0 : 1) || a.start - b.start);
  }

  claimantOf(c: Claim, via: string[]): Claimant {
    const src = c.source;
    let actor = src.actor;
    let affiliation = src.affiliation;
    const ents = this.affiliatedIn(src);
    if ((!actor || !this.rules.actorTypes.has(actor)) && ents[0]?.actor && this.rules.actorTypes.has(ents[0].actor)) actor = ents[0].actor;
    if (!affiliation) affiliation = ents[0]?.affiliation ?? null;
    if (!affiliation) {
      const pl = this.x.places.find((p) => inside(p, src) && p.country);
      affiliation = pl?.country ?? null;
    }
    return { text: src.text, actor, unnamed: src.unnamed, side: sideOf(affiliation, actor, src.text, this.rules.groupSides), via };
  }

  /**
   * The country of whoever tells figure `f`: the claimant's, else that of a relay whose content holds
   * it ("Iranian state media said the toll was at least 585, citing a human rights group").
   */
  tellerCountry(sp: Speaker, f: Span): string | null {
    if (isCountry(sp.claimant.side)) return sp.claimant.side;
    const relay = this.x.claims.find((c) => inside(f, c.content) && this.isRelay(c.source.actor, c.source.unnamed) && c.source.affiliation && isCountry(c.source.affiliation));
    return relay?.source.affiliation ?? null;
  }

  outletClaimant(): Claimant {
    const name = this.stored.article.source ?? "unnamed outlet";
    return { text: name, actor: name, unnamed: null, side: `outlet:${name}`, via: [] };
  }

  /** Day-granularity dates in a sentence, outside `exclude`, nearest to `anchor` first. */
  dateNear(sentence: Span, anchor: number, exclude: Span | null): { value: string; text: string } | null {
    let best: { value: string; text: string; d: number } | null = null;
    for (const t of this.x.times) {
      if (!inside(t, sentence) || t.type !== "DATE" || t.granularity !== "day" || !isDay(t.value)) continue;
      if (exclude && inside(t, exclude)) continue;
      const v = t.value.slice(0, 10);
      if (v > this.date) continue;
      // A date belongs to the nearest figure: another figure between them takes it ("133,190 is
      // higher than the 76,000 the ministry gave on Aug. 10" dates the 76,000, not the 133,190).
      const lo = Math.min(t.end, anchor);
      const hi = Math.max(t.start, anchor);
      if (this.x.figures.some((f) => f.start > lo && f.end < hi && f.start !== anchor)) continue;
      const d = Math.min(Math.abs(t.start - anchor), Math.abs(t.end - anchor));
      if (!best || d < best.d) best = { value: v, text: t.text, d };
    }
    return best;
  }

  claimDate(c: Claim | null, sentence: Span, anchor: number, exclude: Span | null): { date: string; why: Why } {
    if (c && isDay(c.time) && c.time.slice(0, 10) !== this.date && c.time.slice(0, 10) <= this.date)
      return { date: c.time.slice(0, 10), why: { rule: "date/claim-time", matched: [c.time] } };
    const near = this.dateNear(sentence, anchor, exclude);
    if (near) return { date: near.value, why: { rule: "date/sentence-time", matched: [near.text], note: "claim time taken from a date in the claim's sentence" } };
    return { date: this.date, why: { rule: "date/article", matched: [this.date] } };
  }

  /** Who says what is at `pos` (a figure or a role phrase), with hedges, polarity and date. */
  speakerAt(target: Span): Speaker {
    const sIdx = this.sentenceIndex(target.start);
    const sentence = this.sentenceOf(target.start);
    const claims = this.x.claims;
    const inSentence = claims.filter((c) => inside(c.cue, sentence) || c.sentence === sIdx);
    const via = [...new Set(inSentence.filter((c) => this.isRelay(c.source.actor, c.source.unnamed)).map((c) => c.source.actor ?? c.source.text))].sort();
    const containing = claims.filter((c) => inside(target, c.content)).sort((a, b) => a.content.end - a.content.start - (b.content.end - b.content.start));
    let chosen: Claim | null = null;
    let attribution: Attribution = "claim-content";
    const owner = this.possessorOf(target, sentence) ?? this.givenBy(target, sentence);
    if (containing.length && !(owner && inside(owner.span, containing[0]!.content))) {
      chosen = containing[0]!;
      if (this.isRelay(chosen.source.actor, chosen.source.unnamed)) {
        // "X ..., the ministry said, according to TASS": the speaker is the non-media source inside the relay's content.
        const inner = inSentence
          .filter((c) => c !== chosen && inside(c.source, chosen!.content) && !this.isRelay(c.source.actor, c.source.unnamed))
          .sort((a, b) => Math.abs(a.source.start - target.end) - Math.abs(b.source.start - target.end));
        const outer = containing.find((c) => !this.isRelay(c.source.actor, c.source.unnamed));
        const sameSentence = inSentence
          .filter((c) => !this.isRelay(c.source.actor, c.source.unnamed))
          .sort((a, b) => Math.abs(a.cue.start - target.start) - Math.abs(b.cue.start - target.start));
        if (inner[0]) chosen = inner[0];
        else if (outer) chosen = outer;
        else if (sameSentence[0]) chosen = sameSentence[0];
        else {
          // "According to Xinhua, the Defence Ministry put the number ... at 82": a named actor inside the relay's content.
          const relay = chosen;
          const named = this.x.entities
            .filter((e) => inside(e, relay.content) && e.end <= target.start && (e.type === "PERSON" || e.type === "ORG") && e.actor && !this.isRelay(e.actor, null))
            .sort((a, b) => b.start - a.start)[0];
          if (named) {
            const d = this.claimDate(relay, sentence, relay.cue.start, relay.content);
            return {
              claim: relay,
              claimant: { text: named.text, actor: named.actor, unnamed: null, side: sideOf(named.affiliation, named.actor, named.text, this.rules.groupSides), via: [relay.source.actor ?? relay.source.text] },
              attribution: "claim-content",
              hedges: [...new Set(relay.hedges.map((h) => h.kind))].sort(),
              polarity: relay.polarity,
              date: d.date,
              dateWhy: d.why,
            };
          }
        }
      }
    } else if (owner) {
      // "The SBU's figure of 102 ... and the Russian channel's 'more than 100'", "the army's claim to
      // have downed 11 drones was false": whose figure the text says, though another claim shares
      // the sentence or reports it.
      const d = this.claimDate(null, sentence, target.start, null);
      return {
        claim: null,
        claimant: owner.claimant ?? {
          text: owner.text, actor: owner.entity?.actor ?? null, unnamed: owner.entity?.actor ? null : "group",
          side: sideOf(owner.entity?.affiliation ?? null, owner.entity?.actor ?? null, owner.entity?.text ?? owner.text, this.rules.groupSides), via,
        },
        attribution: "sentence-actor",
        hedges: [],
        polarity: "assert",
        date: d.date,
        dateWhy: d.why,
      };
    } else if (inSentence.length) {
      attribution = "claim-sentence";
      const ranked = [...inSentence].sort(
        (a, b) =>
          (this.isRelay(a.source.actor, a.source.unnamed) ? 1 : 0) - (this.isRelay(b.source.actor, b.source.unnamed) ? 1 : 0) ||
          Math.abs(a.cue.start - target.start) - Math.abs(b.cue.start - target.start),
      );
      chosen = ranked[0]!;
    }
    if (chosen) {
      const content = chosen.content;
      const d = this.claimDate(chosen, sentence, chosen.cue.start, inside(target, content) ? content : null);
      return {
        claim: chosen,
        claimant: this.claimantOf(chosen, via.filter((v) => v !== (chosen!.source.actor ?? chosen!.source.text))),
        attribution,
        hedges: [...new Set(chosen.hedges.map((h) => h.kind))].sort(),
        polarity: chosen.polarity,
        date: d.date,
        dateWhy: d.why,
      };
    }
    // No claim in the sentence: the nearest named non-media actor, unless a demonym of another side is nearer.
    const dist = (e: Span): number => (e.end <= target.start ? target.start - e.end : e.start >= target.end ? e.start - target.end : 0);
    const ents = this.x.entities.filter((e) => inside(e, sentence) && e.affiliation && !inside(e, target));
    const named = ents
      .filter((e) => (e.type === "PERSON" || e.type === "ORG") && e.actor && !this.isRelay(e.actor, null))
      .sort((a, b) => dist(a) - dist(b) || a.start - b.start);
    const d = this.claimDate(null, sentence, target.start, null);
    if (named[0]) {
      const n = named[0];
      const nearerOther = ents.filter((e) => e.affiliation !== n.affiliation && dist(e) < dist(n)).sort((a, b) => dist(a) - dist(b))[0];
      const e = nearerOther ?? n;
      const actor = nearerOther ? nearerOther.actor : n.actor;
      return {
        claim: null,
        claimant: { text: e.text, actor, unnamed: nearerOther && !nearerOther.actor ? "group" : null, side: sideOf(e.affiliation, actor, e.text, this.rules.groupSides), via },
        attribution: "sentence-actor",
        hedges: [],
        polarity: "assert",
        date: d.date,
        dateWhy: d.why,
      };
    }
    return { claim: null, claimant: this.outletClaimant(), attribution: "outlet", hedges: [], polarity: "assert", date: d.date, dateWhy: d.why };
  }

  /**
   * The owner named in a possessive right before a figure ("the SBU's figure of 102", "Moscow's
   * estimate of 5,000", "the Russian channel's \"more than 100\"", "the army's claim to have downed"):
   * its phrase and the last entity with an affiliation inside it, or an institution named alone.
   */
  possessorOf(target: Span, sentence: Span): Owner | null {
    const before = this.text.slice(Math.max(sentence.start, target.start - 60), target.start);
    const m = POSSESSED_FIGURE.exec(before);
    if (!m) return null;
    const start = target.start - before.length + m.index;
    const end = start + m[1]!.length;
    const entity = this.x.entities.filter((e) => e.start >= start && e.end <= end && e.affiliation).pop();
    if (!entity) {
      // "the army's claim to have downed 11 drones": an institution named with no country.
      const body = /the\s+[\p{Ll}\s]+$/u.exec(m[1]!);
      if (!body || !(NATIONAL_BODIES.test(body[0]) || LOCAL_AUTHORITIES.test(body[0]))) return null;
      return { text: body[0], span: { start: start + body.index, end }, entity: null };
    }
    // "and the Russian channel's", "a day after Smirnov's": from the entity on, with its article.
    const article = /\b(?:the|a|an)\s+$/i.exec(this.text.slice(start, entity.start));
    const from = article ? start + article.index : entity.start;
    return { text: this.text.slice(from, end), span: { start: from, end }, entity };
  }

  /**
   * Who a figure was given by, named before it ("The figure given by health officials on Friday, 34
   * injured, ...") or after it ("The figure of 31 injured ... was given by Russian officials", "the
   * more than 76,000 the emergencies ministry gave"): an
   * entity with an affiliation in that phrase, else the source of an earlier claim whose phrase ends
   * the same way ("Russian health officials said ...").
   */
  givenBy(target: Span, sentence: Span): Owner | null {
    const from = Math.max(sentence.start, target.start - 90);
    const before = GIVEN_BY_BEFORE.exec(this.text.slice(from, target.start));
    const rest = this.text.slice(target.end, Math.min(sentence.end, target.end + 90));
    const after = before ? null : GIVEN_BY_AFTER.exec(rest) ?? GAVE_AFTER.exec(rest);
    const m = before ?? after;
    if (!m) return null;
    const [a, b] = m.indices![1]!;
    const offset = before ? from : target.end;
    const span = { start: offset + a, end: offset + b };
    const entity = this.x.entities.filter((e) => inside(e, span) && e.affiliation).pop() ?? null;
    if (entity) return { text: m[1]!, span, entity };
    // ("the emergencies ministry" ends "Russia's emergencies ministry": the article is left out.)
    const phrase = m[1]!.toLowerCase().replace(/^(?:the|a)\s+/, "");
    const earlier = this.x.claims.filter((c) => c.source.end <= span.start && c.source.text.toLowerCase().endsWith(phrase)).pop();
    return { text: m[1]!, span, entity: null, claimant: earlier ? this.claimantOf(earlier, []) : undefined };
  }

  ref(sp: Speaker, target: Span | null): ClaimRef {
    const sentence = this.sentenceOf((target ?? sp.claim?.cue ?? { start: 0 }).start);
    return {
      articleId: this.stored.articleId,
      claimId: sp.claim?.id ?? null,
      sentence: this.span(sentence),
      figure: target ? this.span(target) : null,
      content: sp.claim ? this.span(sp.claim.content) : null,
      source: sp.claim ? this.span(sp.claim.source) : null,
      attribution: sp.attribution,
    };
  }

  /**
   * Where figure `index` (in sentence `sentence`, told by a claimant of side `claimantSide`) was
   * counted. `civilianHome`: the teller's country, for a civilian toll; `regional`: a measure of
   * ground, kept in the article's main region before a country its sentence names.
   */
  placeFor(sentence: Span, index: number, claimantSide: string, civilianHome: string | null, regional: boolean, national = false): { place: string; why: Why } {
    const event = this.eventOf(index);
    // The mention in the event's own sentence when there is one: the same name may stand elsewhere
    // in another role ("killed in Syria" before "killed in Syria's Idlib province").
    const named = event?.place ? this.x.places.filter((p) => p.name === event.place && locates(p)) : [];
    const eventPlace = named.find((p) => inside(p, sentence)) ?? named[0];
    if (eventPlace?.admin1) return { place: eventPlace.admin1, why: { rule: "place/event-admin1", matched: [eventPlace.text] } };
    // A toponym that is also an actor mention ("Kyiv's control", "Moscow said") is a metonym, not a location.
    const here = this.x.places.filter((p) => inside(p, sentence) && locates(p) && !this.isMetonym(p));
    const a1 = here.find((p) => p.admin1);
    if (a1) return { place: a1.admin1!, why: { rule: "place/sentence-admin1", matched: [a1.text] } };
    // "610 people had been killed in Iran": a whole country named where it happened is the figure's
    // scope, however much the article says about one of its regions (a region the sentence names
    // is more exact still: "In Israel, 13 people were killed when missiles hit Bat Yam").
    // (A regional measure, such as ground held, keeps the article's main region: "74 settlements in
    // Russia" in an article about the Kursk incursion is counted in the Kursk region.)
    if (!regional && eventPlace?.country && eventPlace.precision === "country" && this.namedAsScope(eventPlace)) return { place: eventPlace.country, why: { rule: "place/event-country", matched: [eventPlace.text] } };
    const scope = regional ? undefined : here.find((p) => p.country && p.precision === "country" && this.namedAsScope(p));
    if (scope) return { place: scope.country!, why: { rule: "place/sentence-country-scope", matched: [scope.text] } };
    // The country an attack behind the figure happened in (its place, or who did it and who tells
    // it): the article's main region holds the figure only when it lies in that country.
    const expected = event ? (event.type === "ASSAULT" ? eventPlace?.country : null) ?? this.attackedCountry(event, claimantSide) : null;
    // ("evacuated from four Thai border provinces" in a story whose main region is Cambodian: the
    // event's own country rules the main region out.)
    const eventCountry = eventPlace && (this.namedAsScope(eventPlace) || this.demonymOfPlaces(eventPlace)) ? eventPlace.country : null;
    if (this.dominantAdmin1 && !national && (expected === null || expected === this.dominantAdmin1Country) && (eventCountry === null || eventCountry === this.dominantAdmin1Country)) {
      return { place: this.dominantAdmin1, why: { rule: "place/article-admin1", matched: [this.dominantAdmin1] } };
    }
    if (expected) return { place: expected, why: { rule: "place/attacked-side", matched: [event!.trigger.text] } };
    const c = here.find((p) => p.country);
    if (c) return { place: c.country!, why: { rule: "place/sentence-country", matched: [c.text] } };
    // "Israel said 24 people had been killed": a side's civilian toll told with no place is
    // counted at home, whichever country the article names most.
    if (civilianHome) return { place: civilianHome, why: { rule: "place/teller-country", matched: [civilianHome] } };
    if (this.dominantCountry) return { place: this.dominantCountry, why: { rule: "place/article-country", matched: [this.dominantCountry] } };
    return { place: "unknown", why: { rule: "place/unknown", matched: [] } };
  }

  /**
   * A country named as where something happened ("killed in Iran", "over Qatar"), not as a
   * possessor ("Russia's Kursk region"), a party ("brokered by the United Arab Emirates") or a demonym.
   */
  private namedAsScope(p: Place): boolean {
    return (
      !p.rule.includes("demonym") &&
      this.afterLocative(p) &&
      !POSSESSIVE_AFTER.test(this.text.slice(p.end, p.end + 2))
    );
  }

  /** A demonym before a noun for places ("Thai border provinces", "Ukrainian territory"): the country they lie in. */
  private demonymOfPlaces(p: Place): boolean {
    return p.rule.includes("demonym") && PLACES_AFTER_DEMONYM.test(this.text.slice(p.end, p.end + 40));
  }

  /** The first located place with a first-level region inside a span ("over the Moscow region"). */
  regionIn(span: Span): Place | null {
    return this.x.places.find((p) => inside(p, span) && p.admin1 && locates(p) && !this.isMetonym(p)) ?? null;
  }

  /** A toponym that is also an actor mention ("Kyiv's control", "Moscow said") is a metonym, not a location. */
  private isMetonym(p: Place): boolean {
    // "in Tehran" is the city whatever the entity layer made of the name.
    return this.isCapital(p) && !this.afterLocative(p);
  }

  /** A place right after "in", "inside", "across", "throughout" or "over" (and "the"). */
  private afterLocative(p: Place): boolean {
    return LOCATIVE_BEFORE.test(this.text.slice(Math.max(0, p.start - 16), p.start));
  }

  /** A toponym the entity layer also read as a government (a capital: "Kyiv", "Tehran"). */
  private isCapital(p: Place): boolean {
    return p.precision !== "admin1" && this.x.entities.some((e) => e.actor && e.type === "GPE" && e.start < p.end && p.start < e.end && e.text === p.text && e.actor !== p.name);
  }

  private figureEvents: Map<number, Event> | null = null;

  /** The event that lists figure `index` among its figures (the first one), if any. */
  eventOf(index: number): Event | undefined {
    if (this.figureEvents === null) {
      this.figureEvents = new Map();
      for (const ev of this.x.events) for (const i of ev.figures) if (!this.figureEvents.has(i)) this.figureEvents.set(i, ev);
    }
    return this.figureEvents.get(index);
  }

  /**
   * The country where an attack's harm fell, from who did it and who tells it: an interception
   * happens over the interceptor's own country; a side reporting the other side's attack reports
   * harm on its own ground ("Pakistan said Indian strikes killed 26 civilians"). Null when unsure.
   */
  private attackedCountry(event: Event, claimantSide: string): string | null {
    if (event.type !== "ASSAULT" || event.negated || !(event.mode === "casualties" || event.mode === "interception")) return null;
    // "79 of the drones had been shot down", told by Ukraine's air force: over the teller's country.
    if (!event.actor) return event.mode === "interception" && isCountry(claimantSide) ? claimantSide : null;
    const actorSide = this.countryOfActor(event);
    if (!actorSide) return null;
    if (event.mode === "interception") return actorSide;
    return isCountry(claimantSide) && claimantSide !== actorSide ? claimantSide : null;
  }

  /** The country of an event's actor: by name, or a country named inside its phrase ("Pakistan's army"). */
  countryOfActor(event: Event): string | null {
    if (!event.actor) return null;
    const span = event.actor_span ?? null;
    return this.x.entities.find((e) => e.affiliation && isCountry(e.affiliation) && (e.actor === event.actor || (span !== null && inside(e, span))))?.affiliation ?? null;
  }
}


/** Whose a figure is, as the text names them: the phrase, an entity in it, or the claimant it resolves to. */
interface Owner {
  text: string;
  span: Span;
  entity: Entity | null;
  claimant?: Claimant;
}

/** "The figure given by health officials on Friday, 34 ...": the giver before the figure. */
const GIVEN_BY_BEFORE = /\b(?:figure|count|toll|number|estimate|tally|total)\s+(?:given|reported|cited|released|published|announced)\s+by\s+((?:[\p{L}'’.-]+\s+){0,4}?[\p{L}'’.-]+)(?:\s+(?:on|last|this|earlier)\s+[\p{L}.]+)?,?\s*$/du;
/** "higher than the more than 76,000 the emergencies ministry gave": a giver right after the figure, as a clause's subject. */
const GAVE_AFTER = /^\s+(?:that\s+)?((?:the|a)\s+(?:[\p{Ll}'’-]+\s+){0,3}?[\p{Ll}'’-]+)\s+(?:had\s+)?(?:gave|reported|cited|announced|released|published)\b/du;
/** "The figure of 31 injured ... was given by Russian officials on Thursday": the giver after it. */
const GIVEN_BY_AFTER = /^[^.;:]{0,60}?\b(?:was|were|had\s+been|has\s+been)\s+(?:given|reported|released|announced|published)\s+by\s+((?:[\p{L}'’.-]+\s+){0,4}?[\p{L}'’.-]+?)(?=\s+(?:on|in|at|last|this|after|before|earlier|two|a)\b|\s*[,.;]|$)/du;

/** A possessor's phrase (a few words, no clause mark), its "'s", then a word for a figure or a quote. */
const POSSESSED_FIGURE = /((?:[\p{L}.-]+\s+){0,3}[\p{L}.-]+)['’]s\s+(?:(?:figure|count|estimate|tally|number|toll|total)\s+(?:of\s+)?|["“]|(?:claims?|assertion|statement)\s+(?:that|to\s+have)\s+(?:[\p{L}'-]+\s+){0,6})$/u;

/** A possessive ending: "Russia's Kursk region" names the region, not Russia as a whole. */
const POSSESSIVE_AFTER = /^['’]s/;
const LOCATIVE_BEFORE = /\b(?:in|inside|across|throughout|over)\s+(?:the\s+)?$/i;

function figureKey(f: Figure): boolean {
  return f.conversion_of === null || f.conversion_of === undefined;
}

interface Window {
  toks: Tok[];
  span: Span;
}

function windowOf(view: ArticleView, figs: Figure[], i: number): Window {
  const f = figs[i]!;
  const sentence = view.sentenceOf(f.start);
  let start = sentence.start;
  let end = sentence.end;
  let prev: Figure | null = null;
  for (const g of figs) {
    if (g === f || !figureKey(g) || !inside(g, sentence)) continue;
    if (g.end <= f.start && g.end > start) [start, prev] = [g.end, g];
    if (g.start >= f.end && g.start < end) end = g.start;
  }
  // "launched 46 drones and three missiles", "killed five soldiers, two police officers and a
  // child": a figure listed after another shares the words before the list (its verb). So does the
  // new value after a change ("the toll rose by 60 to 43,500", "rose from 1,040 to 1,210").
  let linked: Figure = f;
  while (prev !== null && (LIST_LINK.test(view.text.slice(prev.end, linked.start)) || (CHANGE_TO.test(view.text.slice(prev.end, linked.start)) && isChange(view, prev)))) {
    linked = prev;
    prev = null;
    start = sentence.start;
    for (const g of figs) if (g !== linked && figureKey(g) && inside(g, sentence) && g.end <= linked.start && g.end > start) [start, prev] = [g.end, g];
  }
  const span = { start, end };
  return { toks: tokens(view.text.slice(start, end), start), span };
}

/** Before a change or an old value: "rose by 60", "has risen sharply from 1,040", "up from 900" (the figures layer's words of change). */
const CHANGE_BEFORE = new RegExp(
  `\\b(?:${[...CHANGE_WORDS].join("|")})\\s+(?:\\w+ly\\s+)?(?:by|from)\\s+(?:(?:about|around|some|nearly|almost|more\\s+than|over|at\\s+least)\\s+)?$`, "i",
);
/** Between a change or an old value and the new value ("by 60 to 43,500"). */
const CHANGE_TO = /^(?:\s+[\p{L}'-]+){0,2}\s+to\s+$/u;

/** A figure that counts a change or an old value, not the quantity as it stands now. */
function isChange(view: ArticleView, f: Figure): boolean {
  return CHANGE_BEFORE.test(view.text.slice(Math.max(0, f.start - 40), f.start));
}

/** The words between two listed figures: the first one's noun and a comma or "and" ("drones and"). */
const LIST_LINK = /^(?:\s+[\p{L}'-]+){0,3}\s*(?:,|,?\s+and)\s+$/u;

function matchMeasure(rules: LedgerRules, f: Figure, win: Window): { m: MeasureRule; why: Why } | null {
  const counted = f.counted?.toLowerCase() ?? null;
  if (counted) return measureFor(rules, f, win, counted, null);
  // Without an extracted counted noun, the counted-noun phrases of the measures decide, nearest to
  // the figure first (then the longest, then the first in the measure table); a nearer one that
  // makes no measure gives way ("the death toll from the missile strike rose to 35": no missiles).
  const ranked = countedPhrasesNear(rules, f, win);
  for (const nearest of ranked) {
    const found = measureFor(rules, f, win, null, nearest);
    if (found) return found;
  }
  return ranked.length ? null : measureFor(rules, f, win, null, null);
}

/** The counted-noun phrases in the window, nearest to the figure first. */
function countedPhrasesNear(rules: LedgerRules, f: Figure, win: Window): string[] {
  const found: { phrase: string; d: number; length: number; order: number }[] = [];
  const toks = win.toks;
  for (let i = 0; i < toks.length; i++) {
    const candidates = rules.countedPhrases.get(toks[i]!.w);
    if (!candidates) continue;
    for (const c of candidates) {
      if (i + c.words.length > toks.length || !c.words.every((w, j) => toks[i + j]!.w === w)) continue;
      const next = toks[i + c.words.length];
      if (next && rules.compoundHeads.has(next.w) && next.start - toks[i + c.words.length - 1]!.end === 1) continue;
      const t = toks[i]!;
      // The figure's own words ("more than 1,900") count nothing.
      if (t.start >= f.start && t.end <= f.end) continue;
      // Counted nouns follow the number in English ("37 of the drones"): one before it counts as farther away.
      const d = t.start >= f.end ? t.start - f.end : f.start - t.end + 20;
      found.push({ phrase: c.phrase, d, length: c.phrase.length, order: c.order });
    }
  }
  found.sort((a, b) => a.d - b.d || b.length - a.length || a.order - b.order);
  return [...new Set(found.map((x) => x.phrase))];
}

function measureFor(rules: LedgerRules, f: Figure, win: Window, counted: string | null, nearest: string | null): { m: MeasureRule; why: Why } | null {
  const unit = f.unit;
  // Of the measures whose counted noun (or unit) fits, the one whose cue stands nearest the figure:
  // in "Israel and Iran exchanged fire, and the ministry said 224 people had been killed" the toll is
  // the killing, not an exchange. Equally near (or cue-less) measures keep the table's order.
  let chosen: { m: MeasureRule; why: Why; distance: number } | null = null;
  for (const m of rules.measures) {
    const matched: string[] = [];
    let ok = false;
    if (unit && m.units?.includes(unit)) {
      ok = true;
      matched.push(`unit:${unit}`);
    } else if (m.counted) {
      if (counted && m.counted.includes(counted)) {
        ok = true;
        matched.push(`counted:${counted}`);
      } else if (counted && unit === "people" && PEOPLE_NAME.test(f.counted!) && m.counted.includes("people")) {
        // "more than 43,900 Palestinians": a people named by its demonym counts people.
        ok = true;
        matched.push(`counted:${counted}`);
      } else if (!counted && nearest && m.counted.includes(nearest) && (!unit || unit === "people")) {
        ok = true;
        matched.push(`counted:${nearest}`);
      }
    }
    if (!ok && m.nounCues && !unit && !counted && f.relative) {
      const n = matchedPhrases(win.toks, m.nounCues);
      if (n.length) {
        ok = true;
        matched.push(...n.map((x) => `noun:${x}`));
      }
    }
    if (!ok) continue;
    let distance = Infinity;
    if (m.cues.length) {
      const c = matchedPhrases(win.toks, m.cues);
      if (!c.length) continue;
      matched.push(...c.map((x) => `cue:${x}`));
      // The counted noun itself ("115 prisoners") tells what is counted, not what happened to it.
      distance = phraseDistance(win.toks, c.filter((x) => x !== counted && x !== nearest), f);
    }
    if (m.requireAll && matchedPhrases(win.toks, m.requireAll).length !== m.requireAll.length) continue;
    if (m.exclude && matchedPhrases(win.toks, m.exclude).length) continue;
    if (!chosen || distance < chosen.distance) chosen = { m, why: { rule: `measure/${m.id}`, matched }, distance };
  }
  return chosen && { m: chosen.m, why: chosen.why };
}

/** Characters between the figure and the nearest occurrence of any of the phrases in the tokens. */
function phraseDistance(toks: Tok[], phrases: string[], f: Span): number {
  let best = Infinity;
  for (const p of phrases) {
    const length = p.split(/\s+/).filter(Boolean).length;
    for (let i = findPhrase(toks, p); i >= 0; i = findPhrase(toks, p, i + 1)) {
      const first = toks[i]!;
      const last = toks[i + length - 1]!;
      best = Math.min(best, first.start >= f.end ? first.start - f.end : f.start >= last.end ? f.start - last.end : 0);
    }
  }
  return best;
}

const SPEAKER_PRONOUNS = new Set(["it", "they", "we"]);
/** Counted nouns of things launched, which a launch earlier in the sentence owns. */
const MUNITIONS = new Set(["drones", "missiles", "rockets", "shells"]);
const OWN_LOSS_VERBS = new Set(["lost", "lose"]);

function subjectFor(view: ArticleView, m: MeasureRule, f: Figure, win: Window, claimantSide: string): { subject: string; why: Why } {
  const rules = view.rules;
  if (m.subject !== "claimant" && m.subject !== "opposite") {
    const c = f.counted?.toLowerCase();
    const narrowed = c ? rules.subjectByCounted[c] : undefined;
    if (narrowed) return { subject: narrowed, why: { rule: "subject/counted", matched: [c!] } };
    return { subject: m.subject, why: { rule: `subject/measure-default`, matched: [m.subject] } };
  }
  // Sides are countries, and armed groups that are a side of their own ("300 RSF fighters").
  const ents = view.x.entities.filter((e) => inside(e, win.span) && e.affiliation && (COUNTRY.test(e.affiliation) || e.type === "GROUP") && !inside(e, f));
  // 1. "102 Russian soldiers": a side right after the number.
  const rightAfter = ents.find((e) => e.start >= f.end && e.start - f.end <= 2);
  if (rightAfter) return { subject: rightAfter.affiliation!, why: { rule: "subject/adjective", matched: [rightAfter.text] } };
  const toks = win.toks;
  const sideAtTok = (i: number): { side: string; text: string } | null => {
    const t = toks[i]!;
    const e = ents.find((en) => en.start <= t.start && t.end <= en.end);
    if (e) return { side: e.affiliation!, text: e.text };
    const w = rules.sideWords.get(t.w);
    return w ? { side: w, text: t.w } : null;
  };
  // 2. "under Ukrainian control".
  for (let i = 1; i + 1 < toks.length; i++) {
    if (rules.controlBefore.has(toks[i - 1]!.w) && rules.controlAfter.has(toks[i + 1]!.w)) {
      const s = sideAtTok(i);
      if (s) return { subject: s.side, why: { rule: "subject/under-control", matched: [`under ${s.text} control`] } };
    }
  }
  // 3. "Ukrainian forces control", "Ukraine has lost": a side followed by an anchor word; nearest to the figure.
  let best: { side: string; text: string; anchor: string; d: number } | null = null;
  for (let i = 0; i < toks.length; i++) {
    const s = sideAtTok(i);
    if (!s) continue;
    // skip to the end of a multi-token entity
    let j = i + 1;
    while (j < toks.length && ents.some((e) => e.start <= toks[i]!.start && toks[j]!.end <= e.end)) j++;
    for (let k = j; k < Math.min(j + 2, toks.length); k++) {
      if (rules.subjectAnchors.has(toks[k]!.w)) {
        const d = Math.abs(toks[i]!.start - f.start);
        if (!best || d < best.d) best = { side: s.side, text: s.text, anchor: toks[k]!.w, d };
        break;
      }
    }
  }
  if (best) return { subject: best.side, why: { rule: "subject/side-anchor", matched: [best.text, best.anchor] } };
  // 4. "his forces", "its fighters": the claimant's own side (an armed group's own affiliation).
  const ownSide = isPartySide(claimantSide) ? claimantSide : null;
  for (let i = 0; i + 1 < toks.length; i++) {
    if (rules.possessives.has(toks[i]!.w) && rules.forceNouns.has(toks[i + 1]!.w) && ownSide)
      return { subject: ownSide, why: { rule: "subject/possessive", matched: [`${toks[i]!.w} ${toks[i + 1]!.w}`] } };
  }
  // "The RSF said it had lost 50 fighters": the speaker's own losses.
  for (let i = 0; i + 1 < toks.length && ownSide; i++) {
    if (!SPEAKER_PRONOUNS.has(toks[i]!.w)) continue;
    const verb = toks[i + 1]!.w === "had" || toks[i + 1]!.w === "has" || toks[i + 1]!.w === "have" ? i + 2 : i + 1;
    if (verb < toks.length && OWN_LOSS_VERBS.has(toks[verb]!.w) && m.cues.includes(toks[verb]!.w))
      return { subject: ownSide, why: { rule: "subject/speaker-lost", matched: [`${toks[i]!.w} ${toks[verb]!.w}`] } };
  }
  // 5. "Russia had launched 126 drones ..., and 79 of the drones had been shot down": what was
  // brought down is the launcher's, from a launch earlier in the sentence. (Not the soldiers a
  // strike killed: "struck a meeting ..., killing more than 60 servicemen" are the other side's.)
  if (m.subject === "opposite" && m.counted?.some((c) => MUNITIONS.has(c))) {
    const sentence = view.sentenceOf(f.start);
    const launch = view.x.events.find(
      (ev) => ev.type === "ASSAULT" && (ev.mode === "drone" || ev.mode === "missile") && !ev.negated && inside(ev.trigger, sentence) && ev.trigger.end <= f.start && view.countryOfActor(ev) !== null,
    );
    if (launch) return { subject: view.countryOfActor(launch)!, why: { rule: "subject/launched-by", matched: [launch.actor!, launch.trigger.text] } };
  }
  // 6. The measure's default.
  if (m.subject === "claimant" && isPartySide(claimantSide)) return { subject: claimantSide, why: { rule: "subject/default-claimant", matched: [claimantSide] } };
  if (m.subject === "opposite" && rules.opposites[claimantSide]) return { subject: rules.opposites[claimantSide]!, why: { rule: "subject/default-opposite", matched: [claimantSide] } };
  return { subject: "unknown", why: { rule: "subject/unknown", matched: [] } };
}

function relativeFor(view: ArticleView, f: Figure): RelativeFigure | null {
  const r = f.relative;
  if (!r) return null;
  const to = r.to;
  let toSide: string | null = null;
  let rule = "relative/unresolved-side";
  const e = view.x.entities.find((en) => inside(en, to) && en.affiliation && COUNTRY.test(en.affiliation));
  if (e) [toSide, rule] = [e.affiliation, "relative/side-entity"];
  else {
    const c = view.x.claims.find((cl) => inside(cl.source, to) && cl.source.affiliation);
    if (c) [toSide, rule] = [c.source.affiliation, "relative/side-claim-source"];
    else {
      const t = tokens(to.text).find((tk) => view.rules.sideWords.has(tk.w));
      if (t) [toSide, rule] = [view.rules.sideWords.get(t.w)!, "relative/side-word"];
    }
  }
  return { kind: r.kind, factor: r.factor, to: { start: to.start, end: to.end, text: to.text }, toSide, resolvedAgainst: null, resolvedValue: null, rule };
}

/** A figure that gives another value for the quantity just named: "put the number at 350", "the toll at 40". */
const RESTATED = /\b(?:number|figure|toll|tally|count|total|it)\s+at\s*$/i;

/** A modal and a verb of growth right before a figure ("could exceed", "may rise to", "might reach"). */
const PROJECTION = /\b(?:could|may|might|would)\s+(?:well\s+|soon\s+|eventually\s+)?(?:exceed|surpass|top|reach|rise\s+to|climb\s+to|grow\s+to|be\s+as\s+high\s+as|be\s+more\s+than)\s+(?:more\s+than\s+|over\s+|about\s+)?$/i;

/** Words after a figure that make it a part of a count already given ("two of them", "most of whom"). */
const PART_OF_GIVEN = /^\s+of\s+(?:them|whom|those|these|which)\b/i;

/** One figure's observation, once its measure, subject, place and speaker are known. */
function observationOf(
  view: ArticleView, f: Figure, i: number, mm: { m: MeasureRule; why: Why }, subj: { subject: string; why: Why }, pl: { place: string; why: Why }, sp: Speaker,
  scoped: { scope: Scope; why: Why } | null,
): Observation {
  const { rules, stored } = view;
  const scale = f.unit && rules.unitScale[f.unit] ? rules.unitScale[f.unit]![1] : 1;
  const relative = relativeFor(view, f);
  const interval = relative ? null : figureInterval(f, rules.intervals.approx, scale);
  const window = sp.date.slice(0, 7);
  const topicId = `${mm.m.id}|${subj.subject}|${pl.place}`;
  return {
    id: `${stored.articleId}/f${i}`,
    articleId: stored.articleId,
    claimId: sp.claim?.id ?? null,
    measure: mm.m.id,
    subject: subj.subject,
    place: pl.place,
    window,
    scope: scoped?.scope ?? UNSCOPED,
    date: sp.date,
    propositionId: `${topicId}|${window}${scopePart(scoped?.scope)}`,
    topicId,
    claimant: sp.claimant,
    independence: "",
    wireGroup: stored.articleId,
    polarity: sp.polarity,
    hedges: sp.hedges,
    figure: { text: f.text, value: f.value, low: f.low, high: f.high, bound: f.bound, unit: f.unit, counted: f.counted },
    interval,
    relative,
    why: [
      mm.why, subj.why, pl.why, sp.dateWhy, { rule: `attribution/${sp.attribution}`, matched: [sp.claimant.text, ...sp.claimant.via.map((v) => `via ${v}`)] },
      ...(scoped ? [scoped.why] : []),
    ],
    ref: view.ref(sp, f),
  };
}

/** Unnamed authorities of a place, with no country of their own in the text ("regional officials", "local authorities"). */
const LOCAL_AUTHORITIES = /^(?:the\s+)?(?:regional|local|city|municipal|provincial|district|oblast)\s+(?:officials?|authorities|administration|council|governor|government)$/i;
/** A country's own institutions named with no country ("the army said", "the health ministry"). */
const NATIONAL_BODIES = /^the\s+(?:army|military|armed\s+forces|air\s+force|navy|government|police|(?:defen[cs]e|health|interior|foreign|emergencies)\s+ministry)$/i;
/** How many sentences back a national body's country may be named. */
const NATIONAL_REACH = 3;

/**
 * "The toll from the strike on Sumy rose to 35, regional officials said": the authorities of the
 * place a figure is filed in speak for that place's country. "Drones struck Port Sudan ..., the army
 * said": a national body named with no country is the one country its sentence names (or, if it
 * names none, the nearest sentence before it that does), when that is one country only.
 */
function unnamedBodySide(view: ArticleView, sp: Speaker, place: string, at: number): Speaker {
  if (!sp.claimant.side.startsWith("unknown:")) return sp;
  const text = sp.claimant.text.trim();
  let country: string | null = null;
  if (LOCAL_AUTHORITIES.test(text)) {
    country = COUNTRY.test(place) ? place : view.x.places.find((p) => p.country && (p.admin1 === place || p.name === place))?.country ?? null;
  } else if (NATIONAL_BODIES.test(text)) {
    const first = view.sentenceIndex(at);
    for (let k = first; k >= 0 && k > first - NATIONAL_REACH && country === null; k--) {
      const named = view.countriesIn(view.x.sentences[k]!);
      if (named.size > 1) break;
      if (named.size === 1) country = [...named][0]!;
    }
  }
  return country ? { ...sp, claimant: { ...sp.claimant, side: country } } : sp;
}

/** The region of the breakdown part right after figure `i` in its sentence, if there is one. */
function nextPartRegion(parts: Map<number, Place | null>, figs: Figure[], i: number): Place | null {
  for (let j = i + 1; j < figs.length; j++) if (figureKey(figs[j]!)) return parts.get(j) ?? null;
  return null;
}

/** "including 91 over the Moscow region": the part, with its total's measure and subject, in its own region. */
function partObservation(view: ArticleView, f: Figure, i: number, total: { m: MeasureRule; subject: string; why: Why; scoped: { scope: Scope; why: Why } | null }, region: Place): Observation {
  const sp = view.speakerAt(f);
  const mm = { m: total.m, why: { rule: "measure/part-of-total", matched: [total.m.id] } };
  const pl = { place: region.admin1!, why: { rule: "place/part-region", matched: [region.text] } };
  const scoped = total.scoped && { scope: total.scoped.scope, why: { rule: "scope/part-of-total", matched: total.scoped.why.matched } };
  return observationOf(view, f, i, mm, { subject: total.subject, why: total.why }, pl, sp, scoped);
}

/** Nouns for places a demonym may stand before ("Thai border provinces", "Russian soil"). */
const PLACES_AFTER_DEMONYM = /^\s+(?:border\s+|frontier\s+)?(?:provinces?|regions?|territory|territories|soil|villages?|towns?|cities|city|districts?|border|airspace)\b/i;

/** "337 drones, including 91 over the Moscow region": what opens a part of the figure before it. */
const INCLUDING = /\b(?:including|among\s+them)\s+(?:(?:at\s+least|about|some|more\s+than|nearly|over)\s+)?$/i;

/**
 * The parts of a breakdown ("destroyed 337 drones, including 91 over the Moscow region"), by figure
 * index: the region the part names, or null ("12 killed, including 3 soldiers" is read as any figure).
 */
function breakdownParts(view: ArticleView, figs: Figure[]): Map<number, Place | null> {
  const parts = new Map<number, Place | null>();
  let previous = -1;
  for (let i = 0; i < figs.length; i++) {
    const f = figs[i]!;
    if (!figureKey(f)) continue;
    const sentence = view.sentenceOf(f.start);
    if (previous >= 0 && inside(figs[previous]!, sentence) && INCLUDING.test(view.text.slice(Math.max(sentence.start, f.start - 30), f.start))) {
      const stretch = windowOf(view, figs, i).span;
      parts.set(i, view.regionIn({ start: f.end, end: stretch.end }));
    }
    previous = i;
  }
  return parts;
}

/**
 * What figure `f` counts over. A figure whose own words say nothing, or name only a day, takes the
 * scope of the figure before it in its clause ("a strike on Kharkiv killed 4 people and wounded 40
 * on Friday"); "the strike" with no name of its own is the incident the article last named.
 */
function scopeFor(
  view: ArticleView, f: Figure, window: Span, sentence: Span, sp: Speaker, place: string,
  previous: { end: number; scoped: ScopeFinding | null } | null, lastIncident: ScopeFinding | null, next: { figure: Figure; window: Span } | null,
): ScopeFinding | null {
  const content = sp.claim && inside(f, sp.claim.content) ? sp.claim.content : null;
  let own = scopeOf(view.rules.scopes, view.x, { figure: f, sentence, window, content, date: sp.date, text: view.text, place });
  // "117 drones and four missiles had been destroyed overnight", "at least nine people were killed
  // and 21 wounded in an attack": two figures of one predicate share what its words after them say
  // (over a day named before them: "On Friday, ...").
  if ((!own || own.why.rule === "scope/period-time") && next && (!content || inside(next.figure, content)) && COORDINATED.test(view.text.slice(f.end, next.figure.start))) {
    const afterNext = { start: next.figure.start, end: next.window.end };
    const shared = scopeOf(view.rules.scopes, view.x, { figure: next.figure, sentence, window: afterNext, content, date: sp.date, text: view.text, place });
    if (shared && (!own || shared.scope.kind !== "period")) own = { scope: shared.scope, why: { rule: "scope/coordinated", matched: shared.why.matched } };
  }
  const inherited = previous?.scoped;
  if (inherited && (!own || (own.scope.kind === "period" && inherited.scope.kind === "incident" && !CLAUSE_MARK.test(view.text.slice(previous.end, f.start)))))
    return { scope: inherited.scope, why: { rule: "scope/sentence-before", matched: inherited.why.matched } };
  if (own?.definite && own.scope.kind === "incident" && own.scope.key === null && lastIncident)
    return { scope: lastIncident.scope, why: { rule: "scope/incident-told-before", matched: [...own.why.matched, ...lastIncident.why.matched.filter((m) => m.startsWith("name:"))] } };
  return own;
}

/** The next figure in figure `i`'s sentence, with its window. */
function nextInSentence(view: ArticleView, figs: Figure[], i: number): { figure: Figure; window: Span } | null {
  const sentence = view.sentenceOf(figs[i]!.start);
  for (let j = i + 1; j < figs.length; j++) {
    const g = figs[j]!;
    if (g.start >= sentence.end) return null;
    if (figureKey(g)) return { figure: g, window: windowOf(view, figs, j).span };
  }
  return null;
}

const CLAUSE_MARK = /[,;:()\u2014\u2013]|--/;
/** Between two figures of one predicate: a few words of what is counted, then "and" ("117 Ukrainian drones and"). */
const COORDINATED = /^[^,;:()\u2014\u2013.]{0,40}\band\s+(?:at\s+least\s+|more\s+than\s+|about\s+|some\s+|nearly\s+)?$/;

/** The last figure of an article that made an observation, as later figures of its sentence read it. */
interface LastMeasured {
  sentence: number;
  end: number;
  m: MeasureRule;
  subject: string;
  why: Why;
  scoped: ScopeFinding | null;
  sp: Speaker;
}

export function observeArticle(stored: StoredArticle, rules: LedgerRules): ArticleFacts {
  const view = new ArticleView(stored, rules);
  const figs = stored.extraction.figures;
  const observations: Observation[] = [];
  const parts = breakdownParts(view, figs);
  // The last measured figure, for a figure that only restates its quantity ("..., while the army put
  // the number at 350"), and the total a breakdown's part was taken from ("including 91 over ...").
  let last: LastMeasured | null = null;
  // The last incident the article named, for "the strike" told of again.
  let lastIncident: ScopeFinding | null = null;
  for (let i = 0; i < figs.length; i++) {
    const f = figs[i]!;
    if (!figureKey(f)) continue;
    if (f.value === null && !f.relative) continue;
    // "deaths could exceed 10,000": a projection, not a count of the quantity.
    if (PROJECTION.test(view.text.slice(Math.max(0, f.start - 40), f.start))) continue;
    if (isChange(view, f)) continue;
    const win = windowOf(view, figs, i);
    const sentenceSpan = view.sentenceOf(f.start);
    const sentence = sentenceSpan.start;
    // "at least four people were wounded, two of them seriously": a part of a count just given, unless
    // it counts another thing of them ("launched 50 drones, ... shot down 35 of them").
    if (PART_OF_GIVEN.test(view.text.slice(f.end, f.end + 16))) {
      const given = last !== null && last.sentence === sentence ? last.m.id : null;
      if (given === null || matchMeasure(rules, f, win)?.m.id === given) continue;
    }
    const region = parts.get(i);
    if (region && last !== null && last.sentence === sentence) {
      observations.push(partObservation(view, f, i, last, region));
      continue;
    }
    // "killed 34 people, including two children, and wounded 117": a part counts what its total
    // counts, whatever verb follows it.
    let mm: { m: MeasureRule; why: Why } | null = null;
    let partOf: Speaker | null = null;
    if (region === null && last !== null && last.sentence === sentence) {
      const c = f.counted?.toLowerCase() ?? null;
      if (c === null || last.m.counted?.includes(c)) {
        mm = { m: last.m, why: { rule: "measure/part-of-total", matched: [last.m.id] } };
        partOf = last.sp;
      }
    }
    mm ??= matchMeasure(rules, f, win);
    let restated = false;
    if (!mm && last !== null && last.sentence === sentence && RESTATED.test(view.text.slice(Math.max(sentence, f.start - 40), f.start))) {
      mm = { m: last.m, why: { rule: "measure/restated", matched: [last.m.id] } };
      restated = true;
    }
    if (!mm) continue;
    // A part is told by whoever told its total.
    let sp: Speaker = partOf ?? view.speakerAt(f);
    const subj: { subject: string; why: Why } = restated && last ? { subject: last.subject, why: last.why } : subjectFor(view, mm.m, f, win, sp.claimant.side);
    // "the toll rose to 19, including 13 civilians": a part that counts what its total is filed as
    // (civilians) cannot be told from it, and is no second figure for the same thing.
    if (partOf && subj.subject === last!.subject) continue;
    // A national count looks for a region only among its own words, not the sentence's or the article's.
    const national = mm.m.national === true;
    let pl = view.placeFor(national ? win.span : sentenceSpan, i, sp.claimant.side, mm.m.subject === "civilians" ? view.tellerCountry(sp, f) : null, mm.m.regional === true, national);
    // "337 drones, including 91 over the Moscow region": the total is not the part's region's but its country's.
    const partRegion = nextPartRegion(parts, figs, i);
    if (partRegion && pl.place === partRegion.admin1 && partRegion.country) pl = { place: partRegion.country, why: { rule: "place/breakdown-total", matched: [partRegion.text] } };
    sp = unnamedBodySide(view, sp, pl.place, f.start);
    const before = last as LastMeasured | null;
    const scoped: ScopeFinding | null = rules.scopes.measures.has(mm.m.id) ? scopeFor(view, f, win.span, sentenceSpan, sp, pl.place, before?.sentence === sentence ? before : null, lastIncident, nextInSentence(view, figs, i)) : null;
    if (scoped?.scope.kind === "incident" && scoped.scope.key) lastIncident = scoped;
    last = { sentence, end: f.end, m: mm.m, subject: subj.subject, why: subj.why, scoped, sp };
    observations.push(observationOf(view, f, i, mm, subj, pl, sp, scoped));
  }
  // A figure whose subject fell back to a default takes the subject the text gives for the same
  // measure elsewhere in the article ("Smirnov's figure of 28" after "28 settlements were under Ukrainian control").
  const textual = new Set(["subject/adjective", "subject/under-control", "subject/side-anchor", "subject/possessive", "subject/launched-by"]);
  for (const o of observations) {
    const w = o.why[1]!;
    if (!w.rule.startsWith("subject/default")) continue;
    const votes = new Map<string, number>();
    for (const p of observations) if (p !== o && p.measure === o.measure && textual.has(p.why[1]!.rule)) votes.set(p.subject, (votes.get(p.subject) ?? 0) + 1);
    const best = [...votes].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0];
    if (!best || best[0] === o.subject) continue;
    o.subject = best[0];
    o.why[1] = { rule: "subject/article-same-measure", matched: [best[0]], note: `replaces ${w.rule}(${w.matched.join(",")})` };
    o.topicId = `${o.measure}|${o.subject}|${o.place}`;
    o.propositionId = `${o.topicId}|${o.window}${scopePart(o.scope)}`;
  }
  // The headline's "Russia says it downed 337 drones in the attack on Moscow" restates the body's
  // breakdown total ("337 drones, including 91 over the Moscow region"): the same figure, it takes
  // the total's place rather than joining the part's region.
  for (const t of observations) {
    if (t.why[2]!.rule !== "place/breakdown-total") continue;
    for (const o of observations) {
      if (o === t || o.place === t.place || o.measure !== t.measure || o.subject !== t.subject || o.figure.value !== t.figure.value) continue;
      o.why[2] = { rule: "place/breakdown-total", matched: t.why[2]!.matched, note: `replaces ${o.why[2]!.rule}(${o.place})` };
      o.place = t.place;
      o.topicId = `${o.measure}|${o.subject}|${o.place}`;
      o.propositionId = `${o.topicId}|${o.window}${scopePart(o.scope)}`;
    }
  }
  return { observations, roles: observeRoles(view), events: observeEvents(view) };
}

const roleCueTests = new WeakMap<LedgerRules, RegExp>();

/** One case-insensitive test for every role event's cue words (compiled once per rule set). */
function roleCueTest(rules: LedgerRules): RegExp {
  let test = roleCueTests.get(rules);
  if (!test) {
    const words = rules.roleEvents.flatMap((ev) => ev.cues).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
    test = new RegExp(words.length ? words.join("|") : "(?!)", "i");
    roleCueTests.set(rules, test);
  }
  return test;
}

function observeRoles(view: ArticleView): RoleAssertion[] {
  const out: RoleAssertion[] = [];
  const rules = view.rules;
  const seen = new Set<string>();
  const mentionsRole = roleCueTest(rules);
  for (const sentence of view.x.sentences) {
    // Most sentences name no role event: a substring test spares tokenising them.
    if (!mentionsRole.test(view.text.slice(sentence.start, sentence.end))) continue;
    const toks = tokens(view.text.slice(sentence.start, sentence.end), sentence.start);
    for (const ev of rules.roleEvents) {
      const cues = matchedPhrases(toks, ev.cues);
      if (!cues.length) continue;
      for (const role of ev.roles) {
        for (const pat of role.patterns) {
          let from = 0;
          for (;;) {
            const at = findPhrase(toks, pat, from);
            if (at < 0) break;
            from = at + 1;
            const patEnd = toks[at + pat.split(/\s+/).length - 1]!.end;
            const filler = view.x.entities
              .filter((e) => e.start >= patEnd && e.start - patEnd <= rules.roleMaxGap && e.end <= sentence.end && (e.actor || e.affiliation))
              .sort((a, b) => a.start - b.start)[0];
            if (!filler) continue;
            const gov = filler.affiliation ? rules.governments.get(filler.affiliation) : undefined;
            const actor = (filler.type === "GPE" || filler.type === "NORP") && gov ? gov : (filler.actor ?? gov ?? filler.affiliation!);
            const target = { start: toks[at]!.start, end: filler.end };
            if (seen.has(`pos|${target.start}`)) continue;
            seen.add(`pos|${target.start}`);
            const sp = view.speakerAt(target);
            const key = `${ev.id}|${role.id}|${actor}|${sp.claimant.side}|${sp.claim?.id ?? sentence.start}`;
            if (seen.has(key)) continue;
            seen.add(key);
            const explicit = view.x.times.find(
              (t) => inside(t, sentence) && t.type === "DATE" && t.granularity === "day" && isDay(t.value) && sp.claim && inside(t, sp.claim.content),
            );
            const d = sp.date;
            const fromDay = explicit ? dayString(dayNumber(explicit.value) - 1) : dayString(dayNumber(d) - rules.roleLookbackDays);
            const toDay = explicit ? dayString(dayNumber(explicit.value) + 1) : d;
            out.push({
              id: `${view.stored.articleId}/r${target.start}-${ev.id}-${role.id}`,
              articleId: view.stored.articleId,
              claimId: sp.claim?.id ?? null,
              event: ev.id,
              role: role.id,
              actor,
              actorText: filler.text,
              claimant: sp.claimant,
              date: d,
              hedged: sp.hedges.some((h) => rules.hedgesUnverified.has(h)),
              from: fromDay,
              to: toDay,
              why: [
                { rule: `role/${ev.id}/${role.id}`, matched: [...cues.map((c) => `cue:${c}`), `pattern:${pat}`, `actor:${filler.text}`] },
                sp.dateWhy,
                { rule: `attribution/${sp.attribution}`, matched: [sp.claimant.text] },
              ],
              ref: view.ref(sp, target),
            });
          }
        }
      }
    }
  }
  return out;
}

function observeEvents(view: ArticleView): EventMember[] {
  const out: EventMember[] = [];
  const actorSide = (name: string | null): string | null => {
    if (!name) return null;
    const e = view.x.entities.find((en) => en.actor === name && en.affiliation && COUNTRY.test(en.affiliation));
    return e?.affiliation ?? null;
  };
  const placeByName = (name: string | null): Place | null => {
    if (!name) return null;
    // A place that says where something is, before the same name inside a body's ("The Moscow Times").
    const ps = view.x.places.filter((p) => p.name === name).sort((a, b) => Number(locates(b)) - Number(locates(a)));
    return ps.find((p) => p.admin1) ?? ps[0] ?? null;
  };
  for (const ev of view.x.events) {
    const claim = ev.claim ? view.x.claims.find((c) => c.id === ev.claim) ?? null : null;
    const sentence = view.x.sentences[ev.sentence] ?? view.sentenceOf(ev.trigger.start);
    const sp: Speaker = claim
      ? (() => {
          const d = view.claimDate(claim, sentence, claim.cue.start, claim.content);
          return {
            claim,
            claimant: view.claimantOf(claim, []),
            attribution: "claim-content" as Attribution,
            hedges: [...new Set(claim.hedges.map((h) => h.kind))].sort(),
            polarity: claim.polarity,
            date: d.date,
            dateWhy: d.why,
          };
        })()
      : { claim: null, claimant: view.outletClaimant(), attribution: "outlet", hedges: [], polarity: "assert", date: view.date, dateWhy: { rule: "date/article", matched: [] } };
    const date = isDay(ev.time) ? ev.time.slice(0, 10) : sp.date;
    const p = placeByName(ev.place);
    const admin1 = p?.admin1 ?? (ev.place ? null : view.dominantAdmin1);
    out.push({
      id: `${view.stored.articleId}/${ev.id}`,
      articleId: view.stored.articleId,
      eventId: ev.id,
      type: ev.type,
      mode: ev.mode,
      trigger: view.span(ev.trigger),
      claimId: claim?.id ?? null,
      date,
      actor: ev.actor,
      actorSide: actorSide(ev.actor),
      target: ev.target,
      place: ev.place,
      admin1: admin1 ?? (p?.country ?? null),
      polarity: sp.polarity,
      claimantSide: sp.claimant.side,
      hedged: sp.hedges.some((h) => view.rules.hedgesUnverified.has(h)),
    });
  }
  return out;
}
