// The events stage's vocabulary, the same for every language: PLOVER types, modes and
// contexts, the shapes of event words a language lists, the clauses and actor phrases its
// sentences are read into, and the parts of a configuration in chrono-node's shape: finders
// that propose candidate events with their offsets, and refiners, run in order, that
// complete, merge and resolve them.
import type { DocEvent, Document, EventAttributes, EventDate, EventMention, Mention, Statement } from '../document/types.js';
import type { Tok } from '../segment/tokens.js';
import type { KnowledgeBase } from '../actors/kb.js';
import type { ArticleIndex } from '../mentions/positions.js';
import type { ArticleSyntax, Phrase as SyntaxPhrase, SentenceSyntax } from '../syntax/types.js';

/** The current PLOVER manual's 16 types (their quad classes and modes: data/plover/types.tsv, read by ./plover.ts). */
export const PLOVER_TYPES = ['AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT',
  'REQUEST', 'ACCUSE', 'REJECT', 'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT'] as const;
export type PloverType = typeof PLOVER_TYPES[number];

/**
 * What a context word says (a language's event-context.tsv, the context column of its event-verbs.tsv):
 * the manual's auxiliary modes negation, future, hypothetical (historical is read from the date), and
 * our own conditional and proposed.
 */
export const EVENT_CONTEXTS = ['negation', 'future', 'hypothetical', 'conditional', 'proposed'] as const;

export interface EventVerb {
  lemma: string;
  type: PloverType;
  mode: string | null;
  /** Where the recipient stands: prepositions, "dat"/"obj" (an object of the verb's clause, dative or accusative; in a passive its subject). */
  recipient: string[];
  /** One of these words must stand in the clause. */
  needs: string[];
  context: string[];
}

export interface EventNoun { lemma: string; type: PloverType; mode: string | null }

/** A subject of positions (ceasefire, sanctions, …) and the word prefixes that name it. */
export interface Issue { key: string; label: string; words: string[] }

/**
 * A clause as the syntax layer reads it (or the whole sentence when it reads none): its own tokens in
 * parts [from, to) — without the clauses embedded in it — spanning from … to.
 */
export interface Clause { from: number; to: number; parts: ReadonlyArray<readonly [number, number]> }

/** The actors one noun phrase of the syntax layer names (with its conjuncts and apposition), from its first mention to its last. */
export interface Phrase {
  from: number;
  to: number;
  actors: string[];
  /** The governing preposition (lower case), "gen" for a genitive attribute, "" for none. */
  role: string;
  mentions: Mention[];
  /** The syntax layer's phrase. */
  unit: SyntaxPhrase;
}

/** The word data a language gives the events stage, read once when the language is built. */
export interface EventWords {
  /** Event verbs by lemma, each lemma with its readings in file order. */
  verbs: ReadonlyMap<string, readonly EventVerb[]>;
  /** Event nouns in file order (the first that fits a word is taken). */
  nouns: readonly EventNoun[];
  /** A statement's speech act (its cue's) → the event it is of its own ("fordern" → REQUEST, "kritisieren" → ACCUSE disapprove). */
  speechActs: ReadonlyMap<string, { type: PloverType; mode: string | null }>;
  /** Word → the context it gives a mention: negation, future, hypothetical, conditional, proposed. */
  contexts: ReadonlyMap<string, string>;
  /** Word prefix → mode, for the types listed with it, in file order. */
  modes: ReadonlyArray<readonly [string, string, readonly string[]]>;
  /** Forms of nouns that act for the states in their genitive ("die Delegationen Russlands und der Ukraine"). */
  stateBodies: ReadonlySet<string>;
  /** Verbs of hoping and fearing (lemmas): what the clause they govern tells has not happened. */
  hopes: ReadonlySet<string>;
  /** Adjectives before a reference noun that point to an earlier event of a series ("das erste Telefonat"). */
  series: ReadonlySet<string>;
  /** Adjectives that make the event noun right after them a possibility ("ein mögliches Treffen"). */
  possible: ReadonlySet<string>;
  /** Phrases whose message rejects a demand made before. */
  rejections: readonly string[];
  issues: readonly Issue[];
  /** Conjunctions whose clause says what an event verb is about ("dass", a threat's "falls"): its issues are the event's. */
  complementizers: ReadonlySet<string>;
  /** Verbs whose object names the event ("erzielen", "unterzeichnen"): the noun's sides are the subject. */
  lightVerbs: ReadonlySet<string>;
  /** Places an event happens at besides the states and capitals of the knowledge base. */
  places: readonly string[];
}

/** What the events stage reads of an article besides its tokens and mentions. */
export type EventDocument = Pick<Document, 'text' | 'sentences' | 'paragraphs' | 'published' | 'statements' | 'titleSpan'>;

