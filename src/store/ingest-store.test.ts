// The same ingest into the SQLite store and into the PostgreSQL store (PGlite: PostgreSQL in
// WebAssembly, in this process) stores the same documents, relations and analysis; each store
// then passes the same tests. (The merge and the readers are still the SQLite store's only.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { EXAMPLES, tempDir } from '../testing/fixtures.js';
import { closeDatabase, openDatabase, StoreError } from './db.js';
import { SqliteIngestStore, type IngestStore } from './ingest-store.js';
import { connectPostgres } from './postgres/client.js';
import { migratePostgres } from './postgres/migrate.js';
import { PgIngestStore } from './postgres/documents.js';
import { expandInputs } from '../read/inputs.js';
import { ingestInto } from '../pipeline/ingest.js';
import { freshSchema, TEST_SERVER } from '../testing/postgres.js';

interface Opened { store: IngestStore; another?: () => IngestStore; rows: <R>(sql: string) => Promise<R[]>; run: (sql: string) => Promise<void>; close: () => Promise<void> }

const BACKENDS: Array<{ name: string; open: () => Promise<Opened> }> = [
  {
    name: 'SQLite',
    open: async () => {
      const db = openDatabase(join(tempDir(), 'store.sqlite'));
      return {
        store: new SqliteIngestStore(db),
        rows: <R>(sql: string) => Promise.resolve(db.prepare(sql).all() as R[]),
        run: (sql: string) => { db.exec(sql); return Promise.resolve(); },
        close: () => { closeDatabase(db); return Promise.resolve(); },
      };
    },
  },
  {
    name: 'PGlite',
    open: async () => {
      const client = await connectPostgres('pglite:');
      await migratePostgres(client);
      return { store: new PgIngestStore(client), another: () => new PgIngestStore(client), rows: (sql) => client.query(sql), run: (sql) => client.exec(sql), close: () => client.close() };
    },
  },
  // a real server where one is given (.ci/run starts one)
  ...(TEST_SERVER ? [{
    name: 'PostgreSQL',
    open: async (): Promise<Opened> => {
      const schema = await freshSchema();
      const client = await connectPostgres(schema.url);
      await migratePostgres(client);
      return {
        store: new PgIngestStore(client), another: () => new PgIngestStore(client), rows: (sql) => client.query(sql), run: (sql) => client.exec(sql),
        close: async () => { await client.close(); await schema.drop(); },
      };
    },
  }] : []),
];

const ingestExamples = async (store: IngestStore) => ingestInto(store, await expandInputs([EXAMPLES]), { workers: 0 });

/** What an ingest stored, in a form both engines give alike (numbers as numbers, JSON as text). */
async function snapshot(s: Opened) {
  const docs = await s.rows<Record<string, unknown>>(`SELECT id, source, origin, published, agency, outlet, title, text_hash, duplicate_of, version_of,
    similarity, analysis, body_begin, body_end, update_marker, places, warnings FROM documents ORDER BY id`);
  const perDoc = (table: string, what: string) => s.rows<{ id: string; v: unknown }>(
    `SELECT d.id, ${what} AS v FROM documents d JOIN ${table} t ON t.doc = d.rowid GROUP BY d.id ORDER BY d.id`);
  return {
    documents: docs.map((d): Record<string, unknown> => ({ ...d, similarity: d.similarity === null ? null : Number((d.similarity as number).toFixed(6)) })),
    paragraphs: await perDoc('paragraphs', 'count(*)'),
    sentences: await perDoc('sentences', 'sum(t.begin)'),
    minhash: await perDoc('minhash', 'max(t.shingles)'),
    bands: await perDoc('lsh_bands', 'count(*)'),
    mentions: await perDoc('mentions', 'max(t.data)'),
    statements: await perDoc('statements', 'max(t.data)'),
    events: await perDoc('doc_events', 'max(t.data)'),
    actorMentions: await s.rows(`SELECT d.id, t.actor, t.n, t.spoke FROM documents d JOIN actor_mentions t ON t.doc = d.rowid ORDER BY d.id, t.actor`),
    actors: await s.rows(`SELECT id, name, kind, wikidata, origin, data FROM actors ORDER BY id`),
  };
}

