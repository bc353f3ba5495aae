// Positions: the actor × issue matrix, each cell's marks linking to its evidence below.
import { html } from 'hono/html';
import type { Reader } from '../../store/reader.js';
import { issueList } from '../../events/de/patterns.js';
import { Params } from '../params.js';
import { requireActor } from '../queries/common.js';
import { positionCells, type PositionCellView } from '../queries/positions.js';
import { actorLink, actorList, documentLink, layout, select, type Html } from './layout.js';

const MARKS: Record<string, string> = { demands: 'F', rejects: 'A', agrees: 'E', offers: 'V', 'no agreement': 'K', threatens: 'D' };
const STANCE_LABELS: Record<string, string> = { demands: 'fordert', rejects: 'lehnt ab', agrees: 'einigt sich', offers: 'bietet an',
  'no agreement': 'keine Einigung', threatens: 'droht' };

const cellAnchor = (c: PositionCellView) => `cell-${c.actor.key}-${c.issue}`.replace(/[^A-Za-z0-9_-]/g, '-');

export function positionEvidence(c: PositionCellView): Html {
  return html`<ul class="evidence">${c.evidence.map((e) => html`<li><span class="stance ${e.stance.replace(' ', '-')}">${STANCE_LABELS[e.stance]}</span>
${e.counterpart.length ? html` (gegenüber ${actorList(e.counterpart)})` : ''} ${e.date ?? 'undatiert'} ·
${e.document ? documentLink(e.document, e.span) : ''} · <a href="/events/${encodeURIComponent(e.event)}">Ereignis</a>
<blockquote>${e.text}</blockquote></li>`)}</ul>${c.evidenceCount > c.evidence.length ? html`<p class="muted">… und ${c.evidenceCount - c.evidence.length} weitere Belege</p>` : ''}`;
}

export async function positionsPage(db: Reader, query: Record<string, string>): Promise<Html> {
  const p = new Params(query, ['actor', 'issue']);
  const actor = p.text('actor');
  const issue = p.oneOf('issue', issueList().map((i) => i.key));
  const cells = await positionCells(db, { actor: actor ? (await requireActor(db, actor)).key : undefined, issue });
  const issues = issueList().filter((i) => cells.some((c) => c.issue === i.key));
  const rows = [...new Map(cells.map((c) => [c.actor.key, c.actor])).values()];
  const cellOf = (key: string, issueKey: string) => cells.find((c) => c.actor.key === key && c.issue === issueKey);
  return layout('Positionen', '/positions', html`<h1>Positionen</h1>
<form class="filters" method="get" action="/positions">${select('issue', 'Thema', issueList().map((i) => [i.key, i.label]), issue)}<button>Filtern</button></form>
<p class="legend">${Object.entries(MARKS).map(([k, m]) => html`<span class="stance ${k.replace(' ', '-')}">${m}</span> ${STANCE_LABELS[k]} `)}</p>
${cells.length ? html`<div class="scroll"><table class="matrix positions"><tr><th></th>${issues.map((i) => html`<th>${i.label}</th>`)}</tr>
${rows.map((r) => html`<tr><th>${actorLink(r)}</th>${issues.map((i) => {
    const c = cellOf(r.key, i.key);
    return c ? html`<td><a href="#${cellAnchor(c)}" title="${c.stances.map((s) => STANCE_LABELS[s]).join(', ')}">${c.stances.map((s) => html`<span class="stance ${s.replace(' ', '-')}">${MARKS[s]}</span>`)}</a></td>` : html`<td class="muted">·</td>`;
  })}</tr>`)}</table></div>
<h2>Belege</h2>${cells.map((c) => html`<section id="${cellAnchor(c)}"><h3>${actorLink(c.actor)} — ${c.issueLabel}</h3>${positionEvidence(c)}</section>`)}`
    : html`<p class="empty">Keine Forderungen, Ablehnungen, Einigungen, Angebote oder Drohungen zu einem bekannten Thema.</p>`}`);
}
