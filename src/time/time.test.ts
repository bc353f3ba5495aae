import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadLanguage } from '../language/load.js';
import { resolveTime, durationMinutes, type Tense } from './resolve.js';

const time = loadLanguage('de').time;
const findTimeExpressions = (text: string) => time.find(text);

/** The one expression in the sentence, resolved against the article date. */
function when(sentence: string, reference: string | null, tense: Tense = 'past') {
  const found = findTimeExpressions(sentence);
  assert.equal(found.length, 1, `one expression in "${sentence}": ${found.map((f) => f.text).join(' | ')}`);
  const f = found[0]!;
  assert.equal(sentence.slice(...f.span), f.text);
  return { text: f.text, relation: f.relation, ...resolveTime(f.ref, reference, tense) };
}

// 2025-03-19 is a Wednesday
test('weekdays resolve to the last such day before a day-precise article date, or the next one for plans', () => {
  assert.equal(when('Das Gespräch fand am Dienstag statt.', '2025-03-19').value, '2025-03-18');
  assert.equal(when('Kallas sagte Dienstagabend in Brüssel, sie sei skeptisch.', '2025-03-19').value, '2025-03-18');
  assert.equal(when('Die Minister treffen sich am Freitag.', '2025-03-19', 'future').value, '2025-03-21');
  assert.equal(when('Trump will an diesem Dienstag mit Putin sprechen.', '2025-03-19', 'future').value, '2025-03-18');
  assert.equal(when('Am vergangenen Samstag telefonierten sie.', '2025-03-19').value, '2025-03-15');
  assert.equal(when('Am kommenden Montag beginnen die Gespräche.', '2025-03-19', 'future').value, '2025-03-24');
  assert.equal(when('Man habe am Mittwoch verhandelt.', '2025-03-19').value, '2025-03-19');
  // "(Mittwoch)" after an outlet's name, as dpa writes it
  assert.equal(when('sagte Kallas der "Welt" (Mittwoch).', '2025-08-25').value, '2025-08-20');
});

test('a month-only article date gives the month for day-level words, marked approximate, never an invented day', () => {
  const r = when('Trump will an diesem Dienstag mit Putin sprechen.', '2025-03', 'future');
  assert.deepEqual([r.value, r.end, r.approximate], ['2025-03', null, true]);
  assert.deepEqual([when('Vergangene Woche traf sich Witkoff mit Putin.', '2025-03').value], ['2025-03']);
  assert.equal(when('Die Außenminister hatten am Samstag telefoniert.', '2025-03').value, '2025-03');
  assert.equal(when('Bereits heute berieten die Minister.', '2025-03').value, '2025-03');
});

test('an undated article leaves relative expressions open and keeps absolute ones', () => {
  assert.equal(when('Das Treffen war am Mittwoch.', null).value, null);
  assert.equal(when('Russland hat die Krim bereits 2014 annektiert.', null).value, '2014');
  assert.equal(when('Der Vertrag vom 18. März 2025 gilt.', null).value, '2025-03-18');
});

test('relative days, weeks and weekends', () => {
  assert.equal(when('Heute berieten die Außenminister.', '2025-03-17').value, '2025-03-17');
  assert.equal(when('Der Kreml teilte gestern mit, man sei bereit.', '2025-03-19').value, '2025-03-18');
  assert.equal(when('Die Delegationen treffen sich morgen.', '2025-03-19', 'future').value, '2025-03-20');
  const week = when('In der vergangenen Woche stimmte Kiew zu.', '2025-03-19');
  assert.deepEqual([week.value, week.end], ['2025-03-10', '2025-03-16']);
  const weekend = when('Am Wochenende sei einiges ausgearbeitet worden.', '2025-03-19');
  assert.deepEqual([weekend.value, weekend.end], ['2025-03-15', '2025-03-16']);
  const next = when('Diese Woche hatten wir ein Treffen.', '2025-03-19');
  assert.deepEqual([next.value, next.end], ['2025-03-17', '2025-03-23']);
});

