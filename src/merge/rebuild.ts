// The merged picture rebuilt from every stored document's events: the store reads them,
// the merge joins them (./events.ts), the store writes the result. Called by the ingest and
// the reanalysis, never by the store itself.
import type { KnowledgeBase } from '../actors/kb.js';
import type { DB } from '../store/db.js';
import { documentEventsSnapshot, replaceEvents } from '../store/events.js';
import { mergeEvents } from './events.js';

/**
 * Merges all documents' events again and replaces the stored picture, marked current only for
 * the documents it was built from. Returns the number of events.
 */
export function rebuildEvents(db: DB, kb?: KnowledgeBase): number {
  const { docs, builtFrom } = documentEventsSnapshot(db);
  const merged = mergeEvents(docs, {
    countryOf: (id) => kb?.actors.get(id)?.country ?? null,
    isPerson: (id) => kb?.actors.get(id)?.kind === 'person',
  });
  replaceEvents(db, merged, builtFrom);
  return merged.length;
}
