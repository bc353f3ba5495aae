// The PostgreSQL store's schema: the same versioned steps as the SQLite store's (../migrations.ts),
// in one transaction under an advisory lock, so that of several workers starting on a new
// database each step runs exactly once; a store written by a newer version is refused.
import { MIGRATIONS } from '../migrations.js';
import { StoreError } from '../db.js';
import type { PgClient, PgQueries } from './client.js';

/** Advisory lock keys of this application (pg_advisory_xact_lock takes any bigint). */
export const LOCKS = { migrate: 0x4c4231, write: 0x4c4232, merge: 0x4c4233 } as const;

/** The schema version the store records (0: a database without our tables). */
export async function schemaVersion(db: PgQueries): Promise<number> {
  const table = await db.query<{ t: string | null }>("SELECT to_regclass('lagebild_schema')::text AS t");
  if (!table[0]?.t) return 0;
  return (await db.query<{ version: number }>('SELECT version FROM lagebild_schema'))[0]?.version ?? 0;
}

function refuseNewer(version: number, where: string): void {
  if (version > MIGRATIONS.length)
    throw new StoreError(`the store ${where} was written by a newer Lagebild (schema ${version}, this version knows ${MIGRATIONS.length}): update Lagebild`, 'newer');
}

/** Brings the store to this version's schema (a writer's first step). */
export async function migratePostgres(client: PgClient): Promise<void> {
  await client.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [LOCKS.migrate]);
    await tx.exec('CREATE TABLE IF NOT EXISTS lagebild_schema (version INTEGER NOT NULL)');
    let version = await schemaVersion(tx);
    refuseNewer(version, client.where);
    if (version === MIGRATIONS.length) return;
    for (; version < MIGRATIONS.length; version++) await tx.exec(MIGRATIONS[version]!.postgres);
    await tx.exec('DELETE FROM lagebild_schema');
    await tx.query('INSERT INTO lagebild_schema (version) VALUES ($1)', [version]);
  });
}

/** A reader's check: the store holds this version's schema (it never migrates). */
export async function checkPostgresSchema(client: PgClient): Promise<void> {
  const version = await schemaVersion(client);
  refuseNewer(version, client.where);
  if (version === 0) throw new StoreError(`${client.where} is not a Lagebild store (no lagebild_schema table)`, 'not-a-store');
  if (version < MIGRATIONS.length)
    throw new StoreError(`the store ${client.where} needs an upgrade (schema ${version} < ${MIGRATIONS.length}): run an ingest with this version first`, 'older');
}
