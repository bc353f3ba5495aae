// The positions view: who demands, rejects or agrees to what, per issue (ceasefire, territory,
// NATO membership, security guarantees, arms deliveries, …), each cell with its evidence.
// Issues come from data/de/issues.tsv, found in the clause that tells the event.
import type { StoredEvent } from '../store/events.js';
import { issueList } from '../events/de/patterns.js';

export type Stance = 'demands' | 'rejects' | 'agrees' | 'no agreement' | 'threatens';

export interface Evidence {
  event: string;
  stance: Stance;
  date: string | null;
  document: string;
  span: readonly [number, number];
  text: string;
  /** The other side: to whom the demand goes, with whom the agreement is made. */
  counterpart: string[];
}

export interface PositionCell { actor: string; issue: string; evidence: Evidence[] }

/** The stance an event shows; none for what is only hypothetical or conditional, or a rejection that is denied. */
function stanceOf(e: StoredEvent): Stance | null {
  const negated = e.context.includes('negation');
  if (e.context.includes('hypothetical') || e.context.includes('conditional')) return null;
  switch (e.type) {
    case 'REQUEST': return negated ? null : 'demands';
    case 'REJECT': return negated ? null : 'rejects';
    case 'AGREE': return negated ? 'no agreement' : 'agrees';
    case 'THREATEN': return negated ? null : 'threatens';
    default: return null;
  }
}

/** Cells actor × issue, in the order of the issue list, then by how much evidence they have. */
export function positions(events: readonly StoredEvent[], filter: { actors?: string[]; issue?: string } = {}): PositionCell[] {
  const cells = new Map<string, PositionCell>();
  for (const e of events) {
    const stance = stanceOf(e);
    if (!stance) continue;
    for (const issue of e.attributes.issues ?? []) {
      if (filter.issue && issue !== filter.issue) continue;
      const first = e.mentions[0]!;
      // an agreement binds both sides; a demand or rejection is its actor's
      for (const actor of e.type === 'AGREE' ? [...e.actors, ...e.recipients] : e.actors) {
        if (filter.actors && !filter.actors.includes(actor)) continue;
        const key = `${actor}\t${issue}`;
        const cell = cells.get(key) ?? { actor, issue, evidence: [] };
        cell.evidence.push({
          event: e.id, stance, date: e.date?.value ?? null, document: first.document, span: first.span, text: first.text,
          counterpart: e.type === 'AGREE' ? [...e.actors.filter((a) => a !== actor), ...e.recipients] : e.recipients,
        });
        cells.set(key, cell);
      }
    }
  }
  const order = new Map(issueList().map((i, k) => [i.key, k]));
  return [...cells.values()].sort((a, b) => (order.get(a.issue)! - order.get(b.issue)!) || b.evidence.length - a.evidence.length || a.actor.localeCompare(b.actor));
}
