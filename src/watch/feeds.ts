// The feeds table (migration 7): per watched address, the validators of its last answer and the
// errors in a row since its last success, so a restarted watcher goes on where it stopped.
import type { DB } from '../store/db.js';
import type { Validators } from '../read/bounded.js';

export interface FeedState extends Validators {
  url: string;
  /** When the feed last answered (ISO time), or null. */
  checked: string | null;
  failures: number;
  error: string | null;
  /** After errors: when the next try is due (ISO time); null after a success. */
  next: string | null;
}

export function loadFeed(db: DB, url: string): FeedState {
  const row = db.prepare('SELECT etag, last_modified AS lastModified, checked, failures, error, next FROM feeds WHERE url = ?').get(url) as Omit<FeedState, 'url'> | undefined;
  return { url, etag: null, lastModified: null, checked: null, failures: 0, error: null, next: null, ...row };
}

export function saveFeed(db: DB, f: FeedState): void {
  db.prepare(`INSERT INTO feeds (url, etag, last_modified, checked, failures, error, next) VALUES (?, ?, ?, ?, ?, ?, ?)
    ON CONFLICT (url) DO UPDATE SET etag = excluded.etag, last_modified = excluded.last_modified, checked = excluded.checked,
    failures = excluded.failures, error = excluded.error, next = excluded.next`)
    .run(f.url, f.etag ?? null, f.lastModified ?? null, f.checked, f.failures, f.error, f.next);
}
