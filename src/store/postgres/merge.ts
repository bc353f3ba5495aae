// The incremental merge on the PostgreSQL store: the same steps as ../../merge/incremental.ts
// on the SQLite store, with the same Merger. The Merger asks its cluster source synchronously,
// which a server cannot answer, so each step first asks the Merger which lookups its documents
// will make (Merger.lookupsOf), fetches the clusters those find in one round trip, and then
// merges in memory. Steps run one at a time across all processes (an advisory lock), so
// workers on several machines merge into one picture as a single process would.
import type { KnowledgeBase } from '../../actors/kb.js';
import type { DocEvent } from '../../document/types.js';
import { readPlover } from '../../events/plover.js';
import {
  ClusterIndex, Merger, clusterKeys, clusterSubjects, codedEvents, namedKeys, pictureOf, sideKeys, spanOf,
  type Cluster, type ClusterLookup, type ClusterSource, type DocumentEvents, type MergedEvent, type MergeKnowledge, type NamedEvent,
} from '../../merge/events.js';
import { CHUNK, knowledgeOf, type MergeRun } from '../../merge/incremental.js';
import { packCluster, parseEvents, unpackCluster, type PendingDocument, type Waiting } from '../clusters.js';
import type { PgClient, PgQueries } from './client.js';
import { noteChange } from './reader.js';
import { LOCKS } from './migrate.js';
import { replaceClusterEvents } from './events.js';

// ISO dates compare as bytes, whatever collation the database has
const PENDING = `SELECT d.rowid, d.id, d.published, d.duplicate_of, d.version_of, d.text, e.data, e.merge_family, e.merge_seq
  FROM doc_events e JOIN documents d ON d.rowid = e.doc`;

/** Clusters fetched for a step's lookups, and the step's own: every lookup is answered in memory. */
class FetchedClusters implements ClusterSource {
  private readonly local: ClusterIndex;
  readonly loaded = new Map<number, Cluster>();

  constructor(countryOf: (id: string) => string | null, firstId: number) {
    this.local = new ClusterIndex(countryOf, firstId);
  }

  nextId(): number { return this.local.nextId(); }
  index(c: Cluster): void { this.loaded.set(c.id, c); this.local.index(c); }
  lookup(keys: Map<string, boolean>, months: string[] | null, window: [string, string] | null, subjects: Set<string> | null): Iterable<Cluster> {
    return this.local.lookup(keys, months, window, subjects);
  }

  /** Fetches the stored clusters these lookups find (as the SQLite store's queries find them), unless loaded. */
  async fetch(tx: PgQueries, lookups: ClusterLookup[]): Promise<void> {
    const rows = lookups.flatMap((l) => [...l.keys].flatMap(([key, all]) => (l.months && l.window ? l.months : [null]).map((month) => ({
      key, month, w0: month && l.window![0], w1: month && l.window![1], itself: all ? 0 : 1, subjects: l.subjects && JSON.stringify([...l.subjects].sort()),
    }))));
    if (!rows.length) return;
    const found = await tx.query<{ id: number }>(`SELECT DISTINCT k.cluster AS id
      FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::int[], $6::text[]) AS q(key, month, w0, w1, itself, subjects)
      JOIN cluster_keys k ON k.key = q.key AND k.itself >= q.itself
        AND (q.month IS NULL OR (k.month = q.month AND (k.begin IS NULL OR (k.begin <= q.w1 COLLATE "C" AND k."end" >= q.w0 COLLATE "C"))))
      WHERE q.subjects IS NULL OR EXISTS (SELECT 1 FROM cluster_subjects s
        WHERE s.cluster = k.cluster AND s.token IN (SELECT jsonb_array_elements_text(q.subjects::jsonb)))`,
    [rows.map((r) => r.key), rows.map((r) => r.month), rows.map((r) => r.w0), rows.map((r) => r.w1), rows.map((r) => r.itself), rows.map((r) => r.subjects)]);
    await this.load(tx, found.map((r) => r.id));
  }

  /** Reads these clusters from the store, unless loaded (a loaded one may have changed in this step). */
  async load(tx: PgQueries, ids: number[]): Promise<void> {
    const missing = [...new Set(ids)].filter((id) => !this.loaded.has(id)).sort((a, b) => a - b);
    if (!missing.length) return;
    for (const r of await tx.query<{ data: string }>('SELECT data FROM clusters WHERE id = ANY($1::bigint[]) ORDER BY id', [missing])) this.index(unpackCluster(r.data));
  }
}

