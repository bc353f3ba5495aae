// Analyse stored documents again: after adding an actor file, or when this version finds
// more than the one that stored them. The text and reading results stay as stored; only
// what is derived from the words (mentions and what builds on them) is replaced. Either
// store: the documents are read through a Reader and written back through its IngestStore.
import { mergePending } from '../merge/incremental.js';
import type { DB } from '../store/db.js';
import type { RawDocument } from '../document/types.js';
import { loadKnowledgeBase, type KnowledgeBase } from '../actors/kb.js';
import { SqliteIngestStore, type IngestStore } from '../store/ingest-store.js';
import { SqliteReader, type Reader } from '../store/reader.js';
import type { PgClient } from '../store/postgres/client.js';
import { PgIngestStore } from '../store/postgres/documents.js';
import { mergePendingPg } from '../store/postgres/merge.js';
import { PgReader } from '../store/postgres/reader.js';
import { defaultWorkers, PreparePool, type Prepared } from './pool.js';

export interface ReanalyzeOptions {
  actorFiles?: string[];
  /** Only documents whose analysis is older than this version's. */
  staleOnly?: boolean;
  /** A speaker model file; none: the rules' speakers. */
  speakerModel?: string | null;
  workers?: number;
  onProgress?: (done: number, total: number) => void;
  onProblem?: (id: string, reason: string) => void;
}

export interface ReanalyzeResult { documents: number; failed: number; seconds: number }

/** Documents analysed per slice: memory stays bounded, and a killed run keeps what it finished. */
const SLICE = 200;

/** A stored document as the reader gave it. */
function storedRaw(db: Reader, id: string): Promise<RawDocument | undefined> {
  return db.get<RawDocument>('SELECT source, origin, format, text, title, published, author, url, outlet FROM documents WHERE id = ?', [id]);
}

async function reanalyzeInto(db: Reader, store: IngestStore, options: ReanalyzeOptions): Promise<Omit<ReanalyzeResult, 'seconds'>> {
  const all = (await db.all<{ id: string }>('SELECT id FROM documents ORDER BY rowid')).map((r) => r.id);
  const states = options.staleOnly ? await store.storedMany(all) : null;
  const ids = states ? all.filter((id) => states.get(id) === 'stale') : all;
  const pool = new PreparePool(options.workers ?? defaultWorkers(), undefined, options.actorFiles ?? [], options.speakerModel ?? null);
  let failed = 0;
  let done = 0;
  try {
    for (let i = 0; i < ids.length; i += SLICE) {
      const slice = ids.slice(i, i + SLICE);
      const raws = await Promise.all(slice.map((id) => storedRaw(db, id)));
      const prepared = await Promise.all(raws.map((raw, k) => (raw ? pool.submit(raw) : Promise.resolve<Prepared>({ ok: false, error: `${slice[k]} is gone`, ms: 0 }))));
      const ok: Array<Extract<Prepared, { ok: true }>> = [];
      prepared.forEach((p, k) => { if (p.ok) ok.push(p); else { failed++; options.onProblem?.(slice[k]!, p.error); } });
      await store.write(ok.map((p) => ({ doc: p.doc, fp: p.fp, again: true })), []);
      done += slice.length;
      options.onProgress?.(done, ids.length);
    }
  } finally {
    await pool.close();
  }
  return { documents: done - failed, failed };
}

export async function reanalyze(db: DB, options: ReanalyzeOptions = {}): Promise<ReanalyzeResult> {
  const started = performance.now();
  const kb = loadKnowledgeBase(options.actorFiles ?? []);
  const r = await reanalyzeInto(new SqliteReader(db), new SqliteIngestStore(db, undefined, kb), options);
  // a merged document whose events changed has the next merge replay every step
  mergePending(db, kb);
  return { ...r, seconds: (performance.now() - started) / 1000 };
}

export async function reanalyzePostgres(client: PgClient, options: ReanalyzeOptions = {}, kb: KnowledgeBase = loadKnowledgeBase(options.actorFiles ?? [])): Promise<ReanalyzeResult> {
  const started = performance.now();
  const r = await reanalyzeInto(new PgReader(client, false), new PgIngestStore(client, kb), options);
  await mergePendingPg(client, kb);
  return { ...r, seconds: (performance.now() - started) / 1000 };
}