test('months, parts of months, years and "seit"', () => {
  assert.equal(when('Im Februar telefonierte Trump mit Putin.', '2025-03').value, '2025-02');
  assert.equal(when('Im Dezember hatten sie verhandelt.', '2025-03').value, '2024-12');
  const early = when('Anfang März reiste Witkoff nach Moskau.', '2025-03-19');
  assert.deepEqual([early.value, early.end], ['2025-03-01', '2025-03-10']);
  const since = when('der seit Februar 2022 andauernde Krieg', '2025-03');
  assert.deepEqual([since.value, since.relation, since.text], ['2022-02', 'since', 'seit Februar 2022']);
  assert.equal(when('Der Ukraine sollen in diesem Jahr Hilfen zugesagt werden.', '2025-03').value, '2025');
  assert.equal(when('Im vergangenen Jahr lieferte Berlin Panzer.', '2025-03').value, '2024');
  assert.equal(when('am 24. Februar 2022 marschierte Russland ein', '2025-03').value, '2022-02-24');
  assert.equal(when('Die Frist endet am 30.04.2025.', '2025-03').value, '2025-04-30');
});

test('"vor gut drei Jahren" is a year, approximate; "vor drei Tagen" a day when the article has one', () => {
  const r = when('Putin hatte den Einmarsch vor gut drei Jahren befohlen.', '2025-03');
  assert.deepEqual([r.value, r.approximate], ['2022', true]);
  assert.equal(when('Vor drei Tagen hatten beide telefoniert.', '2025-03-19').value, '2025-03-16');
  assert.equal(when('Vor zwei Monaten begannen die Gespräche.', '2025-03-19').value, '2025-01');
});

test('durations are no dates: für 30 Tage, 30-tägige, binnen 24 Stunden, fast anderthalb Stunden', () => {
  const d = (s: string) => {
    const [f] = findTimeExpressions(s);
    assert.ok(f && f.ref.kind === 'duration', `a duration in "${s}"`);
    return { minutes: durationMinutes(f.ref), within: f.ref.within, approximate: f.ref.approximate, text: f.text };
  };
  assert.equal(d('eine Aussetzung der Angriffe für 30 Tage').minutes, 30 * 1440);
  assert.equal(d('eine 30-tägige Waffenruhe').minutes, 30 * 1440);
  assert.deepEqual([d('den Krieg binnen 24 Stunden beenden').minutes, d('den Krieg binnen 24 Stunden beenden').within], [1440, true]);
  const call = d('Beide hätten fast anderthalb Stunden lang telefoniert.');
  assert.deepEqual([call.minutes, call.approximate, call.text], [90, true, 'fast anderthalb Stunden lang']);
  assert.equal(d('das Gespräch soll rund 90 Minuten gedauert haben').minutes, 90);
});

test('numbers and words that are no time: quantities, "am Morgen", "Mai" as a name', () => {
  assert.deepEqual(findTimeExpressions('Russland kontrolliert etwa 20 Prozent des Territoriums.'), []);
  assert.deepEqual(findTimeExpressions('Sie tauschten jeweils 175 Kriegsgefangene aus.'), []);
  assert.deepEqual(findTimeExpressions('Am Morgen sprach er mit Reportern.'), []);
  assert.deepEqual(findTimeExpressions('Die Armee verlor 2024 Soldaten.'), []);
});

test('the present tense looks both ways: "treffen sich im April" in March is this April; "an diesem Wochenende" is this one', () => {
  assert.equal(when('Trump und Putin treffen sich im April in Istanbul.', '2025-03-19', 'present').value, '2025-04');
  assert.equal(when('Das Treffen findet am 1. Mai statt.', '2025-03-19', 'present').value, '2025-05-01');
  assert.equal(when('Im Dezember hatten sie verhandelt.', '2025-03', 'past').value, '2024-12');
  const w = when('Die Minister treffen sich an diesem Wochenende.', '2025-03-20', 'present');
  assert.deepEqual([w.value, w.end], ['2025-03-22', '2025-03-23']);
});

test('no dates from quantities, names or absurd spans', () => {
  assert.deepEqual(findTimeExpressions('Russland griff die Ukraine mit rund 2000 Drohnen an.'), []);
  assert.deepEqual(findTimeExpressions('Der Sicherheitsrat verabschiedete die Resolution 2025 einstimmig.'), []);
  assert.deepEqual(findTimeExpressions('Er kam am 5. Junge vorbei.').map((f) => f.ref.kind), []);
  const [f] = findTimeExpressions('Sie telefonierten vor 999999999 Tagen.');
  assert.equal(resolveTime(f!.ref, '2025-03-19').value, null);
});
