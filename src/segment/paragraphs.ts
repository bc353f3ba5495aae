// Paragraphs of an article body. Wire copy separates paragraphs by blank lines; some
// sources (tabloid exports, feeds flattened to text) put one paragraph on each line.
import type { Paragraph, Span } from '../document/types.js';
import { looksLikeHeadline, type HeaderLanguage } from '../read/de/header.js';

export function splitParagraphs(text: string, [from, to]: Span, lang: HeaderLanguage): Paragraph[] {
  const body = text.slice(from, to);
  const separator = /\n[ \t\u00A0]*\r?\n/.test(body) ? /\r?\n(?:[ \t\u00A0]*\r?\n)+/g : /\r?\n/g;
  const out: Paragraph[] = [];
  let last = 0;
  const add = (b: number, e: number) => {
    while (b < e && /\s/.test(body[b]!)) b++;
    while (e > b && /\s/.test(body[e - 1]!)) e--;
    if (e > b) {
      const line = body.slice(b, e);
      out.push({ span: [from + b, from + e], heading: !line.includes('\n') && looksLikeHeadline(line, lang), repeatOf: null });
    }
  };
  for (const m of body.matchAll(separator)) {
    add(last, m.index!);
    last = m.index! + m[0].length;
  }
  add(last, body.length);
  // the last paragraph is body text even when it is short and has no full stop (cut-off articles)
  const tail = out[out.length - 1];
  if (tail && out.length > 1) tail.heading = false;
  return out;
}
