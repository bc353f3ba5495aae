import { test } from 'node:test';
import assert from 'node:assert/strict';
import { normalizedView } from '../normalize/view.js';
import { findQuotes } from './quotes.js';

const quoted = (t: string) => { const v = normalizedView(t); return findQuotes(v.text).map((q) => v.text.slice(...q.inner)); };

test('German, English, tabloid, Swiss and single quotes pair by the side they stand on', () => {
  assert.deepEqual(quoted('Er sagte: „Wir sind bereit.“ Dann ging er.'), ['Wir sind bereit.']);
  assert.deepEqual(quoted('»Das ist falsch«, sagte sie.'), ['Das ist falsch']);
  assert.deepEqual(quoted('«Das ist falsch», sagte sie.'), ['Das ist falsch']);
  assert.deepEqual(quoted('He said “no” twice.'), ['no']);
  assert.deepEqual(quoted('„Er sprach von ‚Verrat‘ und ging“, hieß es.'), ["Er sprach von 'Verrat' und ging", 'Verrat']);
});

test('apostrophes and a mark glued into a compound are no quotes; an unpaired mark opens nothing', () => {
  assert.deepEqual(quoted("Wie geht's? Gut geht's."), []);
  assert.deepEqual(quoted('Der „Spiegel“-Bericht erschien.'), ['Spiegel']);
  assert.deepEqual(quoted('Er sagte: „Wir sind bereit'), []);
});
