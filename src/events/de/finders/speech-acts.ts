// A statement whose cue is a speech act that is an event of its own ("forderte", "drohte",
// "warf … vor"): the speaker against the addressee (data/de/speech-act-events.tsv).
import type { EventFinder, StatementAt } from '../../types.js';
import { clauseAt } from '../../../syntax/api.js';
import { phrasesOf, statementCandidate } from '../../context.js';

export const speechActFinder: EventFinder<StatementAt> = {
  name: 'speech acts',
  find(ctx, st) {
    const cue = st.statement.cue;
    const act = cue ? ctx.words.speechActs.get(cue.act) : undefined;
    // a cue in the passive ("wurde aufgefordert") is not the speaker's act
    if (!act || (st.cueAt !== undefined && clauseAt(st.sentence.syntax, st.cueAt)?.verb.voice === 'passive')) return [];
    // "forderte von Kiew …": whom a demand is made of
    const of = act.type === 'REQUEST' ? phrasesOf(st.sentence, st.clause).filter((p) => p.role === 'von').flatMap((p) => p.actors) : [];
    return [{ ...statementCandidate(st, act.type, [...st.addressee, ...of]), mode: act.mode }];
  },
};
