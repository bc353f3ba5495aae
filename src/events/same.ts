// When two mentions tell the same event: same type, compatible mode, the same sides, times
// that can be the same. Used inside an article (../events/find.ts) and across articles
// (../merge/events.ts).
import type { DocEvent, EventDate } from '../document/types.js';
import { partialDateRange } from '../read/dates.js';
import { memoize } from '../util/memo.js';

type Sides = Pick<DocEvent, 'actors' | 'recipients'>;

/** The same side: one actor, or a person and the state they serve (Hegseth and the USA). */
export function affiliatedBy(countryOf: (id: string) => string | null): (x: string, y: string) => boolean {
  return (x, y) => x === y || countryOf(x) === y || countryOf(y) === x;
}

/**
 * Two-sided events (a call) match when they share both sides, or all of the smaller one's;
 * a person shares the side of its state (never another person's of that state);
 * one-sided ones when an actor is shared and the recipients do not contradict.
 */
export function participantsCompatible(a: Sides, b: Sides, symmetric: boolean, same: (x: string, y: string) => boolean = (x, y) => x === y): boolean {
  if (symmetric) {
    // a side given as a person in one mention and as the state in another is shared
    // ("Die beiden Delegationsleiter sprachen …" after "Delegationen Russlands und der Ukraine verhandelten")
    const A = [...new Set([...a.actors, ...a.recipients])];
    const B = [...new Set([...b.actors, ...b.recipients])];
    const common = B.filter((x) => A.some((y) => same(x, y))).length;
    return common >= Math.min(2, A.length, B.length) && common > 0;
  }
  // one-sided: "USA: Ukraine muss …" and "Hegseth erklärte, die Ukraine muss …" may be one demand
  if (!a.actors.some((x) => b.actors.some((y) => same(x, y)))) return false;
  return !a.recipients.length || !b.recipients.length || a.recipients.some((x) => b.recipients.some((y) => same(x, y)));
}

/** [first day, last day] a date can stand for, or null when it says nothing. */
export function dateRange(d: Pick<EventDate, 'value' | 'end'> | null | undefined): [string, string] | null {
  if (!d?.value) return null;
  const [b] = partialDateRange(d.value);
  const [, e] = partialDateRange(d.end ?? d.value);
  return [b, e];
}

/** Two spans of days that can be the same time (an open one can be any). */
export const overlaps = (a: [string, string] | null, b: [string, string] | null) => !a || !b || (a[0] <= b[1] && b[0] <= a[1]);

export function compatibleDates(a: EventDate | null | undefined, b: EventDate | null | undefined): boolean {
  return overlaps(dateRange(a), dateRange(b));
}

/** Adds a mention unless the event already has one for that sentence of that article (a verb and a noun telling it once). */
export function addMention<M extends DocEvent['mentions'][number] & { document?: string }>(into: { mentions: M[] }, m: M): void {
  const same = into.mentions.find((x) => x.span[0] === m.span[0] && x.document === m.document);
  if (!same) into.mentions.push(m);
  else if (same.statement === undefined && m.statement !== undefined) same.statement = m.statement;
}

/** The more precise of two dates for the same event (an exact one over an approximate one). */
export function betterDate(a: EventDate | null, b: EventDate | null): EventDate | null {
  if (!a?.value) return b?.value ? b : a ?? b;
  if (!b?.value) return a;
  if (a.approximate !== b.approximate) return a.approximate ? b : a;
  const width = (d: EventDate) => { const r = dateRange(d)!; return Date.parse(r[1]) - Date.parse(r[0]); };
  return width(b) < width(a) ? b : a;
}

/**
 * Adds the sides `from` names to `into`: a new one goes beside the side of its own party
 * (a report's "Russland" beside another's "Putin", even when it named Russia first).
 */
function addSides(into: DocEvent, from: DocEvent, party: (id: string) => string): void {
  const has = (list: string[], x: string) => list.some((y) => party(y) === party(x));
  const add = (x: string, own: string[], other: string[]) => {
    if (into.actors.includes(x) || into.recipients.includes(x)) return;
    if (has(other, x) && !has(own, x)) other.push(x); else own.push(x);
  };
  for (const a of from.actors) add(a, into.actors, into.recipients);
  for (const r of from.recipients) add(r, into.recipients, into.actors);
}

/** Adds what `from` tells to `into`: its mentions, sides, attributes and a better date. */
export function mergeInto(into: DocEvent, from: DocEvent, party: (id: string) => string = (id) => id): void {
  for (const m of from.mentions) addMention(into, m);
  addSides(into, from, party);
  into.mode ??= from.mode;
  into.place ??= from.place;
  for (const [k, v] of Object.entries(from.attributes)) {
    const key = k as keyof DocEvent['attributes'];
    if (key === 'issues') into.attributes.issues = [...new Set([...(into.attributes.issues ?? []), ...(v as string[])])];
    else if (into.attributes[key] === undefined) (into.attributes as Record<string, unknown>)[key] = v;
  }
  into.date = betterDate(into.date, from.date);
  into.context = [...new Set([...into.context, ...from.context])];
}

/**
 * Across articles a one-sided event (a demand, a threat) is the same only when it is aimed at
 * the same side or about the same issue: "Moskau fordert" in two reports may be two demands.
 */
export function sameSubject(a: DocEvent, b: DocEvent): boolean {
  if (a.recipients.length && b.recipients.some((r) => a.recipients.includes(r))) return true;
  const issues = new Set(a.attributes.issues ?? []);
  return (b.attributes.issues ?? []).some((i) => issues.has(i)) || sameTopic(a, b);
}

/** The nouns of a topic (capitalized words of five letters or more: "die anhaltenden russischen Luftangriffe" → Luftangriffe). */
export const topicNouns = (e: Pick<DocEvent, 'attributes'>): ReadonlySet<string> => nounsOf(e.attributes.topic ?? '');
const nounsOf = memoize((topic: string) => new Set(topic.split(/[^\p{L}-]+/u).filter((w) => /^\p{Lu}\p{Ll}{4,}/u.test(w))), 5_000);

/** Both without a recipient, about the same thing: "kritisierte die russischen Luftangriffe" in two reports. */
function sameTopic(a: DocEvent, b: DocEvent): boolean {
  if (a.recipients.length || b.recipients.length) return false;
  const A = topicNouns(a);
  return [...topicNouns(b)].some((w) => A.has(w));
}

/** Types whose sides are interchangeable: a call of Trump with Putin is one of Putin with Trump. */
export const SYMMETRIC = new Set(['CONSULT', 'AGREE', 'COOPERATE']);

/** The context of an event from its mentions': a plan or a hypothesis only while every mention says so. */
export function eventContext(e: Pick<DocEvent, 'mentions'>): string[] {
  const per = e.mentions.map((m) => m.context);
  const all = new Set(per.flat());
  if (per.some((c) => !c.includes('future'))) { all.delete('future'); all.delete('proposed'); }
  if (per.some((c) => !c.includes('hypothetical'))) all.delete('hypothetical');
  return [...all];
}

export type EventStatus = 'planned' | 'hypothetical' | 'negated' | 'occurred';

/** What the mentions say of an event's happening, the strongest claim winning: done, else planned, possible, denied. */
export function statusOf(mentions: ReadonlyArray<{ context: readonly string[] }>): EventStatus {
  const all = (c: string[]) => mentions.length > 0 && mentions.every((m) => c.some((x) => m.context.includes(x)));
  if (all(['future', 'proposed'])) return 'planned';
  if (all(['hypothetical', 'conditional'])) return 'hypothetical';
  if (all(['negation'])) return 'negated';
  return 'occurred';
}
