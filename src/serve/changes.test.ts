// /api/changes on a running server: "hello" with the counts at once, "changed" with the new
// counts after another process's ingest commits, and nothing while nothing changes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { example, tempDir } from '../testing/fixtures.js';
import { closeDatabase, openDatabase } from '../store/db.js';
import { ingest } from '../pipeline/ingest.js';
import { startServer } from './server.js';
import { StoreChanges } from './changes.js';
import { SqliteReader } from '../store/reader.js';
import { LATER_ARTICLE } from '../testing/web-store.js';

/** Reads server-sent events from a response body: the next event of a name, within ms. */
function reader(body: ReadableStream<Uint8Array>) {
  const it = body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  // (a read that lost its race to the timeout is kept for the next call: its chunk must not be lost)
  let pending: ReturnType<typeof it.read> | null = null;
  return async function next(name: string, ms: number): Promise<unknown> {
    const deadline = Date.now() + ms;
    for (;;) {
      const block = /(?:^|\n\n)(event: (\w+)\ndata: (.*)\n(?:[^\n]+\n)*)\n/.exec(buffer);
      if (block) {
        buffer = buffer.slice(block.index + block[0].length);
        if (block[2] === name) return JSON.parse(block[3]!);
        continue;
      }
      const left = deadline - Date.now();
      if (left <= 0) return null;
      pending ??= it.read();
      const chunk = await Promise.race([pending, new Promise<null>((r) => setTimeout(() => r(null), left))]);
      if (!chunk) return null;
      pending = null;
      if (chunk.done) return null;
      buffer += decoder.decode(chunk.value, { stream: true });
    }
  };
}

test('an open page hears of each ingest into the store it shows', async () => {
  const dir = tempDir();
  const path = join(dir, 'live.sqlite');
  const db = openDatabase(path);
  await ingest(db, [example('2025-03-21_afp_treffen-istanbul.txt')]);
  closeDatabase(db);
  const served = await startServer({ db: path, port: 0, host: '127.0.0.1', log: () => {} });
  const abort = new AbortController();
  try {
    const res = await fetch(new URL('/api/changes', served.url), { signal: abort.signal });
    assert.match(res.headers.get('content-type') ?? '', /text\/event-stream/);
    const next = reader(res.body!);
    const hello = await next('hello', 5000) as { documents: number; events: number };
    assert.equal(hello.documents, 1);
    assert.equal(await next('changed', 2500), null, 'nothing changed, nothing is sent');
    writeFileSync(join(dir, 'wien.txt'), LATER_ARTICLE);
    const writer = openDatabase(path);
    await ingest(writer, [join(dir, 'wien.txt')]);
    closeDatabase(writer);
    const changed = await next('changed', 6000) as { documents: number; events: number };
    assert.equal(changed.documents, 2);
    assert.ok(changed.events > hello.events, 'the new article\'s events are counted');
  } finally {
    abort.abort();
    await served.close();
  }
});

test('the store is read while someone listens, each listener hears each commit once, and nothing is left when they go', async () => {
  const path = join(tempDir(), 'changes.sqlite');
  const writer = openDatabase(path);
  const reader = openDatabase(path, { readonly: true });
  try {
    const changes = new StoreChanges(new SqliteReader(reader), 20);
    const heard: number[][] = [[], []];
    const stops = heard.map((h) => changes.listen((c) => h.push(c.documents)));
    assert.equal(changes.listening, 2);
    writer.prepare("INSERT INTO feeds (url, failures) VALUES ('https://ticker.example/a.rss', 0)").run();
    await new Promise((r) => setTimeout(r, 120));
    assert.deepEqual(heard, [[0], [0]]);
    stops.forEach((stop) => stop());
    assert.equal(changes.listening, 0);
    writer.prepare("INSERT INTO feeds (url, failures) VALUES ('https://ticker.example/b.rss', 0)").run();
    await new Promise((r) => setTimeout(r, 120));
    assert.deepEqual(heard, [[0], [0]], 'no one hears after stopping');
  } finally {
    reader.close();
    closeDatabase(writer);
  }
});
