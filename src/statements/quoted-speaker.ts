// "Interfax zitierte Peskow mit den Worten, …": with a verb like "zitieren" the one quoted speaks,
// the verb's object — in the passive its subject ("Peskow wurde von Interfax zitiert"); the
// subject or agent is only the medium that carried the words. Applied as a statement is added,
// so that a continuation goes on with the one quoted.
import type { Statement } from '../document/types.js';
import { clauseAt } from '../syntax/api.js';
import { phraseFound, who, type Ctx } from './context.js';

export function quotedSpeaker(ctx: Ctx, s: Statement): void {
  if (!s.cue || !ctx.words.cueVerbs.get(s.cue.lemma)?.objectSpeaks) return;
  const at = ctx.index.byStart.get(s.cue.span[0]);
  if (at === undefined) return;
  const clause = clauseAt(ctx.syntax.get(ctx.toks[at]!.sentence), at);
  const quoted = clause?.verb.voice === 'passive' ? clause.subject : clause?.accusative;
  if (quoted) s.speaker = who(phraseFound(quoted, ctx), ctx);
}
