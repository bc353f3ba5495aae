import type { Command } from 'commander';
import { DEFAULT_ANALYSIS_LIMITS } from '../../pipeline/prepare.js';
import { positiveNumber } from '../options.js';
import { ingest, ingestPostgres, type IngestOptions, type IngestSummary } from '../../pipeline/ingest.js';
import { createReporter } from '../progress.js';
import { checkActorFiles, CliError, postgresLocation, withPostgres, withStore, EXIT } from '../shared.js';
import { checkSpeakerModel } from './train.js';
import { DEFAULT_JOB_TIMEOUT, openQueue } from '../../queue/queue.js';
import { enqueueInputs, type EnqueueSummary } from '../../queue/enqueue.js';

function describeQueued(s: EnqueueSummary): string {
  const parts = [`${s.queued} documents queued in ${s.jobs} jobs`, `${s.unchanged} stored already`];
  if (s.failed) parts.push(`${s.failed} failed`);
  if (s.warnings) parts.push(`${s.warnings} warnings`);
  if (s.ignoredFiles) parts.push(`${s.ignoredFiles} files of other types ignored`);
  return `${s.inputs} inputs: ${parts.join(', ')} (${s.seconds.toFixed(1)} s); "lagebild worker --db …" stores them`;
}

/** ingest --queue: read here, store and merge in the workers. */
async function enqueue(inputs: string[], opts: { db?: string; json?: boolean; maxFileSize: number; jobSize: number; jobTimeout: number }): Promise<void> {
  const location = postgresLocation(opts.db);
  if (!location) throw new CliError('--queue puts jobs in a PostgreSQL store\'s queue: --db postgres://user:password@host/database');
  const summary = await withPostgres(location, 'write', async (client) => {
    const boss = await openQueue(client, location);
    try {
      return await enqueueInputs(client, boss, inputs, {
        read: { maxBytes: Math.round(opts.maxFileSize * 1024 * 1024) }, jobSize: Math.round(opts.jobSize), jobTimeout: opts.jobTimeout,
        onProblem: (p) => process.stderr.write(`lagebild: ${p.severity === 'error' ? 'skipped' : 'warning'} ${p.input}: ${p.reason}\n`),
      });
    } finally {
      await boss.stop({ graceful: false, wait: true });
    }
  });
  if (opts.json) process.stdout.write(JSON.stringify(summary) + '\n');
  else process.stderr.write(describeQueued(summary) + '\n');
  process.exitCode = summary.failed ? EXIT.someFailed : EXIT.ok;
}

export function describeSummary(s: IngestSummary): string {
  const parts = [`${s.added} added`, `${s.unchanged} unchanged`];
  if (s.reanalysed) parts.push(`${s.reanalysed} stored ones analysed again`);
  if (s.duplicates) parts.push(`${s.duplicates} of them duplicates`);
  if (s.versions) parts.push(`${s.versions} updated versions`);
  if (s.failed) parts.push(`${s.failed} failed`);
  if (s.warnings) parts.push(`${s.warnings} warnings`);
  if (s.ignoredFiles) parts.push(`${s.ignoredFiles} files of other types ignored`);
  return `${s.inputs} inputs: ${parts.join(', ')} (${s.seconds.toFixed(1)} s)`;
}

export function registerIngest(program: Command): void {
  program.command('ingest')
    .description('read articles (.txt, .html, RSS/Atom feeds and their http(s) addresses, .jsonl) into the store')
    .argument('<inputs...>', 'files, folders (read recursively) or feed URLs')
    .option('--db <path>', 'SQLite store, or a PostgreSQL one: postgres://user:password@host/database (default: $LAGEBILD_DB or ./lagebild.sqlite)')
    .option('--json', 'print a machine-readable summary on stdout, no progress bar')
    .option('--max-file-size <MB>', 'largest article or feed file or HTTP body (after decompression) to read', positiveNumber, 20)
    .option('--max-analysed-kb <KB>', 'characters of one text analysed and searchable (a longer one is stored whole)', positiveNumber, DEFAULT_ANALYSIS_LIMITS.maxChars / 1024)
    .option('--time-budget <seconds>', 'analysis time per document; after it the document is stored with what was found', positiveNumber, DEFAULT_ANALYSIS_LIMITS.budgetMs / 1000)
    .option('--actors <file...>', 'your own actors (YAML, same shape as data/actors/*.yaml); an entry with a bundled id replaces it')
    .option('--model <file>', 'a speaker model (lagebild train quotes) that re-ranks the speakers the rules propose')
    .option('--queue', 'PostgreSQL store only: read the inputs and put their documents in jobs for "lagebild worker" processes, then return')
    .option('--job-size <n>', 'with --queue: documents per job', positiveNumber, 50)
    .option('--job-timeout <seconds>', 'with --queue: how long a worker may hold a job before another takes it again', positiveNumber, DEFAULT_JOB_TIMEOUT)
    .action(async (inputs: string[], opts: { db?: string; json?: boolean; maxFileSize: number; maxAnalysedKb: number; timeBudget: number; actors?: string[]; model?: string; queue?: boolean; jobSize: number; jobTimeout: number }) => {
      if (opts.queue) return enqueue(inputs, opts);
      const actorFiles = checkActorFiles(opts.actors);
      const speakerModel = checkSpeakerModel(opts.model);
      const reporter = createReporter({ quiet: !!opts.json });
      const options: IngestOptions = {
        read: { maxBytes: Math.round(opts.maxFileSize * 1024 * 1024) },
        limits: { maxChars: Math.round(opts.maxAnalysedKb * 1024), budgetMs: opts.timeBudget * 1000 },
        actorFiles, speakerModel,
        onProblem: (p) => reporter.line(`lagebild: ${p.severity === 'error' ? 'skipped' : 'warning'} ${p.input}: ${p.reason}`),
        onProgress: (p) => reporter.progress(p),
      };
      const postgres = postgresLocation(opts.db);
      const summary = postgres
        ? await withPostgres(postgres, 'write', (client) => ingestPostgres(client, inputs, options))
        : await withStore(opts.db, 'write', (db) => ingest(db, inputs, options));
      reporter.done();
      if (opts.json) process.stdout.write(JSON.stringify(summary) + '\n');
      else process.stderr.write(describeSummary(summary) + '\n');
      process.exitCode = summary.failed ? EXIT.someFailed : EXIT.ok;
    });
}
