// Reading the PostgreSQL store for `serve` and the read commands (../reader.ts): the shared
// queries' `?` become `$1, $2, …`, JSON is read with ::jsonb, full-text search uses the German
// stems of sentences_fts.words, and the store's version is the change counter the writers bump.
import type { Dialect, FullTextQuery, Reader } from '../reader.js';
import { FTS_SYNTAX, searchWords, stem } from '../reader.js';
import type { PgClient, PgQueries } from './client.js';

/** The tsquery of a search: stems as prefixes (`telefon:*`), plain words, or web-search syntax ("…", OR, -). */
function tsquery(alias: string, q: FullTextQuery): { where: string; arg: string } {
  if (FTS_SYNTAX.test(q.text)) {
    // FTS5's NOT is web search's "-"; AND is what two words mean anyway
    const text = q.text.replace(/\bNOT\s+/g, '-').replace(/\bAND\b/g, ' ').replace(/\bNEAR\b/g, ' ').replace(/[()*]/g, ' ');
    return { where: `${alias}.words @@ websearch_to_tsquery('german', ?)`, arg: text };
  }
  const words = searchWords(q.text);
  if (!q.prefixes) return { where: `${alias}.words @@ plainto_tsquery('german', ?)`, arg: words.join(' ') };
  return { where: `${alias}.words @@ to_tsquery('german', ?)`, arg: words.map((w) => `${stem(w)}:*`).join(' & ') };
}

const POSTGRES: Dialect = {
  jsonField: (column, key) => `((${column})::jsonb ->> '${key}')`,
  jsonLength: (column) => `jsonb_array_length((${column})::jsonb)`,
  jsonItems: (column, alias) => `jsonb_array_elements((${column})::jsonb) ${alias}(value)`,
  jsonItem: (alias, k) => `(${alias}.value ->> ${k})`,
  jsonArrayHolds: (column, path) => `(((${column})::jsonb #> '{${path.join(',')}}') @> jsonb_build_array(?::text))`,
  unindexed: (expr) => expr,
  // (one array parameter: the plan is made knowing how many there are)
  inSet: (expr, values) => ({ where: `${expr} = ANY(?)`, args: [values] }),
  bytewise: (expr) => `${expr} COLLATE "C"`,
  fullText: tsquery,
  rank: (alias, q) => {
    const t = tsquery(alias, q);
    return { order: `ts_rank(${alias}.words, ${t.where.slice(t.where.indexOf('@@') + 3)}) DESC`, args: [t.arg] };
  },
};

const numberedSql = new Map<string, string>();

/** `?` → `$n` (the shared queries hold no other question mark). */
export function numbered(sql: string): string {
  let out = numberedSql.get(sql);
  if (out === undefined) {
    let n = 0;
    out = sql.replace(/\?/g, () => `$${++n}`);
    if (numberedSql.size > 1000) numberedSql.clear();
    numberedSql.set(sql, out);
  }
  return out;
}

export class PgReader implements Reader {
  readonly engine = 'postgres';
  readonly sql = POSTGRES;

  /** On a connection pool (closed with the reader when `owned`) or inside one transaction. */
  constructor(private readonly client: PgQueries & Partial<Pick<PgClient, 'where' | 'close'>>, private readonly owned = true) {}

  get where(): string { return this.client.where ?? 'PostgreSQL'; }

  all<R>(sql: string, args: readonly unknown[] = []): Promise<R[]> {
    return this.client.query<R>(numbered(sql), [...args]);
  }

  async get<R>(sql: string, args: readonly unknown[] = []): Promise<R | undefined> {
    return (await this.all<R>(sql, args))[0];
  }

  async version(): Promise<string> {
    const [r] = await this.client.query<{ v: string }>('SELECT last_value::text AS v FROM store_changes');
    return r!.v;
  }

  async close(): Promise<void> {
    if (this.owned) await this.client.close?.();
  }
}

/** Runs `read` on one snapshot of the store: a read-only, repeatable-read transaction. */
export function readSnapshot<T>(client: PgClient, read: (db: Reader) => Promise<T>): Promise<T> {
  return client.transaction(async (tx) => {
    await tx.exec('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY');
    return read(new PgReader(tx, false));
  });
}

/**
 * Tells readers the store changed: inside a writing transaction (before its commit) and again
 * after it, so a reader that read the counter between the two and then the old rows sees it move.
 */
export async function noteChange(q: PgQueries): Promise<void> {
  await q.query('SELECT nextval(\'store_changes\')');
}
