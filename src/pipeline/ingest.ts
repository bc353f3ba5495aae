// The ingest run: inputs → read → prepare → store, in small transactions so that a
// killed run loses at most the batch in flight, and a second run completes the rest
// (documents already stored are recognised by id and skipped before any work is done).
import { eventsStale } from '../store/events.js';
import { rebuildEvents } from '../merge/rebuild.js';
import type { InputProblem } from '../document/types.js';
import { documentId } from '../document/ids.js';
import { expandInputs } from '../read/inputs.js';
import { DEFAULT_READ_OPTIONS, readInput, type ReadOptions } from '../read/index.js';
import type { DB } from '../store/db.js';
import { DocumentWriter } from '../store/documents.js';
import { defaultWorkers, PreparePool, type Prepared } from './pool.js';
import type { Stopwatch } from './stopwatch.js';
import { loadKnowledgeBase } from '../actors/kb.js';
import { defaultAnalyzer } from './prepare.js';

export interface IngestProgress {
  inputsDone: number;
  inputsTotal: number;
  bytesDone: number;
  bytesTotal: number;
  documents: number;
}

export interface IngestOptions {
  read?: Partial<ReadOptions>;
  onProblem?: (p: InputProblem) => void;
  onProgress?: (p: IngestProgress) => void;
  /** Documents per transaction. */
  batchSize?: number;
  /** Collects time per stage (read, prepare, dedupe, write). */
  stopwatch?: Stopwatch;
  /** Worker threads preparing documents; 0 prepares in this thread. Default: one per core. */
  workers?: number;
  /** The user's actor files (YAML), next to the bundled knowledge base. */
  actorFiles?: string[];
  /** A speaker model file (`lagebild train quotes`); none: the rules' speakers. */
  speakerModel?: string | null;
}

export interface IngestSummary {
  inputs: number;
  added: number;
  unchanged: number;
  /** Stored documents analysed again because this version analyses more (or differently). */
  reanalysed: number;
  duplicates: number;
  versions: number;
  failed: number;
  warnings: number;
  ignoredFiles: number;
  problems: InputProblem[];
  seconds: number;
}

export async function ingest(db: DB, args: string[], options: IngestOptions = {}): Promise<IngestSummary> {
  const started = performance.now();
  const readOptions = { ...DEFAULT_READ_OPTIONS, language: defaultAnalyzer().language, ...options.read };
  const sw = options.stopwatch;
  // a broken actor file stops the run before any document is read (ActorFileError)
  const kb = loadKnowledgeBase(options.actorFiles ?? []);
  const writer = new DocumentWriter(db, sw, kb);
  const expanded = await expandInputs(args);
  const summary: IngestSummary = {
    inputs: expanded.inputs.length, added: 0, unchanged: 0, reanalysed: 0, duplicates: 0, versions: 0,
    failed: 0, warnings: 0, ignoredFiles: expanded.ignored, problems: [], seconds: 0,
  };
  const report = (p: InputProblem) => {
    summary.problems.push(p);
    if (p.severity === 'error') summary.failed++; else summary.warnings++;
    options.onProblem?.(p);
  };
  expanded.problems.forEach(report);

  const progress: IngestProgress = {
    inputsDone: 0, inputsTotal: expanded.inputs.length, documents: 0, bytesDone: 0,
    bytesTotal: expanded.inputs.reduce((n, i) => n + (i.kind === 'file' ? i.size : 0), 0),
  };
  const batchSize = options.batchSize ?? 200;
  const pool = new PreparePool(options.workers ?? defaultWorkers(), undefined, options.actorFiles ?? [], options.speakerModel ?? null);
  // documents being prepared, oldest first: they are stored in this order
  const inFlight: Array<{ result: Promise<Prepared>; label: string; chars: number; again: boolean }> = [];
  // bounded by count and by size, so a batch of 20 MB articles cannot pile up in memory
  const maxInFlight = 128;
  const maxInFlightChars = 32 * 1024 * 1024;
  let inFlightChars = 0;
  let pending: Array<Extract<Prepared, { ok: true }> & { label: string; again: boolean }> = [];
  const store = db.transaction((docs: typeof pending) => docs.map((d) => {
    if (!d.again) return writer.add(d.doc, d.fp);
    writer.reanalyze(d.doc);
    return null;
  }));
  const flush = () => {
    if (!pending.length) return;
    // IMMEDIATE: take the write lock up front, so a second ingest into the same store waits
    // (busy_timeout) instead of failing with "database is locked"
    const results = store.immediate(pending);
    sw?.lap('write');
    results.forEach((r, i) => {
      if (r === null) { summary.reanalysed++; return; }
      if (r.reusedOrigin) report({ input: pending[i]!.label, reason: 'same path, link or id as an earlier document with unrelated text; both kept', severity: 'warning' });
      if (r.status === 'added') {
        summary.added++;
        if (r.duplicateOf) summary.duplicates++;
        if (r.versionOf) summary.versions++;
      } else summary.unchanged++;
    });
    pending = [];
  };
  const takeOldest = async () => {
    const { result, label, chars, again } = inFlight.shift()!;
    inFlightChars -= chars;
    const prepared = await result;
    sw?.lap('wait for workers');
    if (sw) sw.ms['prepare (worker time)'] = (sw.ms['prepare (worker time)'] ?? 0) + prepared.ms;
    if (!prepared.ok) {
      // a bug on odd input must not stop the batch: report the document and go on
      report({ input: label, reason: `could not be processed (${prepared.error})`, severity: 'error' });
      return;
    }
    for (const w of prepared.doc.warnings) report({ input: label, reason: w, severity: 'warning' });
    pending.push({ ...prepared, label, again });
    if (pending.length >= batchSize) flush();
  };

  try {
    for (const input of expanded.inputs) {
      sw?.lap('other');
      for await (const ev of readInput(input, readOptions)) {
        sw?.lap('read');
        if (ev.type === 'problem') report(ev.problem);
        else if (ev.type === 'bytes') progress.bytesDone += input.kind === 'file' ? ev.bytes : 0;
        else {
          progress.documents++;
          // re-ingest of unchanged input costs one hash and one index lookup
          const id = documentId(ev.doc.source, ev.doc.text);
          const again = writer.has(id) && writer.stale(id) !== null;
          if (writer.has(id) && !again) {
            summary.unchanged++;
          } else {
            const label = input.kind === 'file' && input.display.endsWith(ev.doc.source) ? input.display : `${input.display} (${ev.doc.source})`;
            inFlight.push({ result: pool.submit(ev.doc), label, chars: ev.doc.text.length, again });
            inFlightChars += ev.doc.text.length;
            while (inFlight.length >= maxInFlight || (inFlightChars > maxInFlightChars && inFlight.length > 1)) await takeOldest();
          }
          sw?.lap('other');
        }
        options.onProgress?.(progress);
      }
      progress.inputsDone++;
      options.onProgress?.(progress);
    }
    while (inFlight.length) await takeOldest();
    flush();
  } finally {
    await pool.close();
  }
  // the merged picture follows what is stored now
  sw?.lap('other');
  if (summary.added || summary.reanalysed || eventsStale(db)) rebuildEvents(db, kb);
  sw?.lap('merge events');
  summary.seconds = (performance.now() - started) / 1000;
  return summary;
}
