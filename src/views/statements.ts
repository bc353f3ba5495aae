// The statements view: who said what, in the order it was reported, each with its outlet and
// the offsets it came from. Statements of a duplicate article and quotations inside another
// statement's message repeat what is already there, so they are left out unless asked for.
import type { Reader } from '../store/reader.js';
import { iterateStatements, type StoredStatement } from '../store/statements.js';

export interface StatementFilter {
  /** Speaker actor keys (any of them). */
  speakers?: readonly string[];
  act?: string;
  /** Published from / up to (inclusive; `to` compared as its last possible day: "2025-03-99"). */
  from?: string;
  to?: string;
  document?: string;
  /** Keep duplicates' statements and quotations inside other statements. */
  all?: boolean;
}

export interface ReportedStatement extends StoredStatement {
  published: string | null;
  source: string;
  outlet: string | null;
}

interface DocMeta { published: string | null; source: string; outlet: string | null; duplicate: boolean }

async function documentMeta(db: Reader): Promise<Map<string, DocMeta>> {
  const rows = await db.all<{ id: string; published: string | null; source: string; outlet: string | null; duplicate_of: string | null }>(
    'SELECT id, published, source, outlet, duplicate_of FROM documents');
  return new Map(rows.map((r) => [r.id, { published: r.published, source: r.source, outlet: r.outlet, duplicate: r.duplicate_of !== null }]));
}

function keeps(s: StoredStatement, doc: DocMeta, f: StatementFilter): boolean {
  if (!f.all && (doc.duplicate || s.partOf != null)) return false;
  if (f.speakers && !(s.speaker?.actor && f.speakers.includes(s.speaker.actor))) return false;
  if (f.act && s.cue?.act !== f.act) return false;
  if ((f.from || f.to) && !doc.published) return false;
  if (f.from && doc.published! < f.from) return false;
  if (f.to && doc.published!.slice(0, 10) > f.to) return false;
  return true;
}

/** The statements the filter keeps, by publication date (undated last), then in text order. */
export async function listStatements(db: Reader, filter: StatementFilter = {}): Promise<ReportedStatement[]> {
  const docs = await documentMeta(db);
  const out: ReportedStatement[] = [];
  for await (const s of iterateStatements(db, { document: filter.document })) {
    const doc = docs.get(s.document)!;
    if (keeps(s, doc, filter)) out.push({ ...s, published: doc.published, source: doc.source, outlet: doc.outlet });
  }
  const day = (s: ReportedStatement) => s.published ?? '\uffff';
  // (a stable sort: one document's statements keep their text order)
  return out.sort((x, y) => (day(x) < day(y) ? -1 : day(x) > day(y) ? 1 : 0));
}
