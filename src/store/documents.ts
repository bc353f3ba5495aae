// Writing documents and what the pipeline derived from them into the SQLite store; finding their
// duplicates (the decision in relations.ts, the rows in rows.ts: the PostgreSQL store shares both).
import type { Document, RawDocument } from '../document/types.js';
import { BANDS, bandKeys } from '../dedupe/minhash.js';
import { fingerprint, type Fingerprint } from '../dedupe/fingerprint.js';
import type { DB } from './db.js';
import type { Stopwatch } from '../pipeline/stopwatch.js';
import { loadKnowledgeBase, type KnowledgeBase } from '../actors/kb.js';
import { actorRow, packMentions } from './actors.js';
import { SET_REPLAY } from './clusters.js';
import { MAX_CANDIDATES, exactCopy, relationsFrom, signatureBytes, toSignature, worthReading, type Relations } from './relations.js';
import { actorCounts, actorsToWrite, documentRow } from './rows.js';

export interface AddResult {
  status: 'added' | 'unchanged';
  id: string;
  duplicateOf: string | null;
  versionOf: string | null;
  /** The same origin (path, link, JSONL id) held an unrelated text before: both are kept. */
  reusedOrigin: boolean;
  /** A stored shortened copy of this article, now marked as its duplicate. */
  replacedCopy: string | null;
}

/** What add() answers for a document stored before. */
export const UNCHANGED = (id: string): AddResult => ({ status: 'unchanged', id, duplicateOf: null, versionOf: null, reusedOrigin: false, replacedCopy: null });

interface Row { rowid: number; id: string; duplicate_of: string | null }

/**
 * The version of everything derived from a document's words (mentions; statements and events
 * as they land). A stored document with an older one is analysed again by the next ingest.
 */
export const ANALYSIS_VERSION = 3;

export class DocumentWriter {
  private readonly q;

  private readonly actorsWritten = new Set<string>();

