// Writing documents into the PostgreSQL store: the same rows and the same duplicate decisions as
// the SQLite store's DocumentWriter (../relations.ts, ../rows.ts), read and written a batch per
// transaction. Each write transaction first takes an advisory lock: workers on several machines
// prepare documents side by side, but store them one batch at a time, so every duplicate check
// sees every document committed before it and a document is stored exactly once.
import type { Document } from '../../document/types.js';
import type { Fingerprint } from '../../dedupe/fingerprint.js';
import { bandKeys } from '../../dedupe/minhash.js';
import { loadKnowledgeBase, type KnowledgeBase } from '../../actors/kb.js';
import { actorRow, packMentions } from '../actors.js';
import { SET_REPLAY_PG } from '../clusters.js';
import { ANALYSIS_VERSION, UNCHANGED, type AddResult } from '../documents.js';
import type { IngestStore, StoredState, WriteItem } from '../ingest-store.js';
import { MAX_CANDIDATES, exactCopy, relationsFrom, signatureBytes, toSignature, worthReading, type Relations, type StoredBody, type StoredSignature } from '../relations.js';
import { actorCounts, actorsToWrite, documentRow } from '../rows.js';
import type { PgClient, PgQueries } from './client.js';
import { LOCKS } from './migrate.js';
import { noteChange } from './reader.js';

/** Is each of these documents stored, and analysed by this version? One round trip for all. */
export async function storedStates(db: PgQueries, ids: string[]): Promise<Map<string, StoredState>> {
  const rows = await db.query<{ id: string; current: boolean }>(`SELECT id, analysis >= ${ANALYSIS_VERSION} AS current FROM documents WHERE id = ANY($1::text[])`, [ids]);
  const current = new Map(rows.map((r) => [r.id, r.current]));
  return new Map(ids.map((id) => [id, !current.has(id) ? 'no' : current.get(id) ? 'current' : 'stale']));
}

export class PgIngestStore implements IngestStore {
  /** Knowledge-base actors written by a committed batch of this process. */
  private actorsWritten = new Set<string>();

  // (the reader asks for every JSONL line at once, a server cannot answer that fast: lines are read)
  readonly knownLine = null;

  constructor(private readonly client: PgClient, private readonly kb: KnowledgeBase = loadKnowledgeBase()) {}

  async stored(id: string): Promise<StoredState> {
    return (await storedStates(this.client, [id])).get(id)!;
  }

  storedMany(ids: readonly string[]): Promise<Map<string, StoredState>> {
    return storedStates(this.client, [...ids]);
  }

  async write(items: WriteItem[], lines: Array<[Buffer, string]>): Promise<Array<AddResult | null>> {
    const written = new Set(this.actorsWritten);
    const results = await this.client.transaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock($1)', [LOCKS.write]);
      const batch = new Batch(tx, this.kb, written);
      const out: Array<AddResult | null> = [];
      for (const d of items) {
        const r = d.again ? null : await batch.add(d.doc, d.fp);
        if (d.again) await batch.reanalyze(d.doc);
        if (d.line) await batch.rememberLine(d.line, r?.id ?? d.doc.id);
        out.push(r);
      }
      for (const [hash, id] of lines) await batch.rememberLine(hash, id);
      await noteChange(tx);
      return out;
    });
    await noteChange(this.client);
    this.actorsWritten = written;
    return results;
  }
}

/** One write transaction's statements. */
class Batch {
  constructor(private readonly tx: PgQueries, private readonly kb: KnowledgeBase, private readonly actorsWritten: Set<string>) {}

  async rememberLine(hash: Buffer, id: string): Promise<void> {
    await this.tx.query('INSERT INTO jsonl_lines (hash, document) VALUES ($1, $2) ON CONFLICT (hash) DO UPDATE SET document = excluded.document', [hash, id]);
  }

  private async rowidOf(id: string): Promise<number | undefined> {
    return (await this.tx.query<{ rowid: number }>('SELECT rowid FROM documents WHERE id = $1', [id]))[0]?.rowid;
  }

