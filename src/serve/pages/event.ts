// One event: what it is, when and where, every report that tells it with its sentence, the
// figures the reports disagree on side by side, and the announcement it fulfils (or the act
// that fulfilled it).
import { html } from 'hono/html';
import type { Reader } from '../../store/reader.js';
import { eventDetail, type EventSummary } from '../queries/events.js';
import { issueLabel } from '../queries/positions.js';
import { figureText } from '../../views/figures.js';
import { actorList, dateLabel, documentLink, layout, sourceLink, statusLabel, type Html } from './layout.js';



const FIGURE_LABELS: Record<string, string> = { count: 'Anzahl', durationMinutes: 'Dauer', durationDays: 'Dauer', withinHours: 'Frist', amount: 'Betrag',
  act: 'vereinbarte Handlung', topic: 'Gegenstand', issues: 'Themen' };

const linkedEvent = (label: string, e: EventSummary | null) =>
  e ? html`<p class="linked">${label}: <a href="/events/${encodeURIComponent(e.id)}">${e.type} ${e.date ?? 'undatiert'}</a> (${statusLabel(e.status)})</p>` : '';

export async function eventPage(db: Reader, id: string): Promise<Html> {
  const d = await eventDetail(db, id);
  const e = d.summary;
  const terms = Object.entries(d.attributes).filter(([k]) => !['dateFrom', 'fulfilledBy', 'announcedBy', 'topic'].includes(k));
  return layout(`${e.type} ${e.date ?? ''}`, '', html`<h1>${e.type}${e.mode ? html` <small>${e.mode}</small>` : ''}</h1>
<dl class="facts">
<dt>Datum</dt><dd>${dateLabel(e)}${d.dateText ? html` <span class="muted">(„${d.dateText}“)</span>` : ''}</dd>
<dt>Status</dt><dd>${statusLabel(e.status)}</dd>
<dt>Kontext</dt><dd>${e.context.join(', ') || '–'}</dd>
<dt>Akteure</dt><dd>${actorList(e.actors)}</dd>
<dt>Gegenseite</dt><dd>${actorList(e.recipients)}</dd>
<dt>Ort</dt><dd>${e.place ?? '–'}</dd>
${terms.map(([k, v]) => html`<dt>${FIGURE_LABELS[k] ?? k}</dt><dd>${k === 'issues' ? (v as string[]).map(issueLabel).join(', ') : figureText(k, v)}</dd>`)}
${d.attributes.topic ? html`<dt>Gegenstand</dt><dd>${d.attributes.topic}</dd>` : ''}
<dt>PLOVER</dt><dd>${e.quadClass ?? '–'} · <a href="/api/events/${encodeURIComponent(e.id)}">JSON</a></dd>
</dl>
${linkedEvent('Angekündigt durch', d.announcedBy)}${linkedEvent('Umgesetzt durch', d.fulfilledBy)}
${d.disputed.length ? html`<section class="disputed"><h2>Die Berichte nennen verschiedene Zahlen</h2>
${d.disputed.map((x) => html`<table><caption>${FIGURE_LABELS[x.figure] ?? x.figure}</caption><tr>${x.values.map((v) => html`<th>${figureText(x.figure, v.value)}</th>`)}</tr>
<tr>${x.values.map((v) => html`<td>${v.documents.map((doc) => html`<div>${documentLink(doc)}</div>`)}</td>`)}</tr></table>`)}</section>` : ''}
<section><h2>${d.reports.length} ${d.reports.length === 1 ? 'Beleg' : 'Belege'} aus ${e.reports} ${e.reports === 1 ? 'Bericht' : 'Berichten'}</h2>
<ol class="reports">${d.reports.map((r) => html`<li><div class="meta">${documentLink(r, r.span)}${r.agency && r.agency !== r.outlet ? html` · ${r.agency}` : ''} ${sourceLink(r)}
<span class="muted">${r.title ?? ''}</span> <span class="muted">[${r.span[0]}–${r.span[1]}, ${r.via}${r.context.length ? ', ' + r.context.join(', ') : ''}]</span></div>
<blockquote><a href="/documents/${encodeURIComponent(r.id)}#at-${r.span[0]}">${r.text}</a></blockquote></li>`)}</ol></section>`);
}
