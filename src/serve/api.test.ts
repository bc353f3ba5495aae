// The JSON API and the pages without a browser (Hono's app.request): every endpoint answers,
// every bad parameter is a 400 with a message, cursors walk every list once, article text is
// escaped in every page, security headers are set, the OpenAPI document lists every path.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Hono } from 'hono';
import { webStore } from '../testing/web-store.js';
import { openDatabase, type DB } from '../store/db.js';
import { createApp } from './app.js';
import { SqliteReader, stem } from '../store/reader.js';

let db: DB;
let app: Hono;
let store: string;

before(async () => {
  store = await webStore();
  db = openDatabase(store, { readonly: true });
  app = createApp(new SqliteReader(db), () => {});
});
after(() => { db.close(); rmSync(dirname(store), { recursive: true, force: true }); });

async function get(path: string): Promise<{ status: number; body: any; text: string; headers: Headers }> {
  const res = await app.request(path);
  const text = await res.text();
  let body: unknown = null;
  try { body = JSON.parse(text); } catch { /* a page */ }
  return { status: res.status, body, text, headers: res.headers };
}

/** Every item of a list, page by page through its cursors. */
async function walk(path: string, limit: number): Promise<any[]> {
  const items: any[] = [];
  let cursor: string | null = null;
  for (let pages = 0; pages < 1000; pages++) {
    const sep = path.includes('?') ? '&' : '?';
    const r = await get(`${path}${sep}limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`);
    assert.equal(r.status, 200, `${path}: ${r.text}`);
    assert.ok(r.body.items.length <= limit);
    items.push(...r.body.items);
    cursor = r.body.next;
    if (!cursor) return items;
  }
  throw new Error(`${path} never ends`);
}

test('cursors walk every list exactly once', async () => {
  const count = (sql: string) => db.prepare<[], { n: number }>(sql).get()!.n;
  const events = await walk('/api/events', 7);
  assert.equal(events.length, count('SELECT count(*) n FROM events'));
  assert.equal(new Set(events.map((e) => e.id)).size, events.length, 'no event twice');
  // newest first, undated last
  const dates = events.map((e) => e.date ?? '');
  const dated = dates.filter(Boolean);
  assert.deepEqual(dated, [...dated].sort().reverse());
  assert.ok(dates.indexOf('') === -1 || dates.slice(dates.indexOf('')).every((d) => d === ''), 'undated events come last');
  const statements = await walk('/api/statements?all=true', 9);
  assert.equal(statements.length, count('SELECT sum(json_array_length(data)) n FROM statements'));
  assert.equal(new Set(statements.map((s) => s.id)).size, statements.length, 'no statement twice');
  const actors = await walk('/api/actors', 10);
  assert.equal(actors.length, count('SELECT count(DISTINCT actor) n FROM actor_mentions'));
  const cells = await walk('/api/positions', 3);
  assert.equal(new Set(cells.map((c) => `${c.actor.key}/${c.issue}`)).size, cells.length);
  const hits = await walk('/api/search?q=Putin', 4);
  assert.ok(hits.length > 4 && hits.every((h) => /putin/i.test(h.sentence)));
});

