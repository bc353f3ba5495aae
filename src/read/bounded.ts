// Reads that stop at the size limit: files (never a device or FIFO), HTTP bodies (also after
// decompression) and redirects followed only to http(s), each reported.
import { constants } from 'node:fs';
import { open } from 'node:fs/promises';
import { InputError } from './decode.js';

export const mb = (bytes: number): string => `${(bytes / 1048576).toFixed(1)} MB`;

/** Too large, with the option that raises the limit. */
export function tooLarge(bytes: number | string, limit: number, what = 'one article or feed'): InputError {
  const size = typeof bytes === 'number' ? mb(bytes) : bytes;
  return new InputError(`too large for ${what} (${size} > ${mb(limit)} limit; raise it with --max-file-size, or split it into JSONL)`);
}

/**
 * A regular file's bytes, at most `limit`. Opened without blocking and checked after opening,
 * so a FIFO (or a device swapped in after the listing) is refused, never waited on or read.
 */
export async function readFileBounded(path: string | Buffer, limit: number): Promise<Buffer> {
  const { fh, st } = await openRegular(path);
  try {
    if (st.size > limit) throw tooLarge(st.size, limit);
    const parts: Buffer[] = [];
    let total = 0;
    for (;;) {
      const { bytesRead, buffer } = await fh.read(Buffer.alloc(Math.min(1 << 20, limit + 1 - total)), 0, Math.min(1 << 20, limit + 1 - total), null);
      if (!bytesRead) break;
      total += bytesRead;
      // a file that grows while it is read
      if (total > limit) throw tooLarge(`over ${mb(limit)}`, limit);
      parts.push(buffer.subarray(0, bytesRead));
    }
    return Buffer.concat(parts, total);
  } finally {
    await fh.close();
  }
}

/** The first bytes of a regular file (refusing FIFOs and devices as readFileBounded does). */
export async function readHead(path: string | Buffer, bytes: number): Promise<Buffer> {
  const { fh } = await openRegular(path);
  try {
    const { bytesRead, buffer } = await fh.read(Buffer.alloc(bytes), 0, bytes, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await fh.close();
  }
}

/** Opened without blocking (a FIFO would wait for a writer) and checked to be a regular file. */
async function openRegular(path: string | Buffer) {
  const fh = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
  const st = await fh.stat();
  if (st.isFile()) return { fh, st };
  await fh.close();
  throw new InputError(notRegular(st));
}

/** Why a path that is no regular file is not read. */
export function notRegular(st: { isDirectory(): boolean; isFIFO(): boolean; isCharacterDevice(): boolean; isBlockDevice(): boolean; isSocket(): boolean }): string {
  const what = st.isFIFO() ? 'a FIFO' : st.isCharacterDevice() || st.isBlockDevice() ? 'a device' : st.isSocket() ? 'a socket' : st.isDirectory() ? 'a folder' : 'something else';
  return `not a regular file (${what}); only files are read`;
}

/** What a conditional GET sends back: the validators of the last answer. */
export interface Validators { etag?: string | null; lastModified?: string | null }

/** An answer; its validators (the server's) go with the next conditional GET (lagebild watch). */
export interface Fetched extends Validators {
  bytes: Uint8Array; type: string; url: string; warnings: string[];
  /** 304: nothing changed since the validators sent (bytes is empty). */
  notModified?: boolean;
}

/** An HTTP answer that is no success: its status and, on 429 or 503, how long the server asks to wait. */
export class HttpError extends InputError {
  constructor(readonly status: number, statusText: string, readonly retryAfterMs: number | null) {
    super(`HTTP ${status} ${statusText}`.trim());
  }
}

/** Retry-After in seconds or as an HTTP date (RFC 9110 10.2.3), in ms from now; null when absent or unreadable. */
export function retryAfterMs(value: string | null, now = Date.now()): number | null {
  if (!value) return null;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? null : Math.max(0, at - now);
}

const MAX_REDIRECTS = 5;
const ACCEPT = 'application/rss+xml, application/atom+xml, application/xml, text/xml, text/html;q=0.8, */*;q=0.5';

/**
 * GET with redirects followed by hand: only to http(s), at most five, each reported. With
 * validators it is a conditional GET (If-None-Match, If-Modified-Since): a 304 comes back as
 * `notModified`, so a feed polled every few minutes is not downloaded again.
 */
export async function fetchBounded(url: string, limit: number, timeoutMs: number, validators: Validators = {}): Promise<Fetched> {
  const abort = new AbortController();
  const signal = AbortSignal.any([abort.signal, AbortSignal.timeout(timeoutMs)]);
  const warnings: string[] = [];
  let at = new URL(url);
  try {
    for (let hops = 0; ; hops++) {
      const headers: Record<string, string> = { accept: ACCEPT };
      if (validators.etag) headers['if-none-match'] = validators.etag;
      if (validators.lastModified) headers['if-modified-since'] = validators.lastModified;
      const res = await fetch(at, { signal, redirect: 'manual', headers });
      const given = { etag: res.headers.get('etag'), lastModified: res.headers.get('last-modified') };
      if (res.status === 304) {
        await res.body?.cancel();
        return { bytes: new Uint8Array(), type: '', url: at.href, warnings, notModified: true, etag: given.etag ?? validators.etag ?? null, lastModified: given.lastModified ?? validators.lastModified ?? null };
      }
      const location = res.headers.get('location');
      if (res.status >= 300 && res.status < 400 && location) {
        await res.body?.cancel();
        const next = new URL(location, at);
        if (next.protocol !== 'http:' && next.protocol !== 'https:') throw new InputError(`redirect to ${next.href} refused: only http(s) addresses are followed`);
        if (hops >= MAX_REDIRECTS) throw new InputError(`more than ${MAX_REDIRECTS} redirects`);
        warnings.push(`redirected to ${next.href}${next.host !== at.host ? ` (another host: ${next.host})` : ''}`);
        at = next;
        continue;
      }
      if (!res.ok) {
        await res.body?.cancel();
        throw new HttpError(res.status, res.statusText, retryAfterMs(res.headers.get('retry-after')));
      }
      const length = Number(res.headers.get('content-length') ?? 0);
      if (length > limit) throw tooLarge(length, limit);
      return { bytes: await bodyBounded(res, limit), type: res.headers.get('content-type') ?? '', url: at.href, warnings, ...given };
    }
  } finally {
    // whatever was refused, the connection goes now (the process does not wait on it)
    abort.abort();
  }
}

/** The (decompressed) body, read chunk by chunk and given up at the limit. */
async function bodyBounded(res: Response, limit: number): Promise<Uint8Array> {
  if (!res.body) return new Uint8Array();
  const parts: Uint8Array[] = [];
  let total = 0;
  for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
    total += chunk.length;
    if (total > limit) throw tooLarge(`over ${mb(limit)}`, limit);
    parts.push(chunk);
  }
  return Buffer.concat(parts, total);
}