test('the examples stored through each engine: the same documents, duplicates, versions, segments and analysis', async () => {
  const opened = await Promise.allSettled(BACKENDS.map((b) => b.open()));
  const [sqlite, ...others] = opened.map((o) => (o.status === 'fulfilled' ? o.value : null));
  if (opened.some((o) => o.status === 'rejected')) {
    await Promise.all(opened.map((o) => (o.status === 'fulfilled' ? o.value.close() : null)));
    throw (opened.find((o) => o.status === 'rejected') as PromiseRejectedResult).reason;
  }
  try {
    const a = await ingestExamples(sqlite!.store);
    assert.ok(a.added >= 15 && a.duplicates >= 1 && a.versions >= 1, `the examples hold duplicates and versions: ${JSON.stringify(a)}`);
    const x = await snapshot(sqlite!);
    assert.ok(x.statements.length > 5 && x.events.length > 5 && x.actors.length > 5);
    for (const [k, other] of others.entries()) {
      const b = await ingestExamples(other!.store);
      assert.deepEqual({ ...b, seconds: 0 }, { ...a, seconds: 0 }, BACKENDS[k + 1]!.name);
      const y = await snapshot(other!);
      for (const key of Object.keys(x) as Array<keyof typeof x>) assert.deepEqual(y[key], x[key], `${BACKENDS[k + 1]!.name}: ${key} differ`);
    }
  } finally {
    await Promise.all([sqlite, ...others].map((s) => s?.close()));
  }
});

for (const backend of BACKENDS) {
  test(`${backend.name}: a second ingest finds every document stored; a document of an older analysis is analysed again`, async () => {
    const s = await backend.open();
    try {
      const first = await ingestExamples(s.store);
      const again = await ingestExamples(s.store);
      assert.equal(again.added, 0);
      assert.equal(again.unchanged, first.added + first.unchanged);
      const before = await snapshot(s);
      await s.run("UPDATE documents SET analysis = 0 WHERE id IN (SELECT id FROM documents WHERE source LIKE '%kallas-bruessel%')");
      const third = await ingestExamples(s.store);
      assert.equal(third.reanalysed, 2);
      assert.deepEqual(await snapshot(s), before, 'analysed again, the same rows');
    } finally {
      await s.close();
    }
  });
}

for (const backend of BACKENDS.slice(1)) {
  test(`${backend.name}: writers storing the same inputs side by side store each document once, as one writer would`, async () => {
    const s = await backend.open();
    const one = await BACKENDS[0]!.open();
    try {
      // (batches of two: the writers' transactions interleave)
      const inputs = await expandInputs([EXAMPLES]);
      const runs = await Promise.all([s.store, s.another!(), s.another!()].map((store) => ingestInto(store, inputs, { workers: 0, batchSize: 2 })));
      const total = runs[0]!.added + runs[0]!.unchanged;
      assert.equal(runs.reduce((n, r) => n + r.added, 0), total, 'each document added by one writer');
      await ingestExamples(one.store);
      const [x, y] = [await snapshot(one), await snapshot(s)];
      // (in any order of storing, a copy and a version are found as such: the examples' relations do not depend on it)
      const relations = (docs: Array<Record<string, unknown>>) => docs.map((d) => [d['id'], d['duplicate_of'], d['version_of']]);
      assert.deepEqual(relations(y.documents), relations(x.documents));
      assert.deepEqual(y.statements, x.statements);
    } finally {
      await Promise.all([s.close(), one.close()]);
    }
  });
}

test('PGlite: sentences are found by their German stems; a store of a newer schema is refused', async () => {
  const client = await connectPostgres('pglite:');
  try {
    await migratePostgres(client);
    await ingestInto(new PgIngestStore(client), await expandInputs([join(EXAMPLES, '2025-03-20_afp_kallas-bruessel.txt')]), { workers: 0 });
    // "Mitgliedstaaten" and "Artilleriegeschosse" in the text, their singulars asked: the same stems
    const hits = async (q: string) => (await client.query<{ n: number }>("SELECT count(*)::int AS n FROM sentences_fts WHERE words @@ plainto_tsquery('german', $1)", [q]))[0]!.n;
    assert.equal(await hits('Mitgliedstaat'), 2);
    assert.equal(await hits('Artilleriegeschoss'), 1);
    assert.equal(await hits('Panzer'), 0);
    await client.exec('UPDATE lagebild_schema SET version = version + 1');
    await assert.rejects(migratePostgres(client), (e: unknown) => e instanceof StoreError && e.reason === 'newer' && /newer Lagebild/.test(e.message));
  } finally {
    await client.close();
  }
});
