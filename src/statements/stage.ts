// Stage "statements": who said what to whom, in text order (./find.ts), with the finders and
// words of the article's language.
import { stage } from '../pipeline/stage.js';
import { findStatements } from './find.js';

export const statementsStage = stage({
  name: 'statements',
  requires: ['header', 'paragraphs', 'sentences', 'tokens', 'view', 'mentions', 'index', 'syntax'],
  provides: ['statements'],
  run(a, { language }) {
    const doc = { text: a.text, titleSpan: a.header.titleSpan, sentences: a.sentences, paragraphs: a.paragraphs };
    a.statements = findStatements({ doc, toks: a.tokens, view: a.view, mentions: a.mentions, index: a.index, syntax: a.syntax }, language.statements);
  },
});
