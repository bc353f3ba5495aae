// How a mention speaks of its event, from the context words of its clause (and of the clause
// an infinitive depends on): negated, a plan, hypothetical, conditional, proposed
// (data/de/event-context.tsv). A proposal is a plan.
import type { EventRefiner } from '../../types.js';
import { clauseWords } from '../../context.js';

/** "nicht nur", "nicht erst", "nicht zum ersten Mal", "und nicht mit Selenskyj": the negation is of something else. */
const NEGATES_NEXT = /^(?:nur|erst|einmal|mehr|zum|mit|gegen|von|für|in|an)$/;

export const mentionContext: EventRefiner = {
  name: 'context of the mention',
  refine(ctx, candidates) {
    const { words } = ctx;
    for (const f of candidates) {
      const ws = [...(f.governing ? clauseWords(ctx, f.governing) : []), ...clauseWords(ctx, f.clause)];
      const context = new Set(f.context);
      ws.forEach((w, k) => {
        const said = words.contexts.get(w) ?? words.contexts.get(w.toLowerCase());
        if (!said) return;
        if (said === 'negation' && (f.via === 'noun' || f.via === 'reference')) return; // nouns: only "kein" right before them
        if (said === 'negation' && NEGATES_NEXT.test(ws[k + 1] ?? '')) return;
        context.add(said);
      });
      if (context.has('proposed')) context.add('future');
      f.context = [...context];
    }
    return candidates;
  },
};
