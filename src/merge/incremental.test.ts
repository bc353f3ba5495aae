// The incremental merge (./incremental.ts): batches arriving in any order, merged step by step
// into the stored picture, give the picture the full rebuild gives; ids stay; a killed or
// outdated picture is completed by the next merge.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { EXAMPLES, tempDir } from '../testing/fixtures.js';
import { openDatabase, type DB } from '../store/db.js';
import { ingest } from '../pipeline/ingest.js';
import { currentEventId, eventsStale, replaceClusterEvents, type PictureEvent, type StoredEvent } from '../store/events.js';
import { loadKnowledgeBase } from '../actors/kb.js';
import { mergePending, remerge } from './incremental.js';

const kb = loadKnowledgeBase();
const TALKS = join(EXAMPLES, 'verhandlungen');
const articles = (dir: string) => readdirSync(dir).filter((f) => /\.(txt|html)$/.test(f)).map((f) => join(dir, f));
const ALL = [...articles(EXAMPLES), ...articles(TALKS)];

/** The same shuffle on every run (a seeded linear congruential generator). */
function shuffled<T>(list: readonly T[], seed: number): T[] {
  const out = [...list];
  let s = seed;
  for (let i = out.length - 1; i > 0; i--) {
    s = (s * 1103515245 + 12345) % 2 ** 31;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** The merged events in time order. */
const storedEvents = (db: DB) => db.prepare<[], { data: string }>('SELECT data FROM events ORDER BY date IS NULL, date, id').all()
  .map((r) => JSON.parse(r.data) as StoredEvent);

/** The stored picture, row by row. */
const picture = (db: DB) => db.prepare('SELECT id, type, date, cluster, data FROM events ORDER BY id').all();

/** Each event as its type, date and the files that tell it: comparable across stores. */
function told(db: DB): string[] {
  const file = new Map(db.prepare<[], { id: string; source: string }>('SELECT id, source FROM documents').all().map((r) => [r.id, r.source.split('/').pop()!]));
  return storedEvents(db).map((e) => `${e.type} ${e.date?.value} ${[...new Set(e.mentions.map((m) => file.get(m.document)))].sort().join(' ')}`).sort();
}

async function ingestInBatches(path: string, files: string[], size: number, mergeChunk: number): Promise<DB> {
  const db = openDatabase(path);
  for (let i = 0; i < files.length; i += size) await ingest(db, files.slice(i, i + size), { workers: 0, mergeChunk });
  return db;
}

test('batches in shuffled order, merged step by step, give the picture the full rebuild gives', async () => {
  for (const seed of [7, 2026]) {
    const db = await ingestInBatches(join(tempDir(), 's.sqlite'), shuffled(ALL, seed), 3, 2);
    const steps = (db.prepare('SELECT count(DISTINCT merge_chunk) n FROM doc_events').get() as { n: number }).n;
    assert.ok(steps >= ALL.length / 3, `merged in ${steps} steps`);
    const incremental = picture(db);
    assert.ok(incremental.length > 30);
    const rebuilt = remerge(db, kb);
    assert.equal(rebuilt.steps, steps);
    assert.deepEqual(picture(db), incremental);
    assert.ok(!eventsStale(db));
    db.close();
  }
});

test('the example talks come out the same whichever report arrives first', async () => {
  const one = openDatabase(join(tempDir(), 'one.sqlite'));
  await ingest(one, [TALKS], { workers: 0 });
  const expected = told(one);
  for (const order of [articles(TALKS).reverse(), shuffled(articles(TALKS), 11)]) {
    const db = await ingestInBatches(join(tempDir(), 'b.sqlite'), order, 3, 2);
    assert.deepEqual(told(db), expected);
    db.close();
  }
});

test('a shortened copy merged before its original arrives: the same picture as in the other order', async () => {
  const [original, copy] = [join(EXAMPLES, '2025-03-20_afp_kallas-bruessel.txt'), join(EXAMPLES, '2025-03-20_regionalblatt_kallas-bruessel.txt')];
  const pictures = [];
  for (const order of [[original, copy], [copy, original]]) {
    const db = await ingestInBatches(join(tempDir(), 'c.sqlite'), order, 1, 1);
    const copies = db.prepare('SELECT source, duplicate_of IS NOT NULL AS copy FROM documents ORDER BY source').all() as Array<{ source: string; copy: number }>;
    assert.deepEqual(copies.map((c) => [c.source.split('/').pop(), c.copy]), [['2025-03-20_afp_kallas-bruessel.txt', 0], ['2025-03-20_regionalblatt_kallas-bruessel.txt', 1]]);
    pictures.push(told(db));
    db.close();
  }
  assert.ok(pictures[0]!.some((e) => e.endsWith('2025-03-20_afp_kallas-bruessel.txt 2025-03-20_regionalblatt_kallas-bruessel.txt')), pictures[0]!.join('\n'));
  assert.deepEqual(pictures[1], pictures[0]);
});

test('an earlier report arriving later joins the event without changing its id', async () => {
  const db = openDatabase(join(tempDir(), 'ids.sqlite'));
  // (the later report dates the call "vergangene Woche", the earlier one to the day)
  const call = (e: StoredEvent) => e.type === 'CONSULT' && e.actors.includes('donald-trump');
  await ingest(db, [join(TALKS, '2025-05-14_apa_medwedew-drohung.txt')], { workers: 0 });
  const before = storedEvents(db).filter(call);
  assert.equal(before.length, 1);
  await ingest(db, [join(TALKS, '2025-05-06_dpa_telefonat-energie.txt')], { workers: 0 });
  const after = storedEvents(db).filter(call);
  assert.equal(after.length, 1);
  assert.equal(after[0]!.id, before[0]!.id);
  assert.equal(new Set(after[0]!.mentions.map((m) => m.document)).size, 2);
});

test('a merged document whose events change has the next merge replay every step', async () => {
  const db = await ingestInBatches(join(tempDir(), 'r.sqlite'), shuffled(articles(TALKS), 3), 4, 3);
  const before = picture(db);
  // (as a new analysis would: the document no longer tells its first event)
  const row = db.prepare<[], { doc: number; data: string }>("SELECT doc, data FROM doc_events WHERE data != '[]' ORDER BY merge_seq LIMIT 1").get()!;
  db.prepare('UPDATE doc_events SET data = ? WHERE doc = ?').run(JSON.stringify(JSON.parse(row.data).slice(1)), row.doc);
  db.prepare("INSERT INTO events_state (id, built_from, replay) VALUES (1, '', 1) ON CONFLICT(id) DO UPDATE SET replay = 1").run();
  assert.ok(eventsStale(db));
  const run = mergePending(db, kb);
  assert.ok(run.steps > 1 && !eventsStale(db));
  const replayed = picture(db);
  assert.notDeepEqual(replayed, before);
  remerge(db, kb);
  assert.deepEqual(picture(db), replayed);
});

test('a picture from before the incremental merge is merged anew, not doubled', async () => {
  const db = openDatabase(join(tempDir(), 'old.sqlite'));
  await ingest(db, [TALKS], { workers: 0 });
  const expected = told(db);
  // as migration 6 finds a store: events without clusters, no document merged yet
  db.exec(`UPDATE events SET cluster = NULL; UPDATE doc_events SET merge_chunk = NULL, merge_seq = NULL, merge_family = NULL;
    DELETE FROM clusters; DELETE FROM cluster_keys; DELETE FROM cluster_documents; DELETE FROM cluster_subjects;`);
  assert.ok(eventsStale(db));
  mergePending(db, kb);
  assert.deepEqual(told(db), expected);
});

test('an event folded into another keeps its id as a link to that one', () => {
  const db = openDatabase(join(tempDir(), 'fold.sqlite'));
  const mention = (document: string, at: number) => ({ span: [at, at + 10] as [number, number], trigger: [at, at + 3] as [number, number], sentence: 0, via: 'verb' as const, context: [], document });
  const event = (id: string, cluster: number, mentions: ReturnType<typeof mention>[]): PictureEvent => ({
    id, cluster, type: 'AGREE', mode: null, context: [], actors: ['a'], recipients: ['b'], date: null, place: null, attributes: {}, status: 'planned', mentions,
  });
  db.transaction(() => replaceClusterEvents(db, [1, 2], [event('e1', 1, [mention('d1', 0)]), event('e2', 2, [mention('d2', 5)])]))();
  assert.equal(currentEventId(db, 'e2'), 'e2');
  db.transaction(() => replaceClusterEvents(db, [1, 2], [event('e1', 1, [mention('d1', 0), mention('d2', 5)])]))();
  assert.equal(currentEventId(db, 'e2'), 'e1');
  assert.deepEqual(storedEvents(db).map((e) => e.id), ['e1']);
  // the id comes back when its event does
  db.transaction(() => replaceClusterEvents(db, [1, 2], [event('e1', 1, [mention('d1', 0)]), event('e2', 2, [mention('d2', 5)])]))();
  assert.equal(currentEventId(db, 'e2'), 'e2');
});
