// The German statements configuration (chrono-node's createConfiguration): the words the finders
// compare, which quotations are statements, and the finders and refiners in the order they run.
import type { StatementConfiguration } from '../types.js';
import type { MentionWords } from '../../mentions/types.js';
import type { FunctionWords } from '../../syntax/de/words.js';
import { germanStatementWords } from './cues.js';
import { markQuotations } from './quotations.js';
import { fragmentSpeech } from './fragment-speech.js';
import { directQuotes } from './finders/direct-quotes.js';
import { headlines } from './finders/headlines.js';
import { backReferences } from './finders/back-references.js';
import { openingSources } from './finders/opening-sources.js';
import { indirectSpeech } from './finders/indirect-speech.js';
import { sourcePhrases } from './finders/source-phrases.js';
import { nestedSources } from './finders/nested-sources.js';
import { reportatives } from './finders/reportatives.js';
import { konjunktivContinuations } from './finders/continuations.js';
import { quotedFragments } from '../refiners/quoted-fragments.js';
import { textOrder } from '../refiners/text-order.js';
import { headingSummaries } from '../refiners/heading-summaries.js';
import { nesting } from '../refiners/nesting.js';
import { frames } from '../refiners/frames.js';
import { rankSpeakers, type SpeakerRanking } from '../rank/refiner.js';
import { germanSpeakerWords } from '../rank/de/words.js';

/** `speakers`: a fitted speaker model (or a training observer); without one the rules' speakers stay. */
export function germanStatements(mentions: MentionWords, functionWords: FunctionWords, speakers: Omit<SpeakerRanking, 'words'> = { model: null }): StatementConfiguration {
  const words = germanStatementWords(mentions, functionWords);
  return {
    words,
    markQuotations,
    // per sentence, in this order: each sees what the ones before it told
    finders: [
      directQuotes, // quotations opening in the sentence: „…“, sagte Kallas
      headlines, // "Kallas: …" in a title or heading (which tells nothing else)
      backReferences, // "Dies bestätigte Peskow.": the sentence before is the message
      openingSources, // "Nach Angaben der Polizei habe …": governs the sentence, no cue verb speaks
      indirectSpeech, // a message around each cue verb not used yet
      sourcePhrases, // "laut", "zufolge", "wie … mitteilte", when no cue verb spoke
      nestedSources, // "…, soll laut einer Studie …" inside the message a cue verb told
      reportatives, // "soll … getan haben", in a sentence that has not spoken
      konjunktivContinuations, // a Konjunktiv sentence after a statement or an acting subject
    ],
    // per article, after the finders
    refiners: [
      quotedFragments(fragmentSpeech), // quoted words in a reported speech act: direct statements instead of it
      headingSummaries, // a heading over a section in which its speaker speaks sums that up: the section's statement stands
      textOrder,
      nesting, // a quotation inside another message: partOf, by its place in text order
      rankSpeakers({ ...speakers, words: germanSpeakerWords(mentions, words) }), // a learned model's speaker, when one is loaded
      frames, // the reporting clause around each message
    ],
  };
}
