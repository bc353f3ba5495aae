import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { RawDocument } from '../document/types.js';
import { PreparePool } from './pool.js';

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
