// Actors in the store and the mentions that point to them.
import type { Reader } from './reader.js';
import type { Actor } from '../actors/kb.js';
import type { Mention } from '../document/types.js';
import { exportId } from '../actors/kb.js';
import type { DB } from './db.js';

type Packed = [number, number, number, string, string | null, string[] | null, string | null, string];

/** A document's mentions as one compact JSON array (the text is sliced from the document when read). */
export function packMentions(mentions: readonly Mention[]): string {
  return JSON.stringify(mentions.map((m): Packed => [m.span[0], m.span[1], m.sentence, m.kind, m.actor, m.members ?? null, m.role ?? null, m.via]));
}

export function actorRow(a: Actor) {
  return {
    id: a.id, name: a.name, kind: a.kind, wikidata: a.wikidata, gender: a.gender, party: a.party,
    country: a.country, sector: a.sector, origin: a.origin,
    data: JSON.stringify({ aliases: a.aliases, roles: a.roles, ...(a.introducedAs ? { introducedAs: a.introducedAs } : {}) }),
  };
}

export interface StoredActor {
  /** Exported id: the Wikidata QID when known, our own id otherwise. */
  id: string;
  /** Our own id (knowledge-base key or the slug of an introduced name). */
  key: string;
  name: string;
  kind: Actor['kind'];
  wikidata: string | null;
  gender: string | null;
  party: string | null;
  country: string | null;
  sector: string | null;
  origin: Actor['origin'];
  aliases: string[];
  roles: Actor['roles'];
  introducedAs?: string;
  mentions: number;
  documents: number;
}

/** An actors row with its counts, as both stores read it. */
export interface ActorRow { id: string; name: string; kind: Actor['kind']; wikidata: string | null; gender: string | null; party: string | null;
  country: string | null; sector: string | null; origin: Actor['origin']; data: string; mentions: number; documents: number }

/** Every stored actor with how often the articles mention it, most mentioned first. */
/** Actors with their mention and document counts (in one document, or in all), most mentioned first. */
export async function storedActors(db: Reader, options: { document?: string; kind?: string } = {}): Promise<StoredActor[]> {
  const rows = await db.all<ActorRow>(`SELECT a.*, CAST(coalesce(sum(m.n), 0) AS INTEGER) mentions,
    CAST(coalesce(sum(CASE WHEN m.n > 0 THEN 1 ELSE 0 END), 0) AS INTEGER) documents
    FROM actors a LEFT JOIN actor_mentions m ON m.actor = a.id
    ${options.document ? 'WHERE m.doc = (SELECT rowid FROM documents WHERE id = ?)' : ''}
    GROUP BY a.id ${options.document ? 'HAVING sum(m.n) > 0' : ''}
    ORDER BY mentions DESC, ${db.sql.bytewise('a.name')}`, options.document ? [options.document] : []);
  return rows.filter((r) => !options.kind || r.kind === options.kind).map(storedActor);
}

export function storedActor(r: ActorRow): StoredActor {
  const data = JSON.parse(r.data) as { aliases: string[]; roles: Actor['roles']; introducedAs?: string };
  return {
    id: exportId(r), key: r.id, name: r.name, kind: r.kind, wikidata: r.wikidata, gender: r.gender, party: r.party,
    country: r.country, sector: r.sector, origin: r.origin, aliases: data.aliases, roles: data.roles,
    ...(data.introducedAs ? { introducedAs: data.introducedAs } : {}), mentions: r.mentions, documents: r.documents,
  };
}

/** Our id → exported id, for statements and events that point to actors. */

export interface StoredMention {
  document: string;
  source: string;
  /** The outlet, or the agency of the dateline. */
  outlet: string | null;
  published: string | null;
  span: [number, number];
  text: string;
  sentence: number;
  kind: string;
  actor: string | null;
  members: string[] | null;
  role: string | null;
  via: string;
}

/** A document's stored mentions (the packed rows of `mentions.data`). */
export function unpackMentions(data: string): Array<Omit<StoredMention, 'document' | 'source' | 'outlet' | 'published' | 'text'>> {
  return (JSON.parse(data) as Packed[]).map(([begin, end, sentence, kind, actor, members, role, via]) =>
    ({ span: [begin, end], sentence, kind, actor, members, role, via }));
}

/** Mentions of one actor (or all mentions of one document), in document and text order. */
export async function listMentions(db: Reader, filter: { actor?: string; document?: string }, limit = 1_000_000): Promise<StoredMention[]> {
  const docs = filter.document
    ? await db.all<{ rowid: number }>('SELECT rowid FROM documents WHERE id = ?', [filter.document])
    : await db.all<{ rowid: number }>(`SELECT m.doc rowid FROM actor_mentions m JOIN documents d ON d.rowid = m.doc
        WHERE m.actor = ? AND m.n > 0 ORDER BY coalesce(d.published, ''), ${db.sql.bytewise('d.source')}, d.rowid`, [filter.actor ?? '']);
  const out: StoredMention[] = [];
  for (const { rowid } of docs) {
    const r = await db.get<{ id: string; source: string; outlet: string | null; published: string | null; text: string; data: string }>(
      'SELECT d.id, d.source, coalesce(d.outlet, d.agency) outlet, d.published, d.text, m.data FROM documents d JOIN mentions m ON m.doc = d.rowid WHERE d.rowid = ?', [rowid]);
    if (!r) continue;
    for (const m of unpackMentions(r.data)) {
      if (filter.actor && m.actor !== filter.actor && !m.members?.includes(filter.actor)) continue;
      out.push({ document: r.id, source: r.source, outlet: r.outlet, published: r.published, text: r.text.slice(...m.span), ...m });
      if (out.length >= limit) return out;
    }
  }
  return out;
}
