// The merged picture kept up step by step: each ingest merges the documents not merged yet
// into the clusters in the store, loading only the clusters their events could join (by type,
// side and month), and rewrites only the events of the clusters it touched. Each step is one
// transaction: a killed run leaves the picture of the steps it finished, and the next run goes
// on with the documents left.
//
// The picture depends on the order reports are merged in only where the merge is greedy (which
// of two fitting events an event joins); each document records its step and place, so the full
// rebuild (`reanalyze --merge`) replays the same steps from the documents' own events and gives
// the same picture, with the same ids: an earlier report arriving later joins the event, it
// does not rename it.
import type { KnowledgeBase } from '../actors/kb.js';
import type { DocEvent } from '../document/types.js';
import type { DB } from '../store/db.js';
import { ClusterStore, parseEvents, type PendingDocument } from '../store/clusters.js';
import { replaceClusterEvents } from '../store/events.js';
import { readPlover } from '../events/plover.js';
import {
  ClusterIndex, Merger, clusterKeys, clusterSubjects, codedEvents, namedKeys, pictureOf, sideKeys,
  type Cluster, type ClusterSource, type DocumentEvents, type MergedEvent, type MergeKnowledge, type NamedEvent,
} from './events.js';

/** Documents merged in one step: the clusters one step holds in memory stay few. */
export const CHUNK = 1000;
/** At most this many waiting documents are ordered at once (their row ids: 8 MB). */
const LARGE = 1_000_000;

export interface MergeRun { documents: number; steps: number; seconds: number }

export function knowledgeOf(kb?: KnowledgeBase): MergeKnowledge {
  return {
    countryOf: (id) => kb?.actors.get(id)?.country ?? null,
    isPerson: (id) => kb?.actors.get(id)?.kind === 'person',
  };
}

/** The store's clusters as the merge's source: each loaded once per step, the step's own kept in memory. */
class StoredClusters implements ClusterSource {
  private readonly local: ClusterIndex;
  readonly loaded = new Map<number, Cluster>();
  private readonly answers = new Map<string, number[]>();

  constructor(private readonly store: ClusterStore, countryOf: (id: string) => string | null) {
    this.local = new ClusterIndex(countryOf, store.maxClusterId() + 1);
  }

  nextId(): number { return this.local.nextId(); }

  index(c: Cluster): void { this.loaded.set(c.id, c); this.local.index(c); }

  /** A stored cluster, read once per step (a cluster that changes in the step is indexed in `local` by `index`). */
  load(id: number): Cluster {
    let c = this.loaded.get(id);
    if (!c) { c = this.store.cluster(id)!; this.loaded.set(id, c); }
    return c;
  }

  /** The store answers for the state at the start of the step; what changed since is in `local`. */
  private ids(key: string, month: string | null, window: [string, string] | null, all: boolean, subjects: string | null): number[] {
    const k = `${key}\u0000${month ?? ''}\u0000${window?.join() ?? ''}\u0000${all}\u0000${subjects ?? ''}`;
    let ids = this.answers.get(k);
    if (!ids) this.answers.set(k, ids = this.store.clusterIds(key, month, window, all, subjects));
    return ids;
  }

  lookup(keys: Map<string, boolean>, months: string[] | null, window: [string, string] | null, subjects: Set<string> | null): Iterable<Cluster> {
    const out = new Set(this.local.lookup(keys, months));
    const about = subjects && JSON.stringify([...subjects].sort());
    for (const [k, all] of keys) for (const m of months ?? [null]) for (const id of this.ids(k, m, window, all, about)) out.add(this.load(id));
    return out;
  }
}

/** One step: documents in their merge order, then the references waiting for them. */
class Step {
  readonly source: StoredClusters;
  readonly merger: Merger;
  private readonly families = new Map<string, string>();

  constructor(readonly store: ClusterStore, readonly know: MergeKnowledge) {
    this.source = new StoredClusters(store, know.countryOf);
    this.merger = new Merger(this.source, know, (id) => { const f = this.families.get(id); return f && f !== id ? f : null; });
  }

  /**
   * The family of a document, from the store (a replay passes the recorded one): that of the
   * original at the end of its chain of copies and versions, which is the family the original was
   * merged in, else the one a merged copy of it was merged in (that copy was the original then),
   * else the original itself; so a copy, its original and later copies are one family in any order.
   */
  familyOf(doc: PendingDocument): string {
    if (doc.merge_family) return doc.merge_family;
    let id = doc.id;
    for (let k = 0, o = doc.duplicate_of ?? doc.version_of; k < 10 && o; k++, o = this.store.originOf(id)) id = o;
    return (id !== doc.id ? this.store.mergedFamily(id) : null) ?? this.store.copyFamily(id) ?? id;
  }

  run(docs: PendingDocument[]): Map<string, string> {
    const named: Array<NamedEvent & { family: string }> = [];
    const families = new Map<string, string>();
    for (const doc of docs) {
      const family = this.familyOf(doc);
      families.set(doc.id, family);
      this.families.set(doc.id, family);
      const d: DocumentEvents = { document: doc.id, published: doc.published, events: parseEvents(doc.data), text: doc.text };
      for (const n of this.merger.add(d)) named.push({ ...n, family });
    }
    this.addNamed(named);
    return families;
  }

