// The article reader: the original text with its annotations highlighted by kind (event
// evidence, statements, cue words, actor mentions). The text is cut at every annotation
// boundary; each piece carries the classes of all annotations covering it and links to the
// innermost one (a mention inside a quote inside an event's sentence opens the actor).
import { html } from 'hono/html';
import type { Reader } from '../../store/reader.js';
import { documentDetail, type Annotation } from '../queries/documents.js';
import { documentById } from '../queries/common.js';
import { documentLink, layout, sourceLink, type Html } from './layout.js';

/** Narrower annotations win the link when two cover a piece equally tightly. */
const KIND_ORDER: Record<Annotation['kind'], number> = { mention: 0, cue: 1, speaker: 1, statement: 2, event: 3 };

const anchorOf = (record: string) => `st-${record.replace(/[^A-Za-z0-9_-]/g, '-')}`;

function hrefOf(a: Annotation): string {
  if (a.kind === 'mention') return a.actor ? `/actors/${encodeURIComponent(a.actor.id)}` : '#';
  if (a.kind === 'event') return `/events/${encodeURIComponent(a.record!)}`;
  return `#${anchorOf(a.record!)}`;
}

export function highlighted(text: string, annotations: Annotation[]): Html {
  const cuts = new Set([0, text.length]);
  for (const a of annotations) { cuts.add(Math.max(0, Math.min(text.length, a.span[0]))); cuts.add(Math.max(0, Math.min(text.length, a.span[1]))); }
  const points = [...cuts].sort((x, y) => x - y);
  const starts = new Set(annotations.map((a) => a.span[0]));
  const pieces: Html[] = [];
  for (let k = 0; k + 1 < points.length; k++) {
    const [b, e] = [points[k]!, points[k + 1]!];
    const piece = text.slice(b, e);
    const anchor = starts.has(b) ? `at-${b}` : undefined;
    const on = annotations.filter((a) => a.span[0] <= b && a.span[1] >= e);
    if (!on.length) { pieces.push(anchor ? html`<span id="${anchor}">${piece}</span>` : html`${piece}`); continue; }
    const inner = on.reduce((x, y) => (y.span[1] - y.span[0] < x.span[1] - x.span[0]
      || (y.span[1] - y.span[0] === x.span[1] - x.span[0] && KIND_ORDER[y.kind] < KIND_ORDER[x.kind]) ? y : x));
    const classes = ['hl', ...new Set(on.map((a) => a.kind))].join(' ');
    const title = [...new Set(on.map((a) => a.label))].join(' · ');
    pieces.push(html`<a class="${classes}" href="${hrefOf(inner)}" title="${title}" data-kind="${inner.kind}"${anchor ? html` id="${anchor}"` : ''}>${piece}</a>`);
  }
  return html`${pieces}`;
}

export async function articlePage(db: Reader, id: string): Promise<Html> {
  const d = await documentDetail(db, id);
  const doc = d.document;
  const linkTo = async (other: string) => { const m = await documentById(db, other); return html`<a href="/documents/${encodeURIComponent(other)}">${m?.title ?? m?.source ?? other}</a>`; };
  return layout(doc.title ?? doc.source, '', html`<h1>${doc.title ?? doc.source}</h1>
<p class="meta">${doc.outlet ?? doc.source}${doc.agency && doc.agency !== doc.outlet ? html` · ${doc.agency}` : ''} · ${doc.published ?? 'undatiert'}
${doc.author ? html` · ${doc.author}` : ''} · <span class="muted">${doc.source}</span> ${sourceLink(doc)} · <a href="/api/documents/${encodeURIComponent(doc.id)}">JSON</a></p>
${doc.duplicateOf ? html`<p class="linked">Dublette von ${await linkTo(doc.duplicateOf)}</p>` : ''}
${doc.versionOf ? html`<p class="linked">Neue Fassung von ${await linkTo(doc.versionOf)}</p>` : ''}
${d.duplicates.length ? html`<p class="linked">Dubletten: ${d.duplicates.map((x) => html`${documentLink(x)} `)}</p>` : ''}
${d.versions.length ? html`<p class="linked">Neuere Fassungen: ${d.versions.map((x) => html`${documentLink(x)} `)}</p>` : ''}
<p class="legend"><span class="hl event">Ereignis-Beleg</span> <span class="hl statement">Aussage</span> <span class="hl cue">Redeverb</span> <span class="hl mention">Akteur</span></p>
<article class="text">${highlighted(doc.text, d.annotations)}</article>
<section><h2>Aussagen (${d.statements.length})</h2><ol class="records">${d.statements.map((s) => html`<li id="${anchorOf(s.id)}">
<strong>${s.speaker ? html`<a href="/actors/${encodeURIComponent(s.speaker.id)}">${s.speaker.name}</a>` : s.speakerText ?? 'ohne Sprecher'}</strong>
<span class="muted">${s.act ?? ''} (${s.form}) [${s.span[0]}–${s.span[1]}]</span><blockquote><a href="#at-${s.span[0]}">${s.quote}</a></blockquote></li>`)}</ol></section>
<section><h2>Ereignisse (${d.events.length})</h2><ul class="records">${d.events.map((e) => html`<li><a href="/events/${encodeURIComponent(e.id)}">${e.type}${e.mode ? ' ' + e.mode : ''}</a>
${e.date ?? 'undatiert'} <span class="muted">${e.status}</span></li>`)}</ul></section>`);
}
