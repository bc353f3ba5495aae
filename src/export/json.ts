// The JSON export of ../shared/contracts/export-json.md, written as a stream so that a
// store of 100k articles never has to fit in memory as one string.
import type { Writable } from 'node:stream';
import type { Reader } from '../store/reader.js';
import { storedActors, type StoredActor } from '../store/actors.js';
import { iterateStatements, type StoredStatement } from '../store/statements.js';
import type { Span } from '../document/types.js';
import { messageSpans } from '../statements/message.js';
import { listEvents, type StoredEvent } from '../store/events.js';

export interface DocRow {
  id: string; source: string; title: string | null; published: string | null; agency: string | null;
  duplicate_of: string | null; version_of: string | null; places: string; url: string | null;
  author: string | null; outlet: string | null; text: string;
}

export function exportDocument(r: DocRow) {
  return {
    id: r.id, source: r.source, title: r.title, published: r.published, agency: r.agency,
    duplicateOf: r.duplicate_of,
    // beyond the contract's minimum, same naming style: readers that do not know them ignore them
    versionOf: r.version_of, places: JSON.parse(r.places) as string[], url: r.url, author: r.author, outlet: r.outlet,
    text: r.text,
  };
}

export function exportActor(a: StoredActor) {
  return {
    id: a.id, name: a.name, kind: a.kind, aliases: a.aliases,
    // beyond the contract: where the actor comes from, its offices, how often it is mentioned
    key: a.key, wikidata: a.wikidata, origin: a.origin, ...(a.sector ? { sector: a.sector } : {}),
    ...(a.gender ? { gender: a.gender } : {}), ...(a.party ? { party: a.party } : {}), ...(a.country ? { country: a.country } : {}),
    roles: a.roles, ...(a.introducedAs ? { introducedAs: a.introducedAs } : {}), mentions: a.mentions, documents: a.documents,
  };
}

function pieces(t: string, s: StoredStatement): { spans?: Span[]; words?: string } {
  const spans = messageSpans(t, s.quote, s.frame);
  return spans.length > 1 ? { spans, words: spans.map((x) => t.slice(...x)).join(' … ') } : {};
}

export function exportStatement(s: StoredStatement, ids: Map<string, string>) {
  const t = s.documentText;
  const part = (x: { span: Span; actor?: string | null } | null) => (x ? { text: t.slice(...x.span), span: x.span } : null);
  const actor = (id: string | null | undefined) => (id ? ids.get(id) ?? id : null);
  return {
    id: s.id, document: s.document, form: s.form,
    // beyond the contract: the message without a frame inside it ("Die Zahl ist … gestiegen" around "laut Polizei") in `spans`
    quote: { text: t.slice(...s.quote), span: s.quote, ...pieces(t, s) },
    // beyond the contract: every word of a cue of several ("teilte … mit") in `spans`, joined in `words`
    cue: s.cue ? { ...part(s.cue)!, lemma: s.cue.lemma, act: s.cue.act, ...(s.cue.parts ? { words: s.cue.parts.map((x) => t.slice(...x)).join(' … '), spans: s.cue.parts } : {}) } : null,
    speaker: s.speaker ? { actor: actor(s.speaker.actor), ...part(s.speaker)! } : null,
    addressee: s.addressee ? { actor: actor(s.addressee.actor), ...part(s.addressee)! } : null,
    frame: s.frame?.length ? { text: s.frame.map((x) => t.slice(...x)).join(' … '), spans: s.frame } : null,
    partOf: s.partOf != null ? `${s.document}:s${s.partOf + 1}` : null,
  };
}

/** The states of a side's members (a state is its own; a person or body the state it serves, where known). */
const statesOf = (side: string[], stateOf: (key: string) => string | null) => [...new Set(side.map(stateOf).filter((x): x is string => !!x))];

