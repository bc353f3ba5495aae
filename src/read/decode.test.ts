import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decode, InputError } from './decode.js';

test('UTF-8 is read as is', () => {
  const d = decode(Buffer.from('„Waffenruhe“ – jetzt', 'utf8'));
  assert.equal(d.text, '„Waffenruhe“ – jetzt');
  assert.equal(d.encoding, 'utf-8');
});

test('Latin-1/Windows-1252 files keep their umlauts and German quotes', () => {
  // „Gespräche“ – so wie ein altes CMS es schreibt
  const bytes = Buffer.from([0x84, ...Buffer.from('Gespr', 'latin1'), 0xe4, ...Buffer.from('che', 'latin1'), 0x93, 0x20, 0x96, 0x20, 0xdf]);
  const d = decode(bytes);
  assert.equal(d.text, '„Gespräche“ – ß');
  assert.equal(d.encoding, 'windows-1252');
  assert.match(d.note!, /not valid UTF-8/);
});

test('UTF-16 with a byte order mark', () => {
  const d = decode(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Brüssel', 'utf16le')]));
  assert.equal(d.text, 'Brüssel');
});

test('binary files are refused with what they look like', () => {
  assert.throws(() => decode(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0])), (e: Error) => e instanceof InputError && /PNG image/.test(e.message));
  assert.throws(() => decode(Buffer.from('%PDF-1.7\n...')), /PDF document/);
  assert.throws(() => decode(Buffer.from([0x41, 0x00, 0x42, 0x43])), /NUL bytes/);
});

test('a UTF-8 file with a few stray Latin-1 bytes keeps its UTF-8 and reads only the strays as Windows-1252', () => {
  const utf = Buffer.from('Die Außenbeauftragte „warnt“ – ', 'utf8');
  const d = decode(Buffer.concat([utf, Buffer.from([0xe4, 0x20]), utf]));
  assert.equal(d.text, 'Die Außenbeauftragte „warnt“ – ä Die Außenbeauftragte „warnt“ – ');
  assert.match(d.note!, /1 stray byte read as Windows-1252/);
});

test('a byte order mark in front of Latin-1 text is dropped, not turned into "ï»¿"', () => {
  const d = decode(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(' date 2025-03-01 Gespräche', 'latin1')]));
  assert.equal(d.text, ' date 2025-03-01 Gespräche');
});

test('a Latin-1 file whose "ß“" happens to form a valid UTF-8 sequence is still read as Latin-1', () => {
  const d = decode(Buffer.from([...Buffer.from('Das macht Spa', 'latin1'), 0xdf, 0x93, 0x20, 0x84, ...Buffer.from('Gr', 'latin1'), 0xfc, 0xdf, 0x65, 0x93]));
  assert.equal(d.text, 'Das macht Spaß“ „Grüße“');
  assert.equal(d.encoding, 'windows-1252');
});
