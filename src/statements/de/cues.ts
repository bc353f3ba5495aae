// German speech cues from data/de/: verbs with their speech act, source phrases.
import { cellList, loadList, loadRows } from '../../data/load.js';
import { memoize } from '../../util/memo.js';

/**
 * The speech acts a cue verb may perform (data/de/cue-verbs.tsv, data/de/speech-act-events.tsv).
 * The statement finders compare say, report, ask, announce, claim, confirm, concede, deny,
 * believe and warn; data/de/speech-act-events.tsv makes events of demand, appeal, threaten,
 * reject, accuse and criticize; praise, promise and propose are exported as they are.
 */
export const SPEECH_ACTS = ['say', 'report', 'confirm', 'deny', 'demand', 'appeal', 'warn', 'threaten', 'promise', 'announce',
  'reject', 'accuse', 'criticize', 'praise', 'claim', 'believe', 'ask', 'propose', 'concede'] as const;

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
    needs: cellList(needs).length ? cellList(needs) : null,
  }])));
}

/** Source phrase (one or two words) → before | after | clause-end | continue. */
export function sourcePhrases(): Map<string, string> {
  return (sources ??= new Map(loadRows('de/source-phrases.tsv').map(([phrase, kind]) => [phrase!, kind!])));
}

/**
 * A test for the nouns of a word list, also as the last part of a compound ("Polizeiangaben",
 * "UNHCR-Angaben", "Nachrichtenmagazin"); the list is read on first use, answers are memoized.
 */
function nounList(file: string): (word: string) => boolean {
  let nouns: string[] | undefined;
  return memoize((word: string) => {
    nouns ??= loadList(file);
    return nouns.some((n) => word === n || (word.length > n.length && (word.endsWith(n.toLowerCase()) || word.endsWith(`-${n}`))));
  });
}

/** Does "nach <word>" name a source ("nach Angaben", "nach Polizeiangaben")? */
export const isSourceNoun = nounList('de/source-nouns.txt');

/** Is this a noun a quoted name stands in apposition to ("Zeitschrift", "Nachrichtenmagazin")? */
export const isTitleNoun = nounList('de/title-nouns.txt');
