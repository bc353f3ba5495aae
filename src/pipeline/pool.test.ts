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
