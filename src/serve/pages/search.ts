// Search: sentences matching the words typed, each word as its stem.
import { html } from 'hono/html';
import type { Reader } from '../../store/reader.js';
import { Params } from '../params.js';
import { isSearchCursor, searchPage } from '../queries/search.js';
import { stem } from '../../store/reader.js';
import { documentLink, layout, pager, type Html } from './layout.js';

export async function searchPageHtml(db: Reader, query: Record<string, string>): Promise<Html> {
  const p = new Params(query, ['q', 'cursor', 'limit']);
  const q = p.text('q');
  const page = q ? await searchPage(db, q, p.limit(), p.cursor(isSearchCursor)) : null;
  const words = q?.match(/[\p{L}\p{N}]+/gu) ?? [];
  return layout('Suche', '/search', html`<h1>Suche</h1>
<form class="filters" method="get" action="/search"><label>Wörter <input type="search" name="q" value="${q ?? ''}" autofocus></label><button type="submit">Suchen</button></form>
${q ? html`<p class="muted">Gesucht als Wortstämme: ${words.map((w) => stem(w) + '…').join(' ')}</p>` : ''}
${page ? (page.items.length ? html`<ol class="records">${page.items.map((h) => html`<li><div class="meta">${documentLink(h.document, h.span)}
<span class="muted">${h.document.title ?? ''}</span></div><blockquote><a href="/documents/${encodeURIComponent(h.document.id)}#at-${h.span[0]}">${h.sentence}</a></blockquote></li>`)}</ol>`
    : html`<p class="empty">Kein Satz enthält diese Wörter.</p>`) : ''}
${page ? pager('/search', query, page.next) : ''}`);
}