/** One step: documents in their merge order, then the references waiting for them. */
class Step {
  private readonly families = new Map<string, string>();
  private readonly source: FetchedClusters;
  private readonly merger: Merger;

  constructor(private readonly tx: PgQueries, private readonly know: MergeKnowledge, firstId: number) {
    this.source = new FetchedClusters(know.countryOf, firstId);
    this.merger = new Merger(this.source, know, (id) => { const f = this.families.get(id); return f && f !== id ? f : null; });
  }

  /** A document's family, as the SQLite store's step finds it (../../merge/incremental.ts, familyOf). */
  private async familyOf(doc: PendingDocument): Promise<string> {
    if (doc.merge_family) return doc.merge_family;
    let id = doc.id;
    for (let k = 0, o = doc.duplicate_of ?? doc.version_of; k < 10 && o; k++) {
      id = o;
      o = (await this.tx.query<{ origin: string | null }>('SELECT coalesce(duplicate_of, version_of) AS origin FROM documents WHERE id = $1', [id]))[0]?.origin ?? null;
    }
    if (id !== doc.id) {
      const [merged] = await this.tx.query<{ family: string | null }>('SELECT e.merge_family AS family FROM documents d JOIN doc_events e ON e.doc = d.rowid WHERE d.id = $1', [id]);
      if (merged?.family) return merged.family;
    }
    const [copy] = await this.tx.query<{ family: string }>(`SELECT e.merge_family AS family FROM documents d JOIN doc_events e ON e.doc = d.rowid
      WHERE d.duplicate_of = $1 AND e.merge_family IS NOT NULL ORDER BY d.rowid LIMIT 1`, [id]);
    return copy?.family ?? id;
  }

  async run(docs: PendingDocument[]): Promise<Map<string, string>> {
    const families = new Map<string, string>();
    for (const doc of docs) families.set(doc.id, await this.familyOf(doc));
    for (const [id, f] of families) this.families.set(id, f);
    const events = docs.map((doc): DocumentEvents => ({ document: doc.id, published: doc.published, events: parseEvents(doc.data), text: doc.text }));
    await this.source.fetch(this.tx, events.flatMap((d) => this.merger.lookupsOf(d)));
    const named: Array<NamedEvent & { family: string }> = [];
    for (const d of events) for (const n of this.merger.add(d)) named.push({ ...n, family: families.get(d.document)! });
    await this.addNamed(named);
    return families;
  }

  /** The references of this step, and the waiting ones whose keys a touched cluster has, in the order they were told. */
  private async addNamed(fresh: Array<NamedEvent & { family: string }>): Promise<void> {
    const { tx, know } = this;
    const keys = new Set<string>();
    for (const c of this.merger.touched) for (const k of sideKeys(c.event.type, [...c.event.actors, ...c.event.recipients], know.countryOf)) keys.add(k);
    const waiting = keys.size ? await tx.query<Waiting>(`SELECT id, document, published, family, data FROM merge_waiting
      WHERE id IN (SELECT waiting FROM merge_waiting_keys WHERE key = ANY($1::text[])) ORDER BY id`, [[...keys]]) : [];
    const texts = new Map((waiting.length ? await tx.query<{ id: string; text: string }>('SELECT id, text FROM documents WHERE id = ANY($1::text[])',
      [[...new Set(waiting.map((w) => w.document))]]) : []).map((r) => [r.id, r.text]));
    const told = waiting.map((w): NamedEvent => ({ e: JSON.parse(w.data) as DocEvent, doc: { document: w.document, published: w.published, events: [], text: texts.get(w.document) ?? '' } }));
    waiting.forEach((w) => this.families.set(w.document, w.family));
    await this.source.fetch(tx, told.map((n) => this.merger.lookupsOf({ ...n.doc, events: [n.e] })[0]!));
    const joined: number[] = [];
    told.forEach((n, k) => { if (this.merger.addNamed(n)) joined.push(waiting[k]!.id); });
    if (joined.length) {
      await tx.query('DELETE FROM merge_waiting_keys WHERE waiting = ANY($1::bigint[])', [joined]);
      await tx.query('DELETE FROM merge_waiting WHERE id = ANY($1::bigint[])', [joined]);
    }
    for (const n of fresh) {
      if (this.merger.addNamed(n)) continue;
      const [row] = await tx.query<{ id: number }>('INSERT INTO merge_waiting (document, published, family, data) VALUES ($1, $2, $3, $4) RETURNING id',
        [n.doc.document, n.doc.published, n.family, JSON.stringify(n.e)]);
      await tx.query('INSERT INTO merge_waiting_keys (key, waiting) SELECT unnest($1::text[]), $2 ON CONFLICT DO NOTHING', [[...namedKeys(n, know.countryOf)], row!.id]);
    }
  }

