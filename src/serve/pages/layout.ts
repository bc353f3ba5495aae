// The frame of every page and the small pieces pages share. Pages are written with Hono's
// html`…` template, which escapes every interpolated string: article text, titles, names and
// addresses can never become markup. Only http(s) addresses become links.
import { html } from 'hono/html';
import type { HtmlEscapedString } from 'hono/utils/html';
import type { ActorRef, DocumentMeta } from '../queries/common.js';
import type { EventSummary } from '../queries/events.js';

export type Html = HtmlEscapedString | Promise<HtmlEscapedString>;

const NAV: Array<[string, string]> = [['/', 'Lage'], ['/statements', 'Aussagen'], ['/actors', 'Akteure'], ['/positions', 'Positionen'],
  ['/network', 'Netzwerk'], ['/search', 'Suche']];

export function layout(title: string, path: string, body: Html, options: { scripts?: string[] } = {}): Html {
  return html`<!doctype html>
<html lang="de">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} · Lagebild</title>
<link rel="stylesheet" href="/assets/style.css">
<link rel="icon" href="data:,">
${(options.scripts ?? []).map((s) => html`<script src="/assets/${s}" defer></script>`)}
</head>
<body>
<header class="top"><a class="brand" href="/">Lagebild</a>
<nav>${NAV.map(([href, label]) => html`<a href="${href}"${href === path ? html` aria-current="page"` : ''}>${label}</a>`)}</nav>
<form class="quick" action="/search" method="get" role="search"><input type="search" name="q" placeholder="Volltextsuche" aria-label="Volltextsuche"></form>
</header>
<main>${body}</main>
<footer>Lagebild · jede Angabe mit ihrer Quelle · <a href="/api/openapi.json">API</a></footer>
</body>
</html>`;
}

export const actorLink = (a: ActorRef) => html`<a class="actor ${a.kind}" href="/actors/${encodeURIComponent(a.id)}">${a.name}</a>`;

export const actorList = (xs: ActorRef[]) => (xs.length ? html`${xs.map((a, i) => html`${i ? ', ' : ''}${actorLink(a)}`)}` : html`<span class="muted">–</span>`);

/** "dpa, 2025-05-06" with a link to the article, and the source address when it has one. */
export function documentLink(d: DocumentMeta, at?: readonly [number, number]): Html {
  const anchor = at ? `#at-${at[0]}` : '';
  return html`<a class="doc" href="/documents/${encodeURIComponent(d.id)}${anchor}">${d.outlet ?? d.source}</a>${d.published ? html` <span class="date">${d.published}</span>` : ''}`;
}

export const sourceLink = (d: DocumentMeta) => (d.url ? html`<a class="source" href="${d.url}" rel="noopener noreferrer nofollow" target="_blank">Quelle</a>` : '');

export function dateLabel(e: Pick<EventSummary, 'date' | 'dateEnd' | 'precision' | 'approximate'>): Html {
  if (!e.date) return html`<span class="muted">undatiert</span>`;
  const label = { day: 'Tag', month: 'Monat', year: 'Jahr' }[e.precision ?? 'day'];
  return html`<time datetime="${e.date}">${e.date}${e.dateEnd ? html`–${e.dateEnd}` : ''}</time> <span class="precision" title="Genauigkeit">${label}${e.approximate ? ', ungefähr' : ''}</span>`;
}

const STATUS: Record<string, string> = { occurred: 'geschehen', planned: 'geplant', hypothetical: 'möglich', negated: 'verneint' };
export const statusLabel = (s: string) => html`<span class="status ${s}">${STATUS[s] ?? s}</span>`;

/** One line of the timeline: date, type, sides, status, reports. */
export function eventItem(e: EventSummary): Html {
  return html`<li class="event">
<div class="when">${dateLabel(e)}</div>
<div class="what"><a class="type" href="/events/${encodeURIComponent(e.id)}">${e.type}${e.mode ? html` <small>${e.mode}</small>` : ''}</a>
${statusLabel(e.status)}${e.disputed ? html` <span class="status disputed">Angaben strittig</span>` : ''}
<div class="sides">${actorList(e.actors)}${e.recipients.length ? html` → ${actorList(e.recipients)}` : ''}${e.place ? html` <span class="place">in ${e.place}</span>` : ''}</div>
<blockquote>${e.text}</blockquote>
<div class="reports">${e.reports} ${e.reports === 1 ? 'Bericht' : 'Berichte'}: ${e.outlets.join(', ')}</div></div>
</li>`;
}

/** A link to the next page with the same query, when there is one. */
export function pager(path: string, query: Record<string, string>, next: string | null): Html {
  if (!next) return html``;
  const params = new URLSearchParams({ ...query, cursor: next });
  return html`<p class="pager"><a rel="next" href="${path}?${params.toString()}">Weitere →</a></p>`;
}

export function errorPage(status: number, message: string): Html {
  return layout(status === 404 ? 'Nicht gefunden' : 'Ungültige Anfrage', '', html`<h1>${status === 404 ? 'Nicht gefunden' : 'Ungültige Anfrage'}</h1><p class="error">${message}</p>`);
}

/** A <select> of choices with the current one selected. */
export function select(name: string, label: string, choices: Array<[string, string]>, current: string | undefined): Html {
  return html`<label>${label} <select name="${name}"><option value="">alle</option>${choices.map(([v, l]) =>
    html`<option value="${v}"${v === current ? html` selected` : ''}>${l}</option>`)}</select></label>`;
}

export function textInput(name: string, label: string, current: string | undefined, placeholder = ''): Html {
  return html`<label>${label} <input name="${name}" value="${current ?? ''}" placeholder="${placeholder}"></label>`;
}