test('filters: type, actor, status, outlet, issue, date; statements by speaker and act', async () => {
  const requests = (await walk('/api/events?type=REQUEST', 50));
  assert.ok(requests.length > 0 && requests.every((e) => e.type === 'REQUEST'));
  const putin = await walk('/api/events?actor=wladimir-putin', 50);
  assert.ok(putin.length > 0 && putin.every((e) => [...e.actors, ...e.recipients].some((a: any) => a.key === 'wladimir-putin')));
  const byQid = await walk(`/api/events?actor=${putin[0].actors.concat(putin[0].recipients).find((a: any) => a.key === 'wladimir-putin').id}`, 50);
  assert.equal(byQid.length, putin.length, 'an actor by its exported id or by its key');
  const planned = await walk('/api/events?status=planned', 50);
  assert.ok(planned.every((e) => e.status === 'planned'));
  const disputed = await walk('/api/events?status=disputed', 50);
  assert.ok(disputed.length > 0 && disputed.every((e) => e.disputed));
  const afp = await walk('/api/events?outlet=AFP', 50);
  assert.ok(afp.length > 0 && afp.every((e) => e.outlets.includes('AFP')));
  const ceasefire = await walk('/api/events?issue=ceasefire', 50);
  assert.ok(ceasefire.length > 0 && ceasefire.every((e) => e.issues.includes('ceasefire')));
  const may = await walk('/api/events?from=2025-05&to=2025-05', 50);
  // a month or year overlaps May when May starts with it
  assert.ok(may.length > 0 && may.every((e) => '2025-05'.startsWith(e.date.slice(0, 7))), may.map((e) => e.date).join(' '));
  const demands = await walk('/api/statements?act=demand', 50);
  assert.ok(demands.length > 0 && demands.every((s) => s.act === 'demand'));
  const kallas = await walk('/api/statements?speaker=kaja-kallas', 50);
  assert.ok(kallas.length > 0 && kallas.every((s) => s.speaker.key === 'kaja-kallas'));
  const words = await walk('/api/statements?q=Gespräche', 50);
  assert.ok(words.length > 0 && words.every((s) => /gespräch/i.test(s.quote)));
});

