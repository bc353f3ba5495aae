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
// after a space: what makes it collapse, vanish before a line break, or swallow a dropped character
const SPACE_ENDERS = new Set<number>([0x20, 0x0a, 0x0d, 0x09, 0xa0, 0x1680, 0x202f, 0x205f, 0x3000, 0xad, 0x200b, 0x200c, 0x200d, 0x2060, 0xfeff,
  ...Array.from({ length: 11 }, (_, k) => 0x2000 + k)]);
// every code point the view changes or drops, for a cheap test on the hot path (umlauts pass)
const SPECIAL = new Set<number>([
  ...[...DOUBLE_QUOTES, ...SINGLE_QUOTES, ...DASHES].map((c) => c.charCodeAt(0)),
  0xad, 0x200b, 0x200c, 0x200d, 0x2060, 0xfeff, 0x0d, 0x09, 0xa0, 0x1680, 0x202f, 0x205f, 0x3000, 0x20,
  ...Array.from({ length: 11 }, (_, k) => 0x2000 + k),
]);

export function normalizedView(original: string, span: Span = [0, original.length]): TextView {
  const [from, to] = span;
  const parts: string[] = [];
  // at most one view character per original code unit
  const start = new Uint32Array(to - from);
  const end = new Uint32Array(to - from);
  let n = 0;
  let plainFrom = -1; // start of a run of characters copied unchanged
  const flushPlain = (upTo: number) => {
    if (plainFrom < 0) return;
    parts.push(original.slice(plainFrom, upTo));
    for (let k = plainFrom; k < upTo; k++) { start[n] = k; end[n] = k + 1; n++; }
    plainFrom = -1;
  };
  const push = (s: string, b: number, e: number) => {
    parts.push(s);
    // per UTF-16 code unit, so view indices line up with JavaScript string indices
    for (let k = 0; k < s.length; k++) { start[n] = b; end[n] = e; n++; }
  };
  let i = from;
  while (i < to) {
    const code = original.charCodeAt(i);
    // fast path: ASCII except tab, CR and the characters below that need a look
    const following = original.charCodeAt(i + 1);
    // combining marks: the Latin block by range, other scripts by the (slower) property test;
    // general punctuation (quotes, dashes) never combines
    const combiningNext = following >= 0x300 && (following <= 0x36f
      || (following > 0x36f && (following < 0x2000 || following > 0x2bff) && COMBINING.test(original[i + 1]!)));
    if (code < 0x80 && code !== 0x09 && code !== 0x0d && code !== 0x20 && code !== 0x60 && !combiningNext) {
      if (plainFrom < 0) plainFrom = i;
      i++;
      continue;
    }
    const ch = original[i]!;
    const next = i + 1;
    if (code === 0x20 && !SPACE_ENDERS.has(following)) {
      if (plainFrom < 0) plainFrom = i;
      i++;
      continue;
    }
    if (code >= 0xd800 && code <= 0xdbff) { // astral characters pass unchanged
      if (plainFrom < 0) plainFrom = i;
      i += 2;
      continue;
    }
    if (!SPECIAL.has(code) && !combiningNext) {
      if (plainFrom < 0) plainFrom = i;
      i++;
      continue;
    }
    flushPlain(i);
    if (DROPPED.test(ch)) { i = next; continue; }
    if (HORIZONTAL_SPACE.test(ch)) {
      let j = next;
      while (j < to && (HORIZONTAL_SPACE.test(original[j]!) || DROPPED.test(original[j]!))) j++;
      // keep a single space, but none right before a line break
      if (original[j] !== '\n' && original[j] !== '\r') push(' ', i, j);
      i = j;
      continue;
    }
    if (DOUBLE_QUOTES.has(ch)) { push('"', i, next); i = next; continue; }
    if (SINGLE_QUOTES.has(ch)) { push("'", i, next); i = next; continue; }
    if (DASHES.has(ch)) { push('-', i, next); i = next; continue; }
    // a base letter with combining marks (decomposed umlauts) becomes one NFC character
    let j = next;
    while (j < to && COMBINING.test(original[j]!)) j++;
    push(original.slice(i, j).normalize('NFC'), i, j);
    i = j;
  }
  flushPlain(to);
  return { text: parts.join(''), start: start.subarray(0, n), end: end.subarray(0, n), span };
}

/** Maps a [b, e) span of the view back to the original text. */
export function toOriginal(view: TextView, [b, e]: Span): Span {
  if (e <= b) { const at = b < view.start.length ? view.start[b]! : view.span[1]; return [at, at]; }
  return [view.start[b]!, view.end[e - 1]!];
}

/** The view offset where original offset `at` is (or the first view character after it). */
export function toView(view: TextView, at: number): number {
  let lo = 0;
  let hi = view.start.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (view.start[mid]! < at) lo = mid + 1; else hi = mid;
  }
  return lo;
}

/** The part of a view over [b, e) of the original, sharing its text and maps (no second normalization). */
export function subView(view: TextView, [b, e]: Span): TextView {
  const vb = toView(view, b);
  const ve = toView(view, e);
  return { text: view.text.slice(vb, ve), start: view.start.subarray(vb, ve), end: view.end.subarray(vb, ve), span: [b, e] };
}
