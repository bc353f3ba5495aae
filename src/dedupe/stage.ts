// Stage "repeats": sentences and paragraphs that only retell an earlier one in the same
// article are marked, so later stages do not count them twice.
import { stage } from '../pipeline/stage.js';
import { markRepeats } from './repeats.js';

export const repeatsStage = stage({
  name: 'repeats',
  requires: ['paragraphs', 'sentences'],
  provides: ['repeats'],
  run(a) {
    markRepeats(a.text, a.paragraphs, a.sentences);
    a.repeats = true;
  },
});
