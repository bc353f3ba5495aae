import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as header from './header.js';
import { loadLanguage } from '../../language/load.js';

const de = loadLanguage('de');
const parseHeader = (text: string) => header.parseHeader(text, de);
const looksLikeHeadline = (line: string) => header.looksLikeHeadline(line, de);
const findDateline = (text: string, from: number) => header.findDateline(text, from, de);

const body = '\n\nDie Außenminister der EU berieten am Montag in Brüssel über neue Hilfen. Eine Einigung gab es nicht.\n';

test('date line with full date and a headline', () => {
  const text = ' date 2025-03-19 Moskau und Kiew tauschen Gefangene aus' + body;
  const h = parseHeader(text);
  assert.equal(h.published, '2025-03-19');
  assert.equal(h.title, 'Moskau und Kiew tauschen Gefangene aus');
  assert.equal(text.slice(...h.titleSpan!), h.title);
  assert.ok(text.slice(h.bodyStart).startsWith('Die Außenminister'));
});

test('month-only date keeps month precision, a headline with quotes and a colon stays a title', () => {
  const h = parseHeader(' date 2025-08 Kallas: „Man kann Moskau nicht trauen“' + body);
  assert.equal(h.published, '2025-08');
  assert.equal(h.title, 'Kallas: „Man kann Moskau nicht trauen“');
});

test('a first line that is the lead is not a title', () => {
  const lead = 'Der Kanzler und der französische Präsident haben bei ihrem Treffen in Paris keine Einigung über den Fonds erzielt. Das teilten beide Regierungen mit.';
  const text = ` date 2025-03 ${lead}\n\nWeiter hieß es, man bleibe im Gespräch.`;
  const h = parseHeader(text);
  assert.equal(h.published, '2025-03');
  assert.equal(h.title, null);
  assert.equal(text.slice(h.bodyStart, h.bodyStart + 10), lead.slice(0, 10));
});

test('an update marker is not a title and is kept with its span', () => {
  const text = ' date 2025-03 (neu: Selenskyj)\n\nKIEW (dpa) - Der Präsident sprach am Abend. Er sagte, das Land sei bereit.';
  const h = parseHeader(text);
  assert.equal(h.title, null);
  assert.equal(h.updateMarker?.text, '(neu: Selenskyj)');
  assert.equal(text.slice(...h.updateMarker!.span), '(neu: Selenskyj)');
  assert.ok(text.slice(h.bodyStart).startsWith('KIEW (dpa)'));
});

test('no date line: published is null, a tabloid headline with "!" is the title', () => {
  const h = parseHeader('Kreml droht dem Westen!\nDer Sprecher warnte am Dienstag vor Truppen in der Ukraine.\n');
  assert.equal(h.published, null);
  assert.equal(h.title, 'Kreml droht dem Westen!');
});

test('a text that is a single line has no title', () => {
  assert.equal(parseHeader('Nur eine Zeile ohne Punkt').title, null);
});

test('an impossible date is reported, not invented', () => {
  const h = parseHeader(' date 2025-02-30 Titel der Meldung' + body);
  assert.equal(h.published, null);
  assert.match(h.warning!, /no readable date/);
});

test('headline shapes', () => {
  assert.ok(looksLikeHeadline('Baerbock: Trump darf keine Optionen vom Tisch nehmen'));
  assert.ok(!looksLikeHeadline('Die Minister berieten am Montag. Eine Einigung gab es nicht.'));
  assert.ok(!looksLikeHeadline('Die Minister berieten am Montag über neue Hilfen.'));
});

test('wire datelines give places and agency', () => {
  const d = findDateline('WASHINGTON/BRÜSSEL/MOSKAU (dpa-AFX) - US-Präsident Donald Trump will sprechen.', 0)!;
  assert.deepEqual(d.places, ['Washington', 'Brüssel', 'Moskau']);
  assert.equal(d.agency, 'dpa-AFX');
  assert.deepEqual(findDateline('Frankfurt am Main (Reuters) – Die Börse', 0)?.places, ['Frankfurt am Main']);
  assert.equal(findDateline('KIEW (DPA/AFP) – Die Börse', 0)?.agency, 'dpa/AFP');
  assert.deepEqual(findDateline('NEW YORK (AP) - Vor den Vereinten Nationen', 0)?.places, ['New York']);
});

test('things that only resemble a dateline are not one', () => {
  assert.equal(findDateline('Kallas (Estland) sagte am Montag in Brüssel, man werde helfen.', 0), null);
  assert.equal(findDateline('Die Regierung (in Moskau) - so heißt es - schweigt.', 0), null);
  assert.equal(findDateline('US-Präsident Donald Trump will an diesem Dienstag sprechen.', 0), null);
});