  /** The references of this step, and the waiting ones whose keys a touched cluster has, in the order they were told. */
  private addNamed(fresh: Array<NamedEvent & { family: string }>): void {
    const keys = new Set<string>();
    for (const c of this.merger.touched) for (const k of sideKeys(c.event.type, sidesOfCluster(c), this.know.countryOf)) keys.add(k);
    const waiting = [...new Set([...keys].flatMap((k) => this.store.waitingUnder(k)))].sort((a, b) => a - b);
    for (const id of waiting) {
      const w = this.store.waiting(id)!;
      this.families.set(w.document, w.family);
      const n: NamedEvent = { e: JSON.parse(w.data) as DocEvent, doc: { document: w.document, published: w.published, events: [], text: this.store.textOf(w.document) } };
      if (this.merger.addNamed(n)) this.store.dropWaiting(id);
    }
    for (const n of fresh) {
      if (this.merger.addNamed(n)) continue;
      this.store.addWaiting({ document: n.doc.document, published: n.doc.published, family: n.family, data: JSON.stringify(n.e) }, namedKeys(n, this.know.countryOf));
    }
  }

  /**
   * Writes the touched clusters and the events of every cluster whose events may have changed:
   * the touched ones, and around an agreement to meet, every cluster that shares a report with
   * it (the agreement folds into the announcement of the meeting a report tells with it).
   */
  write(): void {
    const { store, source, know } = this;
    for (const c of this.merger.touched) store.saveCluster(c, clusterKeys(c, know.countryOf), clusterSubjects(c));
    const plover = readPlover();
    // each cluster coded once: for the fold's reach and for the picture
    const coded = new Map<Cluster, MergedEvent[]>();
    const codedOf = (c: Cluster) => { let e = coded.get(c); if (!e) coded.set(c, e = codedEvents(c, plover)); return e; };
    const affected = new Map([...this.merger.touched].map((c) => [c.id, c]));
    const queue = [...affected.values()];
    while (queue.length) {
      const c = queue.pop()!;
      if (!codedOf(c).some((e) => e.type === 'AGREE' && e.attributes.act)) continue;
      for (const d of c.event.documents) for (const id of store.clustersOfDocument(d)) {
        if (affected.has(id)) continue;
        const other = source.load(id);
        affected.set(id, other);
        queue.push(other);
      }
    }
    replaceClusterEvents(store.db, affected.keys(), pictureOf(affected.values(), know, plover, codedOf));
  }
}

const sidesOfCluster = (c: Cluster) => [...c.event.actors, ...c.event.recipients];

/**
 * Merges the documents not merged yet into the stored picture, a step of CHUNK documents per
 * transaction; first replays every step when a merged document's events changed.
 */
export function mergePending(db: DB, kb?: KnowledgeBase, options: { chunk?: number; onStep?: (documents: number) => void; maxSteps?: number } = {}): MergeRun {
  const started = performance.now();
  const store = new ClusterStore(db);
  const know = knowledgeOf(kb);
  let documents = 0, steps = 0;
  if (store.replayNeeded()) ({ documents, steps } = replay(store, know, options.onStep));
  // the order is read once (a sort of every waiting document); what others store meanwhile comes next round
  let queue: number[] = [];
  for (let k = 0; k < (options.maxSteps ?? Infinity); k++) {
    if (!queue.length) queue = store.pendingIds(LARGE);
    if (!queue.length) break;
    const ids = queue.splice(0, options.chunk ?? CHUNK);
    const n = db.transaction(() => {
      const docs = ids.map((id) => store.pendingDocument(id)).filter((d): d is PendingDocument => !!d);
      if (!docs.length) return 0;
      // the picture of a store from before migration 6 has no clusters: it is merged anew
      db.exec('DELETE FROM events WHERE cluster IS NULL');
      const { chunk, seq } = store.last();
      const step = new Step(store, know);
      const families = step.run(docs);
      step.write();
      docs.forEach((d, k) => store.markMerged(d.rowid, chunk + 1, seq + 1 + k, families.get(d.id)!));
      return docs.length;
    }).immediate();
    if (!n) continue;
    documents += n; steps++;
    options.onStep?.(documents);
  }
  return { documents, steps, seconds: (performance.now() - started) / 1000 };
}

/** Every recorded step again, in order, from the documents' own events (one transaction per step). */
function replay(store: ClusterStore, know: MergeKnowledge, onStep?: (documents: number) => void): { documents: number; steps: number } {
  const { db } = store;
  let documents = 0, steps = 0;
  db.transaction(() => store.clear()).immediate();
  for (const chunk of store.chunks()) {
    db.transaction(() => {
      const docs = store.chunkDocuments(chunk);
      const step = new Step(store, know);
      step.run(docs);
      step.write();
      documents += docs.length;
    }).immediate();
    steps++;
    onStep?.(documents);
  }
  db.transaction(() => store.setReplay(false)).immediate();
  return { documents, steps };
}

/** The full rebuild: every step replayed from the documents' own events, then what is not merged yet. */
export function remerge(db: DB, kb?: KnowledgeBase, onStep?: (documents: number) => void): MergeRun {
  new ClusterStore(db).setReplay(true);
  return mergePending(db, kb, { onStep });
}
