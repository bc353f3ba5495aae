// Reading the PostgreSQL store for `serve` and the read commands (../reader.ts): the shared
// queries' `?` become `$1, $2, …`, JSON is read with ::jsonb, full-text search uses the German
// stems of sentences_fts.words, and the store's version is the change counter the writers bump.
import type { Dialect, Reader } from '../reader.js';
import { FTS_SYNTAX, FullTextError, stem } from '../reader.js';
import type { PgClient, PgQueries } from './client.js';

/**
 * The search as to_tsquery text: FTS5's syntax read into PostgreSQL's ("a b" → a <-> b, OR → |,
 * NOT → & !, word* → word:*, two terms → &), and, for the web's search, each plain word cut to
 * its stem and looked up as a prefix. (German stop words are not in the index: a search of
 * only such words finds nothing here, where FTS5 finds them.)
 */
export function toTsquery(text: string, prefixes: boolean): string {
  const out: string[] = [];
  let operand = false;
  const term = (t: string) => { if (operand) out.push('&'); out.push(t); operand = true; };
  const lexemes = (w: string) => w.match(/[\p{L}\p{N}]+/gu) ?? [];
  for (const token of text.match(/"[^"]*"|[()]|[^\s()"]+/g) ?? []) {
    switch (token) {
      case '(': if (operand) out.push('&'); out.push('('); operand = false; break;
      case ')': out.push(')'); operand = true; break;
      case 'OR': out.push('|'); operand = false; break;
      case 'NOT': out.push('& !'); operand = false; break;
      case 'AND': case 'NEAR': break; // two terms are AND anyway
      default: {
        const words = lexemes(token);
        if (!words.length) break;
        if (token.startsWith('"')) { term(`(${words.join(' <-> ')})`); break; }
        const prefix = token.endsWith('*') || (prefixes && !FTS_SYNTAX.test(text));
        const last = (w: string) => (prefix ? `${prefixes ? stem(w) : w}:*` : w);
        term(`(${words.map((w, k) => (k === words.length - 1 ? last(w) : w)).join(' <-> ')})`);
      }
    }
  }
  return out.join(' ').replace(/^& !/, '!');
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
  fullText: (alias, q) => ({ where: `${alias}.words @@ to_tsquery('german', ?)`, arg: toTsquery(q.text, q.prefixes) }),
  rank: (alias, q) => ({ order: `ts_rank(${alias}.words, to_tsquery('german', ?)) DESC`, args: [toTsquery(q.text, q.prefixes)] }),
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
  readonly sql = POSTGRES;

  /** On a connection pool (closed with the reader when `owned`) or inside one transaction. */
  constructor(private readonly client: PgQueries & Partial<Pick<PgClient, 'where' | 'close'>>, private readonly owned = true) {}

  get where(): string { return this.client.where ?? 'PostgreSQL'; }

  async all<R>(sql: string, args: readonly unknown[] = []): Promise<R[]> {
    try {
      return await this.client.query<R>(numbered(sql), [...args]);
    } catch (e) {
      // (a search PostgreSQL cannot read: to_tsquery's syntax error)
      if ((e as { code?: string }).code === '42601' && sql.includes('to_tsquery')) throw new FullTextError((e as Error).message);
      throw e;
    }
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
