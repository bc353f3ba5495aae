// One document as the article reader shows it: the original text and every annotation as a
// span into it (actor mentions, statements with their parts, the evidence of merged events),
// with the duplicates and versions it is linked to.
import type { DB } from '../../store/db.js';
import { listMentions } from '../../store/actors.js';
import { iterateStatements } from '../../store/statements.js';
import type { StoredEvent } from '../../store/events.js';
import { RequestError } from '../params.js';
import { actorIndex, actorRef, DOCUMENT_COLUMNS, documentById, documentMeta, type ActorRef, type DocumentMeta } from './common.js';

export type AnnotationKind = 'mention' | 'statement' | 'cue' | 'speaker' | 'event';

/** A span of the text and the record it belongs to. */
export interface Annotation {
  kind: AnnotationKind;
  span: readonly [number, number];
  /** The statement id (document:sN) or the merged event id. */
  record: string | null;
  /** The actor a mention or speaker resolves to. */
  actor: ActorRef | null;
  /** What the highlight says on hover: "CONSULT phone", "say (indirect)", "person". */
  label: string;
}

export interface DocumentDetail {
  document: DocumentMeta & { text: string; places: string[]; author: string | null; format: string };
  annotations: Annotation[];
  statements: Array<{ id: string; form: string; act: string | null; speaker: ActorRef | null; speakerText: string | null; quote: string; span: readonly [number, number] }>;
  events: Array<{ id: string; type: string; mode: string | null; status: string; date: string | null; spans: Array<readonly [number, number]> }>;
  duplicates: DocumentMeta[];
  versions: DocumentMeta[];
}

export function documentDetail(db: DB, id: string): DocumentDetail {
  const row = db.prepare<[string], Parameters<typeof documentMeta>[0] & { text: string; places: string; author: string | null; format: string }>(
    `SELECT ${DOCUMENT_COLUMNS}, d.text, d.places, d.author, d.format FROM documents d WHERE d.id = ?`).get(id);
  if (!row) throw new RequestError(`no document "${id.slice(0, 80)}" in the store`, 404);
  const actors = actorIndex(db);
  const ref = (k: string | null | undefined) => (k ? actorRef(actors, k) : null);
  const annotations: Annotation[] = [];
  for (const m of listMentions(db, { document: id })) {
    const who = ref(m.actor);
    annotations.push({ kind: 'mention', span: m.span, record: null, actor: who,
      label: who ? `${who.name} (${m.kind})` : m.members ? m.members.map((k) => actorRef(actors, k).name).join(' + ') : `${m.kind}, ungeklärt` });
  }
  const statements: DocumentDetail['statements'] = [];
  for (const s of iterateStatements(db, { document: id })) {
    const speaker = ref(s.speaker?.actor);
    statements.push({ id: s.id, form: s.form, act: s.cue?.act ?? null, speaker, speakerText: s.speaker ? row.text.slice(...s.speaker.span) : null,
      quote: row.text.slice(...s.quote), span: s.quote });
    annotations.push({ kind: 'statement', span: s.quote, record: s.id, actor: speaker, label: `${s.cue?.act ?? 'Aussage'} (${s.form})` });
    for (const p of s.cue?.parts ?? (s.cue ? [s.cue.span] : [])) annotations.push({ kind: 'cue', span: p, record: s.id, actor: null, label: `${s.cue!.lemma}: ${s.cue!.act}` });
  }
  const events = db.prepare<[string], { data: string }>('SELECT e.data FROM event_documents t JOIN events e ON e.id = t.event WHERE t.document = ?')
    .all(id).map((r) => JSON.parse(r.data) as StoredEvent);
  const eventList = events.map((e) => {
    const spans = e.mentions.filter((m) => m.document === id).map((m) => m.span);
    for (const span of spans) annotations.push({ kind: 'event', span, record: e.id, actor: null, label: [e.type, e.mode, e.status].filter(Boolean).join(' ') });
    return { id: e.id, type: e.type, mode: e.mode, status: e.status, date: e.date?.value ?? null, spans };
  });
  const linked = (column: 'duplicate_of' | 'version_of') => db.prepare<[string], { id: string }>(`SELECT id FROM documents WHERE ${column} = ? ORDER BY rowid`)
    .all(id).map((r) => documentById(db, r.id)!);
  return {
    document: { ...documentMeta(row), text: row.text, places: JSON.parse(row.places) as string[], author: row.author, format: row.format },
    annotations: annotations.filter((a) => a.span[0] < a.span[1]), statements, events: eventList,
    duplicates: linked('duplicate_of'), versions: linked('version_of'),
  };
}
