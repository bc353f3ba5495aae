// The German events configuration, built once with the German Language: its finders and
// refiners in order, the reading of a sentence into actor phrases, and a cheap
// look for event words before the finders run.
import type { ArticleContext, EventConfiguration, EventSentence, EventWords } from '../types.js';
import { eventLexicon, type EventLexicon } from './lexicon.js';
import { actorPhrases } from './arguments.js';
import { verbFinder, verbForms } from './finders/verbs.js';
import { nounFinder } from './finders/nouns.js';
import { referenceFinder } from './finders/references.js';
import { speechActFinder } from './finders/speech-acts.js';
import { messageDemandFinder } from './finders/message-demands.js';
import { messageRejectionFinder } from './finders/message-rejections.js';
import { mentionContext } from './refiners/context.js';
import { mentionDate } from './refiners/date.js';
import type { TimeParser } from '../../time/types.js';
import { eventTerms } from './refiners/terms.js';
import { statementEvidence } from '../refiners/evidence.js';
import { mergeWithinArticle } from '../refiners/merge.js';
import { resolveReferences } from '../refiners/references.js';

export function germanEvents(words: EventWords, time: TimeParser): EventConfiguration {
  const lex = eventLexicon(words, time);
  return {
    words,
    readSentence: (ctx, sentence, from, to) => ({ phrases: actorPhrases(ctx, sentence, from, to) }),
    mayTell: (ctx, from, to) => mayTell(ctx, lex, from, to),
    triggersOf: (ctx, s) => triggersOf(ctx, lex, s),
    sentenceFinders: [verbFinder(lex), nounFinder(lex), referenceFinder(lex)],
    statementFinders: [speechActFinder, messageDemandFinder, messageRejectionFinder],
    // a statement that is the evidence of an event told goes no further; references are resolved once all else is placed
    refiners: [statementEvidence, mentionContext, mentionDate(time), eventTerms(lex), mergeWithinArticle, resolveReferences],
  };
}

/** Is there a word outside quotations that could name an event (a verb opening the sentence is capitalized)? */
function mayTell(ctx: ArticleContext, lex: EventLexicon, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const w = ctx.toks[i]!.text;
    if (!ctx.quoted[i] && ctx.toks[i]!.kind === 'word' && (lex.eventish(w) || (i === from && lex.eventish(w.charAt(0).toLowerCase() + w.slice(1))))) return true;
  }
  return false;
}

/** The event verbs, then the event nouns, of the sentence (quoted or not). */
function triggersOf(ctx: ArticleContext, lex: EventLexicon, s: EventSentence): number[] {
  const nouns = [...Array(s.to - s.from).keys()].map((k) => s.from + k).filter((k) => ctx.toks[k]!.kind === 'word' && lex.nounTrigger(ctx.toks[k]!.text));
  // a verb's separated particle stands for it too: "wies … am Mittwoch zurück" is the verb's time, not the noun's before it
  const verbs = [...verbForms(ctx, lex, s)].flatMap(([k, form]) => (form.end - 1 > k ? [k, form.end - 1] : [k]));
  return [...verbs, ...nouns].map((k) => ctx.toks[k]!.span[0]);
}
