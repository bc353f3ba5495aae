// JSONL: one document a line, {"id", "text", "title"?, "published"?, "source"?}.
// Streamed line by line, so a file of any size goes through in constant memory; a bad
// line is reported with its number and the other lines still go in.
import { createReadStream } from 'node:fs';
import { createHash } from 'node:crypto';
import type { RawDocument } from '../document/types.js';
import { decode, InputError } from './decode.js';
import { parsePublished, type MonthNames } from './dates.js';

export const MAX_LINE_BYTES = 20 * 1024 * 1024;

export type JsonlItem =
  /** line: the SHA-256 of the line's bytes, when the reader was asked to know lines */
  | { ok: true; doc: RawDocument; bytes: number; line?: Buffer }
  | { ok: false; reason: string; severity: 'error' | 'warning'; bytes: number }
  /** A line `known` recognised by its hash: not decoded, not parsed. */
  | { ok: 'known'; bytes: number };

/** Is this line (by the SHA-256 of its bytes) stored and up to date? */
export type KnownLine = (hash: Buffer) => boolean;

/** A UTF-16 file's chunks as UTF-8, decoded as they come (a character split between chunks waits for its rest). */
async function* utf8Chunks(path: string | Buffer, encoding: JsonlEncoding): AsyncGenerator<Buffer> {
  const chunks = createReadStream(path, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>;
  if (encoding === 'utf-8') { yield* chunks; return; }
  const decoder = new TextDecoder(encoding);
  for await (const chunk of chunks) yield Buffer.from(decoder.decode(chunk, { stream: true }));
  yield Buffer.from(decoder.decode());
}

export type JsonlEncoding = 'utf-8' | 'utf-16le' | 'utf-16be';

/** Splits a byte stream into lines without decoding the whole file. */
async function* lines(path: string | Buffer, encoding: JsonlEncoding): AsyncGenerator<{ line: Buffer; number: number; tooLong: boolean }> {
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  let number = 0;
  let tooLong = false;
  for await (const chunk of utf8Chunks(path, encoding)) {
    let from = 0;
    for (let nl = chunk.indexOf(0x0a); nl >= 0; nl = chunk.indexOf(0x0a, from)) {
      const part = chunk.subarray(from, nl);
      number++;
      // (a line inside the chunk is passed as a view of it, not copied)
      const line = tooLong ? Buffer.alloc(0) : pending.length ? Buffer.concat([...pending, part]) : part;
      yield { line, number, tooLong: tooLong || pendingBytes + part.length > MAX_LINE_BYTES };
      pending = []; pendingBytes = 0; tooLong = false;
      from = nl + 1;
    }
    const rest = chunk.subarray(from);
    pendingBytes += rest.length;
    if (pendingBytes > MAX_LINE_BYTES) { tooLong = true; pending = []; } else if (rest.length) pending.push(Buffer.from(rest));
  }
  if (pendingBytes > 0 || tooLong) yield { line: Buffer.concat(pending), number: number + 1, tooLong };
}

export function parseJsonlRecord(value: unknown, path: string, months?: MonthNames): RawDocument {
  if (!value || typeof value !== 'object' || Array.isArray(value)) throw new InputError('not a JSON object');
  const v = value as Record<string, unknown>;
  const id = typeof v.id === 'string' || typeof v.id === 'number' ? String(v.id).trim() : '';
  if (!id) throw new InputError('missing "id"');
  if (typeof v.text !== 'string') throw new InputError(`"${id}": missing "text"`);
  if (!v.text.trim()) throw new InputError(`"${id}": empty "text"`);
  const warnings: string[] = [];
  const published = v.published == null ? null : parsePublished(v.published, months);
  if (v.published != null && !published) warnings.push(`unreadable "published": ${JSON.stringify(v.published)}`);
  return {
    source: id, origin: `${path}#${id}`, format: 'jsonl', text: v.text,
    title: typeof v.title === 'string' ? v.title : null, published,
    outlet: typeof v.source === 'string' ? v.source : null,
    url: typeof v.url === 'string' ? v.url : null, warnings,
  };
}

/** Only white space (a JSONL line usually starts with its "{": one byte read). */
function blank(line: Buffer): boolean {
  for (const b of line) if (b !== 0x20 && b !== 0x09 && b !== 0x0d && b !== 0x0a && b !== 0x0b && b !== 0x0c && b !== 0xa0) return false;
  return true;
}

/**
 * The file's documents line by line. With `known`, each line's bytes are hashed first and a line
 * it knows is passed over as it is (an unchanged re-ingest spent most of its time decoding,
 * parsing and hashing texts it had stored).
 */
export async function* readJsonl(path: string | Buffer, months?: MonthNames, encoding: JsonlEncoding = 'utf-8', known?: KnownLine): AsyncGenerator<JsonlItem> {
  const where = typeof path === 'string' ? path : path.toString('latin1');
  for await (const { line, number, tooLong } of lines(path, encoding)) {
    const bytes = line.length + 1;
    if (tooLong) { yield { ok: false, reason: `line ${number}: longer than ${MAX_LINE_BYTES / 1048576} MB, skipped`, severity: 'error', bytes }; continue; }
    if (blank(line)) continue;
    const hash = known && createHash('sha256').update(line).digest();
    if (hash && known!(hash)) { yield { ok: 'known', bytes }; continue; }
    try {
      // (the file's head was checked for binary data; a control character in a line fails JSON.parse)
      const decoded = decode(line, true);
      const doc = parseJsonlRecord(JSON.parse(decoded.text), where, months);
      if (decoded.note) doc.warnings = [...(doc.warnings ?? []), decoded.note];
      yield { ok: true, doc, bytes, ...(hash ? { line: hash } : {}) };
    } catch (e) {
      const reason = e instanceof SyntaxError ? `invalid JSON (${e.message})` : (e as Error).message;
      yield { ok: false, reason: `line ${number}: ${reason}`, severity: 'error', bytes };
    }
  }
}
