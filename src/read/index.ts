// One input → the raw documents in it, or a problem naming it. Never throws for bad
// input: a broken file is reported and the batch goes on.
import { extname } from 'node:path';
import type { InputProblem, RawDocument } from '../document/types.js';
import { decode, InputError, sniffBinary } from './decode.js';
import type { Input } from './inputs.js';
import { readTxt } from './txt.js';
import type { HeaderLanguage } from './de/header.js';
import { readHtml } from './html.js';
import { readFeed } from './feed.js';
import { readJsonl, type KnownLine } from './jsonl.js';
import { fetchBounded, readFileBounded, readHead } from './bounded.js';
import { isWellFormed } from '../util/text.js';

export type ReadEvent =
  /** bytes: of the input read with this document (a JSONL line), for progress; line: the JSONL line's hash, when lines are known */
  | { type: 'document'; doc: RawDocument; input: Input; bytes?: number; line?: Buffer }
  /** A JSONL line stored before, unchanged (ReadOptions.knownLine): passed over unread */
  | { type: 'unchanged'; input: Input; bytes: number }
  | { type: 'problem'; problem: InputProblem }
  | { type: 'bytes'; bytes: number };

export interface ReadOptions {
  /** Largest single article or feed file read; JSONL is streamed and has no such limit. */
  maxBytes: number;
  fetchTimeoutMs: number;
  /** The language a plain-text file's header is read in. */
  language: HeaderLanguage;
  /** Recognises JSONL lines stored before by their hash (the ingest's store). */
  knownLine?: KnownLine;
}

export const DEFAULT_READ_OPTIONS: Omit<ReadOptions, 'language'> = { maxBytes: 20 * 1024 * 1024, fetchTimeoutMs: 30_000 };

type Kind = 'txt' | 'html' | 'feed' | 'jsonl';

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Unpaired surrogates (from broken JSON escapes) cannot be stored as UTF-8: SQLite would
 * turn each into three characters and shift every offset after it; NUL (a JSON "\u0000", a
 * stray byte in a text file) cannot be stored in PostgreSQL text at all. Each becomes U+FFFD,
 * one code unit for one, so offsets stay as they were.
 */
function wellFormed(doc: RawDocument): RawDocument {
  const nul = hasNul(doc);
  // (the engine's own check first: the pattern costs more than the rest of an unchanged re-ingest)
  if (!nul && isWellFormed(doc.text) && isWellFormed(doc.title ?? '')) return doc;
  LONE_SURROGATE.lastIndex = 0;
  if (!nul && !LONE_SURROGATE.test(doc.text) && !LONE_SURROGATE.test(doc.title ?? '')) return doc;
  const count = doc.text.match(LONE_SURROGATE)?.length ?? 0;
  const nuls = doc.text.split('\0').length - 1;
  const fixed = (x: string) => x.replace(LONE_SURROGATE, '\uFFFD').replaceAll('\0', '\uFFFD');
  const fields = Object.fromEntries(NAMED.map((k) => [k, typeof doc[k] === 'string' ? fixed(doc[k]) : doc[k]]));
  return {
    ...doc,
    ...fields,
    text: fixed(doc.text),
    warnings: [...(doc.warnings ?? []),
      ...(count ? [`${count} unpaired surrogate character${count === 1 ? '' : 's'} replaced by U+FFFD`] : []),
      ...(nuls ? [`${nuls} NUL character${nuls === 1 ? '' : 's'} replaced by U+FFFD`] : [])],
  };
}

/** The short fields of a document, cleaned as its text is. */
const NAMED = ['title', 'source', 'origin', 'author', 'url', 'outlet', 'published'] as const;

const hasNul = (doc: RawDocument) => doc.text.includes('\0') || NAMED.some((k) => doc[k]?.includes('\0'));

function kindOf(path: string, text?: string): Kind {
  const ext = extname(path).toLowerCase();
  if (ext === '.txt') return 'txt';
  if (ext === '.html' || ext === '.htm') return 'html';
  if (ext === '.xml' || ext === '.rss' || ext === '.atom') return 'feed';
  if (ext === '.jsonl' || ext === '.ndjson') return 'jsonl';
  const head = (text ?? '').trimStart().slice(0, 2000);
  if (/^(<\?xml[^>]*>\s*)?<(rss|feed|rdf:RDF)\b/i.test(head)) return 'feed';
  if (head.startsWith('<')) return 'html';
  if (head.startsWith('{')) return 'jsonl';
  return 'txt';
}

