// "Der Mann soll aus dem Wagen gestiegen sein": "sollen" with a perfect infinitive reports what
// others say (a plan, "Die Staaten sollen mehr leisten", has a plain infinitive); the last source,
// if near, says it. Only in a sentence that has not spoken yet.
import type { SentenceFinder } from '../../types.js';
import { clauseEnd, span, verbsIn, type Ctx } from '../../context.js';
import { verbReadings } from '../../../lexicon/verbs.js';

export const reportatives: SentenceFinder = {
  find(ctx, scan, at) {
    const { sentence, b, end } = at;
    if (scan.spoken(at) || !reportative(ctx, b, end)) return false;
    const last = scan.last;
    const near = last && last.sentence >= sentence - 3 && last.paragraph >= scan.paragraphOf(sentence) - 1 ? last.speaker : null;
    scan.add({ form: 'free-indirect', quote: span(ctx, b, end), cue: null, speaker: near, addressee: null, sentence });
    return true;
  },
};

/** Is [b, end) a reportative "soll(en) … <participle> haben/sein" sentence? */
function reportative(ctx: Ctx, b: number, end: number): boolean {
  const toks = ctx.toks;
  const modal = verbsIn(ctx, b, end).find((v) => /^(soll|sollen)$/.test(toks[v.index]!.text) && !ctx.quoted[v.index]);
  if (!modal) return false;
  // the clause of the modal ends in "… gestiegen sein", "… geholfen haben", "… getötet worden sein"
  const k = Math.min(end, clauseEnd(ctx, modal.index));
  const aux = toks[k - 1]?.text;
  if (aux !== 'haben' && aux !== 'sein') return false;
  let p = k - 2;
  if (toks[p]?.text === 'worden') p--;
  return p > modal.index && verbReadings(toks[p]!.text).some((r) => r.tense === 'PA2');
}
