// German adjectives (base forms), from the german-adjectives-dict package (word forms of
// german-pos-dict, CC-BY-SA: read from the package at run time, never copied here).
// Used to tell a sentence-opening adverbial ("Offiziell geht die Regierung davon aus") from
// a subject.
// Module-level on purpose: a shared read-only dictionary (as spaCy's vocab is), the same for every Language and stage, not a language's data/ files.
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { cachedTable, type SortedTable } from './table.js';
import { memoize } from '../util/memo.js';

let table: SortedTable | undefined;

function build(): Map<string, string> {
  const require = createRequire(import.meta.url);
  const adjectives = JSON.parse(readFileSync(require.resolve('german-adjectives-dict/dist/adjectives.json'), 'utf8')) as Record<string, unknown>;
  // lower-case lemmas only: "Aachener" and the like are names' adjectives
  return new Map(Object.keys(adjectives).filter((l) => /^\p{Ll}/u.test(l)).map((l) => [l, l]));
}

/** Is this word (any case) the base form of an adjective, as used predicatively or as an adverb? */
export const isAdjective = memoize((word: string): boolean => {
  table ??= cachedTable('adjectives', 'german-adjectives-dict', build);
  return table.get(word.toLowerCase()) !== undefined;
}, 100_000);
