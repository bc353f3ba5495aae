// "Nach Angaben der Polizei habe der Mann …", "Laut einer Mitteilung des Kreml wurden …": a source
// opening the sentence governs all of it; no cue verb of the sentence speaks then.
import type { SentenceFinder } from '../../types.js';
import { sourceStatement } from '../sources.js';
import { goingOn } from './source-phrases.js';

export const openingSources: SentenceFinder = {
  find(ctx, scan, at) {
    const first = ctx.toks[at.b];
    if (at.mostlyQuoted || !first || !(ctx.words.sourcePhrases.has(first.text) || first.text === 'Nach')) return;
    const opening = sourceStatement(ctx, at.b, at.end);
    if (!opening || opening.cue!.span[0] !== first.span[0]) return;
    opening.sentence = at.sentence;
    scan.add(goingOn(ctx, scan, opening));
    at.governed = true;
  },
};
