// The store read in batches for the exports (CSV, JSON lines, PLOVER, the API's export): each
// batch is one query, so no statement stays open while a stream waits for its reader, and a
// store of 100k articles is never held in memory.
import type { Reader } from '../store/reader.js';
import type { StoredEvent } from '../store/events.js';
import type { Statement } from '../document/types.js';
import { storedActors, type StoredActor } from '../store/actors.js';
import { statesBy } from './json.js';
import type { StoredStatement } from '../store/statements.js';

const BATCH = 500;

/**
 * Merged events in time order (undated last, then by id, as the JSON export has them): the ids
 * and dates are read and sorted first, then the events batch by batch (an event merged away
 * meanwhile is left out).
 */
export async function* eventBatches(db: Reader): AsyncGenerator<StoredEvent[]> {
  const keys = await db.all<{ id: string; date: string | null }>('SELECT id, date FROM events');
  const bytes = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
  keys.sort((x, y) => (x.date === null) !== (y.date === null) ? (x.date === null ? 1 : -1) : bytes(x.date ?? '', y.date ?? '') || bytes(x.id, y.id));
  for (let i = 0; i < keys.length; i += BATCH) {
    const ids = keys.slice(i, i + BATCH).map((k) => k.id);
    const set = db.sql.inSet('id', ids);
    const rows = await db.all<{ id: string; data: string }>(`SELECT id, data FROM events WHERE ${set.where}`, set.args);
    const byId = new Map(rows.map((r) => [r.id, r.data]));
    yield ids.flatMap((id) => { const data = byId.get(id); return data ? [JSON.parse(data) as StoredEvent] : []; });
  }
}

/** A statement with the metadata of its document. */
export interface StatementRecord extends StoredStatement { doc: DocumentInfo }

/** Statements document by document in store order. */
export async function* statementBatches(db: Reader): AsyncGenerator<StatementRecord[]> {
  for (let after = 0; ;) {
    const rows = await db.all<DocumentInfo & { rowid: number; text: string; data: string }>(`
      SELECT d.rowid, d.id, d.source, d.title, d.published, d.outlet, d.agency, d.url, d.text, s.data
      FROM statements s JOIN documents d ON d.rowid = s.doc WHERE s.doc > ? ORDER BY s.doc LIMIT ?`, [after, BATCH / 10]);
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
  /** A document's metadata: of those `load` read. */
  document(id: string): DocumentInfo | undefined;
  /** Reads the metadata of these documents (those of the next batch). */
  load(ids: Iterable<string>): Promise<void>;
}

export async function exportContext(db: Reader): Promise<ExportContext> {
  const actors = new Map((await storedActors(db)).map((a) => [a.key, a]));
  const docs = new Map<string, DocumentInfo>();
  return {
    actor: (k) => actors.get(k),
    ids: new Map([...actors].map(([k, a]) => [k, a.id])),
    stateOf: statesBy([...actors.values()]),
    document: (id) => docs.get(id),
    load: async (ids) => {
      docs.clear();
      const set = db.sql.inSet('id', [...new Set(ids)]);
      for (const d of await db.all<DocumentInfo>(`SELECT id, source, title, published, outlet, agency, url FROM documents WHERE ${set.where}`, set.args)) docs.set(d.id, d);
    },
  };
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
