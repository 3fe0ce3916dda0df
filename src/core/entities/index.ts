// Entities: known actors from the lexicon (with titles folded off), demonyms, and capitalised runs
// typed by their head word or by the evidence around them (a title before, a reporting verb after).
// A surname seen once with its full name resolves later bare mentions to the same actor.
import type { Context } from "../context.js";
import { wordGates } from "../document.js";
import { WORD_GATES } from "../segment/word-gates.js";
import { Break, Shape, TokenKind } from "../segment/tokenize.js";
import type { Entity, EntityType } from "../types.js";
import type { ActorRecord, ActorType } from "./actors.js";
import { HYPHEN_OWNER_TOKEN } from "./hyphen-owners.js";
import { NAME_PARTICLES, NOT_NAMES, ORG_HEADS, REPORTING_AFTER_NAME, RUN_CONNECTORS } from "./words.js";

// The word lists tested on tokens, as word gates (segment/word-gates.ts): one bit test instead of a look-up.
const ORG_HEAD = WORD_GATES.claim(ORG_HEADS);
const RUN_CONNECTOR = WORD_GATES.claim(RUN_CONNECTORS);
const NAME_PARTICLE = WORD_GATES.claim(NAME_PARTICLES);
const REPORTING_AFTER = WORD_GATES.claim(REPORTING_AFTER_NAME);
const NOT_NAME = WORD_GATES.claim(NOT_NAMES);

const TYPE_OF_ACTOR: Record<ActorType, EntityType> = {
  person: "PERSON",
  government: "GPE",
  military: "ORG",
  ministry: "ORG",
  agency: "ORG",
  media: "ORG",
  armed_group: "GROUP",
  international: "ORG",
  organisation: "ORG",
};

/** "al-Assad", "el-Sisi", "ash-Sharaa": an Arabic article, a hyphen and a capitalised name. */
const JOINED_PARTICLE = /^(?:al|el|ad|ar|as|ash|at|az|an|ad-d|ul)-\p{Lu}/u;

