// Multi-word phrase tables matched against the document's lower-cased tokens. Phrases are split by
// the same tokenizer as the article, so "sq. km" or "US$" match exactly as the article is tokenised.
import { tokenize, type Tokens } from "../segment/tokenize.js";

interface Entry<T> {
  words: string[];
  value: T;
}

export class PhraseTable<T> {
  /** Entries keyed by first word (forward match) and by last word (backward match), longest first. */
  private readonly byFirst = new Map<string, Entry<T>[]>();
  private readonly byLast = new Map<string, Entry<T>[]>();

  add(phrase: string, value: T): void {
    const words = tokenize(phrase).lower;
    if (words.length === 0) return;
    const entry = { words, value };
    push(this.byFirst, words[0], entry);
    push(this.byLast, words[words.length - 1], entry);
  }

  /** Longest phrase starting at token `i` and ending before token `limit`: [value, end token) or null. */
  matchForward(tokens: Tokens, i: number, limit: number): [T, number] | null {
    const list = i < limit ? this.byFirst.get(tokens.lower[i]) : undefined;
    if (!list) return null;
    for (const e of list) {
      const n = e.words.length;
      if (i + n > limit) continue;
      let k = 1;
      while (k < n && tokens.lower[i + k] === e.words[k]) k++;
      if (k === n) return [e.value, i + n];
    }
    return null;
  }

  /**
   * Longest phrase ending just before token `end` and starting at or after `floor` that `accept`
   * allows: [value, first token] or null.
   */
  matchBackward(tokens: Tokens, end: number, floor: number, accept?: (first: number) => boolean): [T, number] | null {
    const list = end - 1 >= floor ? this.byLast.get(tokens.lower[end - 1]) : undefined;
    if (!list) return null;
    for (const e of list) {
      const n = e.words.length;
      const first = end - n;
      if (first < floor) continue;
      let k = 0;
      while (k < n - 1 && tokens.lower[first + k] === e.words[k]) k++;
      if (k === n - 1 && (!accept || accept(first))) return [e.value, first];
    }
    return null;
  }

  has(word: string): boolean {
    return this.byFirst.has(word);
  }

  /** First words of all phrases (what `has` is true for). */
  firstWords(): IterableIterator<string> {
    return this.byFirst.keys();
  }
}

function push<T>(map: Map<string, Entry<T>[]>, key: string, entry: Entry<T>): void {
  const list = map.get(key);
  if (!list) {
    map.set(key, [entry]);
    return;
  }
  list.push(entry);
  list.sort((a, b) => b.words.length - a.words.length);
}
