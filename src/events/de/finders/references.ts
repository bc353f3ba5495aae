// "das Telefonat", "bei dem Gespräch": a definite event noun without sides of its own refers
// to an event told before; the references refiner finds which (../../refiners/references.ts).
// So does a demand named in its refusal, with its owner ("die Forderung Selenskyjs").
import type { ArticleContext, EventFinder, EventNoun, EventSentence } from '../../types.js';
import { tokenFinder } from '../../context.js';
import type { EventLexicon } from '../lexicon.js';
import { MADE_WHEN_REFUSED, nounAt } from './nouns.js';

const DEFINITE = /^(?:das|dem|des|den|der|die|beim|im|vom|zum|diesem|dieses|dieser|diese)$/i;

export function referenceFinder(lex: EventLexicon): EventFinder<EventSentence> {
  return tokenFinder('references to an event told before', (ctx, s, i) => {
    const noun = lex.nounTrigger(ctx.toks[i]!.text);
    if (!noun) return null;
    // (the noun's sides are read only where a reference can stand: the noun finder reads them too)
    const referring = definite(ctx, s, i, noun) || spokenOf(ctx, s, i);
    if (!referring && !MADE_WHEN_REFUSED.has(noun.type)) return null;
    const n = nounAt(ctx, lex, s, i);
    // "wies die Forderung des Präsidenten … zurück": the demand it names, made by its owner
    if (n?.refused && n.actors.length) return { type: n.noun.type, mode: n.noun.mode, actors: n.actors, recipients: [], clause: n.clause, sentence: s, trigger: [i, i + 1], via: 'reference', context: [] };
    return n && !n.complete && referring ? { type: n.noun.type, mode: n.noun.mode, actors: [], recipients: [], clause: n.clause, sentence: s, trigger: [i, i + 1], via: 'reference', context: n.context } : null;
  });
}

/** "das Telefonat", "bei dem ersten Gespräch": the noun as such after an article, not "das Treffen der Kontaktgruppe". */
function definite(ctx: ArticleContext, s: EventSentence, i: number, noun: EventNoun): boolean {
  const { toks } = ctx;
  const w = toks[i]!.text;
  return (i > s.from && DEFINITE.test(toks[i - 1]!.text) || (i > s.from + 1 && DEFINITE.test(toks[i - 2]!.text) && /^\p{Ll}/u.test(toks[i - 1]!.text)))
    && !/^(?:der|des|von|vom)$/.test(toks[i + 1]?.text ?? '') && (w === noun.lemma || w === noun.lemma + 's' || w === noun.lemma + 'es');
}

/** "Das Weiße Haus sprach von einem „ausführlichen und offenen“ Gespräch": the event told before, as someone calls it. */
function spokenOf(ctx: ArticleContext, s: EventSentence, i: number): boolean {
  const { toks } = ctx;
  for (let k = i - 1; k >= Math.max(s.from + 1, i - 9); k--) {
    if (toks[k]!.text !== 'von') continue;
    return /^(?:einem|einer)$/.test(toks[k + 1]?.text ?? '') && /^(?:sprach|sprachen|spricht|sprechen|gesprochen)$/.test(toks[k - 1]!.text);
  }
  return false;
}
