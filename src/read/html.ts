// HTML article pages → reader view: main text (Mozilla Readability on linkedom), title,
// author and publication date from the usual meta tags.
import { basename } from 'node:path';
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import type { RawDocument } from '../document/types.js';
import { InputError } from './decode.js';
import { textBlocks } from './html-text.js';
import { overLimits, scanHtml, type PlainHtml } from './html-plain.js';
import { parsePublished, type MonthNames } from './dates.js';

type El = { getAttribute(name: string): string | null; textContent: string | null };
type Doc = { querySelector(s: string): El | null; querySelectorAll(s: string): ArrayLike<El>; body: unknown; title: string };

const DATE_META = [
  'meta[property="article:published_time"]', 'meta[name="article:published_time"]',
  'meta[property="og:published_time"]', 'meta[itemprop="datePublished"]', 'meta[name="date"]',
  'meta[name="DC.date.issued"]', 'meta[name="dc.date"]', 'meta[name="DC.date"]', 'meta[name="pubdate"]',
  'meta[name="publishdate"]', 'meta[name="publish-date"]',
]; // never og:updated_time: a correction is not the publication date

function meta(doc: Doc, selectors: string[]): string | null {
  for (const s of selectors) {
    const v = doc.querySelector(s)?.getAttribute('content')?.trim();
    if (v) return v;
  }
  return null;
}

/** datePublished from JSON-LD (NewsArticle), which many German outlets carry. */
function jsonLdDate(doc: Doc): string | null {
  for (const el of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    const m = /"datePublished"\s*:\s*"([^"]+)"/.exec(el.textContent ?? '');
    if (m) return m[1]!;
  }
  return null;
}

export function readHtml(html: string, path: string, url: string | null = null, months?: MonthNames): RawDocument {
  if (!html.trim()) throw new InputError('empty file');
  if (!/<[a-z!]/i.test(html)) throw new InputError('no HTML markup found');
  const warnings: string[] = [];
  if (!/<\/(html|body)\s*>/i.test(html)) warnings.push('HTML looks cut off (no closing </body> or </html>); read what is there');
  const scan = scanHtml(html);
  if (!scan.blocks.length) throw new InputError('no article text found in the HTML');
  const over = overLimits(scan);
  if (over) return plainDocument(scan, path, url, months, [...warnings, `page ${over}: read as plain text, without the reader view`]);
  const { document } = parseHTML(html) as unknown as { document: Doc & { documentElement: unknown } };
  if (!document.documentElement) return plainDocument(scan, path, url, months, warnings);
  const dateRaw = meta(document, DATE_META) ?? jsonLdDate(document)
    ?? document.querySelector('time[datetime]')?.getAttribute('datetime') ?? null;
  const author = meta(document, ['meta[name="author"]', 'meta[property="article:author"]', 'meta[name="dc.creator"]']);
  const ogTitle = meta(document, ['meta[property="og:title"]', 'meta[name="twitter:title"]']);
  const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? null;

  let article: ReturnType<Readability['parse']> = null;
  try {
    article = new Readability(document as never, { charThreshold: 200 }).parse();
  } catch (e) {
    warnings.push(`reader view failed (${(e as Error).message}); used the whole page`);
  }
  let blocks: string[];
  if (article?.content) {
    const { document: content } = parseHTML(`<!doctype html><html><body>${article.content}</body></html>`);
    blocks = textBlocks(content.body as never);
  } else {
    const { document: whole } = parseHTML(html);
    blocks = textBlocks(whole.body as never);
  }
  const byline = article?.byline?.trim() || author;
  // the byline paragraph ("Von Erika Muster") is metadata, not article text
  if (byline && blocks.length > 1 && blocks[0]!.replace(/^von\s+/i, '') === byline.replace(/^von\s+/i, '')) blocks.shift();
  const title = (ogTitle ?? article?.title ?? document.title ?? '').trim() || null;
  if (title && blocks[0] === title) blocks.shift();
  const text = blocks.join('\n\n');
  if (!text.trim()) throw new InputError('no article text found in the HTML');
  const published = parsePublished(dateRaw ?? article?.publishedTime ?? undefined, months);
  if (dateRaw && !published) warnings.push(`unreadable publication date "${dateRaw}"`);
  return {
    source: url ?? basename(path), origin: url ?? path, format: 'html', text, title,
    published, author: byline ?? null, url: url ?? canonical, outlet: article?.siteName ?? null, warnings,
  };
}

/** A page too deep or too large for the reader view, from the linear pass: every text block, title and date from its meta tags. */
function plainDocument(scan: PlainHtml, path: string, url: string | null, months: MonthNames | undefined, warnings: string[]): RawDocument {
  const dateRaw = DATE_META.map((s) => /\[(?:property|name|itemprop)="([^"]+)"\]/.exec(s)![1]!.toLowerCase()).map((k) => scan.meta.get(k)).find(Boolean) ?? null;
  const published = parsePublished(dateRaw ?? undefined, months);
  if (dateRaw && !published) warnings.push(`unreadable publication date "${dateRaw}"`);
  const title = scan.meta.get('og:title') ?? scan.title;
  const blocks = title && scan.blocks[0] === title ? scan.blocks.slice(1) : scan.blocks;
  return {
    source: url ?? basename(path), origin: url ?? path, format: 'html', text: blocks.join('\n\n'), title,
    published, author: scan.meta.get('author') ?? null, url, outlet: scan.meta.get('og:site_name') ?? null, warnings,
  };
}
