// A Language: everything about one language the stages need, loaded once from its data
// folder and passed to every stage (spaCy's Language with its Defaults). The stages ask it;
// none of them reads a data file of its own.
import type { Mention } from '../document/types.js';
import type { Token } from '../segment/tokens.js';
import type { FiniteVerb } from '../grammar/de/verbs.js';
import type { SentenceSyntax } from '../syntax/types.js';
import type { EventConfiguration } from '../events/types.js';
import type { StatementConfiguration } from '../statements/types.js';
import type { MentionWords } from '../mentions/types.js';
import type { SegmentWords } from '../segment/types.js';
import type { HeaderWords } from '../read/types.js';
import type { TimeParser } from '../time/types.js';
import type { RankedStatement } from '../statements/rank/refiner.js';

/** One sentence as the syntax layer is handed it. */
export interface SyntaxRequest {
  toks: readonly Token[];
  from: number;
  to: number;
  sentence: number;
  mentionAt: ReadonlyMap<number, { m: Mention; end: number }>;
  /** The sentence's finite verbs, from the language's grammar (token indices absolute). */
  verbs: FiniteVerb[];
  /** Does this mention name a person (or a role a person holds)? */
  personal: (m: Mention) => boolean;
  /** Does this mention name a state or body that stands with an article ("die Ukraine", "der Kreml"; not "Russland")? */
  articled: (m: Mention) => boolean;
}

/** What a caller may choose when a language is loaded. */
export interface LanguageOptions {
  /** A speaker ranker's model file (`lagebild train quotes`): it re-ranks the rules' speakers. None: the rules alone. */
  speakerModel?: string | null;
  /** Training: sees every article's speaker candidates with their features. */
  observeSpeakers?: (ranked: RankedStatement[]) => void;
}

export interface Language {
  /** ISO 639-1 code: the data folder (data/de/) and the source folders (src/…/de/). */
  code: string;
  /** Clauses, phrases and their functions in one sentence. */
  parseSentence(request: SyntaxRequest): SentenceSyntax;
  /** Is this a noun for a role or office ("Sprecher", "Präsidentin", "Regierungssprecher")? */
  isRoleNoun(word: string): boolean;
  /** The events stage's word data with the finders and refiners that read them. */
  events: EventConfiguration;
  /** The statements stage's configuration: its words (cue verbs, source phrases) built once with the language, its finders and refiners in order. */
  statements: StatementConfiguration;
  /** The mentions stage's words: role nouns, descriptors, parties, pronouns, titles. */
  mentions: MentionWords;
  /** The header stage's words: update markers, dateline agencies and places. */
  header: HeaderWords;
  /** Sentence splitting's words: abbreviations, sentence starters, ordinal cues, months. */
  segment: SegmentWords;
  /** Month names and abbreviations as written ("März", "Okt") → 1–12: publication dates, sentence splitting, time expressions. */
  months: ReadonlyMap<string, number>;
  /** Time expressions and number words, the patterns made from the language's time words. */
  time: TimeParser;
}
