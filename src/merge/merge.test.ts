// Merging events across reports, on our own short articles (invented for these tests).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { prepareDocument } from '../pipeline/prepare.js';
import { loadKnowledgeBase } from '../actors/kb.js';
import { mergeEvents, type DocumentEvents } from './events.js';
import { positions } from '../views/positions.js';
import { issueList } from '../events/de/patterns.js';
import type { StoredEvent } from '../store/events.js';

const kb = loadKnowledgeBase();
const affiliated = { countryOf: (id: string) => kb.actors.get(id)?.country ?? null, isPerson: (id: string) => kb.actors.get(id)?.kind === 'person' };

function report(id: string, published: string | null, body: string, duplicateOf: string | null = null): DocumentEvents {
  const text = (published ? ` date ${published} Meldung\n\n` : 'Meldung\n') + body;
  const d = prepareDocument({ source: id, origin: id, format: 'txt', text }, kb);
  return { document: id, published, duplicateOf, events: d.events };
}

const calls = (events: ReturnType<typeof mergeEvents>, a = 'donald-trump', b = 'wladimir-putin') =>
  events.filter((e) => e.type === 'CONSULT' && [a, b].every((x) => [...e.actors, ...e.recipients].includes(x)));
const docs = (e: { mentions: Array<{ document: string }> }) => [...new Set(e.mentions.map((m) => m.document))].sort();

test('one call told by three reports is one event with a mention from each', () => {
  const merged = mergeEvents([
    report('a', '2025-03-18', 'US-Präsident Donald Trump will am Dienstag mit Kremlchef Wladimir Putin telefonieren.'),
    report('b', '2025-03-19', 'Trump und Putin haben am Dienstag fast zwei Stunden lang miteinander telefoniert.'),
    report('c', '2025-03-20', 'Nach dem Telefonat von Trump und Putin lehnte Kiew neue Forderungen ab.'),
  ], affiliated);
  const [call, ...more] = calls(merged);
  assert.equal(more.length, 0, 'one call');
  assert.deepEqual(docs(call!), ['b', 'c']);
  assert.equal(call!.status, 'occurred');
  assert.equal(call!.date?.value, '2025-03-18');
  assert.equal(call!.attributes.durationMinutes, 120);
  // announced first (PLOVER: an AGREE with the planned call as its act), linked both ways to the call held
  const plan = merged.find((e) => e.type === 'AGREE')!;
  assert.deepEqual(docs(plan), ['a']);
  assert.deepEqual(plan.attributes.act, { type: 'CONSULT', mode: 'phone' });
  assert.equal(plan.attributes.fulfilledBy, call!.id);
  assert.equal(call!.attributes.announcedBy, plan.id);
  assert.equal(plan.attributes.durationMinutes, undefined, 'how long it lasted is the call\'s');
  assert.equal(plan.quadClass, 'VERBAL COOPERATION');
});

test('an announced event nobody reported as held stays planned: an AGREE with the act it plans', () => {
  const merged = mergeEvents([report('a', '2025-03-18', 'Selenskyj will am Freitag mit Trump telefonieren.')], affiliated);
  assert.equal(calls(merged, 'wolodymyr-selenskyj', 'donald-trump').length, 0);
  const [plan] = merged;
  assert.equal(plan!.type, 'AGREE');
  assert.equal(plan!.status, 'planned');
  assert.deepEqual(plan!.attributes.act, { type: 'CONSULT', mode: 'phone' });
  assert.ok(!plan!.context.includes('future'), 'the agreement is the act, not a future one');
});

test('two calls of the same pair a month apart stay two events', () => {
  const merged = mergeEvents([
    report('a', '2025-03', 'Im Februar telefonierte Trump mit Putin. Am Dienstag telefonierten Trump und Putin erneut.'),
    report('b', '2025-03-19', 'Trump und Putin haben am Dienstag telefoniert.'),
  ], affiliated);
  const found = calls(merged).map((e) => `${e.date?.value}:${docs(e).join(',')}`).sort();
  assert.deepEqual(found, ['2025-02:a', '2025-03-18:a,b']);
});

test('an undated report is placed by the month its events are reported in elsewhere, and says so', () => {
  const merged = mergeEvents([
    report('feb', '2025-03', 'Im Februar telefonierte Trump mit Putin - und danach mit Selenskyj.'),
    report('mar', '2025-03-19', 'Trump und Putin haben am Dienstag telefoniert.'),
    report('undated', null, 'Trump hat mit Putin telefoniert. Zudem hätten auch Selenskyj und Trump telefoniert.'),
  ], affiliated);
  const feb = calls(merged).find((e) => e.date?.value === '2025-02')!;
  assert.deepEqual(docs(feb), ['feb', 'undated']);
  assert.equal(feb.attributes.dateFrom, 'feb');
  assert.deepEqual(docs(calls(merged, 'donald-trump', 'wolodymyr-selenskyj')[0]!), ['feb', 'undated']);
});

