// Annotated corpora a speaker model is fitted on, read into one shape: the article's text and,
// per annotated statement, the character spans of its message, cue and speaker. Two formats:
// the German Wikinews quotation corpus (character offsets into `originalText`) and SpkAtt-2023
// (tokens per sentence, roles as "sentence:token" ids): its text is rebuilt from the tokens,
// with the offsets of every token kept, so that gold roles become spans of that text.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Span } from '../../document/types.js';

export interface GoldStatement { quote: Span[]; cue: Span[]; speaker: Span[] }

export interface AnnotatedDocument {
  format: 'wikinews' | 'spkatt';
  name: string;
  text: string;
  published: string | null;
  gold: GoldStatement[];
}

/** The .json files under a folder (recursively, in name order), or the one file. */
export function corpusFiles(path: string): string[] {
  if (statSync(path).isFile()) return [path];
  return readdirSync(path, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && d.name.endsWith('.json'))
    .map((d) => join(d.parentPath ?? path, d.name)).sort();
}

/** One annotated file in either format; null for a JSON file of neither. */
export function readAnnotated(file: string): AnnotatedDocument | null {
  const data = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  if (typeof data.originalText === 'string' && Array.isArray(data.annotations)) return fromWikinews(file, data as unknown as WikinewsFile);
  if (Array.isArray(data.Sentences) && Array.isArray(data.Annotations)) return fromSpkAtt(file, data as unknown as SpkAttFile);
  return null;
}

interface WikinewsRole { spans?: Array<{ charBegin: number; charEnd: number }> }
interface WikinewsFile { documentName?: string; originalText: string; annotations: Array<Record<string, WikinewsRole | null | undefined>> }

function fromWikinews(file: string, data: WikinewsFile): AnnotatedDocument {
  const spans = (r: WikinewsRole | null | undefined): Span[] => (r?.spans ?? []).map((s) => [s.charBegin, s.charEnd] as Span);
  return {
    format: 'wikinews',
    name: data.documentName ?? file,
    text: data.originalText,
    // (the article's date is in its name: "12345 - Title (2007-05-01)")
    published: /\((\d{4}-\d{2}-\d{2})\)\s*$/.exec(data.documentName ?? '')?.[1] ?? null,
    gold: data.annotations.map((a) => ({ quote: spans(a.quote), cue: spans(a.cue), speaker: spans(a.speaker) })),
  };
}

interface SpkAttFile { Sentences: Array<{ SentenceId: number; Tokens: string[] }>; Annotations: Array<Record<string, string[] | undefined>> }

function fromSpkAtt(file: string, data: SpkAttFile): AnnotatedDocument {
  const { text, offsets } = detokenize(data.Sentences);
  const spans = (ids: string[] | undefined): Span[] => (ids ?? []).flatMap((id) => { const at = offsets.get(id); return at ? [at] : []; });
  return {
    format: 'spkatt',
    name: file.split('/').pop() ?? file,
    text,
    published: null,
    gold: data.Annotations.map((a) => ({ quote: spans(a.Message), cue: [...spans(a.Cue), ...spans(a.PTC)], speaker: spans(a.Source) })),
  };
}

const NO_SPACE_BEFORE = /^[.,;:!?)\]}%“»'…]$|^[.,;:!?]+$/;
const NO_SPACE_AFTER = /^[([{„»‚]$/;

/** The speech as text: tokens joined the way they are written, one sentence after another; "s:t" → the token's span. */
export function detokenize(sentences: SpkAttFile['Sentences']): { text: string; offsets: Map<string, Span> } {
  let text = '';
  const offsets = new Map<string, Span>();
  for (const sentence of sentences) {
    let glue = text ? ' ' : '';
    let openStraight = false;
    sentence.Tokens.forEach((token, i) => {
      const straight = token === '"';
      // (a straight quote opens and closes in turn)
      const closing = straight ? openStraight : NO_SPACE_BEFORE.test(token);
      if (i > 0 && closing) glue = '';
      text += glue;
      offsets.set(`${sentence.SentenceId}:${i}`, [text.length, text.length + token.length]);
      text += token;
      if (straight) openStraight = !openStraight;
      glue = NO_SPACE_AFTER.test(token) || (straight && openStraight) ? '' : ' ';
    });
  }
  return { text, offsets };
}
