// The incremental figure: new articles into a store that already holds many, timed with the
// merge of their events into the stored picture (issue 17: 100 into 100,000 under 2 s).
import { createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';
import { generateCorpus } from './corpus.js';
import { openDatabase, type DB } from '../store/db.js';
import { ingest } from '../pipeline/ingest.js';
import { Stopwatch } from '../pipeline/stopwatch.js';
import { mergePending } from '../merge/incremental.js';
import { loadKnowledgeBase } from '../actors/kb.js';

/** Ingests `add` generated articles (ids "new-…") into the store; seconds in all and for the merge. */
export async function ingestNew(db: DB, dir: string, add: number, seed: number): Promise<{ seconds: number; mergeSeconds: number; added: number }> {
  const file = join(dir, `new-${seed}.jsonl`);
  const out = createWriteStream(file);
  for (const a of generateCorpus(add, seed)) if (!out.write(JSON.stringify({ ...a, id: `new-${seed}-${a.id}` }) + '\n')) await once(out, 'drain');
  await new Promise<void>((resolve) => out.end(resolve));
  const stopwatch = new Stopwatch();
  const t = performance.now();
  const run = await ingest(db, [file], { stopwatch });
  return { seconds: (performance.now() - t) / 1000, mergeSeconds: (stopwatch.ms['merge events'] ?? 0) / 1000, added: run.added };
}

export async function benchIncremental(o: { store: string; add: number; seed: number; json: boolean }): Promise<void> {
  const say = (line: string) => process.stderr.write(line + '\n');
  const db = openDatabase(o.store);
  const stored = (db.prepare('SELECT count(*) n FROM documents').get() as { n: number }).n;
  // a store from before the incremental merge (or a killed run) is merged first, timed apart
  const catchUp = mergePending(db, loadKnowledgeBase());
  if (catchUp.documents) say(`catch-up merge: ${catchUp.documents} documents not merged yet, ${catchUp.steps} steps, ${catchUp.seconds.toFixed(1)} s`);
  const dir = mkdtempSync(join(tmpdir(), 'lagebild-bench-'));
  const seed = o.seed + Date.now() % 100_000;
  const r = await ingestNew(db, dir, o.add, seed);
  db.close();
  rmSync(dir, { recursive: true, force: true });
  const peakRssMB = process.resourceUsage().maxRSS / 1024;
  say(`incremental: ${r.added} new articles into a ${stored}-article store in ${r.seconds.toFixed(2)} s (merge ${r.mergeSeconds.toFixed(2)} s); peak RSS ${peakRssMB.toFixed(0)} MB`);
  if (o.json) process.stdout.write(JSON.stringify({ storedArticles: stored, incrementalArticles: r.added, incrementalSeconds: +r.seconds.toFixed(3),
    incrementalMergeSeconds: +r.mergeSeconds.toFixed(3), catchUpDocuments: catchUp.documents, catchUpSeconds: +catchUp.seconds.toFixed(1), peakRssMB: +peakRssMB.toFixed(1) }) + '\n');
}
