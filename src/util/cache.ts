// A file cache under node_modules/.cache/lagebild/ for data that is slow to build and cheap to
// read back (word tables, parsed actor files). Written whole and then renamed, so a reader in
// another thread never sees half a file; a cache that cannot be written (read-only install)
// only costs the build.
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const CACHE_ROOT = fileURLToPath(new URL('../../node_modules/.cache/lagebild/', import.meta.url));

export const cachePath = (name: string): string => join(CACHE_ROOT, name);

/** The cached text of `name`, or undefined when it was never written. */
export function readCache(name: string): string | undefined {
  try {
    return readFileSync(cachePath(name), 'utf8');
  } catch {
    return undefined;
  }
}

/** Writes `text` as `name`; false when the cache cannot be written. */
export function writeCache(name: string, text: string): boolean {
  const file = cachePath(name);
  try {
    mkdirSync(CACHE_ROOT, { recursive: true });
    const tmp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
    writeFileSync(tmp, text);
    renameSync(tmp, file);
    return true;
  } catch {
    return false;
  }
}

const require = createRequire(import.meta.url);

/** The installed version of a package: part of a cache key, so an upgrade rebuilds what was built from it. */
export function packageVersion(name: string): string {
  return (JSON.parse(readFileSync(require.resolve(`${name}/package.json`), 'utf8')) as { version: string }).version;
}
