// How a mention speaks of its event, from the context words of its clause (and of the clause
// an infinitive depends on): negation, a plan, hypothetical, conditional, proposed
// (data/de/event-context.tsv). A proposal is a plan.
import type { ArticleContext, Candidate, EventRefiner } from '../../types.js';
import { clauseWords } from '../../context.js';
import { clauseAt } from '../../../syntax/api.js';
import type { Clause as SyntaxClause } from '../../../syntax/types.js';
import { verbReadings } from '../../../lexicon/verbs.js';

/** "nicht nur", "nicht erst", "nicht zum ersten Mal", "und nicht mit Selenskyj": the negation is of something else. */
const NEGATES_NEXT = /^(?:nur|erst|einmal|mehr|zum|mit|gegen|von|für|in|an)$/;

export const mentionContext: EventRefiner = {
  name: 'context of the mention',
  refine(ctx, candidates) {
    const { words } = ctx;
    for (const f of candidates) {
      const ws = [...(f.governing ? clauseWords(ctx, f.governing) : []), ...clauseWords(ctx, f.clause)];
      const context = new Set(f.context);
      // "berieten nicht unter vier Augen, sondern …": the syntax layer says only a part is denied
      const own = clauseAt(f.sentence.syntax, f.trigger[0]);
      const partly = own?.negation?.scope === 'constituent';
      if (hoped(ctx, f, own) || possibleNoun(ctx, f)) context.add('hypothetical');
      ws.forEach((w, k) => {
        const said = words.contexts.get(w) ?? words.contexts.get(w.toLowerCase());
        if (!said) return;
        if (said === 'negation' && (f.via === 'noun' || f.via === 'reference' || partly)) return; // nouns: only "kein" right before them
        if (said === 'negation' && NEGATES_NEXT.test(ws[k + 1] ?? '')) return;
        // "reden wieder miteinander – mehr nicht": nothing beyond it, the event itself stands
        if (said === 'negation' && /^mehr$/i.test(ws[k - 1] ?? '') && k === ws.length - 1) return;
        context.add(said);
      });
      if (context.has('proposed')) context.add('future');
      f.context = [...context];
    }
    return candidates;
  },
};

/** "sie hoffe, dass sich beide Seiten einigten": an event in a clause that a verb of hoping or fearing governs is hypothetical. */
function hoped(ctx: ArticleContext, f: Candidate, own: SyntaxClause | null): boolean {
  const syntax = f.sentence.syntax;
  if (!syntax || !own || own.kind !== 'subordinate' || own.parent === null) return false;
  const parent = syntax.clauses[own.parent]!;
  const verbs = [parent.verb.finite, ...parent.verb.nonFinite].filter((k): k is number => k !== null);
  return verbs.some((k) => verbReadings(ctx.toks[k]!.text).some((r) => ctx.words.hopes.has(r.lemma)));
}

/** "ein mögliches Gipfeltreffen": an adjective of possibility right before the event noun (not one before another noun of its clause). */
function possibleNoun(ctx: ArticleContext, f: Candidate): boolean {
  if (f.via !== 'noun' && f.via !== 'reference') return false;
  const before = ctx.toks[f.trigger[0] - 1];
  return !!before && ctx.words.possible.has(before.text.toLowerCase());
}
