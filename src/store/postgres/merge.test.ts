// The incremental merge on the PostgreSQL store (PGlite here, and a real server where
// LAGEBILD_TEST_POSTGRES names one) gives the SQLite store's picture: the same events and ids,
// clusters, keys, references waiting, and the steps recorded, also in batches and after a replay.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { EXAMPLES, tempDir } from '../../testing/fixtures.js';
import { freshSchema, TEST_SERVER } from '../../testing/postgres.js';
import { loadKnowledgeBase } from '../../actors/kb.js';
import { closeDatabase, openDatabase } from '../db.js';
import { SET_REPLAY, SET_REPLAY_PG } from '../clusters.js';
import { readFileSync, writeFileSync } from 'node:fs';
import { SqliteIngestStore, type IngestStore } from '../ingest-store.js';
import { mergePending } from '../../merge/incremental.js';
import { ingestInto } from '../../pipeline/ingest.js';
import { expandInputs } from '../../read/inputs.js';
import { connectPostgres, type PgClient } from './client.js';
import { migratePostgres } from './migrate.js';
import { PgIngestStore } from './documents.js';
import { mergePendingPg } from './merge.js';

const kb = loadKnowledgeBase();
const articles = (dir: string) => readdirSync(dir).filter((f) => /\.(txt|html)$/.test(f)).map((f) => join(dir, f));
const ALL = [...articles(EXAMPLES), ...articles(join(EXAMPLES, 'verhandlungen'))];

interface Engine {
  store: IngestStore;
  rows: <R>(sql: string) => Promise<R[]>;
  merge: (chunk: number) => Promise<unknown>;
  replayNext: () => Promise<void>;
  close: () => Promise<void>;
}

function sqlite(): Engine {
  const db = openDatabase(join(tempDir(), 'store.sqlite'));
  return {
    store: new SqliteIngestStore(db, undefined, kb),
    rows: <R>(sql: string) => Promise.resolve(db.prepare(sql).all() as R[]),
    merge: (chunk) => Promise.resolve(mergePending(db, kb, { chunk })),
    replayNext: () => { db.prepare(SET_REPLAY).run(1); return Promise.resolve(); },
    close: () => { closeDatabase(db); return Promise.resolve(); },
  };
}

async function postgres(where: 'pglite' | 'server'): Promise<Engine> {
  const schema = where === 'server' ? await freshSchema() : null;
  const client: PgClient = await connectPostgres(schema?.url ?? 'pglite:');
  await migratePostgres(client);
  return {
    store: new PgIngestStore(client, kb),
    rows: (sql) => client.query(sql),
    // (two at once: a replay is done once, and no step runs between its steps)
    merge: (chunk) => Promise.all([mergePendingPg(client, kb, { chunk }), mergePendingPg(client, kb, { chunk })]),
    replayNext: async () => { await client.query(SET_REPLAY_PG, [1]); },
    close: async () => { await client.close(); await schema?.drop(); },
  };
}

/** The merged picture and the merge's state, in a form both engines give alike. */
async function picture(e: Engine) {
  return {
    events: await e.rows('SELECT id, type, date, data, cluster FROM events ORDER BY id'),
    actors: await e.rows('SELECT actor, event FROM event_actors ORDER BY actor, event'),
    told: await e.rows('SELECT document, event FROM event_documents ORDER BY document, event'),
    redirects: await e.rows('SELECT old, new FROM event_redirects ORDER BY old'),
    clusters: await e.rows('SELECT id, type, data FROM clusters ORDER BY id'),
    keys: await e.rows('SELECT key, month, cluster, itself, begin, "end" FROM cluster_keys ORDER BY key, month, cluster'),
    subjects: await e.rows('SELECT cluster, token FROM cluster_subjects ORDER BY cluster, token'),
    documents: await e.rows('SELECT document, cluster FROM cluster_documents ORDER BY document, cluster'),
    // (ids of waiting references are the engines' own: SQLite may hand out a freed one again)
    waiting: await e.rows(`SELECT w.document, w.published, w.family, w.data, k.key FROM merge_waiting w JOIN merge_waiting_keys k ON k.waiting = w.id
      ORDER BY w.document, w.data, k.key`),
    steps: await e.rows(`SELECT d.id, e.merge_chunk, e.merge_seq, e.merge_family FROM doc_events e JOIN documents d ON d.rowid = e.doc ORDER BY d.id`),
  };
}

