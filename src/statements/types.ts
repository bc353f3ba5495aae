// What a language gives the statements stage, in chrono-node's shape (a configuration of
// parsers and refiners run in order): the word data its finders read, built once with the
// language; finders that propose statements for one sentence at a time; refiners that merge,
// filter and order what the finders proposed. Nothing here knows which language it is.
import type { Statement } from '../document/types.js';
import type { Ctx } from './context.js';
import type { StatementScan } from './scan.js';

/** A verb that introduces speech, with the speech act it performs. */
export interface CueVerb {
  act: string;
  /** The message may be a noun phrase (a reported speech act). */
  np: boolean;
  /** …that must start with one of these prepositions ("drohte mit", "sprach von"). */
  npPrepositions: string[] | null;
  /** Words one of which must stand in the cue's clause ("hält es für möglich", "zeigte sich besorgt"). */
  needs: string[] | null;
  /** The one the verb's object names speaks, not its subject ("Interfax zitierte Peskow", passive "Peskow wurde zitiert"). */
  objectSpeaks: boolean;
}

/** The words the statement finders compare, loaded (and their memo tables made) once per language. */
export interface StatementWords {
  /** Cue verbs by lemma. */
  cueVerbs: ReadonlyMap<string, CueVerb>;
  /** Source phrases of one or two words → where the source stands: before | after | clause-end | relative | continue. */
  sourcePhrases: ReadonlyMap<string, string>;
  /** Can this word be a form of a cue verb (any tense, particle or not)? Most words cannot. */
  isCueWord(word: string): boolean;
  /** Does this noun name where a message comes from ("Angaben", also as a compound's end: "Polizeiangaben")? */
  isSourceNoun(word: string): boolean;
  /** Does this noun name a claim, proposal or charge a content clause may state ("Darstellung", "Vorschlag", "Annahme"), also as a compound's end? */
  isClaimNoun(word: string): boolean;
  /** Is this a noun a quoted name stands in apposition to ("Zeitschrift", "Nachrichtenmagazin")? */
  isTitleNoun(word: string): boolean;
  /** Does this noun name someone who can speak: a role, title or party word, or data/de/agent-nouns.tsv ("Kriminalpolizei", "Sprecher")? */
  isAgentNoun(word: string): boolean;
  /** Articles and other determiners, as written ("der", "Die"), and prepositions in lower case: where a speaker phrase starts or stops. */
  determiners: ReadonlySet<string>;
  prepositions: ReadonlySet<string>;
  /** Is this lower-case word an adverb (the syntax layer's function words: "gestern", "bereits", "dagegen")? */
  isAdverb(lower: string): boolean;
  /** Is this a noun of time as written ("Montag", "Woche", "Mai": the syntax layer's time nouns and months)? */
  isTimeNoun(word: string): boolean;
}

/** One sentence as the finders see it. */
export interface SentenceAt {
  sentence: number;
  /** Its tokens [b, e); `end` stops before its closing punctuation. */
  b: number;
  e: number;
  end: number;
  /** At least 60 % of its tokens stand inside direct quotations: it tells nothing beside its quotes. */
  mostlyQuoted: boolean;
  /** How many statements there were before it (those after are its own). */
  made: number;
  /** A source opening it governs all of it ("Nach Angaben der Polizei habe …"): none of its cue verbs speaks. */
  governed: boolean;
}

/**
 * Proposes the statements of one sentence (StatementScan.add). Finders run in the order the
 * configuration lists them and see what the ones before told; true: the sentence is done,
 * the finders after this one leave it alone.
 */
export interface SentenceFinder {
  find(ctx: Ctx, scan: StatementScan, at: SentenceAt): boolean | void;
}

/** Works on all statements of an article once every sentence is scanned: merges, filters, orders. */
export interface Refiner {
  refine(ctx: Ctx, scan: StatementScan, statements: Statement[]): Statement[];
}

/** What a language gives the statements stage. */
export interface StatementConfiguration {
  words: StatementWords;
  /** Which quotation regions hold direct statements (ctx.quoted) and which quoted fragments of a message (ctx.fragments). */
  markQuotations(ctx: Ctx, scan: StatementScan): void;
  /** Per sentence, in this order. */
  finders: readonly SentenceFinder[];
  /** Per article, in this order, after the finders. */
  refiners: readonly Refiner[];
}
