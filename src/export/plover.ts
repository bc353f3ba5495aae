// Events as JSON lines in PLOVER's field names (the PLOVER manual's event data: event_type,
// mode, context, the actor and recipient lists, date, location and the source reports), for
// tools that read PLOVER- or POLECAT-coded data.
import type { StoredEvent } from '../store/events.js';
import { isoDate, outletOf, webUrl, type ExportContext } from './records.js';

export function ploverRecord(e: StoredEvent, x: ExportContext) {
  const { date, precision } = isoDate(e.date?.value);
  const side = (keys: string[]) => keys.map((k) => {
    const a = x.actor(k);
    const state = x.stateOf(k);
    return { id: x.ids.get(k) ?? k, name: a?.name ?? k, kind: a?.kind ?? null, country: state ? x.actor(state)?.name ?? state : null };
  });
  const documents = [...new Set(e.mentions.map((m) => m.document))];
  return {
    id: e.id,
    event_type: e.type, mode: e.mode, context: e.context, quad_class: e.quadClass ?? null,
    date, date_precision: precision, date_end: isoDate(e.date?.end).date,
    actor: side(e.actors), recipient: side(e.recipients),
    location: e.place ? { name: e.place } : null,
    status: e.status,
    source: documents.map((id) => {
      const d = x.document(id);
      const m = e.mentions.find((y) => y.document === id)!;
      return { document: id, outlet: outletOf(d), agency: d?.agency ?? null, published: d?.published ?? null, url: webUrl(d?.url), title: d?.title ?? null,
        sentence: m.text, span: m.span };
    }),
    attributes: e.attributes,
  };
}
