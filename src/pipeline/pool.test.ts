import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { RawDocument } from '../document/types.js';
import { IN_THREAD_BYTES, PreparePool, workersFor } from './pool.js';
import { prepareDocument } from './prepare.js';
import { lexiconCached } from '../lexicon/table.js';

const raw = (text: string, source = 'x.txt'): RawDocument => ({ source, origin: source, format: 'txt', text });

test('worker threads return documents in submission order, the same as preparing in this thread', async () => {
  const texts = Array.from({ length: 40 }, (_, i) => ` date 2025-03-${String((i % 28) + 1).padStart(2, '0')} Meldung ${i}\n\nBERLIN (dpa) - Satz ${i} über die Lage. „Zitat ${i}“, sagte er.\n`);
  const threads = new PreparePool(2);
  const local = new PreparePool(0);
  const a = await Promise.all(texts.map((t, i) => threads.submit(raw(t, `m${i}.txt`))));
  const b = await Promise.all(texts.map((t, i) => local.submit(raw(t, `m${i}.txt`))));
  await threads.close();
  assert.deepEqual(a.map((p) => p.ok && [p.doc.source, p.doc.published, p.doc.sentences.length, [...p.fp.signature]]),
    b.map((p) => p.ok && [p.doc.source, p.doc.published, p.doc.sentences.length, [...p.fp.signature]]));
});

test('a document that fails to prepare is an error result, and the pool goes on', async () => {
  const pool = new PreparePool(1);
  const bad = await pool.submit({ ...raw('x'), text: undefined as unknown as string });
  const good = await pool.submit(raw('BERLIN (dpa) - Alles gut. Wirklich.'));
  await pool.close();
  assert.equal(bad.ok, false);
  assert.equal(good.ok, true);
});

test('a worker that dies fails only the document it died on; the documents queued behind it are prepared elsewhere', async () => {
  const pool = new PreparePool(2, new URL('../testing/crashing-worker.js', import.meta.url));
  const texts = Array.from({ length: 30 }, (_, i) => (i === 4 ? 'ABSTURZ ' : '') + `BERLIN (dpa) - Meldung ${i}. Noch ein Satz.`);
  const results = await Promise.all(texts.map((t, i) => pool.submit(raw(t, `m${i}.txt`))));
  await pool.close();
  assert.deepEqual(results.map((r, i) => (r.ok ? 'ok' : i)), texts.map((_, i) => (i === 4 ? 4 : 'ok')));
  assert.match((results[4] as { error: string }).error, /worker thread exited \(code 3\)/);
  assert.deepEqual(results.filter((r) => r.ok).map((r) => r.ok && r.doc.source), texts.map((_, i) => `m${i}.txt`).filter((s) => s !== 'm4.txt'));
});

test('a long text: its analysed part goes to a worker, the whole text comes back once, also when a dying worker hands it on', async () => {
  const limits = { maxChars: 200, budgetMs: 60_000 };
  const body = (i: number) => `BERLIN (dpa) - Meldung ${i}. ` + Array.from({ length: 12 }, (_, k) => `Der Sprecher sagte am Montag, die Lage ${k} sei ernst.`).join(' ');
  const texts = Array.from({ length: 12 }, (_, i) => (i === 2 ? 'ABSTURZ ' : '') + body(i));
  const pool = new PreparePool(2, new URL('../testing/crashing-worker.js', import.meta.url), [], null, limits);
  const local = new PreparePool(0, undefined, [], null, limits);
  const a = await Promise.all(texts.map((t, i) => pool.submit(raw(t, `m${i}.txt`))));
  const b = await Promise.all(texts.map((t, i) => local.submit(raw(t, `m${i}.txt`))));
  await pool.close();
  const seen = (r: (typeof a)[number]) => r.ok && [r.doc.id, r.doc.text.length, r.doc.warnings.filter((w) => w.startsWith('long text')).length, r.fp.textHash, [...r.fp.signature]];
  assert.equal(a[2]!.ok, false);
  assert.deepEqual(a.map(seen).filter((_, i) => i !== 2), b.map(seen).filter((_, i) => i !== 2));
  assert.ok(a.every((r, i) => i === 2 || (r.ok && r.doc.text === texts[i] && r.doc.warnings.filter((w) => w.startsWith('long text')).length === 1)));
});

test('once the language has read its word tables they are all cached, so later workers run in their bounded heap', () => {
  prepareDocument(raw('BERLIN (dpa) - Der Sprecher sagte am Montag, die Lage sei ernst.'));
  assert.equal(lexiconCached(), true, 'LEXICON_TABLES names every table the lexicon caches');
});

test('a small ingest is prepared in this thread, a large one or a feed from the network in workers, unless LAGEBILD_WORKERS says', () => {
  const saved = process.env.LAGEBILD_WORKERS;
  try {
    delete process.env.LAGEBILD_WORKERS;
    assert.equal(workersFor(IN_THREAD_BYTES - 1), 0);
    assert.ok(workersFor(IN_THREAD_BYTES) > 0);
    assert.ok(workersFor(10, true) > 0);
    process.env.LAGEBILD_WORKERS = '3';
    assert.equal(workersFor(10), 3);
    process.env.LAGEBILD_WORKERS = 'abc';
    assert.equal(workersFor(10), 0, 'a value that is no number is ignored');
  } finally {
    if (saved === undefined) delete process.env.LAGEBILD_WORKERS; else process.env.LAGEBILD_WORKERS = saved;
  }
});
