// Stages "segment" (paragraphs and sentences of the body, the dateline left out) and
// "tokenize" (the tokens of the title and every sentence, each with its sentence).
import type { Sentence } from '../document/types.js';
import { stage } from '../pipeline/stage.js';
import { splitParagraphs } from './paragraphs.js';
import { splitSentences } from './sentences.js';
import { documentTokens } from './tokens.js';

export const segmentStage = stage({
  name: 'segment',
  requires: ['header', 'view'],
  provides: ['paragraphs', 'sentences'],
  run(a, { language }) {
    const { text, header, view } = a;
    const paragraphs = splitParagraphs(text, [header.bodyStart, text.length], language);
    const sentences: Sentence[] = [];
    const dateline = header.datelineSpan;
    paragraphs.forEach((p, index) => {
      const from = dateline && dateline[0] >= p.span[0] && dateline[1] <= p.span[1] ? dateline[1] : p.span[0];
      for (const span of splitSentences(language.segment, text, [from, p.span[1]], view)) sentences.push({ span, paragraph: index, repeatOf: null });
    });
    a.paragraphs = paragraphs;
    a.sentences = sentences;
  },
});

export const tokenizeStage = stage({
  name: 'tokenize',
  requires: ['header', 'sentences', 'view'],
  provides: ['tokens'],
  run(a) {
    a.tokens = documentTokens({ titleSpan: a.header.titleSpan, sentences: a.sentences }, a.view);
  },
});
