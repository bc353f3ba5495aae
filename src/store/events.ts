// Events in the store: each document's own (doc_events, written with the document) and the
// merged picture (events), replaced in one transaction, so a killed run leaves the last
// complete picture. The store only reads and writes; ../merge/rebuild.ts merges.
import type { DocEvent } from '../document/types.js';
import type { DB } from './db.js';
import type { DocumentEvents, MergedEvent } from '../merge/events.js';

export interface StoredEvent extends MergedEvent {
  mentions: Array<MergedEvent['mentions'][number] & { text: string }>;
}

/** What the merged picture is built from: documents with events, and the last of them. */
export function eventsSource(db: DB): string {
  const r = db.prepare<[], { n: number; last: number | null }>('SELECT count(*) n, max(doc) last FROM doc_events').get()!;
  return `${r.n}:${r.last ?? 0}`;
}

/** Is the merged picture behind the stored documents (a run killed before its rebuild)? */
export function eventsStale(db: DB): boolean {
  const built = db.prepare<[], { built_from: string }>('SELECT built_from FROM events_state WHERE id = 1').get()?.built_from;
  return built !== eventsSource(db);
}

/** Every document's own events, in storage order (parsed row by row: the JSON strings of 100k documents are never all held at once). */
export function documentEvents(db: DB): DocumentEvents[] {
  const docs: DocumentEvents[] = [];
  for (const r of db.prepare<[], { id: string; published: string | null; duplicate_of: string | null; version_of: string | null; data: string }>(
    'SELECT d.id, d.published, d.duplicate_of, d.version_of, e.data FROM doc_events e JOIN documents d ON d.rowid = e.doc ORDER BY d.rowid').iterate()) {
    docs.push({ document: r.id, published: r.published, duplicateOf: r.duplicate_of, versionOf: r.version_of, events: JSON.parse(r.data) as DocEvent[] });
  }
  return docs;
}

/**
 * Every document's own events and what they are, read in one snapshot: a document another
 * process stores meanwhile is neither in them nor in `builtFrom`.
 */
export function documentEventsSnapshot(db: DB): { docs: DocumentEvents[]; builtFrom: string } {
  return db.transaction(() => ({ docs: documentEvents(db), builtFrom: eventsSource(db) }))();
}

/**
 * Replaces the stored merged picture with these events, marked as built from `builtFrom`
 * (the snapshot they were merged from): a document stored since leaves the picture stale, and
 * the next ingest rebuilds it. A picture that is already current is not replaced by an older one.
 */
export function replaceEvents(db: DB, merged: readonly MergedEvent[], builtFrom: string): void {
  const textOf = db.prepare<[string], { text: string }>('SELECT text FROM documents WHERE id = ?');
  const texts = new Map<string, string>();
  const text = (id: string) => {
    let t = texts.get(id);
    if (t === undefined) { t = textOf.get(id)?.text ?? ''; if (texts.size > 500) texts.clear(); texts.set(id, t); }
    return t;
  };
  const insert = db.prepare<[string, string, string | null, string]>('INSERT INTO events (id, type, date, data) VALUES (?, ?, ?, ?)');
  const actor = db.prepare<[string, string]>('INSERT OR IGNORE INTO event_actors (actor, event) VALUES (?, ?)');
  const told = db.prepare<[string, string]>('INSERT OR IGNORE INTO event_documents (document, event) VALUES (?, ?)');
  db.transaction(() => {
    if (builtFrom !== eventsSource(db) && !eventsStale(db)) return;
    db.exec('DELETE FROM event_actors; DELETE FROM event_documents; DELETE FROM events;');
    const seen = new Set<string>();
    for (const e of merged) {
      // two events with the same first mention and type cannot happen; guard the key anyway
      let id = e.id;
      for (let k = 2; seen.has(id); k++) id = `${e.id}-${k}`;
      seen.add(id);
      const stored: StoredEvent = { ...e, id, mentions: e.mentions.map((m) => ({ ...m, text: text(m.document).slice(...m.span) })) };
      insert.run(id, e.type, e.date?.value ?? null, JSON.stringify(stored));
      for (const a of new Set([...e.actors, ...e.recipients])) actor.run(a, id);
      for (const d of new Set(e.mentions.map((m) => m.document))) told.run(d, id);
    }
    db.prepare('INSERT OR REPLACE INTO events_state (id, built_from) VALUES (1, ?)').run(builtFrom);
  }).immediate();
}

export interface EventFilter { actors?: string[]; from?: string; to?: string; type?: string }

/** Stored events in time order (undated last), optionally for some actors and a time span. */
export function listEvents(db: DB, filter: EventFilter = {}): StoredEvent[] {
  const where: string[] = [];
  const args: string[] = [];
  if (filter.actors?.length) { where.push(`id IN (SELECT event FROM event_actors WHERE actor IN (${filter.actors.map(() => '?').join(',')}))`); args.push(...filter.actors); }
  if (filter.type) { where.push('type = ?'); args.push(filter.type.toUpperCase()); }
  // a month or year overlaps the span when its start is not after `to` and its end not before `from`
  if (filter.from) { where.push('date IS NOT NULL AND substr(date || \'-99-99\', 1, 10) >= ?'); args.push(filter.from); }
  if (filter.to) { where.push('date IS NOT NULL AND date <= ?'); args.push(filter.to); }
  const rows = db.prepare<string[], { data: string }>(`SELECT data FROM events ${where.length ? 'WHERE ' + where.join(' AND ') : ''}
    ORDER BY date IS NULL, date, id`).all(...args);
  return rows.map((r) => JSON.parse(r.data) as StoredEvent);
}

export function countEvents(db: DB): number {
  return db.prepare<[], { n: number }>('SELECT count(*) n FROM events').get()!.n;
}
