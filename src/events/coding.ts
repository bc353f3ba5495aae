// A merged event coded as the PLOVER manual prescribes. The finders and the merge work with
// what the text says (a meeting, planned or held; an agreement on a ceasefire); the manual
// wants an announced cooperative act coded as AGREE (an announced retreat as CONCEDE) with
// the planned act beside it, only its own modes on a type, the auxiliary and topical
// contexts, and the quad class. A happening announced in one report and told as done in
// another becomes two events, the announcement linked to the event that fulfils it.
import { createHash } from 'node:crypto';
import type { MergedEvent } from '../merge/events.js';
import { partialDateRange } from '../read/dates.js';
import { eventContext, statusOf } from './same.js';
import { typeOfMode, type Plover } from './plover.js';
import type { PloverType } from './types.js';

/** The act an AGREE or CONCEDE is about: its type and mode. */
export interface PlannedAct { type: PloverType; mode: string | null }

/** Cooperative types told as future are AGREE; a retreat told as future is CONCEDE (the manual's AGREE and RETREAT sections). */
const ANNOUNCED: Partial<Record<string, PloverType>> = { CONSULT: 'AGREE', SUPPORT: 'AGREE', COOPERATE: 'AGREE', AID: 'AGREE', RETREAT: 'CONCEDE' };

const isPlan = (m: MergedEvent['mentions'][number]) => m.context.includes('future');
const DAY = 86_400_000;

/** Told as lying more than a year before its first report: the manual's historical. */
function historical(e: MergedEvent, published: ReadonlyMap<string, string | null>): boolean {
  if (!e.date?.value) return false;
  const last = partialDateRange(e.date.end ?? e.date.value)[1];
  const first = e.mentions.map((m) => published.get(m.document)).filter((p): p is string => !!p).sort()[0];
  return !!first && Date.parse(partialDateRange(first)[0]) - Date.parse(last) > 365 * DAY;
}

/** The mode the manual gives the type; a mode of another type is the act agreed on or conceded. */
function ownMode(e: MergedEvent, plover: Plover): { mode: string | null; act?: PlannedAct } {
  if (!e.mode) return { mode: null };
  const own = plover.types.get(e.type as PloverType)?.modes ?? [];
  if (own.includes(e.mode)) return { mode: e.mode };
  const type = typeOfMode(plover, e.mode);
  return type ? { mode: null, act: { type, mode: e.mode } } : { mode: null };
}

/** Context: the auxiliary modes the mentions give, "historical" from the date, the type's and the issues' topics. */
function contextOf(e: MergedEvent, plover: Plover, published: ReadonlyMap<string, string | null>): string[] {
  const topical = [...(plover.types.get(e.type as PloverType)?.contexts ?? []),
    ...(e.attributes.issues ?? []).flatMap((i) => plover.issueContexts.get(i) ?? [])];
  return [...new Set([...eventContext(e), ...(historical(e, published) ? ['historical'] : []), ...topical])];
}

function coded(e: MergedEvent, plover: Plover, published: ReadonlyMap<string, string | null>): MergedEvent {
  const { mode, act } = ownMode(e, plover);
  const attributes = act && !e.attributes.act ? { ...e.attributes, act } : e.attributes;
  const event = { ...e, mode, attributes };
  return { ...event, context: contextOf(event, plover, published), quadClass: plover.types.get(e.type as PloverType)!.quad };
}

/** The announcement of a cooperative act as AGREE (or CONCEDE), the act in its attributes (its context is coded() 's). */
function announcement(e: MergedEvent, mentions: MergedEvent['mentions'], as: PloverType, id: string): MergedEvent {
  const act: PlannedAct = { type: e.type as PloverType, mode: e.mode };
  return { ...e, id, type: as, mode: null, status: 'planned', mentions: mentions.map((m) => ({ ...m, context: m.context.filter((c) => c !== 'future') })), attributes: { ...e.attributes, act } };
}

/**
 * The merged event as the manual codes it: one event, or for a cooperative act that was
 * announced and then told as done, the announcement (AGREE/CONCEDE, attributes.act,
 * attributes.fulfilledBy) and the act (attributes.announcedBy).
 */
export function codeEvent(e: MergedEvent, plover: Plover, published: ReadonlyMap<string, string | null>): MergedEvent[] {
  const as = ANNOUNCED[e.type];
  const plans = e.mentions.filter(isPlan);
  if (!as || !plans.length) return [coded(e, plover, published)];
  if (plans.length === e.mentions.length) return [coded(announcement(e, plans, as, e.id), plover, published)];
  const planId = 'e' + createHash('sha1').update(`${e.id}|announced`).digest('hex').slice(0, 12);
  const done = e.mentions.filter((m) => !isPlan(m));
  // what was measured (a duration, a count, figures in dispute) is the held act's; the announcement keeps what it is about
  const plan = announcement({ ...e, disputed: undefined }, plans, as, planId);
  const { act: planned, issues, topic } = plan.attributes;
  plan.attributes = { act: planned, ...(issues ? { issues } : {}), ...(topic ? { topic } : {}), fulfilledBy: e.id };
  const held: MergedEvent = { ...e, mentions: done, status: statusOf(done), attributes: { ...e.attributes, announcedBy: planId } };
  return [coded(plan, plover, published), coded(held, plover, published)];
}

/**
 * An agreement to meet told in a report that also announces the meeting ("Zudem sollen
 * Delegationen … verhandeln. Beide Seiten hätten einem Treffen … zugestimmt") is the
 * announcement's AGREE: its mentions join it. Same act agreed on, a report in common, the
 * same parties, no other place.
 */
export function foldAgreements<E extends MergedEvent>(events: E[], sameParties: (a: MergedEvent, b: MergedEvent) => boolean): E[] {
  const announcements = events.filter((e) => e.type === 'AGREE' && e.status === 'planned' && e.attributes.act);
  if (!announcements.length) return events;
  const folded = new Set<E>();
  for (const b of events) {
    const act = b.attributes.act;
    if (b.type !== 'AGREE' || b.status === 'planned' || !act) continue;
    const documents = new Set(b.mentions.map((m) => m.document));
    const into = announcements.filter((a) => a.attributes.act!.type === act.type && a.mentions.some((m) => documents.has(m.document))
      && (!a.place || !b.place || a.place === b.place) && sameParties(a, b));
    if (into.length !== 1) continue;
    into[0]!.mentions.push(...b.mentions);
    folded.add(b);
  }
  return events.filter((e) => !folded.has(e));
}
