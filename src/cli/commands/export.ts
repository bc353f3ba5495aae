import { createWriteStream, renameSync, rmSync } from 'node:fs';
import type { Command } from 'commander';
import { writeJsonExport } from '../../export/json.js';
import type { DB } from '../../store/db.js';
import { CliError, withStore } from '../shared.js';

/**
 * Writes the export beside the target and renames it into place when complete: a full disk
 * or a corrupt store leaves no truncated file under the name asked for.
 */
async function exportToFile(db: DB, output: string): Promise<void> {
  const partial = `${output}.part-${process.pid}`;
  const out = createWriteStream(partial);
  const failed = new Promise<never>((_, reject) => out.on('error', reject));
  try {
    await Promise.race([failed, (async () => {
      await writeJsonExport(db, out);
      await new Promise<void>((resolve, reject) => out.end((e?: Error | null) => (e ? reject(e) : resolve())));
    })()]);
    renameSync(partial, output);
  } catch (e) {
    out.destroy();
    rmSync(partial, { force: true });
    const code = (e as NodeJS.ErrnoException).code ?? '';
    const message = `cannot write ${output}: ${(e as Error).message}`;
    // a full disk fails the command (exit 3, "the disk is full (cannot write …)"); a path that cannot be written is the user's to fix (exit 2)
    if (code === 'ENOSPC' || code.startsWith('EIO')) throw Object.assign(new Error(message), { code });
    if (code && !code.startsWith('SQLITE')) throw new CliError(message);
    throw e;
  }
}

export function registerExport(program: Command): void {
  program.command('export')
    .description('write the situation picture as JSON (../shared/contracts/export-json.md)')
    .option('--format <format>', 'export format', 'json')
    .option('--db <path>', 'SQLite store (default: $LAGEBILD_DB or ./lagebild.sqlite)')
    .option('-o, --output <file>', 'write to a file instead of stdout')
    .action(async (opts: { format: string; db?: string; output?: string }) => {
      if (opts.format !== 'json') throw new CliError(`unknown export format "${opts.format}" (available: json)`);
      await withStore(opts.db, 'read', async (db) => {
        if (!opts.output) await writeJsonExport(db, process.stdout);
        else await exportToFile(db, opts.output);
      });
    });
}
