// Every failure as one line on stderr and a documented exit code; the stack trace only
// with --debug (or LAGEBILD_DEBUG=1).
import { CommanderError } from 'commander';
import { StoreError } from '../store/db.js';
import { CliError, EXIT } from './shared.js';
import { printable } from './terminal.js';

export const debugging = (): boolean => process.argv.includes('--debug') || process.env.LAGEBILD_DEBUG === '1';

const IO: Record<string, string> = {
  SQLITE_FULL: 'the disk is full (the store keeps every document written before)',
  ENOSPC: 'the disk is full',
  SQLITE_READONLY: 'the store is read-only',
  SQLITE_BUSY: 'the store is busy: another process holds its write lock',
  SQLITE_IOERR: 'the store could not be read or written (I/O error)',
  EACCES: 'permission denied',
  EROFS: 'read-only file system',
  ENOENT: 'no such file or folder',
  EISDIR: 'a folder, not a file',
};

/** The line and exit code for an error that ends a command. */
export function describeFailure(e: unknown): { line: string; code: number } {
  if (e instanceof CliError) return { line: e.message, code: EXIT.usage };
  if (e instanceof StoreError) return { line: e.message, code: e.reason === 'corrupt' ? EXIT.corrupt : EXIT.usage };
  const err = e as NodeJS.ErrnoException;
  const code = err?.code ?? '';
  const io = IO[code] ?? (code.startsWith('SQLITE_IOERR') ? IO.SQLITE_IOERR : undefined);
  if (io) return { line: `${io} (${err.message})`, code: EXIT.fatal };
  return { line: `unexpected failure: ${err?.message ?? String(e)} (run again with --debug for the details)`, code: EXIT.fatal };
}

/** Ends the process for an error thrown by a command. */
export function exitWithFailure(e: unknown): never {
  if (e instanceof CommanderError) process.exit(e.exitCode === 0 ? 0 : EXIT.usage);
  const { line, code } = describeFailure(e);
  process.stderr.write(`lagebild: ${printable(line)}\n`);
  if (debugging()) process.stderr.write(`${(e as Error)?.stack ?? String(e)}\n`);
  process.exit(code);
}
