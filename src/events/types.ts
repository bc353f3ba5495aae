// The events stage's vocabulary, the same for every language: PLOVER types, modes and
// contexts, the shapes of event words a language lists, and the clauses and actor phrases
// its sentences are read into.
import type { Mention } from '../document/types.js';

export const PLOVER_TYPES = ['AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'INVESTIGATE',
  'DEMAND', 'DISAPPROVE', 'REJECT', 'THREATEN', 'PROTEST', 'MOBILIZE', 'SANCTION', 'COERCE', 'ASSAULT', 'FIGHT', 'CRIME'] as const;
export type PloverType = typeof PLOVER_TYPES[number];

/**
 * The modes the data files may give (data/de/event-verbs.tsv, event-nouns.tsv, event-modes.tsv):
 * names from the PLOVER manual's mode tables (CONSULT phone, visit, multilateral, third-party;
 * RETREAT release, ceasefire, which the files also give to other types).
 */
export const PLOVER_MODES = ['phone', 'visit', 'multilateral', 'third-party', 'release', 'ceasefire'] as const;

/** What a context word says (data/de/event-context.tsv, the context column of event-verbs.tsv). */
export const EVENT_CONTEXTS = ['negated', 'future', 'hypothetical', 'conditional', 'proposed'] as const;

export interface EventVerb {
  lemma: string;
  type: PloverType;
  mode: string | null;
  /** Where the recipient stands: prepositions, "dat"/"obj" (a second bare noun phrase). */
  recipient: string[];
  /** One of these words must stand in the clause. */
  needs: string[];
  context: string[];
}

export interface EventNoun { lemma: string; type: PloverType; mode: string | null }

/** A subject of positions (ceasefire, sanctions, …) and the word prefixes that name it. */
export interface Issue { key: string; label: string; words: string[] }

/** A clause as a token range [from, to). */
export interface Clause { from: number; to: number }

/** One noun phrase naming actors: adjacent mentions of the same actor, or a plural group. */
export interface Phrase {
  from: number;
  to: number;
  actors: string[];
  /** The governing preposition (lower case), "gen" for a genitive attribute, "" for none. */
  role: string;
  mentions: Mention[];
}
