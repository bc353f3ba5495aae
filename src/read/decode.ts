import iconv from 'iconv-lite';

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

export function decode(bytes: Uint8Array): Decoded {
  const kind = sniffBinary(bytes);
  if (kind) throw new InputError(`binary file (${kind})`);
  if (startsWith(bytes, [0xff, 0xfe])) return { text: new TextDecoder('utf-16le').decode(bytes), encoding: 'utf-16le' };
  if (startsWith(bytes, [0xfe, 0xff])) return { text: new TextDecoder('utf-16be').decode(bytes), encoding: 'utf-16be' };
  try {
    return { text: utf8.decode(bytes), encoding: 'utf-8' };
  } catch {
    // (Node's own TextDecoder reads this label as plain Latin-1 and loses „ “ –.)
    // Not valid UTF-8: Windows-1252 is a superset of Latin-1 for the printable range and
    // the usual encoding of older German exports („ “ – live at 0x84 0x93 0x96 there).
    return {
      text: iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), 'win1252'),
      encoding: 'windows-1252',
      note: 'not valid UTF-8, read as Latin-1/Windows-1252',
    };
  }
}
