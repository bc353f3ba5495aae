// Feeds over HTTP from a local server (issue 19, item 1): bodies are read as a stream that
// stops at the size limit, also after decompression; a refused body ends the process at
// once; redirects go only to http(s) and are reported; a slow input does not hold back the
// good articles beside it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import { createGzip } from 'node:zlib';
import { join } from 'node:path';
import { writeFileSync } from 'node:fs';
import { tempDir } from '../testing/fixtures.js';
import { goodArticles, hasStack, recordRun, runCli, storedDocuments } from './harness.js';

const CEILING = Number(process.env.LAGEBILD_FAULT_TIMEOUT ?? 60_000);
const FEED = `<?xml version="1.0"?><rss version="2.0"><channel><title>Testfeed</title><item><title>Gipfel</title><link>https://example.org/gipfel</link><description>Die Außenminister trafen sich am Montag in Genf zu Gesprächen über eine Waffenruhe, sagte ein Sprecher.</description></item></channel></rss>`;

let server: Server;
let base = '';
let bomb: Buffer;

/** 1 GiB of zeros gzipped (about 1 MB), made once as a stream so this process never holds the GiB. */
async function gzipBomb(): Promise<Buffer> {
  const gz = createGzip({ level: 9 });
  const parts: Buffer[] = [];
  gz.on('data', (d: Buffer) => parts.push(d));
  const zeros = Buffer.alloc(1 << 20);
  for (let i = 0; i < 1024; i++) if (!gz.write(zeros)) await new Promise((r) => gz.once('drain', r));
  await new Promise((r) => gz.end(r));
  return Buffer.concat(parts);
}

before(async () => {
  bomb = await gzipBomb();
  server = createServer((req, res) => {
    const stop = () => res.destroy();
    req.on('close', () => { res.destroyed || stop(); });
    switch (req.url) {
      case '/feed.xml': res.writeHead(200, { 'content-type': 'application/rss+xml' }); res.end(FEED); return;
      case '/chunked': { // 500 MB, chunked, written as fast as the client takes it
        res.writeHead(200, { 'content-type': 'application/rss+xml' });
        const chunk = Buffer.alloc(1 << 20, 'a');
        let sent = 0;
        const pump = () => { while (sent < 500 && !res.destroyed) { sent++; if (!res.write(chunk)) { res.once('drain', pump); return; } } if (!res.destroyed) res.end(); };
        pump();
        return;
      }
      case '/bomb': res.writeHead(200, { 'content-type': 'application/rss+xml', 'content-encoding': 'gzip', 'content-length': bomb.length }); res.end(bomb); return;
      case '/huge-length': { // announces 100 MB, then trickles
        res.writeHead(200, { 'content-type': 'application/rss+xml', 'content-length': 100 * 1048576 });
        const t = setInterval(() => (res.destroyed ? clearInterval(t) : res.write('<')), 200);
        return;
      }
      case '/slow': { // a feed that never finishes (5 bytes a second)
        res.writeHead(200, { 'content-type': 'application/rss+xml' });
        const t = setInterval(() => (res.destroyed ? clearInterval(t) : res.write('     ')), 1000);
        return;
      }
      case '/to-file': res.writeHead(302, { location: 'file:///etc/passwd' }); res.end(); return;
      case '/to-other-host': res.writeHead(302, { location: `${base.replace('127.0.0.1', 'localhost')}/feed.xml` }); res.end(); return;
      default: res.writeHead(404); res.end();
    }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
});
after(() => { server.closeAllConnections(); server.close(); });

for (const [path, what] of [['/chunked', '500 MB chunked body'], ['/bomb', 'gzip bomb (1 MB → 1 GiB)'], ['/huge-length', 'Content-Length of 100 MB']] as const) {
  test(`HTTP: a ${what} is refused as too large within bounds`, async () => {
    const dir = tempDir();
    const r = await runCli(['ingest', `${base}${path}`, '--db', join(dir, 's.sqlite'), '--json'], { timeoutMs: CEILING, memoryMB: 4096 });
    recordRun(`HTTP ${what}`, r, 1);
    assert.ok(!r.hung && !r.overMemory, `killed (${r.hung ? 'time' : 'memory'})`);
    assert.equal(r.code, 1, r.err);
    assert.match(r.err, /too large/);
    assert.ok(!hasStack(r.err), r.err);
    // (the old code took 33 s to exit after refusing a Content-Length; memory is what the others exceeded)
    assert.ok(r.ms < 20_000, `took ${(r.ms / 1000).toFixed(1)} s`);
    assert.ok(r.peakMB < 400, `peak ${r.peakMB} MB`);
  });
}

test('HTTP: redirects only to http(s), a redirect to another host is named', async () => {
  const dir = tempDir();
  const db = join(dir, 's.sqlite');
  const r = await runCli(['ingest', `${base}/to-file`, `${base}/to-other-host`, '--db', db, '--json'], { timeoutMs: CEILING });
  recordRun('HTTP redirects (file:, other host)', r, 2);
  assert.equal(r.code, 1, r.err);
  assert.match(r.err, /to-file: .*redirect.*file:/);
  assert.match(r.err, /to-other-host: .*redirected to .*localhost/);
  assert.equal(storedDocuments(db), 1);
});

test('a slow input does not hold back the good articles beside it', async () => {
  const dir = tempDir();
  // short articles, so that preparing them is quick even on a busy machine
  const good = Array.from({ length: 10 }, (_, i) => {
    const path = join(dir, `kurz-${i}.txt`);
    writeFileSync(path, ` date 2025-03-${String(i + 1).padStart(2, '0')} Meldung ${i}\n\nBERLIN (dpa) - Meldung Nummer ${i}: Der Sprecher Nummer ${i} sagte am Montag, die Gespräche über Punkt ${i} gingen weiter.\n`);
    return path;
  });
  const db = join(dir, 's.sqlite');
  let storedAfter = -1;
  // the old code held them until the slow feed's fetch timed out (30 s): stopped at 25 s at the latest
  const r = await runCli(['ingest', ...good, `${base}/slow`, '--db', db, '--json'], {
    timeoutMs: CEILING,
    onSpawn: (child) => {
      const started = Date.now();
      const t = setInterval(() => {
        storedAfter = storedDocuments(db);
        if (storedAfter >= 10 || Date.now() - started > 25_000) { clearInterval(t); child.kill('SIGKILL'); }
      }, 500);
    },
  });
  recordRun('one slow input beside 10 good ones (stopped when stored, at 25 s at the latest)', { ...r, hung: false }, 11, 10 - storedAfter);
  assert.equal(storedAfter, 10, `${storedAfter} of 10 good articles stored after ${(r.ms / 1000).toFixed(1)} s`);
  assert.ok(r.ms < 25_000);
});
