import { test } from 'node:test';
import assert from 'node:assert/strict';
import { prepareDocument } from '../pipeline/prepare.js';
import { exportStatement } from './json.js';

test('an exported quote keeps its whole span and, with a source phrase inside it, the message pieces in spans and words', () => {
  const text = 'Die Zahl der Toten ist nach Angaben der Polizei auf 40 gestiegen. Der Sprecher sagte, die Suche gehe weiter.';
  const doc = prepareDocument({ source: 't', origin: 't', format: 'jsonl', text, published: '2025-03-19' });
  const out = doc.statements.map((s, i) => exportStatement({ ...s, id: `d:s${i + 1}`, document: 'd', documentText: text }, new Map()));
  assert.equal(out[0]!.quote.text, 'Die Zahl der Toten ist nach Angaben der Polizei auf 40 gestiegen');
  assert.deepEqual([out[0]!.quote.words, out[0]!.quote.spans?.map((x) => text.slice(...x))], ['Die Zahl der Toten ist … auf 40 gestiegen', ['Die Zahl der Toten ist', 'auf 40 gestiegen']]);
  assert.deepEqual(Object.keys(out[1]!.quote), ['text', 'span'], 'a message in one piece has no spans');
});
