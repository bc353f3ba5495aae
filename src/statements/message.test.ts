import { test } from 'node:test';
import assert from 'node:assert/strict';
import { prepareDocument } from '../pipeline/prepare.js';
import { messageSpans } from './message.js';

/** Each statement's message pieces, as text. */
function pieces(text: string): string[][] {
  const doc = prepareDocument({ source: 't', origin: 't', format: 'jsonl', text, published: '2025-03-19' });
  return doc.statements.map((s) => messageSpans(text, s.quote, s.frame).map((x) => text.slice(...x)));
}

test('a source phrase inside a message is cut out of it; a frame around it leaves it whole', () => {
  assert.deepEqual(pieces('Die Zahl der Toten ist nach Angaben der Polizei auf 40 gestiegen.'), [['Die Zahl der Toten ist', 'auf 40 gestiegen']]);
  assert.deepEqual(pieces('Das sei, so Peskow, nicht vereinbart worden.'), [['Das sei', 'nicht vereinbart worden']]);
  assert.deepEqual(pieces('Der Sprecher sagte, die Gespräche würden am Montag fortgesetzt.'), [['die Gespräche würden am Montag fortgesetzt']]);
});

test('pieces never hold the commas or spaces that set the frame off, nor an empty piece', () => {
  const text = 'Es sei, laut Kreml, nichts.';
  assert.deepEqual(messageSpans(text, [0, 26], [[8, 18]]).map((x) => text.slice(...x)), ['Es sei', 'nichts']);
  assert.deepEqual(messageSpans(text, [0, 26], [[0, 5]]), [[0, 26]], 'a frame at the edge is not inside');
});
