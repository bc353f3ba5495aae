// Shared helpers for the tests: where the examples and the built CLI are, temp folders.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after } from 'node:test';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const EXAMPLES = join(ROOT, 'examples');
export const CLI = join(ROOT, 'dist', 'cli', 'main.js');
/** The real seed articles, beside the checkout (never copied into it). */
export const SEEDS = join(ROOT, '..', 'shared', 'corpus', 'seeds');

export function example(name: string): string {
  return join(EXAMPLES, name);
}

/** A temp folder removed when the test file ends. */
export function tempDir(prefix = 'lagebild-test-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  after(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}
