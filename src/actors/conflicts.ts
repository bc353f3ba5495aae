// Armed conflicts and their parties (data/conflicts.yaml): what "die Kriegsparteien" names
// in an article of the conflict's period. Reviewed data, like the actor files.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { dataFile } from '../data/load.js';

export interface Conflict {
  id: string;
  name: string;
  /** Actor ids of the parties. */
  parties: string[];
  /** YYYY[-MM[-DD]]; to null while it goes on. */
  from: string;
  to: string | null;
}

let bundled: Conflict[] | undefined;

const day = (v: unknown): string | null => (v instanceof Date ? v.toISOString().slice(0, 10) : v == null ? null : String(v));

/** The bundled conflicts, read once; a broken entry is refused with its number. */
export function conflicts(): Conflict[] {
  if (bundled) return bundled;
  const path = dataFile('conflicts.yaml');
  const raw = parse(readFileSync(path, 'utf8')) as unknown;
  if (!Array.isArray(raw)) throw new Error(`${path}: expected a list of conflicts`);
  bundled = raw.map((x: Record<string, unknown>, i) => {
    const parties = Array.isArray(x.parties) ? x.parties.map(String) : [];
    const from = day(x.from);
    if (!x.id || parties.length < 2 || !from) throw new Error(`${path}, entry ${i + 1}: needs id, two or more parties and from`);
    return { id: String(x.id), name: String(x.name ?? x.id), parties, from, to: day(x.to) };
  });
  return bundled;
}

/** The conflicts going on at a date (YYYY[-MM[-DD]]): a coarse date counts when its period overlaps. */
export function conflictsOn(date: string | null): Conflict[] {
  if (!date) return [];
  return conflicts().filter((c) => c.from.slice(0, date.length) <= date && (!c.to || date <= c.to.slice(0, date.length)));
}
