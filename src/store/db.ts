// The embedded store: one SQLite file in WAL mode while it is written. Every ingested
// document is written in a transaction with everything derived from it, so a killed process
// leaves either the whole document or none of it.
//
// A writer that closes cleanly turns the file back to a rollback journal: the file is then
// complete on its own (it opens on read-only media and in copies). A store found in WAL mode with
// its WAL file beside it was either left by a process that died, and then its pages are checked,
// or is open in another process right now (serve beside a watcher), and then it is not; a clean
// store is checked only for its length, since reading every page costs seconds per GB.
import Database from 'better-sqlite3';
import { closeSync, existsSync, fstatSync, mkdirSync, openSync, readSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { MIGRATIONS } from './migrations.js';

export type DB = Database.Database;

export const DEFAULT_DB = 'lagebild.sqlite';

/** A store that cannot be used as it is: corrupt, of a newer or older schema, or no store at all. */
export class StoreError extends Error {
  constructor(message: string, readonly reason: 'corrupt' | 'newer' | 'older' | 'not-a-store') { super(message); }
}

/** Does a --db value name a PostgreSQL store (postgres://…, postgresql://…, pglite:DIR) rather than a SQLite file? */
export function isPostgresLocation(location: string): boolean {
  return /^(postgres|postgresql|pglite):/i.test(location);
}

/** --db, else $LAGEBILD_DB, else ./lagebild.sqlite (a PostgreSQL address only where a command takes one) */
export function resolveDbPath(option?: string): string {
  const location = option || process.env.LAGEBILD_DB || DEFAULT_DB;
  if (isPostgresLocation(location))
    throw new StoreError(`this command needs a SQLite store (--db PATH); a PostgreSQL store works with ingest, worker, watch, reanalyze, serve, export, timeline, statements, positions, actors, search and stats`, 'not-a-store');
  return resolve(location);
}

const CORRUPT = new Set(['SQLITE_CORRUPT', 'SQLITE_NOTADB']);

/** SQLite's own errors for a damaged file, as one StoreError. */
export function asStoreError(e: unknown, path: string): unknown {
  const code = (e as { code?: string }).code ?? '';
  if (code === 'SQLITE_NOTADB' && /not a database/.test((e as Error).message))
    return new StoreError(`${path} is not a Lagebild store (${(e as Error).message})`, 'not-a-store');
  if (!CORRUPT.has(code)) return e;
  return new StoreError(`the store ${path} is corrupt (${(e as Error).message}); restore a backup or ingest into a new store`, 'corrupt');
}

export function openDatabase(path: string, { readonly = false } = {}): DB {
  if (!readonly) mkdirSync(dirname(path), { recursive: true });
  // checked before SQLite reads a page: a cut-off store could fail on its schema first, with a
  // message that does not say what happened
  // (a clean store is not read whole: quick_check reads every page, 26 s for a 5 GB store of
  // 200,000 articles with a warm cache and 140 s cold, on every ingest; its size is checked instead,
  // and damage met later in a page ends the command as a corrupt store)
  if (!readonly) checkSize(path);
  // (before SQLite opens it, which makes a WAL file of its own)
  const walFile = existsSync(`${path}-wal`);
  const db = new Database(path, { readonly, fileMustExist: readonly });
  try {
    db.pragma('busy_timeout = 10000');
    const unclean = db.pragma('journal_mode', { simple: true }) === 'wal' && walFile && leftByCrash(db, readonly);
    if (unclean) checkPages(db, path);
    if (!readonly) {
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = NORMAL');
    }
    // SQLite's default page cache is 2 MB; index lookups (ids, LSH bands) and FTS merges in a
    // store of 100k articles need more to stay off the disk (32 MB: 64 MB cost 33 MB of peak
    // RSS at 20,000 articles, BENCHMARKS.md, issue 17).
    db.pragma('cache_size = -32768');
    db.pragma('foreign_keys = ON');
    if (readonly) checkVersion(db, path, db.pragma('user_version', { simple: true }) as number, true);
    else migrate(db, path);
    return db;
  } catch (e) {
    db.close();
    throw asStoreError(e, path);
  }
}

/**
 * Closes the store; a writer's last connection turns the file back into a rollback-journal
 * database (the mark of a clean close). Another process still using it keeps WAL: fine.
 */
export function closeDatabase(db: DB): void {
  if (db.open && !db.readonly) {
    try {
      db.pragma('busy_timeout = 0');
      db.pragma('journal_mode = DELETE');
    } catch { /* in use elsewhere */ }
  }
  db.close();
}

/**
 * A store in WAL mode with its WAL file beside it (the file goes with the last connection to
 * close): left by a process that died, or open in another one? A writer asks SQLite to leave WAL
 * mode, which fails while another process has the store open (and recovers a dead one's WAL when
 * it succeeds). A reader cannot ask: it checks.
 */
function leftByCrash(db: DB, readonly: boolean): boolean {
  if (readonly) return true;
  db.pragma('busy_timeout = 0');
  try {
    db.pragma('journal_mode = DELETE');
    return true;
  } catch (e) {
    if ((e as { code?: string }).code === 'SQLITE_BUSY') return false;
    throw e;
  } finally {
    db.pragma('busy_timeout = 10000');
  }
}

/** How often a store was checked page by page in this process (for the tests). */
export const pageChecks = { count: 0 };

/** PRAGMA quick_check: b-tree structure and page headers, refusing a damaged file. */
function checkPages(db: DB, path: string): void {
  pageChecks.count++;
  const rows = db.pragma('quick_check(5)') as Array<{ quick_check: string }>;
  if (rows.length !== 1 || rows[0]!.quick_check !== 'ok')
    throw new StoreError(`the store ${path} is corrupt (${rows.map((r) => r.quick_check).join('; ')}); restore a backup or ingest into a new store`, 'corrupt');
}

/**
 * A clean store's header names its size in pages; a file shorter than that lost its end (a
 * copy cut off, a full disk during a copy). The size counts only when its change counter
 * matches, as SQLite itself reads it, and only for a file not in WAL mode, whose pages may
 * wait in the WAL (https://www.sqlite.org/fileformat.html, offsets 18, 24, 28, 92).
 */
function checkSize(path: string): void {
  let fd: number;
  try { fd = openSync(path, 'r'); } catch { return; } // (no store yet: SQLite makes one)
  try {
    const header = Buffer.alloc(100);
    if (readSync(fd, header, 0, 100, 0) < 100) return; // a new, empty file
    if (header.toString('latin1', 0, 16) !== 'SQLite format 3\0') return; // (no SQLite file: refused when opened)
    if (header[18] === 2) return; // WAL: checked page by page instead
    const raw = header.readUInt16BE(16);
    const pageSize = raw === 1 ? 65536 : raw;
    const pages = header.readUInt32BE(28);
    const valid = pages > 0 && header.readUInt32BE(24) === header.readUInt32BE(92);
    if (valid && fstatSync(fd).size < pages * pageSize)
      throw new StoreError(`the store ${path} is corrupt (the file is shorter than its header says: cut off?); restore a backup or ingest into a new store`, 'corrupt');
  } finally {
    closeSync(fd);
  }
}

function checkVersion(db: DB, path: string, version: number, reading: boolean): void {
  if (version > MIGRATIONS.length)
    throw new StoreError(`the store ${path} was written by a newer Lagebild (schema ${version}, this version knows ${MIGRATIONS.length}): update Lagebild`, 'newer');
  if (reading && version === 0 && !db.prepare("SELECT 1 FROM sqlite_master WHERE name = 'documents'").get())
    throw new StoreError(`${path} is not a Lagebild store (no documents table)`, 'not-a-store');
  // (a step that changes only PostgreSQL's schema leaves a SQLite store readable as it is)
  if (reading && MIGRATIONS.slice(version).some((m) => m.sqlite.trim()))
    throw new StoreError(`the store ${path} needs an upgrade (schema ${version} < ${MIGRATIONS.length}): run an ingest with this version first`, 'older');
}

/**
 * Applies the missing migrations, each in an IMMEDIATE transaction that reads the schema
 * version itself: of several processes creating one store, each step runs exactly once.
 */
function migrate(db: DB, path: string): void {
  const step = db.transaction((): boolean => {
    const v = db.pragma('user_version', { simple: true }) as number;
    checkVersion(db, path, v, false);
    if (v === MIGRATIONS.length) return false;
    db.exec(MIGRATIONS[v]!.sqlite);
    db.pragma(`user_version = ${v + 1}`);
    return true;
  });
  while (step.immediate()) { /* next step */ }
}
