import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatAmount, formatValue } from './format.js';
import { fit, printable } from './terminal.js';

test('amounts read as a German reader writes them', () => {
  assert.equal(formatAmount({ value: 2e10, max: 4e10, currency: 'EUR' }), '20–40 Mrd. EUR');
  assert.equal(formatAmount({ value: 1.5e6, currency: 'USD' }), '1,5 Mio. USD');
  assert.equal(formatAmount({ value: 500, currency: 'EUR' }), '500 EUR');
  assert.equal(formatValue({ value: 3e9, currency: 'EUR' }), '3 Mrd. EUR');
  assert.equal(formatValue({ minutes: 90 }), 'minutes 90');
});

test('control characters are escaped and lines cut to the width', () => {
  assert.equal(printable('a\x1b[2Jb\nc\u202e'), 'a\\x1b[2Jb\\x0ac\\u202e');
  assert.equal(fit('abcdef', 4), 'abc…');
  assert.equal(fit('abcdef', undefined), 'abcdef');
});
