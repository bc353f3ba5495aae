// One real-world event told by several articles is one event with a mention from each.
// Articles are taken in time order; an article's event joins an event already seen when the
// type, mode, sides, negation and time agree. An event without time words is placed around
// its article's date (news tells what just happened or what comes next). An undated article
// is placed where the other reports of its events are, only when that is unambiguous, and
// the event says which article pinned it.
import { createHash } from 'node:crypto';
import type { DocEvent, EventDate, EventMention } from '../document/types.js';
import { partialDateRange } from '../read/dates.js';
import { codeEvent, foldAgreements } from '../events/coding.js';
import { readPlover, type Plover, type QuadClass } from '../events/plover.js';
import { SYMMETRIC, affiliatedBy, dateRange, mergeInto, overlaps, participantsCompatible, sameSubject, statusOf, topicNouns, type EventStatus } from '../events/same.js';

export interface DocumentEvents {
  /** Document id. */
  document: string;
  published: string | null;
  /** The document this one is a near-copy or a version of: its events are the original's. */
  duplicateOf?: string | null;
  versionOf?: string | null;
  events: DocEvent[];
  /** The document's text: given, each merged mention carries the words it rests on. */
  text?: string;
}

export interface MergedMention extends EventMention { document: string; text?: string }

/** One value of a figure as one report gives it. */
export interface ReportedValue { value: unknown; documents: string[] }

export interface MergedEvent extends Omit<DocEvent, 'mentions'> {
  id: string;
  /**
   * Figures the reports give differently (a count of 175 in one and 150 in another): every value
   * with the reports that give it; absent when they agree.
   */
  disputed?: Partial<Record<Disputable, ReportedValue[]>>;
  /**
   * planned: every report speaks of it as a plan; hypothetical: every report as a possibility or
   * a condition ("falls Berlin Taurus liefert"); negated: every report says it did not happen;
   * occurred: at least one reports it as done.
   */
  status: EventStatus;
  mentions: MergedMention[];
  /** The PLOVER manual's quad class of the type (set by ../events/coding.ts). */
  quadClass?: QuadClass;
}

/** The figures reports can disagree on. */
const DISPUTABLE = ['count', 'durationMinutes', 'durationDays', 'withinHours', 'amount'] as const;
type Disputable = typeof DISPUTABLE[number];

const DAY = 86_400_000;
const shift = (iso: string, days: number) => new Date(Date.parse(iso) + days * DAY).toISOString().slice(0, 10);

/** When an event told without time words can be: around its article's date. */
function around(published: string | null, planned: boolean): [string, string] | null {
  if (!published) return null;
  const [b, e] = partialDateRange(published);
  if (published.length < 10) return [b, planned ? shift(e, 31) : e];
  return planned ? [shift(b, -1), shift(e, 31)] : [shift(b, -10), e];
}

function partition<T>(list: readonly T[], test: (x: T) => boolean): [T[], T[]] {
  const yes: T[] = [], no: T[] = [];
  for (const x of list) (test(x) ? yes : no).push(x);
  return [yes, no];
}

/** What the merge knows of an actor: the state a person or body belongs to, and whether it is a person. */
export interface MergeKnowledge {
  countryOf(id: string): string | null;
  isPerson(id: string): boolean;
}

const NOTHING_KNOWN: MergeKnowledge = { countryOf: () => null, isPerson: () => false };

/** The original a document is a copy or a version of (null: it is an original). */
export type OriginOf = (document: string) => string | null | undefined;

/**
 * Across articles a two-sided event is the same only with the same parties: each side the same
 * actor or one of its state's (Putin, the Kremlin, Russia), as many parties in both (a call of two
 * is no conference of three), and no two different persons for one state (Trump–Putin is not
 * Rubio–Lawrow).
 */
export function sameParties(a: Pick<DocEvent, 'actors' | 'recipients'>, b: Pick<DocEvent, 'actors' | 'recipients'>, know: MergeKnowledge): boolean {
  const party = (x: string) => know.countryOf(x) ?? x;
  const A = [...new Set([...a.actors, ...a.recipients])];
  const B = [...new Set([...b.actors, ...b.recipients])];
  const pa = new Set(A.map(party)), pb = new Set(B.map(party));
  if (pa.size !== pb.size || [...pa].some((p) => !pb.has(p))) return false;
  const persons = (ids: string[], p: string) => ids.filter((x) => know.isPerson(x) && party(x) === p);
  return [...pa].every((p) => { const x = persons(A, p), y = persons(B, p); return !x.length || !y.length || x.some((i) => y.includes(i)); });
}

