// Who calls, meets, demands of, threatens, agrees with, accuses or rejects whom over a period:
// the two-sided events as a graph, one edge per pair and type with how often it happened.
import type { Reader } from '../../store/reader.js';
import type { StoredEvent } from '../../store/events.js';
import { actorIndex, actorRef, type ActorRef } from './common.js';
import { findEvents } from './events.js';

export interface NetworkEdge { source: string; target: string; type: string; count: number; events: string[] }
export interface Network { nodes: Array<ActorRef & { events: number }>; edges: NetworkEdge[]; events: number; capped: boolean }

/** The most recent events a graph is drawn from: enough for a period, a bound for a store of 100k articles. */
export const NETWORK_EVENTS = 5000;

export async function network(db: Reader, f: { from?: string; to?: string; type?: string }): Promise<Network> {
  const edges = new Map<string, NetworkEdge>();
  const degree = new Map<string, number>();
  const found = await findEvents(db, f, NETWORK_EVENTS + 1);
  const capped = found.length > NETWORK_EVENTS;
  const seen: StoredEvent[] = found.slice(0, NETWORK_EVENTS).filter((e) => e.recipients.length && e.actors.length);
  for (const e of seen) {
    for (const a of e.actors) for (const r of e.recipients) {
      if (a === r) continue;
      const key = `${a}\t${r}\t${e.type}`;
      const edge = edges.get(key) ?? { source: a, target: r, type: e.type, count: 0, events: [] };
      edge.count++;
      if (edge.events.length < 20) edge.events.push(e.id);
      edges.set(key, edge);
      for (const x of [a, r]) degree.set(x, (degree.get(x) ?? 0) + 1);
    }
  }
  const actors = await actorIndex(db);
  return {
    nodes: [...degree].map(([k, events]) => ({ ...actorRef(actors, k), events })),
    edges: [...edges.values()].map((e) => ({ ...e, source: actorRef(actors, e.source).id, target: actorRef(actors, e.target).id })),
    events: seen.length, capped,
  };
}
