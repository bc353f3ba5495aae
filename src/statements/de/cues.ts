// German speech cues from data/de/: verbs with their speech act, source phrases.
import { loadList, loadRows } from '../../data/load.js';

export interface CueVerb {
  act: string;
  /** The message may be a noun phrase (a reported speech act). */
  np: boolean;
  /** …that must start with one of these prepositions ("drohte mit", "sprach von"). */
  npPrepositions: string[] | null;
  /** Words one of which must stand in the cue's clause ("hält es für möglich", "zeigte sich besorgt"). */
  needs: string[] | null;
}

let verbs: Map<string, CueVerb> | undefined;
let sources: Map<string, string> | undefined;

export function cueVerbs(): Map<string, CueVerb> {
  return (verbs ??= new Map(loadRows('de/cue-verbs.tsv').map(([lemma, act, np, needs]) => [lemma!, {
    act: act!, np: !!np?.startsWith('np'), npPrepositions: np?.startsWith('np:') ? np.slice(3).split('|') : null,
    needs: needs ? needs.split('|') : null,
  }])));
}

/** Source phrase (one or two words) → before | after | clause-end | continue. */
export function sourcePhrases(): Map<string, string> {
  return (sources ??= new Map(loadRows('de/source-phrases.tsv').map(([phrase, kind]) => [phrase!, kind!])));
}

let nouns: string[] | undefined;

/** Does "nach <word>" name a source ("nach Angaben", "nach Polizeiangaben")? */
export function isSourceNoun(word: string): boolean {
  nouns ??= loadList('de/source-nouns.txt');
  // ("Polizeiangaben", "UNHCR-Angaben": the noun closing a compound)
  return nouns.some((n) => word === n || (word.length > n.length && (word.endsWith(n.toLowerCase()) || word.endsWith(`-${n}`))));
}

let titleNouns: Set<string> | undefined;
/** Is this a noun a quoted name stands in apposition to ("Zeitschrift", "Nachrichtenmagazin")? */
export function isTitleNoun(word: string): boolean {
  titleNouns ??= new Set(loadList('de/title-nouns.txt'));
  if (titleNouns.has(word)) return true;
  for (const n of titleNouns) if (word.length > n.length && (word.endsWith(n.toLowerCase()) || word.endsWith(`-${n}`))) return true;
  return false;
}
