// lagebild watch: feeds asked again and again, each with a conditional GET (nothing is
// downloaded while a feed is unchanged), its new articles ingested and merged as they come,
// errors waited out with a growing pause. The analysis stays warm between polls, so a poll
// with a few new articles costs what their analysis costs, not a cold start.
import type { DB } from '../store/db.js';
import type { Document } from '../document/types.js';
import { fetchBounded, HttpError } from '../read/bounded.js';
import { DEFAULT_READ_OPTIONS, fetchError } from '../read/index.js';
import { ingestInputs, type IngestOptions, type IngestSummary } from '../pipeline/ingest.js';
import type { AddResult } from '../store/documents.js';
import { loadFeed, saveFeed } from './feeds.js';
import { nextWait } from './schedule.js';

export interface NewArticle {
  feed: string; id: string; title: string | null; source: string; published: string | null;
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
}

/** One conditional GET of a feed; what it brought is ingested and merged, its validators kept only then. */
export async function pollFeed(db: DB, url: string, options: WatchOptions): Promise<PollResult> {
  const state = loadFeed(db, url);
  const checked = new Date().toISOString();
  try {
    const fetched = await fetchBounded(url, options.maxBytes ?? DEFAULT_READ_OPTIONS.maxBytes, options.fetchTimeoutMs ?? DEFAULT_READ_OPTIONS.fetchTimeoutMs, state);
    if (fetched.notModified) {
      saveFeed(db, { ...state, etag: fetched.etag, lastModified: fetched.lastModified, checked, failures: 0, error: null });
      return { feed: url, status: 'not-modified', articles: [], summary: null, waitMs: options.everyMs };
    }
    const articles: NewArticle[] = [];
    const problems: string[] = [];
    const summary = await ingestInputs(db, { inputs: [{ kind: 'url', url, display: url, fetched }], problems: [], ignored: 0 }, {
      read: { maxBytes: options.maxBytes }, actorFiles: options.actorFiles, speakerModel: options.speakerModel, limits: options.limits,
      onAdded: (doc, r) => articles.push(article(url, doc, r)),
      // (the feed itself unreadable is this poll's error; an item without text is only a warning)
      onProblem: (p) => { if (p.severity === 'error' && p.input === url) problems.push(p.reason); else options.onProblem?.(p); },
    });
    if (problems.length) throw new Error(problems.join('; '));
    saveFeed(db, { ...state, etag: fetched.etag, lastModified: fetched.lastModified, checked, failures: 0, error: null });
    return { feed: url, status: 'changed', articles, summary, waitMs: options.everyMs };
  } catch (e) {
    const reason = (e instanceof HttpError ? e : fetchError(e)).message;
    const failures = state.failures + 1;
    saveFeed(db, { ...state, checked, failures, error: reason });
    return { feed: url, status: 'error', reason, failures, waitMs: nextWait(options.everyMs, failures, e instanceof HttpError ? e.retryAfterMs : null) };
  }
}

function article(feed: string, doc: Document, r: AddResult): NewArticle {
  return { feed, id: r.id, title: doc.title, source: doc.source, published: doc.published, duplicateOf: r.duplicateOf, versionOf: r.versionOf };
}

/** Polls each feed when it is due until the signal aborts (or once each with `once`). */
export async function watchFeeds(db: DB, urls: readonly string[], options: WatchOptions): Promise<void> {
  const due = new Map(urls.map((u) => [u, 0]));
  for (;;) {
    for (const url of urls) {
      if (options.signal?.aborted) return;
      if (due.get(url)! > Date.now()) continue;
      const result = await pollFeed(db, url, options);
      options.onResult?.(result);
      due.set(url, Date.now() + result.waitMs);
    }
    if (options.once || options.signal?.aborted) return;
    await sleep(Math.max(0, Math.min(...due.values()) - Date.now()), options.signal);
  }
}

/** Waits, or less when the signal aborts. */
function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    function done() { clearTimeout(timer); signal?.removeEventListener('abort', done); resolve(); }
    signal?.addEventListener('abort', done, { once: true });
  });
}
