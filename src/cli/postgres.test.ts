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
    // every read command answers the same from either store
    for (const command of [['export', '--format', 'csv'], ['export', '--format', 'jsonl', '--kind', 'statements'], ['export', '--format', 'plover'],
      ['timeline', '--json'], ['timeline', '--actor', 'Putin'], ['statements', '--json'], ['statements', '--speaker', 'Selenskyj', '--act', 'demand'],
      ['positions', '--json'], ['actors', '--json'], ['stats', '--json']]) {
      const [a, b] = [sqlite, store].map((db) => run([...command, '--db', db]));
      assert.equal(b!.code, 0, `${command.join(' ')}: ${b!.err}`);
      assert.ok(a!.out.length > 10, command.join(' '));
      assert.equal(b!.out, a!.out, command.join(' '));
    }
    // search ranks and stems differently (FTS5 words, PostgreSQL German stems): the same sentences, and word forms besides
    const hits = (db: string, q: string) => new Set(run(['search', q, '--json', '--limit', '1000', '--db', db]).out.trim().split('\n').filter(Boolean)
      .map((l) => { const h = JSON.parse(l) as { document: string; span: number[] }; return `${h.document} ${h.span.join('-')}`; }));
    for (const q of ['Waffenruhe', 'Waffen*', '"zu Gesprächen bereit"', 'Waffenruhe OR Feuerpause', 'Putin NOT Trump', 'Gefangene AND (Russland OR Kiew)']) {
      const [fts, stems] = [hits(sqlite, q), hits(store, q)];
      assert.ok(fts.size >= 1, q);
      for (const h of fts) assert.ok(stems.has(h), `${q}: ${h}`);
    }
    // analysed again, and merged again from the start: still the same picture on both
    for (const args of [['reanalyze', '--json'], ['reanalyze', '--merge', '--json'], ['reanalyze', '--stale', '--json']]) {
      const [a, b] = [sqlite, store].map((db) => run([...args, '--db', db]));
      assert.equal(b!.code, 0, b!.err);
      assert.deepEqual(JSON.parse(b!.out).documents, JSON.parse(a!.out).documents, args.join(' '));
      // (nothing is stale after a reanalysis by this version)
      assert.ok(args.includes('--stale') ? JSON.parse(b!.out).documents === 0 : JSON.parse(b!.out).documents >= 15);
      assert.equal(run(['export', '--db', store]).out, run(['export', '--db', sqlite]).out, args.join(' '));
    }
  } finally {
    await schema?.drop();
  }
});

test('a PostgreSQL address where a command reads only SQLite, or that cannot be reached: one line, exit 2', () => {
  const demo = run(['demo', '--db', 'postgres://someone@127.0.0.1:1/nowhere']);
  assert.equal(demo.code, 2);
  assert.match(demo.err, /^lagebild: this command needs a SQLite store \(--db PATH\); a PostgreSQL store works with ingest, worker, watch, reanalyze, serve/);
  const unreachable = run(['export', '--db', 'postgres://someone:secret@127.0.0.1:1/nowhere']);
  assert.equal(unreachable.code, 2);
  assert.match(unreachable.err, /^lagebild: cannot use the store postgres:\/\/someone:\*\*\*@127\.0\.0\.1:1\/nowhere: .*ECONNREFUSED/);
  assert.doesNotMatch(unreachable.err, /secret/);
  for (const command of [['timeline'], ['serve', '--port', '0'], ['stats']]) {
    const r = run([...command, '--db', 'postgres://someone:secret@127.0.0.1:1/nowhere']);
    assert.equal(r.code, 2, command[0]);
    assert.match(r.err, /^lagebild: cannot use the store postgres:\/\/someone:\*\*\*@127\.0\.0\.1:1\/nowhere: .*ECONNREFUSED/, command[0]);
    assert.equal(r.err.trim().split('\n').length, 1, command[0]);
  }
});
