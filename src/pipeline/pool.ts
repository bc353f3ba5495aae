// Prepares documents in order, either in worker threads or, with 0 workers, in this
// thread. Results come back in the order they were submitted, so duplicate decisions do
// not depend on thread timing.
import { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import type { Document, RawDocument } from '../document/types.js';
import { fingerprint, type Fingerprint } from '../dedupe/fingerprint.js';
import { DEFAULT_ANALYSIS_LIMITS, defaultAnalyzer, makeAnalyzer, prepareDocument, type AnalysisLimits, type Analyzer } from './prepare.js';
import { loadKnowledgeBase } from '../actors/kb.js';

export type Prepared = { ok: true; doc: Document; fp: Fingerprint; ms: number } | { ok: false; error: string; ms: number };

/** Workers by default: one per core (the main thread mostly waits on SQLite meanwhile). */
export function defaultWorkers(): number {
  const env = Number(process.env.LAGEBILD_WORKERS);
  return Number.isInteger(env) && env >= 0 ? env : Math.min(4, availableParallelism());
}

/**
 * Each worker's heap: V8 left to itself lets a worker's young generation and old garbage grow
 * until two workers and the writer pass 800 MB at 20,000 articles; with these bounds the
 * ingest peaks at 575–583 MB from 20,000 to 100,000 articles (BENCHMARKS.md, issue 17). A
 * 256 KB text (the most one document's analysis reads) fits the old-generation bound (the
 * 8 MB fault test).
 */
const WORKER_HEAP = { maxOldGenerationSizeMb: 128, maxYoungGenerationSizeMb: 16 };

export class PreparePool {
  private workers: Array<Worker | null> = [];
  /** Per worker: the jobs sent to it and not answered yet, in the order sent. */
  private waiting: Array<Map<number, { raw: RawDocument; done: (p: Prepared) => void }>> = [];
  private next = 0;
  private started = false;

  /** `script` is replaceable for tests (a worker that crashes on purpose). */
  /** `actorFiles`: the user's actor files, read by every worker next to the bundled knowledge base. */
  constructor(private readonly size: number, private readonly script = new URL('./prepare-worker.js', import.meta.url),
    private readonly actorFiles: readonly string[] = [],
    /** A speaker model file every worker loads with its language (none: the rules' speakers). */
    private readonly speakerModel: string | null = null,
    /** Bounds on each document's analysis. */
    private readonly limits: AnalysisLimits = DEFAULT_ANALYSIS_LIMITS) {}

  private analyzer: Analyzer | null = null;

  private start(): void {
    this.started = true;
    for (let i = 0; i < this.size; i++) {
      const w = new Worker(this.script, { workerData: { actorFiles: this.actorFiles, speakerModel: this.speakerModel, limits: this.limits }, resourceLimits: WORKER_HEAP });
      const jobs = new Map<number, { raw: RawDocument; done: (p: Prepared) => void }>();
      w.on('message', (m: { seq: number; doc?: Document; fp?: Fingerprint; error?: string; ms: number }) => {
        const job = jobs.get(m.seq);
        if (!job) return;
        jobs.delete(m.seq);
        job.done(m.error !== undefined ? { ok: false, error: m.error, ms: m.ms } : { ok: true, doc: m.doc!, fp: m.fp!, ms: m.ms });
      });
      // A worker works through its jobs in order, so the oldest unanswered one is the one it
      // died on: that document fails, the others queued behind it go to the remaining workers
      // (or this thread, when none is left).
      const lost = (why: string) => {
        this.workers[i] = null;
        const queued = [...jobs.values()];
        jobs.clear();
        queued.shift()?.done({ ok: false, error: `worker thread ${why} while preparing it`, ms: 0 });
        for (const job of queued) void this.submit(job.raw).then(job.done);
      };
      w.on('error', (e) => lost(`failed: ${e.message}`));
      w.on('exit', (code) => { if (this.workers[i]) lost(`exited (code ${code})`); });
      this.workers.push(w);
      this.waiting.push(jobs);
    }
  }

  private inThisThread(raw: RawDocument): Promise<Prepared> {
    const t = performance.now();
    try {
      this.analyzer ??= this.speakerModel ? makeAnalyzer({ speakerModel: this.speakerModel }) : defaultAnalyzer();
      const doc = prepareDocument(raw, loadKnowledgeBase(this.actorFiles), this.analyzer, this.limits);
      return Promise.resolve({ ok: true, doc, fp: fingerprint(doc), ms: performance.now() - t });
    } catch (e) {
      return Promise.resolve({ ok: false, error: (e as Error).message, ms: performance.now() - t });
    }
  }

  submit(raw: RawDocument): Promise<Prepared> {
    if (this.size === 0) return this.inThisThread(raw);
    if (!this.started) this.start();
    const alive = this.workers.map((w, i) => (w ? i : -1)).filter((i) => i >= 0);
    if (!alive.length) return this.inThisThread(raw);
    const seq = this.next++;
    const index = alive[seq % alive.length]!;
    return new Promise((resolve) => {
      this.waiting[index]!.set(seq, { raw, done: resolve });
      this.workers[index]!.postMessage({ seq, raw });
    });
  }

  async close(): Promise<void> {
    const workers = this.workers.filter((w): w is Worker => w !== null);
    this.workers = this.workers.map(() => null);
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