  constructor(db: DB, private readonly stopwatch?: Stopwatch, private readonly kb: KnowledgeBase = loadKnowledgeBase()) {
    this.q = {
      exists: db.prepare<[string], { rowid: number }>('SELECT rowid FROM documents WHERE id = ?'),
      // (from the index alone: the planner would take the unique index on id and read the row)
      analysisOf: db.prepare<[string], { current: number }>(`SELECT analysis >= ${ANALYSIS_VERSION} AS current FROM documents INDEXED BY documents_id_analysis WHERE id = ?`),
      dropMentions: db.prepare<[number]>('DELETE FROM mentions WHERE doc = ?'),
      dropStatements: db.prepare<[number]>('DELETE FROM statements WHERE doc = ?'),
      dropEvents: db.prepare<[number]>('DELETE FROM doc_events WHERE doc = ?'),
      mergedEvents: db.prepare<[number], { data: string; merge_seq: number | null }>('SELECT data, merge_seq FROM doc_events WHERE doc = ?'),
      remergedEvents: db.prepare<[string, number]>('UPDATE doc_events SET data = ? WHERE doc = ?'),
      replayMerge: db.prepare<[number]>(SET_REPLAY),
      analysed: db.prepare<[number]>(`UPDATE documents SET analysis = ${ANALYSIS_VERSION} WHERE rowid = ?`),
      lineCurrent: db.prepare<[Buffer], { current: number }>(`SELECT d.analysis >= ${ANALYSIS_VERSION} AS current
        FROM jsonl_lines l JOIN documents d INDEXED BY documents_id_analysis ON d.id = l.document WHERE l.hash = ?`),
      rememberLine: db.prepare<[Buffer, string]>('INSERT OR REPLACE INTO jsonl_lines (hash, document) VALUES (?, ?)'),
      byHash: db.prepare<[string], Row>('SELECT rowid, id, duplicate_of FROM documents WHERE text_hash = ? ORDER BY rowid LIMIT 1'),
      byOrigin: db.prepare<[string], Row>('SELECT rowid, id, duplicate_of FROM documents WHERE origin = ? ORDER BY rowid DESC LIMIT 1'),
      // the documents sharing most bands first; a cap keeps boilerplate-heavy corpora linear
      candidates: db.prepare<number[], { doc: number }>(
        `SELECT doc FROM lsh_bands WHERE key IN (${Array(BANDS).fill('?').join(',')})
         GROUP BY doc ORDER BY count(*) DESC, doc LIMIT ${MAX_CANDIDATES}`),
      signatureOf: db.prepare<[number], { signature: Buffer; shingles: number; marked: number }>(
        'SELECT m.signature, m.shingles, d.update_marker IS NOT NULL AS marked FROM minhash m JOIN documents d ON d.rowid = m.doc WHERE m.doc = ?'),
      // the body is sliced in JavaScript: spans count UTF-16 units, SQLite's substr() code points
      bodyOf: db.prepare<[number], { id: string; text: string; body_begin: number; body_end: number; duplicate_of: string | null;
        version_of: string | null; update_marker: string | null; agency: string | null }>(
        'SELECT id, duplicate_of, version_of, update_marker, agency, text, body_begin, body_end FROM documents WHERE rowid = ?'),
      setVersionOf: db.prepare<[string, string]>('UPDATE documents SET version_of = ? WHERE id = ? AND version_of IS NULL'),
      markDuplicate: db.prepare<[string, number | null, string]>('UPDATE documents SET duplicate_of = ?, similarity = ? WHERE id = ?'),
      repointDuplicates: db.prepare<[string, string]>('UPDATE documents SET duplicate_of = ? WHERE duplicate_of = ?'),
      copyRow: db.prepare<[string], { rowid: number; signature: Buffer }>(
        'SELECT d.rowid, m.signature FROM documents d JOIN minhash m ON m.doc = d.rowid WHERE d.id = ?'),
      dropBand: db.prepare<[number, number]>('DELETE FROM lsh_bands WHERE key = ? AND doc = ?'),
      insert: db.prepare(`INSERT INTO documents (id, source, origin, format, title, title_begin, title_end, published,
        agency, places, dateline_begin, dateline_end, author, url, outlet, update_marker, update_begin, update_end,
        body_begin, body_end, text, text_hash, duplicate_of, similarity, version_of, warnings, ingested_at, analysis)
        VALUES (@id, @source, @origin, @format, @title, @title_begin, @title_end, @published, @agency, @places,
        @dateline_begin, @dateline_end, @author, @url, @outlet, @update_marker, @update_begin, @update_end,
        @body_begin, @body_end, @text, @text_hash, @duplicate_of, @similarity, @version_of, @warnings, @ingested_at, ${ANALYSIS_VERSION})`),
      paragraph: db.prepare('INSERT INTO paragraphs (doc, idx, begin, end, heading, repeat_of) VALUES (?, ?, ?, ?, ?, ?)'),
      sentence: db.prepare('INSERT INTO sentences (doc, idx, paragraph, begin, end, repeat_of) VALUES (?, ?, ?, ?, ?, ?)'),
      fts: db.prepare('INSERT INTO sentences_fts (rowid, text) VALUES (?, ?)'),
      minhash: db.prepare('INSERT INTO minhash (doc, signature, shingles) VALUES (?, ?, ?)'),
      band: db.prepare('INSERT OR IGNORE INTO lsh_bands (key, doc) VALUES (?, ?)'),
      mentions: db.prepare<[number, string]>('INSERT OR REPLACE INTO mentions (doc, data) VALUES (?, ?)'),
      statements: db.prepare<[number, string]>('INSERT OR REPLACE INTO statements (doc, data) VALUES (?, ?)'),
      events: db.prepare<[number, string]>('INSERT OR REPLACE INTO doc_events (doc, data) VALUES (?, ?)'),
      actorMentions: db.prepare<[string, number, number, number]>('INSERT INTO actor_mentions (actor, doc, n, spoke) VALUES (?, ?, ?, ?)'),
      dropActorMentions: db.prepare<[number]>('DELETE FROM actor_mentions WHERE doc = ?'),
      // knowledge-base actors: the snapshot follows the data; an article's own persons: the first introduction stays
      actorKb: db.prepare(`INSERT INTO actors (id, name, kind, wikidata, gender, party, country, sector, origin, data)
        VALUES (@id, @name, @kind, @wikidata, @gender, @party, @country, @sector, @origin, @data)
        ON CONFLICT(id) DO UPDATE SET name = excluded.name, kind = excluded.kind, wikidata = excluded.wikidata, gender = excluded.gender,
        party = excluded.party, country = excluded.country, sector = excluded.sector, origin = excluded.origin, data = excluded.data
        WHERE actors.data IS NOT excluded.data OR actors.name IS NOT excluded.name OR actors.wikidata IS NOT excluded.wikidata`),
      actorLocal: db.prepare(`INSERT OR IGNORE INTO actors (id, name, kind, wikidata, gender, party, country, sector, origin, data)
        VALUES (@id, @name, @kind, @wikidata, @gender, @party, @country, @sector, @origin, @data)`),
    };
  }

