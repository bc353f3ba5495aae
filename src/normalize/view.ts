// A normalized view of a document's original text with an offset map back into it.
// Later stages match patterns on the view (one kind of quote, one kind of dash, single
// spaces, NFC) and report spans in the original, so provenance stays exact.
import type { Span } from '../document/types.js';

export interface TextView {
  /** The normalized text. */
  readonly text: string;
  /** For view character i: where it starts in the original. */
  readonly start: Uint32Array;
  /** For view character i: where it ends in the original (exclusive). */
  readonly end: Uint32Array;
  /** The original span the view covers. */
  readonly span: Span;
}

const DOUBLE_QUOTES = new Set(['„', '“', '”', '»', '«', '‟', '″', '〝', '〞', '＂']);
const SINGLE_QUOTES = new Set(['‚', '‘', '’', '›', '‹', '‛', '′', '`', '´']);
const DASHES = new Set(['–', '—', '‒', '―', '−', '\u2011', '\u2010']);
const DROPPED = /[\u00AD\u200B\u200C\u200D\u2060\uFEFF\r]/;
const HORIZONTAL_SPACE = /[\t\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000 ]/;
const COMBINING = /\p{M}/u;

export function normalizedView(original: string, span: Span = [0, original.length]): TextView {
  const [from, to] = span;
  const out: string[] = [];
  const start: number[] = [];
  const end: number[] = [];
  const push = (s: string, b: number, e: number) => {
    // per UTF-16 code unit, so view indices line up with JavaScript string indices
    for (let k = 0; k < s.length; k++) { out.push(s[k]!); start.push(b); end.push(e); }
  };
  let i = from;
  while (i < to) {
    const cp = original.codePointAt(i)!;
    let ch = String.fromCodePoint(cp);
    let next = i + ch.length;
    if (DROPPED.test(ch)) { i = next; continue; }
    if (HORIZONTAL_SPACE.test(ch)) {
      while (next < to && (HORIZONTAL_SPACE.test(original[next]!) || DROPPED.test(original[next]!))) next++;
      // keep a single space, but none right before a line break
      if (original[next] !== '\n' && original[next] !== '\r') push(' ', i, next);
      i = next;
      continue;
    }
    if (DOUBLE_QUOTES.has(ch)) ch = '"';
    else if (SINGLE_QUOTES.has(ch)) ch = "'";
    else if (DASHES.has(ch)) ch = '-';
    else {
      // a base letter with combining marks (decomposed umlauts) becomes one NFC character
      let j = next;
      while (j < to && COMBINING.test(original[j]!)) j++;
      if (j > next) { push(original.slice(i, j).normalize('NFC'), i, j); i = j; continue; }
    }
    push(ch, i, next);
    i = next;
  }
  return { text: out.join(''), start: Uint32Array.from(start), end: Uint32Array.from(end), span };
}

/** Maps a [b, e) span of the view back to the original text. */
export function toOriginal(view: TextView, [b, e]: Span): Span {
  if (e <= b) { const at = b < view.start.length ? view.start[b]! : view.span[1]; return [at, at]; }
  return [view.start[b]!, view.end[e - 1]!];
}
