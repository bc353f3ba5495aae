// PLOVER as data: the current manual's types with their quad classes and modes
// (data/plover/types.tsv) and the topical contexts of our issues (data/plover/issue-contexts.tsv).
// The finders code what a sentence says; ./coding.ts turns a merged event into what the
// manual prescribes (a planned meeting is AGREE, a mode the type lacks is the planned act's).
import { cellList, cellValue, loadList, loadRows } from '../data/load.js';
import { PLOVER_TYPES, type PloverType } from './types.js';

export type QuadClass = 'VERBAL COOPERATION' | 'MATERIAL COOPERATION' | 'VERBAL CONFLICT' | 'MATERIAL CONFLICT';
const QUADS: readonly QuadClass[] = ['VERBAL COOPERATION', 'MATERIAL COOPERATION', 'VERBAL CONFLICT', 'MATERIAL CONFLICT'];

export interface PloverTypeInfo {
  type: PloverType;
  quad: QuadClass;
  /** The manual's modes of the type (none for AGREE, SUPPORT, CONCEDE, COOPERATE, AID). */
  modes: readonly string[];
  /** Topical contexts every event of the type has (ours: a meeting of governments is diplomatic). */
  contexts: readonly string[];
}

export interface Plover {
  types: ReadonlyMap<PloverType, PloverTypeInfo>;
  /** Issue key (data/de/issues.tsv) → its topical contexts. */
  issueContexts: ReadonlyMap<string, readonly string[]>;
}

export function readPlover(): Plover {
  const types = new Map<PloverType, PloverTypeInfo>();
  for (const [type, quad, modes, contexts] of loadRows('plover/types.tsv')) {
    if (!PLOVER_TYPES.includes(type as PloverType)) throw new Error(`data/plover/types.tsv: "${type}" is none of the 16 types`);
    if (!QUADS.includes(quad as QuadClass)) throw new Error(`data/plover/types.tsv: ${type} has no quad class: ${quad}`);
    types.set(type as PloverType, { type: type as PloverType, quad: quad as QuadClass, modes: cellList(modes), contexts: cellList(contexts) });
  }
  const missing = PLOVER_TYPES.filter((t) => !types.has(t));
  if (missing.length) throw new Error(`data/plover/types.tsv lacks ${missing.join(', ')}`);
  const issueContexts = new Map(loadRows('plover/issue-contexts.tsv').map(([issue, contexts]) => [issue!, cellList(contexts)] as const));
  const topical = new Set(loadList('plover/contexts.txt'));
  const unknown = [...[...types.values()].flatMap((t) => t.contexts), ...[...issueContexts.values()].flat()].filter((c) => !topical.has(c));
  if (unknown.length) throw new Error(`data/plover: ${unknown.join(', ')} is none of the manual's contexts (data/plover/contexts.txt)`);
  return { types, issueContexts };
}

/** The type whose modes hold this one: the act a mode on AGREE or CONCEDE names ("ceasefire" → RETREAT). */
export function typeOfMode(p: Plover, mode: string): PloverType | null {
  for (const t of p.types.values()) if (t.modes.includes(mode)) return t.type;
  return null;
}

/**
 * May a word file give this mode to this type? The type's own modes; for a type the manual
 * gives none, a mode of another type (the act agreed on or conceded).
 */
export function modeFits(p: Plover, type: PloverType, mode: string | null | undefined): boolean {
  if (!cellValue(mode ?? undefined)) return true;
  const own = p.types.get(type)!.modes;
  return own.length ? own.includes(mode!) : typeOfMode(p, mode!) !== null;
}
