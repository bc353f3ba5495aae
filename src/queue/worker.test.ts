// Three workers on one PostgreSQL server (LAGEBILD_TEST_POSTGRES; .ci/run starts one), one of
// them killed while it holds a job: every document is stored once, the killed worker's job is
// done again by another, and the merged picture is the one a single process makes of the same
// inputs (each event as its type, date and the reports that tell it, as ../merge/incremental.test.ts
// compares pictures: which report comes first decides an event's id).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import { CLI, EXAMPLES, tempDir } from '../testing/fixtures.js';
import { freshSchema, TEST_SERVER } from '../testing/postgres.js';
import { LOCKS } from '../store/postgres/migrate.js';

interface Export { documents: Array<{ id: string; source: string; duplicateOf: string | null; versionOf: string | null }>; statements: Array<{ id: string }>; events: Array<{ type: string; date: { value: string } | null; mentions: Array<{ document: string }> }> }

const cli = (args: string[]) => spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', maxBuffer: 64 << 20, env: { ...process.env, LAGEBILD_DB: '' } });

/** The picture as a reader compares it, and the documents with their relations and statements. */
function comparable(text: string) {
  const x = JSON.parse(text) as Export;
  const file = new Map(x.documents.map((d) => [d.id, d.source.split('/').pop()]));
  return {
    documents: x.documents.map((d) => `${d.id} ${d.duplicateOf} ${d.versionOf}`).sort(),
    statements: x.statements.map((s) => JSON.stringify(s)).sort(),
    events: x.events.map((e) => `${e.type} ${e.date?.value} ${[...new Set(e.mentions.map((m) => file.get(m.document)))].sort().join(' ')}`).sort(),
  };
}

/** Waits until the query returns a row (at most 60 s). */
async function waitFor(db: pg.Client, sql: string, what: string): Promise<void> {
  for (let k = 0; k < 600; k++) {
    if ((await db.query(sql)).rows.length) return;
    await sleep(100);
  }
  throw new Error(`timed out waiting for ${what}`);
}

const exited = (child: ChildProcess) => new Promise<number | null>((resolve) => (child.exitCode !== null ? resolve(child.exitCode) : child.once('exit', (code) => resolve(code))));

test('three workers, one killed holding a job: each document stored once, the job done again, the single-process picture', { skip: !TEST_SERVER && 'no PostgreSQL server (LAGEBILD_TEST_POSTGRES; .ci/run starts one)' }, async () => {
  const schema = await freshSchema();
  const watcher = new pg.Client({ connectionString: schema.url });
  await watcher.connect();
  const workers: ChildProcess[] = [];
  try {
    const queued = cli(['ingest', '--queue', EXAMPLES, '--db', schema.url, '--job-size', '2', '--job-timeout', '8', '--json']);
    assert.equal(queued.status, 0, queued.stderr);
    const { queued: documents, jobs } = JSON.parse(queued.stdout) as { queued: number; jobs: number };
    assert.ok(documents >= 20 && jobs >= 10, queued.stdout);
    // the test holds the store's write lock: every worker stops inside its first job, before it writes
    await watcher.query('SELECT pg_advisory_lock($1)', [LOCKS.write]);
    // (names of this run's own: pg_stat_activity is the server's)
    const names = [1, 2, 3].map((k) => `${schema.name}-${k}`.slice(-60));
    for (const name of names) {
      const child = spawn(process.execPath, [CLI, 'worker', '--db', schema.url, '--until-empty', '--threads', '1', '--json'],
        { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, LAGEBILD_DB: '', PGAPPNAME: name } });
      child.stdout!.resume();
      child.stderr!.resume();
      workers.push(child);
    }
    // (waiting for the write lock, not any other: it is inside a job then)
    await waitFor(watcher, `SELECT 1 FROM pg_stat_activity a JOIN pg_locks l ON l.pid = a.pid WHERE a.application_name = '${names[0]}'
      AND l.locktype = 'advisory' AND l.objid = ${LOCKS.write} AND NOT l.granted`, 'the first worker to wait inside a job');
    workers[0]!.kill('SIGKILL');
    await exited(workers[0]!);
    await watcher.query('SELECT pg_advisory_unlock($1)', [LOCKS.write]);
    const codes = await Promise.all(workers.slice(1).map(exited));
    assert.deepEqual(codes, [0, 0]);
    const retried = await watcher.query(`SELECT count(*)::int AS n FROM ${schema.name}_queue.job WHERE name = 'ingest' AND retry_count > 0`);
    assert.ok(retried.rows[0].n >= 1, 'the killed worker\'s job was taken again');
    const stored = await watcher.query('SELECT count(*)::int AS n, count(DISTINCT text_hash)::int AS texts FROM documents');
    assert.equal(stored.rows[0].n, documents);
    assert.ok(stored.rows[0].texts >= documents - 2, 'documents, not one stored again and again');
    const unmerged = await watcher.query('SELECT count(*)::int AS n FROM doc_events WHERE merge_seq IS NULL');
    assert.equal(unmerged.rows[0].n, 0);

    const single = join(tempDir(), 'single.sqlite');
    assert.equal(cli(['ingest', EXAMPLES, '--db', single]).status, 0);
    const [expected, actual] = [cli(['export', '--db', single]).stdout, cli(['export', '--db', schema.url]).stdout];
    const [x, y] = [comparable(expected), comparable(actual)];
    assert.ok(x.events.length >= 30);
    assert.deepEqual(y.documents, x.documents);
    assert.deepEqual(y.statements, x.statements);
    assert.deepEqual(y.events, x.events);
  } finally {
    for (const w of workers) if (w.exitCode === null) w.kill('SIGKILL');
    await watcher.end();
    await schema.drop();
  }
});
