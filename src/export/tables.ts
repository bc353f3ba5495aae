// Flat rows for tables (CSV for R and pandas): one row per event, statement or actor, with
// names beside ids, the outlet and source address, and dates as ISO days with a precision
// column. Lists inside a cell are joined with "; ".
import type { StoredEvent } from '../store/events.js';
import type { StoredActor } from '../store/actors.js';
import { isoDate, outletOf, webUrl, type ExportContext, type StatementRecord } from './records.js';

export type Cell = string | number | boolean | null;
export type Row = Record<string, Cell>;

export const LIST_SEPARATOR = '; ';
const join = (xs: ReadonlyArray<string | null | undefined>) => xs.filter((x): x is string => !!x).join(LIST_SEPARATOR);

export const EVENT_COLUMNS = ['event_id', 'date', 'date_precision', 'date_end', 'date_as_reported', 'date_approximate', 'type', 'mode', 'quad_class',
  'status', 'context', 'actor_ids', 'actor_names', 'recipient_ids', 'recipient_names', 'place', 'issues', 'reports', 'document_ids', 'outlets',
  'source_urls', 'first_published', 'sentence', 'disputed'] as const;

export function eventRow(e: StoredEvent, x: ExportContext): Row {
  const { date, precision } = isoDate(e.date?.value);
  const docs = [...new Set(e.mentions.map((m) => m.document))].map((id) => ({ id, info: x.document(id) }));
  const published = docs.map((d) => d.info?.published).filter((p): p is string => !!p).sort()[0];
  return {
    event_id: e.id, date, date_precision: precision, date_end: isoDate(e.date?.end).date, date_as_reported: e.date?.value ?? null,
    date_approximate: !!e.date?.approximate, type: e.type, mode: e.mode, quad_class: e.quadClass ?? null, status: e.status,
    context: join(e.context),
    actor_ids: join(e.actors.map((k) => x.ids.get(k) ?? k)), actor_names: join(e.actors.map((k) => x.actor(k)?.name ?? k)),
    recipient_ids: join(e.recipients.map((k) => x.ids.get(k) ?? k)), recipient_names: join(e.recipients.map((k) => x.actor(k)?.name ?? k)),
    place: e.place, issues: join(e.attributes.issues ?? []), reports: docs.length, document_ids: join(docs.map((d) => d.id)),
    outlets: join([...new Set(docs.map((d) => outletOf(d.info)))]), source_urls: join(docs.map((d) => webUrl(d.info?.url))),
    first_published: published ? isoDate(published).date : null, sentence: e.mentions[0]?.text ?? null,
    disputed: e.disputed ? Object.keys(e.disputed).join(LIST_SEPARATOR) : null,
  };
}

export const STATEMENT_COLUMNS = ['statement_id', 'document_id', 'published', 'published_precision', 'outlet', 'agency', 'source', 'source_url',
  'title', 'form', 'speech_act', 'cue', 'speaker_id', 'speaker_name', 'speaker_text', 'addressee_id', 'addressee_name', 'quote',
  'quote_begin', 'quote_end', 'part_of'] as const;

export function statementRow(s: StatementRecord, x: ExportContext): Row {
  const t = s.documentText;
  const { date, precision } = isoDate(s.doc.published);
  const actor = (k: string | null | undefined) => (k ? { id: x.ids.get(k) ?? k, name: x.actor(k)?.name ?? k } : null);
  const speaker = actor(s.speaker?.actor);
  const addressee = actor(s.addressee?.actor);
  return {
    statement_id: s.id, document_id: s.document, published: date, published_precision: precision, outlet: outletOf(s.doc), agency: s.doc.agency,
    source: s.doc.source, source_url: webUrl(s.doc.url), title: s.doc.title, form: s.form, speech_act: s.cue?.act ?? null,
    cue: s.cue ? (s.cue.parts ?? [s.cue.span]).map((p) => t.slice(...p)).join(' … ') : null,
    speaker_id: speaker?.id ?? null, speaker_name: speaker?.name ?? null, speaker_text: s.speaker ? t.slice(...s.speaker.span) : null,
    addressee_id: addressee?.id ?? null, addressee_name: addressee?.name ?? null,
    quote: t.slice(...s.quote), quote_begin: s.quote[0], quote_end: s.quote[1],
    part_of: s.partOf != null ? `${s.document}:s${s.partOf + 1}` : null,
  };
}

export const ACTOR_COLUMNS = ['actor_id', 'key', 'name', 'kind', 'wikidata', 'country', 'party', 'origin', 'mentions', 'documents', 'aliases'] as const;

export function actorRow(a: StoredActor, x: ExportContext): Row {
  return {
    actor_id: a.id, key: a.key, name: a.name, kind: a.kind, wikidata: a.wikidata, country: a.country ? x.actor(a.country)?.name ?? a.country : null,
    party: a.party, origin: a.origin, mentions: a.mentions, documents: a.documents, aliases: join(a.aliases),
  };
}
