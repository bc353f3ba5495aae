import type { Command } from 'commander';
import { reanalyze, reanalyzePostgres, type ReanalyzeOptions } from '../../pipeline/reanalyze.js';
import { SET_REPLAY_PG } from '../../store/clusters.js';
import { mergePendingPg } from '../../store/postgres/merge.js';
import { remerge } from '../../merge/incremental.js';
import { loadKnowledgeBase } from '../../actors/kb.js';
import type { DB } from '../../store/db.js';
import { createReporter } from '../progress.js';
import { checkActorFiles, EXIT, postgresLocation, withPostgres, withStore } from '../shared.js';
import { checkSpeakerModel } from './train.js';

export function registerReanalyze(program: Command): void {
  program.command('reanalyze')
    .description('analyse the stored documents again (after adding actor files, or to bring an older store up to this version)')
    .option('--db <path>', 'SQLite store, or a PostgreSQL one (postgres://…) (default: $LAGEBILD_DB or ./lagebild.sqlite)')
    .option('--actors <file...>', 'your own actors (YAML), as for ingest')
    .option('--stale', 'only documents analysed by an older version')
    .option('--merge', 'only merge the stored events again, every step in the order the documents were merged (the full rebuild of the picture)')
    .option('--json', 'print a machine-readable summary on stdout, no progress bar')
    .option('--model <file>', 'a speaker model (lagebild train quotes) that re-ranks the speakers the rules propose')
    .action(async (opts: { db?: string; actors?: string[]; stale?: boolean; merge?: boolean; json?: boolean; model?: string }) => {
      const actorFiles = checkActorFiles(opts.actors);
      if (opts.merge) {
        const reporter = createReporter({ quiet: !!opts.json });
        const kb = loadKnowledgeBase(actorFiles);
        const count = (db: DB, sql: string) => (db.prepare(sql).get() as { n: number }).n;
        const progress = (total: number) => (n: number) => reporter.progress({ inputsDone: n, inputsTotal: total, documents: n, bytesDone: n, bytesTotal: total });
        const postgres = postgresLocation(opts.db);
        const run = postgres
          ? await withPostgres(postgres, 'write', async (client) => {
            const n = async (sql: string) => (await client.query<{ n: number }>(sql))[0]!.n;
            // (the replay is asked for, then done whole under the merge lock by this merge, or by a worker's)
            await client.query(SET_REPLAY_PG, [1]);
            const done = await mergePendingPg(client, kb, { onStep: progress(await n('SELECT count(*) n FROM doc_events')) });
            return { ...done, events: await n('SELECT count(*) n FROM events') };
          })
          : await withStore(opts.db, 'write', (db) => {
            const done = remerge(db, kb, progress(count(db, 'SELECT count(*) n FROM doc_events')));
            return { ...done, events: count(db, 'SELECT count(*) n FROM events') };
          });
        reporter.done();
        if (opts.json) process.stdout.write(JSON.stringify(run) + '\n');
        else process.stderr.write(`${run.documents} documents merged again in ${run.steps} step${run.steps === 1 ? "" : "s"}: ${run.events} events (${run.seconds.toFixed(1)} s)\n`);
        return;
      }
      const speakerModel = checkSpeakerModel(opts.model);
      const reporter = createReporter({ quiet: !!opts.json });
      const options: ReanalyzeOptions = {
        actorFiles, speakerModel, staleOnly: !!opts.stale,
        onProblem: (id, reason) => reporter.line(`lagebild: could not analyse ${id}: ${reason}`),
        onProgress: (done, total) => reporter.progress({ inputsDone: done, inputsTotal: total, documents: done, bytesDone: done, bytesTotal: total }),
      };
      const postgres = postgresLocation(opts.db);
      const result = postgres
        ? await withPostgres(postgres, 'write', (client) => reanalyzePostgres(client, options))
        : await withStore(opts.db, 'write', (db) => reanalyze(db, options));
      reporter.done();
      if (opts.json) process.stdout.write(JSON.stringify(result) + '\n');
      else process.stderr.write(`${result.documents} documents analysed again${result.failed ? `, ${result.failed} failed` : ''} (${result.seconds.toFixed(1)} s)\n`);
      process.exitCode = result.failed ? EXIT.someFailed : EXIT.ok;
    });
}
