import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { closeDatabase, openDatabase } from '../store/db.js';
import { CLI, tempDir } from '../testing/fixtures.js';
import { freshSchema, TEST_SERVER } from '../testing/postgres.js';
import { pollFeed, watchFeeds, type PollResult } from './watch.js';
import { loadFeed, sqliteWatchStore } from './feeds.js';
import { nextWait, parseEvery } from './schedule.js';
import { retryAfterMs } from '../read/bounded.js';

// Two agency items of our own, and a third that arrives later.
const ITEMS = [
  ['Außenminister vereinbaren Gespräche in Genf', 'Mon, 06 Apr 2026 10:00:00 +0200',
    'GENF (dpa) - Die Außenminister Armeniens und Aserbaidschans wollen am Donnerstag in Genf erneut verhandeln. Das teilte das armenische Außenministerium am Montag mit. „Wir sind zu einem Abkommen bereit“, sagte Ministeriumssprecherin Anna Muster.'],
  ['Kiew fordert mehr Flugabwehr', 'Mon, 06 Apr 2026 12:30:00 +0200',
    'KIEW (AFP) - Der ukrainische Präsident Wolodymyr Selenskyj hat die westlichen Partner um weitere Flugabwehrsysteme gebeten. Die Angriffe auf die Energieversorgung hätten zugenommen, sagte Selenskyj am Montag in Kiew.'],
  ['Gefangenenaustausch zwischen Moskau und Kiew', 'Tue, 07 Apr 2026 09:15:00 +0200',
    'MOSKAU (Reuters) - Russland und die Ukraine haben nach Angaben beider Seiten je 90 Gefangene ausgetauscht. Vermittelt habe den Austausch die Türkei, erklärte das russische Verteidigungsministerium am Dienstag.'],
] as const;

const feed = (n: number) => `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Testticker</title><link>https://ticker.example/</link>
${ITEMS.slice(0, n).map(([title, date, text], i) => `<item><title>${title}</title><link>https://ticker.example/a/${i + 1}</link><pubDate>${date}</pubDate><description><![CDATA[<p>${text}</p>]]></description></item>`).join('\n')}
</channel></rss>`;

// The feed server: an ETag per version of the feed, 304 to a matching If-None-Match, 503 when told to fail.
let items = 2;
let failing = false;
const seen: IncomingHttpHeaders[] = [];
const server = createServer((req, res) => {
  seen.push(req.headers);
  if (failing) { res.writeHead(503, { 'retry-after': '120' }); res.end(); return; }
  const etag = `"v${items}"`;
  if (req.headers['if-none-match'] === etag) { res.writeHead(304, { etag }); res.end(); return; }
  res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8', etag, 'last-modified': 'Tue, 07 Apr 2026 09:20:00 GMT' });
  res.end(feed(items));
});
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
after(() => server.close());
const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/ticker.rss`;

test('a watched feed: new items once, nothing downloaded while unchanged, a later item as soon as it is there', async () => {
  const db = openDatabase(join(tempDir(), 'watch.sqlite'));
  try {
    const options = { everyMs: 600_000 };
    const first = await pollFeed(sqliteWatchStore(db), url, options);
    assert.equal(first.status, 'changed');
    assert.deepEqual(first.status === 'changed' && first.articles.map((a) => a.title), [ITEMS[0][0], ITEMS[1][0]]);
    // the validators went with the next request, and the server had nothing new
    const second = await pollFeed(sqliteWatchStore(db), url, options);
    assert.equal(seen.at(-1)!['if-none-match'], '"v2"');
    assert.equal(seen.at(-1)!['if-modified-since'], 'Tue, 07 Apr 2026 09:20:00 GMT');
    assert.equal(second.status, 'not-modified');
    items = 3;
    const third = await pollFeed(sqliteWatchStore(db), url, options);
    assert.deepEqual(third.status === 'changed' && third.articles.map((a) => a.title), [ITEMS[2][0]]);
    const stored = db.prepare('SELECT count(*) AS n FROM documents').get() as { n: number };
    assert.equal(stored.n, 3);
    // its events are merged into the picture at once (the exchange)
    const merged = db.prepare("SELECT count(*) AS n FROM events WHERE cluster IS NOT NULL").get() as { n: number };
    assert.ok(merged.n > 0);
  } finally {
    closeDatabase(db);
  }
});

