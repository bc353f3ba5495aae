// Actors in the store and the mentions that point to them.
import type { Actor } from '../actors/kb.js';
import { exportId } from '../actors/kb.js';
import type { DB } from './db.js';

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

interface Row { id: string; name: string; kind: Actor['kind']; wikidata: string | null; gender: string | null; party: string | null;
  country: string | null; sector: string | null; origin: Actor['origin']; data: string; mentions: number; documents: number }

/** Every stored actor with how often the articles mention it, most mentioned first. */
export function listActors(db: DB, options: { document?: string; kind?: string } = {}): StoredActor[] {
  const where: string[] = [];
  const params: unknown[] = [];
  if (options.document) { where.push('d.id = ?'); params.push(options.document); }
  const rows = db.prepare<unknown[], Row>(`
    SELECT a.*, count(m.doc) mentions, count(DISTINCT m.doc) documents
    FROM actors a
    LEFT JOIN (SELECT doc, actor FROM mentions WHERE actor IS NOT NULL
               UNION ALL SELECT x.doc, j.value FROM mentions x, json_each(x.members) j WHERE x.members IS NOT NULL) m ON m.actor = a.id
    LEFT JOIN documents d ON d.rowid = m.doc
    ${where.length ? 'WHERE ' + where.join(' AND ') : ''}
    GROUP BY a.id ${options.document ? 'HAVING count(m.doc) > 0' : ''}
    ORDER BY mentions DESC, a.name`).all(...params);
  return rows.filter((r) => !options.kind || r.kind === options.kind).map((r) => {
    const data = JSON.parse(r.data) as { aliases: string[]; roles: Actor['roles']; introducedAs?: string };
    return {
      id: exportId(r), key: r.id, name: r.name, kind: r.kind, wikidata: r.wikidata, gender: r.gender, party: r.party,
      country: r.country, sector: r.sector, origin: r.origin, aliases: data.aliases, roles: data.roles,
      ...(data.introducedAs ? { introducedAs: data.introducedAs } : {}), mentions: r.mentions, documents: r.documents,
    };
  });
}

/** Our id → exported id, for statements and events that point to actors. */
export function exportIds(db: DB): Map<string, string> {
  return new Map(db.prepare<[], { id: string; wikidata: string | null }>('SELECT id, wikidata FROM actors').all().map((r) => [r.id, exportId(r)]));
}

export interface StoredMention {
  document: string;
  source: string;
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

interface MentionRow { document: string; source: string; published: string | null; begin: number; end: number; text: string;
  sentence: number; kind: string; actor: string | null; members: string | null; role: string | null; via: string }

/** Mentions of one actor, or all mentions of one document, in document and text order. */
export function listMentions(db: DB, filter: { actor?: string; document?: string }, limit = 1_000_000): StoredMention[] {
  const where: string[] = [];
  const params: unknown[] = [];
  if (filter.actor) { where.push('m.actor = ?'); params.push(filter.actor); }
  if (filter.document) { where.push('d.id = ?'); params.push(filter.document); }
  params.push(limit);
  // substr on a string counts code points, our offsets count UTF-16 units: slice in JS
  const text = db.prepare<[string], { text: string }>('SELECT text FROM documents WHERE id = ?');
  const texts = new Map<string, string>();
  const full = (id: string) => { let t = texts.get(id); if (t === undefined) texts.set(id, (t = text.get(id)!.text)); return t; };
  const rows = db.prepare<unknown[], Omit<MentionRow, 'text'>>(`
    SELECT d.id document, d.source, d.published, m.begin, m.end, m.sentence, m.kind, m.actor, m.members, m.role, m.via
    FROM mentions m JOIN documents d ON d.rowid = m.doc
    ${where.length ? 'WHERE ' + where.join(' AND ') : ''}
    ORDER BY d.published, d.source, m.idx LIMIT ?`).all(...params);
  return rows.map((r) => ({
    document: r.document, source: r.source, published: r.published, span: [r.begin, r.end], text: full(r.document).slice(r.begin, r.end),
    sentence: r.sentence, kind: r.kind, actor: r.actor, members: r.members ? JSON.parse(r.members) as string[] : null, role: r.role, via: r.via,
  }));
}
