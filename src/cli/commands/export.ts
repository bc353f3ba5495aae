import { createWriteStream, renameSync, rmSync } from 'node:fs';
import type { Writable } from 'node:stream';
import type { Command } from 'commander';
import { writeJsonExport } from '../../export/json.js';
import { EXPORT_FORMATS, exportProblem, writeExport, type ExportFormat, type ExportKind } from '../../export/formats.js';
import type { Reader } from '../../store/reader.js';
import { CliError, postgresLocation, withPostgres, withStore } from '../shared.js';
import { readSnapshot } from '../../store/postgres/reader.js';
import { SqliteReader } from '../../store/reader.js';

const KINDS: readonly ExportKind[] = ['events', 'statements', 'actors'];

interface Options { format: string; kind?: string; db?: string; output?: string }

/** json without --kind is the whole export of the contract; every other format writes one kind (events unless told). */
function writeKind(db: Reader, opts: Options, out: Writable): Promise<void> {
  return writeExport(db, opts.format as ExportFormat, (opts.kind ?? 'events') as ExportKind,
    (chunk) => (out.write(chunk) ? undefined : new Promise<void>((resolve) => out.once('drain', () => resolve()))));
}

/**
 * Writes the export beside the target and renames it into place when complete: a full disk
 * or a corrupt store leaves no truncated file under the name asked for.
 */
async function exportToFile(produce: (out: Writable) => Promise<void>, output: string): Promise<void> {
  const partial = `${output}.part-${process.pid}`;
  const out = createWriteStream(partial);
  const failed = new Promise<never>((_, reject) => out.on('error', reject));
  try {
    await Promise.race([failed, (async () => {
      await produce(out);
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
    .option('--db <path>', 'SQLite store, or a PostgreSQL one (postgres://…) (default: $LAGEBILD_DB or ./lagebild.sqlite)')
    .option('-o, --output <file>', 'write to a file instead of stdout')
    .action(async (opts: Options) => {
      if (!(EXPORT_FORMATS as readonly string[]).includes(opts.format)) throw new CliError(`unknown export format "${opts.format}" (available: ${EXPORT_FORMATS.join(', ')})`);
      if (opts.kind && !KINDS.includes(opts.kind as ExportKind)) throw new CliError(`--kind must be one of ${KINDS.join(', ')}, not "${opts.kind}"`);
      const problem = exportProblem(opts.kind as ExportKind | undefined, opts.format as ExportFormat);
      if (problem) throw new CliError(problem);
      const emit = (produce: (out: Writable) => Promise<void>) => (opts.output ? exportToFile(produce, opts.output) : produce(process.stdout));
      const postgres = postgresLocation(opts.db);
      const produce = (db: Reader) => emit((out) => (opts.format === 'json' && !opts.kind ? writeJsonExport(db, out) : writeKind(db, opts, out)));
      // (PostgreSQL: one snapshot, so a merge committing meanwhile changes nothing the export reads; SQLite's connection is the only writer's reader)
      if (postgres) await withPostgres(postgres, 'read', (client) => readSnapshot(client, produce));
      else await withStore(opts.db, 'read', (db) => produce(new SqliteReader(db)));
    });
}