test('a failing feed is waited out longer after each error, as long as the server asks at least, and recovers', async () => {
  const db = openDatabase(join(tempDir(), 'watch.sqlite'));
  try {
    items = 2;
    failing = true;
    const a = await pollFeed(sqliteWatchStore(db), url, { everyMs: 60_000 });
    const b = await pollFeed(sqliteWatchStore(db), url, { everyMs: 60_000 });
    assert.deepEqual([a.status, b.status], ['error', 'error']);
    assert.match(a.status === 'error' ? a.reason : '', /HTTP 503/);
    // 2 × 60 s would be shorter than the Retry-After of 120 s; 4 × 60 s is longer
    assert.deepEqual([a.waitMs, b.waitMs], [120_000, 240_000]);
    assert.equal(loadFeed(db, url).failures, 2);
    failing = false;
    const c = await pollFeed(sqliteWatchStore(db), url, { everyMs: 60_000 });
    assert.equal(c.status, 'changed');
    assert.equal(c.waitMs, 60_000);
    assert.deepEqual({ ...loadFeed(db, url), checked: null }, { url, etag: '"v2"', lastModified: 'Tue, 07 Apr 2026 09:20:00 GMT', checked: null, failures: 0, error: null, next: null });
  } finally {
    closeDatabase(db);
  }
});

test('watchFeeds polls each feed when due and stops when told', async () => {
  const db = openDatabase(join(tempDir(), 'watch.sqlite'));
  try {
    items = 2;
    const stop = new AbortController();
    const results: PollResult[] = [];
    // a second, unreachable address does not hold up the first
    await watchFeeds(async (fn) => fn(sqliteWatchStore(db)), [url, 'http://127.0.0.1:1/none.rss'], {
      everyMs: 10, signal: stop.signal,
      onResult: (r) => {
        results.push(r);
        const errors = results.filter((x) => x.status === 'error').length;
        if ((errors >= 2 && results.some((x) => x.status === 'not-modified')) || results.length >= 20) stop.abort();
      },
    });
    // (which feed comes next depends on how long each poll took: the order after the first round is not fixed)
    assert.deepEqual(results.slice(0, 2).map((r) => r.status), ['changed', 'error']);
    assert.ok(results.some((r) => r.status === 'not-modified'), 'the unchanged feed was asked again');
    assert.deepEqual(results.filter((r) => r.status === 'error').map((r) => r.status === 'error' && r.failures), [1, 2], 'the errors counted in a row');
  } finally {
    closeDatabase(db);
  }
});

test('durations and the wait after errors, never beyond a day (a timer overflows after 24.8 days)', () => {
  assert.deepEqual(['10m', '90s', '1h30m', '2h', '', 'zehn', '0m'].map(parseEvery), [600_000, 90_000, 5_400_000, 7_200_000, null, null, null]);
  assert.deepEqual([0, 1, 3, 20, 5000].map((f) => nextWait(600_000, f)), [600_000, 1_200_000, 4_800_000, 86_400_000, 86_400_000]);
  assert.equal(nextWait(600_000, 1, 99_999_999_000), 86_400_000, 'a Retry-After of three years');
  assert.equal(retryAfterMs('Wed, 21 Oct 2015 07:28:00 GMT', Date.parse('Wed, 21 Oct 2015 07:18:00 GMT')), 600_000);
  assert.deepEqual([retryAfterMs('120'), retryAfterMs(null), retryAfterMs('bald')], [120_000, null, null]);
});

