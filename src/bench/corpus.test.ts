import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '../testing/fixtures.js';
import { openDatabase } from '../store/db.js';
import { ingest } from '../pipeline/ingest.js';
import { generateCorpus } from './corpus.js';

test('the benchmark corpus is deterministic, 150–1,500 words long, with all quote styles and datelines', () => {
  const a = [...generateCorpus(300, 9)];
  const b = [...generateCorpus(300, 9)];
  assert.deepEqual(a, b);
  assert.notDeepEqual(a[0], [...generateCorpus(1, 10)][0]);
  const originals = a.filter((x) => !x.copyOf);
  for (const x of originals) {
    const words = x.text.split(/\s+/).length;
    assert.ok(words >= 150 && words <= 1700, `${x.id}: ${words} words`);
    assert.match(x.text, /^[A-ZÄÖÜ/]+ \([\w-]+\) - /);
  }
  const all = a.map((x) => x.text).join('\n');
  for (const q of ['„', '»', '«', '"']) assert.ok(all.includes(q), q);
  const share = (a.length - originals.length) / a.length;
  assert.ok(share > 0.05 && share < 0.15, `near-duplicates: ${share}`);
});

test('the pipeline finds the planted near-duplicates and flags little else', async () => {
  const dir = tempDir();
  const corpus = join(dir, 'c.jsonl');
  const articles = [...generateCorpus(400, 3)];
  writeFileSync(corpus, articles.map((x) => JSON.stringify(x)).join('\n'));
  const db = openDatabase(join(dir, 's.sqlite'));
  await ingest(db, [corpus]);
  const flagged = new Set(db.prepare<[], { source: string }>('SELECT source FROM documents WHERE duplicate_of IS NOT NULL').all().map((r) => r.source));
  db.close();
  const planted = new Set(articles.filter((x) => x.copyOf).map((x) => x.id));
  const hits = [...flagged].filter((s) => planted.has(s)).length;
  assert.ok(hits / planted.size >= 0.95, `recall ${hits}/${planted.size}`);
  assert.ok(hits / flagged.size >= 0.95, `precision ${hits}/${flagged.size}`);
});
