// The store read in batches for the exports (CSV, JSON lines, PLOVER, the API's export): each
// batch is one query, so no statement stays open while a stream waits for its reader, and a
// store of 100k articles is never held in memory.
import type { DB } from '../store/db.js';
import type { StoredEvent } from '../store/events.js';
import type { Statement } from '../document/types.js';
import { exportIds, listActors, type StoredActor } from '../store/actors.js';
import { actorStates } from './json.js';
import type { StoredStatement } from '../store/statements.js';

const BATCH = 500;

/** Merged events in the order they were stored (the merge's time order). */
export function* eventBatches(db: DB): Generator<StoredEvent[]> {
  const read = db.prepare<[number, number], { rowid: number; data: string }>('SELECT rowid, data FROM events WHERE rowid > ? ORDER BY rowid LIMIT ?');
  for (let after = 0; ;) {
    const rows = read.all(after, BATCH);
    if (!rows.length) return;
    after = rows.at(-1)!.rowid;
    yield rows.map((r) => JSON.parse(r.data) as StoredEvent);
  }
}

/** A statement with the metadata of its document. */
export interface StatementRecord extends StoredStatement { doc: DocumentInfo }

/** Statements document by document in store order. */
export function* statementBatches(db: DB): Generator<StatementRecord[]> {
  const read = db.prepare<[number, number], DocumentInfo & { rowid: number; text: string; data: string }>(`
    SELECT d.rowid, d.id, d.source, d.title, d.published, d.outlet, d.agency, d.url, d.text, s.data
    FROM statements s JOIN documents d ON d.rowid = s.doc WHERE s.doc > ? ORDER BY s.doc LIMIT ?`);
  for (let after = 0; ;) {
    const rows = read.all(after, BATCH / 10);
    if (!rows.length) return;
    after = rows.at(-1)!.rowid;
    yield rows.flatMap((r) => (JSON.parse(r.data) as Statement[]).map((s, i) => ({
      ...s, id: `${r.id}:s${i + 1}`, document: r.id, documentText: r.text,
      doc: { id: r.id, source: r.source, title: r.title, published: r.published, outlet: r.outlet, agency: r.agency, url: r.url },
    })));
  }
}

export interface DocumentInfo { id: string; source: string; title: string | null; published: string | null; outlet: string | null; agency: string | null; url: string | null }

/** What a record needs beside itself: actor names and ids, a member's state, a document's metadata. */
export interface ExportContext {
  actor(key: string): StoredActor | undefined;
  /** Our key → the exported id (the QID where known). */
  ids: Map<string, string>;
  stateOf(key: string): string | null;
  document(id: string): DocumentInfo | undefined;
}

export function exportContext(db: DB): ExportContext {
  const actors = new Map(listActors(db).map((a) => [a.key, a]));
  const doc = db.prepare<[string], DocumentInfo>('SELECT id, source, title, published, outlet, agency, url FROM documents WHERE id = ?');
  return { actor: (k) => actors.get(k), ids: exportIds(db), stateOf: actorStates(db), document: (id) => doc.get(id) };
}

/** A stored date as a reader of tables wants it: the first day of its span, and how exact it is. */
export function isoDate(value: string | null | undefined): { date: string | null; precision: 'day' | 'month' | 'year' | null } {
  if (!value) return { date: null, precision: null };
  if (value.length >= 10) return { date: value.slice(0, 10), precision: 'day' };
  if (value.length === 7) return { date: `${value}-01`, precision: 'month' };
  return { date: `${value.slice(0, 4)}-01-01`, precision: 'year' };
}

/** The outlet a document is from: its outlet, else the agency of its dateline. */
export const outletOf = (d: DocumentInfo | undefined) => d?.outlet ?? d?.agency ?? null;

/** A source address only when it is http(s): anything else is no link. */
export const webUrl = (url: string | null | undefined) => (url && /^https?:\/\//i.test(url) ? url : null);