test('a bad parameter is a 400 with a message that names it, never a stack trace', async () => {
  const bad = ['/api/events?limit=0', '/api/events?limit=abc', '/api/events?limit=100000', '/api/events?from=2025-13', '/api/events?from=2025-02-30',
    '/api/events?to=gestern', '/api/events?type=FOO', '/api/events?status=maybe', '/api/events?issue=weather', '/api/events?actor=nobody-at-all',
    '/api/events?cursor=xyz', `/api/events?cursor=${Buffer.from('{"d":1}').toString('base64url')}`, '/api/events?bogus=1',
    '/api/statements?act=shout', '/api/statements?speaker=%00', '/api/statements?q=%22Merz', '/api/actors?kind=alien', '/api/search', '/api/search?q=%22',
    '/api/search?q=' + 'x'.repeat(400), '/api/export?kind=documents', '/api/export?format=xml', '/api/export?kind=actors&format=plover',
    '/api/positions?issue=x', '/api/health?x=1', '/api/events/x?y=1'];
  for (const path of bad) {
    const r = await get(path);
    assert.equal(r.status, 400, `${path} → ${r.status} ${r.text}`);
    assert.equal(typeof r.body?.error, 'string', `${path}: a JSON message`);
    assert.doesNotMatch(r.text, /\bat \S+ \(|\.js:\d+/, `${path}: no stack trace`);
  }
  assert.match((await get('/api/events?type=FOO')).body.error, /parameter "type" must be one of AGREE/);
  for (const path of ['/api/events/nope', '/api/documents/nope', '/api/actors/nope', '/api/nothing']) assert.equal((await get(path)).status, 404, path);
  const page = await get('/?type=FOO');
  assert.equal(page.status, 400);
  assert.match(page.text, /parameter &quot;type&quot; must be one of/);
});

test('details: an event with its reports, a document with annotations that slice its text, an actor', async () => {
  const [first] = (await get('/api/events?limit=1')).body.items;
  const event = (await get(`/api/events/${first.id}`)).body;
  assert.equal(event.record.id, first.id);
  assert.ok(event.reports.length >= 1 && event.reports.every((r: any) => typeof r.text === 'string' && r.id));
  const doc = (await get(`/api/documents/${event.reports[0].id}`)).body;
  assert.ok(doc.annotations.length > 0);
  for (const a of doc.annotations) assert.ok(a.span[0] >= 0 && a.span[1] <= doc.document.text.length && a.span[0] < a.span[1]);
  const evidence = doc.annotations.find((a: any) => a.kind === 'event' && a.record === first.id);
  assert.ok(evidence, 'the event is among the document\'s annotations');
  assert.equal(doc.document.text.slice(...evidence.span), event.reports[0].text);
  const actor = (await get('/api/actors/wladimir-putin')).body;
  assert.equal(actor.actor.name, 'Wladimir Putin');
  assert.ok(actor.did.length + actor.done.length > 0);
});

test('announced → happened: the link is on both events', async () => {
  const events = await walk('/api/events', 50);
  const linked = [];
  for (const e of events) {
    const d = (await get(`/api/events/${e.id}`)).body;
    if (d.fulfilledBy) linked.push([d.summary.id, d.fulfilledBy.id]);
  }
  assert.ok(linked.length > 0, 'the examples hold an announcement and its fulfilment');
  for (const [announcement, act] of linked) assert.equal((await get(`/api/events/${act}`)).body.announcedBy?.id, announcement);
});

test('every page escapes article text, and carries the security headers', async () => {
  const hostile = (await get('/api/search?q=diesem%20Link')).body.items[0].document.id;
  const jsonl = (await get('/api/search?q=Selenskyj%20Macron%20Samstag')).body.items[0].document.id;
  for (const path of ['/', '/statements', '/actors', '/positions', '/network', '/search?q=Putin', `/documents/${hostile}`, `/documents/${jsonl}`,
    '/?outlet=' + encodeURIComponent('<script>window.__pwned="outlet"</script>Feindblatt')]) {
    const r = await get(path);
    assert.equal(r.status, 200, path);
    assert.doesNotMatch(r.text, /<script>window|<img src=x|<svg onload|href="javascript:|<\/script><script>/i, `${path}: raw markup from article text`);
    const csp = r.headers.get('content-security-policy') ?? '';
    assert.match(csp, /script-src 'self'/);
    assert.doesNotMatch(csp, /unsafe-inline/);
    assert.match(csp, /frame-ancestors 'none'/);
    assert.equal(r.headers.get('x-content-type-options'), 'nosniff');
    assert.equal(r.headers.get('referrer-policy'), 'no-referrer');
  }
  const article = (await get(`/documents/${hostile}`)).text;
  assert.match(article, /&lt;script&gt;window.__pwned/);
  const api = (await get(`/api/documents/${jsonl}`)).body;
  assert.equal(api.document.url, null, 'a javascript: address is no link');
});

test('openapi.json is valid JSON and lists every API path', async () => {
  const spec = (await get('/api/openapi.json')).body;
  assert.equal(spec.openapi, '3.1.0');
  const documented = Object.keys(spec.paths).map((p) => p.replace(/\{(\w+)\}/g, ':$1')).sort();
  const routed = [...new Set(app.routes.filter((r) => r.path.startsWith('/api/') && r.method === 'GET').map((r) => r.path))].sort();
  assert.deepEqual(documented, routed);
});

test('exports through the API: csv, jsonl, json and plover', async () => {
  const csv = await get('/api/export?kind=events&format=csv');
  assert.match(csv.headers.get('content-type')!, /text\/csv/);
  assert.equal(csv.text.split('\r\n').filter(Boolean).length - 1 >= db.prepare<[], { n: number }>('SELECT count(*) n FROM events').get()!.n, true);
  const jsonl = (await get('/api/export?kind=statements&format=jsonl')).text.trim().split('\n').map((l) => JSON.parse(l));
  assert.ok(jsonl.every((s) => s.quote.text && s.id));
  const json = (await get('/api/export?kind=actors&format=json')).body;
  assert.ok(json.actors.length > 0);
  const plover = (await get('/api/export?kind=events&format=plover')).text.trim().split('\n').map((l) => JSON.parse(l));
  assert.ok(plover.every((e) => e.event_type && Array.isArray(e.actor) && Array.isArray(e.recipient) && Array.isArray(e.source)));
});

test('search words are cut to their stems', () => {
  assert.equal(stem('telefonieren'), stem('telefonierte'));
  assert.equal(stem('telefonieren'), 'telefon');
  assert.equal(stem('Gespräche'), stem('Gespräch'));
  assert.equal(stem('Gas'), 'gas', 'a short word stays whole');
  const { sql } = new SqliteReader(db);
  assert.equal(sql.fullText('f', { text: 'telefonieren Kreml', prefixes: true }).arg, '"telefon"* "kreml"*');
  assert.equal(sql.fullText('f', { text: '"exakt so"', prefixes: true }).arg, '"exakt so"', 'FTS5 syntax passes through');
});
