// Stage "statements": who said what to whom, in text order (./find.ts).
import { stage } from '../pipeline/stage.js';
import { findStatements } from './find.js';

export const statementsStage = stage({
  name: 'statements',
  requires: ['header', 'paragraphs', 'sentences', 'tokens', 'view', 'mentions', 'index', 'syntax'],
  provides: ['statements'],
  run(a, { language }) {
    a.statements = findStatements({ text: a.text, titleSpan: a.header.titleSpan, sentences: a.sentences, paragraphs: a.paragraphs }, a.tokens, a.view, a.mentions, a.index, a.syntax, language.statements);
  },
});
