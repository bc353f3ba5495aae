import type { Command } from 'commander';
import { DEFAULT_ANALYSIS_LIMITS } from '../../pipeline/prepare.js';
import { positiveNumber } from '../options.js';
import { checkActorFiles, CliError, postgresLocation, withPostgres, EXIT } from '../shared.js';
import { checkSpeakerModel } from './train.js';
import { fit, printable } from '../terminal.js';
import { runWorker, type JobReport } from '../../queue/worker.js';

/** One line per job done. */
export function jobLine(r: JobReport): string {
  const parts = [`${r.added} added`];
  if (r.unchanged) parts.push(`${r.unchanged} stored already`);
  if (r.reanalysed) parts.push(`${r.reanalysed} analysed again`);
  if (r.duplicates) parts.push(`${r.duplicates} of them duplicates`);
  if (r.failed) parts.push(`${r.failed} failed`);
  return `job ${r.job.slice(0, 8)}: ${r.documents} documents: ${parts.join(', ')} (${r.seconds.toFixed(1)} s)`;
}

export function registerWorker(program: Command): void {
  program.command('worker')
    .description('take ingest jobs from the queue of a PostgreSQL store ("ingest --queue"), analyse and store their documents; run any number, on any machine; Ctrl-C stops after the job in hand')
    .requiredOption('--db <url>', 'the PostgreSQL store: postgres://user:password@host/database (default: $LAGEBILD_DB)', process.env.LAGEBILD_DB)
    .option('--threads <n>', 'threads analysing documents (default: one per core)', positiveNumber)
    .option('--until-empty', 'stop when no job is waiting or in hand anywhere (a batch load), instead of waiting for more')
    .option('--json', 'one JSON object per job on stdout')
    .option('--max-analysed-kb <KB>', 'characters of one text analysed and searchable', positiveNumber, DEFAULT_ANALYSIS_LIMITS.maxChars / 1024)
    .option('--time-budget <seconds>', 'analysis time per document', positiveNumber, DEFAULT_ANALYSIS_LIMITS.budgetMs / 1000)
    .option('--actors <file...>', 'your own actors (YAML); give every worker the same files')
    .option('--model <file>', 'a speaker model (lagebild train quotes); give every worker the same file')
    .action(async (opts: { db?: string; threads?: number; untilEmpty?: boolean; json?: boolean; maxAnalysedKb: number; timeBudget: number; actors?: string[]; model?: string }) => {
      const location = postgresLocation(opts.db);
      if (!location) throw new CliError('a worker serves a PostgreSQL store: --db postgres://user:password@host/database');
      const actorFiles = checkActorFiles(opts.actors);
      const speakerModel = checkSpeakerModel(opts.model);
      const stop = new AbortController();
      process.once('SIGINT', () => stop.abort());
      process.once('SIGTERM', () => stop.abort());
      const say = (line: string) => process.stderr.write(fit(line, process.stderr.isTTY ? process.stderr.columns || 80 : undefined) + '\n');
      const summary = await withPostgres(location, 'write', (client) => runWorker(client, location, {
        threads: opts.threads ? Math.round(opts.threads) : undefined, untilEmpty: !!opts.untilEmpty, signal: stop.signal,
        actorFiles, speakerModel, limits: { maxChars: Math.round(opts.maxAnalysedKb * 1024), budgetMs: opts.timeBudget * 1000 },
        onJob: (r) => (opts.json ? process.stdout.write(JSON.stringify({ type: 'job', ...r }) + '\n') : say(jobLine(r))),
        onProblem: (p) => say(`lagebild: ${p.severity === 'error' ? 'skipped' : 'warning'} ${printable(p.input)}: ${printable(p.reason)}`),
      }));
      if (!opts.json) say(`worker: ${summary.jobs} jobs, ${summary.documents} documents, ${summary.added} added${summary.failed ? `, ${summary.failed} failed` : ''}${summary.failedJobs ? `, ${summary.failedJobs} failed attempts at a job` : ''} (${summary.seconds.toFixed(1)} s)`);
      process.exitCode = summary.failed || summary.failedJobs ? EXIT.someFailed : EXIT.ok;
    });
}
