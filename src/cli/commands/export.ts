import { createWriteStream } from 'node:fs';
import type { Command } from 'commander';
import { writeJsonExport } from '../../export/json.js';
import { CliError, withStore } from '../shared.js';

export function registerExport(program: Command): void {
  program.command('export')
    .description('write the situation picture as JSON (../shared/contracts/export-json.md)')
    .option('--format <format>', 'export format', 'json')
    .option('--db <path>', 'SQLite store (default: $LAGEBILD_DB or ./lagebild.sqlite)')
    .option('-o, --output <file>', 'write to a file instead of stdout')
    .action(async (opts: { format: string; db?: string; output?: string }) => {
      if (opts.format !== 'json') throw new CliError(`unknown export format "${opts.format}" (available: json)`);
      await withStore(opts.db, 'read', async (db) => {
        if (!opts.output) { await writeJsonExport(db, process.stdout); return; }
        const out = createWriteStream(opts.output);
        const failed = new Promise<never>((_, reject) => out.on('error', (e) => reject(new CliError(`cannot write ${opts.output}: ${e.message}`))));
        await Promise.race([failed, (async () => {
          await writeJsonExport(db, out);
          await new Promise<void>((resolve) => out.end(resolve));
        })()]);
      });
    });
}
