// Prepares documents in order, either in worker threads or, with 0 workers, in this
// thread. Results come back in the order they were submitted, so duplicate decisions do
// not depend on thread timing.
import { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import type { Document, RawDocument } from '../document/types.js';
import { fingerprint, type Fingerprint } from '../dedupe/fingerprint.js';
import { DEFAULT_ANALYSIS_LIMITS, defaultAnalyzer, longText, makeAnalyzer, prepareDocument, type AnalysisLimits, type Analyzer } from './prepare.js';
import { loadKnowledgeBase } from '../actors/kb.js';
import { sharedTables } from '../lexicon/table.js';

export type Prepared = { ok: true; doc: Document; fp: Fingerprint; ms: number } | { ok: false; error: string; ms: number };

/** Workers by default: one per core (the main thread mostly waits on SQLite meanwhile). */
export function defaultWorkers(): number {
  return envWorkers() ?? Math.min(4, availableParallelism());
}

/** LAGEBILD_WORKERS when it is a whole number ≥ 0, else null. */
function envWorkers(): number | null {
  const env = Number(process.env.LAGEBILD_WORKERS);
  return process.env.LAGEBILD_WORKERS && Number.isInteger(env) && env >= 0 ? env : null;
}

/**
 * Inputs smaller than this are analysed in this thread. Every worker loads the language and
 * compiles the analysis afresh (cold, an article takes about twice as long as warm): on this
 * 2-core machine 100 new articles (0.5 MB) took 5.2–5.7 s with two workers and 3.7 s
 * without, 300 (1.4 MB) were even, 600 (2.8 MB) 10 % faster with workers (BENCHMARKS.md,
 * eighth session).
 */
export const IN_THREAD_BYTES = 1024 * 1024;

/**
 * Workers for an ingest of `bytes` of files: none for a small one. An input read from the
 * network (`feeds`) has no size before it is read, so it goes to the workers as before;
 * LAGEBILD_WORKERS, when it is a number, decides either way.
 */
export function workersFor(bytes: number, feeds = false): number {
  return envWorkers() ?? (bytes < IN_THREAD_BYTES && !feeds ? 0 : defaultWorkers());
}

/**
 * Each worker's heap: V8 left to itself lets a worker's young generation and old garbage grow
 * until two workers and the writer pass 800 MB at 20,000 articles. With these bounds (and the
 * store's 32 MB page cache) the 20,000-article ingest peaks at 497 MB (BENCHMARKS.md, issue 17).
 * A worker is sent at most the analysed part of a text (256 KB by default), which fits; the
 * whole of a long text stays in this thread (the 19 MB fault test).
 */
const WORKER_HEAP = { maxOldGenerationSizeMb: 96, maxYoungGenerationSizeMb: 8 };

/** A document sent to a worker: `done` takes the worker's answer (restoring a long text), `settle` the finished result. */
interface Job { raw: RawDocument; done: (p: Prepared) => void; settle: (p: Prepared) => void }

export class PreparePool {
  private workers: Array<Worker | null> = [];
  /** Per worker: the jobs sent to it and not answered yet, in the order sent. */
  private waiting: Array<Map<number, Job>> = [];
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
    // (on a fresh or read-only install the workers build the word tables from the dictionaries
    // first, which does not fit the bound: that run's workers get V8's default heap)
    // (the word tables are read once here and shared: every worker held its own copy before)
    const tables = sharedTables();
    const heap = tables ? WORKER_HEAP : undefined;
    for (let i = 0; i < this.size; i++) {
      const w = new Worker(this.script, { workerData: { actorFiles: this.actorFiles, speakerModel: this.speakerModel, limits: this.limits, tables }, resourceLimits: heap });
      const jobs = new Map<number, Job>();
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
        // (resubmitted whole: the new answer is restored there, so it settles the caller's promise as it is)
        for (const job of queued) void this.submit(job.raw).then(job.settle);
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
    // (a long text's analysed part goes to the worker; the whole text comes back here, with its fingerprint)
    // (a malformed one goes as it is: the worker answers with its error)
    const { analysed, long, restore } = typeof raw.text === 'string' ? longText(raw, this.limits) : { analysed: raw, long: false, restore: (d: Document) => d };
    return new Promise((resolve) => {
      const done = (p: Prepared) => {
        if (!p.ok || !long) return resolve(p);
        const doc = restore(p.doc);
        resolve({ ...p, doc, fp: fingerprint(doc) });
      };
      this.waiting[index]!.set(seq, { raw, done, settle: resolve });
      this.workers[index]!.postMessage({ seq, raw: analysed });
    });
  }

  async close(): Promise<void> {
    const workers = this.workers.filter((w): w is Worker => w !== null);
    this.workers = this.workers.map(() => null);
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
