// The six error classes of events on unseen news (issue 15), each pinned with our own
// invented sentences: what must not become an event, whose event it is, and what merges.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { prepareDocument } from '../pipeline/prepare.js';
import { loadKnowledgeBase } from '../actors/kb.js';
import { mergeEvents, type DocumentEvents, type MergedEvent } from '../merge/events.js';
import type { DocEvent } from '../document/types.js';

const kb = loadKnowledgeBase();
const know = { countryOf: (id: string) => kb.actors.get(id)?.country ?? null, isPerson: (id: string) => kb.actors.get(id)?.kind === 'person' };

function report(id: string, published: string, body: string): DocumentEvents {
  const d = prepareDocument({ source: id, origin: id, format: 'txt', text: ` date ${published} Meldung\n\n${body}` }, kb);
  return { document: id, published, events: d.events };
}
const eventsOf = (body: string, published = '2025-05-14'): DocEvent[] => report('t', published, body).events;
const merged = (...docs: DocumentEvents[]): MergedEvent[] => mergeEvents(docs, know);
const sides = (e: Pick<DocEvent, 'actors' | 'recipients'>) => [...e.actors, ...e.recipients].sort();
/** Told as having happened: no plan, hypothesis, condition or negation. */
const happened = (e: Pick<DocEvent, 'context'>) => !['future', 'hypothetical', 'conditional', 'negation', 'proposed'].some((c) => e.context.includes(c));

test('1. a hope is no agreement, a possible summit no meeting, an invitation an AGREE with the visit as its act', () => {
  const hope = eventsOf('Kallas sagte, sie hoffe, dass sich Russland und die Ukraine bald auf eine Waffenruhe einigten.');
  assert.ok(!hope.some((e) => e.type === 'AGREE' && happened(e)), JSON.stringify(hope.map((e) => [e.type, e.context])));
  const summit = eventsOf('In Washington wird bereits über ein mögliches Gipfeltreffen von Trump und Putin im Herbst spekuliert.');
  assert.ok(!summit.some((e) => e.type === 'CONSULT' && happened(e)), JSON.stringify(summit.map((e) => [e.type, e.context])));
  const [invitation, ...more] = merged(report('a', '2025-05-14', 'Erdoğan lud die Außenminister Russlands und der Ukraine nach Ankara ein.'));
  assert.equal(more.length, 0);
  assert.equal(invitation!.type, 'AGREE');
  assert.deepEqual(invitation!.attributes.act, { type: 'CONSULT', mode: 'visit' });
  assert.ok(invitation!.actors.includes('recep-tayyip-erdogan'));
});

test('2. an event inside reported speech is the reported actor\'s, not the reporter\'s', () => {
  const events = eventsOf('Der Kreml erklärte, die US-Regierung habe abermals eine Waffenruhe verlangt.');
  const request = events.find((e) => e.type === 'REQUEST');
  assert.ok(request, JSON.stringify(events.map((e) => [e.type, e.actors])));
  assert.deepEqual(request.actors, ['usa']);
  assert.equal(request.mode, 'yield');
});

test('3. a negation of the format is no negated meeting: "nicht unter vier Augen, sondern …"', () => {
  const events = eventsOf('Trump und Putin berieten am Dienstag nicht unter vier Augen, sondern im Beisein ihrer Delegationen.');
  const talks = events.filter((e) => e.type === 'CONSULT');
  assert.equal(talks.length, 1);
  assert.ok(!talks[0]!.context.includes('negation'));
  assert.equal(talks[0]!.date?.value, '2025-05-13');
  const none = eventsOf('Trump und Putin haben am Dienstag nicht miteinander telefoniert.');
  assert.ok(none.every((e) => e.type !== 'CONSULT' || e.context.includes('negation')));
});

test('4. a standing demand ("fordert seit Jahresbeginn") is no event of January', () => {
  const events = eventsOf('Selenskyj fordert seit Jahresbeginn weitere Patriot-Systeme von Deutschland.');
  assert.ok(events.every((e) => !e.date?.value?.startsWith('2025-01')), JSON.stringify(events.map((e) => [e.type, e.date])));
});

test('5. a sentence about the first of two calls is no evidence of the second: it tells the first', () => {
  const calls = merged(report('a', '2025-05-22',
    'Trump und Putin haben am Mittwoch erneut telefoniert. Das erste Telefonat Anfang Mai hatte nach Angaben des Kremls zwei Stunden gedauert.'))
    .filter((e) => e.type === 'CONSULT');
  const second = calls.find((e) => e.date?.value === '2025-05-21')!;
  assert.equal(second.mentions.length, 1, 'the first call\'s sentence is not a mention of the second');
  assert.equal(second.attributes.durationMinutes, undefined, 'nor its duration');
  // "das erste Telefonat" with a time of its own: the earlier call of the series, same sides
  const first = calls.find((e) => e !== second)!;
  assert.equal(calls.length, 2);
  assert.deepEqual([first.date?.value, first.date?.end], ['2025-05-01', '2025-05-10']);
  assert.deepEqual(sides(first), sides(second));
  assert.equal(first.attributes.durationMinutes, 120);
});

test('5. without a time of its own, or without a word of a series, a reference stays a mention of the call told', () => {
  const [call, ...more] = merged(report('a', '2025-05-22',
    'Trump und Putin haben am Mittwoch erneut telefoniert. Das Telefonat hatte nach Angaben des Kremls zwei Stunden gedauert.')).filter((e) => e.type === 'CONSULT');
  assert.equal(more.length, 0);
  assert.equal(call!.mentions.length, 2);
  const [only, ...other] = merged(report('a', '2025-05-22',
    'Trump und Putin haben am Mittwoch erneut telefoniert. Das Telefonat Anfang Mai hatte zwei Stunden gedauert.')).filter((e) => e.type === 'CONSULT');
  assert.equal(other.length, 0, 'no series word: not another call');
  assert.equal(only!.mentions.length, 1);
});

