import { test } from 'node:test';
import assert from 'node:assert/strict';
import { verbReadings } from './verbs.js';

const readings = (w: string) => verbReadings(w).map((r) => `${r.lemma}:${r.tense}`);

test('a particle and a known verb the lexicon does not join are read as one verb', () => {
  assert.deepEqual(readings('voranzutreiben'), ['vorantreiben:EIZ']);
  assert.ok(readings('vorangetrieben').includes('vorantreiben:PA2'));
  assert.ok(readings('vorantrieb').includes('vorantreiben:PRT'));
  // (a known word keeps the lexicon's readings; a noun after a particle stays no verb)
  assert.deepEqual(readings('anzuheben'), ['anheben:EIZ']);
  assert.deepEqual(readings('Zusammenstoß'), []);
  assert.deepEqual(readings('Zurückhaltung'), []);
  // (nor is a noun or adjective the dictionaries know: "Voranzeige", "weitergeleitete" are no "voranzeigen", "weitergeleiten")
  assert.deepEqual(readings('Voranzeige'), []);
  assert.deepEqual(readings('weitergeleitete'), []);
});
