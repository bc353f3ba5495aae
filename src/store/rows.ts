// The rows a prepared document is written as, the same for both stores: its documents row, and
// which actors it mentions and how often each speaks.
import type { Document } from '../document/types.js';
import type { Actor, KnowledgeBase } from '../actors/kb.js';
import type { Relations } from './relations.js';

/** The documents row of a new document (its relations decided already). */
export function documentRow(doc: Document, textHash: string, rel: Relations) {
  return {
    id: doc.id, source: doc.source, origin: doc.origin, format: doc.format,
    title: doc.title, title_begin: doc.titleSpan?.[0] ?? null, title_end: doc.titleSpan?.[1] ?? null,
    published: doc.published, agency: doc.agency, places: JSON.stringify(doc.places),
    dateline_begin: doc.datelineSpan?.[0] ?? null, dateline_end: doc.datelineSpan?.[1] ?? null,
    author: doc.author ?? null, url: doc.url ?? null, outlet: doc.outlet ?? null,
    update_marker: doc.updateMarker?.text ?? null, update_begin: doc.updateMarker?.span[0] ?? null,
    update_end: doc.updateMarker?.span[1] ?? null,
    body_begin: doc.bodySpan[0], body_end: doc.bodySpan[1], text: doc.text, text_hash: textHash,
    duplicate_of: rel.duplicateOf, similarity: rel.duplicateOf ? rel.similarity : null, version_of: rel.versionOf,
    warnings: JSON.stringify(doc.warnings), ingested_at: new Date().toISOString(),
  };
}

/** Per actor: how many of the document's mentions point to it (members of a plural mention included) and how many statements it speaks. */
export function actorCounts(doc: Document): Array<[actor: string, mentions: number, spoke: number]> {
  const counts = new Map<string, number>();
  for (const m of doc.mentions) for (const id of m.actor ? [m.actor] : m.members ?? []) counts.set(id, (counts.get(id) ?? 0) + 1);
  // (and how many statements each speaks: the speaker filter reads only those documents)
  const spoke = new Map<string, number>();
  for (const s of doc.statements) if (s.speaker?.actor) spoke.set(s.speaker.actor, (spoke.get(s.speaker.actor) ?? 0) + 1);
  return [...new Set([...counts.keys(), ...spoke.keys()])].map((id) => [id, counts.get(id) ?? 0, spoke.get(id) ?? 0]);
}

/**
 * The actors a document's mentions point to that are not written yet: its own introduced persons,
 * and knowledge-base entries (from the KB the document was prepared with), each once per run
 * (`written` remembers them: they cannot change within one).
 */
export function actorsToWrite(doc: Document, kb: KnowledgeBase, written: Set<string>): Actor[] {
  const ids = new Set<string>();
  for (const m of doc.mentions) { if (m.actor) ids.add(m.actor); for (const x of m.members ?? []) ids.add(x); }
  const local = new Map(doc.localActors.map((a) => [a.id, a]));
  const out: Actor[] = [];
  for (const id of ids) {
    if (written.has(id)) continue;
    const a = local.get(id) ?? kb.actors.get(id);
    if (!a) continue;
    if (a.origin !== 'document') written.add(id);
    out.push(a);
  }
  return out;
}
