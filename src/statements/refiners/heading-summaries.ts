// "Baerbock: Trump darf keine Optionen vom Tisch nehmen" over a section in which Baerbock
// speaks: the heading sums up what the section tells with her own words, cue and evidence, so
// the section's statement stands for it (a speaker is not counted twice for one statement).
// A heading over a section where its speaker says nothing stays the only record of it.
import type { Statement } from '../../document/types.js';
import type { Refiner } from '../types.js';
import type { StatementScan } from '../scan.js';

export const headingSummaries: Refiner = {
  refine: (_ctx, scan, statements) => statements.filter((s) => !summarized(scan, s, statements)),
};

/** Is `s` a heading's (or the title's) statement whose speaker speaks in the section under it? */
function summarized(scan: StatementScan, s: Statement, all: readonly Statement[]): boolean {
  if (!scan.headings.has(s.sentence) || s.cue || !s.speaker?.actor) return false;
  const end = sectionEnd(scan, s.sentence);
  return all.some((x) => x !== s && x.sentence > s.sentence && x.sentence < end && x.speaker?.actor === s.speaker!.actor);
}

/** The first sentence after `heading` that is a heading again (the title's section is the article). */
function sectionEnd(scan: StatementScan, heading: number): number {
  const n = scan.doc.sentences.length;
  if (heading < 0) return n;
  for (let i = heading + 1; i < n; i++) if (scan.headings.has(i)) return i;
  return n;
}
