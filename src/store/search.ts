// Full-text search over sentences (FTS5). The index holds tokens only; the sentence text
// is sliced from the document's original text by its span, so hits carry exact offsets.
import type { Span } from '../document/types.js';
import type { DB } from './db.js';

export interface SearchHit {
  document: string;
  source: string;
  /** The outlet (feed, page, JSONL "source"), or the agency of the dateline. */
  outlet: string | null;
  title: string | null;
  published: string | null;
  duplicateOf: string | null;
  span: Span;
  sentence: string;
  repeated: boolean;
}

export interface SearchOptions {
  limit?: number;
  /** Include sentences from duplicate articles, superseded versions and repeated paragraphs. */
  all?: boolean;
}

/** A query FTS5 cannot read. */
export class QueryError extends Error {}

/**
 * Words as typed become a phrase-safe FTS5 query. FTS5 syntax (AND/OR/NOT/NEAR, "…",
 * prefix*) passes through, with bare words that FTS5 would misread ("EU-Kommission" as a
 * column filter) quoted.
 */
export function ftsQuery(q: string): string {
  if (!/["*()]|\b(AND|OR|NOT|NEAR)\b/.test(q)) return q.split(/\s+/).filter(Boolean).map((w) => `"${w.replace(/"/g, '""')}"`).join(' ');
  // outside quoted phrases, quote tokens with characters other than letters, digits and a final *
  return q.split(/("[^"]*")/).map((part, i) => (i % 2 === 1 ? part
    : part.replace(/[^\s()",]+/g, (t) => (/^[\p{L}\p{N}_]+\*?$/u.test(t) ? t : `"${t.replace(/\*$/, '')}"${t.endsWith('*') ? '*' : ''}`)))).join('');
}

export function search(db: DB, query: string, options: SearchOptions = {}): SearchHit[] {
  const limit = options.limit ?? 20;
  try {
    return run(db, query, limit, !!options.all);
  } catch (e) {
    if ((e as { code?: string }).code?.startsWith('SQLITE_ERROR')) throw new QueryError(`cannot read the search ${JSON.stringify(query)}: ${(e as Error).message}`);
    throw e;
  }
}

function run(db: DB, query: string, limit: number, all: boolean): SearchHit[] {
  const rows = db.prepare<[string, number], {
    id: string; source: string; outlet: string | null; title: string | null; published: string | null; duplicate_of: string | null;
    begin: number; end: number; text: string; repeat_of: number | null;
  }>(`SELECT d.id, d.source, coalesce(d.outlet, d.agency) outlet, d.title, d.published, d.duplicate_of, s.begin, s.end, s.repeat_of, d.text
      FROM sentences_fts f JOIN sentences s ON s.rowid = f.rowid JOIN documents d ON d.rowid = s.doc
      WHERE sentences_fts MATCH ? ${all ? '' : `AND d.duplicate_of IS NULL AND s.repeat_of IS NULL
        AND NOT EXISTS (SELECT 1 FROM documents newer WHERE newer.version_of = d.id)`}
      ORDER BY f.rank, d.published DESC LIMIT ?`).all(ftsQuery(query), limit);
  return rows.map((r) => ({
    document: r.id, source: r.source, outlet: r.outlet, title: r.title, published: r.published, duplicateOf: r.duplicate_of,
    // sliced here, not with SQL substr(): spans count UTF-16 units, SQLite counts code points
    span: [r.begin, r.end], sentence: r.text.slice(r.begin, r.end), repeated: r.repeat_of !== null,
  }));
}
