// A connection to a PostgreSQL store: node-postgres against a server (postgres://…), or PGlite,
// PostgreSQL compiled to WebAssembly, in this process (pglite: in memory, pglite:DIR in a folder),
// which the tests use. The store asks both the same few things.
import pg from 'pg';
import { StoreError } from '../db.js';

export { isPostgresLocation } from '../db.js';

export interface PgQueries {
  query<R = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<R[]>;
  /** Several statements without parameters (a migration step). */
  exec(sql: string): Promise<void>;
}

export interface PgClient extends PgQueries {
  /** Runs `work` in one transaction on one connection: committed when it resolves, rolled back when it throws. */
  transaction<T>(work: (tx: PgQueries) => Promise<T>): Promise<T>;
  close(): Promise<void>;
  /** The store's address as messages name it (without a password). */
  readonly where: string;
}

/** Connects to the store a postgres://, postgresql:// or pglite: address names. */
export async function connectPostgres(location: string): Promise<PgClient> {
  if (/^pglite:/i.test(location)) return connectPglite(location.slice('pglite:'.length));
  return new ServerClient(location);
}

/** The address without its password, for messages. */
export function shownLocation(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return 'postgres://…';
  }
}

// bigint (OID 20) as a JavaScript number: row ids and counts stay far below 2^53
const types = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === 20 ? (v: string) => Number(v) : pg.types.getTypeParser(oid, format as 'text')) as typeof pg.types.getTypeParser,
};

class ServerClient implements PgClient {
  private readonly pool: pg.Pool;

  readonly where: string;

  constructor(url: string) {
    this.where = shownLocation(url);
    this.pool = new pg.Pool({ connectionString: url, max: 4, types });
    // an idle connection the server dropped must not end the process
    this.pool.on('error', () => { /* the next query reconnects */ });
  }

  async query<R>(sql: string, params: unknown[] = []): Promise<R[]> {
    return (await this.pool.query(sql, params)).rows as R[];
  }

  async exec(sql: string): Promise<void> {
    await this.pool.query(sql);
  }

  async transaction<T>(work: (tx: PgQueries) => Promise<T>): Promise<T> {
    const conn = await this.pool.connect();
    const tx: PgQueries = {
      query: async <R>(sql: string, params: unknown[] = []) => (await conn.query(sql, params)).rows as R[],
      exec: async (sql: string) => { await conn.query(sql); },
    };
    try {
      await conn.query('BEGIN');
      const out = await work(tx);
      await conn.query('COMMIT');
      conn.release();
      return out;
    } catch (e) {
      // a connection that cannot even roll back is dropped, not handed to the next caller
      await conn.query('ROLLBACK').then(() => conn.release(), (err: Error) => conn.release(err));
      throw e;
    }
  }

  close(): Promise<void> {
    return this.pool.end();
  }
}

/** PGlite: one connection in this process; its transactions run one at a time. */
async function connectPglite(dir: string): Promise<PgClient> {
  let PGlite: typeof import('@electric-sql/pglite').PGlite;
  try {
    ({ PGlite } = await import('@electric-sql/pglite'));
  } catch {
    throw new StoreError('a pglite: store needs the package @electric-sql/pglite (npm install @electric-sql/pglite)', 'not-a-store');
  }
  const db = new PGlite(dir || undefined);
  await db.waitReady;
  const queries = (q: { query: typeof db.query; exec: typeof db.exec }): PgQueries => ({
    query: async <R>(sql: string, params: unknown[] = []) => (await q.query<R>(sql, params)).rows,
    exec: async (sql: string) => { await q.exec(sql); },
  });
  return {
    ...queries(db),
    where: `pglite:${dir}`,
    transaction: (work) => db.transaction((tx) => work(queries(tx))),
    close: () => db.close(),
  };
}
