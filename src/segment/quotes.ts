// Quotation marks paired into regions. Works on the normalized view, where every double
// quote („ “ ” » « ") is `"` and every single one (‚ ‘ ’ › ‹) is `'`: which side a mark is
// on follows from its neighbours, so German „…“, English “…”, tabloid »…« and Swiss «…»
// all pair the same way.
import type { Span } from '../document/types.js';

export interface QuoteRegion {
  /** View offsets: the opening mark and just after the closing mark. */
  outer: Span;
  /** The quoted material between the marks. */
  inner: Span;
  mark: '"' | "'";
}

const OPEN_BEFORE = /[\s([{/\-–:;,]/u;
const CLOSE_AFTER = /[\s)\]}.,;:!?\-–/…]/u;

function side(text: string, i: number): 'open' | 'close' | 'both' | 'none' {
  const before = i > 0 ? text[i - 1]! : ' ';
  const after = i + 1 < text.length ? text[i + 1]! : ' ';
  const canOpen = OPEN_BEFORE.test(before) && !/\s/.test(after);
  const canClose = !/\s/.test(before) && CLOSE_AFTER.test(after);
  if (canOpen && canClose) return 'both';
  if (canOpen) return 'open';
  if (canClose) return 'close';
  // a mark glued on both sides ("Text"-Bericht, Trump's) is a closing mark only for doubles
  return 'none';
}

/**
 * Quote regions in `text` (a normalized view), outermost pairs first. Unpaired marks (a
 * quote cut off by the end of a paragraph) open a region that runs to the end of `text`
 * only when `openToEnd` is set.
 */
export function findQuotes(text: string, openToEnd = false): QuoteRegion[] {
  const out: QuoteRegion[] = [];
  for (const mark of ['"', "'"] as const) {
    let open = -1;
    for (let i = text.indexOf(mark); i >= 0; i = text.indexOf(mark, i + 1)) {
      // inside a double-quoted region a single mark belongs to the nested quote only
      const s = side(text, i);
      if (mark === "'" && s === 'none') continue; // apostrophe
      if (open < 0) {
        if (s === 'open' || s === 'both' || (mark === '"' && s === 'none' && i === 0)) open = i;
        continue;
      }
      if (s === 'close' || s === 'both' || (mark === '"' && s === 'none')) {
        out.push({ outer: [open, i + 1], inner: [open + 1, i], mark });
        open = -1;
      } else if (s === 'open') {
        // two openings in a row: the first was unpaired (a typo); start again here
        open = i;
      }
    }
    if (open >= 0 && openToEnd) out.push({ outer: [open, text.length], inner: [open + 1, text.length], mark });
  }
  // single quotes only count inside doubles or on their own, never across a double's edge
  const doubles = out.filter((q) => q.mark === '"');
  const kept = out.filter((q) => q.mark === '"' || !doubles.some((d) => crosses(d.outer, q.outer)));
  return kept.sort((a, b) => a.outer[0] - b.outer[0] || b.outer[1] - a.outer[1]);
}

function crosses(a: Span, b: Span): boolean {
  const inside = (x: number, s: Span) => x > s[0] && x < s[1] - 1;
  return inside(b[0], a) !== inside(b[1] - 1, a);
}
