// How a new article relates to one already stored: the same story again (duplicate), an
// updated version of it, or neither. Pure rules over measured overlap.
import type { Overlap } from './minhash.js';

/** Jaccard of 5-word shingles at or above which two articles are the same story. */
export const DUPLICATE_JACCARD = 0.5;
/** A shortened copy: this share of the new article's shingles is in the stored one. */
export const DUPLICATE_CONTAINMENT = 0.8;
/** A version must still share this much with its predecessor. */
export const VERSION_JACCARD = 0.2;
export const VERSION_CONTAINMENT = 0.5;

export interface Relation {
  duplicate: boolean;
  version: boolean;
  similarity: number;
}

/**
 * `newInOld` is the overlap measured from the new article's side (containment = share of
 * the new one found in the old), `oldInNew` from the stored one's.
 * `sameOrigin`: same file path, feed item or JSONL id; `marked`: the new text says it is
 * an update ("(neu: …)").
 */
export function relate(newInOld: Overlap, oldInNew: Overlap, sameOrigin: boolean, marked: boolean): Relation {
  const duplicate = newInOld.jaccard >= DUPLICATE_JACCARD || newInOld.containment >= DUPLICATE_CONTAINMENT;
  const related = newInOld.jaccard >= VERSION_JACCARD || newInOld.containment >= VERSION_CONTAINMENT
    || oldInNew.containment >= VERSION_CONTAINMENT;
  return { duplicate, version: related && (sameOrigin || marked), similarity: newInOld.jaccard };
}

/** How far a 64-hash estimate may be off before we would miss a pair (about 2.5 σ). */
const ESTIMATE_MARGIN = 0.15;

/**
 * Whether a candidate is worth an exact comparison, judged from the estimated Jaccard and
 * the two shingle-set sizes alone (from which the containments follow). Most LSH candidates
 * in wire copy share only boilerplate ("Russland hatte die Ukraine im Februar 2022
 * überfallen.") and are dropped here without touching their text.
 */
export function worthVerifying(estimatedJaccard: number, newSize: number, oldSize: number, versionPossible: boolean): boolean {
  const j = estimatedJaccard;
  const shared = (j * (newSize + oldSize)) / (1 + j);
  const newInOld = shared / Math.max(1, newSize);
  const oldInNew = shared / Math.max(1, oldSize);
  const m = ESTIMATE_MARGIN;
  if (j >= DUPLICATE_JACCARD - m || newInOld >= DUPLICATE_CONTAINMENT - m) return true;
  return versionPossible && (j >= VERSION_JACCARD - m || Math.max(newInOld, oldInNew) >= VERSION_CONTAINMENT - m);
}