export function exportEvent(e: StoredEvent, ids: Map<string, string>, stateOf: (key: string) => string | null = () => null) {
  const actor = (id: string) => ids.get(id) ?? id;
  return {
    id: e.id, type: e.type, mode: e.mode, context: e.context,
    actors: e.actors.map(actor), recipients: e.recipients.map(actor),
    // beyond the contract: PLOVER's compound sides with each member's state, so "Putin" and "Moskau" meet
    actorStates: statesOf(e.actors, stateOf).map(actor), recipientStates: statesOf(e.recipients, stateOf).map(actor),
    date: e.date?.value ? { value: e.date.value, end: e.date.end } : null,
    place: e.place, attributes: e.attributes,
    mentions: e.mentions.map((m) => ({
      document: m.document, span: m.span, text: m.text,
      // beyond the contract: the word that names the event, how it was found, the statement it rests on
      trigger: m.trigger, via: m.via, context: m.context,
      ...(m.statement !== undefined ? { statement: `${m.document}:s${m.statement + 1}` } : {}),
    })),
    // beyond the contract: the manual's quad class, planned or occurred, and how exact the date is
    quadClass: e.quadClass ?? null, status: e.status, disputed: e.disputed ?? null, ...(e.date?.value ? { dateText: e.date.text, approximate: e.date.approximate } : {}),
  };
}

/** Actor key → the key of its state: a state itself, else the country the actor data gives. */

export function statesBy(actors: readonly StoredActor[]): (key: string) => string | null {
  const byKey = new Map(actors.map((a) => [a.key, a.kind === 'state' ? a.key : a.country]));
  return (key) => byKey.get(key) ?? null;
}

function writeChunk(out: Writable, chunk: string): Promise<void> | void {
  if (!out.write(chunk)) return new Promise((resolve) => out.once('drain', () => resolve()));
}

/** What the JSON export reads, from either store: each in store order, read as it is written. */
export interface JsonExportSource {
  documents(): AsyncIterable<DocRow> | Iterable<DocRow>;
  /** Every stored actor with its counts, most mentioned first. */
  actors(): Promise<StoredActor[]> | StoredActor[];
  statements(): AsyncIterable<StoredStatement> | Iterable<StoredStatement>;
  events(): AsyncIterable<StoredEvent> | Iterable<StoredEvent>;
}

/** Documents in store order, a batch per query (no query stays open while the output waits for its reader). */
async function* documentRows(db: Reader): AsyncGenerator<DocRow> {
  for (let after = 0; ;) {
    const rows = await db.all<DocRow & { rowid: number }>(`SELECT rowid, id, source, title, published, agency, duplicate_of, version_of, places,
      url, author, outlet, text FROM documents WHERE rowid > ? ORDER BY rowid LIMIT 200`, [after]);
    for (const { rowid: _, ...row } of rows) yield row;
    if (rows.length < 200) return;
    after = rows.at(-1)!.rowid;
  }
}

/** Either store as the JSON export reads it (PostgreSQL: in one snapshot, see postgres/reader.ts's readSnapshot). */
export const jsonSource = (db: Reader): JsonExportSource => ({
  documents: () => documentRows(db),
  actors: () => storedActors(db),
  statements: () => iterateStatements(db),
  events: async function* () { yield* await listEvents(db); },
});

export function writeJsonExport(db: Reader, out: Writable): Promise<void> {
  return writeJson(jsonSource(db), out);
}

export async function writeJson(source: JsonExportSource, out: Writable): Promise<void> {
  await writeChunk(out, '{\n "documents": [');
  let first = true;
  for await (const row of source.documents()) {
    await writeChunk(out, (first ? '\n  ' : ',\n  ') + JSON.stringify(exportDocument(row)));
    first = false;
  }
  await writeChunk(out, '\n ],\n "actors": [');
  first = true;
  const actors = await source.actors();
  // only actors the stored analysis points to (a user entry dropped by a later reanalyze is gone)
  for (const a of actors.filter((x) => x.mentions > 0)) {
    await writeChunk(out, (first ? '\n  ' : ',\n  ') + JSON.stringify(exportActor(a)));
    first = false;
  }
  await writeChunk(out, '\n ],\n "statements": [');
  first = true;
  const ids = new Map(actors.map((a) => [a.key, a.id]));
  for await (const s of source.statements()) {
    await writeChunk(out, (first ? '\n  ' : ',\n  ') + JSON.stringify(exportStatement(s, ids)));
    first = false;
  }
  await writeChunk(out, '\n ],\n "events": [');
  first = true;
  const stateOf = statesBy(actors);
  for await (const e of source.events()) {
    await writeChunk(out, (first ? '\n  ' : ',\n  ') + JSON.stringify(exportEvent(e, ids, stateOf)));
    first = false;
  }
  await writeChunk(out, '\n ]\n}\n');
}