test('an undated report that fits two events equally joins neither', () => {
  const merged = mergeEvents([
    report('feb', '2025-03', 'Im Februar telefonierte Trump mit Putin.'),
    report('mar', '2025-03-19', 'Trump und Putin haben am Dienstag telefoniert.'),
    report('undated', null, 'Trump hat mit Putin telefoniert.'),
  ], affiliated);
  assert.equal(calls(merged).length, 3);
});

test('a near-copy of an article adds mentions, never events', () => {
  const body = 'Die EU-Außenbeauftragte Kaja Kallas hat die Mitgliedstaaten aufgefordert, mehr Munition zu liefern. Ungarns Regierungschef Viktor Orban lehnte den Vorschlag ab.';
  const alone = mergeEvents([report('a', '2025-03-20', body)], affiliated);
  const both = mergeEvents([report('a', '2025-03-20', body), report('b', '2025-03-20', body, 'a')], affiliated);
  assert.equal(both.length, alone.length);
  assert.ok(both.every((e) => docs(e).join() === 'a,b'));
});

test('demands of one actor in two reports with different targets and issues stay apart', () => {
  const merged = mergeEvents([
    report('a', '2025-03-18', 'Russland verlangt von Kiew den Rückzug aus vier Regionen.'),
    report('b', '2025-03-19', 'Russland forderte von der Nato einen Stopp der Waffenlieferungen.'),
  ], affiliated);
  assert.equal(merged.filter((e) => e.type === 'REQUEST').length, 2);
});

test('positions: actor × issue with the evidence sentence', () => {
  const merged = mergeEvents([
    report('a', '2025-03-18', 'Russland verlangt von Kiew den Rückzug aus vier Regionen. Die Ukraine hat jede Abtretung von Gebieten abgelehnt.'),
    report('b', '2025-03-19', 'Trump und Putin haben sich auf eine Waffenruhe im Schwarzen Meer geeinigt.'),
  ], affiliated);
  const stored = merged.map((e) => ({ ...e, mentions: e.mentions.map((m) => ({ ...m, text: '' })) })) as StoredEvent[];
  const cells = positions(stored, issueList()).map((c) => `${c.actor}/${c.issue}/${c.evidence.map((x) => x.stance).join('+')}`);
  assert.deepEqual(cells.sort(), ['donald-trump/ceasefire/agrees', 'russland/territory/demands', 'ukraine/territory/rejects', 'wladimir-putin/ceasefire/agrees'].sort());
});

test('undated reports a week apart each do not chain into one event over months', () => {
  const days = ['2025-01-01', '2025-01-10', '2025-01-19', '2025-01-28', '2025-02-06', '2025-02-15'];
  const merged = mergeEvents(days.map((d, k) => report(`r${k}`, d, 'Trump telefonierte mit Putin.')), affiliated);
  assert.ok(calls(merged).length >= 3, `${calls(merged).length} calls`);
});

test('a call of two does not join a conference of three held the same day', () => {
  const merged = mergeEvents([
    report('a', '2025-03-19', 'Am Dienstag sprach Trump in einer Videoschalte mit Putin und Selenskyj.'),
    report('b', '2025-03-19', 'Trump und Selenskyj haben am Dienstag telefoniert.'),
  ], affiliated);
  assert.equal(merged.filter((e) => e.type === 'CONSULT').length, 2);
});

test('where reports disagree on a figure the event keeps every value with its reports and is disputed', () => {
  const merged = mergeEvents([
    report('a', '2025-05-10', 'Russland und die Ukraine haben am Samstag jeweils 175 Kriegsgefangene ausgetauscht.'),
    report('b', '2025-05-11', 'Russland und die Ukraine tauschten am Samstag jeweils 150 Kriegsgefangene aus.'),
    report('c', '2025-05-12', 'Am Samstag hatten Russland und die Ukraine jeweils 175 Kriegsgefangene ausgetauscht.'),
    report('d', '2025-05-07', 'Trump und Putin telefonierten am Dienstag fast anderthalb Stunden lang.'),
    report('e', '2025-05-07', 'Putin und Trump haben am Dienstag zwei Stunden lang telefoniert.'),
  ], affiliated);
  const exchange = merged.filter((e) => e.type === 'RETREAT');
  assert.equal(exchange.length, 1, 'one exchange');
  assert.equal(exchange[0]!.mode, 'release');
  assert.deepEqual(exchange[0]!.disputed, { count: [{ value: 175, documents: ['a', 'c'] }, { value: 150, documents: ['b'] }] });
  const [call, ...more] = calls(merged);
  assert.equal(more.length, 0, 'one call');
  assert.deepEqual(call!.disputed, { durationMinutes: [{ value: 90, documents: ['d'] }, { value: 120, documents: ['e'] }] });
});

test('reports that agree leave the event undisputed', () => {
  const merged = mergeEvents([
    report('a', '2025-05-10', 'Russland und die Ukraine haben am Samstag jeweils 175 Kriegsgefangene ausgetauscht.'),
    report('b', '2025-05-11', 'Am Samstag tauschten Russland und die Ukraine jeweils 175 Kriegsgefangene aus.'),
  ], affiliated);
  assert.equal(merged.length, 1);
  assert.equal(merged[0]!.disputed, undefined);
  assert.equal(merged[0]!.attributes.count, 175);
});