export function extractEntities(ctx: Context): Entity[] {
  const { doc, resources } = ctx;
  const { text, tokens } = doc;
  const { lower, kind, start, end, shape } = tokens;
  const gates = wordGates(doc);
  const lexicon = resources.actors;
  const entities: Entity[] = [];
  const surnames = new Map<string, string>(); // lower surname -> canonical name of a person met earlier
  const bodies = new Map<string, ActorRecord>(); // "defence ministry" -> the Russian Defence Ministry, last met
  const capitalised = (t: number): boolean => {
    const k = kind[t];
    return (k === TokenKind.Word || k === TokenKind.Acronym || k === TokenKind.Abbrev) && (shape[t] & Shape.Capital) !== 0;
  };
  // "Bashar al-Assad", "Abu Mohammed al-Golani": an Arabic article joined by a hyphen to a
  // capitalised name goes on with the name it follows.
  const particleJoined = (t: number): boolean => kind[t] === TokenKind.Word && JOINED_PARTICLE.test(text.slice(start[t], end[t]));
  // A title inside a capitalised run starts the next name: "the Russian Armed Forces Gen. Valery
  // Gerasimov" is a body, then a titled person. Only an abbreviated title ("Gen.", "Lt.") or one
  // before a known actor counts, since title words also head bodies ("the General Staff").
  const startsTitledName = (u: number, last: number): boolean => {
    const title = lexicon.titleLength(lower, u, last);
    if (title === 0 || u + title >= last || !capitalised(u + title)) return false;
    return kind[u + title - 1] === TokenKind.Abbrev || lexicon.match(lower, u + title, last) !== null;
  };
  // "Russia's General Staff", "the Russian General Staff": a body whose owner is written before it.
  const ownedByOther = (t: number): boolean => {
    if (t === 0) return false;
    const before = lower[t - 1];
    return before === "'s" || before === "\u2019s" || lexicon.demonyms.has(before);
  };
  const push = (a: number, b: number, type: EntityType, actor: ActorRecord | null, actorName: string | null, rule: string, affiliation: string | null = null): void => {
    const s = start[a];
    const e = end[b - 1];
    entities.push({
      id: `e${entities.length + 1}`,
      start: s,
      end: e,
      text: text.slice(s, e),
      type,
      actor: actor?.name ?? actorName,
      affiliation: actor?.affiliation ?? affiliation,
      rule,
    });
  };
  // The side of a person named after a body's or country's title ("RSF spokesman Al-Fateh Qurashi",
  // "Ukrainian military spokesman ..."): the entity that ends right before the title, or one word
  // before it. The title is lower-case here, so the capitalised scan below does not see it.
  const titleOwner = (t: number, first: number): string | null => {
    // The longest title first ("deputy ambassador", not "ambassador").
    for (let k = 3; k >= 1; k--) {
      if (t - k <= first || lexicon.titleLength(lower, t - k, t) !== k) continue;
      const before = t - k - 1;
      return sideEndingAt(before) ?? (before - 1 >= first && !capitalised(before) ? sideEndingAt(before - 1) : null);
    }
    return null;
  };

  /** The side of the country or people named right before token t ("Indian Defence Ministry", "Sudan's Sovereign Council"). */
  const ownerBefore = (t: number): string | null => {
    if (t === 0) return null;
    return sideEndingAt(t - 1) ?? (t >= 2 && (lower[t - 1] === "'s" || lower[t - 1] === "\u2019s") ? sideEndingAt(t - 2) : null);
  };

  /** The side of the entity met last when it ends at token b and is not a person. */
  const sideEndingAt = (b: number): string | null => {
    const owner = entities[entities.length - 1];
    return owner !== undefined && owner.type !== "PERSON" && owner.end === end[b] ? owner.affiliation : null;
  };

  /** A lower-case title right before token t ("Russia's deputy ambassador Dmitry Polyanskiy"). */
  const lowerTitleBefore = (t: number, first: number): boolean => {
    for (let k = 1; k <= 3 && t - k >= first; k++) if (lexicon.titleLength(lower, t - k, t) === k && !capitalised(t - k)) return true;
    return false;
  };

  for (let s = 0; s < doc.sentences.length; s++) {
    const first = doc.sentenceFirst[s];
    const last = doc.sentenceLast[s];
    let titled = false;
    let t = first;
    while (t < last) {
      if (!capitalised(t)) {
        titled = false;
        t++;
        continue;
      }
      const known = lexicon.match(lower, t, last);
      // After a title, a country's name followed by a surname is a first name ("Defence Minister Israel Katz").
      const firstName = known !== null && titled && known.actor.type === "government" && t + known.length < last && capitalised(t + known.length) && (gates[t + known.length] & ORG_HEAD) === 0;
      if (known && !firstName) {
        push(t, t + known.length, entityTypeOf(known.actor), known.actor, null, titled ? "actor/titled" : "actor/lexicon");
        if (known.actor.type === "person" || known.actor.type === "military") rememberSurname(surnames, known.actor.name);
        if (known.actor.type !== "person") rememberBody(bodies, known.actor, lexicon.demonyms);
        t += known.length;
        titled = false;
        continue;
      }
      const title = lexicon.titleLength(lower, t, last);
      // A title word before a body's head names the body ("the General Staff"), not a titled person.
      if (title > 0 && t + title < last && capitalised(t + title) && (gates[t + title] & ORG_HEAD) === 0) {
        titled = true;
        t += title;
        continue;
      }
      // "Rwanda-backed M23 rebels", "the Saudi-led coalition": the compound modifies the name after it.
      if ((gates[t] & NOT_NAME) !== 0 || (lower[t].indexOf("-") > 0 && HYPHEN_OWNER_TOKEN.test(lower[t]))) {
        t++;
        continue;
      }
      const demonym = lexicon.demonyms.get(lower[t]);
      if (demonym && kind[t] === TokenKind.Word) {
        entities.push({
          id: `e${entities.length + 1}`, start: start[t], end: end[t], text: text.slice(start[t], end[t]),
          type: "NORP", actor: null, affiliation: demonym.country, rule: "demonym",
        });
        t++;
        continue;
      }
      // A run of capitalised words, allowing lower-case connectors between them ("Institute for the Study of War").
      let u = t + 1;
      while (u < last) {
        if (tokens.breakBefore[u] >= Break.Newline) break;
        if (startsTitledName(u, last)) break;
        if ((capitalised(u) || particleJoined(u)) && !lexicon.demonyms.has(lower[u])) u++;
        // "Mohammed bin Salman": a particle between two names of a titled or speaking person.
        else if ((gates[u] & NAME_PARTICLE) !== 0 && u + 1 < last && capitalised(u + 1) && (titled || (u + 2 < last && (gates[u + 2] & REPORTING_AFTER) !== 0))) u += 2;
        else if ((gates[u] & RUN_CONNECTOR) !== 0 && u + 1 < last && capitalised(u + 1)) {
          let v = u + 1;
          while (v < last && capitalised(v)) v++;
          if ((gates[v - 1] & ORG_HEAD) === 0) break;
          u = v;
        } else break;
      }
      const length = u - t;
      const orgHead = (gates[u - 1] & ORG_HEAD) !== 0;
      const sentenceInitial = t === first || kind[t - 1] === TokenKind.Quote && t - 1 === first;
      // "Podolyaka said", and the appositive "..., Oksana Tkachuk, said".
      const nextIsReporting = u < last && ((gates[u] & REPORTING_AFTER) !== 0 || (lower[u] === "," && u + 1 < last && (gates[u + 1] & REPORTING_AFTER) !== 0 && t > first && lower[t - 1] === ","));
      const apposition = u + 1 < last && lower[u] === "," && (lower[u + 1] === "a" || lower[u + 1] === "an" || lower[u + 1] === "the" || lower[u + 1] === "who");
      const knownSurname = length === 1 ? surnames.get(lower[t]) : undefined;
      let body: ActorRecord | undefined;
      if (orgHead && length >= 2 && bodies.size > 0) {
        const rest = lower.slice(t, u).join(" ");
        // Once another owner's body of that name is met ("Russia's General Staff"), a bare mention is ambiguous.
        if (ownedByOther(t)) bodies.delete(rest);
        else body = bodies.get(rest);
      }
      if (body) {
        push(t, u, TYPE_OF_ACTOR[body.type], body, null, "run/body");
      } else if (orgHead && !(sentenceInitial && length === 1)) {
        push(t, u, "ORG", null, text.slice(start[t], end[u - 1]), "run/org-head", ownerBefore(t));
      } else if (knownSurname) {
        push(t, u, "PERSON", lexicon.get(knownSurname), knownSurname, "run/surname");
      } else if (length <= 4 && (titled || nextIsReporting || (apposition && length >= 2) || (length >= 2 && lowerTitleBefore(t, first))) && !(length === 1 && !titled && isLargePlace(ctx, lower[t]))) {
        const name = text.slice(start[t], end[u - 1]);
        push(t, u, "PERSON", null, name, titled ? "run/titled" : nextIsReporting ? "run/reporting" : "run/apposition", titleOwner(t, first));
        if (length >= 2) {
          surnames.set(lower[u - 1], name);
          // "al-Assad" is "Assad" when named again.
          if (particleJoined(u - 1)) surnames.set(lower[u - 1].slice(lower[u - 1].indexOf("-") + 1), name);
        }
      }
      titled = false;
      t = u;
    }
  }
  return entities;
}