  async add(doc: Document, fp: Fingerprint): Promise<AddResult> {
    if (await this.rowidOf(doc.id) !== undefined) return UNCHANGED(doc.id);
    const mine = new Set(fp.shingles);
    const rel = await this.relations(doc, fp, mine);
    const row = documentRow(doc, fp.textHash, rel);
    const cols = Object.keys(row);
    const [inserted] = await this.tx.query<{ rowid: number }>(
      `INSERT INTO documents (${cols.join(', ')}, analysis) VALUES (${cols.map((_, i) => `$${i + 1}`).join(', ')}, ${ANALYSIS_VERSION}) RETURNING rowid`,
      Object.values(row));
    const rowid = inserted!.rowid;
    if (rel.olderVersionOf) await this.tx.query('UPDATE documents SET version_of = $1 WHERE id = $2 AND version_of IS NULL', [doc.id, rel.olderVersionOf]);
    if (rel.containedCopy) await this.replaceCopy(doc.id, rel.containedCopy, rel.similarity);
    await this.segments(rowid, doc);
    await this.storeMentions(rowid, doc);
    await this.tx.query('INSERT INTO minhash (doc, signature, shingles) VALUES ($1, $2, $3)', [rowid, signatureBytes(fp.signature), mine.size]);
    // only canonical articles go into the band index: copies are found through them
    if (!rel.duplicateOf) await this.tx.query('INSERT INTO lsh_bands (key, doc) SELECT unnest($1::bigint[]), $2 ON CONFLICT DO NOTHING', [fp.bandKeys, rowid]);
    return { status: 'added', id: doc.id, duplicateOf: rel.duplicateOf, versionOf: rel.versionOf ?? rel.olderVersionOf, reusedOrigin: rel.reusedOrigin, replacedCopy: rel.containedCopy };
  }

  /** The same decision as the SQLite store's, from rows read in four round trips at most. */
  private async relations(doc: Document, fp: Fingerprint, mine: Set<number>): Promise<Relations> {
    const [exact] = await this.tx.query<{ id: string; duplicate_of: string | null }>(
      'SELECT id, duplicate_of FROM documents WHERE text_hash = $1 ORDER BY rowid LIMIT 1', [fp.textHash]);
    if (exact) return exactCopy(exact);
    const previous = (await this.tx.query<{ rowid: number }>('SELECT rowid FROM documents WHERE origin = $1 ORDER BY rowid DESC LIMIT 1', [doc.origin]))[0]?.rowid ?? null;
    const candidates = await this.tx.query<{ doc: number }>(
      `SELECT doc FROM lsh_bands WHERE key = ANY($1::bigint[]) GROUP BY doc ORDER BY count(*) DESC, doc LIMIT ${MAX_CANDIDATES}`, [fp.bandKeys]);
    const rowids = new Set(candidates.map((r) => r.doc));
    if (previous !== null) rowids.add(previous);
    if (!rowids.size) return relationsFrom(doc, mine, [], previous);
    const signatures = new Map((await this.tx.query<StoredSignature & { doc: number }>(
      `SELECT m.doc, m.signature, m.shingles, d.update_marker IS NOT NULL AS marked
       FROM minhash m JOIN documents d ON d.rowid = m.doc WHERE m.doc = ANY($1::bigint[])`, [[...rowids]])).map((r) => [r.doc, r]));
    const worth = worthReading(doc, fp, mine, [...rowids].map((r) => [r, signatures.get(r)]), previous);
    const bodies = worth.length ? await this.tx.query<StoredBody>(
      `SELECT rowid, id, duplicate_of, update_marker, agency, text, body_begin, body_end FROM documents WHERE rowid = ANY($1::bigint[])`, [worth]) : [];
    const byRowid = new Map(bodies.map((b) => [b.rowid, b]));
    return relationsFrom(doc, mine, worth.map((r) => byRowid.get(r)!), previous);
  }

  /** The stored article was a shortened copy of this one: this one becomes the original, and the band index keeps holding originals only. */
  private async replaceCopy(id: string, copyId: string, similarity: number | null): Promise<void> {
    await this.tx.query('UPDATE documents SET duplicate_of = $1 WHERE duplicate_of = $2', [id, copyId]);
    await this.tx.query('UPDATE documents SET duplicate_of = $1, similarity = $2 WHERE id = $3', [id, similarity, copyId]);
    const [copy] = await this.tx.query<{ rowid: number; signature: Uint8Array }>(
      'SELECT d.rowid, m.signature FROM documents d JOIN minhash m ON m.doc = d.rowid WHERE d.id = $1', [copyId]);
    if (copy) await this.tx.query('DELETE FROM lsh_bands WHERE doc = $1 AND key = ANY($2::bigint[])', [copy.rowid, bandKeys(toSignature(copy.signature))]);
  }