/** The months [first, last] touches ("2025-02-27".."2025-03-02" → 2025-02, 2025-03); a long span is one bucket per year. */
function monthsOf(w: [string, string]): string[] {
  const out: string[] = [];
  let [y, m] = w[0].slice(0, 7).split('-').map(Number) as [number, number];
  const end = w[1].slice(0, 7);
  for (let k = 0; k < 36; k++) {
    const key = `${y}-${String(m).padStart(2, '0')}`;
    out.push(key);
    if (key >= end) return out;
    m++; if (m > 12) { m = 1; y++; }
  }
  return out;
}

export interface Cluster {
  /** Numbered in the order clusters are opened: the merged picture lists them in that order. */
  id: number;
  event: DocEvent & { documents: Set<string>; windows: Array<[string, string]> };
  /** The sides as the first report told them: a cluster is matched on these, so it cannot grow into a conference. */
  sides: Pick<DocEvent, 'actors' | 'recipients'>;
  /** The originals of the documents in it (a copy and its original, versions of one story). */
  families: Set<string>;
  first: { document: string; trigger: number };
  /** Each figure's values as the reports give them. */
  figures: Map<Disputable, ReportedValue[]>;
  /** The publication date of each document in it. */
  published: Map<string, string | null>;
}

/** Notes the figures one report gives an event (the first value a report gives is its own). */
function noteFigures(c: Cluster, e: DocEvent, document: string): void {
  for (const key of DISPUTABLE) {
    const value = e.attributes[key];
    if (value === undefined) continue;
    const values = c.figures.get(key) ?? [];
    if (values.some((v) => v.documents.includes(document))) continue;
    const same = values.find((v) => JSON.stringify(v.value) === JSON.stringify(value));
    if (same) same.documents.push(document); else values.push({ value, documents: [document] });
    c.figures.set(key, values);
  }
}

/** The figures with more than one value. */
function disputedOf(c: Cluster): MergedEvent['disputed'] {
  const out = Object.fromEntries([...c.figures].filter(([, v]) => v.length > 1));
  return Object.keys(out).length ? out : undefined;
}

type Window = [string, string] | null;

/** The sides an event is indexed by: both sides of a symmetric event, the actors of a directed one. */
const sidesOf = (e: DocEvent) => (SYMMETRIC.has(e.type) ? [...e.actors, ...e.recipients] : e.actors);
const negated = (e: DocEvent) => e.context.includes('negation');
const planned = (e: DocEvent) => e.mentions.every((m) => m.context.includes('future'));

/** When a document's event can be: its own date, else around its article's date. */
const windowOf = (e: DocEvent, published: string | null) => dateRange(e.date) ?? around(published, planned(e));

/** The keys a cluster or an event is found under: type and side, and the side's state. */
export function sideKeys(type: string, ids: Iterable<string>, countryOf: (id: string) => string | null): Set<string> {
  return new Set(keyedSides(type, ids, countryOf).keys());
}

/** Each key with whether a side is it itself (true) or only through a member (a person's state: false). */
function keyedSides(type: string, ids: Iterable<string>, countryOf: (id: string) => string | null): Map<string, boolean> {
  const out = new Map<string, boolean>();
  for (const id of ids) {
    out.set(`${type}|${id}`, true);
    const c = countryOf(id);
    if (c && !out.get(`${type}|${c}`)) out.set(`${type}|${c}`, false);
  }
  return out;
}

/** A place in the index: key, month, and whether the cluster has the key's side itself. */
export type ClusterKey = [key: string, month: string, itself: boolean];

/** Where a cluster is indexed: each key in each month its date or window touches ('*': it can be any time). */
export function clusterKeys(c: Cluster, countryOf: (id: string) => string | null): ClusterKey[] {
  const spans = c.event.date?.value ? [dateRange(c.event.date)!] : c.event.windows;
  const months = spans.length ? [...new Set(spans.flatMap(monthsOf))] : ['*'];
  return [...keyedSides(c.event.type, sidesOf(c.event), countryOf)].flatMap(([k, itself]) => months.map((m): ClusterKey => [k, m, itself]));
}

