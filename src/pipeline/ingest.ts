// The ingest run: inputs → read → prepare → store, in small transactions so that a
// killed run loses at most the batch in flight, and a second run completes the rest
// (documents already stored are recognised by id and skipped before any work is done).
import type { InputProblem } from '../document/types.js';
import { documentId } from '../document/ids.js';
import { expandInputs } from '../read/inputs.js';
import { DEFAULT_READ_OPTIONS, readInput, type ReadOptions } from '../read/index.js';
import type { DB } from '../store/db.js';
import { DocumentWriter } from '../store/documents.js';
import { prepareDocument } from './prepare.js';
import type { Stopwatch } from './stopwatch.js';

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
}

export interface IngestSummary {
  inputs: number;
  added: number;
  unchanged: number;
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
  const readOptions = { ...DEFAULT_READ_OPTIONS, ...options.read };
  const sw = options.stopwatch;
  const writer = new DocumentWriter(db, sw);
  const expanded = await expandInputs(args);
  const summary: IngestSummary = {
    inputs: expanded.inputs.length, added: 0, unchanged: 0, duplicates: 0, versions: 0,
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
  let pending: ReturnType<typeof prepareDocument>[] = [];
  const store = db.transaction((docs: typeof pending) => docs.map((d) => writer.add(d)));
  const flush = () => {
    if (!pending.length) return;
    const results = store(pending);
    sw?.lap('write');
    for (const r of results) {
      if (r.status === 'added') {
        summary.added++;
        if (r.duplicateOf) summary.duplicates++;
        if (r.versionOf) summary.versions++;
      } else summary.unchanged++;
    }
    pending = [];
  };

  for (const input of expanded.inputs) {
    sw?.lap('other');
    for await (const ev of readInput(input, readOptions)) {
      sw?.lap('read');
      if (ev.type === 'problem') report(ev.problem);
      else if (ev.type === 'bytes') progress.bytesDone += input.kind === 'file' ? ev.bytes : 0;
      else {
        progress.documents++;
        // re-ingest of unchanged input costs one hash and one index lookup
        if (writer.has(documentId(ev.doc.source, ev.doc.text)) && !pending.some((d) => d.source === ev.doc.source && d.text === ev.doc.text)) {
          summary.unchanged++;
          continue;
        }
        let doc;
        try {
          doc = prepareDocument(ev.doc);
          sw?.lap('prepare');
        } catch (e) {
          // a bug on odd input must not stop the batch: report the document and go on
          report({ input: `${input.display} (${ev.doc.source})`, reason: `could not be processed (${(e as Error).message})`, severity: 'error' });
          continue;
        }
        for (const w of doc.warnings) report({ input: input.kind === 'file' && input.display.endsWith(doc.source) ? input.display : `${input.display} (${doc.source})`, reason: w, severity: 'warning' });
        pending.push(doc);
        if (pending.length >= batchSize) flush();
      }
      options.onProgress?.(progress);
      sw?.lap('other');
    }
    progress.inputsDone++;
    options.onProgress?.(progress);
  }
  flush();
  summary.seconds = (performance.now() - started) / 1000;
  return summary;
}