  /** Is the document stored, and analysed by this version (one lookup: an unchanged re-ingest makes one per document)? */
  stored(id: string): 'no' | 'current' | 'stale' {
    const r = this.q.analysisOf.get(id);
    return !r ? 'no' : r.current ? 'current' : 'stale';
  }

  /** Is the JSONL line with this SHA-256 stored, as a document analysed by this version? */
  lineCurrent(hash: Buffer): boolean {
    return this.q.lineCurrent.get(hash)?.current === 1;
  }

  /** Remembers a JSONL line's hash for the document it holds (inside the document's transaction). */
  rememberLine(hash: Buffer, id: string): void {
    this.q.rememberLine.run(hash, id);
  }

  has(id: string): boolean {
    return this.q.exists.get(id) !== undefined;
  }

  /** How this document relates to the stored ones: exact copy, near-duplicate, version, or the original of a stored copy. */
  private relations(doc: Document, fp: Fingerprint, mine: Set<number>): Relations {
    const exact = this.q.byHash.get(fp.textHash);
    if (exact) return exactCopy(exact);
    // LSH candidates plus the last document from the same origin
    const previous = this.q.byOrigin.get(doc.origin)?.rowid ?? null;
    const rowids = new Set(this.q.candidates.all(...fp.bandKeys).map((r) => r.doc));
    if (previous !== null) rowids.add(previous);
    const worth = worthReading(doc, fp, mine, [...rowids].map((r) => [r, this.q.signatureOf.get(r)]), previous);
    return relationsFrom(doc, mine, worth.map((r) => ({ rowid: r, ...this.q.bodyOf.get(r)! })), previous);
  }

  /** Replaces what was derived from a stored document's words; call inside a transaction. */
  reanalyze(doc: Document): void {
    const rowid = this.q.exists.get(doc.id)?.rowid;
    if (rowid === undefined) return;
    this.q.dropMentions.run(rowid);
    this.q.dropStatements.run(rowid);
    this.q.dropActorMentions.run(rowid);
    // a merged document keeps its place in the merge's order; when its events changed, the
    // next merge replays every step (../merge/incremental.ts)
    const merged = this.q.mergedEvents.get(rowid);
    const events = JSON.stringify(doc.events);
    if (merged?.merge_seq != null) {
      if (merged.data !== events) { this.q.remergedEvents.run(events, rowid); this.q.replayMerge.run(1); }
    } else this.q.dropEvents.run(rowid);
    this.storeMentions(rowid, doc, merged?.merge_seq == null);
    this.q.analysed.run(rowid);
  }

