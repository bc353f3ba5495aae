// The merge's state in the store (migration 6): clusters with the keys they are found under,
// the documents each holds, references waiting for their event, and the order documents were
// merged in. The store only reads and writes; ../merge/incremental.ts merges.
import type { Reader } from './reader.js';
import type { DocEvent } from '../document/types.js';
import { spanOf, type Cluster, type ClusterKey } from '../merge/events.js';
import type { DB } from './db.js';

/** A cluster as one JSON text: its sets and maps as arrays. */
export function packCluster(c: Cluster): string {
  return JSON.stringify({
    ...c,
    event: { ...c.event, documents: [...c.event.documents] },
    families: [...c.families],
    figures: [...c.figures],
    published: [...c.published],
  });
}

export function unpackCluster(text: string): Cluster {
  const raw = JSON.parse(text) as Omit<Cluster, 'event' | 'families' | 'figures' | 'published'> & {
    event: Omit<Cluster['event'], 'documents'> & { documents: string[] };
    families: string[]; figures: Array<[never, never]>; published: Array<[string, string | null]>;
  };
  return {
    ...raw,
    event: { ...raw.event, documents: new Set(raw.event.documents) },
    families: new Set(raw.families),
    figures: new Map(raw.figures),
    published: new Map(raw.published),
  };
}

/** Whether the next merge must replay every step (1), kept in events_state. */
const REPLAY_DUE = 'SELECT replay FROM events_state WHERE id = 1';
/** Sets it; one parameter, 0 or 1 (the document writer sets it when a merged document's events change). */
export const SET_REPLAY = "INSERT INTO events_state (id, built_from, replay) VALUES (1, '', ?) ON CONFLICT(id) DO UPDATE SET replay = excluded.replay";
/** The same for PostgreSQL ($1). */
export const SET_REPLAY_PG = SET_REPLAY.replace('?', '$1');

/** How far the merged picture is behind the documents. */
export interface MergeState {
  /** Documents whose events are not merged yet (a run killed during the merge, or another writer's). */
  unmerged: number;
  /** Steps the documents were merged in (a rebuild replays them). */
  steps: number;
  /** A merged document's events changed: the next merge replays every step. */
  replayDue: boolean;
}

const UNMERGED = 'SELECT count(*) n FROM doc_events WHERE merge_seq IS NULL';
const LAST_STEP = 'SELECT merge_chunk n FROM doc_events WHERE merge_seq IS NOT NULL ORDER BY merge_chunk DESC, merge_seq DESC LIMIT 1';

const stateOf = (unmerged: { n: number } | undefined, last: { n: number } | undefined, replay: { replay: number } | undefined): MergeState =>
  ({ unmerged: unmerged!.n, steps: last?.n ?? 0, replayDue: (replay?.replay ?? 0) === 1 });

export function mergeState(db: DB): MergeState {
  return stateOf(db.prepare<[], { n: number }>(UNMERGED).get(), db.prepare<[], { n: number }>(LAST_STEP).get(), db.prepare<[], { replay: number }>(REPLAY_DUE).get());
}

/** The same from either store. */
export async function readMergeState(db: Reader): Promise<MergeState> {
  return stateOf(await db.get(UNMERGED), await db.get(LAST_STEP), await db.get(REPLAY_DUE));
}

/** A document to merge: its events, date, text and the original it copies. */
export interface PendingDocument {
  rowid: number;
  id: string;
  published: string | null;
  duplicate_of: string | null;
  version_of: string | null;
  text: string;
  data: string;
  /** The family recorded when it was merged (a replay uses it). */
  merge_family: string | null;
  merge_seq: number | null;
}

/** A reference waiting for its event. */
export interface Waiting { id: number; document: string; published: string | null; family: string; data: string }

const PENDING_COLUMNS = 'd.rowid, d.id, d.published, d.duplicate_of, d.version_of, d.text, e.data, e.merge_family, e.merge_seq';

/** Prepared statements on the merge's tables, for one connection. */
export class ClusterStore {
  private readonly q;

