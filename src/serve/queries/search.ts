// Full-text search for the web UI and the API: each word typed is cut to its stem and looked
// up as a prefix in the sentence index (FTS5), so „telefonieren" finds „telefonierte" and
// „Telefonat", „Gespräche" finds „Gespräch". FTS5 syntax ("…", OR, NOT, NEAR, word*) is
// passed on as the command line's search takes it.
import type { DB } from '../../store/db.js';
import { ftsQuery } from '../../store/search.js';
import { encodeCursor, isNat, isRecord, RequestError } from '../params.js';
import { DOCUMENT_COLUMNS, documentMeta, type DocumentMeta, type Page } from './common.js';

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

/** The FTS5 expression for what a user typed: stems as prefixes, or FTS5 syntax as given; null when no word is left. */
export function searchExpression(q: string): string | null {
  if (/["*()]|\b(AND|OR|NOT|NEAR)\b/.test(q)) return ftsQuery(q);
  const words = q.match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.length ? words.map((w) => `"${stem(w)}"*`).join(' ') : null;
}

export interface SearchHitView { document: DocumentMeta; span: [number, number]; sentence: string }

export interface SearchCursor { r: number }
export const isSearchCursor = (x: unknown): x is SearchCursor => isRecord(x) && isNat(x.r);

/**
 * Matching sentences, the most recently stored first (originals and newest versions only), with
 * a keyset cursor on the sentence: FTS5 reads its index in that order and stops at a page, where
 * ordering by relevance would score every match of a common word in 100,000 articles first.
 */
export function searchPage(db: DB, q: string, limit: number, after?: SearchCursor): Page<SearchHitView> {
  const expression = searchExpression(q);
  if (!expression) throw new RequestError('parameter "q" holds no word to search for');
  type Row = Parameters<typeof documentMeta>[0] & { rowid: number; begin: number; end: number; text: string };
  let rows: Row[];
  try {
    rows = db.prepare<[string, number, number], Row>(`
      SELECT f.rowid, ${DOCUMENT_COLUMNS}, s.begin, s.end, d.text FROM sentences_fts f JOIN sentences s ON s.rowid = f.rowid JOIN documents d ON d.rowid = s.doc
      WHERE sentences_fts MATCH ? AND f.rowid < ? AND d.duplicate_of IS NULL AND s.repeat_of IS NULL
        AND NOT EXISTS (SELECT 1 FROM documents newer WHERE newer.version_of = d.id)
      ORDER BY f.rowid DESC LIMIT ?`).all(expression, after?.r ?? Number.MAX_SAFE_INTEGER, limit + 1);
  } catch (e) {
    if ((e as { code?: string }).code?.startsWith('SQLITE_ERROR')) throw new RequestError(`parameter "q" cannot be read as a search: ${(e as Error).message}`);
    throw e;
  }
  const items = rows.slice(0, limit).map((r) => ({ document: documentMeta(r), span: [r.begin, r.end] as [number, number], sentence: r.text.slice(r.begin, r.end) }));
  return { items, next: rows.length > limit ? encodeCursor({ r: rows[limit - 1]!.rowid }) : null };
}
