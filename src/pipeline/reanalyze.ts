// Analyse stored documents again: after adding an actor file, or when this version finds
// more than the one that stored them. The text and reading results stay as stored; only
// what is derived from the words (mentions and what builds on them) is replaced.
import { mergePending } from '../merge/incremental.js';
import type { DB } from '../store/db.js';
import { DocumentWriter, storedRaw } from '../store/documents.js';
import { loadKnowledgeBase } from '../actors/kb.js';
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

export async function reanalyze(db: DB, options: ReanalyzeOptions = {}): Promise<{ documents: number; failed: number; seconds: number }> {
  const started = performance.now();
  const kb = loadKnowledgeBase(options.actorFiles ?? []);
  const writer = new DocumentWriter(db, undefined, kb);
  const ids = db.prepare<[], { id: string }>('SELECT id FROM documents ORDER BY rowid').all().map((r) => r.id)
    .filter((id) => !options.staleOnly || writer.stored(id) === 'stale');
  const pool = new PreparePool(options.workers ?? defaultWorkers(), undefined, options.actorFiles ?? [], options.speakerModel ?? null);
  const store = db.transaction((docs: Array<Extract<Prepared, { ok: true }>>) => docs.forEach((d) => writer.reanalyze(d.doc)));
  let failed = 0;
  let done = 0;
  try {
    // in slices, so memory stays bounded and a killed run keeps what it finished
    for (let i = 0; i < ids.length; i += 200) {
      const slice = ids.slice(i, i + 200);
      const prepared = await Promise.all(slice.map((id) => pool.submit(storedRaw(db, id)!)));
      const ok: Array<Extract<Prepared, { ok: true }>> = [];
      prepared.forEach((p, k) => { if (p.ok) ok.push(p); else { failed++; options.onProblem?.(slice[k]!, p.error); } });
      store.immediate(ok);
      done += slice.length;
      options.onProgress?.(done, ids.length);
    }
  } finally {
    await pool.close();
  }
  // a merged document whose events changed has the next merge replay every step
  mergePending(db, kb);
  return { documents: done - failed, failed, seconds: (performance.now() - started) / 1000 };
}