test('a restarted watcher waits out the errors of the last one; a failing store ends the watch, it is no feed error', async () => {
  const db = openDatabase(join(tempDir(), 'watch.sqlite'));
  try {
    failing = true;
    await pollFeed(sqliteWatchStore(db), url, { everyMs: 60_000 });
    failing = false;
    const deferred: Array<[string, number]> = [];
    const results: PollResult[] = [];
    const stop = new AbortController();
    setTimeout(() => stop.abort(), 300);
    await watchFeeds(async (fn) => fn(sqliteWatchStore(db)), [url], { everyMs: 60_000, signal: stop.signal, onDeferred: (f, _due, n) => deferred.push([f, n]), onResult: (r) => results.push(r) });
    assert.deepEqual(deferred, [[url, 1]]);
    assert.deepEqual(results, [], 'not asked before its wait is over');
  } finally {
    closeDatabase(db);
  }
  // (the connection closed under it: an error of the store, thrown, not counted against the feed)
  await assert.rejects(pollFeed(sqliteWatchStore(db), url, { everyMs: 60_000 }), /not open/);
});

/** The CLI in a child process (never spawnSync: this process serves the feed meanwhile). */
function cli(args: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, ...args]);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => { stdout += d.toString(); });
    child.stderr.on('data', (d: Buffer) => { stderr += d.toString(); });
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

test('lagebild watch --once: one line per new article, validators kept for the next run', async () => {
  items = 2;
  const db = join(tempDir(), 'cli.sqlite');
  const run = () => cli(['watch', url, '--once', '--db', db]);
  const first = await run();
  assert.equal(first.status, 0, first.stderr);
  assert.deepEqual(first.stdout.trim().split('\n').map((l) => l.replace(/\s+·.*$/, '')), [`+ 2026-04-06  ${ITEMS[0][0]}`, `+ 2026-04-06  ${ITEMS[1][0]}`]);
  const again = await run();
  assert.equal(again.stdout, '');
  assert.equal(seen.at(-1)!['if-none-match'], '"v2"');
  const json = await cli(['watch', 'http://127.0.0.1:1/none.rss', '--once', '--json', '--db', db]);
  assert.equal(json.status, 1);
  assert.equal(JSON.parse(json.stdout).type, 'error');
  const bad = await cli(['watch', 'feeds/ticker.rss', '--db', db]);
  assert.equal(bad.status, 2);
  assert.match(bad.stderr, /not a feed address/);
});

test('lagebild watch stops on SIGTERM between polls, and the store is closed cleanly', async () => {
  items = 3;
  const db = join(tempDir(), 'term.sqlite');
  const child = spawn(process.execPath, [CLI, 'watch', url, '--every', '10s', '--db', db]);
  let stdout = '';
  child.stdout.on('data', (d: Buffer) => { stdout += d.toString(); });
  const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
  // the first poll's articles are out: the watcher sleeps now
  for (let i = 0; i < 200 && stdout.split('\n').length < 4; i++) await new Promise((r) => setTimeout(r, 50));
  assert.equal(stdout.trim().split('\n').length, 3);
  child.kill('SIGTERM');
  assert.equal(await exited, 0);
  // (byte 18 of the header: 1 rollback journal, 2 WAL)
  assert.equal(readFileSync(db).subarray(18, 19)[0], 1);
});

test('lagebild watch into a PostgreSQL store: the same articles once, the feed\'s validators kept there, the events merged', async () => {
  items = 2;
  const schema = TEST_SERVER ? await freshSchema() : null;
  const store = schema?.url ?? `pglite:${join(tempDir(), 'pg')}`;
  try {
    const first = await cli(['watch', url, '--once', '--json', '--db', store]);
    assert.equal(first.status, 0, first.stderr);
    assert.deepEqual(first.stdout.trim().split('\n').map((l) => JSON.parse(l).title), [ITEMS[0][0], ITEMS[1][0]]);
    const again = await cli(['watch', url, '--once', '--json', '--db', store]);
    assert.equal(again.stdout, '');
    assert.equal(seen.at(-1)!['if-none-match'], '"v2"');
    items = 3;
    const third = await cli(['watch', url, '--once', '--json', '--db', store]);
    assert.deepEqual(third.stdout.trim().split('\n').map((l) => JSON.parse(l).title), [ITEMS[2][0]]);
    const stats = await cli(['stats', '--json', '--db', store]);
    const s = JSON.parse(stats.stdout) as { documents: number; events: number; unmerged: number };
    assert.deepEqual([s.documents, s.unmerged], [3, 0]);
    assert.ok(s.events > 0);
  } finally {
    await schema?.drop();
  }
});
