// Stage "normalize": the whole text's normalized view with its offset map, built once for
// every later stage (sentences, tokens, quotes).
import { stage } from '../pipeline/stage.js';
import { normalizedView } from './view.js';

export const normalizeStage = stage({
  name: 'normalize',
  requires: [],
  provides: ['view'],
  run(a) {
    a.view = normalizedView(a.text);
  },
});
