import { test } from 'node:test';
import assert from 'node:assert/strict';
import { certainlyHeld, dateRange, mayHaveHeld } from './roles.js';

test('date ranges at the precision given', () => {
  assert.deepEqual(dateRange('2025-02'), ['2025-02-01', '2025-02-28']);
  assert.deepEqual(dateRange('2024-02'), ['2024-02-01', '2024-02-29']);
  assert.deepEqual(dateRange('2025'), ['2025-01-01', '2025-12-31']);
});

test('an office is certain only for dates it covers completely; the handover day is open', () => {
  const trump = { role: 'head-of-state', of: 'usa', from: '2025-01-20', to: null };
  const biden = { role: 'head-of-state', of: 'usa', from: '2021-01-20', to: '2025-01-20' };
  assert.ok(certainlyHeld(trump, '2025-03') && !certainlyHeld(biden, '2025-03'));
  assert.ok(certainlyHeld(biden, '2024-06-12') && !certainlyHeld(trump, '2024-06-12'));
  assert.ok(!certainlyHeld(trump, '2025-01') && !certainlyHeld(biden, '2025-01'));
  assert.ok(mayHaveHeld(trump, '2025-01') && mayHaveHeld(biden, '2025-01'));
  assert.ok(mayHaveHeld(trump, '2025-01-20') && mayHaveHeld(biden, '2025-01-20'));
  assert.ok(!mayHaveHeld(biden, '2025-01-21'));
  // a start known only to the month covers nothing in that month for certain
  assert.ok(!certainlyHeld({ role: 'special-envoy', of: 'usa', from: '2025-01', to: null }, '2025-01-30'));
});
