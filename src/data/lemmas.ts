// Tables of lemmas (data/README.md, "Lemma or form"): the first cell of a row is a lemma and
// every form the lexicon gives it counts; forms the lexicon does not give are written out in
// the table's forms column ("Sondergesandter|Sondergesandtem"). One loader for every such
// table; the lexicon is the language's, passed in.
import { cellList, numberedRows, type NumberedRow } from './load.js';

/** A form of a lemma and its number: 'sg', 'pl', or null when it can be both (or a written-out form). */
export interface LemmaForm { form: string; number: 'sg' | 'pl' | null }

/** The lexicon's forms of a lemma; none when it does not know the word. */
export type Inflect = (lemma: string) => readonly LemmaForm[];

export interface LemmaRow extends NumberedRow {
  lemma: string;
  /** The forms the lexicon gives the lemma. */
  inflected: readonly LemmaForm[];
  /** The forms written out in the forms column (number unknown). */
  written: readonly string[];
  /** Every form the row stands for: the lexicon's, then the written ones it lacks. */
  forms: readonly LemmaForm[];
}

/**
 * The rows of a lemma table, each with its forms.
 * @param formsColumn the index of the forms column (the table's last one)
 */
export function lemmaRows(relative: string, formsColumn: number, inflect: Inflect): LemmaRow[] {
  return numberedRows(relative).map((r) => {
    const lemma = r.cells[0]!;
    const inflected = inflect(lemma);
    const written = cellList(r.cells[formsColumn]);
    const known = new Set(inflected.map((f) => f.form));
    const forms = [...inflected, ...written.filter((w) => !known.has(w)).map((form) => ({ form, number: null }))];
    return { ...r, lemma, inflected, written, forms };
  });
}

/** Every form of a lemma table (first column a lemma, forms in the second): a list of words as they stand in text. */
export function lemmaList(relative: string, inflect: Inflect): string[] {
  return [...new Set(lemmaRows(relative, 1, inflect).flatMap((r) => r.forms.map((f) => f.form)))];
}
