// The merged events page by page, newest first (undated last), with a keyset cursor on
// (date, id): a page costs the same at the first event as at the 100,000th.
import type { Reader } from '../../store/reader.js';
import type { StoredEvent } from '../../store/events.js';
import { exportEvent, statesBy } from '../../export/json.js';
import { encodeCursor, endOf, isRecord, isStr, RequestError } from '../params.js';
import { actorIndex, actorRef, documentsById, precisionOf, type ActorIndex, type ActorRef, type DocumentMeta, type Page } from './common.js';

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

function conditions(db: Reader, f: EventFilter): { where: string[]; args: string[] } {
  const where: string[] = [];
  const args: string[] = [];
  const { sql } = db;
  if (f.type) { where.push('e.type = ?'); args.push(f.type); }
  if (f.status === 'disputed') where.push(`${sql.jsonField('e.data', 'disputed')} IS NOT NULL`);
  else if (f.status) { where.push(`${sql.jsonField('e.data', 'status')} = ?`); args.push(f.status); }
  // walk the (date, id) index in page order and test each event, rather than sort all of an actor's events
  if (f.actor) { where.push(`${sql.unindexed('e.id')} IN (SELECT event FROM event_actors WHERE actor = ?)`); args.push(f.actor); }
  if (f.issue) { where.push(sql.jsonArrayHolds('e.data', ['attributes', 'issues'])); args.push(f.issue); }
  if (f.outlet) {
    where.push(`${sql.unindexed('e.id')} IN (SELECT t.event FROM event_documents t JOIN documents d ON d.id = t.document WHERE coalesce(d.outlet, d.agency) = ?)`);
    args.push(f.outlet);
  }
  if (f.document) { where.push('e.id IN (SELECT event FROM event_documents WHERE document = ?)'); args.push(f.document); }
  // a month or year overlaps the span when its start is not after `to` and its end not before `from`
  if (f.from) { where.push(`substr(e.date || '-99-99', 1, 10) >= ?`); args.push(f.from); }
  if (f.to) { where.push('e.date <= ?'); args.push(endOf(f.to)!); }
  return { where, args };
}

/** Up to `limit` stored events matching the filter, newest first (undated last), after the cursor. */
export async function findEvents(db: Reader, f: EventFilter, limit: number, after?: EventCursor): Promise<StoredEvent[]> {
  const { where, args } = conditions(db, f);
  const read = (extra: string[], extraArgs: string[], order: string, n: number) => db.all<{ data: string }>(
    `SELECT e.data FROM events e WHERE ${[...where, ...extra].join(' AND ') || 'TRUE'} ORDER BY ${order} LIMIT ?`, [...args, ...extraArgs, n]);
  const rows: Array<{ data: string }> = [];
  if (!after || after.d !== null) {
    // a row value, not "date < ? OR (date = ? AND id < ?)": read as a range of the (date, id) index
    // (in the column's own collation, which the index has: the cursor only needs one order)
    rows.push(...await read(['e.date IS NOT NULL', ...(after ? ['(e.date, e.id) < (?, ?)'] : [])],
      after ? [after.d!, after.i] : [], 'e.date DESC, e.id DESC', limit));
  }
  // undated events come last, unless the filter asks for a date
  if (rows.length < limit && !f.from && !f.to) {
    rows.push(...await read(['e.date IS NULL', ...(after?.d === null ? ['e.id < ?'] : [])], after?.d === null ? [after.i] : [],
      'e.id DESC', limit - rows.length));
  }
  return rows.map((r) => JSON.parse(r.data) as StoredEvent);
}

export async function eventsPage(db: Reader, f: EventFilter, limit: number, after?: EventCursor): Promise<Page<EventSummary>> {
  const found = await findEvents(db, f, limit + 1, after);
  const items = found.slice(0, limit);
  const last = items.at(-1);
  return {
    items: await summarizeAll(db, items),
    next: found.length > limit && last ? encodeCursor({ d: last.date?.value ?? null, i: last.id }) : null,
  };
}

const reportCount = (e: StoredEvent) => new Set(e.mentions.map((m) => m.document)).size;

