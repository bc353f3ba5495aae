import { test } from 'node:test';
import assert from 'node:assert/strict';
import { conflicts, conflictsOn } from './conflicts.js';
import { loadKnowledgeBase } from './kb.js';

test('every conflict names two or more parties the knowledge base knows, with a valid start', () => {
  const kb = loadKnowledgeBase();
  for (const c of conflicts()) {
    assert.ok(c.parties.length >= 2, c.id);
    for (const p of c.parties) assert.ok(kb.actors.has(p), `${c.id}: party ${p} is no actor id`);
    assert.match(c.from, /^\d{4}(-\d{2}(-\d{2})?)?$/, c.id);
  }
});

test('a conflict counts from its start: a coarse date counts when its period overlaps', () => {
  assert.deepEqual(conflictsOn('2025-05-14').map((c) => c.id), ['russland-ukraine']);
  assert.deepEqual(conflictsOn('2022-02').map((c) => c.id), ['russland-ukraine'], 'the month it began');
  assert.deepEqual(conflictsOn('2022-02-23'), []);
  assert.deepEqual(conflictsOn(null), []);
});
