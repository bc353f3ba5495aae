// Network: who does what to whom over a chosen period, drawn by Cytoscape.js (served from
// node_modules) from the graph embedded as JSON data; the table below says the same in text.
import { html, raw } from 'hono/html';
import type { Reader } from '../../store/reader.js';
import { PLOVER_TYPES } from '../../events/types.js';
import { Params } from '../params.js';
import { network, NETWORK_EVENTS } from '../queries/network.js';
import { layout, select, textInput, type Html } from './layout.js';

/** JSON inside a <script type="application/json">: no "<" may close the element early. */
export const scriptJson = (value: unknown) => raw(JSON.stringify(value).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026'));

export async function networkPage(db: Reader, query: Record<string, string>): Promise<Html> {
  const p = new Params(query, ['from', 'to', 'type']);
  const g = await network(db, { from: p.date('from'), to: p.date('to'), type: p.type() });
  const names = new Map(g.nodes.map((n) => [n.id, n.name]));
  return layout('Netzwerk', '/network', html`<h1>Netzwerk</h1>
<form class="filters" method="get" action="/network">${textInput('from', 'von', query.from, 'JJJJ-MM-TT')}${textInput('to', 'bis', query.to, 'JJJJ-MM-TT')}
${select('type', 'Typ', PLOVER_TYPES.map((t) => [t, t]), query.type)}<button type="submit">Zeigen</button></form>
<p class="muted">${g.events} zweiseitige Ereignisse, ${g.nodes.length} Akteure${g.capped ? ` (die letzten ${NETWORK_EVENTS} Ereignisse des Zeitraums)` : ''}. Ein Klick auf einen Akteur öffnet ihn.</p>
<div id="graph" class="graph" role="img" aria-label="Netzwerk der Akteure"></div>
${/* Cytoscape adds a <style> element unless one with this id exists: the CSP forbids inline style, style.css holds its rule */ ''}
<template id="__________cytoscape_stylesheet"></template>
<script type="application/json" id="graph-data">${scriptJson(g)}</script>
<table class="list"><tr><th>von</th><th>Typ</th><th>an</th><th>wie oft</th></tr>
${g.edges.sort((a, b) => b.count - a.count).slice(0, 200).map((e) => html`<tr><td><a href="/actors/${encodeURIComponent(e.source)}">${names.get(e.source)}</a></td>
<td><a href="/events/${encodeURIComponent(e.events[0]!)}">${e.type}</a></td><td><a href="/actors/${encodeURIComponent(e.target)}">${names.get(e.target)}</a></td><td class="num">${e.count}</td></tr>`)}</table>`,
  { scripts: ['cytoscape.min.js', 'network.js'] });
}
