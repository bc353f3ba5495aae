// Source phrases in a sentence no cue verb spoke in: "Laut X …", "X zufolge …", "…, wie X
// mitteilte", "…, hieß es aus Moskau"; also after a reported speech act ("wies Berichte der
// „Times“ zurück, wonach …"), when its message lies elsewhere.
import type { Statement } from '../../../document/types.js';
import type { SentenceFinder } from '../../types.js';
import type { Ctx } from '../../context.js';
import type { StatementScan } from '../../scan.js';
import { sourceStatement } from '../sources.js';

export const sourcePhrases: SentenceFinder = {
  find(ctx, scan, at) {
    const own = scan.statements.slice(at.made);
    // (a quotation whose source is "so X" leaves the words before it to that source: "…, so Elshorst weiter: „…“",
    // even in a sentence mostly quoted)
    const bySo = own.some((y) => y.form === 'direct' && y.cue?.lemma === 'so');
    // (and a passive without an agent leaves its sentence to a source that names one: "Ägypten wird aufgefordert, die Grenze
    // zu öffnen, so Hisbollah-Chef Nasrallah")
    const nameless = own.filter((y) => y.form === 'indirect' && !y.speaker);
    if ((at.mostlyQuoted && !bySo) || !own.every((y) => y.form === 'reported' || (y.form === 'direct' && y.cue?.lemma === 'so') || nameless.includes(y))) return;
    const x = sourceStatement(ctx, at.b, at.end);
    // (the source stands after the passive's cue: "In Berlin wurde nach dem Bericht vermutet, …" keeps its passive)
    if (!x || (nameless.length && (!x.speaker || nameless.some((y) => !y.cue || y.cue.span[0] > x.cue!.span[0])))) return;
    // ("… demonstrierten nach Angaben der Veranstalter 7.000 Menschen, die Polizei spricht von 4.000": the source's
    // message ends where a reported act after it begins)
    // (but a quotation the same "so" source tells stays inside its message: "Der Einsatz solle sich, so Muster, „…“ beschränken")
    const sameSo = (y: Statement) => y.form === 'direct' && y.cue?.lemma === 'so' && y.speaker?.span[0] === x.speaker?.span[0] && y.quote[0] > x.cue!.span[0];
    const after = own.filter((y) => !nameless.includes(y) && !sameSo(y) && y.quote[0] < x.quote[1] && x.quote[0] < y.quote[1]).map((y) => y.quote[0]);
    if (after.length) x.quote = [x.quote[0], trimEnd(ctx.doc.text, x.quote[0], Math.min(...after))];
    if (after.some((start) => start <= x.quote[0]) || x.quote[1] - x.quote[0] < 12) return;
    for (const y of nameless) scan.remove(y);
    x.sentence = at.sentence;
    scan.add(goingOn(ctx, scan, x));
  },
};

/**
 * "Demnach …" goes on with the last source; "…, hieß es" names none (the word "Demnach" stands for
 * that source, as a pronoun would, and is the speaker's span).
 */
export function goingOn(ctx: Ctx, scan: StatementScan, x: Statement): Statement {
  const goesOn = !x.speaker && ctx.words.sourcePhrases.get(ctx.doc.text.slice(...x.cue!.span)) === 'continue';
  return goesOn ? { ...x, speaker: { span: x.cue!.span, actor: scan.last?.speaker?.actor ?? null } } : x;
}

/** The end of [from, to) without the spaces and commas before `to`. */
function trimEnd(text: string, from: number, to: number): number {
  while (to > from && /[\s,;–-]/.test(text[to - 1]!)) to--;
  return to;
}
