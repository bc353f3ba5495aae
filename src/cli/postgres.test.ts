// The lagebild command on a PostgreSQL store (a real server where LAGEBILD_TEST_POSTGRES names
// one, PGlite in a folder otherwise): ingest writes it, export reads it, and the JSON export is
// byte for byte the SQLite store's; the commands that read only SQLite say so.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { CLI, EXAMPLES, tempDir } from '../testing/fixtures.js';
import { freshSchema, TEST_SERVER } from '../testing/postgres.js';

function run(args: string[]) {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', maxBuffer: 64 << 20, env: { ...process.env, LAGEBILD_DB: '' } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

test('ingest into a PostgreSQL store and export it: the SQLite store\'s JSON, byte for byte; again: nothing added', async () => {
  const dir = tempDir();
  const schema = TEST_SERVER ? await freshSchema() : null;
  const store = schema?.url ?? `pglite:${join(dir, 'pg')}`;
  try {
    const first = run(['ingest', EXAMPLES, '--db', store, '--json']);
    assert.equal(first.code, 0, first.err);
    const again = JSON.parse(run(['ingest', EXAMPLES, '--db', store, '--json']).out) as { added: number; unchanged: number };
    assert.equal(again.added, 0);
    assert.ok(again.unchanged >= 15);
    const exported = run(['export', '--db', store]);
    assert.equal(exported.code, 0, exported.err);
    const sqlite = join(dir, 'store.sqlite');
    assert.equal(run(['ingest', EXAMPLES, '--db', sqlite]).code, 0);
    const expected = run(['export', '--db', sqlite]).out;
    assert.ok(JSON.parse(expected).events.length >= 10);
    assert.equal(exported.out, expected);
  } finally {
    await schema?.drop();
  }
});

test('a PostgreSQL address where a command reads only SQLite, or that cannot be reached: one line, exit 2', () => {
  const timeline = run(['timeline', '--db', 'postgres://someone@127.0.0.1:1/nowhere']);
  assert.equal(timeline.code, 2);
  assert.match(timeline.err, /^lagebild: a PostgreSQL store is written by "lagebild ingest" and read by "lagebild export --format json" so far/);
  const unreachable = run(['export', '--db', 'postgres://someone:secret@127.0.0.1:1/nowhere']);
  assert.equal(unreachable.code, 2);
  assert.match(unreachable.err, /^lagebild: cannot use the store postgres:\/\/someone:\*\*\*@127\.0\.0\.1:1\/nowhere: .*ECONNREFUSED/);
  assert.doesNotMatch(unreachable.err, /secret/);
  const csv = run(['export', '--format', 'csv', '--db', 'postgres://someone@127.0.0.1:1/nowhere']);
  assert.equal(csv.code, 2);
  assert.match(csv.err, /exported as the whole JSON export for now/);
});