export async function summarize(db: Reader, e: StoredEvent): Promise<EventSummary> {
  return (await summarizeAll(db, [e]))[0]!;
}

/** Events as lists show them (the outlets of all of them read in one query). */
export async function summarizeAll(db: Reader, events: StoredEvent[]): Promise<EventSummary[]> {
  const actors = await actorIndex(db);
  const outlets = await outletsOf(db, events.map((e) => e.id));
  return events.map((e) => summary(e, actors, outlets.get(e.id) ?? []));
}

function summary(e: StoredEvent, actors: ActorIndex, outlets: string[]): EventSummary {
  return {
    id: e.id, type: e.type, mode: e.mode, context: e.context, status: e.status, quadClass: e.quadClass ?? null,
    date: e.date?.value ?? null, dateEnd: e.date?.end ?? null, precision: precisionOf(e.date?.value), approximate: !!e.date?.approximate,
    place: e.place, actors: e.actors.map((k) => actorRef(actors, k)), recipients: e.recipients.map((k) => actorRef(actors, k)),
    issues: e.attributes.issues ?? [], reports: reportCount(e),
    outlets,
    text: e.mentions[0]?.text ?? '', disputed: !!e.disputed,
  };
}

/** The outlets (else agencies, else sources) of each event's reports, the first to report it first, at most 30 names each. */
async function outletsOf(db: Reader, ids: string[]): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  if (!ids.length) return out;
  const name = 'coalesce(d.outlet, d.agency, d.source)';
  const set = db.sql.inSet('t.event', ids);
  const rows = await db.all<{ event: string; name: string }>(`SELECT t.event, ${name} name FROM event_documents t JOIN documents d ON d.id = t.document
    WHERE ${set.where} GROUP BY t.event, ${name}
    ORDER BY t.event, min(coalesce(d.published, '9999')), ${db.sql.bytewise(name)}`, set.args);
  for (const r of rows) {
    const list = out.get(r.event) ?? [];
    if (list.length < 30) list.push(r.name);
    out.set(r.event, list);
  }
  return out;
}

/** An event by its id, or by an id it had before it was folded into another (a link kept from then). */
export async function storedEvent(db: Reader, id: string): Promise<StoredEvent | undefined> {
  const r = await db.get<{ data: string }>(`SELECT data FROM events WHERE id = coalesce((SELECT new FROM event_redirects WHERE old = ?), ?)`, [id, id]);
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

export async function eventDetail(db: Reader, id: string): Promise<EventDetail> {
  const e = await storedEvent(db, id);
  if (!e) throw new RequestError(`no event "${id.slice(0, 80)}" in the store`, 404);
  const actors = await actorIndex(db);
  const unknown = (d: string): DocumentMeta => ({ id: d, source: d, title: null, published: null, outlet: null, agency: null, url: null, duplicateOf: null, versionOf: null });
  const docs = await documentsById(db, [...e.mentions.map((m) => m.document), ...Object.values(e.disputed ?? {}).flatMap((vs) => (vs ?? []).flatMap((v) => v.documents))]);
  const doc = (d: string) => docs.get(d) ?? unknown(d);
  const linked = async (other: string | undefined) => { const x = other ? await storedEvent(db, other) : undefined; return x ? summarize(db, x) : null; };
  const ids = new Map([...actors.byKey].map(([key, a]) => [key, a.id]));
  return {
    summary: await summarize(db, e), record: exportEvent(e, ids, statesBy([...actors.byKey.values()])), attributes: e.attributes, dateText: e.date?.text ?? null,
    reports: e.mentions.map((m) => ({ ...doc(m.document), span: m.span, text: m.text, via: m.via, context: m.context })),
    disputed: Object.entries(e.disputed ?? {}).map(([figure, values]) => ({
      figure, values: (values ?? []).map((v) => ({ value: v.value, documents: v.documents.map(doc) })),
    })),
    announcedBy: await linked(e.attributes.announcedBy), fulfilledBy: await linked(e.attributes.fulfilledBy),
  };
}
