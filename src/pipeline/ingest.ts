// The ingest run: inputs → read → prepare → store, in small transactions so that a
// killed run loses at most the batch in flight, and a second run completes the rest
// (documents already stored are recognised by id and skipped before any work is done).
import { mergePending } from '../merge/incremental.js';
import type { Document, InputProblem } from '../document/types.js';
import { documentId } from '../document/ids.js';
import { expandInputs, type Expanded } from '../read/inputs.js';
import { DEFAULT_READ_OPTIONS, readInput, type ReadEvent, type ReadOptions } from '../read/index.js';
import type { DB } from '../store/db.js';
import type { AddResult } from '../store/documents.js';
import { SqliteIngestStore, type IngestStore, type WriteItem } from '../store/ingest-store.js';
import type { PgClient } from '../store/postgres/client.js';
import { PgIngestStore } from '../store/postgres/documents.js';
import { mergePendingPg } from '../store/postgres/merge.js';
import { PreparePool, workersFor, type Prepared } from './pool.js';
import type { Stopwatch } from './stopwatch.js';
import { lazyKnowledgeBase } from '../actors/kb.js';
import { defaultAnalyzer, type AnalysisLimits } from './prepare.js';

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
  /** Worker threads preparing documents; 0 prepares in this thread. Default: none for files under 1 MB in all, else one per core (`workersFor`). */
  workers?: number;
  /** The user's actor files (YAML), next to the bundled knowledge base. */
  actorFiles?: string[];
  /** A speaker model file (`lagebild train quotes`); none: the rules' speakers. */
  speakerModel?: string | null;
  /** Bounds on each document's analysis (default DEFAULT_ANALYSIS_LIMITS). */
  limits?: AnalysisLimits;
  /** Documents per merge step (default CHUNK of ../merge/incremental.ts). */
  mergeChunk?: number;
  /** Each document stored as new, after its transaction (lagebild watch prints a line for each). */
  onAdded?: (doc: Document, result: AddResult, label: string) => void;
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

type ReadDocument = Extract<ReadEvent, { type: 'document' }>;
type Ready = WriteItem & { label: string };

// bounded by count and by size, so a batch of 20 MB articles cannot pile up in memory
const MAX_IN_FLIGHT = 128;
const MAX_IN_FLIGHT_CHARS = 32 * 1024 * 1024;
// prepared documents wait at most this long for their transaction, whatever input is slow meanwhile
const COMMIT_EVERY_MS = 1000;

interface InFlight { result: Promise<Prepared>; label: string; chars: number; again: boolean; line?: Buffer; prepared?: Prepared }

/** One ingest run's state: documents in the workers, documents waiting for their transaction, the summary. */
class IngestRun {
  readonly summary: IngestSummary;
  readonly progress: IngestProgress;
  // documents being prepared, oldest first: they are stored in this order
  private readonly inFlight: InFlight[] = [];
  /** A failure of a commit (a full disk, a lost connection), thrown by the read loop; nothing is written after it. */
  private failure: unknown = null;
  /** The batches handed to the store, written one after the other in this order. */
  private writing: Promise<void> = Promise.resolve();
  /** Batches handed to the store and not written yet: the reader waits while more than one is (a slow store). */
  private queuedBatches = 0;
  private inFlightChars = 0;
  private pending: Ready[] = [];
  /** JSONL lines found stored by their text (not yet by their bytes): remembered with the next transaction. */
  private lines: Array<[Buffer, string]> = [];
  private readonly batchSize: number;
  private readonly sw: Stopwatch | undefined;

  constructor(private readonly store: IngestStore, private readonly pool: PreparePool, expanded: Expanded, private readonly options: IngestOptions) {
    this.sw = options.stopwatch;
    this.batchSize = options.batchSize ?? 200;
    this.summary = {
      inputs: expanded.inputs.length, added: 0, unchanged: 0, reanalysed: 0, duplicates: 0, versions: 0,
      failed: 0, warnings: 0, ignoredFiles: expanded.ignored, problems: [], seconds: 0,
    };
    this.progress = {
      inputsDone: 0, inputsTotal: expanded.inputs.length, documents: 0, bytesDone: 0,
      bytesTotal: expanded.inputs.reduce((n, i) => n + (i.kind === 'file' ? i.size : 0), 0),
    };
    expanded.problems.forEach((p) => this.report(p));
  }

