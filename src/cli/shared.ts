import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { ActorFileError, loadKnowledgeBase } from '../actors/kb.js';
import { asStoreError, closeDatabase, isPostgresLocation, openDatabase, resolveDbPath, StoreError, type DB } from '../store/db.js';
import { connectPostgres, type PgClient } from '../store/postgres/client.js';
import { checkPostgresSchema, migratePostgres } from '../store/postgres/migrate.js';
import { PgReader } from '../store/postgres/reader.js';
import { SqliteReader, type Reader } from '../store/reader.js';

/** Exit codes (README): 4 is a corrupt store. */
export const EXIT = { ok: 0, someFailed: 1, usage: 2, fatal: 3, corrupt: 4 } as const;

export class CliError extends Error {}

/** --from and --to (checked by options.ts's calendarDate); "--to 2025-03" takes all of March (a shorter date compares as its last possible day). */
export function dateRange(opts: { from?: string; to?: string }): { from?: string; to?: string } {
  return { from: opts.from, to: opts.to && opts.to.length < 10 ? opts.to + '-99' : opts.to };
}

/** The PostgreSQL store --db (else $LAGEBILD_DB) names, or null for a SQLite file. */
export function postgresLocation(option?: string): string | null {
  const location = option || process.env.LAGEBILD_DB || '';
  return isPostgresLocation(location) ? location : null;
}

/**
 * Connects to a PostgreSQL store for one command and closes the connections afterwards. A
 * writer brings the schema to this version first; a reader only checks it.
 */
export async function withPostgres<T>(location: string, mode: 'read' | 'write', fn: (client: PgClient) => Promise<T>): Promise<T> {
  const client = await connectPostgres(location);
  try {
    await (mode === 'write' ? migratePostgres(client) : checkPostgresSchema(client));
  } catch (e) {
    await client.close().catch(() => undefined);
    if (e instanceof StoreError) throw e;
    throw new CliError(`cannot use the store ${client.where}: ${(e as Error).message || (e as { code?: string }).code}`);
  }
  try {
    return await fn(client);
  } finally {
    await client.close();
  }
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

/** Opens either store for reading for one command (--db, else $LAGEBILD_DB, else ./lagebild.sqlite). */
export function withReader<T>(option: string | undefined, fn: (db: Reader) => Promise<T>): Promise<T> {
  const postgres = postgresLocation(option);
  if (postgres) return withPostgres(postgres, 'read', (client) => fn(new PgReader(client, false)));
  return withStore(option, 'read', (db) => fn(new SqliteReader(db)));
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
