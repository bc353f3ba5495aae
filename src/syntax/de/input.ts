// What the German syntax layer reads of one sentence: the request every language gets
// (tokens, mentions, finite verbs), the function words, a question about role nouns, and
// what it works out once per sentence.
import type { SyntaxRequest } from '../../language/types.js';
import type { FunctionWords } from './words.js';

export interface SentenceInput extends SyntaxRequest {
  /** Positions of the finite verbs that stand (the grammar's candidates, less articles, participles and infinitives). */
  finite: Set<number>;
  /** Separated particles of the finite verbs ("teilte … mit"): no phrase takes them. */
  particles: Set<number>;
  words: FunctionWords;
  /** Is this a noun for a role or office ("Sprecher", "Präsidentin", "Leiter")? */
  isRoleNoun: (word: string) => boolean;
  /** What the phrase finder worked out once per sentence (a token's kind, the phrase starting at a token). */
  memo?: PhraseMemo;
}

/** Per token of the sentence (index k - from): arrays, as most tokens are asked about. */
export interface PhraseMemo {
  kinds: Array<string | undefined>;
  /** Four finders' answers per token (k - from) * 4 + n; undefined: not asked yet. */
  phrases: unknown[];
}

const pairsOf = new WeakMap<object, ReadonlyArray<readonly [number, number]>>();

/** The pairs of quotation marks in the sentence, opening and closing token, in order (once per sentence: asked per token). */
export function quotedPairs(x: Pick<SentenceInput, 'toks' | 'from' | 'to'>): ReadonlyArray<readonly [number, number]> {
  const known = pairsOf.get(x);
  if (known) return known;
  const marks: number[] = [];
  for (let k = x.from; k < x.to; k++) if (x.toks[k]!.kind === 'quote') marks.push(k);
  const pairs: Array<readonly [number, number]> = [];
  for (let n = 0; n + 1 < marks.length; n += 2) pairs.push([marks[n]!, marks[n + 1]!]);
  pairsOf.set(x, pairs);
  return pairs;
}
