// The feeds table (migration 7): per watched address, the validators of its last answer and the
// errors in a row since its last success, so a restarted watcher goes on where it stopped. The
// watcher reads and writes it, and ingests, through a WatchStore of either engine.
import type { DB } from '../store/db.js';
import type { Validators } from '../read/bounded.js';
import { ingestInputs, ingestPostgres, type IngestOptions, type IngestSummary } from '../pipeline/ingest.js';
import type { Expanded } from '../read/inputs.js';
import type { PgClient } from '../store/postgres/client.js';
import { numbered } from '../store/postgres/reader.js';

export interface FeedState extends Validators {
  url: string;
  /** When the feed last answered (ISO time), or null. */
  checked: string | null;
  failures: number;
  error: string | null;
  /** After errors: when the next try is due (ISO time); null after a success. */
  next: string | null;
}

/** What the watcher needs of a store. */
export interface WatchStore {
  loadFeed(url: string): Promise<FeedState>;
  saveFeed(f: FeedState): Promise<void>;
  /** Ingests what a poll fetched and merges it into the picture. */
  ingest(expanded: Expanded, options: IngestOptions): Promise<IngestSummary>;
}

const LOAD = 'SELECT etag, last_modified AS "lastModified", checked, failures, error, next FROM feeds WHERE url = ?';
const SAVE = `INSERT INTO feeds (url, etag, last_modified, checked, failures, error, next) VALUES (?, ?, ?, ?, ?, ?, ?)
  ON CONFLICT (url) DO UPDATE SET etag = excluded.etag, last_modified = excluded.last_modified, checked = excluded.checked,
  failures = excluded.failures, error = excluded.error, next = excluded.next`;

const stateOf = (url: string, row: Omit<FeedState, 'url'> | undefined): FeedState =>
  ({ url, etag: null, lastModified: null, checked: null, failures: 0, error: null, next: null, ...row });
const values = (f: FeedState) => [f.url, f.etag ?? null, f.lastModified ?? null, f.checked, f.failures, f.error, f.next];

export function loadFeed(db: DB, url: string): FeedState {
  return stateOf(url, db.prepare(LOAD).get(url) as Omit<FeedState, 'url'> | undefined);
}

export function sqliteWatchStore(db: DB): WatchStore {
  return {
    loadFeed: async (url) => loadFeed(db, url),
    saveFeed: async (f) => { db.prepare(SAVE).run(...values(f)); },
    ingest: (expanded, options) => ingestInputs(db, expanded, options),
  };
}

export function postgresWatchStore(client: PgClient): WatchStore {
  return {
    loadFeed: async (url) => stateOf(url, (await client.query<Omit<FeedState, 'url'>>(numbered(LOAD), [url]))[0]),
    saveFeed: async (f) => { await client.query(numbered(SAVE), values(f)); },
    ingest: (expanded, options) => ingestPostgres(client, expanded, options),
  };
}
