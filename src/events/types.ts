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

/** The word data a language gives the events stage, read once when the language is built. */
export interface EventWords {
  /** Event verbs by lemma, each lemma with its readings in file order. */
  verbs: ReadonlyMap<string, readonly EventVerb[]>;
  /** Event nouns in file order (the first that fits a word is taken). */
  nouns: readonly EventNoun[];
  /** A statement's speech act (its cue's) → the event it is of its own ("fordern" → DEMAND). */
  speechActs: ReadonlyMap<string, PloverType>;
  /** Word → the context it gives a mention: negated, future, hypothetical, conditional, proposed. */
  contexts: ReadonlyMap<string, string>;
  /** Word prefix → mode, for the types listed with it, in file order. */
  modes: ReadonlyArray<readonly [string, string, readonly string[]]>;
  /** Phrases whose message rejects a demand made before. */
  rejections: readonly string[];
  issues: readonly Issue[];
  /** Verbs whose object names the event ("erzielen", "unterzeichnen"): the noun's sides are the subject. */
  lightVerbs: ReadonlySet<string>;
  /** Places an event happens at besides the states and capitals of the knowledge base. */
  places: readonly string[];
  /** Prepositions and determiners as prepositions.txt and determiners.txt list them, for reading actor phrases. */
  prepositions: ReadonlySet<string>;
  determiners: ReadonlySet<string>;
}
