// Statements page by page, newest report first, with a keyset cursor on (published, document
// row, place in the document). A speaker filter only reads documents where the speaker speaks,
// a text filter only those whose sentences hold the words (the full-text index).
import type { DB } from '../../store/db.js';
import type { Statement } from '../../document/types.js';
import { encodeCursor, endOf, isNat, isRecord, isStr } from '../params.js';
import { actorIndex, actorRef, DOCUMENT_COLUMNS, documentMeta, precisionOf, prepared, type ActorRef, type DocumentMeta, type Page } from './common.js';
import { foldText, searchExpression } from './search.js';

export interface StatementFilter {
  /** Speaker actor key. */
  speaker?: string;
  act?: string;
  /** Words the message must hold (each as a stem: "telefonieren" finds "telefonierte"). */
  q?: string;
  from?: string; to?: string;
  outlet?: string;
  document?: string;
  /** Keep statements of duplicate articles and quotations inside other statements. */
  all?: boolean;
}

export interface StatementCursor { p: string | null; r: number; i: number }
export const isStatementCursor = (x: unknown): x is StatementCursor =>
  isRecord(x) && (x.p === null || isStr(x.p)) && isNat(x.r) && isNat(x.i);

export interface StatementView {
  id: string;
  document: DocumentMeta;
  precision: string | null;
  form: string;
  act: string | null;
  cue: string | null;
  speaker: (ActorRef & { text: string }) | { id: null; text: string } | null;
  addressee: (ActorRef & { text: string }) | { id: null; text: string } | null;
  quote: string;
  span: readonly [number, number];
  partOf: string | null;
}

interface Row { rowid: number; text: string; data: string; id: string; source: string; title: string | null; published: string | null;
  outlet: string | null; agency: string | null; url: string | null; duplicate_of: string | null; version_of: string | null }

function documentConditions(f: StatementFilter): { where: string[]; args: string[] } {
  const where: string[] = [];
  const args: string[] = [];
  // "+" on these terms: no index for them, so SQLite walks the published index in the order of
  // the page and stops at it, instead of sorting every document that matches (with its text)
  if (!f.all) where.push('+d.duplicate_of IS NULL');
  if (f.speaker) { where.push('+d.rowid IN (SELECT doc FROM actor_mentions WHERE actor = ? AND spoke > 0)'); args.push(f.speaker); }
  if (f.outlet) { where.push('+coalesce(d.outlet, d.agency) = ?'); args.push(f.outlet); }
  if (f.document) { where.push('d.id = ?'); args.push(f.document); }
  if (f.from) { where.push('d.published >= ?'); args.push(f.from); }
  if (f.to) { where.push('substr(d.published, 1, 10) <= ?'); args.push(endOf(f.to)!); }
  const words = f.q ? searchExpression(f.q) : null;
  if (words) { where.push('+d.rowid IN (SELECT s.doc FROM sentences_fts x JOIN sentences s ON s.rowid = x.rowid WHERE sentences_fts MATCH ?)'); args.push(words); }
  return { where, args };
}

/** Documents with statements, newest first (undated last), from the cursor's document on. */
function* documentsWithStatements(db: DB, f: StatementFilter, after?: StatementCursor): Generator<Row> {
  const { where, args } = documentConditions(f);
  const read = (extra: string[], extraArgs: Array<string | number>, order: string) => prepared<unknown[], Row>(db,
    `SELECT d.rowid, d.text, s.data, ${DOCUMENT_COLUMNS} FROM documents d JOIN statements s ON s.doc = d.rowid
     WHERE ${[...where, ...extra].join(' AND ')} ORDER BY ${order}`).iterate(...args, ...extraArgs);
  if (!after || after.p !== null) {
    // a row value: a range of the published index (which holds the rowid), not a scan
    yield* read(['d.published IS NOT NULL', ...(after ? ['(d.published, d.rowid) <= (?, ?)'] : [])],
      after ? [after.p!, after.r] : [], 'd.published DESC, d.rowid DESC');
  }
  if (!f.from && !f.to) yield* read(['d.published IS NULL', ...(after?.p === null ? ['d.rowid <= ?'] : [])], after?.p === null ? [after.r] : [], 'd.rowid DESC');
}

function keeps(s: Statement, text: string, f: StatementFilter, stems: string[]): boolean {
  if (!f.all && s.partOf != null) return false;
  if (f.speaker && s.speaker?.actor !== f.speaker) return false;
  if (f.act && s.cue?.act !== f.act) return false;
  if (stems.length) {
    const quote = foldText(text.slice(...s.quote));
    if (!stems.every((w) => quote.includes(w))) return false;
  }
  return true;
}

/**
 * Documents one request reads at most. A filter that few statements pass (an actor mentioned in
 * every article who rarely speaks) would otherwise read the whole store for one page: the page
 * then holds what was found so far, and its cursor goes on from there. Only next = null ends a list.
 */
export const SCAN_BUDGET = 300;

export function statementsPage(db: DB, f: StatementFilter, limit: number, after?: StatementCursor): Page<StatementView> {
  const found: Array<{ row: Row; s: Statement; i: number }> = [];
  const stems = f.q ? (searchExpression(f.q)?.match(/[\p{L}\p{N}]+/gu) ?? []) : [];
  let next: StatementCursor | null = null;
  let scanned = 0;
  scan: for (const row of documentsWithStatements(db, f, after)) {
    const list = JSON.parse(row.data) as Statement[];
    if (++scanned > SCAN_BUDGET) { next = { p: row.published, r: row.rowid, i: after && row.rowid === after.r ? after.i : 0 }; break; }
    const start = after && row.rowid === after.r ? after.i : 0;
    for (let i = start; i < list.length; i++) {
      if (!keeps(list[i]!, row.text, f, stems)) continue;
      if (found.length === limit) { next = { p: row.published, r: row.rowid, i }; break scan; }
      found.push({ row, s: list[i]!, i });
    }
  }
  return { items: found.map(({ row, s, i }) => statementView(db, row, s, i)), next: next && encodeCursor(next) };
}

function statementView(db: DB, row: Row, s: Statement, i: number): StatementView {
  const actors = actorIndex(db);
  const t = row.text;
  const who = (x: { span: readonly [number, number]; actor: string | null } | null) =>
    !x ? null : x.actor ? { ...actorRef(actors, x.actor), text: t.slice(...x.span) } : { id: null, text: t.slice(...x.span) };
  return {
    id: `${row.id}:s${i + 1}`, document: documentMeta(row), precision: precisionOf(row.published), form: s.form,
    act: s.cue?.act ?? null, cue: s.cue ? (s.cue.parts ?? [s.cue.span]).map((p) => t.slice(...p)).join(' … ') : null,
    speaker: who(s.speaker), addressee: who(s.addressee), quote: t.slice(...s.quote), span: s.quote,
    partOf: s.partOf != null ? `${row.id}:s${s.partOf + 1}` : null,
  };
}
