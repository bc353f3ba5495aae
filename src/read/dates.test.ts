import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isCalendarDate, parsePublished, partialDate } from './dates.js';
import { loadLanguage } from '../language/load.js';

test('ISO dates and date-times keep the date as written', () => {
  assert.equal(parsePublished('2025-03-22T09:41:00+01:00'), '2025-03-22');
  assert.equal(parsePublished('2025-03-22T23:59:00-05:00'), '2025-03-22');
  assert.equal(parsePublished('2025-03'), '2025-03');
  assert.equal(parsePublished('2025'), '2025');
});

test('RFC 822 dates from RSS use the day in the feed\'s own time zone', () => {
  assert.equal(parsePublished('Sat, 15 Mar 2025 23:30:00 +0100'), '2025-03-15');
  assert.equal(parsePublished('Mon, 3 Feb 2025 08:00:00 GMT'), '2025-02-03');
  assert.equal(parsePublished('Mo, 3 Mär 2025 08:00:00 +0100'), '2025-03-03');
});

test('German numeric dates', () => {
  assert.equal(parsePublished('19.03.2025'), '2025-03-19');
  assert.equal(parsePublished('1. 4. 2025'), '2025-04-01');
});

test('nothing is invented from unreadable or impossible dates', () => {
  assert.equal(parsePublished('gestern'), null);
  assert.equal(parsePublished('2025-02-30'), null);
  assert.equal(parsePublished('2025-13'), null);
  assert.equal(parsePublished(20250301), null);
  assert.equal(partialDate(2024, 2, 29), '2024-02-29');
  assert.equal(partialDate(2025, 2, 29), null);
});

test('German long dates as HTML pages print them (the month names are the Language\'s)', () => {
  const { months } = loadLanguage('de');
  assert.equal(parsePublished('Montag, 17. März 2025', months), '2025-03-17');
  assert.equal(parsePublished('17. März 2025, 14:05 Uhr', months), '2025-03-17');
  assert.equal(parsePublished('3. Sept. 2024', months), '2024-09-03');
  assert.equal(parsePublished('17. Märzen 2025', months), null);
  assert.equal(parsePublished('17. März 2025'), null, 'no month names without a language');
});

test('a calendar date names a month and day that exist', () => {
  for (const ok of ['2025', '2025-02', '2024-02-29', '2025-12-31']) assert.ok(isCalendarDate(ok), ok);
  for (const bad of ['2025-13-45', '2025-02-30', '2025-00', '2025-1-1', 'März', '2025-02-29']) assert.ok(!isCalendarDate(bad), bad);
});
