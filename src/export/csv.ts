// CSV as RFC 4180 has it: comma-separated, CRLF line ends, a field in double quotes when it
// holds a comma, a quote or a line break (a quote inside doubled). Empty for null; true/false
// for booleans; numbers as they are, so R and pandas read them as numbers.
import type { Cell, Row } from './tables.js';

export function csvField(v: Cell): string {
  if (v === null) return '';
  const s = String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvLine(values: readonly Cell[]): string {
  return values.map(csvField).join(',') + '\r\n';
}

export const csvRow = (columns: readonly string[], row: Row) => csvLine(columns.map((c) => row[c] ?? null));