/**
 * The keys and months an event looks its candidates up under (months null: any time). A key
 * maps to false when only clusters with its side itself can fit: a one-sided event of a person
 * fits an event of the person or of its state, never one of another person of that state
 * (../events/same.ts, participantsCompatible), so under the state's key it needs only the
 * clusters of the state itself.
 */
export function lookupKeys(e: DocEvent, w: Window, countryOf: (id: string) => string | null): { keys: Map<string, boolean>; months: string[] | null } {
  const keys = keyedSides(e.type, sidesOf(e), countryOf);
  if (SYMMETRIC.has(e.type)) for (const k of keys.keys()) keys.set(k, true);
  return { keys, months: w ? [...monthsOf(w), '*'] : null };
}

/**
 * What a one-sided event is about, as tokens: its recipients, issues, the nouns of its topic
 * (only without a recipient) and the families of its reports. A one-sided event joins a
 * cluster only when they share one (sameSubject, or a report of the same family), so a
 * source may leave out clusters that share none.
 */
export function subjectTokens(e: Pick<DocEvent, 'recipients' | 'attributes'>, families: Iterable<string>): Set<string> {
  const out = new Set<string>();
  for (const r of e.recipients) out.add(`r:${r}`);
  for (const i of e.attributes.issues ?? []) out.add(`i:${i}`);
  if (!e.recipients.length) for (const w of topicNouns(e)) out.add(`t:${w}`);
  for (const f of families) out.add(`f:${f}`);
  return out;
}

/** A cluster's subject tokens (none for two-sided types, which join on their sides alone). */
export const clusterSubjects = (c: Cluster): Set<string> => (SYMMETRIC.has(c.event.type) ? new Set() : subjectTokens(c.event, c.families));

/** One question to a cluster source (see ClusterSource.lookup). */
export interface ClusterLookup {
  keys: Map<string, boolean>;
  months: string[] | null;
  window: [string, string] | null;
  subjects: Set<string> | null;
}

/**
 * Where the merge finds the clusters an event may join: in memory (one merge of a list of
 * documents) or in the store (./incremental.ts), which loads only the clusters asked for.
 */
export interface ClusterSource {
  /**
   * The clusters indexed under one of the keys, in one of the months (null: in any); a source
   * may leave out those that cannot be within the window.
   */
  lookup(keys: Map<string, boolean>, months: string[] | null, window: [string, string] | null, subjects: Set<string> | null): Iterable<Cluster>;
  /** Indexes a new cluster, or one that grew, under its keys. */
  index(c: Cluster): void;
  /** The id the next new cluster gets. */
  nextId(): number;
}

/** The days a cluster can be: its date, else the hull of its windows (null: any time). */
export function spanOf(c: Cluster): [string, string] | null {
  if (c.event.date?.value) return dateRange(c.event.date);
  if (!c.event.windows.length) return null;
  return [c.event.windows.map((w) => w[0]).sort()[0]!, c.event.windows.map((w) => w[1]).sort().at(-1)!];
}

/**
 * Clusters indexed by type, side (and its state) and month: candidates are looked up, not scanned.
 * Hot pairs (Trump–Putin) have an event every few days; the month keeps their lists short, and
 * a lookup leaves out what cannot fit (another time, another person of the state, another subject).
 */
export class ClusterIndex implements ClusterSource {
  /** Per key and month (and per key for any time): the clusters, each with whether it has the key's side itself. */
  private readonly byMonth = new Map<string, Map<Cluster, boolean>>();
  private readonly anyTime = new Map<string, Map<Cluster, boolean>>();
  private readonly about = new Map<Cluster, { span: [string, string] | null; subjects: Set<string> }>();
  private count = 0;

  constructor(private readonly countryOf: (id: string) => string | null, firstId = 1) { this.count = firstId - 1; }

  private static put(map: Map<string, Map<Cluster, boolean>>, k: string, c: Cluster, itself: boolean): void {
    let list = map.get(k);
    if (!list) map.set(k, list = new Map());
    if (!list.get(c)) list.set(c, itself);
  }

  nextId(): number { return ++this.count; }

  index(c: Cluster): void {
    for (const [k, m, itself] of clusterKeys(c, this.countryOf)) {
      ClusterIndex.put(this.anyTime, k, c, itself);
      ClusterIndex.put(this.byMonth, `${k}|${m}`, c, itself);
    }
    this.about.set(c, { span: spanOf(c), subjects: clusterSubjects(c) });
  }

