// Statements in the store: one JSON array per document (the Statement objects of
// document/types.ts, spans into the document's text).
import type { Statement } from '../document/types.js';
import type { Reader } from './reader.js';

export interface StoredStatement extends Statement {
  /** Stable: the document id and the statement's place in the document. */
  id: string;
  document: string;
  /** The document's original text, for slicing the spans. */
  documentText: string;
}

const BATCH = 200;

/** Every stored statement (of one document, or of all), document by document in store order, a batch of documents per query. */
export async function* iterateStatements(db: Reader, filter: { document?: string } = {}): AsyncGenerator<StoredStatement> {
  for (let after = 0; ;) {
    const rows = await db.all<{ rowid: number; id: string; text: string; data: string }>(`
      SELECT d.rowid, d.id, d.text, s.data FROM statements s JOIN documents d ON d.rowid = s.doc
      WHERE s.doc > ? ${filter.document ? 'AND d.id = ?' : ''} ORDER BY s.doc LIMIT ?`, [after, ...(filter.document ? [filter.document] : []), BATCH]);
    for (const r of rows) {
      const list = JSON.parse(r.data) as Statement[];
      for (let i = 0; i < list.length; i++) yield { ...list[i]!, id: `${r.id}:s${i + 1}`, document: r.id, documentText: r.text };
    }
    if (rows.length < BATCH) return;
    after = rows.at(-1)!.rowid;
  }
}
