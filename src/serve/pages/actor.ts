// Actors: the list, and one actor — who it is (roles with dates, Wikidata), what it said
// (statements by speech act over time), what it did and had done to it, its positions.
import { html } from 'hono/html';
import type { Reader } from '../../store/reader.js';
import { ACTOR_KINDS, Params } from '../params.js';
import { actorDetail, actorsPage, isActorCursor } from '../queries/actors.js';
import { requireKnownActor } from '../api.js';
import { actorLink, documentLink, eventItem, layout, pager, select, textInput, type Html } from './layout.js';
import { positionEvidence } from './positions.js';

export async function actorsListPage(db: Reader, query: Record<string, string>): Promise<Html> {
  const p = new Params(query, ['kind', 'q', 'cursor', 'limit']);
  const page = await actorsPage(db, { kind: p.oneOf('kind', ACTOR_KINDS), q: p.text('q') }, p.limit(), p.cursor(isActorCursor));
  return layout('Akteure', '/actors', html`<h1>Akteure</h1>
<form class="filters" method="get" action="/actors">${textInput('q', 'Name', query.q)}${select('kind', 'Art', ACTOR_KINDS.map((k) => [k, k]), query.kind)}<button>Filtern</button></form>
<table class="list"><tr><th>Akteur</th><th>Art</th><th>Erwähnungen</th><th>Artikel</th></tr>
${page.items.map((a) => html`<tr><td>${actorLink(a)}</td><td>${a.kind}</td><td class="num">${a.mentions}</td><td class="num">${a.documents}</td></tr>`)}</table>
${pager('/actors', query, page.next)}`);
}

const ROLE_LABELS: Record<string, string> = { 'head-of-state': 'Staatsoberhaupt', 'head-of-government': 'Regierungschef', 'foreign-minister': 'Außenminister',
  'defence-minister': 'Verteidigungsminister', spokesperson: 'Sprecher' };

export async function actorPage(db: Reader, id: string): Promise<Html> {
  const d = await actorDetail(db, await requireKnownActor(db, id));
  const a = d.actor;
  const acts = [...new Set(d.actsByMonth.flatMap((m) => Object.keys(m.acts)))].sort();
  return layout(a.name, '', html`<h1>${a.name} <small>${a.kind}</small></h1>
<dl class="facts">
<dt>Kennung</dt><dd>${a.id}${a.wikidata ? html` · <a href="https://www.wikidata.org/wiki/${a.wikidata}" rel="noopener noreferrer" target="_blank">Wikidata ${a.wikidata}</a>` : ''}</dd>
${a.country ? html`<dt>Staat</dt><dd>${actorLink(a.country)}</dd>` : ''}
${a.party ? html`<dt>Partei</dt><dd>${a.party}</dd>` : ''}
${a.aliases.length ? html`<dt>Auch</dt><dd>${a.aliases.join(', ')}</dd>` : ''}
${a.introducedAs ? html`<dt>Eingeführt als</dt><dd>${a.introducedAs}</dd>` : ''}
<dt>Erwähnt</dt><dd>${a.mentions}× in ${a.documents} Artikeln</dd>
</dl>
${a.roles.length ? html`<h2>Ämter</h2><ul>${a.roles.map((r) => html`<li>${ROLE_LABELS[r.role] ?? r.role}${r.of ? html` (${actorLink(r.of)})` : ''}
<span class="muted">${r.from ?? '?'} – ${r.to ?? 'heute'}</span></li>`)}</ul>` : ''}
<h2>Aussagen nach Sprechakt und Monat</h2>
${d.actsByMonth.length ? html`<table class="matrix"><tr><th>Monat</th>${acts.map((x) => html`<th>${x}</th>`)}</tr>
${d.actsByMonth.map((m) => html`<tr><th>${m.month}</th>${acts.map((x) => html`<td class="num">${m.acts[x] ?? ''}</td>`)}</tr>`)}</table>
<p class="muted">Gezählt: die letzten ${d.counted} Aussagen. <a href="/statements?speaker=${encodeURIComponent(a.id)}">Alle Aussagen</a></p>
<ol class="records">${d.statements.items.map((s) => html`<li>${documentLink(s.document, s.span)} <span class="muted">${s.act ?? ''} (${s.form})</span>
<blockquote>${s.quote}</blockquote></li>`)}</ol>` : html`<p class="empty">Keine Aussagen.</p>`}
<h2>Was ${a.name} tat</h2>${d.did.length ? html`<ol class="timeline">${d.did.map(eventItem)}</ol>` : html`<p class="empty">Keine Ereignisse.</p>`}
<h2>Was ${a.name} widerfuhr</h2>${d.done.length ? html`<ol class="timeline">${d.done.map(eventItem)}</ol>` : html`<p class="empty">Keine Ereignisse.</p>`}
<h2>Positionen</h2>${d.positions.length ? html`${d.positions.map((c) => html`<h3>${c.issueLabel}: ${c.stances.join(', ')}</h3>${positionEvidence(c)}`)}` : html`<p class="empty">Keine Positionen.</p>`}`);
}
