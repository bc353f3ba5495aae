// The merged picture in the PostgreSQL store: the events of the clusters a merge step touched
// are replaced in that step's transaction, as ../events.ts does in the SQLite store (an id that
// goes away because its event was folded into another stays as a redirect to that one).
import type { MergedEvent } from '../../merge/events.js';
import type { PictureEvent } from '../events.js';
import type { PgQueries } from './client.js';

export async function replaceClusterEvents(tx: PgQueries, clusters: Iterable<number>, events: readonly PictureEvent[]): Promise<void> {
  const old = new Map((await tx.query<{ id: string; data: string }>('SELECT id, data FROM events WHERE cluster = ANY($1::bigint[])', [[...clusters]]))
    .map((r) => [r.id, r.data]));
  if (old.size) await tx.query('DELETE FROM events WHERE id = ANY($1::text[])', [[...old.keys()]]);
  // two events with the same first mention and type cannot happen; guard the key anyway
  const taken = new Set((await tx.query<{ id: string }>('SELECT id FROM events WHERE id LIKE ANY($1::text[])', [events.map((e) => `${likeEscaped(e.id)}%`)])).map((r) => r.id));
  const written = new Map<string, PictureEvent>();
  for (const { cluster, ...e } of events) {
    let id = e.id;
    for (let k = 2; written.has(id) || taken.has(id); k++) id = `${e.id}-${k}`;
    written.set(id, { ...e, cluster, id });
  }
  const rows = [...written.values()];
  await tx.query(`INSERT INTO events (id, type, date, data, cluster) SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::bigint[])`,
    [rows.map((e) => e.id), rows.map((e) => e.type), rows.map((e) => e.date?.value ?? null),
      rows.map(({ cluster: _, ...e }) => JSON.stringify(e)), rows.map((e) => e.cluster)]);
  const pairs = (of: (e: PictureEvent) => Iterable<string>) => rows.flatMap((e) => [...new Set(of(e))].map((x) => [x, e.id] as const));
  const actors = pairs((e) => [...e.actors, ...e.recipients]);
  await tx.query('INSERT INTO event_actors (actor, event) SELECT * FROM unnest($1::text[], $2::text[]) ON CONFLICT DO NOTHING', [actors.map((p) => p[0]), actors.map((p) => p[1])]);
  const told = pairs((e) => e.mentions.map((m) => m.document));
  await tx.query('INSERT INTO event_documents (document, event) SELECT * FROM unnest($1::text[], $2::text[]) ON CONFLICT DO NOTHING', [told.map((p) => p[0]), told.map((p) => p[1])]);
  await tx.query('DELETE FROM event_redirects WHERE old = ANY($1::text[])', [rows.map((e) => e.id)]);
  for (const [id, data] of old) {
    if (written.has(id)) continue;
    const first = (JSON.parse(data) as MergedEvent).mentions[0];
    const into = first && rows.find((e) => e.mentions.some((m) => m.document === first.document && m.span[0] === first.span[0]));
    if (!into) continue;
    await tx.query('INSERT INTO event_redirects (old, new) VALUES ($1, $2) ON CONFLICT (old) DO UPDATE SET new = excluded.new', [id, into.id]);
    await tx.query('UPDATE event_redirects SET new = $1 WHERE new = $2', [into.id, id]);
  }
}

const likeEscaped = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);
