// Reading a store of either engine: what `serve` and the read commands ask, as SQL both engines
// run. Queries are written with `?` placeholders and the few things the dialects spell apart
// (JSON fields, full-text matches, planner hints) come from the reader's `sql`.
import type { Statement as Prepared } from 'better-sqlite3';
import type { DB } from './db.js';

/** SQL the two engines write differently. */
export interface Dialect {
  /** A top-level JSON field of a text column, as text. */
  jsonField(column: string, key: string): string;
  /** How many items a JSON array in a text column holds. */
  jsonLength(column: string): string;
  /** The items of a JSON array in a text column as a table `alias` (for FROM), and item k of such an item (an array) as text. */
  jsonItems(column: string, alias: string): string;
  jsonItem(alias: string, k: number): string;
  /** Whether a JSON array at `path` (keys) of a text column holds the next parameter (a string). */
  jsonArrayHolds(column: string, path: readonly string[]): string;
  /**
   * A term the planner should not use an index for (SQLite's unary "+"): it then walks the
   * index of the ORDER BY and stops at the page instead of sorting every match.
   */
  unindexed(expr: string): string;
  /** That `expr` is one of these values (one parameter, so one statement text for any number of them). */
  inSet(expr: string, values: readonly (number | string)[]): { where: string; args: unknown[] };
  /** Text compared byte by byte (PostgreSQL's collation may be a language's). */
  bytewise(expr: string): string;
  /** The condition that a row of sentences_fts (as `alias`) matches the search, and its parameter. */
  fullText(alias: string, q: FullTextQuery): { where: string; arg: string };
  /** Relevance of a full-text hit, best first: an ORDER BY term and its parameters. */
  rank(alias: string, q: FullTextQuery): { order: string; args: string[] };
}

/**
 * A search as typed: German word stems as prefixes ("telefonieren" finds "telefonierte"), or
 * words whole (the command line's search); FTS syntax ("…", OR, NOT) as given.
 */
export interface FullTextQuery { text: string; prefixes: boolean }

export interface Reader {
  readonly sql: Dialect;
  /** The store's address as messages name it. */
  readonly where: string;
  all<R>(sql: string, args?: readonly unknown[]): Promise<R[]>;
  get<R>(sql: string, args?: readonly unknown[]): Promise<R | undefined>;
  /** A value that changes when anyone commits a change to the store. */
  version(): Promise<string>;
  close(): Promise<void>;
}

/** A query the full-text index cannot read (bad FTS syntax). */
export class FullTextError extends Error {}

const SQLITE: Dialect = {
  jsonField: (column, key) => `json_extract(${column}, '$.${key}')`,
  jsonLength: (column) => `json_array_length(${column})`,
  jsonItems: (column, alias) => `json_each(${column}) ${alias}`,
  jsonItem: (alias, k) => `json_extract(${alias}.value, '$[${k}]')`,
  jsonArrayHolds: (column, path) => `EXISTS (SELECT 1 FROM json_each(${column}, '$.${path.join('.')}') WHERE value = ?)`,
  unindexed: (expr) => `+${expr}`,
  inSet: (expr, values) => ({ where: `${expr} IN (SELECT value FROM json_each(?))`, args: [JSON.stringify(values)] }),
  bytewise: (expr) => expr,
  // (FTS5 names the table, not the alias, on the left of MATCH)
  fullText: (_alias, q) => ({ where: 'sentences_fts MATCH ?', arg: q.prefixes ? prefixExpression(q.text) : ftsQuery(q.text) }),
  rank: (alias) => ({ order: `${alias}.rank`, args: [] }),
};

export const FTS_SYNTAX = /["*()]|\b(AND|OR|NOT|NEAR)\b/;

/**
 * German inflection and derivation endings, longest first. A stem keeps at least four letters:
 * „Gas" and „Rat" stay whole, so a search for them does not find every word that starts so.
 */
const ENDINGS = ['ierten', 'ierte', 'ieren', 'ierst', 'iert', 'ungen', 'ung', 'erten', 'ten', 'test', 'tet', 'te', 'est', 'ern', 'em', 'en', 'er', 'es',
  'et', 'st', 'e', 'n', 's', 't'];
const MIN_STEM = 4;

/** Lower case without diacritics, as the index holds words (unicode61 remove_diacritics 2). */
export const foldText = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

export function stem(word: string): string {
  const w = foldText(word);
  for (const e of ENDINGS) if (w.endsWith(e) && w.length - e.length >= MIN_STEM) return w.slice(0, -e.length);
  return w;
}

/** The words a search holds (FTS syntax aside). */
export const searchWords = (q: string): string[] => q.match(/[\p{L}\p{N}]+/gu) ?? [];

/** Whether a search has a word to look for. */
export const hasSearchWord = (q: string) => searchWords(q).some((w) => !/^(AND|OR|NOT|NEAR)$/.test(w));

/**
 * Words as typed become a phrase-safe FTS5 query. FTS5 syntax (AND/OR/NOT/NEAR, "…",
 * prefix*) passes through, with bare words that FTS5 would misread ("EU-Kommission" as a
 * column filter) quoted.
 */
export function ftsQuery(q: string): string {
  if (!FTS_SYNTAX.test(q)) return q.split(/\s+/).filter(Boolean).map((w) => `"${w.replace(/"/g, '""')}"`).join(' ');
  // outside quoted phrases, quote tokens with characters other than letters, digits and a final *
  return q.split(/("[^"]*")/).map((part, i) => (i % 2 === 1 ? part
    : part.replace(/[^\s()",]+/g, (t) => (/^[\p{L}\p{N}_]+\*?$/u.test(t) ? t : `"${t.replace(/\*$/, '')}"${t.endsWith('*') ? '*' : ''}`)))).join('');
}

/** The FTS5 expression: stems as prefixes, or FTS5 syntax as given. */
function prefixExpression(q: string): string {
  if (FTS_SYNTAX.test(q)) return ftsQuery(q);
  return searchWords(q).map((w) => `"${stem(w)}"*`).join(' ');
}

export class SqliteReader implements Reader {
  readonly sql = SQLITE;
  private readonly cache = new Map<string, Prepared<unknown[], unknown>>();

  constructor(readonly db: DB, readonly where = db.name) {}

  private prepared<R>(sql: string): Prepared<unknown[], R> {
    let st = this.cache.get(sql);
    // (bounded: a statement text built from a filter must not grow a long-running server)
    if (!st && this.cache.size >= 500) this.cache.clear();
    if (!st) this.cache.set(sql, (st = this.db.prepare<unknown[], unknown>(sql)));
    return st as Prepared<unknown[], R>;
  }

  all<R>(sql: string, args: readonly unknown[] = []): Promise<R[]> {
    return attempt(sql, () => this.prepared<R>(sql).all(...args));
  }

  get<R>(sql: string, args: readonly unknown[] = []): Promise<R | undefined> {
    return attempt(sql, () => this.prepared<R>(sql).get(...args));
  }

  version(): Promise<string> {
    return Promise.resolve(String(this.db.pragma('data_version', { simple: true })));
  }

  close(): Promise<void> {
    this.db.close();
    return Promise.resolve();
  }
}

/** A synchronous call as a promise; an error of a full-text match (FTS5 syntax) as a FullTextError. */
function attempt<T>(sql: string, work: () => T): Promise<T> {
  try {
    return Promise.resolve(work());
  } catch (e) {
    const err = e as { code?: string; message?: string };
    if (err.code?.startsWith('SQLITE_ERROR') && sql.includes(' MATCH ')) return Promise.reject(new FullTextError(err.message));
    return Promise.reject(e);
  }
}
