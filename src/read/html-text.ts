// Plain text from HTML: one paragraph per block element, blank lines between them, so the
// extracted text reads like wire copy and paragraph offsets mean something.
import { parseHTML } from 'linkedom';
import { overLimits, scanHtml } from './html-plain.js';

export const BLOCKS = new Set(['P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'BLOCKQUOTE', 'PRE', 'FIGCAPTION', 'DT', 'DD', 'TD', 'TH', 'ADDRESS']);
export const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'BUTTON', 'FORM', 'NAV', 'ASIDE', 'FOOTER']);

interface NodeLike { nodeType: number; nodeName: string; textContent: string | null; childNodes: ArrayLike<NodeLike> }

export function collapse(s: string): string {
  return s.replace(/[\s\u00A0]+/g, ' ').trim();
}

/** Elements that hold blocks of their own: their text never runs into the neighbours'. */
export const CONTAINERS = new Set(['DIV', 'SECTION', 'ARTICLE', 'HEADER', 'MAIN', 'UL', 'OL', 'DL', 'TABLE', 'TBODY', 'THEAD', 'TR', 'FIGURE', 'BODY', 'HTML']);

/** Text blocks of an element tree, in document order. */
export function textBlocks(root: NodeLike): string[] {
  const blocks: string[] = [];
  let inline = '';
  const flush = () => { const t = collapse(inline); if (t) blocks.push(t); inline = ''; };
  const walk = (node: NodeLike) => {
    if (node.nodeType === 3) { inline += node.textContent ?? ''; return; }
    if (node.nodeType !== 1) return;
    const name = node.nodeName.toUpperCase();
    if (SKIP.has(name)) return;
    if (name === 'BR' || name === 'HR') { inline += ' '; return; }
    const block = BLOCKS.has(name) || CONTAINERS.has(name);
    if (block) flush();
    for (const child of Array.from(node.childNodes)) walk(child);
    if (block) flush();
  };
  walk(root);
  flush();
  return blocks;
}

/** Plain text of an HTML fragment (feed item content, a description). */
export function htmlToText(html: string): string {
  if (!/[<&]/.test(html)) return html.trim();
  // a fragment too deep for a tree is read by the linear pass (its blocks are the same)
  const scan = scanHtml(html);
  if (overLimits(scan)) return scan.blocks.join('\n\n');
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  return textBlocks(document.body as unknown as NodeLike).join('\n\n');
}
