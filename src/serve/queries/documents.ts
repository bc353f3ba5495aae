// One document as the article reader shows it: the original text and every annotation as a
// span into it (actor mentions, statements with their parts, the evidence of merged events),
// with the duplicates and versions it is linked to.
import type { Reader } from '../../store/reader.js';
import { unpackMentions } from '../../store/actors.js';
import type { Statement } from '../../document/types.js';
import type { StoredEvent } from '../../store/events.js';
import { RequestError } from '../params.js';
import { actorIndex, actorRef, DOCUMENT_COLUMNS, documentMeta, type ActorRef, type DocumentMeta } from './common.js';

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

type DocumentRow = Parameters<typeof documentMeta>[0] & { rowid: number; text: string; places: string; author: string | null; format: string };

export async function documentDetail(db: Reader, id: string): Promise<DocumentDetail> {
  const row = await db.get<DocumentRow>(`SELECT d.rowid, ${DOCUMENT_COLUMNS}, d.text, d.places, d.author, d.format FROM documents d WHERE d.id = ?`, [id]);
  if (!row) throw new RequestError(`no document "${id.slice(0, 80)}" in the store`, 404);
  const actors = await actorIndex(db);
  const ref = (k: string | null | undefined) => (k ? actorRef(actors, k) : null);
  const annotations: Annotation[] = [];
  const mentions = await db.get<{ data: string }>('SELECT data FROM mentions WHERE doc = ?', [row.rowid]);
  for (const m of mentions ? unpackMentions(mentions.data) : []) {
    const who = ref(m.actor);
    annotations.push({ kind: 'mention', span: m.span, record: null, actor: who,
      label: who ? `${who.name} (${m.kind})` : m.members ? m.members.map((k) => actorRef(actors, k).name).join(' + ') : `${m.kind}, ungeklärt` });
  }
  const statements: DocumentDetail['statements'] = [];
  const stored = await db.get<{ data: string }>('SELECT data FROM statements WHERE doc = ?', [row.rowid]);
  for (const [k, x] of (stored ? (JSON.parse(stored.data) as Statement[]) : []).entries()) {
    const s = { ...x, id: `${id}:s${k + 1}` };
    const speaker = ref(s.speaker?.actor);
    statements.push({ id: s.id, form: s.form, act: s.cue?.act ?? null, speaker, speakerText: s.speaker ? row.text.slice(...s.speaker.span) : null,
      quote: row.text.slice(...s.quote), span: s.quote });
    annotations.push({ kind: 'statement', span: s.quote, record: s.id, actor: speaker, label: `${s.cue?.act ?? 'Aussage'} (${s.form})` });
    for (const p of s.cue?.parts ?? (s.cue ? [s.cue.span] : [])) annotations.push({ kind: 'cue', span: p, record: s.id, actor: null, label: `${s.cue!.lemma}: ${s.cue!.act}` });
  }
  const events = (await db.all<{ data: string }>(`SELECT e.data FROM event_documents t JOIN events e ON e.id = t.event WHERE t.document = ?
    ORDER BY ${db.sql.bytewise('e.id')}`, [id])).map((r) => JSON.parse(r.data) as StoredEvent);
  const eventList = events.map((e) => {
    const spans = e.mentions.filter((m) => m.document === id).map((m) => m.span);
    for (const span of spans) annotations.push({ kind: 'event', span, record: e.id, actor: null, label: [e.type, e.mode, e.status].filter(Boolean).join(' ') });
    return { id: e.id, type: e.type, mode: e.mode, status: e.status, date: e.date?.value ?? null, spans };
  });
  const linked = async (column: 'duplicate_of' | 'version_of') => (await db.all<Parameters<typeof documentMeta>[0]>(
    `SELECT ${DOCUMENT_COLUMNS} FROM documents d WHERE d.${column} = ? ORDER BY d.rowid`, [id])).map(documentMeta);
  return {
    document: { ...documentMeta(row), text: row.text, places: JSON.parse(row.places) as string[], author: row.author, format: row.format },
    annotations: annotations.filter((a) => a.span[0] < a.span[1]), statements, events: eventList,
    duplicates: await linked('duplicate_of'), versions: await linked('version_of'),
  };
}
