// Opening a store in WAL mode: a store left by a process that died is checked page by page; one
// open in another process right now (serve beside a watcher) or closed cleanly by its last
// connection while still in WAL mode is not, since that check reads every page of a large store.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { createRequire } from 'node:module';
import { tempDir } from '../testing/fixtures.js';
import { closeDatabase, openDatabase, pageChecks } from './db.js';

const require = createRequire(import.meta.url);
const walHeader = (path: string) => readFileSync(path).subarray(18, 19)[0] === 2;

/** A store made by openDatabase and closed cleanly, with one row in it. */
function cleanStore(): string {
  const path = join(tempDir(), 'store.sqlite');
  const db = openDatabase(path);
  db.prepare("INSERT INTO feeds (url, failures) VALUES ('https://ticker.example/a.rss', 0)").run();
  closeDatabase(db);
  return path;
}

/** A child process that opens the store, reads (or writes a row), says so, and then waits (to be killed). */
function holder(path: string, write: boolean): Promise<{ kill: () => Promise<void> }> {
  const sql = write ? "INSERT INTO feeds (url, failures) VALUES ('https://ticker.example/b.rss', 0)" : 'SELECT count(*) FROM feeds';
  const code = [
    `const D = require(${JSON.stringify(require.resolve('better-sqlite3'))});`,
    `const db = new D(${JSON.stringify(path)});`,
    "db.pragma('journal_mode = WAL');",
    `const st = db.prepare(${JSON.stringify(sql)}); ${write ? 'st.run();' : 'st.get();'}`,
    "process.stdout.write('ready'); setInterval(() => {}, 1000);",
  ].join('\n');
  const child = spawn(process.execPath, ['-e', code]);
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.stdout.once('data', () => resolve({ kill: () => new Promise((done) => { child.on('close', () => done()); child.kill('SIGKILL'); }) }));
  });
}



test('a store open in another process is not checked page by page; one left by a killed process is', async () => {
  const path = cleanStore();
  const other = await holder(path, false);
  try {
    const before = pageChecks.count;
    const db = openDatabase(path);
    assert.ok(walHeader(path) && existsSync(`${path}-wal`), 'the store is in WAL mode, open in the other process');
    closeDatabase(db);
    assert.equal(pageChecks.count, before, 'no page check while another process has it open');
  } finally {
    await other.kill();
  }
  // killed while it held the store: its WAL stays behind
  const dead = await holder(path, true);
  await dead.kill();
  assert.ok(existsSync(`${path}-wal`));
  const before = pageChecks.count;
  const db = openDatabase(path);
  assert.equal(pageChecks.count, before + 1, 'the pages of a store left by a dead process are checked');
  assert.equal((db.prepare('SELECT count(*) n FROM feeds').get() as { n: number }).n, 2, 'its committed row was recovered');
  closeDatabase(db);
});

test('a store whose last connection closed it in WAL mode (no WAL file left) is not checked page by page', () => {
  const path = cleanStore();
  const raw = new Database(path);
  raw.pragma('journal_mode = WAL');
  raw.close();
  assert.ok(walHeader(path) && !existsSync(`${path}-wal`));
  const before = pageChecks.count;
  closeDatabase(openDatabase(path));
  assert.equal(pageChecks.count, before);
});

test('a store one version behind is read as it is when the missing steps change only PostgreSQL; one a SQLite step is missing from is refused', () => {
  const path = join(tempDir(), 'behind.sqlite');
  closeDatabase(openDatabase(path));
  const raw = new Database(path);
  const steps = raw.pragma('user_version', { simple: true }) as number;
  raw.pragma(`user_version = ${steps - 1}`);
  raw.close();
  // step 9 (store_changes) is PostgreSQL's only
  const db = openDatabase(path, { readonly: true });
  assert.equal((db.prepare('SELECT count(*) n FROM documents').get() as { n: number }).n, 0);
  db.close();
  const older = new Database(path);
  older.pragma(`user_version = ${steps - 2}`);
  older.close();
  assert.throws(() => openDatabase(path, { readonly: true }), /needs an upgrade/);
});
