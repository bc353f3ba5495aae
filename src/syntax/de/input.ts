// What the German syntax layer reads of one sentence: the article's tokens, its actor
// mentions, the finite verbs the grammar found, the function words and two questions about
// words the actor data answers.
import type { Mention } from '../../document/types.js';
import type { Token } from '../../segment/tokens.js';
import type { FiniteVerb } from '../../grammar/de/verbs.js';
import type { FunctionWords } from './words.js';

export interface SentenceInput {
  toks: readonly Token[];
  /** The sentence's tokens [from, to). */
  from: number;
  to: number;
  sentence: number;
  mentionAt: ReadonlyMap<number, { m: Mention; end: number }>;
  /** Finite verbs of the sentence (token indices absolute), and their positions as a set. */
  verbs: FiniteVerb[];
  finite: Set<number>;
  /** Separated particles of the finite verbs ("teilte … mit"): no phrase takes them. */
  particles: Set<number>;
  words: FunctionWords;
  /** Does this mention name a person (or a role a person holds)? */
  personal: (m: Mention) => boolean;
  /** Is this a noun for a role or office ("Sprecher", "Präsidentin", "Leiter")? */
  isRoleNoun: (word: string) => boolean;
  /** What the phrase finder worked out once per sentence (a token's kind, the phrase starting at a token). */
  memo?: PhraseMemo;
}

export interface PhraseMemo {
  kinds: Map<number, string>;
  phrases: Map<number, unknown>;
}
