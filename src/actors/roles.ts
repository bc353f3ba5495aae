// Who held an office on an article's date. Dates come at the precision the article and the
// data give (a year, a month, a day), so validity is asked two ways: "certainly held for the
// whole period" (enough to resolve "US-Präsident" on the date alone) and "may have held"
// (enough to keep a person named in the article as a candidate).
import type { Actor, ActorRole, KnowledgeBase } from './kb.js';
import { partialDateRange } from '../read/dates.js';
import { memoize } from '../util/memo.js';

/** [first day, last day] of a YYYY[-MM[-DD]] value (memoized: role dates repeat). */
export const dateRange = memoize(partialDateRange, 10_000);

/** Did `role` certainly cover the whole of `date`? An unknown start or end counts as open. */
export function certainlyHeld(role: ActorRole, date: string): boolean {
  const [first, last] = dateRange(date);
  // an unknown start or an end the data says is unknown ("?") is never certain; the first
  // day in office is the handover day, shared with the predecessor
  if (!role.from || dateRange(role.from)[1] >= first) return false;
  if (role.to === '?') return false;
  // "to" is the last day in office or the handover day (the data has both): on it, not certain
  if (role.to && dateRange(role.to)[0] <= last) return false;
  return true;
}

export function mayHaveHeld(role: ActorRole, date: string): boolean {
  const [first, last] = dateRange(date);
  if (role.from && dateRange(role.from)[0] > last) return false;
  if (role.to && role.to !== '?' && dateRange(role.to)[1] < first) return false;
  return true;
}

/** Did the role end before `date` (for "Ex-Kremlchef", "der frühere Präsident")? */
export function heldBefore(role: ActorRole, date: string | null): boolean {
  if (!role.to || role.to === '?') return false;
  return date === null || dateRange(role.to)[1] <= dateRange(date)[0];
}

const roleIndex = new WeakMap<KnowledgeBase, Map<string, Actor[]>>();

/** Persons of the knowledge base who ever held a role (any state). */
function byRole(kb: KnowledgeBase, role: string): Actor[] {
  let index = roleIndex.get(kb);
  if (!index) {
    index = new Map();
    for (const a of kb.actors.values()) {
      for (const r of new Set(a.roles.map((x) => x.role))) {
        let list = index.get(r);
        if (!list) index.set(r, (list = []));
        list.push(a);
      }
    }
    roleIndex.set(kb, index);
  }
  return index.get(role) ?? [];
}

export interface RoleQuery {
  role: string;
  /** null: of any state or organization. */
  of: string | null;
  former?: boolean;
}

function matches(r: ActorRole, q: RoleQuery): boolean {
  return r.role === q.role && (q.of === null || r.of === q.of);
}

/**
 * Holders of an office: `certain` those whose tenure covers the whole date, `possible` all
 * who may have held it then (any time, for an undated article). Former holders for "Ex-…".
 */
export function holders(kb: KnowledgeBase, q: RoleQuery, date: string | null, extra: Iterable<Actor> = []): { certain: Actor[]; possible: Actor[] } {
  const certain: Actor[] = [];
  const possible: Actor[] = [];
  for (const a of [...byRole(kb, q.role), ...extra]) {
    if (a.kind !== 'person') continue;
    const roles = a.roles.filter((r) => matches(r, q));
    if (!roles.length) continue;
    if (q.former) {
      if (roles.some((r) => heldBefore(r, date))) { possible.push(a); if (date) certain.push(a); }
      continue;
    }
    if (date === null) { possible.push(a); continue; }
    if (roles.some((r) => certainlyHeld(r, date))) certain.push(a);
    if (roles.some((r) => mayHaveHeld(r, date))) possible.push(a);
  }
  return { certain, possible };
}
