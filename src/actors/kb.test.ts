import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { actorCacheEntry, readActorFile } from './kb.js';
import { dataFile } from '../data/load.js';
import { cachePath, writeCache } from '../util/cache.js';
import { tempDir } from '../testing/fixtures.js';

const STATES = join(dataFile('actors'), 'states.yaml');

test('a bundled actor file is read back from its cache entry; a stale or damaged entry is not used', () => {
  const parsed = readActorFile(STATES, 'kb');
  const { name, key } = actorCacheEntry(STATES, readFileSync(STATES, 'utf8'), 'kb');
  const entry = JSON.parse(readFileSync(cachePath(name), 'utf8')) as { key: string; actors: unknown[] };
  assert.equal(entry.key, key);
  assert.deepEqual(entry.actors, parsed);
  // an entry under another key (other text or other checking code) is read again from the YAML
  writeCache(name, JSON.stringify({ key: 'stale', actors: [] }));
  assert.deepEqual(readActorFile(STATES, 'kb'), parsed);
  writeCache(name, '{ not json');
  assert.deepEqual(readActorFile(STATES, 'kb'), parsed);
  assert.equal((JSON.parse(readFileSync(cachePath(name), 'utf8')) as { key: string }).key, key, 'the entry is written again');
});

test('the key covers the file text, its origin and the checking code; a user file is never cached', () => {
  const text = readFileSync(STATES, 'utf8');
  const a = actorCacheEntry(STATES, text, 'kb');
  assert.notEqual(actorCacheEntry(STATES, text + '\n', 'kb').key, a.key);
  assert.notEqual(actorCacheEntry(STATES, text, 'user').name, a.name);
  const file = join(tempDir(), 'mine.yaml');
  writeFileSync(file, '- {id: erika-beispiel, name: Erika Beispiel, kind: person}\n');
  assert.equal(readActorFile(file, 'user')[0]!.name, 'Erika Beispiel');
  writeFileSync(file, '- {id: erika-beispiel, name: Erika Muster, kind: person}\n');
  assert.equal(readActorFile(file, 'user')[0]!.name, 'Erika Muster');
  assert.throws(() => readFileSync(cachePath(actorCacheEntry(file, '', 'user').name)), /ENOENT/);
});
