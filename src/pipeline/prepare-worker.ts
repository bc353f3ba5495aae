// Worker thread: prepares documents and their fingerprints, the CPU-heavy part of an
// ingest, while the main thread reads inputs and writes the store.
import { parentPort, workerData } from 'node:worker_threads';
import type { RawDocument } from '../document/types.js';
import { fingerprint } from '../dedupe/fingerprint.js';
import { DEFAULT_ANALYSIS_LIMITS, defaultAnalyzer, makeAnalyzer, prepareDocument, type AnalysisLimits, type Analyzer } from './prepare.js';
import { loadKnowledgeBase } from '../actors/kb.js';
import { adoptTables, type SharedTableData } from '../lexicon/table.js';

export interface Job { seq: number; raw: RawDocument }

/** One job → the reply the pool expects. */
export function runJob({ seq, raw }: Job, actorFiles: readonly string[] = (workerData as { actorFiles?: string[] } | null)?.actorFiles ?? [],
  analyzer: Analyzer = defaultAnalyzer(), limits: AnalysisLimits = (workerData as { limits?: AnalysisLimits } | null)?.limits ?? DEFAULT_ANALYSIS_LIMITS) {
  const t = performance.now();
  try {
    const doc = prepareDocument(raw, loadKnowledgeBase(actorFiles), analyzer, limits);
    const fp = fingerprint(doc);
    return { seq, doc, fp, ms: performance.now() - t };
  } catch (e) {
    return { seq, error: (e as Error).message, ms: performance.now() - t };
  }
}

// only when started as the pool's worker, not when imported
if (parentPort && process.env.LAGEBILD_WORKER_SCRIPT !== 'custom') {
  const { actorFiles = [], speakerModel = null, tables = null } = (workerData ?? {}) as { actorFiles?: string[]; speakerModel?: string | null; tables?: Record<string, SharedTableData> | null };
  if (tables) adoptTables(tables);
  // (a speaker model is read once per worker, with the language it belongs to)
  const analyzer = speakerModel ? makeAnalyzer({ speakerModel }) : defaultAnalyzer();
  parentPort.on('message', (job: Job) => parentPort!.postMessage(runJob(job, actorFiles, analyzer)));
}
