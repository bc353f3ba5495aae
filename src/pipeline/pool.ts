// Prepares documents in order, either in worker threads or, with 0 workers, in this
// thread. Results come back in the order they were submitted, so duplicate decisions do
// not depend on thread timing.
import { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import type { Document, RawDocument } from '../document/types.js';
import { fingerprint, type Fingerprint } from '../dedupe/fingerprint.js';
import { prepareDocument } from './prepare.js';

export type Prepared = { ok: true; doc: Document; fp: Fingerprint; ms: number } | { ok: false; error: string; ms: number };

/** Workers by default: one per core (the main thread mostly waits on SQLite meanwhile). */
export function defaultWorkers(): number {
  const env = Number(process.env.LAGEBILD_WORKERS);
  return Number.isInteger(env) && env >= 0 ? env : Math.min(4, availableParallelism());
}

export class PreparePool {
  private workers: Worker[] = [];
  private waiting = new Map<number, (p: Prepared) => void>();
  private next = 0;
  private failure: Error | null = null;

  constructor(private readonly size: number) {}

  private start(): void {
    for (let i = 0; i < this.size; i++) {
      const w = new Worker(new URL('./prepare-worker.js', import.meta.url));
      w.on('message', (m: { seq: number; doc?: Document; fp?: Fingerprint; error?: string; ms: number }) => {
        const done = this.waiting.get(m.seq)!;
        this.waiting.delete(m.seq);
        done(m.error !== undefined ? { ok: false, error: m.error, ms: m.ms } : { ok: true, doc: m.doc!, fp: m.fp!, ms: m.ms });
      });
      w.on('error', (e) => { this.failure = e; for (const done of this.waiting.values()) done({ ok: false, error: `worker failed: ${e.message}`, ms: 0 }); this.waiting.clear(); });
      this.workers.push(w);
    }
  }

  submit(raw: RawDocument): Promise<Prepared> {
    if (this.size === 0) {
      const t = performance.now();
      try {
        const doc = prepareDocument(raw);
        return Promise.resolve({ ok: true, doc, fp: fingerprint(doc), ms: performance.now() - t });
      } catch (e) {
        return Promise.resolve({ ok: false, error: (e as Error).message, ms: performance.now() - t });
      }
    }
    if (this.failure) throw this.failure;
    if (!this.workers.length) this.start();
    const seq = this.next++;
    return new Promise((resolve) => {
      this.waiting.set(seq, resolve);
      this.workers[seq % this.size]!.postMessage({ seq, raw });
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
    this.workers = [];
  }
}
