// The closed-class German words the syntax layer reads (data/de/function-words.tsv and the
// prepositions of data/de/prepositions.txt), loaded once into one object the Language holds.
import type { Case } from '../types.js';
import { cellList } from '../../data/load.js';

export interface Determiner { cases: Case[]; plural: boolean | null; negative: boolean }

export interface FunctionWords {
  determiners: Map<string, Determiner>;
  pronouns: Map<string, Determiner>;
  relativePronouns: Map<string, Determiner>;
  relativeAdverbs: Set<string>;
  subordinating: Set<string>;
  coordinating: Set<string>;
  /** "um", "ohne", "statt": open a zu-infinitive. */
  infinitiveOpeners: Set<string>;
  negations: Set<string>;
  prepositions: Set<string>;
  /** Number words ("drei", "zwölf"): counts inside a phrase. */
  numbers: Set<string>;
  /** Words that open sentences and are never a name ("Zudem", "Bereits" is not among them: see phrases.ts). */
  starters: Set<string>;
  /** Nouns of time that stand bare as adverbials ("Gestern Abend", "am Montag von …" is no owner). */
  timeNouns: Set<string>;
  /** Adverbs that open sentences ("Unterdessen", "Bislang"); pronominal adverbs: see isAdverb. */
  adverbs: Set<string>;
  /** Words written with a period that does not end them ("Dr", "Prof"; data/de/abbreviations.txt): a name goes on past it. */
  abbreviations: Set<string>;
}

const CASES = new Set<Case>(['nom', 'acc', 'dat', 'gen']);

/** Builds the word classes from the rows of function-words.tsv and the list of prepositions. */
export function functionWords(rows: readonly string[][], prepositions: readonly string[], numbers: readonly string[], starters: readonly string[] = [], abbreviations: readonly string[] = []): FunctionWords {
  const w: FunctionWords = {
    determiners: new Map(), pronouns: new Map(), relativePronouns: new Map(), relativeAdverbs: new Set(),
    subordinating: new Set(), coordinating: new Set(), infinitiveOpeners: new Set(), negations: new Set(),
    prepositions: new Set(prepositions.map((p) => p.toLowerCase())),
    numbers: new Set(numbers.map((n) => n.toLowerCase())),
    starters: new Set(starters),
    timeNouns: new Set(),
    adverbs: new Set(),
    abbreviations: new Set(abbreviations),
  };
  for (const [form, klass, cases, extra] of rows) {
    const entry: Determiner = {
      cases: cellList(cases).filter((c): c is Case => CASES.has(c as Case)),
      plural: extra === 'pl' ? true : extra === 'sg' ? false : null,
      negative: extra === 'neg',
    };
    const sets: Record<string, Set<string> | Map<string, Determiner>> = {
      det: w.determiners, pron: w.pronouns, relpron: w.relativePronouns, reladv: w.relativeAdverbs, sub: w.subordinating,
      coord: w.coordinating, inf: w.infinitiveOpeners, neg: w.negations, prep: w.prepositions, time: w.timeNouns, adv: w.adverbs,
    };
    const target = sets[klass!];
    if (!target) throw new Error(`function-words.tsv: unknown class "${klass}" for "${form}"`);
    if (target instanceof Map) target.set(form!, entry); else target.add(form!);
  }
  for (const d of w.determiners.keys()) w.numbers.delete(d);
  return w;
}

/**
 * Is this lower-case word an adverb: listed, or a pronominal adverb made of "da(r)", "hier" or
 * "wo(r)" and a preposition ("dagegen", "darüber", "hierzu", "wofür")?
 */
export function isAdverb(w: FunctionWords, lower: string): boolean {
  // ("glücklicherweise", "möglicherweise": an adjective made an adverb)
  if (w.adverbs.has(lower) || (lower.length > 9 && lower.endsWith('erweise'))) return true;
  const m = /^(?:dar|da|hier|wor|wo)(\p{Ll}+)$/u.exec(lower);
  return m !== null && w.prepositions.has(m[1]!);
}
