// The embedded store: one SQLite file in WAL mode. Every ingested document is written in
// a transaction with everything derived from it, so a killed process leaves either the
// whole document or none of it.
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { MIGRATIONS } from './migrations.js';

export type DB = Database.Database;

export const DEFAULT_DB = 'lagebild.sqlite';

/** --db, else $LAGEBILD_DB, else ./lagebild.sqlite */
export function resolveDbPath(option?: string): string {
  return resolve(option || process.env.LAGEBILD_DB || DEFAULT_DB);
}

export function openDatabase(path: string, { readonly = false } = {}): DB {
  if (!readonly) mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path, { readonly, fileMustExist: readonly });
  db.pragma('busy_timeout = 10000');
  if (!readonly) {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
  }
  // SQLite's default page cache is 2 MB; index lookups (ids, LSH bands) and FTS merges in a
  // store of 100k articles need more to stay off the disk. The pages are shared with the OS
  // cache through mmap, so this costs less resident memory than it seems.
  db.pragma('cache_size = -65536');

  db.pragma('foreign_keys = ON');
  if (!readonly) migrate(db);
  else if ((db.pragma('user_version', { simple: true }) as number) < MIGRATIONS.length)
    throw new Error(`store ${path} needs an upgrade: run an ingest with this version first`);
  return db;
}

function migrate(db: DB): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > MIGRATIONS.length)
    throw new Error(`store was written by a newer Lagebild (schema ${current} > ${MIGRATIONS.length})`);
  for (let v = current; v < MIGRATIONS.length; v++) {
    db.transaction(() => {
      db.exec(MIGRATIONS[v]!);
      db.pragma(`user_version = ${v + 1}`);
    })();
  }
}
