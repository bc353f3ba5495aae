// Statements in the store: one JSON array per document (the Statement objects of
// document/types.ts, spans into the document's text).
import type { Statement } from '../document/types.js';
import type { DB } from './db.js';

export interface StoredStatement extends Statement {
  /** Stable: the document id and the statement's place in the document. */
  id: string;
  document: string;
  /** The document's original text, for slicing the spans. */
  documentText: string;
}

/** Every stored statement, document by document in store order. */
export function* iterateStatements(db: DB, filter: { document?: string } = {}): Generator<StoredStatement> {
  const rows = db.prepare<unknown[], { id: string; text: string; data: string }>(`
    SELECT d.id, d.text, s.data FROM statements s JOIN documents d ON d.rowid = s.doc
    ${filter.document ? 'WHERE d.id = ?' : ''} ORDER BY d.rowid`).iterate(...(filter.document ? [filter.document] : []));
  for (const r of rows) {
    const list = JSON.parse(r.data) as Statement[];
    for (let i = 0; i < list.length; i++) yield { ...list[i]!, id: `${r.id}:s${i + 1}`, document: r.id, documentText: r.text };
  }
}

export function countStatements(db: DB): number {
  return db.prepare<[], { n: number }>('SELECT coalesce(sum(json_array_length(data)), 0) n FROM statements').get()!.n;
}
