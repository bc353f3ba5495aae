// The bounds on one document's analysis: a long text analysed up to a cut, stored whole; a
// time budget after which the remaining stages are skipped.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analysedLength, prepareDocument } from './prepare.js';
import { documentId } from '../document/ids.js';

const sentence = 'Der Außenminister sagte am Montag in Berlin, man werde die Gespräche fortsetzen. ';

test('a text longer than the limit is stored whole, analysed up to a sentence end before the limit', () => {
  const text = sentence.repeat(200);
  const doc = prepareDocument({ source: 'lang.txt', origin: 'lang.txt', format: 'txt', text }, undefined, undefined, { maxChars: 4000, budgetMs: 60_000 });
  assert.equal(doc.text, text);
  assert.equal(doc.id, documentId('lang.txt', text));
  const last = doc.sentences.at(-1)!;
  assert.ok(last.span[1] <= 4000 && last.span[1] > 3500, String(last.span));
  assert.match(doc.warnings.join(), /first 4 KB of 16 KB analysed/);
  assert.equal(analysedLength(text, 4000) % sentence.length, 0, 'cut after a whole sentence');
});

test('past the time budget the stages after the current one are skipped, and the document says so', () => {
  const doc = prepareDocument({ source: 'z.txt', origin: 'z.txt', format: 'txt', text: sentence.repeat(5) }, undefined, undefined, { maxChars: 1e6, budgetMs: 0 });
  assert.match(doc.warnings.join(), /time budget .* after the header stage: .*without normalize, segment/);
  assert.deepEqual(doc.statements, []);
});
