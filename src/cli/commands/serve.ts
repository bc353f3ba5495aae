import { existsSync } from 'node:fs';
import type { Command } from 'commander';
import { resolveDbPath, StoreError } from '../../store/db.js';
import { shownLocation } from '../../store/postgres/client.js';
import { startServer } from '../../serve/server.js';
import { CliError, postgresLocation } from '../shared.js';

export function registerServe(program: Command): void {
  program.command('serve')
    .description('the situation picture in the browser and as a JSON API (/api/), from the store, read-only')
    .option('--db <path>', 'SQLite store, or a PostgreSQL one (postgres://…) (default: $LAGEBILD_DB or ./lagebild.sqlite)')
    .option('--port <n>', 'port to listen on', '8080')
    .option('--host <address>', 'address to listen on (127.0.0.1: this machine only)', '127.0.0.1')
    .action(async (opts: { db?: string; port: string; host: string }) => {
      const port = Number(opts.port);
      if (!/^\d+$/.test(opts.port) || port > 65535) throw new CliError(`--port must be a whole number from 0 to 65535, not ${JSON.stringify(opts.port)}`);
      const postgres = postgresLocation(opts.db);
      const path = postgres ?? resolveDbPath(opts.db);
      if (!postgres && !existsSync(path)) throw new CliError(`no store at ${path}: run "lagebild ingest <files>" first, or pass --db`);
      let served;
      try {
        served = await startServer({ db: path, port, host: opts.host });
      } catch (e) {
        const code = (e as { code?: string }).code ?? '';
        if (code === 'EADDRINUSE') throw new CliError(`port ${port} on ${opts.host} is in use: pass --port`);
        if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND') throw new CliError(`cannot listen on ${opts.host}: ${(e as Error).message}`);
        if (code.startsWith('SQLITE_')) throw new CliError(`cannot open the store ${path} (${(e as Error).message})`);
        if (postgres && !(e instanceof StoreError)) throw new CliError(`cannot use the store ${shownLocation(postgres)}: ${(e as Error).message || code}`);
        throw e;
      }
      process.stdout.write(`Lagebild serves ${postgres ? shownLocation(postgres) : path} at ${served.url} (Ctrl+C stops)\n`);
      const stop = () => { void served.close().then(() => process.exit(0)); };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
}
