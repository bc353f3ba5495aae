// The positions view (../../views/positions.ts) of the whole store, computed once per store
// state from the only events that can take a position (demands, rejections, agreements,
// threats), and cut by actor and issue for each request.
import type { Reader } from '../../store/reader.js';
import type { StoredEvent } from '../../store/events.js';
import { issueList } from '../../events/de/patterns.js';
import { positions, type PositionCell, type Stance } from '../../views/positions.js';
import { encodeCursor, isRecord, isStr, RequestError } from '../params.js';
import { actorIndex, actorRef, documentsById, memo, type ActorIndex, type ActorRef, type DocumentMeta, type Page } from './common.js';

export interface PositionEvidenceView {
  event: string; stance: Stance; date: string | null; document: DocumentMeta | null; span: readonly [number, number]; text: string;
  counterpart: ActorRef[]; rejects: string | null;
}

export interface PositionCellView {
  actor: ActorRef; issue: string; issueLabel: string; stances: Stance[];
  /** How much evidence the cell has; `evidence` holds the first of it (EVIDENCE_SHOWN). */
  evidenceCount: number; evidence: PositionEvidenceView[];
}

/** Evidence items a cell carries: a cell of a store of 100k articles may rest on thousands. */
export const EVIDENCE_SHOWN = 20;

const POSITION_TYPES = ['REQUEST', 'REJECT', 'AGREE', 'THREATEN'];

function allCells(db: Reader): Promise<PositionCell[]> {
  return memo(db, 'positions', async () => {
    const rows = await db.all<{ data: string }>(`SELECT data FROM events WHERE type IN (${POSITION_TYPES.map((t) => `'${t}'`).join(',')})
      ORDER BY date IS NULL, date, ${db.sql.bytewise('id')}`);
    return positions(rows.map((r) => JSON.parse(r.data) as StoredEvent), issueList());
  });
}

const selected = async (db: Reader, f: { actor?: string; issue?: string }) =>
  (await allCells(db)).filter((c) => (!f.actor || c.actor === f.actor) && (!f.issue || c.issue === f.issue));

export async function positionCells(db: Reader, f: { actor?: string; issue?: string }): Promise<PositionCellView[]> {
  return cellViews(db, await selected(db, f));
}

/** The cells as a page shows them: the documents of their evidence read in one go. */
async function cellViews(db: Reader, cells: PositionCell[]): Promise<PositionCellView[]> {
  const actors = await actorIndex(db);
  const docs = await documentsById(db, cells.flatMap((c) => c.evidence.slice(0, EVIDENCE_SHOWN).map((e) => e.document)));
  return cells.map((c) => cellView(actors, docs, c));
}

function cellView(actors: ActorIndex, docs: Map<string, DocumentMeta>, c: PositionCell): PositionCellView {
  const shown = c.evidence.slice(0, EVIDENCE_SHOWN);
  return {
    actor: actorRef(actors, c.actor), issue: c.issue, issueLabel: issueLabel(c.issue),
    stances: [...new Set(c.evidence.map((e) => e.stance))], evidenceCount: c.evidence.length,
    evidence: shown.map((e) => ({
      event: e.event, stance: e.stance, date: e.date, document: docs.get(e.document) ?? null, span: e.span, text: e.text,
      counterpart: e.counterpart.map((k) => actorRef(actors, k)), rejects: e.rejects ?? null,
    })),
  };
}

const labels = new Map<string, string>();
export function issueLabel(key: string): string {
  if (!labels.size) for (const i of issueList()) labels.set(i.key, i.label);
  return labels.get(key) ?? key;
}

export interface PositionCursor { a: string; i: string }
export const isPositionCursor = (x: unknown): x is PositionCursor => isRecord(x) && isStr(x.a) && isStr(x.i);

/** Cells in the view's order (issue, then how much evidence), page by page. */
export async function positionsPage(db: Reader, f: { actor?: string; issue?: string }, limit: number, after?: PositionCursor): Promise<Page<PositionCellView>> {
  const cells = await selected(db, f);
  let start = 0;
  if (after) {
    start = cells.findIndex((c) => c.actor === after.a && c.issue === after.i) + 1;
    if (start === 0) throw new RequestError('parameter "cursor" points to a cell no longer in this list');
  }
  const page = cells.slice(start, start + limit);
  const last = page.at(-1);
  return { items: await cellViews(db, page), next: start + limit < cells.length && last ? encodeCursor({ a: last.actor, i: last.issue }) : null };
}
