#!/usr/bin/env node
// node dist/bench/workers.js --db postgres://… [--articles 1000] [--workers 1,2,4] [--threads 1] [--json]
// Team mode's throughput: a seeded corpus queued once per run into a fresh schema of the given
// PostgreSQL database, then N worker processes (`--threads` each) storing and merging it, timed
// from their start until the last one is done; and the same corpus ingested into a SQLite store by
// one process, for comparison. Each run's figures on one line (the last line with --json).
import { spawn, spawnSync } from 'node:child_process';
import { createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { Command } from 'commander';
import pg from 'pg';
import { generateCorpus } from './corpus.js';

const CLI = fileURLToPath(new URL('../cli/main.js', import.meta.url));
const opts = new Command('bench-workers')
  .requiredOption('--db <url>', 'a PostgreSQL database to make schemas in (postgres://…)')
  .option('--articles <n>', 'articles to generate', '1000')
  .option('--seed <n>', 'generator seed', '42')
  .option('--workers <list>', 'worker counts to run', '1,2,4')
  .option('--threads <n>', 'analysis threads per worker', '1')
  .option('--json', 'last line: a JSON object with the figures')
  .parse().opts<{ db: string; articles: string; seed: string; workers: string; threads: string; json?: boolean }>();

const say = (line: string) => { if (!opts.json) process.stdout.write(line + '\n'); };
const dir = mkdtempSync(join(tmpdir(), 'lagebild-bench-workers-'));
const corpus = join(dir, 'corpus.jsonl');
const out = createWriteStream(corpus);
for (const a of generateCorpus(Number(opts.articles), Number(opts.seed))) if (!out.write(JSON.stringify(a) + '\n')) await once(out, 'drain');
await new Promise<void>((resolve) => out.end(resolve));

const cli = (args: string[], env: Record<string, string> = {}) => {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', env: { ...process.env, LAGEBILD_DB: '', ...env } });
  if (r.status !== 0 && r.status !== 1) throw new Error(`lagebild ${args[0]} failed: ${r.stderr}`);
  return r.stdout;
};

async function inSchema<T>(run: (url: string) => Promise<T>): Promise<T> {
  const schema = `lagebild_bench_${process.pid}_${Date.now() % 1e6}`;
  const admin = new pg.Client({ connectionString: opts.db });
  await admin.connect();
  await admin.query(`CREATE SCHEMA ${schema}`);
  try {
    return await run(`${opts.db}${opts.db.includes('?') ? '&' : '?'}options=${encodeURIComponent(`-c search_path=${schema}`)}`);
  } finally {
    await admin.query(`DROP SCHEMA ${schema} CASCADE; DROP SCHEMA IF EXISTS ${schema}_queue CASCADE`);
    await admin.end();
  }
}

const results: Record<string, unknown> = { articles: Number(opts.articles), threadsPerWorker: Number(opts.threads) };
let t = performance.now();
cli(['ingest', corpus, '--db', join(dir, 'single.sqlite'), '--json'], { LAGEBILD_WORKERS: opts.threads });
const single = (performance.now() - t) / 1000;
results.sqliteOneProcess = { seconds: +single.toFixed(1), articlesPerSecond: +(Number(opts.articles) / single).toFixed(1) };
say(`SQLite, one process, ${opts.threads} thread(s): ${single.toFixed(1)} s, ${(Number(opts.articles) / single).toFixed(1)} art/s`);

for (const n of opts.workers.split(',').map(Number)) {
  const figures = await inSchema(async (url) => {
    t = performance.now();
    const queued = JSON.parse(cli(['ingest', '--queue', corpus, '--db', url, '--json'])) as { queued: number; jobs: number };
    const enqueueSeconds = (performance.now() - t) / 1000;
    t = performance.now();
    const workers = Array.from({ length: n }, () => spawn(process.execPath, [CLI, 'worker', '--db', url, '--until-empty', '--threads', opts.threads, '--json'], { stdio: 'ignore', env: { ...process.env, LAGEBILD_DB: '' } }));
    await Promise.all(workers.map((w) => once(w, 'exit')));
    const seconds = (performance.now() - t) / 1000;
    return { workers: n, queued: queued.queued, jobs: queued.jobs, enqueueSeconds: +enqueueSeconds.toFixed(1), seconds: +seconds.toFixed(1), articlesPerSecond: +(queued.queued / seconds).toFixed(1) };
  });
  results[`workers${n}`] = figures;
  say(`PostgreSQL, ${n} worker(s) × ${opts.threads} thread(s): queued in ${figures.enqueueSeconds} s, stored and merged in ${figures.seconds} s, ${figures.articlesPerSecond} art/s`);
}
rmSync(dir, { recursive: true, force: true });
if (opts.json) process.stdout.write(JSON.stringify(results) + '\n');
