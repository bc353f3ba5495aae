// Reading the PostgreSQL store for the JSON export: the same records in the same order as the
// SQLite store gives them, a batch per query, so no query stays open while the output waits for
// its reader; all in one read-only transaction (readSnapshot), so a merge committing meanwhile
// changes nothing the export reads. Text is ordered by bytes (COLLATE "C"), as SQLite does.
import type { Statement } from '../../document/types.js';
import type { DocRow, JsonExportSource } from '../../export/json.js';
import { storedActor, type ActorRow } from '../actors.js';
import type { StoredEvent } from '../events.js';
import type { StoredStatement } from '../statements.js';
import type { PgClient, PgQueries } from './client.js';

const BATCH = 200;

/** Rows of a query with `$1` (the last key) and `$2` (the batch size), batch by batch. */
async function* batches<R extends { k: number }>(client: PgQueries, sql: string): AsyncGenerator<R> {
  for (let after = 0; ;) {
    const rows = await client.query<R>(sql, [after, BATCH]);
    if (!rows.length) return;
    after = rows.at(-1)!.k;
    yield* rows;
  }
}

export async function listActorsPg(client: PgQueries): Promise<ReturnType<typeof storedActor>[]> {
  const rows = await client.query<ActorRow>(`SELECT a.*, coalesce(sum(m.n), 0) AS mentions, coalesce(sum((m.n > 0)::int), 0) AS documents
    FROM actors a LEFT JOIN actor_mentions m ON m.actor = a.id GROUP BY a.id ORDER BY mentions DESC, a.name COLLATE "C"`);
  return rows.map(storedActor);
}

async function* statements(client: PgQueries): AsyncGenerator<StoredStatement> {
  for await (const r of batches<{ k: number; id: string; text: string; data: string }>(client,
    'SELECT d.rowid AS k, d.id, d.text, s.data FROM statements s JOIN documents d ON d.rowid = s.doc WHERE s.doc > $1 ORDER BY s.doc LIMIT $2')) {
    const list = JSON.parse(r.data) as Statement[];
    for (let i = 0; i < list.length; i++) yield { ...list[i]!, id: `${r.id}:s${i + 1}`, document: r.id, documentText: r.text };
  }
}

/** Merged events in time order (undated last), as listEvents gives them. */
async function* events(client: PgQueries): AsyncGenerator<StoredEvent> {
  // (a keyset on three columns, one of them nullable: pages by offset, safe in a snapshot)
  for (let offset = 0; ; offset += BATCH * 5) {
    const rows = await client.query<{ data: string }>(`SELECT data FROM events ORDER BY date IS NULL, date COLLATE "C", id COLLATE "C" LIMIT $1 OFFSET $2`, [BATCH * 5, offset]);
    if (!rows.length) return;
    for (const r of rows) yield JSON.parse(r.data) as StoredEvent;
  }
}

/** The PostgreSQL store as the JSON export reads it. */
export const postgresJsonSource = (client: PgQueries): JsonExportSource => ({
  documents: () => (async function* () {
    for await (const { k: _, ...row } of batches<DocRow & { k: number }>(client, `SELECT rowid AS k, id, source, title, published, agency, duplicate_of, version_of,
      places, url, author, outlet, text FROM documents WHERE rowid > $1 ORDER BY rowid LIMIT $2`)) yield row;
  })(),
  actors: () => listActorsPg(client),
  statements: () => statements(client),
  events: () => events(client),
});

/** Runs `read` on one snapshot of the store: a read-only, repeatable-read transaction. */
export function readSnapshot<T>(client: PgClient, read: (tx: PgQueries) => Promise<T>): Promise<T> {
  return client.transaction(async (tx) => {
    await tx.exec('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY');
    return read(tx);
  });
}