test('headlines with abbreviations or a quote ending in a full stop stay titles', () => {
  assert.equal(parseHeader(' date 2025-03-01 St. Petersburg: Putin empfängt Witkoff' + body).title, 'St. Petersburg: Putin empfängt Witkoff');
  assert.equal(parseHeader(' date 2025-03-01 Dr. Wadephul trifft Lawrow nicht' + body).title, 'Dr. Wadephul trifft Lawrow nicht');
  assert.equal(parseHeader(' date 2025-03-01 Merz: „Wir stehen an der Seite der Ukraine.“' + body).title, 'Merz: „Wir stehen an der Seite der Ukraine.“');
});

test('date lines as they arrive in practice: a time, a tab, capitals, a blank line first; unreadable ones warn and never become the title', () => {
  assert.equal(parseHeader(' date 2025-03-20T10:00 Titel mit Uhrzeit' + body).published, '2025-03-20');
  assert.equal(parseHeader(' date 2025-03-20T10:00 Titel mit Uhrzeit' + body).title, 'Titel mit Uhrzeit');
  assert.equal(parseHeader('date\t2025-03 Titel nach Tab' + body).published, '2025-03');
  assert.equal(parseHeader('\n DATE 2025-03-21 Titel' + body).published, '2025-03-21');
  const h = parseHeader(' date 25-03-21 Zweistelliges Jahr' + body);
  assert.equal(h.published, null);
  assert.equal(h.title, 'Zweistelliges Jahr');
  assert.match(h.warning!, /no readable date/);
});

test('a kicker line above the headline makes one title; an update marker after a headline is found', () => {
  const k = parseHeader('Ukraine-Krieg\nPutin stellt Bedingungen für Waffenruhe\n\nDer Kremlchef sprach am Abend. Er verlangte ein Ende der Hilfen.');
  assert.equal(k.title, 'Ukraine-Krieg: Putin stellt Bedingungen für Waffenruhe');
  const m = parseHeader(' date 2025-03 Kallas warnt Moskau (neu: Zitat)' + body);
  assert.equal(m.title, 'Kallas warnt Moskau');
  assert.equal(m.updateMarker?.text, '(neu: Zitat)');
});

test('a file that is only a date line (and marker) is refused', async () => {
  const { readTxt } = await import('../txt.js');
  assert.throws(() => readTxt(' date 2025-03-01\n\n', 'x.txt', de), /a header but no article text/);
  assert.throws(() => readTxt(' date 2025-03 (neu: Putin)\n', 'x.txt', de), /a header but no article text/);
  assert.equal(readTxt(' date 2025-03 Nur eine Zeile als Meldung.\n', 'x.txt', de).source, 'x.txt');
});

test('datelines as other services write them', () => {
  assert.deepEqual(findDateline('FRANKFURT/MAIN (dpa-AFX) - Die Börse', 0)?.places, ['Frankfurt/Main']);
  assert.deepEqual(findDateline('FRANKFURT/MAIN/BERLIN (dpa-AFX) - Die Börse', 0)?.places, ['Frankfurt/Main', 'Berlin']);
  const r = findDateline('BERLIN, 18. März (Reuters) - Die Bundesregierung', 0)!;
  assert.deepEqual([r.places, r.agency], [['Berlin'], 'Reuters']);
  assert.equal(findDateline('Berlin (dpa/lby) - Der Landtag', 0)?.agency, 'dpa/lby');
  assert.equal(findDateline('UKRAINE-KRIEG (LIVE) - Die Lage am Morgen', 0), null);
  assert.equal(findDateline('ODESSA (Ukrinform) - Drohnen', 0)?.agency, 'Ukrinform');
});

test('a short title above a hard-wrapped lead is no kicker; a time or a German date on the date line', () => {
  const h = parseHeader(' date 2025-03-20 Merz in Kiew\nDer Bundeskanzler ist am Montag überraschend in die ukrainische\nHauptstadt gereist. Er sagte Hilfe zu.\n');
  assert.equal(h.title, 'Merz in Kiew');
  const t = parseHeader(' date 2025-03-20 10:30 Merz reist nach Kiew und sagt Hilfe zu' + body);
  assert.deepEqual([t.published, t.title], ['2025-03-20', 'Merz reist nach Kiew und sagt Hilfe zu']);
  assert.equal(parseHeader(' date 18.03.2025 Lawrow in Ankara' + body).published, '2025-03-18');
});
