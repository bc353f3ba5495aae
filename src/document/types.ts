// The Document that flows through every stage (read → header → normalize → segment →
// dedupe → store). Like a vfile it keeps the original text untouched; everything a
// stage adds points back into that text with a Span.

/** [begin, end) in UTF-16 code units into Document.text. */
export type Span = readonly [number, number];

export type InputFormat = 'txt' | 'html' | 'feed' | 'jsonl';

/** What a reader hands on: the verbatim text plus whatever metadata the format carried. */
export interface RawDocument {
  /** Exported as documents[].source: file name, URL or JSONL id. */
  source: string;
  /** Where it came from, precisely (absolute path, feed item link/guid, jsonl path#id): the key for versions. */
  origin: string;
  format: InputFormat;
  /** Original text: the decoded file (.txt), the jsonl `text`, the extracted plain text (HTML, feeds). */
  text: string;
  title?: string | null;
  published?: string | null;
  author?: string | null;
  url?: string | null;
  /** The outlet or the `source` field of a JSONL line. */
  outlet?: string | null;
  /** Non-fatal problems found while reading (encoding guessed, HTML cut off, …). */
  warnings?: string[];
}

export interface Paragraph {
  span: Span;
  /** Heading lines inside the body (no closing punctuation, short). */
  heading: boolean;
  /** Index of an earlier paragraph in the same document this one repeats, or null. */
  repeatOf: number | null;
}

export interface Sentence {
  span: Span;
  paragraph: number;
  /** Index of an earlier sentence in the same document with (nearly) the same words, or null. */
  repeatOf: number | null;
}

export interface Document extends RawDocument {
  id: string;
  title: string | null;
  /** Where the title stands in `text`, when it is part of it (seed header, first line). */
  titleSpan: Span | null;
  published: string | null;
  agency: string | null;
  /** Places named by a wire dateline ("WASHINGTON/BRÜSSEL (dpa-AFX) - "). */
  places: string[];
  datelineSpan: Span | null;
  /** "(neu: Putin)" and similar: the text says it is an updated version. */
  updateMarker: { text: string; span: Span } | null;
  /** The article body: text after the header line, title and dateline. */
  bodySpan: Span;
  paragraphs: Paragraph[];
  sentences: Sentence[];
  /** Actor mentions in text order (title first). */
  mentions: Mention[];
  /** Persons the article introduces that the knowledge base does not know ("Sondergesandter Steve Witkoff"). */
  localActors: import('../actors/kb.js').Actor[];
  /** Attributed statements in text order. */
  statements: Statement[];
  /** Events the article tells, each with its mentions in this article (merged across articles in the store). */
  events: DocEvent[];
  warnings: string[];
}

/** A problem with one input: reported with its name, the rest of the batch goes on. */
export interface InputProblem {
  input: string;
  reason: string;
  /** 'error': nothing stored from it; 'warning': stored, but worth knowing. */
  severity: 'error' | 'warning';
}

export type MentionKind = 'name' | 'alias' | 'surname' | 'adjective' | 'capital' | 'descriptor' | 'party' | 'pronoun' | 'group';

/** Does the mention stand where a name stands: no role word ("der Kremlchef"), group or adjective ("russisch")? */
export const standsAsName = (m: Pick<Mention, 'kind'>): boolean => m.kind !== 'descriptor' && m.kind !== 'group' && m.kind !== 'adjective';

/** A reference to an actor in the text, resolved within the article where possible. */
export interface Mention {
  span: Span;
  /** The words as written (original text). */
  text: string;
  /** Index into Document.sentences; -1 for the title. */
  sentence: number;
  kind: MentionKind;
  /** The actor it refers to (knowledge-base or document-local id), null when unresolved. */
  actor: string | null;
  /** A plural mention's actors ("die Außenminister Russlands und der USA"). */
  members?: string[];
  /** The office a descriptor names: role@of ("head-of-state@russland"). */
  role?: string;
  /** How the actor was found: kb, surname, apposition, role, party, pronoun, introduced, … */
  via: string;
}

export type StatementForm = 'direct' | 'indirect' | 'mixed' | 'reported' | 'free-indirect';

/** Who said what (to whom): the message, the verb that introduces it and the speaker's mention. */
export interface Statement {
  form: StatementForm;
  quote: Span;
  /** The finite verb or source word ("sagte", "laut", "zufolge"); its lemma and speech act from data/de/cue-verbs.tsv; `parts`: every word of the cue when it is more than one ("teilte … mit", "hatte … erklärt"). */
  cue: { span: Span; lemma: string; act: string; parts?: Span[] } | null;
  /** The speaker's words next to the cue ("er", "der Pentagon-Chef") and the actor they resolve to. */
  speaker: { span: Span; actor: string | null } | null;
  addressee: { span: Span; actor: string | null } | null;
  /** The sentence the message starts in (-1: the title). */
  sentence: number;
  /** The reporting clause around the message without the message: one piece, or several where the message splits it ("so Peskow"). Set by the frames refiner; null when nothing frames it (a continuation, a reported speech act). */
  frame?: Span[] | null;
  /** The statement (its place in the article's list) whose message this quotation stands inside. */
  partOf?: number | null;
}

/** When an event happened, from the words next to it, resolved against the article's date. */
export interface EventDate {
  /** YYYY | YYYY-MM | YYYY-MM-DD; null when the words cannot be placed (an undated article's "am Mittwoch"). */
  value: string | null;
  end: string | null;
  /** Coarser than the words (a month-only article date, "vor gut drei Jahren"). */
  approximate: boolean;
  /** The time words, as written; null when the date is the report's (no time words anywhere). */
  text: string | null;
  span: Span | null;
}

export interface EventAttributes {
  durationDays?: number;
  /** How long talks lasted ("fast anderthalb Stunden" → 90). */
  durationMinutes?: number;
  /** "binnen 24 Stunden": a deadline, in hours. */
  withinHours?: number;
  count?: number;
  amount?: { value: number; max?: number; currency: string };
  topic?: string;
  issues?: string[];
  /** The time was inferred from another report of the same event (an undated article). */
  dateFrom?: string;
  /** Of an AGREE or CONCEDE: the act agreed on, planned or conceded (PLOVER type and mode). */
  act?: { type: string; mode: string | null };
  /** Of an announcement: the event that fulfilled it; of that event: its announcement (ids in the merged picture). */
  fulfilledBy?: string;
  announcedBy?: string;
}

/** Where an article tells an event: the clause, the word that names it, how it was found. */
export interface EventMention {
  span: Span;
  trigger: Span;
  sentence: number;
  via: 'verb' | 'noun' | 'statement' | 'reference';
  /** Index into Document.statements when the event is a statement's speech act. */
  statement?: number;
  /** How this mention speaks of the event: negated, future (a plan), hypothetical, conditional, … */
  context: string[];
}

/** An event as one article tells it (PLOVER type, actors as actor ids). */
export interface DocEvent {
  type: string;
  mode: string | null;
  context: string[];
  actors: string[];
  recipients: string[];
  date: EventDate | null;
  place: string | null;
  attributes: EventAttributes;
  mentions: EventMention[];
}
