// Reviewed data files (data/…): word lists and tables an analyst can read and edit.
// Loaded once per process; '#' starts a comment line.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

// src/data/load.ts and dist/data/load.js both sit two levels below the package root.
const root = fileURLToPath(new URL('../../', import.meta.url));

export function dataFile(relative: string): string {
  return root + 'data/' + relative;
}

const cache = new Map<string, string[][]>();

/** Rows of a TSV (or a one-column list), comments and blank lines dropped. */
export function loadRows(relative: string): string[][] {
  let rows = cache.get(relative);
  if (!rows) {
    rows = readFileSync(dataFile(relative), 'utf8')
      .split(/\r?\n/)
      .filter((l) => l.trim() !== '' && !l.startsWith('#'))
      .map((l) => l.split('\t').map((c) => c.trim()));
    cache.set(relative, rows);
  }
  return rows;
}

export function loadList(relative: string): string[] {
  return loadRows(relative).map((r) => r[0]!);
}

export function loadMap(relative: string): Map<string, string> {
  return new Map(loadRows(relative).map((r) => [r[0]!, r[1] ?? r[0]!]));
}
