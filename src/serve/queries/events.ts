// The merged events page by page, newest first (undated last), with a keyset cursor on
// (date, id): a page costs the same at the first event as at the 100,000th.
import type { DB } from '../../store/db.js';
import { currentEventId, type StoredEvent } from '../../store/events.js';
import { exportIds } from '../../store/actors.js';
import { actorStates, exportEvent } from '../../export/json.js';
import { encodeCursor, endOf, isRecord, isStr, RequestError } from '../params.js';
import { actorIndex, actorRef, documentById, memo, precisionOf, prepared, type ActorRef, type DocumentMeta, type Page } from './common.js';

export interface EventFilter {
  from?: string; to?: string;
  /** Actor key, on either side. */
  actor?: string;
  type?: string; issue?: string; outlet?: string;
  /** A merged status, or 'disputed': the reports give differing figures. */
  status?: string;
  /** Only events this document tells. */
  document?: string;
}

export interface EventCursor { d: string | null; i: string }
export const isEventCursor = (x: unknown): x is EventCursor => isRecord(x) && (x.d === null || isStr(x.d)) && isStr(x.i);

export interface EventSummary {
  id: string; type: string; mode: string | null; context: string[]; status: string; quadClass: string | null;
  date: string | null; dateEnd: string | null; precision: string | null; approximate: boolean;
  place: string | null; actors: ActorRef[]; recipients: ActorRef[]; issues: string[];
  /** How many documents tell it, and their outlets. */
  reports: number; outlets: string[];
  /** The sentence of its first report. */
  text: string;
  disputed: boolean;
}

function conditions(f: EventFilter): { where: string[]; args: string[] } {
  const where: string[] = [];
  const args: string[] = [];
  if (f.type) { where.push('e.type = ?'); args.push(f.type); }
  if (f.status === 'disputed') where.push(`json_extract(e.data, '$.disputed') IS NOT NULL`);
  else if (f.status) { where.push(`json_extract(e.data, '$.status') = ?`); args.push(f.status); }
  // "+": walk the (date, id) index in page order and test each event, rather than sort all of an actor's events
  if (f.actor) { where.push('+e.id IN (SELECT event FROM event_actors WHERE actor = ?)'); args.push(f.actor); }
  if (f.issue) { where.push(`EXISTS (SELECT 1 FROM json_each(e.data, '$.attributes.issues') WHERE value = ?)`); args.push(f.issue); }
  if (f.outlet) {
    where.push('+e.id IN (SELECT t.event FROM event_documents t JOIN documents d ON d.id = t.document WHERE coalesce(d.outlet, d.agency) = ?)');
    args.push(f.outlet);
  }
  if (f.document) { where.push('e.id IN (SELECT event FROM event_documents WHERE document = ?)'); args.push(f.document); }
  // a month or year overlaps the span when its start is not after `to` and its end not before `from`
  if (f.from) { where.push(`substr(e.date || '-99-99', 1, 10) >= ?`); args.push(f.from); }
  if (f.to) { where.push('e.date <= ?'); args.push(endOf(f.to)!); }
  return { where, args };
}

/** Stored events matching the filter, newest first, from the cursor on. */
export function* iterateEvents(db: DB, f: EventFilter, after?: EventCursor): Generator<StoredEvent> {
  const { where, args } = conditions(f);
  const read = (extra: string[], extraArgs: string[], order: string) => prepared<string[], { data: string }>(db,
    `SELECT e.data FROM events e WHERE ${[...where, ...extra].join(' AND ') || '1'} ORDER BY ${order}`).iterate(...args, ...extraArgs);
  // one statement at a time: better-sqlite3 runs nothing else on a connection while one iterates
  const rows: Array<() => Iterable<{ data: string }>> = [];
  if (!after || after.d !== null) {
    // a row value, not "date < ? OR (date = ? AND id < ?)": SQLite reads it as a range of the (date, id) index
    rows.push(() => read(['e.date IS NOT NULL', ...(after ? ['(e.date, e.id) < (?, ?)'] : [])],
      after ? [after.d!, after.i] : [], 'e.date DESC, e.id DESC'));
  }
  // undated events come last, unless the filter asks for a date
  if (!f.from && !f.to) rows.push(() => read(['e.date IS NULL', ...(after?.d === null ? ['e.id < ?'] : [])], after?.d === null ? [after.i] : [], 'e.id DESC'));
  for (const list of rows) for (const r of list()) yield JSON.parse(r.data) as StoredEvent;
}