  lookup(keys: Map<string, boolean>, months: string[] | null, window: [string, string] | null = null, subjects: Set<string> | null = null): Cluster[] {
    const out = new Set<Cluster>();
    const about = subjects && [...subjects];
    const fits = (c: Cluster) => {
      const { span, subjects: own } = this.about.get(c)!;
      return (!months || overlaps(span, window)) && (!about || about.some((t) => own.has(t)));
    };
    for (const [k, all] of keys) {
      const lists = months ? months.map((m) => this.byMonth.get(`${k}|${m}`)) : [this.anyTime.get(k)];
      for (const list of lists) for (const [c, itself] of list ?? []) if ((all || itself) && !out.has(c) && fits(c)) out.add(c);
    }
    return [...out];
  }
}

/** The best of several: most sides shared, the same place and mode, then the nearest in time; null when still tied. */
function best(list: Cluster[], e: DocEvent, w: Window): Cluster | null {
  const sides = new Set([...e.actors, ...e.recipients]);
  const score = (c: Cluster) => [...c.event.actors, ...c.event.recipients].filter((x) => sides.has(x)).length * 4
    + (e.place && c.event.place === e.place ? 2 : 0) + (e.mode && c.event.mode === e.mode ? 1 : 0);
  const top = Math.max(...list.map(score));
  let tied = list.filter((c) => score(c) === top);
  if (tied.length > 1 && w) {
    const distance = (c: Cluster) => { const r = dateRange(c.event.date); return r ? Math.abs(Date.parse(r[0]) - Date.parse(w[1])) : Infinity; };
    const nearest = Math.min(...tied.map(distance));
    if (Number.isFinite(nearest)) tied = tied.filter((c) => distance(c) === nearest);
  }
  return tied.length === 1 ? tied[0]! : null;
}

/** One of several candidates: the only one, else the best; null when none or still tied. */
const chosen = (list: Cluster[], e: DocEvent, w: Window) => (list.length === 1 ? list[0]! : list.length ? best(list, e, w) : null);

/** The month most of an undated article's events are reported in elsewhere, when one stands out. */
function supportedMonth(options: Cluster[][]): string | null {
  const support = new Map<string, Set<number>>();
  options.forEach((list, k) => {
    for (const c of list) {
      const month = c.event.date!.value!.slice(0, 7);
      const s = support.get(month) ?? new Set<number>();
      s.add(k);
      support.set(month, s);
    }
  });
  const ranked = [...support].sort((a, b) => b[1].size - a[1].size);
  return ranked.length && (ranked.length === 1 || ranked[0]![1].size > ranked[1]![1].size) ? ranked[0]![0] : null;
}

/** An event told only by reference ("wies die Forderung Selenskyjs zurück"), with the report that names it. */
export interface NamedEvent { e: DocEvent; doc: DocumentEvents }

/**
 * Articles' events joined into clusters, one article at a time. The clusters come from a
 * source (in memory, or the store's for an incremental merge); `touched` holds every cluster
 * opened or joined since the merger was made.
 */
export class Merger {
  readonly touched = new Set<Cluster>();
  private readonly affiliated: ReturnType<typeof affiliatedBy>;

  constructor(private readonly source: ClusterSource, private readonly know: MergeKnowledge, private readonly originOf: OriginOf) {
    this.affiliated = affiliatedBy(know.countryOf);
  }

  /** A copy, a version and their original are one family, whichever comes first. */
  private family(document: string): string {
    let id = document;
    for (let k = 0; k < 10 && this.originOf(id); k++) id = this.originOf(id)!;
    return id;
  }

  /** What the merge asks its source for an event of a document in a window. */
  private lookupOf(e: DocEvent, doc: DocumentEvents, w: Window): ClusterLookup {
    const { keys, months } = lookupKeys(e, w, this.know.countryOf);
    const subjects = SYMMETRIC.has(e.type) ? null : subjectTokens(e, [this.family(doc.document)]);
    return { keys, months, window: w, subjects };
  }

