// The case of a German noun phrase from its article and its noun together: "der" before a
// masculine noun is nominative ("der Präsident"), before a feminine one dative or genitive
// ("der Ukraine"); "ein Sprecher" is nominative, "einen Sprecher" accusative. The article's
// paradigms are grammar, written here once; the noun's gender, case and number forms come
// from the lexicon.
import type { Case } from '../types.js';

type Slot = 'M' | 'F' | 'N' | 'P';
type Paradigm = Record<Case, Record<Slot, string>>;

/** der, die, das …: the forms themselves. */
const DEFINITE: Paradigm = {
  nom: { M: 'der', F: 'die', N: 'das', P: 'die' }, acc: { M: 'den', F: 'die', N: 'das', P: 'die' },
  dat: { M: 'dem', F: 'der', N: 'dem', P: 'den' }, gen: { M: 'des', F: 'der', N: 'des', P: 'der' },
};
/** dieser, jener, jeder, welcher, aller: endings. */
const DEMONSTRATIVE: Paradigm = {
  nom: { M: 'er', F: 'e', N: 'es', P: 'e' }, acc: { M: 'en', F: 'e', N: 'es', P: 'e' },
  dat: { M: 'em', F: 'er', N: 'em', P: 'en' }, gen: { M: 'es', F: 'er', N: 'es', P: 'er' },
};
/** ein, kein and the possessives: endings. */
const INDEFINITE: Paradigm = {
  nom: { M: '', F: 'e', N: '', P: 'e' }, acc: { M: 'en', F: 'e', N: '', P: 'e' },
  dat: { M: 'em', F: 'er', N: 'em', P: 'en' }, gen: { M: 'es', F: 'er', N: 'es', P: 'er' },
};

const CASES: Case[] = ['nom', 'acc', 'dat', 'gen'];
const LETTER: Record<string, Case> = { N: 'nom', A: 'acc', D: 'dat', G: 'gen' };

function paradigmOf(article: string): { paradigm: Paradigm; form: string } | null {
  const w = article.toLowerCase();
  if (/^d(?:er|ie|as|en|em|es)$/.test(w)) return { paradigm: DEFINITE, form: w };
  let m = /^(?:dies|jen|jed|welch|all|manch|solch)(e|er|es|en|em)$/.exec(w);
  if (m) return { paradigm: DEMONSTRATIVE, form: m[1]! };
  m = /^(?:ein|kein|mein|dein|sein|ihr|unser|eur|euer)(|e|er|es|en|em)$/.exec(w);
  if (m && !(w === 'unser' && m[1] === 'er')) return { paradigm: INDEFINITE, form: m[1]! };
  return null;
}

/**
 * The cases an article and a noun allow together, and whether the noun is plural there; null when
 * either tells nothing (an unknown article or a noun the lexicon does not know).
 * `features`: the noun's gender-case-number codes (lexicon/nouns.ts nounFeatures).
 */
export function caseOfPhrase(article: string, features: readonly string[]): { cases: Case[]; plural: boolean | null } | null {
  const p = paradigmOf(article);
  if (!p || !features.length) return null;
  const cases = new Set<Case>();
  const numbers = new Set<boolean>();
  for (const f of features) {
    const [g, c, n] = [f[0]!, LETTER[f[1]!]!, f[2]!];
    const slot: Slot | null = n === 'P' ? 'P' : g === 'M' || g === 'F' || g === 'N' ? g : null;
    if (slot && p.paradigm[c][slot] === p.form) { cases.add(c); numbers.add(n === 'P'); }
  }
  if (!cases.size) return null;
  return { cases: CASES.filter((c) => cases.has(c)), plural: numbers.size === 1 ? [...numbers][0]! : null };
}
