// lagebild serve: the web application on a local port, over the store opened read-only.
import { serve, type ServerType } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import Database from 'better-sqlite3';
import { isPostgresLocation, openDatabase, type DB } from '../store/db.js';
import { MIGRATIONS } from '../store/migrations.js';
import { SqliteReader, type Reader } from '../store/reader.js';
import { connectPostgres } from '../store/postgres/client.js';
import { checkPostgresSchema } from '../store/postgres/migrate.js';
import { PgReader } from '../store/postgres/reader.js';
import { createApp } from './app.js';
import { actorIndex, outlets } from './queries/common.js';
import { positionsPage } from './queries/positions.js';

export interface Served { url: string; close(): Promise<void> }

/**
 * Opens the store (a SQLite file read-only, after applying this version's schema steps once if
 * it is older: the pages need their indexes; a PostgreSQL store of this version) and listens on
 * host:port (port 0: any free port).
 */
export async function startServer(options: { db: string; port: number; host: string; log?: (line: string) => void }): Promise<Served> {
  const db = await openReader(options.db);
  const app = createApp(db, options.log);
  const server: ServerType = await new Promise<ServerType>((resolve, reject) => {
    const s = serve({ fetch: app.fetch, port: options.port, hostname: options.host }, () => resolve(s));
    s.once('error', reject);
  }).catch(async (e: unknown) => { await db.close(); throw e; });
  // what the store state's memo holds (the actor list, the outlets, the positions) is computed now, not by the first page that asks
  void Promise.all([actorIndex(db), outlets(db), positionsPage(db, {}, 1)]).catch(() => undefined);
  const { port } = server.address() as AddressInfo;
  const host = options.host.includes(':') ? `[${options.host}]` : options.host;
  return {
    url: `http://${host}:${port}/`,
    close: () => new Promise<void>((resolve) => {
      server.close(() => { void db.close().then(resolve, resolve); });
      // keep-alive connections of browsers would hold the close open
      (server as { closeAllConnections?: () => void }).closeAllConnections?.();
    }),
  };
}

/** The store a location names, for reading: postgres://… or pglite:…, else a SQLite file. */
export async function openReader(location: string): Promise<Reader> {
  if (!isPostgresLocation(location)) return new SqliteReader(openForServing(location), location);
  const client = await connectPostgres(location);
  try {
    await checkPostgresSchema(client);
  } catch (e) {
    await client.close().catch(() => undefined);
    throw e;
  }
  return new PgReader(client);
}

export function openForServing(path: string): DB {
  const probe = new Database(path, { readonly: true, fileMustExist: true });
  const version = probe.pragma('user_version', { simple: true }) as number;
  probe.close();
  if (version < MIGRATIONS.length) openDatabase(path).close();
  return openDatabase(path, { readonly: true });
}
