// Reviewed data files (data/…): word lists and tables an analyst can read and edit.
// Loaded once per process. The convention of all files is in data/README.md: a line that
// starts with '#' is a comment, blank lines are skipped, cells are separated by a tab,
// '-' (or a trailing cell left out) means no value, and lists inside a cell use '|'.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

// src/data/load.ts and dist/data/load.js both sit two levels below the package root.
const root = fileURLToPath(new URL('../../', import.meta.url));

export function dataFile(relative: string): string {
  return root + 'data/' + relative;
}

/** A data row with its line number in the file (1-based), for messages that name the row. */
export interface NumberedRow { line: number; cells: string[] }

const cache = new Map<string, NumberedRow[]>();
const plain = new Map<string, string[][]>();

/** Rows of a TSV (or a one-column list) with their line numbers, comments and blank lines dropped. */
export function numberedRows(relative: string): NumberedRow[] {
  let rows = cache.get(relative);
  if (!rows) {
    rows = readFileSync(dataFile(relative), 'utf8')
      .split(/\r?\n/)
      .map((l, i) => ({ l, line: i + 1 }))
      .filter(({ l }) => l.trim() !== '' && !l.startsWith('#'))
      .map(({ l, line }) => ({ line, cells: l.split('\t').map((c) => c.trim()) }));
    cache.set(relative, rows);
  }
  return rows;
}

/** Rows of a TSV (or a one-column list), comments and blank lines dropped. */
export function loadRows(relative: string): string[][] {
  let rows = plain.get(relative);
  if (!rows) plain.set(relative, (rows = numberedRows(relative).map((r) => r.cells)));
  return rows;
}

export function loadList(relative: string): string[] {
  return loadRows(relative).map((r) => r[0]!);
}

export function loadMap(relative: string): Map<string, string> {
  return new Map(loadRows(relative).map((r) => [r[0]!, r[1] ?? r[0]!]));
}

/** A cell's value: undefined when the cell is left out, empty or '-' (no value). */
export function cellValue(cell: string | undefined): string | undefined {
  return !cell || cell === '-' ? undefined : cell;
}

/** The items of a list cell ("mit|obj"), none when the cell has no value. */
export function cellList(cell: string | undefined): string[] {
  const v = cellValue(cell);
  return v ? v.split('|') : [];
}
