// What an ingest asks of a store, whichever engine holds it: the SQLite file here, PostgreSQL in
// postgres/. The questions are per document and the writes per batch (one transaction each), so a
// store across a network pays one round trip per batch, not per row.
import type { Document } from '../document/types.js';
import type { Fingerprint } from '../dedupe/fingerprint.js';
import type { KnowledgeBase } from '../actors/kb.js';
import type { Stopwatch } from '../pipeline/stopwatch.js';
import type { DB } from './db.js';
import { DocumentWriter, type AddResult } from './documents.js';

/** Is a document stored, and analysed by this version ('stale': by an older one)? */
export type StoredState = 'no' | 'current' | 'stale';

/** A prepared document for the store: new (added), or stored before and analysed again. */
export interface WriteItem {
  doc: Document;
  fp: Fingerprint;
  again: boolean;
  /** The SHA-256 of the JSONL line it came from, remembered with it. */
  line?: Buffer;
}

export interface IngestStore {
  stored(id: string): Promise<StoredState>;
  /** The same for many documents at once. */
  storedMany(ids: readonly string[]): Promise<Map<string, StoredState>>;
  /**
   * Is a JSONL line with this SHA-256 stored, with a current document? Asked by the reader for
   * every line before it decodes one, so it must answer at once: null where a store cannot.
   */
  readonly knownLine: ((hash: Buffer) => boolean) | null;
  /**
   * Writes a batch in one transaction: new documents added (null for one analysed again), and
   * line hashes remembered for documents found stored by their text. Batches are written in
   * the order they are given, one at a time.
   */
  write(items: WriteItem[], lines: Array<[Buffer, string]>): Promise<Array<AddResult | null>>;
}

/** The SQLite store: better-sqlite3 answers at once, so each promise is settled when returned. */
export class SqliteIngestStore implements IngestStore {
  private readonly writer: DocumentWriter;

  private readonly transaction;

  readonly knownLine = (hash: Buffer): boolean => this.writer.lineCurrent(hash);

  constructor(db: DB, stopwatch?: Stopwatch, kb?: KnowledgeBase) {
    const writer = this.writer = new DocumentWriter(db, stopwatch, kb);
    this.transaction = db.transaction((items: WriteItem[], lines: Array<[Buffer, string]>) => writer.batch(() => {
      const results = items.map((d) => {
        const r = d.again ? null : writer.add(d.doc, d.fp);
        if (d.again) writer.reanalyze(d.doc);
        if (d.line) writer.rememberLine(d.line, r?.id ?? d.doc.id);
        return r;
      });
      for (const [hash, id] of lines) writer.rememberLine(hash, id);
      return results;
    }));
  }

  stored(id: string): Promise<StoredState> {
    return Promise.resolve(this.writer.stored(id));
  }

  storedMany(ids: readonly string[]): Promise<Map<string, StoredState>> {
    return Promise.resolve(new Map(ids.map((id) => [id, this.writer.stored(id)])));
  }

  write(items: WriteItem[], lines: Array<[Buffer, string]>): Promise<Array<AddResult | null>> {
    // IMMEDIATE: take the write lock up front, so a second ingest into the same store waits
    // (busy_timeout) instead of failing with "database is locked"
    try {
      return Promise.resolve(this.transaction.immediate(items, lines));
    } catch (e) {
      return Promise.reject(e);
    }
  }
}
