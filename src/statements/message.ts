// The message of a statement as pieces: its quote span without the pieces of its frame that lie
// inside it. "Die Zahl ist laut Polizei gestiegen" says "Die Zahl ist … gestiegen"; the source
// phrase in its middle belongs to the reporting clause, not to what was said.
import type { Span } from '../document/types.js';

/** Whitespace and the commas that set a frame off ("Das sei, so Peskow, nicht vereinbart"). */
const EDGE = /[\s,]/;

/** The quote's pieces around the frame pieces inside it; one piece when none lies inside. */
export function messageSpans(text: string, quote: Span, frame: readonly Span[] | null | undefined): Span[] {
  const inside = (frame ?? []).filter(([b, e]) => b > quote[0] && e < quote[1]).sort((x, y) => x[0] - y[0]);
  if (!inside.length) return [quote];
  const pieces: Span[] = [];
  let from = quote[0];
  for (const [b, e] of [...inside, [quote[1], quote[1]] as Span]) {
    let end = b;
    while (end > from && EDGE.test(text[end - 1]!)) end--;
    if (end > from) pieces.push([from, end]);
    from = Math.max(from, e);
    while (from < quote[1] && EDGE.test(text[from]!)) from++;
  }
  return pieces;
}