  /**
   * Every lookup add() will make for a document (and addNamed() for its references): a source
   * that cannot answer at once (a server) fetches their clusters before the document is added.
   * (The document's family must be known to originOf already.)
   */
  lookupsOf(doc: DocumentEvents): ClusterLookup[] {
    const [named, told] = partition(doc.events, (e) => e.mentions.every((m) => m.via === 'reference'));
    const undated = doc.published === null && told.length > 0;
    return [
      ...told.map((e) => this.lookupOf(e, doc, undated ? dateRange(e.date) : windowOf(e, doc.published))),
      ...named.map((e) => this.lookupOf(e, doc, windowOf(e, doc.published))),
    ];
  }

  private candidates(e: DocEvent, doc: DocumentEvents, w: Window): Cluster[] {
    const { keys, months, subjects } = this.lookupOf(e, doc, w);
    return [...this.source.lookup(keys, months, w, subjects)].filter((c) => {
      const x = c.event;
      return x.type === e.type && (!x.mode || !e.mode || x.mode === e.mode) && negated(x) === negated(e) && !x.documents.has(doc.document)
        && (SYMMETRIC.has(e.type) ? sameParties(c.sides, e, this.know) : participantsCompatible(c.sides, e, false, this.affiliated))
        && (SYMMETRIC.has(e.type) || sameSubject(x, e) || c.families.has(this.family(doc.document)))
        && (x.date?.value ? overlaps(dateRange(x.date), w) : x.windows.some((cw) => overlaps(cw, w)));
    });
  }

  private mentionsOf(e: DocEvent, doc: DocumentEvents): MergedMention[] {
    return e.mentions.map((m) => ({ ...m, document: doc.document, ...(doc.text !== undefined ? { text: doc.text.slice(...m.span) } : {}) }));
  }

  private join(c: Cluster, e: DocEvent, doc: DocumentEvents, w: Window, pinnedBy?: string): void {
    // the documents' events are the merge's own (parsed for it): joined as they are, not copied
    const copy = e;
    if (pinnedBy && !copy.date?.value) copy.attributes.dateFrom = pinnedBy;
    mergeInto(c.event, { ...copy, mentions: this.mentionsOf(copy, doc) }, (id) => this.know.countryOf(id) ?? id);
    c.event.documents.add(doc.document);
    c.families.add(this.family(doc.document));
    c.published.set(doc.document, doc.published);
    noteFigures(c, e, doc.document);
    // the cluster keeps the window it was found in: windows of later reports would let reports chain up
    if (w && !c.event.windows.length) c.event.windows.push(w);
    this.source.index(c);
    this.touched.add(c);
  }

  private open(e: DocEvent, doc: DocumentEvents, w: Window): void {
    const copy = { ...e, attributes: { ...e.attributes }, actors: [...e.actors], recipients: [...e.recipients], context: [...e.context] };
    const c: Cluster = {
      id: this.source.nextId(),
      event: { ...copy, mentions: this.mentionsOf(copy, doc), documents: new Set([doc.document]), windows: w ? [w] : [] },
      sides: { actors: [...e.actors], recipients: [...e.recipients] },
      families: new Set([this.family(doc.document)]),
      first: { document: doc.document, trigger: e.mentions[0]?.trigger[0] ?? 0 },
      figures: new Map(),
      published: new Map([[doc.document, doc.published]]),
    };
    noteFigures(c, e, doc.document);
    this.source.index(c);
    this.touched.add(c);
  }

  /**
   * Each event of the article joins the one cluster it fits or opens its own. Events told only
   * by reference are returned: they join once the reports around them are in (`addNamed`).
   */
  add(doc: DocumentEvents): NamedEvent[] {
    const [named, told] = partition(doc.events, (e) => e.mentions.every((m) => m.via === 'reference'));
    doc = { ...doc, events: told };
    if (doc.published === null && doc.events.length) this.addUndated(doc);
    else for (const e of doc.events) {
      const w = windowOf(e, doc.published);
      const c = chosen(this.candidates(e, doc, w), e, w);
      if (c) this.join(c, e, doc, w); else this.open(e, doc, w);
    }
    return named.map((e) => ({ e, doc }));
  }

  /** An event told only by reference joins the one event another report tells it as; alone it is no event. Returns whether it joined. */
  addNamed({ e, doc }: NamedEvent): boolean {
    const w = windowOf(e, doc.published);
    const c = chosen(this.candidates(e, doc, w), e, w);
    if (c) this.join(c, e, doc, w);
    return !!c;
  }

