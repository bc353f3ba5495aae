// A statement whose event the article already tells is that event's evidence, not another
// event: its speech act is the event verb read with its sides ("lehnte Kiew … ab"), or its
// speaker already does the same in its sentence.
import type { EventRefiner } from '../types.js';

export const statementEvidence: EventRefiner = {
  name: 'statement evidence',
  refine(ctx, candidates) {
    return candidates.filter((f) => {
      if (f.via !== 'statement') return true;
      const cue = ctx.doc.statements[f.statement!]!.cue;
      const byCue = cue && ctx.events.find((e) => e.type === f.type && e.mentions.some((m) => m.trigger[0] === cue.span[0]));
      if (byCue) {
        byCue.mentions.find((m) => m.trigger[0] === cue!.span[0])!.statement ??= f.statement;
        return false;
      }
      const speaker = f.actors[0]!;
      const same = ctx.events.find((e) => e.type === f.type && e.actors.includes(speaker) && e.mentions.some((m) => m.sentence === f.sentence.index));
      if (!same) return true;
      same.mentions.find((m) => m.sentence === f.sentence.index)!.statement ??= f.statement;
      for (const r of f.recipients) if (!same.recipients.includes(r)) same.recipients.push(r);
      return false;
    });
  },
};
