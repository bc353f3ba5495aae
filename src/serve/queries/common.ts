// What every view of the served store needs: actor names, a document's outlet and metadata,
// and a memo that lives as long as the store is unchanged (an ingest in another process
// changes SQLite's data_version, and the memo starts afresh).
import type { Statement } from 'better-sqlite3';
import type { DB } from '../../store/db.js';
import { listActors, type StoredActor } from '../../store/actors.js';
import { RequestError } from '../params.js';
import { isoDate, outletOf, webUrl } from '../../export/records.js';

const memos = new WeakMap<DB, { version: number; values: Map<string, unknown> }>();
const statements = new WeakMap<DB, Map<string, unknown>>();

/** A statement prepared once per connection and SQL text (preparing costs more than a lookup by key). */
export function prepared<P extends unknown[], R>(db: DB, sql: string): Statement<P, R> {
  let cache = statements.get(db);
  if (!cache) statements.set(db, (cache = new Map()));
  let st = cache.get(sql) as Statement<P, R> | undefined;
  if (!st) cache.set(sql, (st = db.prepare<P, R>(sql)));
  return st;
}

/** The value computed once per store state. */
export function memo<T>(db: DB, key: string, compute: () => T): T {
  const version = db.pragma('data_version', { simple: true }) as number;
  let m = memos.get(db);
  if (!m || m.version !== version) memos.set(db, (m = { version, values: new Map() }));
  if (!m.values.has(key)) m.values.set(key, compute());
  return m.values.get(key) as T;
}

export interface ActorIndex {
  /** Actors with mentions, most mentioned first. */
  list: StoredActor[];
  byKey: Map<string, StoredActor>;
  /** Our key or the exported id (QID) → the actor. */
  find(id: string): StoredActor | undefined;
}

export function actorIndex(db: DB): ActorIndex {
  return memo(db, 'actors', () => {
    const all = listActors(db);
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
export function requireActor(db: DB, id: string, param = 'actor'): StoredActor {
  const a = actorIndex(db).find(id);
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
export function documentById(db: DB, id: string): DocumentMeta | undefined {
  const r = prepared<[string], DocRow>(db, `SELECT ${DOCUMENT_COLUMNS} FROM documents d WHERE d.id = ?`).get(id);
  return r && documentMeta(r);
}

/** The outlets in the store (outlet, else agency), most documents first: the choices of the outlet filter. */
export function outlets(db: DB): Array<{ name: string; documents: number }> {
  return memo(db, 'outlets', () => db.prepare<[], { name: string; documents: number }>(
    `SELECT coalesce(outlet, agency) name, count(*) documents FROM documents WHERE coalesce(outlet, agency) IS NOT NULL
     GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 500`).all());
}

/** How exact a date is: day, month or year. */
export const precisionOf = (date: string | null | undefined) => isoDate(date).precision;

/** A page of a list: the items and the cursor of the next page (null at the end). */
export interface Page<T> { items: T[]; next: string | null }
