import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readActorFile } from './kb.js';
import { tempDir } from '../testing/fixtures.js';

test('a cached actor file is read back as parsed, and an edit to the file is seen at once', () => {
  const file = join(tempDir(), 'mine.yaml');
  writeFileSync(file, '- {id: erika-beispiel, name: Erika Beispiel, kind: person, roles: [{role: minister, from: 2024-01-01}]}\n');
  const first = readActorFile(file, 'user');
  assert.deepEqual(readActorFile(file, 'user'), first);
  assert.equal(first[0]!.roles[0]!.from, '2024-01-01');
  writeFileSync(file, '- {id: erika-beispiel, name: Erika Muster, kind: person}\n');
  assert.equal(readActorFile(file, 'user')[0]!.name, 'Erika Muster');
  // the same text read as the bundled data is cached apart: the origin is part of the entry
  assert.equal(readActorFile(file, 'kb')[0]!.origin, 'kb');
  writeFileSync(file, '- id: Bad Id\n  name: X\n');
  assert.throws(() => readActorFile(file, 'user'), /entry 1: id "Bad Id"/);
});
