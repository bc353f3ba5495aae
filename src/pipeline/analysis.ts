// The Analysis: what the stages know about one article so far. Like a vfile's `data` it
// starts with the raw text and grows one field per stage; every field is built once and
// read by the stages after it. `toDocument` keeps what the store and export need.
import type { DocEvent, Document, Mention, Paragraph, RawDocument, Sentence, Span, Statement } from '../document/types.js';
import type { Actor } from '../actors/kb.js';
import type { TextView } from '../normalize/view.js';
import type { Tok } from '../segment/tokens.js';
import type { ArticleIndex } from '../mentions/positions.js';
import type { ArticleSyntax } from '../syntax/types.js';
import { documentId } from '../document/ids.js';

/** What the header stage reads from the text's first lines and its dateline. */
export interface Header {
  title: string | null;
  titleSpan: Span | null;
  published: string | null;
  updateMarker: Document['updateMarker'];
  bodyStart: number;
  agency: string | null;
  places: string[];
  datelineSpan: Span | null;
}

export interface Analysis {
  readonly raw: RawDocument;
  readonly text: string;
  /** Non-fatal problems, from the reader on. */
  warnings: string[];
  header?: Header;
  paragraphs?: Paragraph[];
  sentences?: Sentence[];
  /** Sentences repeating an earlier one are marked (Sentence.repeatOf); the flag says the stage ran. */
  repeats?: true;
  /** The whole text normalized, with its offset map (built once). */
  view?: TextView;
  /** Tokens of the title and every sentence. */
  tokens?: Tok[];
  mentions?: Mention[];
  localActors?: Actor[];
  /** Token positions, sentence ranges, finite verbs and the mention at each token. */
  index?: ArticleIndex;
  /** Clauses and phrases of each sentence (-1: the title). */
  syntax?: ArticleSyntax;
  statements?: Statement[];
  events?: DocEvent[];
}

/** The fields a stage can require or provide. */
export type AnalysisKey = Exclude<keyof Analysis, 'raw' | 'text' | 'warnings'>;

export function newAnalysis(raw: RawDocument): Analysis {
  return { raw, text: raw.text, warnings: [...(raw.warnings ?? [])] };
}

/** The Document the store keeps: the raw input with what every stage found. */
export function toDocument(a: Analysis): Document {
  const h = a.header!;
  return {
    ...a.raw,
    id: documentId(a.raw.source, a.text),
    title: h.title,
    titleSpan: h.titleSpan,
    published: h.published,
    agency: h.agency,
    places: h.places,
    datelineSpan: h.datelineSpan,
    updateMarker: h.updateMarker,
    bodySpan: [h.bodyStart, a.text.length],
    paragraphs: a.paragraphs ?? [],
    sentences: a.sentences ?? [],
    mentions: a.mentions ?? [],
    localActors: a.localActors ?? [],
    statements: a.statements ?? [],
    events: a.events ?? [],
    warnings: a.warnings,
  };
}
