// Events in the store: each document's own (doc_events, written with the document) and the
// merged picture (events), whose events of the clusters a merge step touched are replaced in
// that step's transaction, so a killed run leaves the picture of the steps it finished. The
// store only reads and writes; ../merge/incremental.ts merges.
import type { DocEvent } from '../document/types.js';
import type { DB } from './db.js';
import type { Reader } from './reader.js';
import { mergeState } from './clusters.js';
import type { DocumentEvents, MergedEvent } from '../merge/events.js';

export interface StoredEvent extends MergedEvent {
  mentions: Array<MergedEvent['mentions'][number] & { text: string }>;
}

/** Is the merged picture behind the stored documents (documents not merged yet, or a replay due)? */
export function eventsStale(db: DB): boolean {
  const { unmerged, replayDue } = mergeState(db);
  return unmerged > 0 || replayDue;
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

/** A merged event as the picture stores it, with the cluster it comes from. */
export type PictureEvent = MergedEvent & { cluster: number };

/**
 * Replaces the picture's events of these clusters with their new events (call inside the
 * merge's transaction). An id that goes away because its event was folded into another is
 * kept as a redirect to that one.
 */
export function replaceClusterEvents(db: DB, clusters: Iterable<number>, events: readonly PictureEvent[]): void {
  const q = statements(db);
  const old = new Map<string, string>();
  for (const c of clusters) for (const r of q.ofCluster.all(c)) old.set(r.id, r.data);
  for (const id of old.keys()) q.drop.run(id);
  const written = new Map<string, PictureEvent>();
  for (const { cluster, ...e } of events) {
    // two events with the same first mention and type cannot happen; guard the key anyway
    let id = e.id;
    for (let k = 2; written.has(id) || q.exists.get(id); k++) id = `${e.id}-${k}`;
    written.set(id, { ...e, cluster, id });
    q.insert.run(id, e.type, e.date?.value ?? null, JSON.stringify({ ...e, id }), cluster);
    for (const a of new Set([...e.actors, ...e.recipients])) q.actor.run(a, id);
    for (const d of new Set(e.mentions.map((m) => m.document))) q.told.run(d, id);
    q.unredirect.run(id);
  }
  for (const [id, data] of old) {
    if (written.has(id)) continue;
    const first = (JSON.parse(data) as MergedEvent).mentions[0];
    const into = first && [...written.values()].find((e) => e.mentions.some((m) => m.document === first.document && m.span[0] === first.span[0]));
    if (!into) continue;
    q.redirect.run(id, into.id);
    q.repoint.run(into.id, id);
  }
}

/** The event an id stands for now: itself, or the event it was folded into. */
export function currentEventId(db: DB, id: string): string {
  return statements(db).current.get(id)?.new ?? id;
}

const prepared = new WeakMap<DB, ReturnType<typeof prepare>>();
const statements = (db: DB) => { let q = prepared.get(db); if (!q) prepared.set(db, q = prepare(db)); return q; };
function prepare(db: DB) {
  return {
    ofCluster: db.prepare<[number], { id: string; data: string }>('SELECT id, data FROM events WHERE cluster = ?'),
    drop: db.prepare<[string]>('DELETE FROM events WHERE id = ?'),
    exists: db.prepare<[string], { one: number }>('SELECT 1 one FROM events WHERE id = ?'),
    insert: db.prepare<[string, string, string | null, string, number]>('INSERT INTO events (id, type, date, data, cluster) VALUES (?, ?, ?, ?, ?)'),
    actor: db.prepare<[string, string]>('INSERT OR IGNORE INTO event_actors (actor, event) VALUES (?, ?)'),
    told: db.prepare<[string, string]>('INSERT OR IGNORE INTO event_documents (document, event) VALUES (?, ?)'),
    redirect: db.prepare<[string, string]>('INSERT OR REPLACE INTO event_redirects (old, new) VALUES (?, ?)'),
    repoint: db.prepare<[string, string]>('UPDATE event_redirects SET new = ? WHERE new = ?'),
    unredirect: db.prepare<[string]>('DELETE FROM event_redirects WHERE old = ?'),
    current: db.prepare<[string], { new: string }>('SELECT new FROM event_redirects WHERE old = ?'),
  };
}

export interface EventFilter { actors?: string[]; from?: string; to?: string; type?: string }

/** Stored events in time order (undated last), optionally for some actors and a time span. */
/** Merged events in time order (undated last, then by id). */
export async function listEvents(db: Reader, filter: EventFilter = {}): Promise<StoredEvent[]> {
  const where: string[] = [];
  const args: string[] = [];
  if (filter.actors?.length) { where.push(`id IN (SELECT event FROM event_actors WHERE actor IN (${filter.actors.map(() => '?').join(',')}))`); args.push(...filter.actors); }
  if (filter.type) { where.push('type = ?'); args.push(filter.type.toUpperCase()); }
  // a month or year overlaps the span when its start is not after `to` and its end not before `from`
  if (filter.from) { where.push('date IS NOT NULL AND substr(date || \'-99-99\', 1, 10) >= ?'); args.push(filter.from); }
  if (filter.to) { where.push('date IS NOT NULL AND date <= ?'); args.push(filter.to); }
  const rows = await db.all<{ data: string }>(`SELECT data FROM events ${where.length ? 'WHERE ' + where.join(' AND ') : ''}
    ORDER BY date IS NULL, ${db.sql.bytewise('date')}, ${db.sql.bytewise('id')}`, args);
  return rows.map((r) => JSON.parse(r.data) as StoredEvent);
}
