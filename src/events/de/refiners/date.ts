// When the event happened: the time expression nearest to its trigger in its clause (or in
// the sentence's main clause before it), resolved against the article's date in the tense
// the mention speaks in; a date after the article's makes the mention a plan.
import type { EventDate } from '../../../document/types.js';
import type { ArticleContext, Candidate, Clause, EventRefiner } from '../../types.js';
import { verbReadings } from '../../../lexicon/verbs.js';
import { clauseAt } from '../../../syntax/api.js';
import type { TimeParser } from '../../../time/types.js';
import { resolveTime, type Tense } from '../../../time/resolve.js';

const FINITE = new Set(['PRÄ', 'PRT', 'KJ1', 'KJ2']);

export const mentionDate = (time: TimeParser): EventRefiner => ({
  name: 'date of the mention',
  refine(ctx, candidates) {
    const { published } = ctx.doc;
    for (const f of candidates) {
      const tense: Tense = f.context.includes('future') ? 'future' : presentTense(ctx, f) ? 'present' : 'past';
      f.date = dateOf(time, ctx, f, tense);
      if (f.date?.value && published && f.date.value > published && !f.date.value.startsWith(published) && !f.context.includes('future')) f.context.push('future');
    }
    return candidates;
  },
});

/** "treffen sich im April", "telefoniert am Mittwoch": a present-tense event verb, which news uses for plans as well. */
function presentTense(ctx: ArticleContext, f: Candidate): boolean {
  if (f.via !== 'verb') return false;
  const readings = verbReadings(ctx.toks[f.trigger[0]]!.text).filter((r) => FINITE.has(r.tense));
  // "haben … telefoniert" is a perfect (the verb bracket's tense)
  const tense = clauseAt(f.sentence.syntax, f.trigger[0])?.verb.tense;
  return tense !== 'perfect' && tense !== 'pluperfect' && readings.length > 0 && readings.every((r) => r.tense === 'PRÄ' || r.tense === 'KJ1');
}

function dateOf(time: TimeParser, ctx: ArticleContext, f: Candidate, tense: Tense): EventDate | null {
  const { toks } = ctx;
  const at = toks[f.trigger[0]]!.span[0];
  // (a separated particle stands for its verb: "wies … am Mittwoch zurück")
  const own = new Set([at, toks[f.trigger[1] - 1]!.span[0]]);
  // an expression belongs to the event word nearest to it ("das zweite Telefonat … nach einem ersten Gespräch im Februar")
  const triggers = f.sentence.triggers;
  const nearest = (x: number) => triggers.reduce((best, y) => (Math.abs(y - x) < Math.abs(best - x) ? y : best), at);
  const pick = (c: Clause) => c.parts.flatMap(([b, e]) => time.find(ctx.text, toks[b]!.span[0], toks[e - 1]!.span[1]))
    .filter((t) => t.relation === 'at' && t.ref.kind !== 'duration' && own.has(nearest(t.span[0])))
    .sort((a, b) => Math.abs(a.span[0] - at) - Math.abs(b.span[0] - at))[0];
  const c = f.clause;
  const first = f.sentence.syntax?.clauses[0];
  const t = pick(c) ?? (first && c !== first && first.to <= c.from ? pick(first) : undefined);
  if (!t) return null;
  const resolved = resolveTime(t.ref, ctx.doc.published, tense);
  return { ...resolved, text: t.text, span: t.span };
}