  report(p: InputProblem): void {
    this.summary.problems.push(p);
    if (p.severity === 'error') this.summary.failed++; else this.summary.warnings++;
    this.options.onProblem?.(p);
  }

  /** Reads every input in order and hands its documents to the workers. */
  async readAll(inputs: Expanded['inputs'], readOptions: ReadOptions): Promise<void> {
    const timer = setInterval(() => this.commitReady(), COMMIT_EVERY_MS);
    try {
      await this.readEach(inputs, readOptions);
      clearInterval(timer);
      while (this.inFlight.length && !this.failure) await this.takeOldest();
      await this.flush();
    } finally {
      clearInterval(timer);
      // (a batch still being written is waited for: the caller closes the store next)
      await this.writing;
    }
    if (this.failure) throw this.failure;
  }

  /**
   * Between reads: the documents prepared so far, oldest first up to the first still in the
   * workers, go to the store, so a slow input (a feed trickling in) holds back nothing.
   */
  private commitReady(): void {
    try {
      while (this.inFlight[0]?.prepared) this.accept(this.inFlight.shift()!);
      void this.flush();
    } catch (e) {
      this.failure ??= e;
    }
  }

  private async readEach(inputs: Expanded['inputs'], readOptions: ReadOptions): Promise<void> {
    for (const input of inputs) {
      this.sw?.lap('other');
      for await (const ev of readInput(input, readOptions)) {
        this.sw?.lap('read');
        if (ev.type === 'problem') this.report(ev.problem);
        else if (ev.type === 'bytes') this.progress.bytesDone += input.kind === 'file' ? ev.bytes : 0;
        else if (ev.type === 'unchanged') {
          this.progress.documents++;
          this.progress.bytesDone += ev.bytes;
          this.summary.unchanged++;
        } else {
          if (ev.bytes && input.kind === 'file') this.progress.bytesDone += ev.bytes;
          await this.offer(ev);
          this.sw?.lap('other');
        }
        this.options.onProgress?.(this.progress);
        if (this.failure) throw this.failure;
      }
      this.progress.inputsDone++;
      this.options.onProgress?.(this.progress);
    }
  }

  /** A document read: skipped when stored and up to date, else prepared by a worker. */
  private async offer({ doc, input, line }: ReadDocument): Promise<void> {
    this.progress.documents++;
    // re-ingest of unchanged input costs one hash and one index lookup
    const id = documentId(doc.source, doc.text);
    const stored = await this.store.stored(id);
    if (stored === 'current') {
      this.summary.unchanged++;
      // (known by its text, stored before lines were remembered: by its bytes from the next time on)
      if (line) { this.lines.push([line, id]); if (this.lines.length >= 1000) void this.flush(); }
      return;
    }
    const again = stored === 'stale';
    const label = input.kind === 'file' && input.display.endsWith(doc.source) ? input.display : `${input.display} (${doc.source})`;
    const entry: InFlight = { result: this.pool.submit(doc), label, chars: doc.text.length, again, line };
    void entry.result.then((p) => { entry.prepared = p; });
    this.inFlight.push(entry);
    this.inFlightChars += doc.text.length;
    while (this.inFlight.length >= MAX_IN_FLIGHT || (this.inFlightChars > MAX_IN_FLIGHT_CHARS && this.inFlight.length > 1)) await this.takeOldest();
    if (this.queuedBatches > 1) await this.writing;
  }

  /** Waits for the oldest document in the workers and queues it for its transaction. */
  private async takeOldest(): Promise<void> {
    const oldest = this.inFlight[0]!;
    await oldest.result;
    this.sw?.lap('wait for workers');
    // (commitReady may have taken it meanwhile)
    if (this.inFlight[0] === oldest) this.accept(this.inFlight.shift()!);
  }

  /** A prepared document queued for its transaction (or reported, when it failed). */
  private accept({ prepared, label, chars, again, line }: InFlight): void {
    const { sw } = this;
    this.inFlightChars -= chars;
    if (!prepared) throw new Error('accept: the document is not prepared yet');
    if (sw) sw.ms['prepare (worker time)'] = (sw.ms['prepare (worker time)'] ?? 0) + prepared.ms;
    if (!prepared.ok) {
      // a bug on odd input must not stop the batch: report the document and go on
      this.report({ input: label, reason: `could not be processed (${prepared.error})`, severity: 'error' });
      return;
    }
    for (const w of prepared.doc.warnings) this.report({ input: label, reason: w, severity: 'warning' });
    this.pending.push({ doc: prepared.doc, fp: prepared.fp, label, again, line });
    if (this.pending.length >= this.batchSize) void this.flush();
  }

