#!/usr/bin/env node
// npm run bench -- --articles N [--seed S] [--json] [--keep]
// npm run bench -- --corpus FILE.jsonl [--articles N]: the same on your own corpus (repeated to N articles with distinct ids)
// npm run bench -- --incremental-into STORE [--add 100]: new articles into an existing store (./incremental.ts)
// npm run bench -- --api [--articles N] [--store PATH] [--requests R]: the API benchmark (./api.ts)
// Generates a seeded German corpus (JSONL, streamed to disk), or takes one, then in one process:
// the raw speed of reading and tokenizing it, the full pipeline into a fresh store, an
// unchanged re-ingest and 100 new articles into that store (the incremental merge), then
// the time of each analysis stage on the first 1,000 articles.
// Prints figures; with --json the last line is a JSON object.
import { createReadStream, createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { once } from 'node:events';
import { Command } from 'commander';
import { generateCorpus } from './corpus.js';
import { comparableWords } from '../dedupe/words.js';
import { closeDatabase, openDatabase } from '../store/db.js';
import { ingest } from '../pipeline/ingest.js';
import { Stopwatch } from '../pipeline/stopwatch.js';
import { analyze } from '../pipeline/prepare.js';
import { benchApi } from './api.js';
import { benchIncremental, ingestNew, ingestNewCommand } from './incremental.js';
import { repeatCorpus } from './repeat.js';

const opts = new Command('bench')
  .option('--articles <n>', 'articles to generate (--api: 100000)')
  .option('--seed <n>', 'generator seed', '42')
  .option('--json', 'last line: a JSON object with the figures')
  .option('--keep', 'keep the corpus and store (printed paths)')
  .option('--api', 'benchmark the HTTP API on a store of --articles articles (built once, then reused)')
  .option('--store <path>', '--api: the store to use or build (default: in the temp folder, named by articles and seed)')
  .option('--requests <n>', '--api: timed requests per endpoint', '200')
  .option('--corpus <file>', 'a JSONL corpus of your own (one article per line: id, text, published), repeated to --articles with distinct ids')
  .option('--incremental-into <store>', 'only: ingest --add new articles into this existing store and time it with its merge')
  .option('--add <n>', 'new articles for the incremental figure', '100')
  .parse(process.argv)
  .opts<{ articles?: string; seed: string; json?: boolean; keep?: boolean; api?: boolean; store?: string; requests: string;
    corpus?: string; incrementalInto?: string; add: string }>();

if (opts.api) {
  await benchApi({ articles: Number(opts.articles ?? 100_000), seed: Number(opts.seed), store: opts.store, requests: Number(opts.requests), json: !!opts.json });
  process.exit(0);
}
if (opts.incrementalInto) {
  await benchIncremental({ store: opts.incrementalInto, add: Number(opts.add), seed: Number(opts.seed), json: !!opts.json });
  process.exit(0);
}

const say = (line: string) => process.stderr.write(line + '\n');
const dir = mkdtempSync(join(tmpdir(), 'lagebild-bench-'));
const corpus = join(dir, 'corpus.jsonl');

// 1. the corpus, streamed: never held in memory (only the ids of the planted copies)
let t = performance.now();
const planted = new Map<string, string>();
let n: number;
if (opts.corpus) {
  n = await repeatCorpus(opts.corpus, corpus, opts.articles ? Number(opts.articles) : null);
} else {
  n = Number(opts.articles ?? 1000);
  const out = createWriteStream(corpus);
  for (const a of generateCorpus(n, Number(opts.seed))) {
    if (a.copyOf) planted.set(a.id, a.copyOf);
    if (!out.write(JSON.stringify(a) + '\n')) await once(out, 'drain');
  }
  await new Promise<void>((resolve) => out.end(resolve));
}
const bytes = statSync(corpus).size;
const mb = bytes / 1048576;
say(`corpus: ${n} articles, ${mb.toFixed(1)} MB, ${opts.corpus ? `from ${opts.corpus}` : 'generated'} in ${((performance.now() - t) / 1000).toFixed(1)} s (${corpus})`);

// 2. the floor: read the same file and split every text into words
t = performance.now();
let words = 0;
for await (const line of createInterface({ input: createReadStream(corpus), crlfDelay: Infinity })) {
  if (line) words += comparableWords((JSON.parse(line) as { text: string }).text).length;
}
const rawSeconds = (performance.now() - t) / 1000;
say(`read+tokenize: ${(n / rawSeconds).toFixed(0)} articles/s, ${(mb / rawSeconds).toFixed(1)} MB/s (${words} words)`);

// 3. the full pipeline into a fresh store
const dbPath = join(dir, 'bench.sqlite');
const db = openDatabase(dbPath);
const stopwatch = new Stopwatch();
t = performance.now();
const first = await ingest(db, [corpus], { stopwatch });
const fullSeconds = (performance.now() - t) / 1000;
// the high-water mark after each phase: where the peak is reached
const rssAfter: Record<string, number> = { fullPipeline: +(process.resourceUsage().maxRSS / 1024).toFixed(1) };
const stages = Object.fromEntries(Object.entries(stopwatch.ms).map(([k, v]) => [k, +(v / 1000).toFixed(2)]));
say(`full pipeline: ${(n / fullSeconds).toFixed(0)} articles/s, ${(mb / fullSeconds).toFixed(2)} MB/s, ${fullSeconds.toFixed(1)} s; ` +
  `${first.added} added, ${first.duplicates} near-/exact duplicates`);
say(`  per stage (s): ${Object.entries(stages).map(([k, v]) => `${k} ${v}`).join(', ')}`);
say(`  full / read+tokenize: ${(fullSeconds / rawSeconds).toFixed(1)}× slower`);

// how well the planted near-duplicates were found (a copy may point to its base or to the base's own canonical)
const flagged = db.prepare<[], { source: string; of: string }>(
  'SELECT d.source, o.source AS of FROM documents d JOIN documents o ON o.id = d.duplicate_of').all();
const truePositives = flagged.filter((f) => planted.has(f.source)).length;
const dupPrecision = flagged.length ? truePositives / flagged.length : 1;
const dupRecall = planted.size ? truePositives / planted.size : 1;
if (opts.corpus) say(`  near-/exact duplicates flagged: ${flagged.length} (a repeated corpus repeats its texts)`);
else say(`  near-duplicates: ${planted.size} planted, ${flagged.length} flagged, precision ${dupPrecision.toFixed(3)}, recall ${dupRecall.toFixed(3)}`);

// 4. the same corpus again: nothing changes
t = performance.now();
const again = await ingest(db, [corpus]);
const reSeconds = (performance.now() - t) / 1000;
rssAfter.reingest = +(process.resourceUsage().maxRSS / 1024).toFixed(1);
say(`unchanged re-ingest: ${(n / reSeconds).toFixed(0)} articles/s (${again.unchanged} unchanged, ${again.added} added)`);

// 5. new articles into the store just built: the ingest with its incremental merge
const add = Number(opts.add);
const incremental = await ingestNew(db, dir, add, Number(opts.seed) + 1);
rssAfter.incremental = +(process.resourceUsage().maxRSS / 1024).toFixed(1);
closeDatabase(db);
say(`incremental: ${add} new articles into the ${n}-article store in ${incremental.seconds.toFixed(2)} s (merge ${incremental.mergeSeconds.toFixed(2)} s)`);
// (and as a user runs it: a command of its own on the closed store)
const command = await ingestNewCommand(dbPath, dir, add, Number(opts.seed) + 2);
say(`incremental, the whole command: ${command.added} more with \`lagebild ingest\` in ${command.seconds.toFixed(2)} s`);

const peakRssMB = process.resourceUsage().maxRSS / 1024;
const storeMB = statSync(dbPath).size / 1048576;
say(`peak RSS: ${peakRssMB.toFixed(0)} MB (high-water mark after the full pipeline ${rssAfter.fullPipeline!.toFixed(0)} MB, `
  + `after the re-ingest ${rssAfter.reingest!.toFixed(0)} MB, after the new articles ${rssAfter.incremental!.toFixed(0)} MB); store: ${storeMB.toFixed(1)} MB`);

// 6. where the analysis spends its time: every stage of the pipeline on the first articles, in this thread
const profiled = Math.min(n, 1000);
const stageMs: Record<string, number> = {};
let seen = 0;
for await (const line of createInterface({ input: createReadStream(corpus), crlfDelay: Infinity })) {
  if (!line || seen++ >= profiled) continue;
  const a = JSON.parse(line) as { id: string; text: string; published?: string };
  analyze({ source: a.id, origin: a.id, format: 'jsonl', text: a.text, published: a.published ?? null }, undefined, undefined,
    (name, ms) => { stageMs[name] = (stageMs[name] ?? 0) + ms; });
}
const perArticle = Object.fromEntries(Object.entries(stageMs).map(([k, v]) => [k, +(v / profiled).toFixed(3)]));
say(`analysis per article (ms, ${profiled} articles, one thread): ${Object.entries(perArticle).map(([k, v]) => `${k} ${v}`).join(', ')}`);
if (!opts.keep) rmSync(dir, { recursive: true, force: true });

const result = {
  articles: n, corpusMB: +mb.toFixed(2),
  articlesPerSecond: +(n / fullSeconds).toFixed(1), mbPerSecond: +(mb / fullSeconds).toFixed(3),
  seconds: +fullSeconds.toFixed(2), stageSeconds: stages,
  rawArticlesPerSecond: +(n / rawSeconds).toFixed(1), fullToRawRatio: +(fullSeconds / rawSeconds).toFixed(2),
  reingestArticlesPerSecond: +(n / reSeconds).toFixed(1),
  incrementalArticles: add, incrementalSeconds: +incremental.seconds.toFixed(3), incrementalMergeSeconds: +incremental.mergeSeconds.toFixed(3),
  incrementalCommandSeconds: +command.seconds.toFixed(3),
  corpus: opts.corpus ?? 'generated', duplicatesPlanted: planted.size, duplicatesFound: first.duplicates,
  duplicatePrecision: +dupPrecision.toFixed(3), duplicateRecall: +dupRecall.toFixed(3),
  peakRssMB: +peakRssMB.toFixed(1), peakRssMBAfter: rssAfter, storeMB: +storeMB.toFixed(1), analysisMsPerArticle: perArticle,
};
if (opts.json) process.stdout.write(JSON.stringify(result) + '\n');
