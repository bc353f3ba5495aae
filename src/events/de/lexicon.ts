// Look-ups of the German event words, made once with the language: which words may name an
// event, the event noun a word is, the weak forms of event verbs the verb lexicon lacks, and
// the attribute patterns. Their memo tables live here, in the object the language keeps.
import type { EventNoun, EventWords } from '../types.js';
import { verbReadings } from '../../lexicon/verbs.js';
import { nounLemma } from '../../lexicon/nouns.js';
import { memoize } from '../../util/memo.js';
import { extraVerbForms } from './patterns.js';
import { attributePatterns, type AttributePatterns } from './attributes.js';
import type { TimeParser } from '../../time/types.js';

export interface EventLexicon {
  words: EventWords;
  /** Could this word name an event (as a verb form or a noun)? Most words cannot. */
  eventish(word: string): boolean;
  /** The event noun a word is, as itself, an inflected form or the end of a compound ("Trump-Putin-Telefonat"). */
  nounTrigger(word: string): EventNoun | null;
  /** Forms of event verbs the verb lexicon lacks ("vereinbarte"), with their lemma. */
  weakForms: ReadonlyMap<string, { lemma: string }>;
  attributes: AttributePatterns;
}

const hasLemma = (lemma: string) => verbReadings(lemma).some((r) => r.lemma === lemma);

export function eventLexicon(words: EventWords, time: TimeParser): EventLexicon {
  const weakForms = extraVerbForms(hasLemma, words.verbs);
  const nounTrigger = memoize((word: string): EventNoun | null => {
    if (!/^\p{Lu}/u.test(word)) return null;
    const lemma = nounLemma(word) ?? word;
    for (const n of words.nouns) {
      if (lemma === n.lemma) return n;
      const tail = lemma.slice(lemma.lastIndexOf('-') + 1);
      if (tail === n.lemma || (lemma.includes('-') && (nounLemma(tail) ?? tail) === n.lemma)) return n;
    }
    return null;
  });
  const eventish = memoize((word: string): boolean => {
    if (/^\p{Ll}/u.test(word) && (verbReadings(word).some((r) => words.verbs.has(r.lemma)) || weakForms.has(word))) return true;
    return nounTrigger(word) !== null;
  });
  return { words, eventish, nounTrigger, weakForms, attributes: attributePatterns(words.places, time) };
}
