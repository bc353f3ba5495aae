import iconv from 'iconv-lite';
import { isUtf8 } from 'node:buffer';

// Bytes → text. German wire copy arrives as UTF-8 mostly, sometimes as Latin-1/Windows-1252
// (older CMS exports), rarely as UTF-16 with a BOM. Binary files are refused with a reason.

export interface Decoded {
  text: string;
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';
  /** Set when the encoding was guessed rather than declared or valid UTF-8. */
  note?: string;
}

export class InputError extends Error {}

const MAGIC: Array<[string, number[]]> = [
  ['PDF document', [0x25, 0x50, 0x44, 0x46]],
  ['PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['JPEG image', [0xff, 0xd8, 0xff]],
  ['GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['ZIP archive (or .docx/.odt)', [0x50, 0x4b, 0x03, 0x04]],
  ['gzip archive', [0x1f, 0x8b]],
  ['SQLite database', [0x53, 0x51, 0x4c, 0x69, 0x74, 0x65]],
  ['ELF executable', [0x7f, 0x45, 0x4c, 0x46]],
];

function startsWith(bytes: Uint8Array, sig: number[]): boolean {
  return sig.length <= bytes.length && sig.every((b, i) => bytes[i] === b);
}

/** Names what a binary file looks like, or returns null for text. */
export function sniffBinary(bytes: Uint8Array): string | null {
  for (const [name, sig] of MAGIC) if (startsWith(bytes, sig)) return name;
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) return null; // UTF-16 text
  const n = Math.min(bytes.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return 'binary data (NUL bytes)';
    if (b < 0x09 || (b > 0x0d && b < 0x20 && b !== 0x1b)) control++;
  }
  return n > 0 && control / n > 0.1 ? 'binary data (control characters)' : null;
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/** Windows-1252 for the bytes 0x80–0xFF (iconv-lite's table; a constant of the encoding, no language data). */
const CP1252 = Array.from({ length: 128 }, (_, i) => iconv.decode(Buffer.from([0x80 + i]), 'win1252'));
const cp1252Char = (byte: number): string => CP1252[byte - 0x80]!;

/** Length of the valid UTF-8 sequence starting at i, or 0. */
function utf8Sequence(bytes: Uint8Array, i: number): number {
  const b = bytes[i]!;
  const cont = (k: number) => i + k < bytes.length && (bytes[i + k]! & 0xc0) === 0x80;
  if (b >= 0xc2 && b <= 0xdf) return cont(1) ? 2 : 0;
  if (b >= 0xe0 && b <= 0xef) {
    const b1 = bytes[i + 1] ?? 0;
    if ((b === 0xe0 && b1 < 0xa0) || (b === 0xed && b1 > 0x9f)) return 0; // overlong, surrogates
    return cont(1) && cont(2) ? 3 : 0;
  }
  if (b >= 0xf0 && b <= 0xf4) {
    const b1 = bytes[i + 1] ?? 0;
    if ((b === 0xf0 && b1 < 0x90) || (b === 0xf4 && b1 > 0x8f)) return 0;
    return cont(1) && cont(2) && cont(3) ? 4 : 0;
  }
  return 0;
}

/**
 * Mostly UTF-8 with some bytes that are not: the valid sequences stay UTF-8, each stray byte
 * is read as Windows-1252. A whole Latin-1 file comes out right the same way, since German
 * Latin-1 text hardly ever forms a valid UTF-8 sequence by accident.
 */
function decodeMixed(bytes: Uint8Array): { text: string; stray: number; multibyte: number } {
  const parts: string[] = [];
  const lenient = new TextDecoder('utf-8');
  let runStart = 0;
  let stray = 0;
  let multibyte = 0;
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) { i++; continue; }
    const n = utf8Sequence(bytes, i);
    if (n) { i += n; multibyte++; continue; }
    if (i > runStart) parts.push(lenient.decode(bytes.subarray(runStart, i)));
    parts.push(cp1252Char(b));
    stray++;
    i++;
    runStart = i;
  }
  if (runStart < bytes.length) parts.push(lenient.decode(bytes.subarray(runStart)));
  return { text: parts.join(''), stray, multibyte };
}

/** @param sniffed the bytes were checked for binary data already (a JSONL file's head, before its lines) */
export function decode(bytes: Uint8Array, sniffed = false): Decoded {
  const kind = sniffed ? null : sniffBinary(bytes);
  if (kind) throw new InputError(`binary file (${kind})`);
  if (startsWith(bytes, [0xff, 0xfe])) return { text: new TextDecoder('utf-16le').decode(bytes), encoding: 'utf-16le' };
  if (startsWith(bytes, [0xfe, 0xff])) return { text: new TextDecoder('utf-16be').decode(bytes), encoding: 'utf-16be' };
  const bom = startsWith(bytes, [0xef, 0xbb, 0xbf]);
  // (Node's native check and decoder: twice as fast as the fatal TextDecoder, which an unchanged re-ingest feels)
  if (!bom && isUtf8(bytes)) return { text: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8'), encoding: 'utf-8' };
  try {
    return { text: utf8.decode(bytes), encoding: 'utf-8' };
  } catch {
    // (Node's own TextDecoder reads 'windows-1252' as plain Latin-1 and loses „ “ –; iconv-lite's table is used.)
    const body = bom ? bytes.subarray(3) : bytes;
    const { text, stray, multibyte } = decodeMixed(body);
    // In a Latin-1 file a valid UTF-8 sequence is an accident ("ß“" is 0xDF 0x93), in a
    // UTF-8 file a stray byte is: whichever is rarer is the exception.
    if (stray >= multibyte) {
      return { text: iconv.decode(Buffer.from(body.buffer, body.byteOffset, body.byteLength), 'win1252'), encoding: 'windows-1252', note: 'not valid UTF-8, read as Latin-1/Windows-1252' };
    }
    return { text, encoding: 'utf-8', note: `mostly UTF-8, but ${stray} stray byte${stray === 1 ? '' : 's'} read as Windows-1252` };
  }
}
