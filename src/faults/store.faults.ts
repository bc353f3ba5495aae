// The store under concurrent writers, kills, a full disk, read-only and corrupted files and
// a newer schema (issue 19, items 2 and 3).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, openSync, readdirSync, statSync, writeSync, closeSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { EXAMPLES, tempDir } from '../testing/fixtures.js';
import { openDatabase } from '../store/db.js';
import { documentEvents, eventsStale } from '../store/events.js';
import { mergePending } from '../merge/incremental.js';
import { mergeEvents } from '../merge/events.js';
import { loadKnowledgeBase, type KnowledgeBase } from '../actors/kb.js';
import { goodArticles, hasStack, record, recordRun, runCli, storedDocuments } from './harness.js';

const CEILING = Number(process.env.LAGEBILD_FAULT_TIMEOUT ?? 60_000);
const ONE_THREAD = { LAGEBILD_WORKERS: '0' };

test('four processes creating a new store at once all succeed', async () => {
  const dir = tempDir();
  const rounds = 5;
  let failed = 0, lost = 0;
  const errors: string[] = [];
  for (let round = 0; round < rounds; round++) {
    const db = join(dir, `r${round}.sqlite`);
    const runs = await Promise.all([0, 1, 2, 3].map((k) =>
      runCli(['ingest', ...goodArticles(join(dir, `r${round}-${k}`), 2, 100 + round * 10 + k), '--db', db, '--json'], { timeoutMs: CEILING, env: ONE_THREAD })));
    for (const r of runs) if (r.code !== 0) { failed++; errors.push(r.err.trim().split('\n')[0]!); }
    lost += Math.max(0, 8 - storedDocuments(db));
  }
  record({ scenario: `4 processes creating a store (${rounds} rounds)`, inputs: rounds * 8, hangs: 0, peakMB: 0, lost, seconds: 0, note: `${failed} of ${rounds * 4} processes failed` });
  assert.equal(failed, 0, errors.join('\n'));
  assert.equal(lost, 0);
});

/** The documents a merge of everything stored now would be built from. */
function documentsInFreshMerge(db: Database.Database): Set<string> {
  return new Set(mergeEvents(documentEvents(db)).flatMap((e) => e.mentions.map((m) => m.document)));
}
const documentsInPicture = (db: Database.Database) => new Set((db.prepare('SELECT data FROM events').all() as Array<{ data: string }>)
  .flatMap((r) => (JSON.parse(r.data) as { mentions: Array<{ document: string }> }).mentions.map((m) => m.document)));

test('a document another writer stores while the merge runs waits for it, and the next run merges it', async () => {
  const dir = tempDir();
  const path = join(dir, 's.sqlite');
  const r = await runCli(['ingest', EXAMPLES, '--db', path, '--json'], { timeoutMs: CEILING });
  assert.ok(r.code === 0, r.err);
  const db = openDatabase(path);
  const other = new Database(path);
  other.pragma('busy_timeout = 0');
  const withEvents = (db.prepare("SELECT d.id FROM documents d JOIN doc_events e ON e.doc = d.rowid WHERE e.data != '[]' ORDER BY d.rowid DESC LIMIT 1").get() as { id: string }).id;
  const store = () => {
    other.prepare(`INSERT INTO documents (id, source, origin, format, body_begin, body_end, text, text_hash, ingested_at, published)
      SELECT 'copy-' || id, source || '-copy', origin || '-copy', format, body_begin, body_end, text, text_hash, ingested_at, published FROM documents WHERE id = ?`).run(withEvents);
    other.prepare("INSERT INTO doc_events (doc, data) SELECT (SELECT rowid FROM documents WHERE id = 'copy-' || ?), data FROM doc_events WHERE doc = (SELECT rowid FROM documents WHERE id = ?)").run(withEvents, withEvents);
  };
  // the picture is merged anew (a replay), and a second writer tries to store a copy of a document meanwhile
  db.prepare("INSERT INTO events_state (id, built_from, replay) VALUES (1, '', 1) ON CONFLICT(id) DO UPDATE SET replay = 1").run();
  let tried = false, blocked = false;
  const kb = loadKnowledgeBase();
  const spy: KnowledgeBase = { ...kb, actors: new Proxy(kb.actors, { get(target, key) {
    if (key === 'get' && !tried && db.inTransaction) {
      tried = true;
      try { store(); } catch (e) { blocked = (e as { code?: string }).code === 'SQLITE_BUSY'; }
    }
    const v = Reflect.get(target, key, target);
    return typeof v === 'function' ? v.bind(target) : v;
  } }) };
  mergePending(db, spy);
  assert.ok(tried && blocked, 'the second writer waits for the merge step');
  store();
  const missing = !documentsInPicture(db).has(`copy-${withEvents}`);
  const claimedCurrent = !eventsStale(db);
  record({ scenario: 'merge race (document saved during the merge)', inputs: 1, hangs: 0, peakMB: 0, lost: missing && claimedCurrent ? 1 : 0, seconds: 0 });
  assert.ok(!(missing && claimedCurrent), 'the picture misses the new document but the store says it is current');
  // the next ingest merges it
  db.close(); other.close();
  const again = await runCli(['ingest', EXAMPLES, '--db', path, '--json'], { timeoutMs: CEILING });
  assert.equal(again.code, 0, again.err);
  const check = new Database(path, { readonly: true });
  assert.ok(documentsInPicture(check).has(`copy-${withEvents}`));
  assert.ok(!eventsStale(check));
  check.close();
});

