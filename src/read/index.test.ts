import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { example } from '../testing/fixtures.js';
import { DEFAULT_READ_OPTIONS, readInput, type ReadEvent } from './index.js';
import { loadLanguage } from '../language/load.js';

const options = { ...DEFAULT_READ_OPTIONS, language: loadLanguage('de') };

// A feed server on loopback, as an outlet's feed address would answer.
const server = createServer((req, res) => {
  if (req.url === '/ausland.rss') { res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' }); res.end(readFileSync(example('feeds/ausland.rss'))); return; }
  if (req.url === '/artikel') { res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }); res.end(readFileSync(example('2025-03-22_grenzbote_austausch.html'))); return; }
  if (req.url === '/kaputt.rss') { res.writeHead(200, { 'content-type': 'application/rss+xml' }); res.end('<rss version="2.0"><channel><item><title>abgeschnitten'); return; }
  res.writeHead(404, 'Not Found'); res.end();
});
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
after(() => server.close());
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

async function events(url: string): Promise<ReadEvent[]> {
  const out: ReadEvent[] = [];
  for await (const ev of readInput({ kind: 'url', url, display: url }, options)) out.push(ev);
  return out;
}
const docs = (evs: ReadEvent[]) => evs.flatMap((e) => (e.type === 'document' ? [e.doc] : []));
const problems = (evs: ReadEvent[]) => evs.flatMap((e) => (e.type === 'problem' ? [e.problem] : []));

test('a feed address: every item becomes a document with its own link as source', async () => {
  const evs = await events(`${base}/ausland.rss`);
  assert.deepEqual(docs(evs).map((d) => d.source), [
    'https://beispielzeitung.example/ausland/lawrow-truppen', 'https://beispielzeitung.example/ausland/selenskyj-trump-telefonat',
  ]);
  assert.match(problems(evs)[0]!.reason, /item 3 .* has no text/);
});

test('an address that serves an article page is read as HTML', async () => {
  const [doc] = docs(await events(`${base}/artikel`));
  assert.equal(doc!.format, 'html');
  assert.equal(doc!.source, `${base}/artikel`);
  assert.equal(doc!.title, 'Gefangenenaustausch: Je 175 Soldaten kehren heim');
});

test('HTTP errors, broken feeds and unreachable hosts are one problem each', async () => {
  assert.match(problems(await events(`${base}/fehlt.rss`))[0]!.reason, /HTTP 404/);
  assert.match(problems(await events(`${base}/kaputt.rss`))[0]!.reason, /not a readable RSS\/Atom feed/);
  server.closeAllConnections();
  const closed = createServer();
  await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
  const port = (closed.address() as AddressInfo).port;
  await new Promise<void>((resolve) => closed.close(() => resolve()));
  assert.match(problems(await events(`http://127.0.0.1:${port}/feed.rss`))[0]!.reason, /could not fetch \(ECONNREFUSED\)/);
});
