// MinHash signatures over word shingles and LSH band keys for near-duplicate articles.
// 64 hash functions in 16 bands of 4 rows: pairs with Jaccard ≥ ~0.5 become candidates
// with high probability, unrelated texts almost never; candidates are then verified on
// their exact shingle sets. Each band key is one indexed lookup, so finding the
// candidates of a new article costs the same at 100 or 100,000 stored articles.
import { comparableWords, shingleHashes } from './words.js';

export const SHINGLE_WORDS = 5;
export const HASHES = 64;
export const BANDS = 16;
export const ROWS = HASHES / BANDS;

/** murmur3's finalizer: a fast 32-bit mixer. */
function fmix32(x: number): number {
  x ^= x >>> 16;
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  x ^= x >>> 16;
  return x >>> 0;
}

// Fixed seeds: signatures must stay comparable across runs and versions of the store.
const SEEDS = (() => {
  const s = new Uint32Array(HASHES);
  let x = 0x9e3779b9;
  for (let i = 0; i < HASHES; i++) { x = fmix32(x + 0x6d2b79f5); s[i] = x; }
  return s;
})();

export function shingles(text: string): Uint32Array {
  return shingleHashes(comparableWords(text), SHINGLE_WORDS);
}

export function signature(shingleSet: Uint32Array): Uint32Array {
  const sig = new Uint32Array(HASHES).fill(0xffffffff);
  for (let j = 0; j < shingleSet.length; j++) {
    const x = shingleSet[j]!;
    for (let i = 0; i < HASHES; i++) {
      const h = fmix32(x ^ SEEDS[i]!);
      if (h < sig[i]!) sig[i] = h;
    }
  }
  return sig;
}

/** One integer key per band (band number in the high bits), for an indexed table. */
export function bandKeys(sig: Uint32Array): number[] {
  const keys: number[] = [];
  for (let b = 0; b < BANDS; b++) {
    let h = 0x811c9dc5;
    for (let r = 0; r < ROWS; r++) h = fmix32(h ^ sig[b * ROWS + r]!);
    keys.push(b * 2 ** 32 + h);
  }
  return keys;
}

export function estimatedJaccard(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let i = 0; i < HASHES; i++) if (a[i] === b[i]) same++;
  return same / HASHES;
}

export interface Overlap {
  jaccard: number;
  /** Share of `a`'s shingles that are in `b`. */
  containment: number;
}

/** Exact overlap of two shingle sets. */
export function overlap(a: Uint32Array | Set<number>, b: Uint32Array | Set<number>): Overlap {
  const A = a instanceof Set ? a : new Set(a), B = b instanceof Set ? b : new Set(b);
  let shared = 0;
  for (const x of A) if (B.has(x)) shared++;
  const union = A.size + B.size - shared;
  return { jaccard: union ? shared / union : 0, containment: A.size ? shared / A.size : 0 };
}
