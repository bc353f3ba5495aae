// Full-text search over sentences (SQLite: FTS5; PostgreSQL: German stems, see ./reader.ts). The index holds tokens only; the sentence text
// is sliced from the document's original text by its span, so hits carry exact offsets.
import type { Span } from '../document/types.js';
import { FullTextError, hasSearchWord, type Reader } from './reader.js';

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

export async function search(db: Reader, query: string, options: SearchOptions = {}): Promise<SearchHit[]> {
  const limit = options.limit ?? 20;
  if (!hasSearchWord(query)) throw new QueryError(`the search ${JSON.stringify(query)} holds no word`);
  const q = { text: query, prefixes: false };
  const match = db.sql.fullText('f', q);
  const rank = db.sql.rank('f', q);
  try {
    const rows = await db.all<{
      id: string; source: string; outlet: string | null; title: string | null; published: string | null; duplicate_of: string | null;
      begin: number; end: number; text: string; repeat_of: number | null;
    }>(`SELECT d.id, d.source, coalesce(d.outlet, d.agency) outlet, d.title, d.published, d.duplicate_of, s.begin, s."end", s.repeat_of, d.text
        FROM sentences_fts f JOIN sentences s ON s.rowid = f.rowid JOIN documents d ON d.rowid = s.doc
        WHERE ${match.where} ${options.all ? '' : `AND d.duplicate_of IS NULL AND s.repeat_of IS NULL
          AND NOT EXISTS (SELECT 1 FROM documents newer WHERE newer.version_of = d.id)`}
        ORDER BY ${rank.order}, d.published IS NULL, d.published DESC, f.rowid DESC LIMIT ?`, [match.arg, ...rank.args, limit]);
    return rows.map((r) => ({
      document: r.id, source: r.source, outlet: r.outlet, title: r.title, published: r.published, duplicateOf: r.duplicate_of,
      // sliced here, not with SQL substr(): spans count UTF-16 units, SQLite counts code points
      span: [r.begin, r.end], sentence: r.text.slice(r.begin, r.end), repeated: r.repeat_of !== null,
    }));
  } catch (e) {
    if (e instanceof FullTextError) throw new QueryError(`cannot read the search ${JSON.stringify(query)}: ${e.message}`);
    throw e;
  }
}
