// Statements page by page, newest report first, with a keyset cursor on (published, document
// row, place in the document). A speaker filter only reads documents where the speaker speaks,
// a text filter only those whose sentences hold the words (the full-text index).
import type { Statement } from '../../document/types.js';
import { foldText, FTS_SYNTAX, FullTextError, hasSearchWord, searchWords, stem, type Reader } from '../../store/reader.js';
import { encodeCursor, endOf, isNat, isRecord, isStr, RequestError } from '../params.js';
import { actorIndex, actorRef, DOCUMENT_COLUMNS, documentMeta, inSubquery, precisionOf, type ActorIndex, type ActorRef, type DocumentMeta, type Page } from './common.js';

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

async function documentConditions(db: Reader, f: StatementFilter): Promise<{ where: string[]; args: unknown[] }> {
  const where: string[] = [];
  const args: unknown[] = [];
  const { sql } = db;
  const add = (c: { where: string; args: unknown[] }) => { where.push(c.where); args.push(...c.args); };
  // (unindexed: the published index is walked in the order of the page and stops at it, instead
  // of sorting every document that matches, with its text)
  if (!f.all) where.push(`${sql.unindexed('d.duplicate_of')} IS NULL`);
  if (f.speaker) add(await inSubquery(db, 'd.rowid', 'SELECT doc k FROM actor_mentions WHERE actor = ? AND spoke > 0', [f.speaker]));
  if (f.outlet) { where.push(`${sql.unindexed('coalesce(d.outlet, d.agency)')} = ?`); args.push(f.outlet); }
  if (f.document) { where.push('d.id = ?'); args.push(f.document); }
  if (f.from) { where.push('d.published >= ?'); args.push(f.from); }
  if (f.to) { where.push('substr(d.published, 1, 10) <= ?'); args.push(endOf(f.to)!); }
  if (f.q && hasSearchWord(f.q)) {
    const match = sql.fullText('x', { text: f.q, prefixes: true });
    add(await inSubquery(db, 'd.rowid', `SELECT DISTINCT s.doc k FROM sentences_fts x JOIN sentences s ON s.rowid = x.rowid WHERE ${match.where}`, [match.arg]));
  }
  return { where, args };
}

/** Rows read per query: few for the first page, more while a rare filter keeps reading. */
const FIRST_BATCH = 16, MAX_BATCH = 256;

/** Documents with statements, newest first (undated last), from the cursor's document on. */
async function* documentsWithStatements(db: Reader, f: StatementFilter, after?: StatementCursor): AsyncGenerator<Row> {
  const { where, args } = await documentConditions(db, f);
  let batch = FIRST_BATCH;
  // (from the cursor's document itself, then after each batch's last one)
  async function* pages(cond: string, keyset: (op: string) => string, key: (r: Row) => Array<string | number>,
    first: Array<string | number> | null, order: string) {
    for (let from = first, op = '<='; ;) {
      const range = from ? [keyset(op)] : [];
      const rows = await db.all<Row>(`SELECT d.rowid, d.text, s.data, ${DOCUMENT_COLUMNS} FROM documents d JOIN statements s ON s.doc = d.rowid
        WHERE ${[...where, cond, ...range].join(' AND ')} ORDER BY ${order} LIMIT ?`, [...args, ...(from ?? []), batch]);
      yield* rows;
      if (rows.length < batch) return;
      [from, op, batch] = [key(rows.at(-1)!), '<', Math.min(batch * 4, MAX_BATCH)];
    }
  }
  if (!after || after.p !== null) {
    // a row value: a range of the published index, not a scan
    yield* pages('d.published IS NOT NULL', (op) => `(d.published, d.rowid) ${op} (?, ?)`, (r) => [r.published!, r.rowid], after ? [after.p!, after.r] : null, 'd.published DESC, d.rowid DESC');
  }
  if (!f.from && !f.to) {
    yield* pages('d.published IS NULL', (op) => `d.rowid ${op} ?`, (r) => [r.rowid], after?.p === null ? [after.r] : null, 'd.rowid DESC');
  }
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

export async function statementsPage(db: Reader, f: StatementFilter, limit: number, after?: StatementCursor): Promise<Page<StatementView>> {
  try {
    return await findStatements(db, f, limit, after);
  } catch (e) {
    if (e instanceof FullTextError) throw new RequestError(`parameter "q" cannot be read as a search: ${e.message}`);
    throw e;
  }
}

async function findStatements(db: Reader, f: StatementFilter, limit: number, after?: StatementCursor): Promise<Page<StatementView>> {
  const found: Array<{ row: Row; s: Statement; i: number }> = [];
  // (a search in FTS syntax is left to the index; plain words must also be in the message)
  const stems = f.q && !FTS_SYNTAX.test(f.q) ? searchWords(f.q).map(stem) : [];
  let next: StatementCursor | null = null;
  let scanned = 0;
  scan: for await (const row of documentsWithStatements(db, f, after)) {
    const list = JSON.parse(row.data) as Statement[];
    if (++scanned > SCAN_BUDGET) { next = { p: row.published, r: row.rowid, i: after && row.rowid === after.r ? after.i : 0 }; break; }
    const start = after && row.rowid === after.r ? after.i : 0;
    for (let i = start; i < list.length; i++) {
      if (!keeps(list[i]!, row.text, f, stems)) continue;
      if (found.length === limit) { next = { p: row.published, r: row.rowid, i }; break scan; }
      found.push({ row, s: list[i]!, i });
    }
  }
  const actors = await actorIndex(db);
  return { items: found.map(({ row, s, i }) => statementView(actors, row, s, i)), next: next && encodeCursor(next) };
}

function statementView(actors: ActorIndex, row: Row, s: Statement, i: number): StatementView {
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
