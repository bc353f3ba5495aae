// What a language gives the statements stage, in chrono-node's shape: the word data its
// finders read, built once with the language. Nothing here knows which language it is.

/** A verb that introduces speech, with the speech act it performs. */
export interface CueVerb {
  act: string;
  /** The message may be a noun phrase (a reported speech act). */
  np: boolean;
  /** …that must start with one of these prepositions ("drohte mit", "sprach von"). */
  npPrepositions: string[] | null;
  /** Words one of which must stand in the cue's clause ("hält es für möglich", "zeigte sich besorgt"). */
  needs: string[] | null;
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
  /** Is this a noun a quoted name stands in apposition to ("Zeitschrift", "Nachrichtenmagazin")? */
  isTitleNoun(word: string): boolean;
}

/** What a language gives the statements stage. */
export interface StatementConfiguration {
  words: StatementWords;
}
