// What duplicate detection needs from a document, computed once (in a worker thread when
// there is one): the text hash for exact copies, the body's shingle set and its MinHash
// signature with LSH band keys for near-duplicates.
import type { Document } from '../document/types.js';
import { textHash } from '../document/ids.js';
import { bandKeys, shingles, signature } from './minhash.js';

export interface Fingerprint {
  textHash: string;
  /** Distinct 5-word shingle hashes of the body. */
  shingles: Uint32Array;
  signature: Uint32Array;
  bandKeys: number[];
}

/**
 * Near-duplicates are judged on the body's first 256 KB (about the part a long text is analysed
 * in, by default): the shingles of a 20 MB text take more memory than its analysis (exact copies
 * are still found by the hash of the whole text).
 */
export const FINGERPRINT_CHARS = 256 * 1024;

export function fingerprint(doc: Document): Fingerprint {
  const body = doc.text.slice(doc.bodySpan[0], Math.min(doc.bodySpan[1], doc.bodySpan[0] + FINGERPRINT_CHARS));
  const distinct = Uint32Array.from(new Set(shingles(body)));
  const sig = signature(distinct);
  return { textHash: textHash(doc.text), shingles: distinct, signature: sig, bandKeys: bandKeys(sig) };
}