  /**
   * Writes the touched clusters and the events of every cluster whose events may have changed:
   * the touched ones, and around an agreement to meet, every cluster that shares a report with
   * it (as the SQLite store's step does).
   */
  async write(): Promise<void> {
    const { tx, source, know } = this;
    const touched = [...this.merger.touched];
    await saveClusters(tx, touched, know);
    const plover = readPlover();
    const coded = new Map<Cluster, MergedEvent[]>();
    const codedOf = (c: Cluster) => { let e = coded.get(c); if (!e) coded.set(c, e = codedEvents(c, plover)); return e; };
    const affected = new Map(touched.map((c) => [c.id, c]));
    const queue = [...affected.values()];
    while (queue.length) {
      const c = queue.pop()!;
      if (!codedOf(c).some((e) => e.type === 'AGREE' && e.attributes.act)) continue;
      // (in the order the SQLite store's step takes them: by document as the cluster holds them, then by cluster)
      const rows = await tx.query<{ document: string; cluster: number }>('SELECT document, cluster FROM cluster_documents WHERE document = ANY($1::text[]) ORDER BY cluster',
        [[...c.event.documents]]);
      const ids = [...c.event.documents].flatMap((d) => rows.filter((r) => r.document === d).map((r) => r.cluster));
      await source.load(tx, ids.filter((id) => !affected.has(id)));
      for (const id of ids) {
        if (affected.has(id)) continue;
        const other = source.loaded.get(id)!;
        affected.set(id, other);
        queue.push(other);
      }
    }
    await replaceClusterEvents(tx, affected.keys(), pictureOf(affected.values(), know, plover, codedOf));
  }
}

/** The touched clusters with their keys, subjects and documents: one statement per table. */
async function saveClusters(tx: PgQueries, clusters: Cluster[], know: MergeKnowledge): Promise<void> {
  if (!clusters.length) return;
  await tx.query(`INSERT INTO clusters (id, type, data) SELECT * FROM unnest($1::bigint[], $2::text[], $3::text[])
    ON CONFLICT (id) DO UPDATE SET type = excluded.type, data = excluded.data`,
  [clusters.map((c) => c.id), clusters.map((c) => c.event.type), clusters.map(packCluster)]);
  // (every key gets the span: a cluster found under an older key may have moved in time)
  const keys = clusters.flatMap((c) => { const span = spanOf(c); return clusterKeys(c, know.countryOf).map(([k, m, itself]) => [k, m, c.id, itself ? 1 : 0, span?.[0] ?? null, span?.[1] ?? null] as const); });
  await tx.query(`INSERT INTO cluster_keys (key, month, cluster, itself, begin, "end") SELECT * FROM unnest($1::text[], $2::text[], $3::bigint[], $4::int[], $5::text[], $6::text[])
    ON CONFLICT (key, month, cluster) DO UPDATE SET itself = excluded.itself, begin = excluded.begin, "end" = excluded."end"`,
  [0, 1, 2, 3, 4, 5].map((i) => keys.map((k) => k[i])));
  const subjects = clusters.flatMap((c) => [...clusterSubjects(c)].map((t) => [c.id, t] as const));
  await tx.query('INSERT INTO cluster_subjects (cluster, token) SELECT * FROM unnest($1::bigint[], $2::text[]) ON CONFLICT DO NOTHING',
    [subjects.map((s) => s[0]), subjects.map((s) => s[1])]);
  const docs = clusters.flatMap((c) => [...c.event.documents].map((d) => [d, c.id] as const));
  await tx.query('INSERT INTO cluster_documents (document, cluster) SELECT * FROM unnest($1::text[], $2::bigint[]) ON CONFLICT DO NOTHING',
    [docs.map((d) => d[0]), docs.map((d) => d[1])]);
}

