// RSS 2.0, Atom, RDF and JSON Feed (parsed by feedsmith): every item becomes a document.
import { parseFeed } from 'feedsmith';
import type { RawDocument } from '../document/types.js';
import { InputError } from './decode.js';
import { htmlToText } from './html-text.js';
import { parsePublished, type MonthNames } from './dates.js';

type Loose = Record<string, unknown>;

function str(v: unknown): string | null {
  if (typeof v === 'string') return v.trim() || null;
  if (v && typeof v === 'object' && 'value' in v) return str((v as Loose).value);
  return null;
}

function first(...values: unknown[]): string | null {
  for (const v of values) { const s = str(v); if (s) return s; }
  return null;
}

function link(item: Loose): string | null {
  if (typeof item.link === 'string') return item.link.trim() || null;
  const links = Array.isArray(item.links) ? (item.links as Loose[]) : [];
  const alt = links.find((l) => !l.rel || l.rel === 'alternate') ?? links[0];
  return first(alt?.href, item.url);
}

function author(item: Loose): string | null {
  const dc = item.dc as Loose | undefined;
  const authors = Array.isArray(item.authors) ? (item.authors as unknown[]) : [];
  const a = authors[0];
  return first(typeof a === 'object' && a ? (a as Loose).name : a, Array.isArray(dc?.creators) ? dc.creators[0] : dc?.creator, item.author);
}

/** Feed titles sometimes carry markup or entities ("<b>Gipfel</b> in Genf"). */
function titleText(title: string | null): string | null {
  return title ? htmlToText(title).replace(/\s+/g, ' ').trim() || null : null;
}

export interface FeedRead {
  documents: RawDocument[];
  warnings: string[];
}

/** `where` names the feed (file path or URL); item sources are their links. */
export function readFeed(xml: string, where: string, display: string, months?: MonthNames): FeedRead {
  if (!xml.trim()) throw new InputError('empty file');
  let parsed: { format: string; feed: Loose };
  try {
    parsed = parseFeed(xml) as unknown as { format: string; feed: Loose };
  } catch (e) {
    throw new InputError(`not a readable RSS/Atom feed (${(e as Error).message})`);
  }
  const feed = parsed.feed;
  const items = (Array.isArray(feed.items) ? feed.items : Array.isArray(feed.entries) ? feed.entries : []) as Loose[];
  const outlet = first(feed.title);
  const documents: RawDocument[] = [];
  const warnings: string[] = [];
  items.forEach((item, i) => {
    const content = item.content as Loose | string | undefined;
    const html = first(typeof content === 'object' ? (content as Loose).encoded : null, content,
      item.content_html, item.description, item.summary, item.content_text);
    const text = html ? htmlToText(html) : '';
    const url = link(item);
    const guid = first(item.guid, item.id);
    const label = `item ${i + 1}${url ? ` (${url})` : ''}`;
    if (!text.trim()) { warnings.push(`${display}: ${label} has no text, skipped`); return; }
    const dc = item.dc as Loose | undefined;
    const dateRaw = first(item.pubDate, item.published, item.date_published, dc?.date, item.updated, item.date_modified);
    const published = parsePublished(dateRaw ?? undefined, months);
    const itemWarnings = dateRaw && !published ? [`unreadable publication date "${dateRaw}"`] : [];
    documents.push({
      source: url ?? `${display}#${guid ?? i + 1}`,
      // an item's link stays when the outlet updates the article: it keys the versions
      origin: url ?? `${where}#${guid ?? i + 1}`,
      format: 'feed', text, title: titleText(first(item.title)), published, author: author(item), url, outlet,
      warnings: itemWarnings,
    });
  });
  if (!items.length) warnings.push(`${display}: feed has no items`);
  return { documents, warnings };
}