test('6. one call from reports naming persons, states and the Kremlin, with a day or a month; a second call apart', () => {
  const events = merged(
    report('a', '2025-05-07', 'Trump und Putin telefonierten am Dienstag mehr als eine Stunde lang.'),
    report('b', '2025-05-09', 'Das Weiße Haus und der Kreml haben im Mai miteinander telefoniert.'),
    report('c', '2025-05-08', 'Washington und Moskau hatten am Dienstag telefoniert.'),
    report('d', '2025-05-22', 'Trump und Putin haben am Mittwoch erneut telefoniert.'),
  ).filter((e) => e.type === 'CONSULT');
  const docs = (e: MergedEvent) => [...new Set(e.mentions.map((m) => m.document))].sort().join(',');
  assert.deepEqual(events.map((e) => `${e.date?.value}:${docs(e)}`).sort(), ['2025-05-06:a,b,c', '2025-05-21:d']);
  const first = events.find((e) => e.date?.value === '2025-05-06')!;
  assert.deepEqual(sides(first), ['donald-trump', 'kreml', 'russland', 'usa', 'weisses-haus', 'wladimir-putin']);
  // each side keeps its party: the persons, their state and the bodies that speak for it
  assert.ok(['donald-trump', 'usa', 'weisses-haus'].every((x) => first.actors.includes(x)) || ['donald-trump', 'usa', 'weisses-haus'].every((x) => first.recipients.includes(x)));
});

test('6. an agreement told through its terms and through the call is one event', () => {
  const events = merged(
    report('a', '2025-05-07', 'Trump und Putin vereinbarten in dem Telefonat am Dienstag eine Aussetzung der Angriffe auf Energieanlagen.'),
    report('b', '2025-05-08', 'Russland und die USA haben eine 30-tägige Aussetzung der Angriffe auf Energieanlagen vereinbart.'),
  ).filter((e) => e.type === 'AGREE');
  assert.equal(events.length, 1, JSON.stringify(events.map((e) => [sides(e), e.date])));
  assert.equal(events[0]!.attributes.durationDays, 30);
  assert.deepEqual(events[0]!.attributes.act, { type: 'RETREAT', mode: 'ceasefire' });
});

test('a body that acts for states before their genitive stands for them: "Delegationen Russlands und der Ukraine verhandelten"', () => {
  const talks = eventsOf('Am Freitag haben Delegationen Russlands und der Ukraine in Istanbul miteinander verhandelt.', '2025-05-17').filter((e) => e.type === 'CONSULT');
  assert.equal(talks.length, 1);
  assert.deepEqual(sides(talks[0]!), ['russland', 'ukraine']);
  assert.equal(talks[0]!.place, 'Istanbul');
  // a body of no state ("Delegationen der Parteien") names no side
  assert.deepEqual(eventsOf('Am Freitag haben Delegationen der Parteien miteinander verhandelt.', '2025-05-17'), []);
});

test('1. an invitation after a meeting told as held is a plan of its own, not one more mention of the meeting', () => {
  const talks = eventsOf('Putin und Selenskyj trafen sich am Samstag in Istanbul. Erdoğan lud Putin und Selenskyj zu einem weiteren Treffen nach Ankara ein.')
    .filter((e) => e.type === 'CONSULT');
  assert.equal(talks.length, 2, JSON.stringify(talks.map((e) => [e.actors, e.context])));
  const invitation = talks.find((e) => e.actors.includes('recep-tayyip-erdogan'))!;
  assert.ok(invitation.context.includes('future'));
  assert.equal(invitation.place, 'Ankara');
  assert.ok(happened(talks.find((e) => e !== invitation)!));
});

test('6. a demand named in its rejection is a mention of the demand another report tells, and alone no event', () => {
  const rejection = 'Am Mittwoch wies Verteidigungsminister Boris Pistorius die Forderung des ukrainischen Präsidenten Wolodymyr Selenskyj nach weiteren Patriot-Systemen zurück.';
  const both = merged(
    report('a', '2025-05-06', 'Am Dienstagabend forderte Selenskyj von Deutschland weitere Patriot-Systeme.'),
    report('b', '2025-05-07', rejection));
  const demands = both.filter((e) => e.type === 'REQUEST');
  assert.equal(demands.length, 1);
  assert.deepEqual([...new Set(demands[0]!.mentions.map((m) => m.document))].sort(), ['a', 'b']);
  assert.equal(demands[0]!.date?.value, '2025-05-06', 'dated by the report that tells it, not by the rejection');
  const alone = merged(report('b', '2025-05-07', rejection));
  assert.deepEqual(alone.map((e) => e.type), ['REJECT']);
});

test('6. within an article a side given as the state joins its own party: "mit den USA" beside Trump', () => {
  const [call, ...more] = merged(report('a', '2025-05-07',
    'Trump und Putin telefonierten am Dienstag. Nach Angaben des Kremls sprach Putin dabei mit den USA über eine Waffenruhe.')).filter((e) => e.type === 'CONSULT');
  assert.equal(more.length, 0, 'one call');
  const side = (x: string) => (call!.actors.includes(x) ? 'actor' : call!.recipients.includes(x) ? 'recipient' : 'none');
  assert.equal(side('usa'), side('donald-trump'));
  assert.notEqual(side('usa'), side('wladimir-putin'));
});
