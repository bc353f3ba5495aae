// What every view of the served store needs: actor names, a document's outlet and metadata,
// and a memo that lives as long as the store is unchanged (an ingest in another process
// changes the store's version, and the memo starts afresh).
import type { Reader } from '../../store/reader.js';
import { storedActors, type StoredActor } from '../../store/actors.js';
import { RequestError } from '../params.js';
import { isoDate, outletOf, webUrl } from '../../export/records.js';

const memos = new WeakMap<Reader, { version: string; values: Map<string, Promise<unknown>> }>();

/** The value computed once per store state (a failed computation is not kept). */
export async function memo<T>(db: Reader, key: string, compute: () => Promise<T>): Promise<T> {
  const version = await db.version();
  let m = memos.get(db);
  if (!m || m.version !== version) memos.set(db, (m = { version, values: new Map() }));
  let value = m.values.get(key) as Promise<T> | undefined;
  if (!value) {
    const values = m.values;
    // (the promise is kept, so requests arriving while it is computed wait for the same one)
    values.set(key, (value = compute()));
    value.catch(() => values.delete(key));
  }
  return value;
}

export interface ActorIndex {
  /** Actors with mentions, most mentioned first. */
  list: StoredActor[];
  byKey: Map<string, StoredActor>;
  /** Our key or the exported id (QID) → the actor. */
  find(id: string): StoredActor | undefined;
}

export function actorIndex(db: Reader): Promise<ActorIndex> {
  return memo(db, 'actors', async () => {
    const all = await storedActors(db);
    const byKey = new Map(all.map((a) => [a.key, a]));
    const byId = new Map(all.map((a) => [a.id, a]));
    return { list: all.filter((a) => a.mentions > 0), byKey, find: (id) => byKey.get(id) ?? byId.get(id) };
  });
}

/** An actor as lists show it: exported id, name, kind. */
export interface ActorRef { id: string; key: string; name: string; kind: string }

export function actorRef(index: ActorIndex, key: string): ActorRef {
  const a = index.byKey.get(key);
  return a ? { id: a.id, key: a.key, name: a.name, kind: a.kind } : { id: key, key, name: key, kind: 'unknown' };
}

/** The actor a request names by id or key; a 400 when the store has none. */
export async function requireActor(db: Reader, id: string, param = 'actor'): Promise<StoredActor> {
  const a = (await actorIndex(db)).find(id);
  if (!a) throw new RequestError(`parameter "${param}": no actor "${id.slice(0, 60)}" in the store (ids: /api/actors)`);
  return a;
}

export interface DocumentMeta {
  id: string;
  source: string;
  title: string | null;
  published: string | null;
  /** The outlet, else the agency of its dateline, else null. */
  outlet: string | null;
  agency: string | null;
  /** Only an http(s) address: anything else is no link. */
  url: string | null;
  duplicateOf: string | null;
  versionOf: string | null;
}

interface DocRow { id: string; source: string; title: string | null; published: string | null; outlet: string | null; agency: string | null;
  url: string | null; duplicate_of: string | null; version_of: string | null }

export const DOCUMENT_COLUMNS = 'd.id, d.source, d.title, d.published, d.outlet, d.agency, d.url, d.duplicate_of, d.version_of';

export function documentMeta(r: DocRow): DocumentMeta {
  return {
    id: r.id, source: r.source, title: r.title, published: r.published, outlet: outletOf(r), agency: r.agency,
    url: webUrl(r.url), duplicateOf: r.duplicate_of, versionOf: r.version_of,
  };
}

/** A document's metadata by id (undefined when there is none). */
export async function documentById(db: Reader, id: string): Promise<DocumentMeta | undefined> {
  const r = await db.get<DocRow>(`SELECT ${DOCUMENT_COLUMNS} FROM documents d WHERE d.id = ?`, [id]);
  return r && documentMeta(r);
}

/** Documents' metadata by id, in one query. */
export async function documentsById(db: Reader, ids: Iterable<string>): Promise<Map<string, DocumentMeta>> {
  const all = [...new Set(ids)];
  if (!all.length) return new Map();
  const set = db.sql.inSet('d.id', all);
  const rows = await db.all<DocRow>(`SELECT ${DOCUMENT_COLUMNS} FROM documents d WHERE ${set.where}`, set.args);
  return new Map(rows.map((r) => [r.id, documentMeta(r)]));
}

/** The outlets in the store (outlet, else agency), most documents first: the choices of the outlet filter. */
export function outlets(db: Reader): Promise<Array<{ name: string; documents: number }>> {
  return memo(db, 'outlets', () => db.all<{ name: string; documents: number }>(
    `SELECT coalesce(outlet, agency) name, count(*) documents FROM documents WHERE coalesce(outlet, agency) IS NOT NULL
     GROUP BY 1 ORDER BY 2 DESC, ${db.sql.bytewise('coalesce(outlet, agency)')} LIMIT 500`));
}

/**
 * A filter that few rows pass is read first and handed to the page's query as a set: the
 * query then reads those rows by key and sorts them, instead of walking the whole list in
 * page order to find them (PostgreSQL's planner cannot tell a word in three sentences from
 * one in a million). A filter that many rows pass stays a subquery: the walk finds a page soon.
 */
export const SMALL_SET = 2000;

/** The condition that `expr` is one of the keys (k) the subquery gives, as a set; null when it gives more than SMALL_SET. */
export async function smallSet(db: Reader, expr: string, subquery: string, args: readonly unknown[]): Promise<{ where: string; args: unknown[] } | null> {
  const rows = await db.all<{ k: number }>(`SELECT k FROM (${subquery}) x LIMIT ${SMALL_SET + 1}`, args);
  if (rows.length > SMALL_SET) return null;
  return rows.length ? db.sql.inSet(expr, rows.map((r) => r.k)) : { where: 'FALSE', args: [] };
}

/** The condition `expr IN (subquery)`: a small set, else the subquery (with the walk in page order). */
export async function inSubquery(db: Reader, expr: string, subquery: string, args: readonly unknown[]): Promise<{ where: string; args: unknown[] }> {
  return await smallSet(db, expr, subquery, args) ?? { where: `${db.sql.unindexed(expr)} IN (SELECT k FROM (${subquery}) x)`, args: [...args] };
}

/** How many documents and merged events the store holds. */
export async function storeCounts(db: Reader): Promise<{ documents: number; events: number }> {
  const r = await db.get<{ documents: number; events: number }>('SELECT (SELECT count(*) FROM documents) documents, (SELECT count(*) FROM events) events');
  return r!;
}

/** How exact a date is: day, month or year. */
export const precisionOf = (date: string | null | undefined) => isoDate(date).precision;

/** A page of a list: the items and the cursor of the next page (null at the end). */
export interface Page<T> { items: T[]; next: string | null }
