// Near-duplicate bodies (wire copies): MinHash over word shingles with LSH bands. Deterministic:
// the hash functions are derived from a fixed seed, so the same text always gets the same signature.
import { normalWord, scanWords } from "./text.js";

/** murmur3's 32-bit finaliser: a cheap, well-mixed permutation of 32-bit integers. */
function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** FNV-1a hashes of the body's words (as `tokens` splits and normalises them). */
function wordHashes(text: string): Uint32Array {
  const out: number[] = [];
  scanWords(text, (start, end) => {
    // An ASCII word is lower-cased as it is hashed, without building its string (the common case,
    // and a third of a signature's cost); any other word takes the general normalisation.
    let h = 0x811c9dc5;
    let k = start;
    for (; k < end; k++) {
      let c = text.charCodeAt(k);
      if (c >= 128) break;
      if (c >= 65 && c <= 90) c += 32;
      h = Math.imul(h ^ c, 0x01000193);
    }
    if (k < end) {
      const word = normalWord(text, start, end);
      h = 0x811c9dc5;
      for (let j = 0; j < word.length; j++) h = Math.imul(h ^ word.charCodeAt(j), 0x01000193);
    }
    out.push(h >>> 0);
  });
  return Uint32Array.from(out);
}

/**
 * Hashes of the body's word n-grams in text order, repeats included (texts shorter than n give one
 * shingle). A signature takes minima, which repeats do not change, so it needs no set.
 */
export function shingleList(text: string, n: number): Uint32Array {
  const words = wordHashes(text);
  if (words.length === 0) return new Uint32Array(0);
  const width = Math.min(n, words.length);
  const out = new Uint32Array(words.length - width + 1);
  for (let i = 0; i < out.length; i++) {
    let h = 0x811c9dc5;
    for (let k = 0; k < width; k++) h = Math.imul(h ^ words[i + k]!, 0x01000193);
    out[i] = fmix32(h >>> 0);
  }
  return out;
}

/** The set of the body's word n-gram hashes (lower-cased). */
export function shingleHashes(text: string, n: number): Set<number> {
  return new Set(shingleList(text, n));
}

/**
 * One-permutation MinHash with densification: each shingle is hashed once and kept as the minimum
 * of one of `hashes` bins, so a signature costs one hash per shingle instead of `hashes` of them.
 * A bin no shingle fell into borrows, in a fixed direction, the value of the next filled bin (mixed
 * with the distance), which keeps the agreement rate an unbiased estimate of Jaccard similarity.
 */
export function minhashSignature(shingles: Iterable<number>, hashes: number, seed: number): Uint32Array {
  const EMPTY = 0xffffffff;
  const sig = new Uint32Array(hashes).fill(EMPTY);
  for (const s of shingles) {
    const h = fmix32(s ^ seed);
    const bin = h % hashes;
    const value = fmix32(h ^ 0x9e3779b9);
    if (value < sig[bin]!) sig[bin] = value;
  }
  let filled = -1;
  for (let i = 0; i < hashes; i++) if (sig[i] !== EMPTY) filled = i;
  if (filled < 0) return sig;
  const dense = sig.slice();
  for (let i = 0; i < hashes; i++) {
    if (sig[i] !== EMPTY) continue;
    let j = i;
    let distance = 0;
    while (sig[j] === EMPTY) {
      j = (j + 1) % hashes;
      distance++;
    }
    dense[i] = fmix32(sig[j]! ^ Math.imul(distance, 0x85ebca6b));
  }
  return dense;
}

/** Estimated Jaccard similarity: the share of positions where two signatures agree. */
export function estimateJaccard(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) same++;
  return a.length === 0 ? 0 : same / a.length;
}

/**
 * LSH band keys of a signature: articles sharing any band key are candidate copies. A key is the
 * band's number above a 32-bit hash of its rows, a safe integer that indexes as one.
 */
export function bandKeys(sig: Uint32Array, bands: number): number[] {
  const rows = Math.floor(sig.length / bands);
  const out: number[] = [];
  for (let b = 0; b < bands; b++) {
    let h = 0x811c9dc5 ^ b;
    for (let r = 0; r < rows; r++) h = fmix32(h ^ sig[b * rows + r]!);
    out.push(b * 0x1_0000_0000 + (h >>> 0));
  }
  return out;
}

/** Exact Jaccard of two shingle sets (used by tests and for small inputs). */
export function jaccard(a: Set<number>, b: Set<number>): number {
  if (a.size === 0 && b.size === 0) return 1;
  let inter = 0;
  for (const x of a) if (b.has(x)) inter++;
  return inter / (a.size + b.size - inter);
}
