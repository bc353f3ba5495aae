// Headlines and headings: "Kallas: Man kann Russland nicht trauen", an actor before a colon. A
// heading tells nothing else: the finders after this one leave it alone.
import type { Mention, Statement } from '../../../document/types.js';
import type { SentenceAt, SentenceFinder } from '../../types.js';
import type { StatementScan } from '../../scan.js';
import { span, words, type Ctx } from '../../context.js';

export const headlines: SentenceFinder = {
  find(ctx, scan, at) {
    if (!scan.headings.has(at.sentence)) return false;
    const x = headline(ctx, scan, at);
    // (kept as it is: a headline neither continues a speaker nor uses up its sentence)
    if (x) scan.statements.push(x);
    return true;
  },
};

function headline(ctx: Ctx, scan: StatementScan, { sentence, b, e }: SentenceAt): Statement | null {
  const toks = ctx.toks;
  let colon = b;
  while (colon < e && toks[colon]!.text !== ':') colon++;
  if (colon === e || colon - b > 6 || words(ctx, colon + 1, e) < 2) return null;
  // ("Kamerun - Dänemark: 1:2 (1:1)": two sides and a score are no one speaking, nor are words without letters)
  if (toks.slice(b, colon).some((t) => t.kind !== 'word' && t.text !== '.') || !toks.slice(colon + 1, e).some((t) => t.kind === 'word' && /\p{L}{2}/u.test(t.text))) return null;
  // the words before the colon are one actor mention (with its descriptor)
  let m: { m: Mention; end: number } | undefined;
  for (let i = b; i < colon; i++) { const hit = ctx.mentionAt.get(i); if (hit && hit.end === colon) m = hit; }
  if (!m || m.m.kind === 'adjective' || (!m.m.actor && !m.m.members)) return null;
  if (scan.statements.some((x) => x.sentence === sentence && x.form === 'direct')) return null;
  return { form: 'direct', quote: span(ctx, colon + 1, e), cue: null, speaker: { span: span(ctx, b, colon), actor: m.m.actor }, addressee: null, sentence };
}
