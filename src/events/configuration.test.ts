// The events stage runs the language's configuration: its finders propose, its refiners,
// in order, place (our own invented sentences).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, defaultAnalyzer } from '../pipeline/prepare.js';
import type { Candidate, EventConfiguration } from './types.js';

const TEXT = ' date 2025-03-19 Meldung\n\nAm Dienstag telefonierte Bundeskanzler Olaf Scholz mit Kremlchef Wladimir Putin. Das Telefonat dauerte eine Stunde.';

function eventsWith(change: (c: EventConfiguration) => EventConfiguration) {
  const standard = defaultAnalyzer();
  const analyzer = { ...standard, language: { ...standard.language, events: change(standard.language.events) } };
  return analyze({ source: 't.txt', origin: 't.txt', format: 'txt', text: TEXT }, undefined, analyzer).events!;
}

test('the German configuration: sentence finders, statement finders and refiners in their order', () => {
  const c = defaultAnalyzer().language.events;
  assert.deepEqual(c.sentenceFinders.map((f) => f.name), ['event verbs', 'event nouns', 'references to an event told before']);
  assert.deepEqual(c.statementFinders.map((f) => f.name), ['speech acts', 'demands in a message', 'rejections in a message']);
  assert.deepEqual(c.refiners.map((r) => r.name), [
    'statement evidence', 'context of the mention', 'date of the mention', 'terms of the event', 'merge within the article', 'resolve references',
  ]);
});

test("the refiners take a sentence's candidates together, in finder order; a configuration runs only its own finders", () => {
  const seen: Array<Array<Candidate['via']>> = [];
  const events = eventsWith((c) => ({ ...c, refiners: [{ name: 'spy', refine: (_ctx, cs) => (seen.push(cs.map((f) => f.via)), cs) }, ...c.refiners] }));
  assert.deepEqual(seen, [['verb'], ['reference']]);
  assert.deepEqual(events.map((e) => [e.type, e.mentions.map((m) => m.via)]), [['CONSULT', ['verb', 'reference']]]);
  const verbsOnly = eventsWith((c) => ({ ...c, sentenceFinders: c.sentenceFinders.filter((f) => f.name === 'event verbs') }));
  assert.deepEqual(verbsOnly.map((e) => [e.type, e.mentions.map((m) => m.via)]), [['CONSULT', ['verb']]]);
});
