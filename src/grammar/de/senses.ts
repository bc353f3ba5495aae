// A cue or event verb read in its other sense: "forderte 92 Menschenleben", "bestreitet sein
// Gruppenspiel" (data/de/other-senses.tsv: nouns as written, "*" for a compound's last part). Asked of the syntax layer's clause: the nouns that
// count are the heads of its noun phrases other than the subject.
import type { Clause } from '../../syntax/types.js';
import { loadRows } from '../../data/load.js';

let senses: Map<string, string[]> | undefined;
const table = () => (senses ??= new Map(loadRows('de/other-senses.tsv').map(([lemma, nouns]) => [lemma!, nouns!.split('|').map((n) => n.toLowerCase())])));

/** Whether `lemma` has a listed other sense. */
export const hasOtherSense = (lemma: string): boolean => table().has(lemma);

/** Does an object of the clause make `lemma` mean something else than speaking or acting toward someone? */
export function otherSense(lemma: string, clause: Clause | null, toks: ReadonlyArray<{ text: string }>): boolean {
  const nouns = table().get(lemma);
  if (!nouns || !clause) return false;
  // (a noun phrase, not a preposition's: "forderte eine Entschädigung für die Opfer" is a demand)
  return clause.phrases.some((p) => {
    if (p.kind !== 'np' || p === clause.subject) return false;
    const head = toks[p.head]!.text.toLowerCase();
    return nouns.some((n) => (n.startsWith('*') ? head.endsWith(n.slice(1)) : head === n));
  });
}
