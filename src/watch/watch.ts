// lagebild watch: feeds asked again and again, each with a conditional GET (nothing is
// downloaded while a feed is unchanged), its new articles ingested and merged as they come,
// errors waited out with a growing pause. The analysis stays warm in this thread between polls
// (a poll under 1 MB is analysed here), so a few new articles cost their analysis, not a cold
// start; the store is opened for each poll and closed cleanly after it, so other commands find
// it closed between polls.
import { setTimeout as wait } from 'node:timers/promises';
import type { Document } from '../document/types.js';
import { fetchBounded, HttpError, type Fetched } from '../read/bounded.js';
import { InputError } from '../read/decode.js';
import { DEFAULT_READ_OPTIONS, fetchError } from '../read/index.js';
import type { IngestOptions, IngestSummary } from '../pipeline/ingest.js';
import type { AddResult } from '../store/documents.js';
import type { FeedState, WatchStore } from './feeds.js';
import { nextWait } from './schedule.js';

export interface NewArticle {
  feed: string; id: string; title: string | null; source: string; outlet: string | null; published: string | null;
  duplicateOf: string | null; versionOf: string | null;
}

export type PollResult =
  | { feed: string; status: 'changed' | 'not-modified'; articles: NewArticle[]; summary: IngestSummary | null; waitMs: number }
  | { feed: string; status: 'error'; reason: string; failures: number; waitMs: number };

export interface WatchOptions extends Pick<IngestOptions, 'actorFiles' | 'speakerModel' | 'limits' | 'onProblem'> {
  everyMs: number;
  maxBytes?: number;
  fetchTimeoutMs?: number;
  /** Each feed asked once, then return (for cron, and for tests). */
  once?: boolean;
  signal?: AbortSignal;
  onResult?: (r: PollResult) => void;
  /** A feed still waiting out its errors from an earlier run: polled first at `due`. */
  onDeferred?: (feed: string, due: Date, failures: number) => void;
}

/**
 * One conditional GET of a feed; what it brought is ingested and merged, its validators kept only
 * then. Only the feed's own failures (the fetch, an unreadable feed) count as its errors; a failure
 * of the store or the analysis ends the watch.
 */
export async function pollFeed(db: WatchStore, url: string, options: WatchOptions): Promise<PollResult> {
  const state = await db.loadFeed(url);
  const checked = new Date().toISOString();
  let fetched: Fetched;
  try {
    fetched = await fetchBounded(url, options.maxBytes ?? DEFAULT_READ_OPTIONS.maxBytes, options.fetchTimeoutMs ?? DEFAULT_READ_OPTIONS.fetchTimeoutMs, state);
  } catch (e) {
    return failed(db, state, checked, fetchError(e), options);
  }
  const articles: NewArticle[] = [];
  const problems: string[] = [];
  const summary = fetched.notModified ? null : await db.ingest({ inputs: [{ kind: 'url', url, display: url, fetched }], problems: [], ignored: 0 }, {
    actorFiles: options.actorFiles, speakerModel: options.speakerModel, limits: options.limits,
    onAdded: (doc, r) => articles.push(article(url, doc, r)),
    // (the feed itself unreadable is this poll's error; an item without text is only a warning)
    onProblem: (p) => { if (p.severity === 'error' && p.input === url) problems.push(p.reason); else options.onProblem?.(p); },
  });
  if (problems.length) return failed(db, state, checked, new InputError(problems.join('; ')), options);
  await db.saveFeed({ ...state, etag: fetched.etag, lastModified: fetched.lastModified, checked, failures: 0, error: null, next: null });
  return { feed: url, status: summary ? 'changed' : 'not-modified', articles, summary, waitMs: options.everyMs };
}

/** The feed's error: counted, and the next try put off by the doubled wait (or the server's Retry-After). */
async function failed(db: WatchStore, state: FeedState, checked: string, e: InputError, options: WatchOptions): Promise<PollResult> {
  const failures = state.failures + 1;
  const waitMs = nextWait(options.everyMs, failures, e instanceof HttpError ? e.retryAfterMs : null);
  await db.saveFeed({ ...state, checked, failures, error: e.message, next: new Date(Date.parse(checked) + waitMs).toISOString() });
  return { feed: state.url, status: 'error', reason: e.message, failures, waitMs };
}

function article(feed: string, doc: Document, r: AddResult): NewArticle {
  return { feed, id: r.id, title: doc.title, source: doc.source, outlet: doc.outlet ?? null, published: doc.published, duplicateOf: r.duplicateOf, versionOf: r.versionOf };
}

/** Runs `fn` with the store open (the command opens it for each poll and closes it after). */
export type WithStore = <T>(fn: (db: WatchStore) => Promise<T>) => Promise<T>;

/**
 * Polls each feed when it is due until the signal aborts (or once each with `once`). A feed that
 * was waiting out errors when the last watcher stopped is first asked when its wait is over.
 */
export async function watchFeeds(withDb: WithStore, urls: readonly string[], options: WatchOptions): Promise<void> {
  const due = new Map<string, number>();
  await withDb(async (db) => {
    for (const url of urls) {
      const f = await db.loadFeed(url);
      const at = f.next && !options.once ? Date.parse(f.next) : 0;
      due.set(url, at);
      if (at > Date.now()) options.onDeferred?.(url, new Date(at), f.failures);
    }
  });
  for (;;) {
    for (const url of urls) {
      if (options.signal?.aborted) return;
      if (due.get(url)! > Date.now()) continue;
      const result = await withDb((db) => pollFeed(db, url, options));
      options.onResult?.(result);
      due.set(url, Date.now() + result.waitMs);
    }
    if (options.once || options.signal?.aborted) return;
    await sleep(Math.max(0, Math.min(...due.values()) - Date.now()), options.signal);
  }
}

/** Waits, or less when the signal aborts. */
const sleep = (ms: number, signal?: AbortSignal): Promise<void> => wait(ms, undefined, { signal }).catch(() => undefined);
