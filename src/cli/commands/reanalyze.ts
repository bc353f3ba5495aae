import type { Command } from 'commander';
import { reanalyze } from '../../pipeline/reanalyze.js';
import { createReporter } from '../progress.js';
import { checkActorFiles, EXIT, withStore } from '../shared.js';
import { checkSpeakerModel } from './train.js';

export function registerReanalyze(program: Command): void {
  program.command('reanalyze')
    .description('analyse the stored documents again (after adding actor files, or to bring an older store up to this version)')
    .option('--db <path>', 'SQLite store (default: $LAGEBILD_DB or ./lagebild.sqlite)')
    .option('--actors <file...>', 'your own actors (YAML), as for ingest')
    .option('--stale', 'only documents analysed by an older version')
    .option('--json', 'print a machine-readable summary on stdout, no progress bar')
    .option('--model <file>', 'a speaker model (lagebild train quotes) that re-ranks the speakers the rules propose')
    .action(async (opts: { db?: string; actors?: string[]; stale?: boolean; json?: boolean; model?: string }) => {
      const actorFiles = checkActorFiles(opts.actors);
      const speakerModel = checkSpeakerModel(opts.model);
      const reporter = createReporter({ quiet: !!opts.json });
      const result = await withStore(opts.db, 'write', (db) => reanalyze(db, {
        actorFiles, speakerModel, staleOnly: !!opts.stale,
        onProblem: (id, reason) => reporter.line(`lagebild: could not analyse ${id}: ${reason}`),
        onProgress: (done, total) => reporter.progress({ inputsDone: done, inputsTotal: total, documents: done, bytesDone: done, bytesTotal: total }),
      }));
      reporter.done();
      if (opts.json) process.stdout.write(JSON.stringify(result) + '\n');
      else process.stderr.write(`${result.documents} documents analysed again${result.failed ? `, ${result.failed} failed` : ''} (${result.seconds.toFixed(1)} s)\n`);
      process.exitCode = result.failed ? EXIT.someFailed : EXIT.ok;
    });
}
