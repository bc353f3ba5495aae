// The incremental figure: new articles into a store that already holds many, timed with the
// merge of their events into the stored picture (issue 17: 100 into 100,000 under 2 s).
import { createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';
import { generateCorpus } from './corpus.js';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { closeDatabase, openDatabase, type DB } from '../store/db.js';
import { ingest } from '../pipeline/ingest.js';
import { Stopwatch } from '../pipeline/stopwatch.js';
import { mergePending } from '../merge/incremental.js';
import { loadKnowledgeBase } from '../actors/kb.js';

/** Writes `add` generated articles (ids "new-…") to a JSONL file in `dir`. */
async function newArticles(dir: string, add: number, seed: number): Promise<string> {
  const file = join(dir, `new-${seed}.jsonl`);
  const out = createWriteStream(file);
  for (const a of generateCorpus(add, seed)) if (!out.write(JSON.stringify({ ...a, id: `new-${seed}-${a.id}` }) + '\n')) await once(out, 'drain');
  await new Promise<void>((resolve) => out.end(resolve));
  return file;
}

/**
 * What a user waits for: `lagebild ingest FILE --db STORE` in a process of its own, from start to
 * exit (Node's start, the modules, opening the store, the analysis, the writes, the merge).
 * The store must be closed by the caller (closeDatabase), as a user's is between two ingests.
 */
export async function ingestNewCommand(store: string, dir: string, add: number, seed: number): Promise<{ seconds: number; added: number }> {
  const file = await newArticles(dir, add, seed);
  const cli = fileURLToPath(new URL('../cli/main.js', import.meta.url));
  const t = performance.now();
  const r = spawnSync(process.execPath, [cli, 'ingest', file, '--db', store, '--json'], { encoding: 'utf8', maxBuffer: 64 << 20 });
  const seconds = (performance.now() - t) / 1000;
  if (r.status !== 0) throw new Error(`lagebild ingest failed (${r.status}): ${r.stderr.trim()}`);
  const summary = JSON.parse(r.stdout.trim().split('\n').pop()!) as { added: number };
  return { seconds, added: summary.added };
}

/** Ingests `add` generated articles (ids "new-…") into the store; seconds in all and for the merge. */
export async function ingestNew(db: DB, dir: string, add: number, seed: number): Promise<{ seconds: number; mergeSeconds: number; added: number }> {
  const file = await newArticles(dir, add, seed);
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
  closeDatabase(db);
  const peakRssMB = process.resourceUsage().maxRSS / 1024;
  const command = await ingestNewCommand(o.store, dir, o.add, seed + 1);
  rmSync(dir, { recursive: true, force: true });
  say(`incremental: ${r.added} new articles into a ${stored}-article store in ${r.seconds.toFixed(2)} s (merge ${r.mergeSeconds.toFixed(2)} s); peak RSS ${peakRssMB.toFixed(0)} MB`);
  say(`incremental, the whole command: ${command.added} more with \`lagebild ingest\` in ${command.seconds.toFixed(2)} s`);
  if (o.json) process.stdout.write(JSON.stringify({ storedArticles: stored, incrementalArticles: r.added, incrementalSeconds: +r.seconds.toFixed(3),
    incrementalCommandSeconds: +command.seconds.toFixed(3),
    incrementalMergeSeconds: +r.mergeSeconds.toFixed(3), catchUpDocuments: catchUp.documents, catchUpSeconds: +catchUp.seconds.toFixed(1), peakRssMB: +peakRssMB.toFixed(1) }) + '\n');
}
