import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenize } from './tokens.js';

test('tokens keep compounds, numbers and offsets into the original text', () => {
  const t = 'US-Präsident\u00A0Trump: „30-tägige Pause“ – 2,5 Mrd. Euro, geht\'s?';
  const toks = tokenize(t);
  assert.deepEqual(toks.map((x) => x.text), ['US-Präsident', 'Trump', ':', '"', '30-tägige', 'Pause', '"', '-', '2,5', 'Mrd', '.', 'Euro', ',', "geht's", '?']);
  for (const x of toks) assert.equal(t.slice(...x.span).normalize('NFC').replace(/[„“]/g, '"').replace('–', '-'), x.text);
  assert.deepEqual(toks.map((x) => x.kind).slice(0, 4), ['word', 'word', 'punct', 'quote']);
});

test('a trailing hyphen of a shortened compound stays with its word', () => {
  assert.deepEqual(tokenize('EU-Außen- und Verteidigungsminister').map((x) => x.text), ['EU-Außen-', 'und', 'Verteidigungsminister']);
});

test('a dot inside a name or web address stays inside the word; z.B. and a sentence end do not', () => {
  assert.deepEqual(tokenize('Die Gewerkschaft ver.di sagte es t-online.de, z.B. heute.Dann am Ende.die').map((x) => x.text),
    ['Die', 'Gewerkschaft', 'ver.di', 'sagte', 'es', 't-online.de', ',', 'z', '.', 'B', '.', 'heute', '.', 'Dann', 'am', 'Ende', '.', 'die']);
});
