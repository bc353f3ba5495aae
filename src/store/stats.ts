// What is in a store, in numbers.
import type { DB } from './db.js';
import { countStatements } from './statements.js';
import { countEvents } from './events.js';
import { mergeState } from './clusters.js';

export interface StoreStats {
  documents: number;
  duplicates: number;
  versions: number;
  undated: number;
  sentences: number;
  repeatedParagraphs: number;
  firstPublished: string | null;
  lastPublished: string | null;
  byFormat: Record<string, number>;
  byAgency: Record<string, number>;
  byMonth: Record<string, number>;
  actors: number;
  mentions: number;
  /** Mentions (pronouns, descriptors) no actor could be found for with certainty. */
  unresolved: number;
  statements: number;
  events: number;
  /** Documents whose events are not merged into the picture yet (a run killed during the merge, or another writer's). */
  unmerged: number;
  /** Steps the documents were merged in (a rebuild replays them). */
  mergeSteps: number;
  /** A merged document's events changed: the next merge replays every step. */
  replayDue: boolean;
}

export function storeStats(db: DB): StoreStats {
  const one = <T>(sql: string) => db.prepare<[], T>(sql).get()!;
  const counts = (sql: string) => Object.fromEntries(db.prepare<[], { k: string; n: number }>(sql).all().map((r) => [r.k, r.n]));
  const d = one<{ n: number; dup: number; ver: number; undated: number; first: string | null; last: string | null }>(
    `SELECT count(*) n, count(duplicate_of) dup, count(version_of) ver, sum(published IS NULL) undated,
     min(published) first, max(published) last FROM documents`);
  const { steps, ...merge } = mergeState(db);
  return {
    documents: d.n, duplicates: d.dup, versions: d.ver, undated: d.undated ?? 0,
    sentences: one<{ n: number }>('SELECT count(*) n FROM sentences').n,
    repeatedParagraphs: one<{ n: number }>('SELECT count(*) n FROM paragraphs WHERE repeat_of IS NOT NULL').n,
    firstPublished: d.first, lastPublished: d.last,
    byFormat: counts('SELECT format k, count(*) n FROM documents GROUP BY format ORDER BY n DESC'),
    byAgency: counts(`SELECT coalesce(agency, '(none)') k, count(*) n FROM documents GROUP BY k ORDER BY n DESC`),
    byMonth: counts(`SELECT coalesce(substr(published, 1, 7), '(undated)') k, count(*) n FROM documents GROUP BY k ORDER BY k`),
    actors: one<{ n: number }>('SELECT count(*) n FROM actors').n,
    mentions: one<{ n: number }>('SELECT coalesce(sum(json_array_length(data)), 0) n FROM mentions').n,
    // packed rows: [begin, end, sentence, kind, actor, members, …]
    unresolved: one<{ n: number }>(`SELECT count(*) n FROM mentions m, json_each(m.data) j
      WHERE json_extract(j.value, '$[4]') IS NULL AND json_extract(j.value, '$[5]') IS NULL`).n,
    statements: countStatements(db), events: countEvents(db),
    ...merge,
    mergeSteps: steps,
  };
}