/**
 * The entity type of a known actor. The "military" actor type holds commanders as well as units, so
 * a military actor is a person unless its name ends in a body's head word ("Red Army", "General Staff").
 */
function entityTypeOf(actor: ActorRecord): EntityType {
  if (actor.type !== "military") return TYPE_OF_ACTOR[actor.type];
  const last = actor.name.slice(actor.name.lastIndexOf(" ") + 1).toLowerCase();
  return ORG_HEADS.has(last) ? "ORG" : "PERSON";
}

/** A single word that names a sizeable place ("officials in Kursk said") is not a speaker's surname. */
function isLargePlace(ctx: Context, word: string): boolean {
  const ids = ctx.resources.gazetteer.lookup(word);
  return ids !== undefined && ids.some((id) => ctx.resources.gazetteer.population(id) >= 50_000 || ctx.resources.gazetteer.kind(id) !== "settlement");
}

/**
 * A body named with its country ("Russian Defence Ministry") is met later without it ("the Defence
 * Ministry"): the rest of its name, when the first word is a demonym, names the same body in this article.
 */
function rememberBody(bodies: Map<string, ActorRecord>, actor: ActorRecord, demonyms: ReadonlyMap<string, unknown>): void {
  const space = actor.name.indexOf(" ");
  if (space < 0 || !demonyms.has(actor.name.slice(0, space).toLowerCase())) return;
  const rest = actor.name.slice(space + 1).toLowerCase();
  if (rest.includes(" ")) bodies.set(rest, actor);
}

function rememberSurname(surnames: Map<string, string>, name: string): void {
  const parts = name.toLowerCase().split(" ");
  if (parts.length > 1) surnames.set(parts[parts.length - 1], name);
}
