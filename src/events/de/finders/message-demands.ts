// A message that obliges someone: "die Ukraine muss auf Gebiete verzichten", "Europa darf
// nicht zusehen" demands of the subject, unless that is the speaker or "wir".
import type { ArticleContext, EventFinder, StatementAt } from '../../types.js';
import { messageTokens, statementCandidate } from '../../context.js';
import { subjectAt } from '../sides.js';

const OBLIGATION = /^(?:muss|müsse|müssen|müssten|musste|mussten|sollte|sollten|solle)$/;
const MAY_NOT = /^(?:darf|dürfe|dürfen|dürften)$/;

export const messageDemandFinder: EventFinder<StatementAt> = {
  name: 'demands in a message',
  find(ctx, st) {
    const obliged = obligedIn(ctx, st);
    return obliged ? [statementCandidate(st, 'REQUEST', obliged)] : [];
  },
};

/** The actors the message's first obligation with a named subject lays on (not the speaker, not "wir"). */
function obligedIn(ctx: ArticleContext, st: StatementAt): string[] | null {
  const message = messageTokens(ctx, st.statement);
  if (!message) return null;
  const [from, to] = message;
  const { toks } = ctx;
  for (let i = from; i < to; i++) {
    const w = toks[i]!.text;
    const mayNot = MAY_NOT.test(w) && toks.slice(i + 1, Math.min(to, i + 8)).some((x) => x.text === 'nicht' || x.text === 'keine');
    if (!OBLIGATION.test(w) && !mayNot) continue;
    const qs = ctx.sentenceAt(toks[i]!.sentence);
    if (!qs) continue;
    const subject = subjectAt(ctx, qs, i);
    if (subject && (subject.from < from || subject.to > to)) continue;
    const obliged = subject?.actors.filter((a) => a !== st.speaker && !subject.mentions.some((m) => m.kind === 'pronoun' && /^wir|uns$/i.test(m.text)));
    if (obliged?.length) return obliged;
  }
  return null;
}
