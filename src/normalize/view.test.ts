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

test('on random mixes of awkward characters every view character maps to the original it came from', () => {
  const alphabet = ['a', 'B', ' ', '  ', '\t', '\u00A0', '„', '“', '»', '«', '‚', '’', '–', '—', '\u00AD', '\u200B', 'u\u0308', '😀', '\n', '\r\n', '.', '"', 'ß'];
  let seed = 7;
  const next = () => { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed; };
  for (let round = 0; round < 300; round++) {
    let s = '';
    for (let k = next() % 40; k > 0; k--) s += alphabet[next() % alphabet.length];
    const v = normalizedView(s);
    assert.equal(v.start.length, v.text.length);
    for (let i = 0; i < v.text.length; i++) {
      const piece = s.slice(v.start[i], v.end[i]);
      assert.ok(piece.length > 0, `view char ${i} of ${JSON.stringify(s)} maps to nothing`);
      if (v.text[i] === '"') assert.match(piece, /^["„“»«]$/);
      else if (v.text[i] === ' ') assert.match(piece, /^[ \t\u00A0\u00AD\u200B]+$/);
      else if (/[a-zB.ß\n]/.test(v.text[i]!)) assert.equal(piece, v.text[i]);
    }
    assert.ok(!v.text.includes('\u00AD') && !v.text.includes('\r') && !/ {2}/.test(v.text));
  }
});
