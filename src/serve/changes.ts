// GET /api/changes: server-sent events that tell an open page when the store changed (an ingest
// or `lagebild watch` committed), so the picture updates without a reload. One timer for all
// listeners reads PRAGMA data_version, which changes when another connection commits; it runs
// only while someone listens.
import type { Context } from 'hono';
import { streamSSE } from 'hono/streaming';
import type { DB } from '../store/db.js';

export interface StoreCounts { documents: number; events: number }

type Listener = (counts: StoreCounts) => void;

export class StoreChanges {
  private readonly listeners = new Set<Listener>();
  private timer: NodeJS.Timeout | null = null;
  private version = 0;

  constructor(private readonly db: DB, private readonly intervalMs = 2000) {}

  counts(): StoreCounts {
    const n = (sql: string) => (this.db.prepare(sql).get() as { n: number }).n;
    return { documents: n('SELECT count(*) n FROM documents'), events: n('SELECT count(*) n FROM events') };
  }

  /** Calls `listener` after each change; the returned function stops that. */
  listen(listener: Listener): () => void {
    if (!this.listeners.size) {
      this.version = this.dataVersion();
      this.timer = setInterval(() => this.check(), this.intervalMs);
      this.timer.unref();
    }
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
      if (!this.listeners.size && this.timer) { clearInterval(this.timer); this.timer = null; }
    };
  }

  private dataVersion(): number {
    return this.db.pragma('data_version', { simple: true }) as number;
  }

  private check(): void {
    const v = this.dataVersion();
    if (v === this.version) return;
    this.version = v;
    const counts = this.counts();
    for (const l of this.listeners) l(counts);
  }
}

/** The event stream: "hello" with the counts at once, "changed" with the new counts after each change. */
export function changesStream(changes: StoreChanges) {
  return (c: Context) => streamSSE(c, async (stream) => {
    await stream.writeSSE({ event: 'hello', data: JSON.stringify(changes.counts()), retry: 5000 });
    let wake: (() => void) | null = null;
    const queue: StoreCounts[] = [];
    const stop = changes.listen((counts) => { queue.push(counts); wake?.(); });
    stream.onAbort(() => { stop(); wake?.(); });
    try {
      while (!stream.aborted) {
        const counts = queue.splice(0).at(-1);
        if (counts) await stream.writeSSE({ event: 'changed', data: JSON.stringify(counts) });
        // a comment now and then keeps proxies from closing an idle connection
        else await stream.write(': still here\n\n');
        if (!queue.length && !stream.aborted) await new Promise<void>((resolve) => { wake = resolve; setTimeout(resolve, 25_000).unref(); });
        wake = null;
      }
    } finally {
      stop();
    }
  });
}