  /** An undated article: placed in the month its events are reported in elsewhere, if one stands out. */
  private addUndated(doc: DocumentEvents): void {
    const options = doc.events.map((e) => this.candidates(e, doc, dateRange(e.date)).filter((c) => c.event.date?.value));
    const month = supportedMonth(options);
    doc.events.forEach((e, k) => {
      const list = month ? options[k]!.filter((c) => c.event.date!.value!.startsWith(month)) : options[k]!.length === 1 ? options[k]! : [];
      const c = chosen(list, e, null);
      if (c) this.join(c, e, doc, dateRange(e.date), [...c.event.documents][0]);
      else this.open(e, doc, dateRange(e.date));
    });
  }
}

/** The keys a reference waits under: those of the clusters it could join. */
export function namedKeys({ e, doc }: NamedEvent, countryOf: (id: string) => string | null): Set<string> {
  return new Set(lookupKeys(e, windowOf(e, doc.published), countryOf).keys.keys());
}

/** A cluster as the merged event: its id, status, disputed figures and (told without time words) the month of its first report; its context is coded with the rest (../events/coding.ts). */
function finished(cluster: Cluster): MergedEvent {
  const { event, first } = cluster;
  const { documents, windows, ...rest } = event;
  void windows;
  // a copy: folding an agreement into its announcement adds mentions to the event, not to the cluster
  const mentions = [...rest.mentions] as MergedMention[];
  const disputed = disputedOf(cluster);
  let date: EventDate | null = rest.date;
  // told without time words: it happened by the first report, in that report's month
  const reported = [...documents].map((d) => cluster.published.get(d)).filter((p): p is string => !!p).sort()[0];
  if (!date?.value && reported && !mentions.every((m) => m.context.includes('future'))) date = { value: reported.slice(0, 7), end: null, approximate: true, text: null, span: null };
  return {
    ...rest,
    date,
    id: 'e' + createHash('sha1').update(`${rest.type}|${first.document}|${first.trigger}`).digest('hex').slice(0, 12),
    status: statusOf(mentions),
    mentions,
    ...(disputed ? { disputed } : {}),
  } satisfies MergedEvent;
}

/** A cluster's events as the picture shows them, coded to the manual (one cluster can be an announcement and the held act). */
export function codedEvents(cluster: Cluster, plover: Plover = readPlover()): MergedEvent[] {
  return codeEvent(finished(cluster), plover, cluster.published);
}

/**
 * Clusters' events, in the clusters' order, with agreements to meet folded into their
 * announcements; `coded` gives a cluster's events when the caller has them already.
 */
export function pictureOf(clusters: Iterable<Cluster>, know: MergeKnowledge, plover: Plover = readPlover(),
  coded: (c: Cluster) => MergedEvent[] = (c) => codedEvents(c, plover)): Array<MergedEvent & { cluster: number }> {
  const events = [...clusters].sort((a, b) => a.id - b.id).flatMap((c) => coded(c).map((e) => ({ ...e, cluster: c.id })));
  return foldAgreements(events, (a, b) => sameParties(a, b, know));
}

/** The order documents are merged in: dated ones in time order, undated ones last; ties keep the given order. */
export function mergeOrder<T extends { published: string | null }>(docs: readonly T[]): T[] {
  return [...docs].sort((a, b) => (a.published === null ? 1 : 0) - (b.published === null ? 1 : 0)
    || (a.published === b.published ? 0 : (a.published ?? '') < (b.published ?? '') ? -1 : 1));
}

/**
 * One merge of a list of documents, in memory.
 * @param know the state a person or body belongs to (Hegseth → usa), so that "USA: Ukraine muss …" and
 *   "Hegseth erklärte, die Ukraine muss …" can be one demand, and whether an actor is a person.
 */
export function mergeEvents(docs: readonly DocumentEvents[], know: MergeKnowledge = NOTHING_KNOWN, plover: Plover = readPlover()): MergedEvent[] {
  const origins = new Map(docs.map((d) => [d.document, d.duplicateOf ?? d.versionOf ?? null]));
  const merger = new Merger(new ClusterIndex(know.countryOf), know, (id) => origins.get(id));
  const named = mergeOrder(docs).flatMap((doc) => merger.add(doc));
  for (const n of named) merger.addNamed(n);
  return pictureOf(merger.touched, know, plover).map(({ cluster, ...e }) => { void cluster; return e; });
}
