import { test } from 'node:test';
import assert from 'node:assert/strict';
import { normalizedView, toOriginal } from './view.js';

test('quotes, dashes and odd spaces are unified; spans map back to the exact original characters', () => {
  const original = 'Er sagte:\u00A0„Wir  kommen“ – »bald«, ‚sicher‘.';
  const v = normalizedView(original);
  assert.equal(v.text, 'Er sagte: "Wir kommen" - "bald", \'sicher\'.');
  const b = v.text.indexOf('"Wir');
  const e = v.text.indexOf('"', b + 1) + 1;
  const [ob, oe] = toOriginal(v, [b, e]);
  assert.equal(original.slice(ob, oe), '„Wir  kommen“');
});

test('soft hyphens and zero-width characters vanish from the view but not from the offsets', () => {
  const original = 'Waffen\u00ADruhe und Verhand\u200Blungen';
  const v = normalizedView(original);
  assert.equal(v.text, 'Waffenruhe und Verhandlungen');
  assert.deepEqual(toOriginal(v, [0, 10]), [0, 11]);
  assert.equal(original.slice(...toOriginal(v, [15, 28])), 'Verhand\u200Blungen');
});

test('decomposed umlauts become one character that maps to both code units', () => {
  const original = 'Bru\u0308ssel';
  const v = normalizedView(original);
  assert.equal(v.text, 'Brüssel');
  assert.equal(original.slice(...toOriginal(v, [2, 3])), 'u\u0308');
});

test('a view of part of the text reports offsets in the whole text', () => {
  const original = 'Kopf\n\nKIEW – Der Text.';
  const v = normalizedView(original, [6, original.length]);
  assert.equal(v.text, 'KIEW - Der Text.');
  assert.equal(original.slice(...toOriginal(v, [7, 15])), 'Der Text');
});
