// GET /api/changes: server-sent events that tell an open page when the store changed (an ingest
// or `lagebild watch` committed), so the picture updates without a reload. One timer for all
// listeners reads PRAGMA data_version, which changes when another connection commits; it runs
// only while someone listens.
import type { Context } from 'hono';
import { streamSSE } from 'hono/streaming';
import { setTimeout as wait } from 'node:timers/promises';
import type { Reader } from '../store/reader.js';
import { storeCounts } from './queries/common.js';

export interface StoreCounts { documents: number; events: number }

type Listener = (counts: StoreCounts) => void;

export class StoreChanges {
  private readonly listeners = new Set<Listener>();
  private timer: NodeJS.Timeout | null = null;
  private version = '';
  private checking = false;
  /** The version the first listener started from: read before its page says hello. */
  ready: Promise<void> = Promise.resolve();

  constructor(private readonly db: Reader, private readonly intervalMs = 2000) {}

  /** How many listen now (the timer runs only while one does). */
  get listening(): number { return this.listeners.size; }

  counts(): Promise<StoreCounts> {
    return storeCounts(this.db);
  }

  /** Calls `listener` after each change; the returned function stops that. */
  listen(listener: Listener): () => void {
    if (!this.listeners.size) {
      this.version = '';
      this.ready = this.db.version().then((v) => { if (!this.version) this.version = v; }, () => undefined);
      this.timer = setInterval(() => void this.check(), this.intervalMs);
      this.timer.unref();
    }
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
      if (!this.listeners.size && this.timer) { clearInterval(this.timer); this.timer = null; }
    };
  }

  private async check(): Promise<void> {
    if (this.checking) return;
    this.checking = true;
    let counts: StoreCounts;
    try {
      const v = await this.db.version();
      if (v === this.version) return;
      this.version = v;
      counts = await this.counts();
    } catch {
      return; // (the store busy or closing: the next tick asks again; a timer's error would end the server)
    } finally {
      this.checking = false;
    }
    for (const l of this.listeners) l(counts);
  }
}

/**
 * The event stream: "hello" with the counts at once, "changed" with the new counts after each
 * change. It listens before it says hello, so no commit falls between the two; a page compares
 * the hello's counts with its own (commits since it was rendered, or while it reconnected).
 */
export function changesStream(changes: StoreChanges) {
  return (c: Context) => streamSSE(c, async (stream) => {
    let wake: AbortController | null = null;
    const queue: StoreCounts[] = [];
    const stop = changes.listen((counts) => { queue.push(counts); wake?.abort(); });
    stream.onAbort(() => { stop(); wake?.abort(); });
    try {
      // (the counts after the version the changes are measured from: a commit between the two is heard)
      await changes.ready;
      await stream.writeSSE({ event: 'hello', data: JSON.stringify(await changes.counts()), retry: 5000 });
      while (!stream.aborted) {
        const counts = queue.splice(0).at(-1);
        if (counts) await stream.writeSSE({ event: 'changed', data: JSON.stringify(counts) });
        // a comment now and then keeps proxies from closing an idle connection
        else await stream.write(': still here\n\n');
        // (until the next change, at most 25 s; the timer keeps no process alive)
        if (!queue.length && !stream.aborted) {
          wake = new AbortController();
          await wait(25_000, undefined, { signal: wake.signal, ref: false }).catch(() => undefined);
        }
        wake = null;
      }
    } finally {
      stop();
    }
  });
}