  /**
   * Hands the queued documents to the store as one batch, after the batches before it; a failed
   * batch is kept as the run's failure (the read loop throws it) and nothing is written after it.
   */
  private flush(): Promise<void> {
    const { pending, lines } = this;
    if (!pending.length && !lines.length) return this.writing;
    this.pending = [];
    this.lines = [];
    this.queuedBatches++;
    this.writing = this.writing.then(() => this.failure ? undefined : this.write(pending, lines))
      .catch((e: unknown) => { this.failure ??= e; })
      .finally(() => { this.queuedBatches--; });
    return this.writing;
  }

  /** Stores one batch in one transaction and counts what became of its documents. */
  private async write(pending: Ready[], lines: Array<[Buffer, string]>): Promise<void> {
    const { summary } = this;
    const results = await this.store.write(pending, lines);
    this.sw?.lap('write');
    results.forEach((r, i) => {
      if (r === null) { summary.reanalysed++; return; }
      if (r.reusedOrigin) this.report({ input: pending[i]!.label, reason: 'same path, link or id as an earlier document with unrelated text; both kept', severity: 'warning' });
      if (r.status === 'added') {
        summary.added++;
        this.options.onAdded?.(pending[i]!.doc, r, pending[i]!.label);
        if (r.duplicateOf) summary.duplicates++;
        if (r.versionOf) summary.versions++;
      } else summary.unchanged++;
    });
  }
}

export async function ingest(db: DB, args: string[], options: IngestOptions = {}): Promise<IngestSummary> {
  const started = performance.now();
  return ingestInputs(db, await expandInputs(args), options, started);
}

/** Ingests inputs already listed (and, for an address, perhaps already fetched) into the SQLite store, then merges. */
export async function ingestInputs(db: DB, expanded: Expanded, options: IngestOptions = {}, started = performance.now()): Promise<IngestSummary> {
  const sw = options.stopwatch;
  // a broken actor file stops the run before any document is read (ActorFileError); the bundled
  // knowledge base is read when a document is stored or merged
  const kb = lazyKnowledgeBase(options.actorFiles ?? []);
  const summary = await ingestInto(new SqliteIngestStore(db, sw, kb), expanded, options);
  // the merged picture follows what is stored now
  sw?.lap('other');
  // the new documents' events join the stored picture (and what a killed run left unmerged)
  mergePending(db, kb, { chunk: options.mergeChunk });
  sw?.lap('merge events');
  summary.seconds = (performance.now() - started) / 1000;
  return summary;
}

/** The same run into a PostgreSQL store: documents in batches under its write lock, then the merge under its merge lock. */
export async function ingestPostgres(client: PgClient, args: string[] | Expanded, options: IngestOptions = {}): Promise<IngestSummary> {
  const started = performance.now();
  const kb = lazyKnowledgeBase(options.actorFiles ?? []);
  const summary = await ingestInto(new PgIngestStore(client, kb), Array.isArray(args) ? await expandInputs(args) : args, options);
  await mergePendingPg(client, kb, { chunk: options.mergeChunk });
  summary.seconds = (performance.now() - started) / 1000;
  return summary;
}

/** Reads, prepares and stores the inputs into either store (no merge). */
export async function ingestInto(store: IngestStore, expanded: Expanded, options: IngestOptions = {}, started = performance.now()): Promise<IngestSummary> {
  // (a JSONL line stored before is known by the hash of its bytes, unread)
  const readOptions: ReadOptions = { ...DEFAULT_READ_OPTIONS, language: defaultAnalyzer().language, ...options.read, ...(store.knownLine ? { knownLine: store.knownLine } : {}) };
  // (an address fetched beforehand has a size like a file)
  const bytes = expanded.inputs.reduce((n, i) => n + (i.kind === 'file' ? i.size : i.fetched?.bytes.length ?? 0), 0);
  const pool = new PreparePool(options.workers ?? workersFor(bytes, expanded.inputs.some((i) => i.kind === 'url' && !i.fetched)), undefined, options.actorFiles ?? [], options.speakerModel ?? null, options.limits);
  const run = new IngestRun(store, pool, expanded, options);
  try {
    await run.readAll(expanded.inputs, readOptions);
  } finally {
    await pool.close();
  }
  run.summary.seconds = (performance.now() - started) / 1000;
  return run.summary;
}
