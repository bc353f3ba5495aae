import { createHash } from 'node:crypto';

/** Stable id of a document: the same source with the same text is the same document. */
export function documentId(source: string, text: string): string {
  return createHash('sha256').update(source).update('\u0000').update(text).digest('hex').slice(0, 16);
}

/** Hash of the text alone, to find exact copies under other names. */
export function textHash(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 32);
}
