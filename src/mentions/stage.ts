// Stages "mentions" (actor mentions resolved within the article, and the persons it
// introduces) and "index" (where tokens, mentions and sentences stand, for the stages after).
import { stage } from '../pipeline/stage.js';
import { findMentions } from './resolve.js';
import { indexArticle } from './positions.js';

export const mentionsStage = stage({
  name: 'mentions',
  requires: ['header', 'sentences', 'tokens'],
  provides: ['mentions', 'localActors'],
  run(a, { kb, language }) {
    const { mentions, localActors } = findMentions({ text: a.text, titleSpan: a.header.titleSpan, sentences: a.sentences, published: a.header.published }, kb, a.tokens, language.mentions);
    a.mentions = mentions;
    a.localActors = localActors;
  },
});

export const indexStage = stage({
  name: 'index',
  requires: ['tokens', 'mentions'],
  provides: ['index'],
  run(a) {
    a.index = indexArticle(a.tokens, a.mentions);
  },
});
