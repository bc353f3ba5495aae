// Quotation regions as token indices: quotation marks paired within the title and within each
// paragraph, never across them.
import type { Document, Span } from '../document/types.js';
import type { TextView } from '../normalize/view.js';
import type { Tok } from '../segment/tokens.js';
import type { Region } from './context.js';
import { toView } from '../normalize/view.js';
import { findQuotes } from '../segment/quotes.js';

/** The article's quotation regions in text order; a region inside another one is left out. */
export function quotationRegions(doc: Pick<Document, 'paragraphs' | 'titleSpan'>, toks: readonly Tok[], view: TextView): Region[] {
  const tokAtView = new Map<number, number>();
  toks.forEach((t, i) => tokAtView.set(t.at[0], i));
  const regions: Region[] = [];
  const blocks: Span[] = [...(doc.titleSpan ? [doc.titleSpan] : []), ...doc.paragraphs.map((p) => p.span)];
  for (const [b, e] of blocks) {
    const vb = toView(view, b);
    const ve = toView(view, e);
    // outermost pairs come first, so a region inside the last one kept belongs to it
    let keptClose = -1;
    for (const q of findQuotes(view.text.slice(vb, ve))) {
      const open = tokAtView.get(vb + q.outer[0]);
      const close = tokAtView.get(vb + q.outer[1] - 1);
      if (open === undefined || close === undefined || close <= open + 1 || open < keptClose) continue;
      regions.push({ open, close });
      keptClose = close;
    }
  }
  return regions.sort((a, b) => a.open - b.open);
}
