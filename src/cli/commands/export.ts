import { createWriteStream, renameSync, rmSync } from 'node:fs';
import type { Writable } from 'node:stream';
import type { Command } from 'commander';
import { writeJsonExport } from '../../export/json.js';
import { EXPORT_FORMATS, exportProblem, writeExport, type ExportFormat, type ExportKind } from '../../export/formats.js';
import type { DB } from '../../store/db.js';
import { CliError, withStore } from '../shared.js';

const KINDS: readonly ExportKind[] = ['events', 'statements', 'actors'];

interface Options { format: string; kind?: string; db?: string; output?: string }

/** json without --kind is the whole export of the contract; every other format writes one kind (events unless told). */
function write(db: DB, opts: Options, out: Writable): Promise<void> {
  if (opts.format === 'json' && !opts.kind) return writeJsonExport(db, out);
  return writeExport(db, opts.format as ExportFormat, (opts.kind ?? 'events') as ExportKind,
    (chunk) => (out.write(chunk) ? undefined : new Promise<void>((resolve) => out.once('drain', () => resolve()))));
}

/**
 * Writes the export beside the target and renames it into place when complete: a full disk
 * or a corrupt store leaves no truncated file under the name asked for.
 */
async function exportToFile(db: DB, opts: Options, output: string): Promise<void> {
  const partial = `${output}.part-${process.pid}`;
  const out = createWriteStream(partial);
  const failed = new Promise<never>((_, reject) => out.on('error', reject));
  try {
    await Promise.race([failed, (async () => {
      await write(db, opts, out);
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
    .description('write the situation picture: JSON (../shared/contracts/export-json.md), CSV, JSON lines or PLOVER JSON lines')
    .option('--format <format>', `export format: ${EXPORT_FORMATS.join(', ')}`, 'json')
    .option('--kind <kind>', `one kind of record: ${KINDS.join(', ')} (csv, jsonl and plover: events unless told)`)
    .option('--db <path>', 'SQLite store (default: $LAGEBILD_DB or ./lagebild.sqlite)')
    .option('-o, --output <file>', 'write to a file instead of stdout')
    .action(async (opts: Options) => {
      if (!(EXPORT_FORMATS as readonly string[]).includes(opts.format)) throw new CliError(`unknown export format "${opts.format}" (available: ${EXPORT_FORMATS.join(', ')})`);
      if (opts.kind && !KINDS.includes(opts.kind as ExportKind)) throw new CliError(`--kind must be one of ${KINDS.join(', ')}, not "${opts.kind}"`);
      const problem = exportProblem(opts.kind as ExportKind | undefined, opts.format as ExportFormat);
      if (problem) throw new CliError(problem);
      await withStore(opts.db, 'read', async (db) => {
        if (!opts.output) await write(db, opts, process.stdout);
        else await exportToFile(db, opts, opts.output);
      });
    });
}
