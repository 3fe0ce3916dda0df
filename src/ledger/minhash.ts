// Near-duplicate bodies (wire copies): MinHash over word shingles with LSH bands. Deterministic:
// the hash functions are derived from a fixed seed, so the same text always gets the same signature.
import { tokens } from "./text.js";

function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** murmur3's 32-bit finaliser: a cheap, well-mixed permutation of 32-bit integers. */
function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Hashes of the body's word n-grams (lower-cased; texts shorter than n give one shingle). */
export function shingleHashes(text: string, n: number): Set<number> {
  const words = tokens(text).map((t) => t.w);
  const out = new Set<number>();
  if (words.length === 0) return out;
  if (words.length < n) {
    out.add(fnv1a(words.join(" ")));
    return out;
  }
  for (let i = 0; i + n <= words.length; i++) out.add(fnv1a(words.slice(i, i + n).join(" ")));
  return out;
}

export function minhashSignature(shingles: Set<number>, hashes: number, seed: number): Uint32Array {
  const sig = new Uint32Array(hashes).fill(0xffffffff);
  const seeds: number[] = [];
  for (let i = 0; i < hashes; i++) seeds.push(fmix32(Math.imul(i + 1, 0x9e3779b1) ^ seed));
  for (const s of shingles) {
    for (let i = 0; i < hashes; i++) {
      const h = fmix32(s ^ seeds[i]!);
      if (h < sig[i]!) sig[i] = h;
    }
  }
  return sig;
}

/** Estimated Jaccard similarity: the share of positions where two signatures agree. */
export function estimateJaccard(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) same++;
  return a.length === 0 ? 0 : same / a.length;
}

/** LSH band keys of a signature: articles sharing any band key are candidate copies. */
export function bandKeys(sig: Uint32Array, bands: number): string[] {
  const rows = Math.floor(sig.length / bands);
  const out: string[] = [];
  for (let b = 0; b < bands; b++) {
    let h = 0x811c9dc5 ^ b;
    for (let r = 0; r < rows; r++) h = fmix32(h ^ sig[b * rows + r]!) ;
    out.push(`${b}:${h.toString(36)}`);
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