const maxClusterId = async (tx: PgQueries) => (await tx.query<{ id: number | null }>('SELECT max(id) AS id FROM clusters'))[0]?.id ?? 0;

/** Merges one step's documents and records their step, place and family. */
async function mergeStep(tx: PgQueries, know: MergeKnowledge, docs: PendingDocument[], chunk: number, seq: number): Promise<void> {
  const step = new Step(tx, know, await maxClusterId(tx) + 1);
  const families = await step.run(docs);
  await step.write();
  if (seq < 0) return;
  await tx.query(`UPDATE doc_events SET merge_chunk = $1, merge_seq = x.seq, merge_family = x.family
    FROM unnest($2::bigint[], $3::int[], $4::text[]) AS x(doc, seq, family) WHERE doc_events.doc = x.doc`,
  [chunk, docs.map((d) => d.rowid), docs.map((_, k) => seq + k), docs.map((d) => families.get(d.id)!)]);
}

/**
 * Merges the documents not merged yet into the stored picture, a step of CHUNK documents per
 * transaction; a replay due (a merged document's events changed) is done first, whole, in one
 * transaction under the merge lock: another worker's step cannot run between its steps, and two
 * workers never replay at once (the second finds it done).
 */
export async function mergePendingPg(client: PgClient, kb?: KnowledgeBase, options: { chunk?: number; onStep?: (documents: number) => void } = {}): Promise<MergeRun> {
  const started = performance.now();
  const know = knowledgeOf(kb);
  let documents = 0, steps = 0;
  for (let replayed = false; ; replayed = false) {
    const n = await client.transaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock($1)', [LOCKS.merge]);
      // (claimed first: a replay asked for while this one runs is done by the next merge)
      const claimed = await tx.query('UPDATE events_state SET replay = 0 WHERE id = 1 AND replay = 1 RETURNING id');
      if (claimed.length) {
        const r = await replay(tx, know);
        steps += r.steps;
        replayed = true;
        await noteChange(tx);
        return r.documents;
      }
      const docs = await tx.query<PendingDocument>(`${PENDING} WHERE e.merge_seq IS NULL
        ORDER BY d.published IS NULL, d.published COLLATE "C", d.rowid LIMIT $1`, [options.chunk ?? CHUNK]);
      if (!docs.length) return 0;
      await tx.exec('DELETE FROM events WHERE cluster IS NULL');
      const [last] = await tx.query<{ chunk: number; seq: number }>(`SELECT merge_chunk AS chunk, merge_seq AS seq FROM doc_events
        WHERE merge_seq IS NOT NULL ORDER BY merge_chunk DESC, merge_seq DESC LIMIT 1`);
      await mergeStep(tx, know, docs, (last?.chunk ?? 0) + 1, (last?.seq ?? 0) + 1);
      await noteChange(tx);
      steps++;
      return docs.length;
    });
    if (!n && !replayed) break;
    await noteChange(client);
    documents += n;
    options.onStep?.(documents);
  }
  return { documents, steps, seconds: (performance.now() - started) / 1000 };
}

/** Every recorded step again, in order, from the documents' own events (inside the caller's transaction, under the merge lock). */
async function replay(tx: PgQueries, know: MergeKnowledge): Promise<{ documents: number; steps: number }> {
  let documents = 0, steps = 0;
  await tx.exec(`DELETE FROM event_actors; DELETE FROM event_documents; DELETE FROM events;
    DELETE FROM clusters; DELETE FROM cluster_keys; DELETE FROM cluster_documents; DELETE FROM cluster_subjects;
    DELETE FROM merge_waiting; DELETE FROM merge_waiting_keys;`);
  const chunks = (await tx.query<{ chunk: number }>('SELECT DISTINCT merge_chunk AS chunk FROM doc_events WHERE merge_seq IS NOT NULL ORDER BY 1')).map((r) => r.chunk);
  for (const chunk of chunks) {
    const docs = await tx.query<PendingDocument>(`${PENDING} WHERE e.merge_chunk = $1 ORDER BY e.merge_seq`, [chunk]);
    await mergeStep(tx, know, docs, chunk, -1);
    documents += docs.length;
    steps++;
  }
  return { documents, steps };
}
