// RawDocument → Document: the header, dateline, paragraphs, sentences and repeats of
// one article. Pure: same input, same output, no store involved.
import type { Document, RawDocument, Sentence } from '../document/types.js';
import { documentId } from '../document/ids.js';
import { findDateline, parseHeader } from '../read/de/header.js';
import { splitParagraphs } from '../segment/paragraphs.js';
import { splitSentences } from '../segment/sentences.js';
import { markRepeats } from '../dedupe/repeats.js';
import { loadKnowledgeBase, type KnowledgeBase } from '../actors/kb.js';
import { findMentions } from '../mentions/resolve.js';
import { findStatements } from '../statements/find.js';
import { findEvents } from '../events/find.js';
import { indexArticle } from '../mentions/positions.js';

export function prepareDocument(raw: RawDocument, kb: KnowledgeBase = loadKnowledgeBase()): Document {
  const { text } = raw;
  const warnings = [...(raw.warnings ?? [])];
  let published = raw.published ?? null;
  let title = raw.title?.trim() || null;
  let titleSpan: Document['titleSpan'] = null;
  let updateMarker: Document['updateMarker'] = null;
  let bodyStart = 0;
  if (raw.format === 'txt') {
    const header = parseHeader(text);
    published = header.published;
    title = header.title;
    titleSpan = header.titleSpan;
    updateMarker = header.updateMarker;
    bodyStart = header.bodyStart;
    if (header.warning) warnings.push(header.warning);
  } else {
    while (bodyStart < text.length && /\s/.test(text[bodyStart]!)) bodyStart++;
  }
  const dateline = findDateline(text, bodyStart);
  const paragraphs = splitParagraphs(text, [bodyStart, text.length]);
  const sentences: Sentence[] = [];
  paragraphs.forEach((p, index) => {
    const from = dateline && dateline.span[0] >= p.span[0] && dateline.span[1] <= p.span[1] ? dateline.span[1] : p.span[0];
    for (const span of splitSentences(text, [from, p.span[1]])) sentences.push({ span, paragraph: index, repeatOf: null });
  });
  markRepeats(text, paragraphs, sentences);
  if (!text.trim()) warnings.push('no text');
  const { mentions, localActors, toks, view } = findMentions({ text, titleSpan, sentences, published }, kb);
  // token positions, sentence ranges and finite verbs: found once, shared by statements and events
  const index = indexArticle(toks, mentions);
  const statements = findStatements({ text, titleSpan, sentences, paragraphs }, toks, view, mentions, index);
  const events = findEvents({ text, titleSpan, sentences, paragraphs, published, statements }, toks, mentions, kb, index);
  return {
    ...raw,
    id: documentId(raw.source, text),
    title,
    titleSpan,
    published,
    agency: dateline?.agency ?? null,
    places: dateline?.places ?? [],
    datelineSpan: dateline?.span ?? null,
    updateMarker,
    bodySpan: [bodyStart, text.length],
    paragraphs,
    sentences,
    mentions,
    localActors,
    statements,
    events,
    warnings,
  };
}
