// The issues of an event (data/de/issues.tsv, read in src/events/de/refiners/terms.ts), in our own
// German sentences (invented for these tests): the event's own clause, the clauses that complete
// its verb and a statement's message, never the rest of the sentence.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { prepareDocument } from '../pipeline/prepare.js';
import { issueList, issuesIn } from './de/patterns.js';
import type { DocEvent } from '../document/types.js';

function issuesOf(body: string, type: string): string[] {
  const d = prepareDocument({ source: 't.txt', origin: 't.txt', format: 'txt', text: ` date 2025-06-04 Meldung\n\n${body}` });
  const found = d.events.filter((e: DocEvent) => e.type === type);
  assert.equal(found.length, 1, `one ${type}: ${JSON.stringify(d.events.map((e) => e.type))}`);
  return found[0]!.attributes.issues ?? [];
}

test('a demand\'s zu-infinitive says what is demanded: "forderte … auf, … Panzer zu liefern"', () => {
  assert.deepEqual(issuesOf('Kaja Kallas hat die Mitgliedstaaten aufgefordert, der Ukraine bis zum Herbst mehr Panzer zu liefern.', 'REQUEST'), ['arms']);
});

test('a threat is about its condition ("falls …"), not about a time clause beside it', () => {
  assert.deepEqual(issuesOf('Dmitri Medwedew drohte am Montag mit Vergeltung, falls europäische Staaten Friedenstruppen in die Ukraine schicken.', 'THREATEN'), ['peacekeepers']);
  // the ceasefire of the "nachdem" clause is what happened before, not what is threatened
  assert.deepEqual(issuesOf('Nachdem die Waffenruhe gebrochen worden war, drohte Dmitri Medwedew mit Vergeltung, falls Europa Friedenstruppen entsendet.', 'THREATEN'), ['peacekeepers']);
  assert.deepEqual(issuesOf('Dmitri Medwedew drohte Deutschland mit Vergeltung für den Fall einer Lieferung von Taurus-Marschflugkörpern.', 'THREATEN'), ['arms']);
});

test('a demand in a statement takes its issue from the message: "Kiew müsse auf einen Beitritt zur Nato verzichten"', () => {
  assert.deepEqual(issuesOf('Kiew müsse zuerst auf einen Beitritt zur Nato verzichten, sagte Sergej Lawrow am Dienstag.', 'REQUEST'), ['nato']);
});

test('issue words: pieces joined by "+" must all be there; troops alone are no peacekeepers', () => {
  const keys = (t: string) => issuesIn(issueList(), t).map((i) => i.key);
  assert.deepEqual(keys('einen Verzicht auf die Aufnahme Georgiens in die Nato'), ['nato']);
  assert.deepEqual(keys('die Aufnahme von Gesprächen'), []);
  assert.deepEqual(keys('den Abzug der ukrainischen Truppen aus Kursk'), []);
  assert.deepEqual(keys('die Entsendung britischer Truppen'), ['peacekeepers']);
  assert.deepEqual(issuesOf('Russland verlangt den Abzug der ukrainischen Truppen aus Kursk.', 'REQUEST'), []);
});
