// Lage, the home page: the timeline of merged events, newest first, with its filters.
import { html } from 'hono/html';
import type { Reader } from '../../store/reader.js';
import { PLOVER_TYPES } from '../../events/types.js';
import { issueList } from '../../events/de/patterns.js';
import { EVENT_STATUSES, Params } from '../params.js';
import { eventFilter, EVENT_PARAMS } from '../api.js';
import { actorIndex, outlets, storeCounts } from '../queries/common.js';
import { eventsPage, isEventCursor } from '../queries/events.js';
import { eventItem, layout, pager, select, textInput, type Html } from './layout.js';

const STATUS_LABELS: Record<string, string> = { occurred: 'geschehen', planned: 'geplant', hypothetical: 'möglich', negated: 'verneint', disputed: 'Angaben strittig' };

export async function lagePage(db: Reader, query: Record<string, string>): Promise<Html> {
  const p = new Params(query, EVENT_PARAMS);
  const filter = await eventFilter(db, p);
  const page = await eventsPage(db, filter, p.limit(), p.cursor(isEventCursor));
  const { events: total, documents: docs } = await storeCounts(db);
  const actors = (await actorIndex(db)).list.slice(0, 300).map((a): [string, string] => [a.id, a.name]).sort((a, b) => a[1].localeCompare(b[1], 'de'));
  const current = (k: string) => query[k];
  const form = html`<form class="filters" method="get" action="/">
${textInput('from', 'von', current('from'), 'JJJJ-MM-TT')}${textInput('to', 'bis', current('to'), 'JJJJ-MM-TT')}
${select('actor', 'Akteur', actors, current('actor'))}
${select('type', 'Typ', PLOVER_TYPES.map((t) => [t, t]), current('type'))}
${select('issue', 'Thema', issueList().map((i) => [i.key, i.label]), current('issue'))}
${select('outlet', 'Medium', (await outlets(db)).map((o) => [o.name, `${o.name} (${o.documents})`]), current('outlet'))}
${select('status', 'Status', EVENT_STATUSES.map((s) => [s, STATUS_LABELS[s] ?? s]), current('status'))}
<button type="submit">Filtern</button> <a href="/">zurücksetzen</a>
</form>`;
  // (data-live: the parts static/live.js swaps when the store changes; the note says when it last did)
  return layout('Lage', '/', html`<h1>Lage</h1>
<p class="counts" data-live="counts" data-documents="${docs}" data-events="${total}">${total} Ereignisse aus ${docs} Artikeln im Speicher${Object.keys(query).some((k) => k !== 'cursor' && query[k]) ? html` · gefiltert` : ''}.</p>
<p class="live" id="live-note" aria-live="polite"></p>
${form}
<div data-live="timeline">
${page.items.length ? html`<ol class="timeline">${page.items.map(eventItem)}</ol>` : html`<p class="empty">Keine Ereignisse für diese Auswahl.</p>`}
${pager('/', query, page.next)}
</div>`, { scripts: ['live.js'] });
}
