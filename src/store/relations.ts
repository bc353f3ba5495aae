// How a new document relates to the stored ones, decided from rows either store reads: the
// exact copy by its text hash, else the LSH candidates and the last document from the same origin,
// first screened on their MinHash signatures, then verified on exact shingles. Both stores read
// the rows their own way (SQLite one by one, PostgreSQL in a round trip each) and decide here.
import type { Document } from '../document/types.js';
import { estimatedJaccard, overlap, shingles } from '../dedupe/minhash.js';
import type { Fingerprint } from '../dedupe/fingerprint.js';
import { relate, worthVerifying } from '../dedupe/relate.js';

/** Candidates verified per new document at most. */
export const MAX_CANDIDATES = 20;

export interface Relations {
  duplicateOf: string | null;
  versionOf: string | null;
  /** A stored text marked "(neu: …)" is newer than this one: it becomes that one's version. */
  olderVersionOf: string | null;
  /** A stored shortened copy of this document (an original): it becomes this one's duplicate. */
  containedCopy: string | null;
  similarity: number | null;
  /** The same origin held an unrelated text before: both are kept. */
  reusedOrigin: boolean;
}

const NONE: Relations = { duplicateOf: null, versionOf: null, olderVersionOf: null, containedCopy: null, similarity: null, reusedOrigin: false };

/** A stored document with the same text hash: this one is its copy (or its original's). */
export function exactCopy(stored: { id: string; duplicate_of: string | null }): Relations {
  return { ...NONE, duplicateOf: stored.duplicate_of ?? stored.id, similarity: 1 };
}

/** A candidate's signature row (absent: verified all the same). */
export interface StoredSignature { signature: Uint8Array; shingles: number; marked: boolean | number }

/** Which candidates are worth reading whole: the same origin always, the others by their signatures. */
export function worthReading(doc: Document, fp: Fingerprint, mine: Set<number>, candidates: Array<[number, StoredSignature | undefined]>, sameOrigin: number | null): number[] {
  return candidates.filter(([rowid, stored]) => rowid === sameOrigin || !stored
    || worthVerifying(estimatedJaccard(fp.signature, toSignature(stored.signature)), mine.size, stored.shingles,
      doc.updateMarker !== null || Boolean(stored.marked))).map(([rowid]) => rowid);
}

/** A stored document read whole for verification. */
export interface StoredBody {
  rowid: number;
  id: string;
  text: string;
  body_begin: number;
  body_end: number;
  duplicate_of: string | null;
  update_marker: string | null;
  agency: string | null;
}

/** The strongest relation of the new document to the stored ones read whole (in the candidates' order). */
export function relationsFrom(doc: Document, mine: Set<number>, bodies: StoredBody[], sameOrigin: number | null): Relations {
  const out = { ...NONE };
  const rank = { version: 3, duplicate: 2, contains: 1 } as const;
  let best: { kind: 'version' | 'duplicate' | 'contains'; similarity: number; id: string; canonical: string; storedIsNewer: boolean } | null = null;
  for (const other of bodies) {
    const same = other.rowid === sameOrigin;
    const otherSh = new Set(shingles(other.text.slice(other.body_begin, other.body_end)));
    const markedUpdate = (doc.updateMarker !== null || other.update_marker !== null) && doc.agency === other.agency;
    // (of two bodies of one length, the one with the smaller id: an order of its own)
    const [length, otherLength] = [doc.bodySpan[1] - doc.bodySpan[0], other.body_end - other.body_begin];
    const newLonger = length > otherLength || (length === otherLength && doc.id < other.id);
    const rel = relate(overlap(mine, otherSh), overlap(otherSh, mine), { sameOrigin: same, markedUpdate, newLonger });
    if (!rel.kind) { if (same) out.reusedOrigin = true; continue; }
    // inputs arrive in any order: a stored text marked "(neu: …)" is newer than an unmarked one arriving now
    const storedIsNewer = other.update_marker !== null && doc.updateMarker === null && !same;
    if (!best || rank[rel.kind] > rank[best.kind] || (rel.kind === best.kind && rel.similarity > best.similarity))
      best = { kind: rel.kind, similarity: rel.similarity, id: other.id, canonical: other.duplicate_of ?? other.id, storedIsNewer };
  }
  if (best?.kind === 'version') { if (best.storedIsNewer) out.olderVersionOf = best.id; else out.versionOf = best.id; }
  if (best?.kind === 'duplicate') { out.duplicateOf = best.canonical; out.similarity = best.similarity; }
  // only an original can be replaced by this one: the copies pointing at it stay copies of it
  if (best?.kind === 'contains' && best.canonical === best.id) { out.containedCopy = best.id; out.similarity = best.similarity; }
  return out;
}

/** A stored signature as numbers (copied: the blob's offset need not be 4-byte aligned). */
export function toSignature(blob: Uint8Array): Uint32Array {
  return new Uint32Array(blob.buffer.slice(blob.byteOffset, blob.byteOffset + blob.byteLength));
}

/** A signature as the bytes both stores keep. */
export function signatureBytes(sig: Uint32Array): Buffer {
  return Buffer.from(sig.buffer, sig.byteOffset, sig.byteLength);
}