  private storeMentions(rowid: number, doc: Document, withEvents = true): void {
    this.q.mentions.run(rowid, packMentions(doc.mentions));
    if (doc.statements.length) this.q.statements.run(rowid, JSON.stringify(doc.statements));
    if (withEvents && doc.events.length) this.q.events.run(rowid, JSON.stringify(doc.events));
    for (const [id, n, spoke] of actorCounts(doc)) this.q.actorMentions.run(id, rowid, n, spoke);
    for (const a of actorsToWrite(doc, this.kb, this.actorsWritten)) (a.origin === 'document' ? this.q.actorLocal : this.q.actorKb).run(actorRow(a));
  }

  /**
   * Runs `write` (adds, re-analyses) and then writes the full-text rows of the sentences it
   * added, all at once; call inside a transaction. FTS5 holds new rows in memory until a
   * savepoint, and nearly every later write in the transaction opens one: written among the
   * other rows, each document's sentences became an index segment of their own, and the
   * first write after them paid for it (BENCHMARKS.md, tenth session).
   */
  batch<T>(write: () => T): T {
    this.searchQueue = [];
    try {
      const out = write();
      for (const [rowid, text] of this.searchQueue) this.q.fts.run(rowid, text);
      return out;
    } finally {
      this.searchQueue = null;
    }
  }

  /** The sentences' full-text rows waiting for the end of the batch (null: outside one, written at once). */
  private searchQueue: Array<[number | bigint, string]> | null = null;

  /** Stores one prepared document with its segments; call inside a transaction. */
  add(doc: Document, fp: Fingerprint = fingerprint(doc)): AddResult {
    if (this.has(doc.id)) return UNCHANGED(doc.id);
    this.stopwatch?.lap('write');
    const { signature: sig, bandKeys: keys } = fp;
    const mine = new Set(fp.shingles);
    const rel = this.relations(doc, fp, mine);
    const { duplicateOf, versionOf, olderVersionOf, containedCopy, similarity, reusedOrigin } = rel;
    this.stopwatch?.lap('dedupe');
    const info = this.q.insert.run(documentRow(doc, fp.textHash, rel));
    const rowid = Number(info.lastInsertRowid);
    if (olderVersionOf) this.q.setVersionOf.run(doc.id, olderVersionOf);
    if (containedCopy) {
      // the stored article was a shortened copy of this one: this one becomes the original,
      // and the band index keeps holding originals only
      this.q.repointDuplicates.run(doc.id, containedCopy);
      this.q.markDuplicate.run(doc.id, similarity, containedCopy);
      const copy = this.q.copyRow.get(containedCopy);
      if (copy) for (const key of bandKeys(toSignature(copy.signature))) this.q.dropBand.run(key, copy.rowid);
    }
    doc.paragraphs.forEach((p, i) => this.q.paragraph.run(rowid, i, p.span[0], p.span[1], p.heading ? 1 : 0, p.repeatOf));
    doc.sentences.forEach((s, i) => {
      const r = this.q.sentence.run(rowid, i, s.paragraph, s.span[0], s.span[1], s.repeatOf);
      const text = doc.text.slice(s.span[0], s.span[1]);
      if (this.searchQueue) this.searchQueue.push([r.lastInsertRowid, text]); else this.q.fts.run(r.lastInsertRowid, text);
    });
    this.storeMentions(rowid, doc);
    this.q.minhash.run(rowid, signatureBytes(sig), mine.size);
    // only canonical articles go into the band index: copies are found through them
    if (!duplicateOf) for (const key of keys) this.q.band.run(key, rowid);
    this.stopwatch?.lap('write');
    return { status: 'added', id: doc.id, duplicateOf: duplicateOf ?? null, versionOf: versionOf ?? olderVersionOf, reusedOrigin, replacedCopy: containedCopy };
  }
}

/** A stored document as a reader would hand it on again, for a new analysis. */
export function storedRaw(db: DB, id: string): RawDocument | undefined {
  const r = db.prepare<[string], { source: string; origin: string; format: RawDocument['format']; text: string; title: string | null;
    published: string | null; author: string | null; url: string | null; outlet: string | null }>(
    'SELECT source, origin, format, text, title, published, author, url, outlet FROM documents WHERE id = ?').get(id);
  return r ? { ...r } : undefined;
}
