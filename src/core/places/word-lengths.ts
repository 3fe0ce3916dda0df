// The shortest word of a lexicon list, so loops over every token skip the hash look-up for tokens
// too short to be in it (most tokens: punctuation, "the", "of", "in").
const shortest = new WeakMap<object, number>();

/** Length of the shortest key (Infinity when there is none); computed once per list. */
export function shortestKey(words: ReadonlySet<string> | ReadonlyMap<string, unknown>): number {
  let n = shortest.get(words);
  if (n === undefined) {
    n = Infinity;
    for (const w of words.keys()) n = Math.min(n, w.length);
    shortest.set(words, n);
  }
  return n;
}
