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

/**
 * - `version`: an updated text of the stored article (same origin, or a "(neu: …)" text from
 *   the same agency); both are kept, linked by versionOf; neither hides the other's facts.
 * - `duplicate`: the new article is the stored one again, or a shortened copy of it.
 * - `contains`: the new article is a longer text that contains the stored one, or much the
 *   same text and longer (the stored one was the shortened copy): the stored one becomes the
 *   duplicate.
 */
export type RelationKind = 'version' | 'duplicate' | 'contains' | null;

export interface Relation {
  kind: RelationKind;
  /** Jaccard of the two shingle sets. */
  similarity: number;
}

export interface RelationContext {
  /** Same file path, feed item link or JSONL file#id. */
  sameOrigin: boolean;
  /** Either text carries an update marker and both come from the same agency (or neither names one). */
  markedUpdate: boolean;
  /** Is the new text's body longer (in characters) than the stored one's? Unknown: the one with more of its shingles in the other is the shorter. */
  newLonger?: boolean;
}

/**
 * `newInOld` is the overlap measured from the new article's side (containment = share of
 * the new one found in the old), `oldInNew` from the stored one's.
 */
export function relate(newInOld: Overlap, oldInNew: Overlap, ctx: RelationContext): Relation {
  const similarity = newInOld.jaccard;
  const related = similarity >= VERSION_JACCARD || newInOld.containment >= VERSION_CONTAINMENT
    || oldInNew.containment >= VERSION_CONTAINMENT;
  if (related && (ctx.sameOrigin || ctx.markedUpdate)) return { kind: 'version', similarity };
  // the same story: the shorter text is the copy and the longer the original, whichever arrives
  // first, so workers storing in any order agree (by characters: two texts of nearly one length can
  // have shingle sets the other way round, where a dropped sentence had repeated phrases)
  const newIn = newInOld.containment >= DUPLICATE_CONTAINMENT, oldIn = oldInNew.containment >= DUPLICATE_CONTAINMENT;
  if (newIn !== oldIn) return { kind: newIn ? 'duplicate' : 'contains', similarity };
  if (newIn || similarity >= DUPLICATE_JACCARD) {
    const newLonger = ctx.newLonger ?? oldInNew.containment > newInOld.containment;
    return { kind: newLonger ? 'contains' : 'duplicate', similarity };
  }
  return { kind: null, similarity };
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
  if (j >= DUPLICATE_JACCARD - m || newInOld >= DUPLICATE_CONTAINMENT - m || oldInNew >= DUPLICATE_CONTAINMENT - m) return true;
  return versionPossible && (j >= VERSION_JACCARD - m || Math.max(newInOld, oldInNew) >= VERSION_CONTAINMENT - m);
}
