import { createWriteStream } from 'node:fs';
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
        if (!opts.output) { await write(db, opts, process.stdout); return; }
        const out = createWriteStream(opts.output);
        const failed = new Promise<never>((_, reject) => out.on('error', (e) => reject(new CliError(`cannot write ${opts.output}: ${e.message}`))));
        await Promise.race([failed, (async () => {
          await write(db, opts, out);
          await new Promise<void>((resolve) => out.end(resolve));
        })()]);
      });
    });
}
