// The positions view: who demands, rejects, agrees to, offers or threatens what, per issue
// (ceasefire, territory, NATO membership, security guarantees, arms deliveries, …), each cell
// with its evidence. The issues are the language's (data/<lang>/issues.tsv, passed in by the
// caller); an event's issues are found in its own clause, its complements and its message
// (../events/<lang>/refiners/terms.ts).
//
// What counts as a position taken, by the merged event's status:
//   REQUEST, REJECT   only when it occurred: a planned, possible or denied demand is none.
//   THREATEN          when it occurred or is hypothetical: a threat is conditional by nature, its
//                     "falls …"/"möglich" speaks of the threatened act, not of the threat; never
//                     when planned or denied.
//   AGREE occurred    'agrees', for both sides: an agreement binds whoever made it.
//   AGREE negated     'no agreement', for both sides.
//   AGREE planned     'offers', for its actors only: an announced or intended act (a planned
//                     meeting, an invitation, a pledge) is its announcer's; the other side has
//                     not agreed to anything yet.
//   AGREE hypothetical  nothing.
// An AGREE whose act is a meeting (attributes.act CONSULT) is a position on talks: it files under
// the issue 'talks' whatever the meeting is to be about, since agreeing to discuss a ceasefire is
// no stance on the ceasefire. A REJECT whose own words name no issue ("wies die Forderung
// zurück") takes the issues of the demand or threat it rejects. An actor is never its own
// counterpart.
import type { StoredEvent } from '../store/events.js';

export type Stance = 'demands' | 'rejects' | 'agrees' | 'offers' | 'no agreement' | 'threatens';

/** An issue of the language's list (its order is the view's column order). */
export interface IssueKey { key: string }

export interface Evidence {
  event: string;
  stance: Stance;
  date: string | null;
  document: string;
  span: readonly [number, number];
  text: string;
  /** The other side: to whom the demand goes, with whom the agreement is made, whose demand is rejected. */
  counterpart: string[];
  /** A rejection that names no issue of its own: the demand or threat whose issues it takes. */
  rejects?: string;
}

export interface PositionCell { actor: string; issue: string; evidence: Evidence[] }

/** The issue key (data/<lang>/issues.tsv) an agreement to meet is filed under. */
const TALKS = 'talks';

/** How far back (in sentences of the same report) a rejection's demand may stand. */
const REJECTED_WITHIN = 3;

/** The stance an event shows, by its type and status (see the table above); null: no position taken. */
export function stanceOf(e: Pick<StoredEvent, 'type' | 'status'>): Stance | null {
  switch (e.type) {
    case 'REQUEST': return e.status === 'occurred' ? 'demands' : null;
    case 'REJECT': return e.status === 'occurred' ? 'rejects' : null;
    case 'THREATEN': return e.status === 'occurred' || e.status === 'hypothetical' ? 'threatens' : null;
    case 'AGREE': return ({ occurred: 'agrees', negated: 'no agreement', planned: 'offers', hypothetical: null } as const)[e.status];
    default: return null;
  }
}

/** Who takes the stance and who is the other side: an agreement reached (or failed) binds both sides, anything else is its actors'. */
function sides(e: StoredEvent, stance: Stance): Array<{ actor: string; counterpart: string[] }> {
  const both = stance === 'agrees' || stance === 'no agreement';
  const own = e.actors.map((actor) => ({ actor, other: e.recipients }));
  const theirs = both ? e.recipients.map((actor) => ({ actor, other: e.actors })) : [];
  return [...own, ...theirs].map(({ actor, other }) => ({ actor, counterpart: [...new Set(other)].filter((a) => a !== actor) }));
}

/** The event's mention that tells it best: the first that is no mere reference ("die Drohung"). */
const mainMention = (e: StoredEvent) => e.mentions.find((m) => m.via !== 'reference') ?? e.mentions[0]!;

/** The demands and threats with issues, by the documents that tell them: where a rejection looks for what it answers. */
type DemandsByDocument = Map<string, Array<{ e: StoredEvent; m: StoredEvent['mentions'][number] }>>;

function demandsByDocument(events: readonly StoredEvent[]): DemandsByDocument {
  const out: DemandsByDocument = new Map();
  for (const e of events) {
    if ((e.type !== 'REQUEST' && e.type !== 'THREATEN') || !e.attributes.issues?.length) continue;
    for (const m of e.mentions) {
      const list = out.get(m.document);
      if (list) list.push({ e, m }); else out.set(m.document, [{ e, m }]);
    }
  }
  return out;
}

/**
 * The demand or threat a rejection without issues of its own answers: told shortly before it in
 * the same report, by someone else, by one of its recipients when it has any; the nearest wins.
 */
function rejectedDemand(reject: StoredEvent, demands: DemandsByDocument): StoredEvent | undefined {
  let best: { e: StoredEvent; at: number } | undefined;
  for (const r of reject.mentions) {
    for (const { e, m } of demands.get(r.document) ?? []) {
      if (e.actors.some((a) => reject.actors.includes(a))) continue;
      if (reject.recipients.length && !e.actors.some((a) => reject.recipients.includes(a))) continue;
      const before = m.span[0] < r.span[0] && r.sentence - m.sentence <= REJECTED_WITHIN;
      if (before && (!best || m.span[0] > best.at)) best = { e, at: m.span[0] };
    }
  }
  return best?.e;
}

/** The issues an event takes a stance on, and the rejected demand they come from, if they do. */
function issuesOf(e: StoredEvent, demands: () => DemandsByDocument): { issues: string[]; rejects?: StoredEvent } {
  if (e.type === 'AGREE' && e.attributes.act?.type === 'CONSULT') return { issues: [TALKS] };
  const own = e.attributes.issues ?? [];
  if (e.type !== 'REJECT' || own.length) return { issues: own };
  const demand = rejectedDemand(e, demands());
  return demand ? { issues: demand.attributes.issues!, rejects: demand } : { issues: [] };
}

/** Cells actor × issue, in the order of the issue list, then by how much evidence they have. */
export function positions(events: readonly StoredEvent[], issueList: readonly IssueKey[], filter: { actors?: string[]; issue?: string } = {}): PositionCell[] {
  const known = new Set(issueList.map((i) => i.key));
  const cells = new Map<string, PositionCell>();
  // (built once, when the first rejection without issues of its own asks)
  let index: DemandsByDocument | undefined;
  const demands = () => (index ??= demandsByDocument(events));
  for (const e of events) {
    const stance = stanceOf(e);
    if (!stance) continue;
    const { issues, rejects } = issuesOf(e, demands);
    const m = mainMention(e);
    for (const issue of issues.filter((i) => known.has(i) && (!filter.issue || i === filter.issue))) {
      for (const { actor, counterpart } of sides(e, stance)) {
        if (filter.actors && !filter.actors.includes(actor)) continue;
        const key = `${actor}\t${issue}`;
        const cell = cells.get(key) ?? { actor, issue, evidence: [] };
        const other = counterpart.length || !rejects ? counterpart : rejects.actors.filter((a) => a !== actor);
        cell.evidence.push({ event: e.id, stance, date: e.date?.value ?? null, document: m.document, span: m.span, text: m.text,
          counterpart: other, ...(rejects ? { rejects: rejects.id } : {}) });
        cells.set(key, cell);
      }
    }
  }
  const order = new Map(issueList.map((i, k) => [i.key, k]));
  return [...cells.values()].sort((a, b) => (order.get(a.issue)! - order.get(b.issue)!) || b.evidence.length - a.evidence.length || a.actor.localeCompare(b.actor));
}
