// Word gates: one look-up per token, made once per document, answers for every layer whether the
// token's lower-cased form is in that layer's per-token table at all. Before, each layer's scan
// looked every token up in its own tables (about 13 look-ups a token on the bench corpus, most of
// them misses); a layer now tests its bit in wordGates(doc) and looks the word up only when it is set.
//
// The same look-up gives each such token its word id: a small integer naming the word, the same in
// every document, that a layer can index an array of its own with (wordIds(doc), idOf) instead of
// looking the word up in a map of strings a second time.
//
// Each layer claims a bit for a word table at module load (a constant lexicon, like any other). A
// document reads its gates through wordGates (document.ts), which computes them again if a table
// was claimed since (a layer's module loaded after the document was built).

/** The gates and word ids of a document's tokens (WordGates.scan). */
export interface WordScan {
  gates: Uint32Array;
  /** Each token's word id, or -1 when no table holds its lower-cased form. */
  ids: Int32Array;
}

export class WordGates {
  private readonly ids = new Map<string, number>();
  private readonly bits: number[] = [];
  /** Tables claimed so far; gates computed with fewer lack the later tables' bits. */
  tables = 0;

  /** A bit set on every token whose lower-cased form is one of `words`. */
  claim(words: Iterable<string>): number {
    if (this.tables === 32) throw new Error("word gates: more than 32 tables claimed");
    const bit = 1 << this.tables++;
    for (const word of words) {
      let id = this.ids.get(word);
      if (id === undefined) {
        id = this.bits.length;
        this.ids.set(word, id);
        this.bits.push(0);
      }
      this.bits[id] |= bit;
    }
    return bit;
  }

  /** How many words the tables hold: word ids run from 0 to size - 1. */
  get size(): number {
    return this.bits.length;
  }

  /** The id of a claimed word, or -1. */
  idOf(word: string): number {
    return this.ids.get(word) ?? -1;
  }

  /** The gates and word ids of each token of `lower` (its first `count` words). */
  scan(lower: readonly string[], count: number): WordScan {
    const table = this.ids;
    const bits = this.bits;
    const gates = new Uint32Array(count);
    const ids = new Int32Array(count);
    for (let t = 0; t < count; t++) {
      const id = table.get(lower[t]);
      if (id === undefined) ids[t] = -1;
      else {
        ids[t] = id;
        gates[t] = bits[id];
      }
    }
    return { gates, ids };
  }

  /** The gates of each token of `lower` (its first `count` words). */
  gatesOf(lower: readonly string[], count: number): Uint32Array {
    return this.scan(lower, count).gates;
  }
}

/** The one table the document builder reads and every layer claims its bits in. */
export const WORD_GATES = new WordGates();
