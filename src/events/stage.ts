// Stage "events": what the article tells, coded in PLOVER, its mentions merged within the
// article (./find.ts runs the language's finders and refiners, language.events); across
// articles the ingest merges them (../merge/).
import { stage } from '../pipeline/stage.js';
import { findEvents } from './find.js';

export const eventsStage = stage({
  name: 'events',
  requires: ['header', 'paragraphs', 'sentences', 'tokens', 'mentions', 'index', 'syntax', 'statements'],
  provides: ['events'],
  run(a, { kb, language }) {
    const doc = { text: a.text, titleSpan: a.header.titleSpan, sentences: a.sentences, paragraphs: a.paragraphs, published: a.header.published, statements: a.statements };
    a.events = findEvents({ doc, toks: a.tokens, index: a.index, syntax: a.syntax }, kb, language.events);
  },
});
