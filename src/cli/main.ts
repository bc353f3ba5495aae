#!/usr/bin/env node
// lagebild: the command line. Each command lives in commands/; this file wires them up
// and turns errors into one clear line and an exit code.
import { Command } from 'commander';
import { registerIngest } from './commands/ingest.js';
import { registerExport } from './commands/export.js';
import { registerSearch } from './commands/search.js';
import { registerStats } from './commands/stats.js';
import { registerDemo } from './commands/demo.js';
import { registerActors } from './commands/actors.js';
import { registerReanalyze } from './commands/reanalyze.js';
import { registerEval } from './commands/eval.js';
import { registerTimeline } from './commands/timeline.js';
import { registerPositions } from './commands/positions.js';
import { registerStatements } from './commands/statements.js';
import { registerTrain } from './commands/train.js';
import { registerServe } from './commands/serve.js';
import { registerWatch } from './commands/watch.js';
import { registerWorker } from './commands/worker.js';
import { exitWithFailure } from './errors.js';

const program = new Command('lagebild')
  .description('German news articles → a sourced, structured situation picture')
  .version('0.1.0')
  .option('--debug', 'print the stack trace of a failure')
  .exitOverride();
registerIngest(program);
registerExport(program);
registerSearch(program);
registerStats(program);
registerActors(program);
registerReanalyze(program);
registerEval(program);
registerTimeline(program);
registerPositions(program);
registerStatements(program);
registerTrain(program);
registerServe(program);
registerWatch(program);
registerWorker(program);
registerDemo(program);

// a closed pipe (lagebild export | head) is not an error
process.stdout.on('error', (e: NodeJS.ErrnoException) => { if (e.code === 'EPIPE') process.exit(0); throw e; });

process.on('uncaughtException', exitWithFailure);
process.on('unhandledRejection', exitWithFailure);
try {
  await program.parseAsync(process.argv);
} catch (e) {
  exitWithFailure(e);
}
