// The actor lexicon: canonical actors with aliases, compiled once into a trie over lower-cased
// token sequences (the same tokens the document uses), plus demonyms and titles.
import { tokenize } from "../segment/tokenize.js";

export type ActorType =
  | "person" | "government" | "military" | "ministry" | "agency" | "media" | "armed_group" | "international" | "organisation";

export interface ActorRecord {
  name: string;
  type: ActorType;
  /** Country (ISO 3166-1 alpha-2) or an organisation's own side: what decides independence. */
  affiliation: string | null;
  aliases: string[];
}

export interface Demonym {
  country: string;
  countryName: string;
}

interface TrieNode {
  next: Map<string, TrieNode>;
  actor: number;
}

export interface ActorMatch {
  /** Number of tokens matched. */
  length: number;
  actor: ActorRecord;
}

function lowerTokens(phrase: string): string[] {
  return tokenize(phrase).lower;
}

function newNode(): TrieNode {
  return { next: new Map(), actor: -1 };
}

export class ActorLexicon {
  readonly actors: ActorRecord[] = [];
  private readonly byName = new Map<string, number>();
  private readonly root = newNode();
  private readonly titleRoot = newNode();
  readonly demonyms = new Map<string, Demonym>();

  constructor(records: ActorRecord[], titles: string[], demonyms: Map<string, Demonym>) {
    for (const record of records) this.add(record);
    for (const title of titles) this.insert(this.titleRoot, lowerTokens(title), 0);
    for (const [word, demonym] of demonyms) this.demonyms.set(word, demonym);
  }

  get size(): number {
    return this.actors.length;
  }

  /** Adds an actor, or merges aliases into the one with the same name (user files extend the built-in list). */
  add(record: ActorRecord): void {
    let index = this.byName.get(record.name);
    if (index === undefined) {
      index = this.actors.length;
      this.actors.push({ ...record, aliases: [...record.aliases] });
      this.byName.set(record.name, index);
    } else {
      const existing = this.actors[index];
      existing.type = record.type;
      existing.affiliation = record.affiliation ?? existing.affiliation;
      existing.aliases.push(...record.aliases);
    }
    for (const alias of [record.name, ...record.aliases]) {
      const toks = lowerTokens(alias);
      // "the Kremlin": the article is optional in text, so index the alias without it too.
      if (toks.length > 1 && toks[0] === "the") this.insert(this.root, toks.slice(1), index);
      this.insert(this.root, toks, index);
    }
  }

  get(name: string): ActorRecord | null {
    const index = this.byName.get(name);
    return index === undefined ? null : this.actors[index];
  }

  private insert(root: TrieNode, toks: string[], actor: number): void {
    if (toks.length === 0) return;
    let node = root;
    for (const tok of toks) {
      let child = node.next.get(tok);
      if (!child) {
        child = newNode();
        node.next.set(tok, child);
      }
      node = child;
    }
    // The first actor to claim an alias keeps it; later duplicates are ambiguous, not overrides.
    if (node.actor < 0) node.actor = actor;
  }

  private longest(root: TrieNode, lower: string[], at: number, limit: number): { length: number; actor: number } | null {
    let node: TrieNode | undefined = root;
    let best: { length: number; actor: number } | null = null;
    for (let i = at; i < limit && node; i++) {
      node = node.next.get(lower[i]);
      if (node && node.actor >= 0) best = { length: i - at + 1, actor: node.actor };
    }
    return best;
  }

  /** Longest actor alias starting at token `at` (tokens up to `limit`). */
  match(lower: string[], at: number, limit: number): ActorMatch | null {
    const hit = this.longest(this.root, lower, at, limit);
    return hit ? { length: hit.length, actor: this.actors[hit.actor] } : null;
  }

  /** Length in tokens of the longest title starting at `at`, 0 when none. */
  titleLength(lower: string[], at: number, limit: number): number {
    return this.longest(this.titleRoot, lower, at, limit)?.length ?? 0;
  }
}
