import { test } from 'node:test';
import assert from 'node:assert/strict';
import { figureText } from './figures.js';

test('figures read as German text, never JSON', () => {
  assert.equal(figureText('amount', { value: 2e10, max: 4e10, currency: 'EUR' }), '20–40 Mrd. EUR');
  assert.equal(figureText('amount', { value: 3e9, currency: 'EUR' }), '3 Mrd. EUR');
  assert.equal(figureText('amount', { value: 1.5e6, currency: 'USD' }), '1,5 Mio. USD');
  assert.equal(figureText('durationMinutes', 90), '90 Minuten');
  assert.equal(figureText('act', { type: 'RETREAT', mode: 'ceasefire' }), 'RETREAT ceasefire');
  assert.equal(figureText('count', 175), '175');
});
