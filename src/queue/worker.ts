// `lagebild worker`: takes ingest jobs from the queue of a PostgreSQL store, analyses their
// documents on this machine's cores and stores them (a batch per job, under the store's write
// lock), then merges what is new (under the merge lock). Any number run side by side, on any
// machine; a job is marked done only after its documents are committed, so a job of a worker
// that dies is done again by another, and the store finds its documents stored already.
import type PgBoss from 'pg-boss';
import { setTimeout as sleep } from 'node:timers/promises';

/** Jobs a worker holds at once. */
const JOBS_IN_HAND = 2;
import type { InputProblem } from '../document/types.js';
import { documentId } from '../document/ids.js';
import { lazyKnowledgeBase } from '../actors/kb.js';
import { defaultWorkers, PreparePool } from '../pipeline/pool.js';
import type { AnalysisLimits } from '../pipeline/prepare.js';
import type { WriteItem } from '../store/ingest-store.js';
import type { PgClient } from '../store/postgres/client.js';
import { PgIngestStore, storedStates } from '../store/postgres/documents.js';
import { mergePendingPg } from '../store/postgres/merge.js';
import { INGEST_QUEUE, openJobs, openQueue, type IngestJob } from './queue.js';

export interface WorkerOptions {
  /** Threads analysing documents (default: one per core). */
  threads?: number;
  actorFiles?: string[];
  speakerModel?: string | null;
  limits?: AnalysisLimits;
  /** Stop once no job is waiting, retried or being worked on (a batch load); else run until `signal`. */
  untilEmpty?: boolean;
  signal?: AbortSignal;
  onJob?: (report: JobReport) => void;
  onProblem?: (p: InputProblem) => void;
}

export interface JobReport {
  job: string; documents: number; added: number; unchanged: number; reanalysed: number; duplicates: number; failed: number;
  /** Wall seconds in all, and in the analysis and the write. */
  seconds: number; analyseSeconds: number; writeSeconds: number;
}

export interface WorkerSummary {
  jobs: number; documents: number; added: number; failed: number;
  /** Attempts at a job that failed here (the job is done again, here or elsewhere, up to five times). */
  failedJobs: number;
  seconds: number;
}

/** One job: what is not stored (or stored by an older analysis) is analysed and written in one transaction (merged after it, outside the job). */
async function doJob(client: PgClient, store: PgIngestStore, pool: PreparePool, id: string, { docs }: IngestJob, onProblem?: (p: InputProblem) => void): Promise<JobReport> {
  const started = performance.now();
  const report: JobReport = { job: id, documents: docs.length, added: 0, unchanged: 0, reanalysed: 0, duplicates: 0, failed: 0, seconds: 0, analyseSeconds: 0, writeSeconds: 0 };
  const lap = (() => { let t = started; return () => { const now = performance.now(); const s = (now - t) / 1000; t = now; return +s.toFixed(3); }; })();
  const ids = docs.map((d) => documentId(d.raw.source, d.raw.text));
  const states = await storedStates(client, ids);
  const todo = docs.filter((_, k) => states.get(ids[k]!) !== 'current');
  report.unchanged = docs.length - todo.length;
  const prepared = await Promise.all(todo.map((d) => pool.submit(d.raw)));
  report.analyseSeconds = lap();
  const items: WriteItem[] = [];
  prepared.forEach((p, k) => {
    const label = todo[k]!.label;
    if (!p.ok) { report.failed++; onProblem?.({ input: label, reason: `could not be processed (${p.error})`, severity: 'error' }); return; }
    for (const w of p.doc.warnings) onProblem?.({ input: label, reason: w, severity: 'warning' });
    items.push({ doc: p.doc, fp: p.fp, again: states.get(p.doc.id) === 'stale' });
  });
  const results = await store.write(items, []);
  report.writeSeconds = lap();
  for (const r of results) {
    if (r === null) report.reanalysed++;
    else if (r.status === 'added') { report.added++; if (r.duplicateOf) report.duplicates++; } else report.unchanged++;
  }
  report.seconds = (performance.now() - started) / 1000;
  return report;
}

export async function runWorker(client: PgClient, location: string, options: WorkerOptions = {}): Promise<WorkerSummary> {
  const started = performance.now();
  const kb = lazyKnowledgeBase(options.actorFiles ?? []);
  const store = new PgIngestStore(client, kb);
  const pool = new PreparePool(options.threads ?? defaultWorkers(), undefined, options.actorFiles ?? [], options.speakerModel ?? null, options.limits);
  const summary: WorkerSummary = { jobs: 0, documents: 0, added: 0, failed: 0, failedJobs: 0, seconds: 0 };
  // the merge runs beside the jobs, one at a time in this process (and under the merge lock across
  // all): a job ends once its documents are committed, so a long merge never makes it expire
  let merging: Promise<void> = Promise.resolve();
  let mergeWanted = false;
  const mergeSoon = () => {
    if (mergeWanted) return;
    mergeWanted = true;
    merging = merging.then(async () => {
      mergeWanted = false;
      await mergePendingPg(client, kb);
    }).catch((e: unknown) => options.onProblem?.({ input: 'merge', reason: `failed, to be done by the next one: ${(e as Error).message}`, severity: 'error' }));
  };
  let boss: PgBoss | null = null;
  try {
    boss = await openQueue(client, location);
    // two jobs in hand: one is written and merged (waiting on the database) while the other is analysed
    let busy = 0;
    const handle = async ([job]: Array<PgBoss.Job<IngestJob>>) => {
      busy++;
      try {
        const report = await doJob(client, store, pool, job!.id, job!.data, options.onProblem).catch((e: unknown) => {
          summary.failedJobs++;
          options.onProblem?.({ input: `job ${job!.id}`, reason: `failed, to be done again: ${(e as Error).message}`, severity: 'error' });
          throw e;
        });
        mergeSoon();
        summary.jobs++; summary.documents += report.documents; summary.added += report.added; summary.failed += report.failed;
        options.onJob?.(report);
      } finally {
        busy--;
      }
    };
    for (let k = 0; k < JOBS_IN_HAND; k++) await boss.work<IngestJob>(INGEST_QUEUE, { batchSize: 1, pollingIntervalSeconds: 1 }, handle);
    await until(async () => options.signal?.aborted || (!!options.untilEmpty && busy === 0 && !mergeWanted && await openJobs(boss!) === 0), options.signal);
  } finally {
    // (graceful: the jobs in hand are finished and marked done first, however long they take)
    await boss?.stop({ graceful: true, wait: true, timeout: 3_600_000 });
    await merging;
    await pool.close();
  }
  summary.seconds = (performance.now() - started) / 1000;
  return summary;
}

/** Resolves once `done` says so, asked every second (at once when the signal aborts). */
async function until(done: () => Promise<boolean>, signal?: AbortSignal): Promise<void> {
  while (!(await done())) await sleep(1000, undefined, { signal }).catch(() => undefined);
}
