// Word tokens for comparing texts: lower case, letters and digits only, so that quote
// styles, dashes and punctuation do not make two copies of a story look different.

const WORD = /[\p{L}\p{N}]+/gu;
const COMBINING = /[\u0300-\u036f]/;

export function comparableWords(text: string): string[] {
  // NFC only where decomposed umlauts can occur: normalizing every text costs a full pass
  const t = COMBINING.test(text) ? text.normalize('NFC') : text;
  return (t.toLowerCase().match(WORD) ?? []) as string[];
}

/** 32-bit FNV-1a of a string. */
export function fnv1a(s: string, seed = 0x811c9dc5): number {
  let h = seed >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * Hashes of the k-word shingles of a token list (a short text is one shingle). Each word is
 * hashed once and a shingle's hash combines its words' hashes in order, so no shingle
 * string is ever built.
 */
export function shingleHashes(words: string[], k: number): Uint32Array {
  if (words.length === 0) return new Uint32Array(0);
  const wordHashes = words.map((w) => fnv1a(w));
  const n = Math.max(1, words.length - k + 1);
  const out = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    let h = 0x9747b28c ^ Math.min(k, words.length);
    for (let j = i; j < i + k && j < words.length; j++) {
      h = Math.imul(h ^ wordHashes[j]!, 0x5bd1e995);
      h ^= h >>> 15;
    }
    out[i] = h >>> 0;
  }
  return out;
}
