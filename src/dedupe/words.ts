// Word tokens for comparing texts: lower case, letters and digits only, so that quote
// styles, dashes and punctuation do not make two copies of a story look different.

const WORD = /[\p{L}\p{N}]+/gu;

export function comparableWords(text: string): string[] {
  return (text.normalize('NFC').toLowerCase().match(WORD) ?? []) as string[];
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

/** Hashes of the k-word shingles of a token list (a short text is one shingle). */
export function shingleHashes(words: string[], k: number): Uint32Array {
  if (words.length === 0) return new Uint32Array(0);
  const n = Math.max(1, words.length - k + 1);
  const out = new Uint32Array(n);
  for (let i = 0; i < n; i++) out[i] = fnv1a(words.slice(i, i + k).join(' '));
  return out;
}
