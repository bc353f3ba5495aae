// What is in a store, in numbers.
import type { Reader } from './reader.js';
import { readMergeState } from './clusters.js';

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

export async function storeStats(db: Reader): Promise<StoreStats> {
  const one = async <T>(sql: string) => (await db.get<T>(sql))!;
  const n = async (sql: string) => (await one<{ n: number }>(sql)).n;
  const counts = async (sql: string) => Object.fromEntries((await db.all<{ k: string; n: number }>(sql)).map((r) => [r.k, r.n]));
  const { sql } = db;
  const d = await one<{ n: number; dup: number; ver: number; undated: number; first: string | null; last: string | null }>(
    `SELECT count(*) n, count(duplicate_of) dup, count(version_of) ver, count(*) - count(published) undated,
     min(published) first, max(published) last FROM documents`);
  const { steps, ...merge } = await readMergeState(db);
  return {
    documents: d.n, duplicates: d.dup, versions: d.ver, undated: d.undated,
    sentences: await n('SELECT count(*) n FROM sentences'),
    repeatedParagraphs: await n('SELECT count(*) n FROM paragraphs WHERE repeat_of IS NOT NULL'),
    firstPublished: d.first, lastPublished: d.last,
    byFormat: await counts(`SELECT format k, count(*) n FROM documents GROUP BY format ORDER BY n DESC, ${sql.bytewise('format')}`),
    byAgency: await counts(`SELECT coalesce(agency, '(none)') k, count(*) n FROM documents GROUP BY coalesce(agency, '(none)') ORDER BY n DESC, ${sql.bytewise("coalesce(agency, '(none)')")}`),
    byMonth: await counts(`SELECT coalesce(substr(published, 1, 7), '(undated)') k, count(*) n FROM documents GROUP BY coalesce(substr(published, 1, 7), '(undated)')
      ORDER BY ${sql.bytewise("coalesce(substr(published, 1, 7), '(undated)')")}`),
    actors: await n('SELECT count(*) n FROM actors'),
    mentions: await n(`SELECT CAST(coalesce(sum(${sql.jsonLength('data')}), 0) AS INTEGER) n FROM mentions`),
    // packed rows: [begin, end, sentence, kind, actor, members, …]
    unresolved: await n(`SELECT count(*) n FROM mentions m, ${sql.jsonItems('m.data', 'j')} WHERE ${sql.jsonItem('j', 4)} IS NULL AND ${sql.jsonItem('j', 5)} IS NULL`),
    statements: await n(`SELECT CAST(coalesce(sum(${sql.jsonLength('data')}), 0) AS INTEGER) n FROM statements`),
    events: await n('SELECT count(*) n FROM events'),
    ...merge,
    mergeSteps: steps,
  };
}
