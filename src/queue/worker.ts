// `lagebild worker`: takes ingest jobs from the queue of a PostgreSQL store, analyses their
// documents on this machine's cores and stores them (a batch per job, under the store's write
// lock), then merges what is new (under the merge lock). Any number run side by side, on any
// machine; a job is marked done only after its documents are committed, so a job of a worker
// that dies is done again by another, and the store finds its documents stored already.
import type PgBoss from 'pg-boss';
import type { InputProblem } from '../document/types.js';
import { documentId } from '../document/ids.js';
import { lazyKnowledgeBase, type KnowledgeBase } from '../actors/kb.js';
import { defaultWorkers, PreparePool } from '../pipeline/pool.js';
import type { AnalysisLimits } from '../pipeline/prepare.js';
import type { WriteItem } from '../store/ingest-store.js';
import type { PgClient } from '../store/postgres/client.js';
import { PgIngestStore } from '../store/postgres/documents.js';
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

export interface JobReport { job: string; documents: number; added: number; unchanged: number; reanalysed: number; duplicates: number; failed: number; seconds: number }

export interface WorkerSummary { jobs: number; documents: number; added: number; failed: number; seconds: number }

/** One job: what is not stored (or stored by an older analysis) is analysed and written in one transaction, then merged. */
async function doJob(client: PgClient, store: PgIngestStore, pool: PreparePool, kb: KnowledgeBase, id: string, { docs }: IngestJob, onProblem?: (p: InputProblem) => void): Promise<JobReport> {
  const started = performance.now();
  const report: JobReport = { job: id, documents: docs.length, added: 0, unchanged: 0, reanalysed: 0, duplicates: 0, failed: 0, seconds: 0 };
  const states = await store.states(docs.map((d) => documentId(d.raw.source, d.raw.text)));
  const todo = docs.filter((d) => states.get(documentId(d.raw.source, d.raw.text)) !== 'current');
  report.unchanged = docs.length - todo.length;
  const prepared = await Promise.all(todo.map((d) => pool.submit(d.raw)));
  const items: WriteItem[] = [];
  prepared.forEach((p, k) => {
    const label = todo[k]!.label;
    if (!p.ok) { report.failed++; onProblem?.({ input: label, reason: `could not be processed (${p.error})`, severity: 'error' }); return; }
    for (const w of p.doc.warnings) onProblem?.({ input: label, reason: w, severity: 'warning' });
    items.push({ doc: p.doc, fp: p.fp, again: states.get(p.doc.id) === 'stale' });
  });
  for (const r of await store.write(items, [])) {
    if (r === null) report.reanalysed++;
    else if (r.status === 'added') { report.added++; if (r.duplicateOf) report.duplicates++; } else report.unchanged++;
  }
  await mergePendingPg(client, kb);
  report.seconds = (performance.now() - started) / 1000;
  return report;
}

export async function runWorker(client: PgClient, location: string, options: WorkerOptions = {}): Promise<WorkerSummary> {
  const started = performance.now();
  const kb = lazyKnowledgeBase(options.actorFiles ?? []);
  const store = new PgIngestStore(client, kb);
  const pool = new PreparePool(options.threads ?? defaultWorkers(), undefined, options.actorFiles ?? [], options.speakerModel ?? null, options.limits);
  const summary: WorkerSummary = { jobs: 0, documents: 0, added: 0, failed: 0, seconds: 0 };
  let boss: PgBoss | null = null;
  try {
    boss = await openQueue(client, location);
    let busy = false;
    await boss.work<IngestJob>(INGEST_QUEUE, { batchSize: 1, pollingIntervalSeconds: 1 }, async ([job]) => {
      busy = true;
      try {
        const report = await doJob(client, store, pool, kb, job!.id, job!.data, options.onProblem).catch((e: unknown) => {
          options.onProblem?.({ input: `job ${job!.id}`, reason: `failed, to be done again: ${(e as Error).message}`, severity: 'error' });
          throw e;
        });
        summary.jobs++; summary.documents += report.documents; summary.added += report.added; summary.failed += report.failed;
        options.onJob?.(report);
      } finally {
        busy = false;
      }
    });
    await until(async () => options.signal?.aborted || (!!options.untilEmpty && !busy && await openJobs(boss!) === 0), options.signal);
  } finally {
    // (graceful: a job being worked on is finished and marked done first)
    await boss?.stop({ graceful: true, wait: true, timeout: 60_000 });
    await pool.close();
  }
  summary.seconds = (performance.now() - started) / 1000;
  return summary;
}

/** Resolves once `done` says so, asked every second (at once when the signal aborts). */
async function until(done: () => Promise<boolean>, signal?: AbortSignal): Promise<void> {
  const { setTimeout: sleep } = await import('node:timers/promises');
  while (!(await done())) await sleep(1000, undefined, { signal }).catch(() => undefined);
}