/** A sentence (-1: the title) as token range [from, to), read into clauses and actor phrases. */
export interface EventSentence {
  index: number;
  from: number;
  to: number;
  /** The sentence's clauses and phrases (the syntax layer's, read through ../syntax/api.ts). */
  syntax: SentenceSyntax | undefined;
  phrases: Phrase[];
  /**
   * Where every event word of the sentence starts (characters), so that a time expression goes
   * to the nearest one; set when the sentence finders read it, empty for the other sentences.
   */
  triggers: number[];
}

/** A statement the statement finders read: one with a speaker that is no outlet, in a body sentence. */
export interface StatementAt {
  /** Index into the article's statements. */
  index: number;
  statement: Statement;
  speaker: string;
  sentence: EventSentence;
  /** The token of the cue, if one starts at the cue's offset. */
  cueAt: number | undefined;
  /** The cue's clause, or the sentence's first. */
  clause: Clause;
  /** Tokens [from, to) of the cue, or the sentence's first token. */
  trigger: [number, number];
  /** The addressee when it is an actor and no outlet. */
  addressee: string[];
}

/** An event a finder proposes where it is told; the refiners fill in the optional fields. */
export interface Candidate {
  type: PloverType;
  /** The trigger's mode (the event-words row's); the terms refiner may find one in the clause. */
  mode: string | null;
  actors: string[];
  recipients: string[];
  clause: Clause;
  sentence: EventSentence;
  /** Tokens [from, to) of the event word (a verb with its particle). */
  trigger: [number, number];
  via: EventMention['via'];
  /** How the mention speaks of the event: the trigger's own contexts, then the refiners'. */
  context: string[];
  /** The statement whose speech act or message this is (an index into the article's statements). */
  statement?: number;
  /** The clause an infinitive depends on ("sei bereit, … zu beraten"): its words count for the context. */
  governing?: Clause;
  date?: EventDate | null;
  attributes?: EventAttributes;
  place?: string | null;
}

/** One article as its finders and refiners see it, with the events found so far. */
export interface ArticleContext {
  doc: EventDocument;
  text: string;
  toks: readonly Tok[];
  index: ArticleIndex;
  /** Clauses and phrases of every sentence (the syntax layer, read through ../syntax/api.ts). */
  syntax: ArticleSyntax;
  kb: KnowledgeBase;
  words: EventWords;
  /** Actor mentions that can be a side of an event, by first token: no adjectives, no outlets. */
  mentionAt: ReadonlyMap<number, { m: Mention; end: number }>;
  /** 1 for a token inside a direct quotation: what a speaker says there is the statement's, not the narrator's event. */
  quoted: Uint8Array;
  /** The article's events in the order they were first told; the refiners add and merge them. */
  events: DocEvent[];
  /** The same events by type, for the merge. */
  byType: Map<string, DocEvent[]>;
  /** The same events by the sentences that tell them. */
  eventsIn: Map<number, DocEvent[]>;
  /** A sentence read into clauses and phrases, once (null for an index without tokens). */
  sentenceAt(at: number): EventSentence | null;
  /** Is the actor an outlet (reports, takes no side)? */
  isMedia(actor: string): boolean;
  /** One side: the same actor, or a person and the state they serve. */
  affiliated(x: string, y: string): boolean;
}

/** Proposes candidate events in one unit of an article: a sentence or a statement (chrono's Parser). */
export interface EventFinder<Unit> {
  name: string;
  find(ctx: ArticleContext, unit: Unit): Candidate[];
}

/** Completes, filters, merges or resolves candidates; returns those left for the refiners after it (chrono's Refiner). */
export interface EventRefiner {
  name: string;
  refine(ctx: ArticleContext, candidates: Candidate[]): Candidate[];
}

/** What a language gives the events stage, built once with the language (chrono's Configuration). */
export interface EventConfiguration {
  words: EventWords;
  /** Actor phrases of the sentence (tokens [from, to)). */
  readSentence(ctx: ArticleContext, sentence: number, from: number, to: number): Pick<EventSentence, 'phrases'>;
  /** A cheap look before the finders: may the tokens [from, to) tell an event at all? */
  mayTell(ctx: ArticleContext, from: number, to: number): boolean;
  /** Where the sentence's event words start (characters). */
  triggersOf(ctx: ArticleContext, s: EventSentence): number[];
  /** Run on every sentence that may tell an event, in order. */
  sentenceFinders: ReadonlyArray<EventFinder<EventSentence>>;
  /** Run on every statement after the sentences, in order. */
  statementFinders: ReadonlyArray<EventFinder<StatementAt>>;
  /** Run in order on the candidates of each finder, before the next finder looks. */
  refiners: readonly EventRefiner[];
}
