// Sentence boundaries in German news prose. A baseline that knows abbreviations,
// initials and ordinals ("am 3. März"); the word lists are the language's (language.segment).
import type { Span } from '../document/types.js';
import type { SegmentWords } from './types.js';
import { normalizedView, subView, toOriginal, type TextView } from '../normalize/view.js';
import { findQuotes } from './quotes.js';
import { CAMEL_CASE } from './tokens.js';

const TERMINATOR = /[.!?…]+["')\]]*/g;

function wordBefore(text: string, end: number): string {
  let b = end;
  while (b > 0 && /[\p{L}\p{N}]/u.test(text[b - 1]!)) b--;
  return text.slice(b, end);
}

function wordAfter(text: string, from: number): string {
  const m = /^[\s"'(]*([\p{L}\p{N}]+)/u.exec(text.slice(from, from + 40));
  return m ? m[1]! : '';
}

/** Is the full stop ending at `dot` (exclusive) part of an abbreviation, initial or ordinal? */
function isNonFinalStop(r: SegmentWords, text: string, dot: number, after: number): boolean {
  const word = wordBefore(text, dot);
  if (!word) return false;
  if (r.abbreviations.has(word)) return true;
  // "z. B.", "u. a."; an initial ("J. D. Vance") unless a word that only starts sentences follows ("X. Obwohl")
  if (/^\p{Ll}$/u.test(word)) return true;
  if (/^\p{Lu}$/u.test(word)) return !r.starters.has(wordAfter(text, after));
  if (/^\d{1,3}$/.test(word)) {
    const next = wordAfter(text, after);
    if (r.months.has(next)) return true;
    const prev = wordBefore(text, dot - word.length - 1).toLowerCase();
    if (r.ordinalCues.has(prev)) return true;
  }
  return false;
}

/** Sentence spans (in the original text) inside `span`; never crosses a line break that ends a paragraph. */
/** Longer than any real sentence (German news sentences stay under 600 characters). */
const MAX_SENTENCE = 3000;

export function splitSentences(words: SegmentWords, original: string, span: Span, whole?: TextView): Span[] {
  // (a view of the whole text, when the caller has one, is not built again)
  const view = whole ? subView(whole, span) : normalizedView(original, span);
  const text = view.text;
  const out: Span[] = [];
  // „Wir sind bereit. Wir warten“, sagte er. is one sentence: a quote that the sentence
  // goes on after (a comma or a lower-case word follows it) holds its full stops
  const held = findQuotes(text).filter((q) => /^\s*(,|\p{Ll})/u.test(text.slice(q.outer[1], q.outer[1] + 4)));
  let start = 0;
  const emit = (b: number, e: number) => {
    while (b < e && /\s/.test(text[b]!)) b++;
    while (e > b && /\s/.test(text[e - 1]!)) e--;
    // a run-on text without full stops is no sentence: cut it at a clause break so that every
    // later stage works on bounded pieces (a 1.6 MB "sentence" would make them quadratic)
    while (e - b > MAX_SENTENCE) {
      const window = text.slice(b, b + MAX_SENTENCE);
      const cut = Math.max(window.lastIndexOf('; '), window.lastIndexOf(', '), window.lastIndexOf(' - '));
      const at = cut > MAX_SENTENCE / 2 ? b + cut + 1 : b + (window.lastIndexOf(' ') > 0 ? window.lastIndexOf(' ') : MAX_SENTENCE);
      out.push(toOriginal(view, [b, at]));
      b = at;
      while (b < e && /\s/.test(text[b]!)) b++;
    }
    if (e > b) out.push(toOriginal(view, [b, e]));
  };
  for (const m of text.matchAll(TERMINATOR)) {
    const end = m.index! + m[0].length;
    const next = text.slice(end, end + 3);
    if (end < text.length && !/^\s/.test(next)) continue;
    const nextChar = /^\s+(.)/u.exec(text.slice(end, end + 8))?.[1];
    // a dash after "?“" continues the sentence („Warum?“ – und ging); a name written in camel case opens one ("eBay", "iPhone")
    const camel = CAMEL_CASE.test(text.slice(end, end + 12).trimStart());
    if (end < text.length && (!nextChar || !/[\p{Lu}\p{N}"'(\[]/u.test(nextChar)) && !camel) continue;
    if (m[0].startsWith('.') && m[0].length === 1 && isNonFinalStop(words, text, m.index!, end)) continue;
    if (held.some((q) => end > q.inner[0] && end < q.inner[1])) continue;
    emit(start, end);
    start = end;
  }
  emit(start, text.length);
  return out;
}
