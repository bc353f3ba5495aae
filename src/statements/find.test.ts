import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Statement } from '../document/types.js';
import type { SentenceFinder, StatementConfiguration } from './types.js';
import { analyze, defaultAnalyzer } from '../pipeline/prepare.js';
import { findStatements } from './find.js';
import { konjunktivContinuations } from './de/finders/continuations.js';

/** An invented article's analysis as the statements stage reads it, and the German configuration. */
function article(text: string) {
  const a = analyze({ source: 't', origin: 't', format: 'jsonl', text, published: '2025-03-19' });
  const input = { doc: { text: a.text, titleSpan: a.header!.titleSpan, sentences: a.sentences!, paragraphs: a.paragraphs! }, toks: a.tokens!, view: a.view!, mentions: a.mentions!, index: a.index!, syntax: a.syntax! };
  return { text, input, german: defaultAnalyzer().language.statements };
}

test('the runner: finders per sentence in the configuration\'s order, one that returns true ends its sentence, then the refiners', () => {
  const { input, german } = article('Das Treffen ist vorbei. Die Gespräche gehen weiter.');
  const calls: string[] = [];
  const finder = (name: string, stops: (sentence: number) => boolean): SentenceFinder => ({
    find(_ctx, scan, at) {
      calls.push(`${name}@${at.sentence}`);
      if (name === 'first') scan.add({ form: 'indirect', quote: [at.b, at.b + 10], cue: null, speaker: null, addressee: null, sentence: at.sentence });
      return stops(at.sentence);
    },
  });
  const config: StatementConfiguration = {
    words: german.words,
    markQuotations: () => calls.push('mark'),
    finders: [finder('first', (s) => s === 0), finder('second', () => false)],
    refiners: [{ refine: (_ctx, _scan, found) => { calls.push(`refine ${found.length}`); return found.slice(1); } }],
  };
  const out = findStatements(input, config);
  assert.deepEqual(calls, ['mark', 'first@0', 'first@1', 'second@1', 'refine 2']);
  assert.deepEqual(out.map((x) => x.sentence), [1]);
});

test('the German finders are units: leaving one out drops only what it finds', () => {
  const { text, input, german } = article('Trump teilte am Mittwoch mit, er habe ein langes Telefonat mit Putin geführt. Beide hätten fast anderthalb Stunden gesprochen.');
  const forms = (config: StatementConfiguration) => findStatements(input, config).map((x: Statement) => [x.form, text.slice(...x.quote)]);
  assert.deepEqual(forms(german), [
    ['indirect', 'er habe ein langes Telefonat mit Putin geführt'],
    ['free-indirect', 'Beide hätten fast anderthalb Stunden gesprochen'],
  ]);
  const withoutContinuations = { ...german, finders: german.finders.filter((f) => f !== konjunktivContinuations) };
  assert.deepEqual(forms(withoutContinuations), [['indirect', 'er habe ein langes Telefonat mit Putin geführt']]);
});
