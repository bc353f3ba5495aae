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
    if (e <= b) return;
    const line = body.slice(b, e);
    // ("Wahlverlauf\nWie der Wahlleiter mitteilte, …": a subheading on the line before its section's first sentence)
    const head = subheading(line, lang);
    if (head > 0) {
      let h = b + head;
      while (h > b && /\s/.test(body[h - 1]!)) h--;
      out.push({ span: [from + b, from + h], heading: true, repeatOf: null });
      add(b + head, e);
      return;
    }
    out.push({ span: [from + b, from + e], heading: !line.includes('\n') && looksLikeHeadline(line, lang), repeatOf: null });
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

/**
 * The length of a short headline on the first line of a paragraph whose next line opens a sentence, or 0. Only a
 * short one (at most six words, 50 characters) that reads as a title, not as the start of a sentence wrapped at a
 * fixed width: no article first ("Der Bürgermeister von Berlin\nKai Muster sagte …") and no lower-case word but a
 * few joining words ("Wahl und Beteiligung", not "Die Polizei nahm am Montag\nDemonstranten fest").
 */
function subheading(paragraph: string, lang: HeaderLanguage): number {
  const nl = paragraph.indexOf('\n');
  if (nl < 0) return 0;
  const first = paragraph.slice(0, nl).trim();
  const next = paragraph.slice(nl + 1).trimStart();
  const words = first.split(/\s+/);
  const short = first.length <= 50 && words.length <= 6;
  const title = !ARTICLE.test(words[0]!) && words.every((w) => !/^\p{Ll}/u.test(w) || JOINING.test(w));
  return short && title && /^[\p{Lu}„"»«]/u.test(next) && looksLikeHeadline(first, lang) ? nl : 0;
}

const ARTICLE = /^(?:Der|Die|Das|Den|Dem|Des|Ein|Eine|Einen|Einem|Einer|Eines)$/;

/** Lower-case words a subheading may hold: "Wahl und Beteiligung", "Streit um die Rente", "Neues aus der Forschung". */
const JOINING = /^(?:und|oder|sowie|für|von|vom|im|in|um|mit|zu|zum|zur|an|am|auf|aus|bei|gegen|nach|über|unter|vor|ohne|der|die|das|den|dem|des)$/;
