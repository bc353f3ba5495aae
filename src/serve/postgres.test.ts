// `serve` on a PostgreSQL store (a real server where LAGEBILD_TEST_POSTGRES names one, PGlite
// otherwise): the same inputs ingested into SQLite and PostgreSQL give the same API answers,
// list by list through every cursor and record by record, and the same pages; an open page
// hears of a new ingest.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Hono } from 'hono';
import { closeDatabase, openDatabase } from '../store/db.js';
import { ingest, ingestPostgres } from '../pipeline/ingest.js';
import { connectPostgres, type PgClient } from '../store/postgres/client.js';
import { migratePostgres } from '../store/postgres/migrate.js';
import { PgReader } from '../store/postgres/reader.js';
import { SqliteReader, type Reader } from '../store/reader.js';
import { freshSchema, TEST_SERVER } from '../testing/postgres.js';
import { LATER_ARTICLE, webInputs } from '../testing/web-store.js';
import { createApp } from './app.js';
import { StoreChanges } from './changes.js';

let dir: string;
let schema: Awaited<ReturnType<typeof freshSchema>> | null = null;
let client: PgClient;
const readers: Reader[] = [];
let sqlite: Hono, postgres: Hono;

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'lagebild-serve-pg-'));
  const inputs = webInputs(dir);
  const db = openDatabase(join(dir, 'web.sqlite'));
  await ingest(db, inputs);
  closeDatabase(db);
  schema = TEST_SERVER ? await freshSchema() : null;
  client = await connectPostgres(schema?.url ?? `pglite:${join(dir, 'pg')}`);
  await migratePostgres(client);
  await ingestPostgres(client, inputs);
  readers.push(new SqliteReader(openDatabase(join(dir, 'web.sqlite'), { readonly: true })), new PgReader(client));
  const fail = (line: string) => { throw new Error(line); };
  sqlite = createApp(readers[0]!, fail);
  postgres = createApp(readers[1]!, fail);
});

after(async () => {
  for (const r of readers) await r.close();
  await schema?.drop();
  rmSync(dir, { recursive: true, force: true });
});

async function both(path: string): Promise<[string, string]> {
  const answers = await Promise.all([sqlite, postgres].map(async (app) => {
    const res = await app.request(path);
    const text = await res.text();
    assert.equal(res.status, 200, `${path}: ${text.slice(0, 300)}`);
    return text;
  }));
  return answers as [string, string];
}

/** The items of a list page by page on both stores, each page the same. */
async function walkBoth(path: string, limit: number): Promise<any[]> {
  const items: any[] = [];
  let cursor: string | null = null;
  for (let pages = 0; pages < 500; pages++) {
    const sep = path.includes('?') ? '&' : '?';
    const [a, b] = await both(`${path}${sep}limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`);
    assert.deepEqual(JSON.parse(b), JSON.parse(a), `${path}, page ${pages + 1}`);
    const page = JSON.parse(a) as { items: unknown[]; next: string | null };
    items.push(...page.items);
    cursor = page.next;
    if (!cursor) return items;
  }
  throw new Error(`${path} never ends`);
}

test('every list of the API is the same on PostgreSQL as on SQLite, page by page', async () => {
  const events = await walkBoth('/api/events', 7);
  assert.ok(events.length >= 10);
  for (const path of ['/api/statements?all=true', '/api/statements', '/api/actors', '/api/positions']) assert.ok((await walkBoth(path, 9)).length > 0, path);
  const first = events.find((e) => e.actors.length)!;
  for (const filter of [`actor=${first.actors[0].id}`, `type=${first.type}`, 'status=disputed', 'status=occurred', 'issue=prisoners', 'from=2025-03-01&to=2025-04',
    `outlet=${encodeURIComponent('Nordkurier')}`]) await walkBoth(`/api/events?${filter}`, 3);
  const speaker = (await walkBoth('/api/statements', 50)).find((s) => s.speaker?.id)!;
  await walkBoth(`/api/statements?speaker=${encodeURIComponent(speaker.speaker.id)}`, 2);
  await walkBoth('/api/statements?act=demand', 2);
});

test('every event, actor and document, the network and the health figures are the same', async () => {
  for (const e of await walkBoth('/api/events', 100)) {
    const [a, b] = await both(`/api/events/${encodeURIComponent(e.id)}`);
    assert.deepEqual(JSON.parse(b), JSON.parse(a), e.id);
    for (const r of JSON.parse(a).reports as Array<{ id: string }>) {
      const [x, y] = await both(`/api/documents/${encodeURIComponent(r.id)}`);
      assert.deepEqual(JSON.parse(y), JSON.parse(x), r.id);
    }
  }
  for (const a of (await walkBoth('/api/actors', 100)).slice(0, 15)) {
    const [x, y] = await both(`/api/actors/${encodeURIComponent(a.id)}`);
    assert.deepEqual(JSON.parse(y), JSON.parse(x), a.id);
  }
  for (const path of ['/api/network', '/api/network?type=CONSULT', '/api/health']) {
    const [a, b] = await both(path);
    assert.deepEqual(JSON.parse(b), JSON.parse(a), path);
  }
});

test('the pages and the exports are the same', async () => {
  for (const path of ['/', '/?type=CONSULT', '/statements', '/actors', '/positions', '/network', '/search']) {
    const [a, b] = await both(path);
    assert.equal(b, a, path);
  }
  for (const path of ['/api/export?kind=events&format=csv', '/api/export?kind=statements&format=jsonl', '/api/export?kind=actors&format=json', '/api/export?format=plover']) {
    const [a, b] = await both(path);
    assert.equal(b, a, path);
  }
});

test('search on PostgreSQL finds word forms through German stems, and the statements of a search hold its words', async () => {
  const [, found] = await both('/api/search?q=telefonieren');
  const hits = JSON.parse(found).items as Array<{ sentence: string }>;
  assert.ok(hits.length > 0);
  assert.ok(hits.every((h) => /telefon/i.test(h.sentence)), 'each hit holds a form of the word');
  assert.ok(hits.some((h) => /telefonierte|Telefonat/.test(h.sentence)), 'other forms than the one typed');
  const [, quoted] = await both('/api/search?q=%22Gespr%C3%A4chen%20bereit%22');
  assert.ok(JSON.parse(quoted).items.length > 0, 'a phrase in quotes');
  const [, said] = await both('/api/statements?q=Waffenruhe');
  assert.ok(JSON.parse(said).items.every((s: { quote: string }) => /waffenruhe/i.test(s.quote)));
  const bad = await postgres.request('/api/search?q=%22');
  assert.equal(bad.status, 400);
});

test('an open page hears of each ingest into the PostgreSQL store, as on SQLite', async () => {
  const changes = new StoreChanges(new PgReader(client, false), 20);
  const heard: number[] = [];
  const stop = changes.listen((c) => heard.push(c.documents));
  try {
    const before = (await changes.counts()).documents;
    await new Promise((r) => setTimeout(r, 100));
    assert.deepEqual(heard, [], 'nothing changed, nothing heard');
    const later = join(dir, 'later');
    mkdirSync(later);
    writeFileSync(join(later, 'wien.txt'), LATER_ARTICLE);
    await ingestPostgres(client, [later]);
    for (let i = 0; i < 100 && !heard.length; i++) await new Promise((r) => setTimeout(r, 20));
    assert.equal(heard.at(-1), before + 1);
  } finally {
    stop();
  }
});