  /** Paragraphs, sentences and the sentences' German stems for full-text search: one statement each. */
  private async segments(rowid: number, doc: Document): Promise<void> {
    const ps = doc.paragraphs;
    await this.tx.query(`INSERT INTO paragraphs (doc, idx, begin, "end", heading, repeat_of)
      SELECT $1::bigint, * FROM unnest($2::int[], $3::int[], $4::int[], $5::int[], $6::int[])`,
    [rowid, ps.map((_, i) => i), ps.map((p) => p.span[0]), ps.map((p) => p.span[1]), ps.map((p) => p.heading ? 1 : 0), ps.map((p) => p.repeatOf)]);
    const ss = doc.sentences;
    await this.tx.query(`WITH s AS (
        INSERT INTO sentences (doc, idx, paragraph, begin, "end", repeat_of)
        SELECT $1::bigint, * FROM unnest($2::int[], $3::int[], $4::int[], $5::int[], $6::int[]) RETURNING rowid, idx)
      INSERT INTO sentences_fts (rowid, words)
      SELECT s.rowid, to_tsvector('german', t.text) FROM s JOIN unnest($7::text[]) WITH ORDINALITY AS t(text, n) ON t.n = s.idx + 1`,
    [rowid, ss.map((_, i) => i), ss.map((s) => s.paragraph), ss.map((s) => s.span[0]), ss.map((s) => s.span[1]), ss.map((s) => s.repeatOf),
      ss.map((s) => doc.text.slice(s.span[0], s.span[1]))]);
  }

  /** Replaces what was derived from a stored document's words. */
  async reanalyze(doc: Document): Promise<void> {
    const rowid = await this.rowidOf(doc.id);
    if (rowid === undefined) return;
    for (const table of ['mentions', 'statements', 'actor_mentions']) await this.tx.query(`DELETE FROM ${table} WHERE doc = $1`, [rowid]);
    // a merged document keeps its place in the merge's order; when its events changed, the
    // next merge replays every step (../../merge/incremental.ts)
    const [merged] = await this.tx.query<{ data: string; merge_seq: number | null }>('SELECT data, merge_seq FROM doc_events WHERE doc = $1', [rowid]);
    const events = JSON.stringify(doc.events);
    if (merged?.merge_seq != null) {
      if (merged.data !== events) {
        await this.tx.query('UPDATE doc_events SET data = $1 WHERE doc = $2', [events, rowid]);
        await this.tx.query(SET_REPLAY_PG, [1]);
      }
    } else await this.tx.query('DELETE FROM doc_events WHERE doc = $1', [rowid]);
    await this.storeMentions(rowid, doc, merged?.merge_seq == null);
    await this.tx.query(`UPDATE documents SET analysis = ${ANALYSIS_VERSION} WHERE rowid = $1`, [rowid]);
  }

  private async storeMentions(rowid: number, doc: Document, withEvents = true): Promise<void> {
    const upsert = (table: string, data: string) => this.tx.query(
      `INSERT INTO ${table} (doc, data) VALUES ($1, $2) ON CONFLICT (doc) DO UPDATE SET data = excluded.data`, [rowid, data]);
    await upsert('mentions', packMentions(doc.mentions));
    if (doc.statements.length) await upsert('statements', JSON.stringify(doc.statements));
    if (withEvents && doc.events.length) await upsert('doc_events', JSON.stringify(doc.events));
    const counts = actorCounts(doc);
    if (counts.length) await this.tx.query('INSERT INTO actor_mentions (actor, doc, n, spoke) SELECT a, $1, n, s FROM unnest($2::text[], $3::int[], $4::int[]) AS x(a, n, s)',
      [rowid, counts.map((c) => c[0]), counts.map((c) => c[1]), counts.map((c) => c[2])]);
    for (const a of actorsToWrite(doc, this.kb, this.actorsWritten)) await this.storeActor(actorRow(a), a.origin === 'document');
  }

  /** Knowledge-base actors: the snapshot follows the data; an article's own persons: the first introduction stays. */
  private async storeActor(row: ReturnType<typeof actorRow>, local: boolean): Promise<void> {
    const cols = Object.keys(row);
    const insert = `INSERT INTO actors (${cols.join(', ')}) VALUES (${cols.map((_, i) => `$${i + 1}`).join(', ')})`;
    await this.tx.query(local ? `${insert} ON CONFLICT (id) DO NOTHING` : `${insert}
      ON CONFLICT (id) DO UPDATE SET name = excluded.name, kind = excluded.kind, wikidata = excluded.wikidata, gender = excluded.gender,
      party = excluded.party, country = excluded.country, sector = excluded.sector, origin = excluded.origin, data = excluded.data
      WHERE actors.data IS DISTINCT FROM excluded.data OR actors.name IS DISTINCT FROM excluded.name OR actors.wikidata IS DISTINCT FROM excluded.wikidata`,
    Object.values(row));
  }
}