async function assertSamePicture(a: Engine, b: Engine, when: string, least = 10): Promise<void> {
  const [x, y] = [await picture(a), await picture(b)];
  assert.ok(x.events.length >= least && x.clusters.length >= least, `a picture to compare (${when})`);
  for (const key of Object.keys(x) as Array<keyof typeof x>) assert.deepEqual(y[key], x[key], `${when}: ${key} differ`);
}

const ingestFiles = async (e: Engine, files: string[]) => ingestInto(e.store, await expandInputs(files), { workers: 0 });

for (const where of ['pglite', ...(TEST_SERVER ? ['server'] as const : [])] as const) {
  test(`${where}: the examples merged in steps of three, in two batches and replayed, give the SQLite store's picture`, async () => {
    const a = sqlite();
    const b = await postgres(where);
    try {
      const [first, second] = [ALL.filter((_, k) => k % 2 === 1), ALL.filter((_, k) => k % 2 === 0)];
      for (const e of [a, b]) { await ingestFiles(e, first); await e.merge(3); }
      await assertSamePicture(a, b, 'first batch');
      for (const e of [a, b]) { await ingestFiles(e, second); await e.merge(3); }
      await assertSamePicture(a, b, 'second batch');
      const before = await picture(a);
      for (const e of [a, b]) { await e.replayNext(); await e.merge(3); }
      await assertSamePicture(a, b, 'replayed');
      assert.deepEqual(await picture(a), before, 'a replay gives the picture again');
      assert.equal((await a.rows<{ replay: number }>('SELECT replay FROM events_state'))[0]!.replay, 0);
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
  });
}

/** Three texts of one story: the AFP report, a regional paper's shorter copy, and another shortened copy of the AFP text. */
function copies(): Record<'afp' | 'short' | 'third', string> {
  const dir = tempDir();
  const afp = readFileSync(join(EXAMPLES, '2025-03-20_afp_kallas-bruessel.txt'), 'utf8');
  const third = join(dir, '2025-03-20_drittblatt_kallas.txt');
  const paragraphs = afp.trimEnd().split('\n\n');
  writeFileSync(third, paragraphs.slice(0, -1).join('\n\n').replace(/^ date (\S+) .*/, ' date $1 Kallas fordert Munition') + '\n');
  return { afp: join(EXAMPLES, '2025-03-20_afp_kallas-bruessel.txt'), short: join(EXAMPLES, '2025-03-20_regionalblatt_kallas-bruessel.txt'), third };
}

for (const where of ['pglite', ...(TEST_SERVER ? ['server'] as const : [])] as const) {
  test(`${where}: a copy merged before its original, and a later copy: one family in any order, on both engines`, async () => {
    const files = copies();
    const pictures: string[][] = [];
    for (const order of [['afp', 'short', 'third'], ['short', 'afp', 'third'], ['short', 'third', 'afp']] as const) {
      const a = sqlite();
      const b = await postgres(where);
      try {
        for (const name of order) for (const e of [a, b]) { await ingestFiles(e, [files[name]]); await e.merge(1); }
        await assertSamePicture(a, b, order.join(' → '), 2);
        pictures.push(await told(a));
      } finally {
        await Promise.all([a.close(), b.close()]);
      }
    }
    assert.ok(pictures[0]!.some((e) => e.startsWith('REJECT') && e.split(' ').length === 5), pictures[0]!.join('\n'));
    assert.deepEqual(pictures[1], pictures[0]);
    assert.deepEqual(pictures[2], pictures[0]);
  });
}

/** Each event as its type, date and the files that tell it. */
async function told(e: Engine): Promise<string[]> {
  const file = new Map((await e.rows<{ id: string; source: string }>('SELECT id, source FROM documents')).map((r) => [r.id, r.source.split('/').pop()]));
  return (await e.rows<{ data: string }>('SELECT data FROM events')).map((r) => JSON.parse(r.data) as { type: string; date: { value: string } | null; mentions: Array<{ document: string }> })
    .map((x) => `${x.type} ${x.date?.value} ${[...new Set(x.mentions.map((m) => file.get(m.document)))].sort().join(' ')}`).sort();
}
