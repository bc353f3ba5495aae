// lagebild serve: the web application on a local port, over the store opened read-only.
import { serve, type ServerType } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import Database from 'better-sqlite3';
import { openDatabase, type DB } from '../store/db.js';
import { MIGRATIONS } from '../store/migrations.js';
import { createApp } from './app.js';

export interface Served { url: string; close(): Promise<void> }

/**
 * Opens the store read-only (after applying this version's schema steps once, if the store is
 * older: the pages need their indexes) and listens on host:port (port 0: any free port).
 */
export async function startServer(options: { db: string; port: number; host: string; log?: (line: string) => void }): Promise<Served> {
  const db = openForServing(options.db);
  const app = createApp(db, options.log);
  const server: ServerType = await new Promise((resolve, reject) => {
    const s = serve({ fetch: app.fetch, port: options.port, hostname: options.host }, () => resolve(s));
    s.once('error', reject);
  });
  const { port } = server.address() as AddressInfo;
  const host = options.host.includes(':') ? `[${options.host}]` : options.host;
  return {
    url: `http://${host}:${port}/`,
    close: () => new Promise<void>((resolve) => {
      server.close(() => { db.close(); resolve(); });
      // keep-alive connections of browsers would hold the close open
      (server as { closeAllConnections?: () => void }).closeAllConnections?.();
    }),
  };
}

export function openForServing(path: string): DB {
  const probe = new Database(path, { readonly: true, fileMustExist: true });
  const version = probe.pragma('user_version', { simple: true }) as number;
  probe.close();
  if (version < MIGRATIONS.length) openDatabase(path).close();
  return openDatabase(path, { readonly: true });
}