test('killed during the ingest and during the merge, the next run completes the store', async () => {
  const dir = tempDir();
  const goods = goodArticles(join(dir, 'g'), 40);
  const path = join(dir, 's.sqlite');
  const args = ['ingest', ...goods, EXAMPLES, '--db', path, '--json'];
  // during the ingest: at 1.5 s; during the merge: once every document is stored
  const first = await runCli(args, { timeoutMs: CEILING, onSpawn: (c) => setTimeout(() => c.kill('SIGKILL'), 1500) });
  const second = await runCli(args, { timeoutMs: CEILING, onSpawn: (c) => {
    const t = setInterval(() => { if (storedDocuments(path) >= 65) { clearInterval(t); c.kill('SIGKILL'); } }, 5);
    c.on('exit', () => clearInterval(t));
  } });
  const third = await runCli(args, { timeoutMs: CEILING });
  assert.equal(third.code, 0, third.err);
  const db = new Database(path, { readonly: true });
  const n = (db.prepare('SELECT count(*) n, count(DISTINCT id) d FROM documents').get() as { n: number; d: number });
  const current = !eventsStale(db);
  const same = JSON.stringify([...documentsInPicture(db)].sort()) === JSON.stringify([...documentsInFreshMerge(db)].sort());
  db.close();
  recordRun('SIGKILL during ingest and during merge, then re-run', third, goods.length + 25, goods.length + 25 - n.d,
    `first run ${first.signal ?? first.code}, second ${second.signal ?? second.code}`);
  assert.equal(n.n, n.d, 'no document twice');
  assert.equal(n.d, goods.length + 25);
  assert.ok(current && same, 'the picture is current and built from every stored document');
});

const asRoot = process.getuid?.() === 0;

test('disk full: one line, no stack trace, the store stays readable, export -o leaves no partial file', { skip: !asRoot && 'needs root for a small tmpfs' }, async () => {
  const dir = tempDir();
  const mnt = join(dir, 'mnt');
  mkdirSync(mnt);
  execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=3m', 'tmpfs', mnt]);
  try {
    const goods = goodArticles(join(dir, 'g'), 150);
    const path = join(mnt, 's.sqlite');
    const r = await runCli(['ingest', ...goods, '--db', path, '--json'], { timeoutMs: CEILING, env: ONE_THREAD });
    recordRun('disk full during ingest', r, goods.length, 0, `exit ${r.code}: ${r.err.trim().split('\n').pop()}`);
    assert.ok(!hasStack(r.err), r.err.slice(0, 2000));
    assert.equal(r.code, 3, r.err);
    assert.match(r.err.trim().split('\n').pop()!, /disk (is )?full|no space/i);
    const stats = await runCli(['stats', '--db', path, '--json'], { timeoutMs: CEILING });
    assert.equal(stats.code, 0, stats.err);
    // fill the rest, then export onto the full disk
    const filler = join(mnt, 'filler');
    spawnSync('dd', ['if=/dev/zero', `of=${filler}`, 'bs=64k'], { stdio: 'ignore' });
    const out = join(mnt, 'export.json');
    const e = await runCli(['export', '--db', path, '-o', out], { timeoutMs: CEILING });
    record({ scenario: 'export -o on a full disk', inputs: 1, hangs: e.hung ? 1 : 0, peakMB: e.peakMB, lost: 0, seconds: 0, note: `exit ${e.code}: ${e.err.trim().split('\n').pop()}; file left: ${existsSync(out) ? statSync(out).size + ' bytes' : 'none'}` });
    assert.ok(!hasStack(e.err), e.err);
    assert.match(e.err, /disk (is )?full|no space/i);
    assert.equal(e.code, 3, e.err);
    assert.ok(!/busy/.test(e.err), e.err);
    assert.ok(!existsSync(out), 'no partial export file');
    assert.ok(!readdirSync(mnt).some((f) => f.startsWith('export.json')), 'no temporary file left');
  } finally {
    execFileSync('umount', ['-l', mnt]);
  }
});

