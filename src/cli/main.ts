#!/usr/bin/env node
// lagebild: the command line. Each command lives in commands/; this file wires them up
// and turns errors into one clear line and an exit code.
import { Command, CommanderError } from 'commander';
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
import { CliError, EXIT } from './shared.js';

const program = new Command('lagebild')
  .description('German news articles → a sourced, structured situation picture')
  .version('0.1.0')
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
registerDemo(program);

// a closed pipe (lagebild export | head) is not an error
process.stdout.on('error', (e: NodeJS.ErrnoException) => { if (e.code === 'EPIPE') process.exit(0); throw e; });

try {
  await program.parseAsync(process.argv);
} catch (e) {
  if (e instanceof CommanderError) process.exit(e.exitCode === 0 ? 0 : EXIT.usage);
  process.stderr.write(`lagebild: ${e instanceof CliError ? e.message : (e as Error).stack ?? String(e)}\n`);
  process.exit(e instanceof CliError ? EXIT.usage : EXIT.fatal);
}