function problem(input: string, e: unknown, severity: 'error' | 'warning' = 'error'): ReadEvent {
  const reason = e instanceof InputError ? e.message : `could not be read (${(e as Error).message})`;
  return { type: 'problem', problem: { input, reason, severity } };
}

function parse(kind: Kind, text: string, input: Input, where: string, options: ReadOptions): { docs: RawDocument[]; warnings: string[] } {
  switch (kind) {
    case 'txt': return { docs: [readTxt(text, where, options.language)], warnings: [] };
    case 'html': return { docs: [readHtml(text, where, input.kind === 'url' ? input.url : null, options.language.months)], warnings: [] };
    case 'feed': { const f = readFeed(text, where, input.display, options.language.months); return { docs: f.documents, warnings: f.warnings }; }
    case 'jsonl': throw new InputError('JSONL is read as a stream');
  }
}

async function* fromText(kind: Kind, bytes: Uint8Array, input: Input, where: string, options: ReadOptions): AsyncGenerator<ReadEvent> {
  const decoded = decode(bytes);
  const { docs, warnings } = parse(kind, decoded.text, input, where, options);
  if (decoded.note) yield { type: 'problem', problem: { input: input.display, reason: decoded.note, severity: 'warning' } };
  for (const w of warnings) yield { type: 'problem', problem: { input: input.display, reason: w.replace(`${input.display}: `, ''), severity: 'warning' } };
  for (const doc of docs) yield { type: 'document', doc: wellFormed(doc), input };
}

/** A failed fetch as the reason a user reads: the HTTP status, a timeout or the network's error code. */
export function fetchError(e: unknown): InputError {
  if (e instanceof InputError) return e;
  const cause = (e as { cause?: { code?: string; message?: string } }).cause;
  return new InputError(`could not fetch (${(e as Error).name === 'TimeoutError' ? 'timed out' : cause?.code ?? cause?.message ?? (e as Error).message})`);
}

export async function* readInput(input: Input, options: ReadOptions): AsyncGenerator<ReadEvent> {
  try {
    if (input.kind === 'url') {
      let got = input.fetched;
      try {
        got ??= await fetchBounded(input.url, options.maxBytes, options.fetchTimeoutMs);
      } catch (e) {
        throw fetchError(e);
      }
      yield { type: 'bytes', bytes: got.bytes.length };
      for (const w of got.warnings) yield { type: 'problem', problem: { input: input.display, reason: w, severity: 'warning' } };
      const text = decode(got.bytes).text;
      const kind = /html/i.test(got.type) && !/<(rss|feed|rdf:RDF)\b/i.test(text.slice(0, 2000)) ? 'html' : kindOf(input.url, text);
      yield* fromText(kind === 'txt' ? 'feed' : kind, got.bytes, input, input.url, options);
      return;
    }
    if (kindOf(input.path) === 'jsonl') {
      yield* readJsonlInput(input, options);
      return;
    }
    const bytes = await readFileBounded(input.bytes ?? input.path, options.maxBytes);
    if (bytes.length === 0) throw new InputError('empty file');
    yield { type: 'bytes', bytes: bytes.length };
    const kind = kindOf(input.path, sniffBinary(bytes) ? undefined : bytes.subarray(0, 2000).toString('utf8'));
    if (kind === 'jsonl') { yield* readJsonlInput(input, options); return; }
    yield* fromText(kind, bytes, input, input.path, options);
  } catch (e) {
    yield problem(input.display, e);
  }
}

async function* readJsonlInput(input: Extract<Input, { kind: 'file' }>, options: ReadOptions): AsyncGenerator<ReadEvent> {
  const head = await readHead(input.bytes ?? input.path, 8192);
  if (head.length === 0) throw new InputError('empty file');
  const binary = sniffBinary(head);
  if (binary) throw new InputError(`binary file (${binary})`);
  const encoding = head[0] === 0xff && head[1] === 0xfe ? 'utf-16le' : head[0] === 0xfe && head[1] === 0xff ? 'utf-16be' : 'utf-8';
  for await (const item of readJsonl(input.bytes ?? input.path, options.language.months, encoding, options.knownLine)) {
    // (one event a line: an unchanged re-ingest spends most of its time passing events on)
    if (item.ok === 'known') { yield { type: 'unchanged', input, bytes: item.bytes }; continue; }
    if (item.ok) { yield { type: 'document', doc: wellFormed(item.doc), input, bytes: item.bytes, line: item.line }; continue; }
    yield { type: 'bytes', bytes: item.bytes };
    yield { type: 'problem', problem: { input: input.display, reason: item.reason, severity: item.severity } };
  }
}
