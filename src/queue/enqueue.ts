// `lagebild ingest --queue`: the inputs are read here (files, feeds, JSONL: whatever this machine
// can reach) and their documents go into jobs, so workers on other machines need no access to
// them. Documents stored and analysed by this version already are left out.
import type PgBoss from 'pg-boss';
import type { InputProblem } from '../document/types.js';
import { documentId } from '../document/ids.js';
import { DEFAULT_READ_OPTIONS, readInput, type ReadOptions } from '../read/index.js';
import { expandInputs } from '../read/inputs.js';
import { defaultAnalyzer } from '../pipeline/prepare.js';
import type { PgQueries } from '../store/postgres/client.js';
import { storedStates } from '../store/postgres/documents.js';
import { DEFAULT_JOB_TIMEOUT, INGEST_QUEUE, type IngestJob } from './queue.js';

export interface EnqueueOptions {
  read?: Partial<ReadOptions>;
  /** Documents per job (default 50): a job is what a killed worker loses and another does again. */
  jobSize?: number;
  /** Seconds a worker may hold a job before it counts as lost and another takes it (default DEFAULT_JOB_TIMEOUT). */
  jobTimeout?: number;
  onProblem?: (p: InputProblem) => void;
}

export interface EnqueueSummary {
  inputs: number;
  queued: number;
  jobs: number;
  /** Stored already, analysed by this version: not queued. */
  unchanged: number;
  failed: number;
  warnings: number;
  ignoredFiles: number;
  seconds: number;
}

export async function enqueueInputs(db: PgQueries, boss: PgBoss, args: string[], options: EnqueueOptions = {}): Promise<EnqueueSummary> {
  const started = performance.now();
  const expanded = await expandInputs(args);
  const summary: EnqueueSummary = { inputs: expanded.inputs.length, queued: 0, jobs: 0, unchanged: 0, failed: 0, warnings: 0, ignoredFiles: expanded.ignored, seconds: 0 };
  const report = (p: InputProblem) => {
    if (p.severity === 'error') summary.failed++; else summary.warnings++;
    options.onProblem?.(p);
  };
  expanded.problems.forEach(report);
  const readOptions: ReadOptions = { ...DEFAULT_READ_OPTIONS, language: defaultAnalyzer().language, ...options.read };
  let job: IngestJob['docs'] = [];
  const send = async () => {
    const docs = job;
    job = [];
    const ids = docs.map((d) => documentId(d.raw.source, d.raw.text));
    const states = await storedStates(db, ids);
    const todo = docs.filter((_, k) => states.get(ids[k]!) !== 'current');
    summary.unchanged += docs.length - todo.length;
    if (!todo.length) return;
    await boss.send(INGEST_QUEUE, { docs: todo } satisfies IngestJob, { expireInSeconds: Math.round(options.jobTimeout ?? DEFAULT_JOB_TIMEOUT) });
    summary.queued += todo.length;
    summary.jobs++;
  };
  for (const input of expanded.inputs) {
    for await (const ev of readInput(input, readOptions)) {
      if (ev.type === 'problem') report(ev.problem);
      else if (ev.type === 'document') {
        const label = input.kind === 'file' && input.display.endsWith(ev.doc.source) ? input.display : `${input.display} (${ev.doc.source})`;
        job.push({ raw: ev.doc, label });
        if (job.length >= (options.jobSize ?? 50)) await send();
      }
    }
  }
  if (job.length) await send();
  summary.seconds = (performance.now() - started) / 1000;
  return summary;
}
