// Statements: search by speaker, speech act, words, date and outlet; newest report first.
import { html } from 'hono/html';
import type { Reader } from '../../store/reader.js';
import { SPEECH_ACTS } from '../../statements/acts.js';
import { Params } from '../params.js';
import { STATEMENT_PARAMS, statementFilter } from '../api.js';
import { actorIndex, outlets } from '../queries/common.js';
import { isStatementCursor, statementsPage, type StatementView } from '../queries/statements.js';
import { actorLink, documentLink, layout, pager, select, textInput, type Html } from './layout.js';

export function statementItem(s: StatementView): Html {
  const who = s.speaker ? ('key' in s.speaker ? actorLink(s.speaker) : html`<span>${s.speaker.text}</span>`) : html`<span class="muted">ohne Sprecher</span>`;
  return html`<li class="statement"><div class="meta"><strong>${who}</strong> <span class="act">${s.act ?? '–'}</span> <span class="muted">(${s.form}${s.cue ? html`, „${s.cue}“` : ''})</span>
${s.addressee ? html` an ${'key' in s.addressee ? actorLink(s.addressee) : s.addressee.text}` : ''} · ${documentLink(s.document, s.span)}</div>
<blockquote>${s.quote}</blockquote></li>`;
}

export async function statementsPageHtml(db: Reader, query: Record<string, string>): Promise<Html> {
  const p = new Params(query, STATEMENT_PARAMS);
  const page = await statementsPage(db, await statementFilter(db, p), p.limit(), p.cursor(isStatementCursor));
  const speakers = (await actorIndex(db)).list.slice(0, 300).map((a): [string, string] => [a.id, a.name]).sort((a, b) => a[1].localeCompare(b[1], 'de'));
  return layout('Aussagen', '/statements', html`<h1>Aussagen</h1>
<form class="filters" method="get" action="/statements">
${select('speaker', 'Sprecher', speakers, query.speaker)}${select('act', 'Sprechakt', SPEECH_ACTS.map((a) => [a, a]), query.act)}
${textInput('q', 'Text', query.q, 'Wörter')}${textInput('from', 'von', query.from, 'JJJJ-MM-TT')}${textInput('to', 'bis', query.to, 'JJJJ-MM-TT')}
${select('outlet', 'Medium', (await outlets(db)).map((o) => [o.name, o.name]), query.outlet)}<button type="submit">Suchen</button> <a href="/statements">zurücksetzen</a>
</form>
${page.items.length ? html`<ol class="records">${page.items.map(statementItem)}</ol>` : html`<p class="empty">Keine Aussagen für diese Auswahl.</p>`}
${pager('/statements', query, page.next)}`);
}
