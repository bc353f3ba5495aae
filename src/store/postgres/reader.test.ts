// FTS5's search syntax read into PostgreSQL's tsquery.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { toTsquery } from './reader.js';

test('a search in FTS5 syntax becomes the same tsquery: phrases, OR, NOT, prefixes, parentheses; plain words as stems on the web', () => {
  assert.equal(toTsquery('Waffenruhe Kiew', false), '(Waffenruhe) & (Kiew)');
  assert.equal(toTsquery('telefonieren Kreml', true), '(telefon:*) & (kreml:*)');
  assert.equal(toTsquery('Waffen*', false), '(Waffen:*)');
  assert.equal(toTsquery('"zu Gesprächen bereit"', true), '(zu <-> Gesprächen <-> bereit)');
  assert.equal(toTsquery('Waffenruhe OR Feuerpause', false), '(Waffenruhe) | (Feuerpause)');
  assert.equal(toTsquery('Putin NOT Trump', false), '(Putin) & ! (Trump)');
  assert.equal(toTsquery('NOT Trump', false), '! (Trump)');
  assert.equal(toTsquery('(Kiew OR Moskau) Gefangene', false), '( (Kiew) | (Moskau) ) & (Gefangene)');
  assert.equal(toTsquery('EU-Kommission NEAR Gas', false), '(EU <-> Kommission) & (Gas)');
});