/** A store of the examples, closed cleanly. */
async function exampleStore(dir: string): Promise<string> {
  const path = join(dir, 's.sqlite');
  const r = await runCli(['ingest', EXAMPLES, '--db', path, '--json'], { timeoutMs: CEILING });
  assert.equal(r.code, 0, r.err);
  return path;
}

test('a read-only store answers every read command', async () => {
  const dir = tempDir();
  const path = await exampleStore(join(dir, 'ro'));
  const ro = join(dir, 'ro');
  let mounted = false;
  if (asRoot) { execFileSync('mount', ['--bind', '-o', 'ro', ro, ro]); mounted = true; execFileSync('mount', ['-o', 'remount,bind,ro', ro]); }
  else { chmodSync(path, 0o444); chmodSync(ro, 0o555); }
  try {
    const failures: string[] = [];
    for (const args of [['search', 'Waffenruhe'], ['stats'], ['timeline'], ['statements'], ['actors'], ['positions'], ['export']]) {
      const r = await runCli([...args, '--db', path], { timeoutMs: CEILING });
      if (r.code !== 0) failures.push(`${args[0]}: exit ${r.code} ${r.err.trim()}`);
    }
    record({ scenario: 'read-only store, 7 read commands', inputs: 7, hangs: 0, peakMB: 0, lost: 0, seconds: 0, note: `${failures.length} failed` });
    assert.deepEqual(failures, []);
  } finally {
    if (mounted) execFileSync('umount', [ro]); else chmodSync(ro, 0o755);
  }
});

test('a corrupted page is noticed: a clear message, no silent answers, no truncated export', async () => {
  const dir = tempDir();
  const path = await exampleStore(dir);
  // garbage over the root page of every table and index (not the schema's page 1): whatever a
  // command reads first is damaged, however the schema lays its pages out
  const db = new Database(path);
  const pageSize = db.pragma('page_size', { simple: true }) as number;
  const roots = db.prepare<[], { rootpage: number }>("SELECT rootpage FROM sqlite_master WHERE rootpage > 1").all().map((r) => r.rootpage);
  db.close();
  const fd = openSync(path, 'r+');
  for (const page of roots) writeSync(fd, Buffer.alloc(pageSize, 0x5a), 0, pageSize, (page - 1) * pageSize);
  closeSync(fd);
  const out = join(dir, 'export.json');
  const results = [];
  for (const args of [['stats'], ['search', 'Waffenruhe'], ['export', '-o', out], ['ingest', ...goodArticles(join(dir, 'g'), 2)]]) {
    const r = await runCli([...args, '--db', path], { timeoutMs: CEILING });
    results.push({ cmd: args[0], code: r.code, err: r.err.trim() });
  }
  record({ scenario: 'corrupted store, 4 commands', inputs: 4, hangs: 0, peakMB: 0, lost: 0, seconds: 0, note: results.map((r) => `${r.cmd} ${r.code}`).join(', ') });
  for (const r of results) {
    assert.notEqual(r.code, 0, `${r.cmd} answered from a corrupt store`);
    assert.ok(!hasStack(r.err), r.err);
    assert.match(r.err, /corrupt/i, `${r.cmd}: ${r.err}`);
    assert.equal(r.err.split('\n').length, 1, r.err);
  }
  assert.ok(!existsSync(out), 'no truncated export');
});

test('a store of a newer schema is refused for reads too', async () => {
  const dir = tempDir();
  const path = await exampleStore(dir);
  const db = new Database(path);
  db.pragma('user_version = 99');
  db.close();
  const results = await Promise.all([['stats'], ['search', 'Waffenruhe']].map((args) => runCli([...args, '--db', path], { timeoutMs: CEILING })));
  record({ scenario: 'store of a newer schema, 2 read commands', inputs: 2, hangs: 0, peakMB: 0, lost: 0, seconds: 0, note: results.map((r) => `exit ${r.code}`).join(', ') });
  for (const r of results) {
    assert.equal(r.code, 2, r.err);
    assert.match(r.err, /newer/);
  }
});
