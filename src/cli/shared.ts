import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { ActorFileError, loadKnowledgeBase } from '../actors/kb.js';
import { asStoreError, closeDatabase, openDatabase, resolveDbPath, type DB } from '../store/db.js';

/** Exit codes (README): 4 is a corrupt store. */
export const EXIT = { ok: 0, someFailed: 1, usage: 2, fatal: 3, corrupt: 4 } as const;

export class CliError extends Error {}

/** --from and --to (checked by options.ts's calendarDate); "--to 2025-03" takes all of March (a shorter date compares as its last possible day). */
export function dateRange(opts: { from?: string; to?: string }): { from?: string; to?: string } {
  return { from: opts.from, to: opts.to && opts.to.length < 10 ? opts.to + '-99' : opts.to };
}

/** Opens the store for one command and closes it afterwards, whatever happens. Read commands open it read-only. */
export async function withStore<T>(option: string | undefined, mode: 'read' | 'write', fn: (db: DB) => T | Promise<T>): Promise<T> {
  const path = resolveDbPath(option);
  if (mode === 'read' && !existsSync(path)) throw new CliError(`no store at ${path}: run "lagebild ingest <files>" first, or pass --db`);
  let db: DB;
  try {
    db = openDatabase(path, { readonly: mode === 'read' });
  } catch (e) {
    const code = (e as { code?: string }).code ?? '';
    if (code === 'SQLITE_CANTOPEN') throw new CliError(`cannot open the store ${path} (${(e as Error).message})`);
    throw e;
  }
  let failed = false;
  try {
    return await fn(db);
  } catch (e) {
    failed = true;
    throw asStoreError(e, path);
  } finally {
    // after a failure mid-query the connection may still be busy: the first error is the one to tell
    try { closeDatabase(db); } catch (e) { if (!failed) throw e; }
  }
}

/** Reads the user's actor files once up front, so a broken one stops the command with its name and line. */
export function checkActorFiles(files: string[] | undefined): string[] {
  const paths = (files ?? []).map((f) => resolve(f));
  try {
    loadKnowledgeBase(paths);
  } catch (e) {
    if (e instanceof ActorFileError || (e as NodeJS.ErrnoException).syscall) throw new CliError(`actor file: ${(e as Error).message}`);
    throw e;
  }
  return paths;
}
