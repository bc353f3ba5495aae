// One linear pass over HTML with htmlparser2's tokenizer (no tree): how deep it nests and how
// many elements it has, and its text blocks. Deeply nested or very large pages are read from
// this pass as plain text, since building and walking their tree costs far more than linear
// time (a page nested 2,000 deep took 43 s, 10,000 deep overflowed the stack).
import { Parser } from 'htmlparser2';
import { BLOCKS, CONTAINERS, SKIP, collapse } from './html-text.js';

/** Beyond these a page is read as plain text (news pages nest 20–60 deep and have a few thousand elements). */
export const HTML_LIMITS = { depth: 256, elements: 30_000 };

export interface PlainHtml {
  depth: number;
  elements: number;
  /** Text blocks in document order, as textBlocks gives them. */
  blocks: string[];
  title: string | null;
  /** content of meta tags by name or property (lower case). */
  meta: Map<string, string>;
}

export function scanHtml(html: string): PlainHtml {
  const out: PlainHtml = { depth: 0, elements: 0, blocks: [], title: null, meta: new Map() };
  let depth = 0, skipping = 0, inTitle = false, inline = '', title = '';
  const flush = () => { const t = collapse(inline); if (t) out.blocks.push(t); inline = ''; };
  const parser = new Parser({
    onopentag(name, attrs) {
      out.elements++;
      out.depth = Math.max(out.depth, ++depth);
      const tag = name.toUpperCase();
      if (SKIP.has(tag)) skipping++;
      if (tag === 'TITLE') inTitle = true;
      if (tag === 'META') { const key = (attrs.property ?? attrs.name ?? attrs.itemprop)?.toLowerCase(); if (key && attrs.content) out.meta.set(key, attrs.content); }
      if (tag === 'BR' || tag === 'HR') inline += ' ';
      else if (BLOCKS.has(tag) || CONTAINERS.has(tag)) flush();
    },
    ontext(text) {
      if (inTitle) title += text;
      else if (!skipping) inline += text;
    },
    onclosetag(name) {
      depth--;
      const tag = name.toUpperCase();
      if (SKIP.has(tag)) skipping = Math.max(0, skipping - 1);
      if (tag === 'TITLE') inTitle = false;
      if (BLOCKS.has(tag) || CONTAINERS.has(tag)) flush();
    },
  }, { decodeEntities: true });
  parser.end(html);
  flush();
  out.title = collapse(title) || null;
  return out;
}

/** Too deep or too large for the reader view: read as plain text. */
export function overLimits(scan: Pick<PlainHtml, 'depth' | 'elements'>): string | null {
  if (scan.depth > HTML_LIMITS.depth) return `nested ${scan.depth} deep (over ${HTML_LIMITS.depth})`;
  if (scan.elements > HTML_LIMITS.elements) return `${scan.elements} elements (over ${HTML_LIMITS.elements})`;
  return null;
}