  constructor(readonly db: DB) {
    this.q = {
      // ordered as row ids only: the sorter never holds the texts
      pending: db.prepare<[number], { doc: number }>(`SELECT e.doc FROM doc_events e JOIN documents d ON d.rowid = e.doc
        WHERE e.merge_seq IS NULL ORDER BY d.published IS NULL, d.published, d.rowid LIMIT ?`),
      document: db.prepare<[number], PendingDocument>(`SELECT ${PENDING_COLUMNS} FROM doc_events e JOIN documents d ON d.rowid = e.doc WHERE e.doc = ?`),
      chunkDocs: db.prepare<[number], PendingDocument>(`SELECT ${PENDING_COLUMNS} FROM doc_events e JOIN documents d ON d.rowid = e.doc
        WHERE e.merge_chunk = ? ORDER BY e.merge_seq`),
      chunks: db.prepare<[], { chunk: number }>('SELECT DISTINCT merge_chunk chunk FROM doc_events WHERE merge_seq IS NOT NULL ORDER BY 1'),
      // (both read from the index: the last step's last document)
      lastChunk: db.prepare<[], { chunk: number | null; seq: number | null }>(`SELECT merge_chunk chunk, merge_seq seq FROM doc_events
        WHERE merge_seq IS NOT NULL ORDER BY merge_chunk DESC, merge_seq DESC LIMIT 1`),
      markMerged: db.prepare<[number, number, string, number]>('UPDATE doc_events SET merge_chunk = ?, merge_seq = ?, merge_family = ? WHERE doc = ?'),
      origin: db.prepare<[string], { origin: string | null }>('SELECT coalesce(duplicate_of, version_of) origin FROM documents WHERE id = ?'),
      text: db.prepare<[string], { text: string }>('SELECT text FROM documents WHERE id = ?'),
      mergedFamily: db.prepare<[string], { family: string | null }>('SELECT e.merge_family family FROM documents d JOIN doc_events e ON e.doc = d.rowid WHERE d.id = ?'),
      copyFamily: db.prepare<[string], { family: string }>(`SELECT e.merge_family family FROM documents d JOIN doc_events e ON e.doc = d.rowid
        WHERE d.duplicate_of = ? AND e.merge_family IS NOT NULL ORDER BY d.rowid LIMIT 1`),
      maxCluster: db.prepare<[], { id: number | null }>('SELECT max(id) id FROM clusters'),
      cluster: db.prepare<[number], { data: string }>('SELECT data FROM clusters WHERE id = ?'),
      keyMonth: db.prepare<[string, string, string, string, number], { cluster: number }>(`SELECT cluster FROM cluster_keys
        WHERE key = ? AND month = ? AND (begin IS NULL OR (begin <= ? AND end >= ?)) AND itself >= ?`),
      keyAny: db.prepare<[string, number], { cluster: number }>('SELECT DISTINCT cluster FROM cluster_keys WHERE key = ? AND itself >= ?'),
      keyMonthAbout: db.prepare<[string, string, string, string, number, string], { cluster: number }>(`SELECT cluster FROM cluster_keys k
        WHERE key = ? AND month = ? AND (begin IS NULL OR (begin <= ? AND end >= ?)) AND itself >= ?
        AND EXISTS (SELECT 1 FROM cluster_subjects s WHERE s.cluster = k.cluster AND s.token IN (SELECT value FROM json_each(?)))`),
      keyAnyAbout: db.prepare<[string, number, string], { cluster: number }>(`SELECT DISTINCT cluster FROM cluster_keys k WHERE key = ? AND itself >= ?
        AND EXISTS (SELECT 1 FROM cluster_subjects s WHERE s.cluster = k.cluster AND s.token IN (SELECT value FROM json_each(?)))`),
      saveSubject: db.prepare<[number, string]>('INSERT OR IGNORE INTO cluster_subjects (cluster, token) VALUES (?, ?)'),
      saveCluster: db.prepare<[number, string, string]>('INSERT OR REPLACE INTO clusters (id, type, data) VALUES (?, ?, ?)'),
      saveKey: db.prepare<[string, string, number, number, string | null, string | null]>('INSERT OR REPLACE INTO cluster_keys (key, month, cluster, itself, begin, end) VALUES (?, ?, ?, ?, ?, ?)'),
      saveDocument: db.prepare<[string, number]>('INSERT OR IGNORE INTO cluster_documents (document, cluster) VALUES (?, ?)'),
      clustersOf: db.prepare<[string], { cluster: number }>('SELECT cluster FROM cluster_documents WHERE document = ?'),
      waitingFor: db.prepare<[string], { waiting: number }>('SELECT waiting FROM merge_waiting_keys WHERE key = ?'),
      waiting: db.prepare<[number], Waiting>('SELECT id, document, published, family, data FROM merge_waiting WHERE id = ?'),
      addWaiting: db.prepare<[string, string | null, string, string]>('INSERT INTO merge_waiting (document, published, family, data) VALUES (?, ?, ?, ?)'),
      addWaitingKey: db.prepare<[string, number]>('INSERT OR IGNORE INTO merge_waiting_keys (key, waiting) VALUES (?, ?)'),
      dropWaiting: db.prepare<[number]>('DELETE FROM merge_waiting WHERE id = ?'),
      dropWaitingKeys: db.prepare<[number]>('DELETE FROM merge_waiting_keys WHERE waiting = ?'),
      replay: db.prepare<[], { replay: number }>(REPLAY_DUE),
      setReplay: db.prepare<[number]>(SET_REPLAY),
    };
  }

