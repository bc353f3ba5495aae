// A message that rejects ("nicht akzeptabel", data/de/rejections.txt): a rejection of the
// demand another side made a few sentences before, or else aimed at the addressee.
import type { EventFinder, StatementAt } from '../../types.js';
import { lastEvent, messageTokens, statementCandidate } from '../../context.js';

/** How many sentences back the demand may stand. */
const DEMAND_REACH = 3;

export const messageRejectionFinder: EventFinder<StatementAt> = {
  name: 'rejections in a message',
  find(ctx, st) {
    // (a message whose offsets fall inside tokens is not read, as for its demands)
    if (!messageTokens(ctx, st.statement)) return [];
    const message = ctx.text.slice(...st.statement.quote);
    if (!ctx.words.rejections.some((p) => message.includes(p))) return [];
    const at = st.statement.sentence;
    const demand = lastEvent(ctx, (e) => e.type === 'REQUEST' && !e.actors.includes(st.speaker)
      && e.mentions.some((m) => m.sentence <= at && at - m.sentence <= DEMAND_REACH));
    return [statementCandidate(st, 'REJECT', demand ? [...demand.actors] : st.addressee)];
  },
};
