import type { Command } from 'commander';
import { resolve } from 'node:path';
import { reanalyze } from '../../pipeline/reanalyze.js';
import { ActorFileError, loadKnowledgeBase } from '../../actors/kb.js';
import { createReporter } from '../progress.js';
import { CliError, EXIT, withStore } from '../shared.js';

/** Reads the user's actor files once up front, so a broken one stops the command with its name and line. */
export function checkActorFiles(files: string[] | undefined): string[] {
  const paths = (files ?? []).map((f) => resolve(f));
  try {
    loadKnowledgeBase(paths);
  } catch (e) {
    if (e instanceof ActorFileError || (e as NodeJS.ErrnoException).code === 'ENOENT') throw new CliError(`actor file: ${(e as Error).message}`);
    throw e;
  }
  return paths;
}

export function registerReanalyze(program: Command): void {
  program.command('reanalyze')
    .description('analyse the stored documents again (after adding actor files, or to bring an older store up to this version)')
    .option('--db <path>', 'SQLite store (default: $LAGEBILD_DB or ./lagebild.sqlite)')
    .option('--actors <file...>', 'your own actors (YAML), as for ingest')
    .option('--stale', 'only documents analysed by an older version')
    .option('--json', 'print a machine-readable summary on stdout, no progress bar')
    .action(async (opts: { db?: string; actors?: string[]; stale?: boolean; json?: boolean }) => {
      const actorFiles = checkActorFiles(opts.actors);
      const reporter = createReporter({ quiet: !!opts.json });
      const result = await withStore(opts.db, 'write', (db) => reanalyze(db, {
        actorFiles, staleOnly: !!opts.stale,
        onProblem: (id, reason) => reporter.line(`lagebild: could not analyse ${id}: ${reason}`),
        onProgress: (done, total) => reporter.progress({ inputsDone: done, inputsTotal: total, documents: done, bytesDone: done, bytesTotal: total }),
      }));
      reporter.done();
      if (opts.json) process.stdout.write(JSON.stringify(result) + '\n');
      else process.stderr.write(`${result.documents} documents analysed again${result.failed ? `, ${result.failed} failed` : ''} (${result.seconds.toFixed(1)} s)\n`);
      process.exitCode = result.failed ? EXIT.someFailed : EXIT.ok;
    });
}
