// Full-text search for the web UI and the API: each word typed is cut to its stem and looked
// up as a prefix in the sentence index, so „telefonieren" finds „telefonierte" and
// „Telefonat", „Gespräche" finds „Gespräch". FTS syntax ("…", OR, NOT) is passed on as the
// command line's search takes it (../../store/reader.ts).
import { FullTextError, hasSearchWord, type Reader } from '../../store/reader.js';
import { encodeCursor, isNat, isRecord, RequestError } from '../params.js';
import { DOCUMENT_COLUMNS, documentMeta, smallSet, type DocumentMeta, type Page } from './common.js';

export interface SearchHitView { document: DocumentMeta; span: [number, number]; sentence: string }

export interface SearchCursor { r: number }
export const isSearchCursor = (x: unknown): x is SearchCursor => isRecord(x) && isNat(x.r);

/**
 * Matching sentences, the most recently stored first (originals and newest versions only), with
 * a keyset cursor on the sentence: FTS5 reads its index in that order and stops at a page, where
 * ordering by relevance would score every match of a common word in 100,000 articles first.
 */
export async function searchPage(db: Reader, q: string, limit: number, after?: SearchCursor): Promise<Page<SearchHitView>> {
  if (!hasSearchWord(q)) throw new RequestError('parameter "q" holds no word to search for');
  type Row = Parameters<typeof documentMeta>[0] & { rowid: number; begin: number; end: number; text: string };
  const match = db.sql.fullText('f', { text: q, prefixes: true });
  let rows: Row[];
  try {
    const hits = await smallSet(db, 'f.rowid', `SELECT f.rowid k FROM sentences_fts f WHERE ${match.where}`, [match.arg]) ?? { where: 'TRUE', args: [] };
    rows = await db.all<Row>(`
      SELECT f.rowid, ${DOCUMENT_COLUMNS}, s.begin, s."end", d.text FROM sentences_fts f JOIN sentences s ON s.rowid = f.rowid JOIN documents d ON d.rowid = s.doc
      WHERE ${match.where} AND ${hits.where} AND f.rowid < ? AND d.duplicate_of IS NULL AND s.repeat_of IS NULL
        AND NOT EXISTS (SELECT 1 FROM documents newer WHERE newer.version_of = d.id)
      ORDER BY f.rowid DESC LIMIT ?`, [match.arg, ...hits.args, after?.r ?? Number.MAX_SAFE_INTEGER, limit + 1]);
  } catch (e) {
    if (e instanceof FullTextError) throw new RequestError(`parameter "q" cannot be read as a search: ${e.message}`);
    throw e;
  }
  const items = rows.slice(0, limit).map((r) => ({ document: documentMeta(r), span: [r.begin, r.end] as [number, number], sentence: r.text.slice(r.begin, r.end) }));
  return { items, next: rows.length > limit ? encodeCursor({ r: rows[limit - 1]!.rowid }) : null };
}
