// A store of N benchmark articles for the API benchmark: built once from the seeded corpus
// and reused by later runs (building 100,000 articles takes a quarter of an hour or more).
import { createWriteStream, existsSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';
import { generateCorpus } from './corpus.js';
import { openDatabase } from '../store/db.js';
import { ingest } from '../pipeline/ingest.js';

export function defaultBenchStore(articles: number, seed: number): string {
  return join(tmpdir(), `lagebild-bench-api-${articles}-seed${seed}.sqlite`);
}

/** The store at `path`, built from `articles` generated articles when it is not there yet; migrated to this version. */
export async function benchStore(path: string, articles: number, seed: number, say: (line: string) => void): Promise<void> {
  if (existsSync(path)) {
    // opening it writable applies this version's migrations (new indexes)
    openDatabase(path).close();
    say(`reusing the store ${path}`);
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), 'lagebild-bench-corpus-'));
  const corpus = join(dir, 'corpus.jsonl');
  const out = createWriteStream(corpus);
  for (const a of generateCorpus(articles, seed)) if (!out.write(JSON.stringify(a) + '\n')) await once(out, 'drain');
  await new Promise<void>((resolve) => out.end(resolve));
  const t = performance.now();
  // built under a temporary name: a run killed half-way leaves no store that looks complete
  const building = `${path}.building`;
  rmSync(building, { force: true });
  const db = openDatabase(building);
  try {
    await ingest(db, [corpus]);
    db.pragma('wal_checkpoint(TRUNCATE)');
  } finally {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  }
  for (const ext of ['-wal', '-shm']) rmSync(building + ext, { force: true });
  renameSync(building, path);
  say(`built the store ${path}: ${articles} articles in ${((performance.now() - t) / 1000).toFixed(0)} s`);
}
