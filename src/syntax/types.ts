// The syntax layer's shapes: per sentence its clauses (with their verb bracket and the
// grammatical functions of their phrases) and its phrases (noun phrases with their head,
// attachments and case; prepositional phrases). Token positions are indices into the
// article's token list. Nothing here is German: a language fills these shapes in its own
// `de/`-like folder; statements and events read them only through ./api.ts.

/** Grammatical case, as far as the words tell it. */
export type Case = 'nom' | 'acc' | 'dat' | 'gen';

export type ClauseKind =
  /** A clause with the finite verb second or first: the sentence's own, or a reported one after a comma. */
  | 'main'
  /** Opened by a subordinating conjunction ("dass", "weil", "wie"), verb last. */
  | 'subordinate'
  /** Opened by a relative pronoun or adverb; `antecedent` is the phrase it speaks of. */
  | 'relative'
  /** A zu-infinitive without a finite verb ("…, die Gespräche fortzusetzen"). */
  | 'infinitive'
  /** Inside brackets or dashes. */
  | 'parenthetical'
  /** A main clause joined by "und", "oder", "aber", "sondern" (or, elliptic, only the phrases of one: "… - und danach mit Rom"). */
  | 'coordinated';

export type Voice = 'active' | 'passive';
export type Mood = 'indicative' | 'subjunctive1' | 'subjunctive2';
export type Tense = 'present' | 'past' | 'perfect' | 'pluperfect' | 'future' | 'conditional' | null;

/** The verb bracket: the finite verb (left bracket in a main clause), its particle and non-finite forms (right bracket). */
export interface VerbBracket {
  finite: number | null;
  /** Lemma of the clause's main verb (the participle's or infinitive's when the finite verb is an auxiliary). */
  lemma: string | null;
  particle: number | null;
  /** Participles and infinitives of the bracket, in text order. */
  nonFinite: number[];
  mood: Mood | null;
  tense: Tense;
  voice: Voice;
}

export interface Phrase {
  kind: 'np' | 'pp';
  /** Tokens [from, to), with every attachment (genitive, apposition, coordination). */
  from: number;
  to: number;
  /** The word the phrase is about: the name in "Sprecher Serhij Nykyforow", the noun before a genitive. */
  head: number;
  /** Article, possessive or quantifier, if any. */
  determiner: number | null;
  /** Cases the determiner and endings allow; empty: not told (a bare name). */
  cases: Case[];
  plural: boolean | null;
  /** pp: the preposition token and its noun phrase. */
  preposition?: number;
  object?: Phrase;
  /** Genitives attached after the head ("der Sprecher des Kreml") or before it ("Selenskyjs Sprecher"); an owner with "von" is a pp ("der Bürgermeister von New Orleans"). */
  genitives: Phrase[];
  /** A name or noun phrase standing beside the head ("Der Leiter der WHO, Klaus Stöhr,"; "Sprecher Serhij Nykyforow"). */
  apposition: Phrase | null;
  /** Prepositional phrases the phrase spans after its noun ("Die Weltgesundheitsorganisation in Genf teilte mit") or inside an attribute before it ("der für die Region zuständige Koordinator"). */
  modifiers: Phrase[];
  /** Phrases joined by "und"/"oder" ("Trump und Putin"): this phrase spans them all. */
  conjuncts: Phrase[];
  /** A pronoun (er, sie, man, der as a relative). */
  pronoun: boolean;
}

export interface Negation {
  /** The negating word ("nicht", "kein", "nie"). */
  at: number;
  /** 'clause': the whole act is denied; 'constituent': only a part ("nicht unter vier Augen, sondern …"), `focus` says which. */
  scope: 'clause' | 'constituent';
  focus: Phrase | null;
}

export interface Clause {
  kind: ClauseKind;
  /** A coordinated clause with its verb left out ("telefonierte mit Paris - und danach mit Rom"): `verb` is its parent's bracket. */
  elliptic: boolean;
  /** Tokens of the clause, without those of clauses embedded in it: one range, or several around an embedded clause. */
  parts: Array<[number, number]>;
  from: number;
  to: number;
  /** The conjunction, relative pronoun or "und" that opens it. */
  introducer: number | null;
  /** Index of the clause it depends on or continues (null for the first main clause). */
  parent: number | null;
  /** Relative clauses: the noun phrase the pronoun speaks of. */
  antecedent: Phrase | null;
  verb: VerbBracket;
  /** The phrases of this clause (not of embedded ones), maximal: a pp holds its np. */
  phrases: Phrase[];
  subject: Phrase | null;
  /** Whether the subject was taken over from the clause before ("sagte X und betonte …"). */
  subjectShared: boolean;
  dative: Phrase | null;
  accusative: Phrase | null;
  /** A passive's "von"/"durch" agent (the noun phrase, without the preposition). */
  agent: Phrase | null;
  negation: Negation | null;
}

/** The syntax of an article's sentences, by sentence index (-1: the title). */
export interface ArticleSyntax {
  get(sentence: number): SentenceSyntax | undefined;
}

export interface SentenceSyntax {
  sentence: number;
  from: number;
  to: number;
  clauses: Clause[];
}