export function eventsPage(db: DB, f: EventFilter, limit: number, after?: EventCursor): Page<EventSummary> {
  const items: StoredEvent[] = [];
  let more = false;
  for (const e of iterateEvents(db, f, after)) {
    if (items.length === limit) { more = true; break; }
    items.push(e);
  }
  const last = items.at(-1);
  return { items: items.map((e) => summarize(db, e)), next: more && last ? encodeCursor({ d: last.date?.value ?? null, i: last.id }) : null };
}

const reportCount = (e: StoredEvent) => new Set(e.mentions.map((m) => m.document)).size;

export function summarize(db: DB, e: StoredEvent): EventSummary {
  const actors = actorIndex(db);
  return {
    id: e.id, type: e.type, mode: e.mode, context: e.context, status: e.status, quadClass: e.quadClass ?? null,
    date: e.date?.value ?? null, dateEnd: e.date?.end ?? null, precision: precisionOf(e.date?.value), approximate: !!e.date?.approximate,
    place: e.place, actors: e.actors.map((k) => actorRef(actors, k)), recipients: e.recipients.map((k) => actorRef(actors, k)),
    issues: e.attributes.issues ?? [], reports: reportCount(e),
    outlets: outletsOf(db, e.id),
    text: e.mentions[0]?.text ?? '', disputed: !!e.disputed,
  };
}

/** The outlets (else agencies, else sources) of an event's reports: one query, at most 30 names. */
function outletsOf(db: DB, id: string): string[] {
  return prepared<[string], { name: string }>(db, `SELECT DISTINCT coalesce(d.outlet, d.agency, d.source) name
    FROM event_documents t JOIN documents d ON d.id = t.document WHERE t.event = ? LIMIT 30`).all(id).map((r) => r.name);
}

/** An event by its id, or by an id it had before it was folded into another (a link kept from then). */
export function storedEvent(db: DB, id: string): StoredEvent | undefined {
  const r = prepared<[string], { data: string }>(db, 'SELECT data FROM events WHERE id = ?').get(currentEventId(db, id));
  return r && (JSON.parse(r.data) as StoredEvent);
}

export interface EventReport extends DocumentMeta { span: readonly [number, number]; text: string; via: string; context: string[] }

export interface EventDetail {
  summary: EventSummary;
  /** The event in the export's shape (../shared/contracts/export-json.md). */
  record: ReturnType<typeof exportEvent>;
  attributes: StoredEvent['attributes'];
  dateText: string | null;
  /** Every mention with the document that tells it, in the order of the reports. */
  reports: EventReport[];
  /** Figures the reports differ on: each value with the documents giving it. */
  disputed: Array<{ figure: string; values: Array<{ value: unknown; documents: DocumentMeta[] }> }>;
  announcedBy: EventSummary | null;
  fulfilledBy: EventSummary | null;
}

export function eventDetail(db: DB, id: string): EventDetail {
  const e = storedEvent(db, id);
  if (!e) throw new RequestError(`no event "${id.slice(0, 80)}" in the store`, 404);
  const ids = memo(db, 'exportIds', () => exportIds(db));
  const stateOf = memo(db, 'actorStates', () => actorStates(db));
  const doc = (d: string) => documentById(db, d) ?? { id: d, source: d, title: null, published: null, outlet: null, agency: null, url: null, duplicateOf: null, versionOf: null };
  const linked = (other: string | undefined) => { const x = other ? storedEvent(db, other) : undefined; return x ? summarize(db, x) : null; };
  return {
    summary: summarize(db, e), record: exportEvent(e, ids, stateOf), attributes: e.attributes, dateText: e.date?.text ?? null,
    reports: e.mentions.map((m) => ({ ...doc(m.document), span: m.span, text: m.text, via: m.via, context: m.context })),
    disputed: Object.entries(e.disputed ?? {}).map(([figure, values]) => ({
      figure, values: (values ?? []).map((v) => ({ value: v.value, documents: v.documents.map(doc) })),
    })),
    announcedBy: linked(e.attributes.announcedBy), fulfilledBy: linked(e.attributes.fulfilledBy),
  };
}
