import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenize } from '../../segment/tokens.js';
import { clauseMood, finiteVerbs } from './verbs.js';

const verbs = (s: string) => {
  const t = tokenize(s);
  return finiteVerbs(t).map((v) => `${t[v.index]!.text}:${v.lemma}:${v.mood}${v.particle !== null ? '+' + t[v.particle]!.text : ''}${v.infinitive !== null ? '~' + t[v.infinitive]!.text : ''}`);
};

test('Konjunktiv I and II are told from the indicative', () => {
  assert.deepEqual(verbs('Die Lage sei ernst, sagte er.'), ['sei:sein:subjunctive1', 'sagte:sagen:indicative']);
  assert.deepEqual(verbs('Die Ukraine müsse verzichten.'), ['müsse:müssen:subjunctive1', 'verzichten:verzichten:indicative']);
  assert.deepEqual(verbs('Die Chancen stünden gut.'), ['stünden:stehen:subjunctive2']);
  assert.deepEqual(verbs('Beide hätten telefoniert.'), ['hätten:haben:subjunctive2', 'telefoniert:telefonieren:indicative']);
  assert.deepEqual(verbs('Die USA würden keine Soldaten stationieren.'), ['würden:werden:subjunctive2~stationieren']);
  // forms that look the same in both moods count as indicative: no evidence of reported speech
  assert.deepEqual(verbs('Sie sagten, die Gespräche gehen weiter.'), ['sagten:sagen:indicative', 'gehen:weitergehen:indicative+weiter']);
  // the old spelling of the lexicon and today's both work
  assert.deepEqual(verbs('Er muss gehen, Russland müßte zahlen.').map((v) => v.split(':').slice(0, 3).join(':')).filter((v) => v.startsWith('mu') || v.startsWith('mü')),
    ['muss:müssen:indicative', 'müßte:müssen:subjunctive2']);
});

test('separable verbs find their particle at the clause end', () => {
  assert.deepEqual(verbs('Trump teilte am Mittwoch mit, er habe telefoniert.'), ['teilte:mitteilen:indicative+mit', 'habe:haben:subjunctive1', 'telefoniert:telefonieren:indicative']);
  assert.deepEqual(verbs('Erste Schritte seien eingeleitet, deutete Selenskyj an.'), ['seien:sein:subjunctive1', 'deutete:andeuten:indicative+an']);
  assert.deepEqual(verbs('Kallas sprach sich für Garantien aus.'), ['sprach:aussprechen:indicative+aus']);
  // separable verbs the lexicon does not split come from data/de/particle-verbs.tsv
  assert.deepEqual(verbs('Der Kreml gab am Abend die Einigung bekannt.'), ['gab:bekanntgeben:indicative+bekannt']);
  // "mit" before a noun is a preposition, not the particle
  assert.deepEqual(verbs('Er teilte das Brot mit Putin.'), ['teilte:teilen:indicative']);
});

test('a clause is Konjunktiv when one finite verb shows it', () => {
  const t = tokenize('Man sei allerdings in Kontakt gewesen.');
  assert.equal(clauseMood(finiteVerbs(t)), 'subjunctive1');
  assert.equal(clauseMood(finiteVerbs(tokenize('Kallas warnte vor Russland.'))), 'indicative');
});

test('a separable particle after a quoted word or two, but not inside a quote that runs on', () => {
  assert.deepEqual(verbs('Sie warf der Regierung „Wortbruch und Verrat“ vor.'), ['warf:vorwerfen:indicative+vor']);
  assert.deepEqual(verbs('Er teilte „Wir kommen nicht, wir gehen vor.“'), ['teilte:teilen:indicative', 'kommen:kommen:indicative', 'gehen:vorgehen:indicative+vor']);
});

test('a second verb after "und" takes the particle, not the first', () => {
  assert.deepEqual(verbs('Der Minister sagte „Ja“ und stimmte dem Vorschlag zu.').map((v) => v.split(':').slice(0, 2).join(':')), ['sagte:sagen', 'stimmte:zustimmen']);
});

test('right after an article inside the clause, before a noun or a number, an attribute stands, not a finite verb', () => {
  // ("bekannten" is also the past of "bekennen", "erwarteten" of "erwarten")
  assert.deepEqual(verbs('Bisher sind drei von den bekannten vier Methoden fehlgeschlagen.').map((v) => v.split(':')[0]), ['sind']);
  assert.deepEqual(verbs('Die Firma rechnet mit einem erwarteten Umsatz von einer Milliarde.').map((v) => v.split(':')[0]), ['rechnet']);
  // (at the clause's start "den" may be a pronoun, and a finite verb follows it)
  assert.deepEqual(verbs('Den bekannten sie nie.').map((v) => v.split(':')[0]), ['bekannten']);
});
