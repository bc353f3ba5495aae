// A speaker phrase never reaches into the message: ", sagte der Sprecher, Dmitri Peskow." is cut at
// the quote. Applied as a statement is added, not at the end: a continuation takes the cut speaker.
import type { Statement } from '../../document/types.js';

/** Cuts the statement's speaker span where its quote begins (and the separators before it). */
export function cutAtQuote(s: Statement, text: string): void {
  if (!s.speaker || s.speaker.span[0] >= s.quote[0] || s.speaker.span[1] <= s.quote[0]) return;
  let end = s.quote[0];
  while (end > s.speaker.span[0] + 1 && /[\s,;:]/.test(text[end - 1]!)) end--;
  s.speaker = { ...s.speaker, span: [s.speaker.span[0], end] };
}
