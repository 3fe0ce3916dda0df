// Word gates: one look-up per token, made once per document, answers for every layer whether the
// token's lower-cased form is in that layer's per-token table at all. Before, each layer's scan
// looked every token up in its own tables (about 13 look-ups a token on the bench corpus, most of
// them misses); a layer now tests its bit in wordGates(doc) and looks the word up only when it is set.
//
// Each layer claims a bit for a word table at module load (a constant lexicon, like any other). A
// document reads its gates through wordGates (document.ts), which computes them again if a table
// was claimed since (a layer's module loaded after the document was built).

export class WordGates {
  private readonly bits = new Map<string, number>();
  /** Tables claimed so far; gates computed with fewer lack the later tables' bits. */
  tables = 0;

  /** A bit set on every token whose lower-cased form is one of `words`. */
  claim(words: Iterable<string>): number {
    if (this.tables === 32) throw new Error("word gates: more than 32 tables claimed");
    const bit = 1 << this.tables++;
    for (const word of words) this.bits.set(word, (this.bits.get(word) ?? 0) | bit);
    return bit;
  }

  /** The gates of each token of `lower` (its first `count` words). */
  gatesOf(lower: readonly string[], count: number): Uint32Array {
    const bits = this.bits;
    const out = new Uint32Array(count);
    for (let t = 0; t < count; t++) out[t] = bits.get(lower[t]) ?? 0;
    return out;
  }
}

/** The one table the document builder reads and every layer claims its bits in. */
export const WORD_GATES = new WordGates();
