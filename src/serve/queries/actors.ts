// Actors page by page (most mentioned first) and one actor with what it said, did and had done
// to it, and its positions.
import type { Reader } from '../../store/reader.js';
import type { StoredActor } from '../../store/actors.js';
import { encodeCursor, isRecord, isStr, RequestError } from '../params.js';
import { actorIndex, actorRef, type ActorIndex, type ActorRef, type Page } from './common.js';
import { eventsPage, type EventSummary } from './events.js';
import { statementsPage, type StatementView } from './statements.js';
import { positionCells, type PositionCellView } from './positions.js';

export interface ActorFilter { kind?: string; q?: string }
export interface ActorCursor { k: string }
export const isActorCursor = (x: unknown): x is ActorCursor => isRecord(x) && isStr(x.k);

export interface ActorView {
  id: string; key: string; name: string; kind: string; wikidata: string | null; country: ActorRef | null; party: string | null;
  origin: string; aliases: string[]; mentions: number; documents: number;
  roles: Array<{ role: string; of: ActorRef | null; from: string | null; to: string | null }>;
  introducedAs: string | null;
}

export function actorView(index: ActorIndex, a: StoredActor): ActorView {
  return {
    id: a.id, key: a.key, name: a.name, kind: a.kind, wikidata: a.wikidata, country: a.country ? actorRef(index, a.country) : null,
    party: a.party, origin: a.origin, aliases: a.aliases, mentions: a.mentions, documents: a.documents,
    roles: a.roles.map((r) => ({ role: r.role, of: r.of ? actorRef(index, r.of) : null, from: r.from, to: r.to })),
    introducedAs: a.introducedAs ?? null,
  };
}

export async function actorsPage(db: Reader, f: ActorFilter, limit: number, after?: ActorCursor): Promise<Page<ActorView>> {
  const q = f.q?.toLowerCase();
  const index = await actorIndex(db);
  const list = index.list.filter((a) => (!f.kind || a.kind === f.kind)
    && (!q || [a.name, ...a.aliases].some((n) => n.toLowerCase().includes(q))));
  let start = 0;
  if (after) {
    start = list.findIndex((a) => a.key === after.k) + 1;
    if (start === 0) throw new RequestError('parameter "cursor" points to an actor no longer in this list');
  }
  const items = list.slice(start, start + limit);
  const more = start + limit < list.length;
  return { items: items.map((a) => actorView(index, a)), next: more ? encodeCursor({ k: items.at(-1)!.key }) : null };
}

export interface ActorDetail {
  actor: ActorView;
  /** Its latest statements, newest first. */
  statements: Page<StatementView>;
  /** How many of those are of each speech act, by month (the latest statements only: `counted`). */
  actsByMonth: Array<{ month: string; acts: Record<string, number> }>;
  counted: number;
  /** Events where it stands on the acting side, and those done to it (latest first). */
  did: EventSummary[];
  done: EventSummary[];
  positions: PositionCellView[];
}

/** How many of the latest statements the speech-act overview counts (50: the page stays under 50 ms at 100,000 articles). */
const COUNTED = 50;

export async function actorDetail(db: Reader, a: StoredActor): Promise<ActorDetail> {
  const statements = await statementsPage(db, { speaker: a.key }, COUNTED);
  const byMonth = new Map<string, Record<string, number>>();
  for (const s of statements.items) {
    const month = s.document.published?.slice(0, 7) ?? 'undatiert';
    const acts = byMonth.get(month) ?? {};
    acts[s.act ?? 'other'] = (acts[s.act ?? 'other'] ?? 0) + 1;
    byMonth.set(month, acts);
  }
  const events = (await eventsPage(db, { actor: a.key }, 100)).items;
  return {
    actor: actorView(await actorIndex(db), a),
    statements: { items: statements.items.slice(0, 30), next: statements.items.length > 30 || statements.next ? 'more' : null },
    actsByMonth: [...byMonth].map(([month, acts]) => ({ month, acts })).sort((x, y) => x.month.localeCompare(y.month)),
    counted: statements.items.length,
    did: events.filter((e) => e.actors.some((x) => x.key === a.key)).slice(0, 50),
    done: events.filter((e) => e.recipients.some((x) => x.key === a.key)).slice(0, 50),
    positions: await positionCells(db, { actor: a.key }),
  };
}


