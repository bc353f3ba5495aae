import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitSentences } from './sentences.js';
import { splitParagraphs } from './paragraphs.js';
import { loadLanguage } from '../language/load.js';

const de = loadLanguage('de');

const sentences = (t: string) => splitSentences(de.segment, t, [0, t.length]).map(([b, e]) => t.slice(b, e));

test('abbreviations, initials and ordinals do not end a sentence', () => {
  assert.deepEqual(sentences('Am 3. März traf Dr. Müller u. a. Prof. Schmidt in Berlin. Es ging z. B. um 3 Mio. Euro und Nr. 5. Danach reiste er ab.'), [
    'Am 3. März traf Dr. Müller u. a. Prof. Schmidt in Berlin.',
    'Es ging z. B. um 3 Mio. Euro und Nr. 5.',
    'Danach reiste er ab.',
  ]);
  assert.deepEqual(sentences('Der 2. Weltkrieg endete 1945. Das ist lange her.'), ['Der 2. Weltkrieg endete 1945.', 'Das ist lange her.']);
  assert.deepEqual(sentences('US-Vizepräsident J. D. Vance reiste an. Er blieb.'), ['US-Vizepräsident J. D. Vance reiste an.', 'Er blieb.']);
});

test('a name in camel case opens a sentence; a lower-case word goes on with one', () => {
  assert.deepEqual(sentences('Damals stand ein Kleid im Angebot. eBay hält einen Rekord für möglich. Es folgte u. a. ein Auto.'),
    ['Damals stand ein Kleid im Angebot.', 'eBay hält einen Rekord für möglich.', 'Es folgte u. a. ein Auto.']);
});

test('question and exclamation marks, closing quotes and a sentence starting with a quote', () => {
  assert.deepEqual(sentences('„Wann kommt die Waffenruhe?“ Das fragte er. „Bald!“, rief sie.'), [
    '„Wann kommt die Waffenruhe?“', 'Das fragte er.', '„Bald!“, rief sie.',
  ]);
});

test('spans are offsets into the original text, odd spaces included', () => {
  const t = 'Erster\u00A0Satz  hier. Zweiter Satz.';
  const spans = splitSentences(de.segment, t, [0, t.length]);
  assert.deepEqual(spans, [[0, 18], [19, 32]]);
  assert.equal(t.slice(...spans[0]!), "Erster\u00A0Satz  hier.");
});

test('paragraphs: blank lines separate them; without blank lines every line is one; short lines are headings', () => {
  const t = 'Erster Absatz mit Text. Noch ein Satz.\n\nZwischentitel ohne Punkt\n\nLetzter Absatz.';
  const ps = splitParagraphs(t, [0, t.length], de);
  assert.deepEqual(ps.map((p) => [t.slice(...p.span), p.heading]), [
    ['Erster Absatz mit Text. Noch ein Satz.', false], ['Zwischentitel ohne Punkt', true], ['Letzter Absatz.', false],
  ]);
  const lines = 'Eins ist ein Satz.\nZwei ist auch einer.\nDrei.';
  assert.equal(splitParagraphs(lines, [0, lines.length], de).length, 3);
  // a subheading on the line right before its section's first sentence is a heading of its own
  const sub = 'Erster Absatz mit Text.\n\nWahl und Beteiligung \nWie der Wahlleiter mitteilte, lag die Beteiligung bei 40 Prozent.';
  assert.deepEqual(splitParagraphs(sub, [0, sub.length], de).map((p) => [sub.slice(...p.span), p.heading]), [
    ['Erster Absatz mit Text.', false], ['Wahl und Beteiligung', true], ['Wie der Wahlleiter mitteilte, lag die Beteiligung bei 40 Prozent.', false],
  ]);
  // (but a text wrapped at a fixed width keeps its sentences whole)
  const wrapped = 'Der Minister sagte am Montag in Berlin vor Journalisten, die\nLage an der Grenze sei ernst.\n\nZweiter Absatz.';
  assert.equal(splitParagraphs(wrapped, [0, wrapped.length], de).length, 2);
  // (nor does a short first line that opens a sentence: an article first, or a verb in it)
  for (const short of ['Der Bürgermeister von Berlin\nKai Muster sagte, die Lage sei ernst.', 'Die Polizei nahm am Montag\nDemonstranten fest, sagte ein Sprecher.']) {
    const text = `Erster Absatz mit Text.\n\n${short}`;
    assert.deepEqual(splitParagraphs(text, [0, text.length], de).map((p) => p.heading), [false, false], short);
  }
});

test('a capital letter before a full stop is no initial when a sentence obviously begins', () => {
  assert.deepEqual(sentences('Medwedew schrieb auf der Plattform X. Obwohl ihnen gesagt worden sei, blieben sie dabei.'), [
    'Medwedew schrieb auf der Plattform X.', 'Obwohl ihnen gesagt worden sei, blieben sie dabei.',
  ]);
  assert.deepEqual(sentences('„Warum?“ – und ging hinaus. Dann kam er zurück.'), ['„Warum?“ – und ging hinaus.', 'Dann kam er zurück.']);
});

test('a quote of several sentences that the sentence goes on after stays one sentence', () => {
  assert.deepEqual(sentences('„Wir sind bereit. Wir warten auf Moskau“, sagte Kallas. Dann reiste sie ab.'), [
    '„Wir sind bereit. Wir warten auf Moskau“, sagte Kallas.', 'Dann reiste sie ab.',
  ]);
  assert.deepEqual(sentences('»Das ist inakzeptabel. Punkt.« sagte er in Brüssel. Danach schwieg er.'), [
    '»Das ist inakzeptabel. Punkt.« sagte er in Brüssel.', 'Danach schwieg er.',
  ]);
  // a quote that ends its own sentence splits as usual, also with single marks
  assert.deepEqual(sentences('Er sagte: „Wir sind bereit. Wir warten.“ Das war am 3. März.'), [
    'Er sagte: „Wir sind bereit.', 'Wir warten.“', 'Das war am 3. März.',
  ]);
  assert.deepEqual(sentences('Sie nannte das ‚unannehmbar. Völlig.‘, wie ein Sprecher mitteilte. Gut.'), [
    'Sie nannte das ‚unannehmbar. Völlig.‘, wie ein Sprecher mitteilte.', 'Gut.',
  ]);
});

test('a run-on text without full stops is cut at clause breaks into bounded pieces that cover it', () => {
  const clause = 'Trump telefonierte mit Putin und sagte, man habe über eine Waffenruhe gesprochen, ';
  const text = clause.repeat(400).trimEnd();
  const spans = splitSentences(de.segment, text, [0, text.length]);
  assert.ok(spans.length > 5);
  assert.ok(spans.every(([b, e]) => e - b <= 3000));
  assert.ok(spans.slice(0, -1).every(([, e]) => text[e - 1] === ','), 'cut after a comma');
  assert.equal(spans.map(([b, e]) => text.slice(b, e)).join(' '), text);
});
