// npm run bench -- --api [--articles N] [--seed S] [--store PATH|postgres://…] [--requests R] [--json]
// The API under load: a store of N benchmark articles (built once, then reused; a PostgreSQL
// store is taken as it is: fill it with `lagebild ingest --db postgres://…` first), the server in
// a child process (`lagebild serve`, as a user runs it), and per endpoint R requests one after
// the other after a warm-up, timed from request to the last byte. Prints p50/p95/max per endpoint.
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { statSync } from 'node:fs';
import { isPostgresLocation } from '../store/db.js';
import { openReader } from '../serve/server.js';
import { benchStore, defaultBenchStore } from './store.js';

interface Options { articles: number; seed: number; store?: string; requests: number; json: boolean }

const CLI = fileURLToPath(new URL('../cli/main.js', import.meta.url));
const say = (line: string) => process.stderr.write(line + '\n');

/** Starts `lagebild serve` on a free port; resolves with its address. */
function serve(store: string): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, [CLI, 'serve', '--db', store, '--port', '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /at (http:\/\/\S+\/)/.exec(out);
      if (m) resolve({ url: m[1]!, child });
    });
    child.once('exit', (code) => reject(new Error(`lagebild serve exited with ${code}`)));
  });
}

/** What the requests ask for: ids and words sampled from the store, so every request finds something. */
async function samples(store: string) {
  const db = await openReader(store);
  const ids = async (sql: string) => (await db.all<{ id: string }>(sql)).map((r) => r.id);
  try {
    return {
      events: await ids('SELECT id FROM events ORDER BY random() LIMIT 200'),
      documents: await ids('SELECT id FROM documents ORDER BY random() LIMIT 200'),
      // the most mentioned actors: the heaviest pages
      actors: await ids('SELECT actor id FROM actor_mentions GROUP BY actor ORDER BY sum(n) DESC LIMIT 20'),
      words: ['Waffenruhe', 'Sanktionen', 'telefonieren', 'Gefangene', 'Garantien', 'Luftabwehr', 'Wiederaufbau', 'Verhandlungen', 'Kontaktgruppe', 'Energie'],
    };
  } finally {
    await db.close();
  }
}

/** The store's size in MB: the file, or the PostgreSQL database. */
async function storeSize(store: string): Promise<number> {
  if (!isPostgresLocation(store)) return +(statSync(store).size / 1048576).toFixed(1);
  const db = await openReader(store);
  try {
    return +((await db.get<{ n: number }>('SELECT pg_database_size(current_database()) n'))!.n / 1048576).toFixed(1);
  } finally {
    await db.close();
  }
}

type Picker = (i: number) => string;

async function timed(url: string): Promise<number> {
  const t = performance.now();
  const res = await fetch(url);
  await res.arrayBuffer();
  if (res.status !== 200) throw new Error(`${url}: ${res.status}`);
  return performance.now() - t;
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;

/** The next-page cursors of the first pages of a list: requests deep in the list, too. */
async function cursors(base: string, path: string, pages: number): Promise<string[]> {
  const out: string[] = [];
  let next: string | null = null;
  for (let k = 0; k < pages; k++) {
    const body = await (await fetch(`${base}${path}${next ? `&cursor=${next}` : ''}`)).json() as { next: string | null };
    if (!body.next) break;
    out.push((next = body.next));
  }
  return out;
}

export async function benchApi(o: Options): Promise<void> {
  const store = o.store ?? defaultBenchStore(o.articles, o.seed);
  if (!isPostgresLocation(store)) await benchStore(store, o.articles, o.seed, say);
  const s = await samples(store);
  const { url, child } = await serve(store);
  const base = url.replace(/\/$/, '');
  try {
    const at = <T>(xs: T[], i: number) => xs[i % xs.length]!;
    const eventPages = await cursors(base, '/api/events?limit=50', 20);
    const statementPages = await cursors(base, '/api/statements?limit=50', 20);
    const endpoints: Array<[string, Picker | null]> = [
      ['GET /api/events (first pages)', () => '/api/events?limit=50'],
      ['GET /api/events (deeper pages, cursor)', eventPages.length ? (i) => `/api/events?limit=50&cursor=${at(eventPages, i)}` : null],
      ['GET /api/events?type=…', (i) => `/api/events?limit=50&type=${at(['CONSULT', 'REQUEST', 'AGREE', 'REJECT', 'THREATEN'], i)}`],
      ['GET /api/events?actor=…', (i) => `/api/events?limit=50&actor=${at(s.actors, i)}`],
      ['GET /api/events/:id', (i) => `/api/events/${at(s.events, i)}`],
      ['GET /api/statements', () => '/api/statements?limit=50'],
      ['GET /api/statements (deeper pages, cursor)', statementPages.length ? (i) => `/api/statements?limit=50&cursor=${at(statementPages, i)}` : null],
      ['GET /api/statements?speaker=…', (i) => `/api/statements?limit=50&speaker=${at(s.actors, i)}`],
      ['GET /api/actors', () => '/api/actors?limit=50'],
      ['GET /api/actors/:id', (i) => `/api/actors/${at(s.actors, i)}`],
      ['GET /api/documents/:id', (i) => `/api/documents/${at(s.documents, i)}`],
      ['GET /api/positions', () => '/api/positions?limit=50'],
      ['GET /api/search?q=…', (i) => `/api/search?limit=50&q=${encodeURIComponent(at(s.words, i))}`],
    ];
    const results: Array<{ endpoint: string; p50: number; p95: number; max: number; requests: number }> = [];
    for (const [name, pick] of endpoints) {
      if (!pick) continue; // a store too small to have a second page
      // warm-up: the first request after a start computes what the store state memoizes (actor list, positions)
      for (let i = 0; i < 5; i++) await timed(base + pick(i));
      const ms: number[] = [];
      for (let i = 0; i < o.requests; i++) ms.push(await timed(base + pick(i)));
      ms.sort((a, b) => a - b);
      const r = { endpoint: name, p50: +percentile(ms, 0.5).toFixed(1), p95: +percentile(ms, 0.95).toFixed(1), max: +ms.at(-1)!.toFixed(1), requests: ms.length };
      results.push(r);
      say(`${name.padEnd(44)} p50 ${String(r.p50).padStart(7)} ms   p95 ${String(r.p95).padStart(7)} ms   max ${String(r.max).padStart(7)} ms`);
    }
    const storeMB = await storeSize(store);
    say(`store: ${store.replace(/:[^:@/]*@/, ':***@')} (${storeMB} MB), ${o.requests} requests per endpoint after 5 warm-up requests, one at a time`);
    if (o.json) process.stdout.write(JSON.stringify({ articles: o.articles, storeMB, requests: o.requests, endpoints: results }) + '\n');
  } finally {
    child.kill('SIGTERM');
  }
}
