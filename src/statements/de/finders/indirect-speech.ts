// Indirect speech around each cue verb of the sentence, in text order: "…, sagte der Pentagon-Chef
// und betonte, die USA würden …" is one statement per cue, and the next cue must stand after the
// message before it. A cue a direct quote or a back reference used says nothing more.
import type { SentenceFinder } from '../../types.js';
import { indirectAt } from '../indirect.js';
import { cuesIn } from '../cues.js';

export const indirectSpeech: SentenceFinder = {
  find(ctx, scan, at) {
    if (at.mostlyQuoted) return;
    const { sentence, b, e, end } = at;
    let from = at.governed ? e : b;
    for (const cue of from < e ? cuesIn(ctx, b, e) : []) {
      if (scan.usedCues.has(cue.index) || cue.index < from) continue;
      const x = indirectAt(ctx, cue, from, end);
      if (!x) continue;
      x.sentence = sentence;
      scan.add(x);
      from = cue.end;
      while (from < e && ctx.toks[from]!.span[0] < x.quote[1]) from++;
    }
  },
};
