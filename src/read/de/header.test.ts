import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findDateline, looksLikeHeadline, parseHeader } from './header.js';

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
  assert.match(h.warning!, /no valid date/);
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