  /** The documents to merge (row ids), in the merge's order: dated ones by date, undated last, then as stored. */
  pendingIds(limit: number): number[] { return this.q.pending.all(limit).map((r) => r.doc); }
  /** A document to merge, unless it was merged meanwhile (by another process). */
  pendingDocument(rowid: number): PendingDocument | undefined {
    const d = this.q.document.get(rowid);
    return d && d.merge_seq === null ? d : undefined;
  }
  /** The documents merged in one step, in the order they were merged. */
  chunkDocuments(chunk: number): PendingDocument[] { return this.q.chunkDocs.all(chunk); }
  chunks(): number[] { return this.q.chunks.all().map((r) => r.chunk); }
  last(): { chunk: number; seq: number } { const r = this.q.lastChunk.get(); return { chunk: r?.chunk ?? 0, seq: r?.seq ?? 0 }; }
  markMerged(rowid: number, chunk: number, seq: number, family: string): void { this.q.markMerged.run(chunk, seq, family, rowid); }
  originOf(id: string): string | null { return this.q.origin.get(id)?.origin ?? null; }
  textOf(id: string): string { return this.q.text.get(id)?.text ?? ''; }
  /** The family a merged document was merged in. */
  mergedFamily(id: string): string | null { return this.q.mergedFamily.get(id)?.family ?? null; }
  /** The family a merged copy of this document was merged in (it was the original then), if any. */
  copyFamily(id: string): string | null { return this.q.copyFamily.get(id)?.family ?? null; }

  maxClusterId(): number { return this.q.maxCluster.get()!.id ?? 0; }
  cluster(id: number): Cluster | undefined { const r = this.q.cluster.get(id); return r && unpackCluster(r.data); }
  /**
   * The clusters indexed under a key in a month that can be within the window (month and window
   * null: any), all of them or (all false) only those with the key's side itself, and (subjects:
   * a JSON list of tokens) only those about one of the subjects.
   */
  clusterIds(key: string, month: string | null, window: [string, string] | null, all: boolean, subjects: string | null): number[] {
    const itself = all ? 0 : 1;
    const rows = month === null || !window
      ? (subjects === null ? this.q.keyAny.all(key, itself) : this.q.keyAnyAbout.all(key, itself, subjects))
      : (subjects === null ? this.q.keyMonth.all(key, month, window[1], window[0], itself) : this.q.keyMonthAbout.all(key, month, window[1], window[0], itself, subjects));
    return rows.map((r) => r.cluster);
  }
  saveCluster(c: Cluster, keys: ClusterKey[], subjects: Iterable<string>): void {
    for (const t of subjects) this.q.saveSubject.run(c.id, t);
    const span = spanOf(c);
    this.q.saveCluster.run(c.id, c.event.type, packCluster(c));
    // (every key gets the span: a cluster found under an older key may have moved in time)
    for (const [k, m, itself] of keys) this.q.saveKey.run(k, m, c.id, itself ? 1 : 0, span?.[0] ?? null, span?.[1] ?? null);
    for (const d of c.event.documents) this.q.saveDocument.run(d, c.id);
  }
  clustersOfDocument(document: string): number[] { return this.q.clustersOf.all(document).map((r) => r.cluster); }

  waitingUnder(key: string): number[] { return this.q.waitingFor.all(key).map((r) => r.waiting); }
  waiting(id: number): Waiting | undefined { return this.q.waiting.get(id); }
  addWaiting(w: Omit<Waiting, 'id'>, keys: Iterable<string>): void {
    const id = Number(this.q.addWaiting.run(w.document, w.published, w.family, w.data).lastInsertRowid);
    for (const k of keys) this.q.addWaitingKey.run(k, id);
  }
  dropWaiting(id: number): void { this.q.dropWaitingKeys.run(id); this.q.dropWaiting.run(id); }

  /** Must every step be merged again (a merged document's events changed)? */
  replayNeeded(): boolean { return (this.q.replay.get()?.replay ?? 0) === 1; }
  setReplay(on: boolean): void { this.q.setReplay.run(on ? 1 : 0); }

  /** Forgets the merge's state and the picture; the documents keep the order they were merged in. */
  clear(): void {
    this.db.exec(`DELETE FROM event_actors; DELETE FROM event_documents; DELETE FROM events;
      DELETE FROM clusters; DELETE FROM cluster_keys; DELETE FROM cluster_documents; DELETE FROM cluster_subjects;
      DELETE FROM merge_waiting; DELETE FROM merge_waiting_keys;`);
  }
}

/** The events a stored document tells, as written by the analysis. */
export const parseEvents = (data: string) => JSON.parse(data) as DocEvent[];
