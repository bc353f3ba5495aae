// The forms under which German text names a known actor: names and aliases with the
// genitive -s ("Putins", "Russlands", "des Kremls"), state adjectives in every ending
// ("russische", "russischen", …) and capitals as metonyms ("Moskau", "Moskaus").
import type { Actor } from '../../actors/kb.js';
import type { MentionKind } from '../../document/types.js';
import { tokenize } from '../../segment/tokens.js';

export interface Surface {
  tokens: string[];
  actors: string[];
  kind: MentionKind;
  /** A genitive form ("Russlands"): usable as a state qualifier before a role noun. */
  genitive: boolean;
}

export type SurfaceIndex = Map<string, Surface[]>;

const ADJECTIVE_ENDINGS = ['e', 'en', 'er', 'es', 'em'];

const words = (s: string) => tokenize(s).map((t) => t.text);

function genitive(name: string): string | null {
  if (/[sxzß]$/.test(name) || !/\p{L}$/u.test(name)) return null;
  return name + 's';
}

export function addSurface(index: SurfaceIndex, form: string, actor: string, kind: MentionKind, isGenitive = false): void {
  const tokens = words(form);
  // one letter ("X") or nothing left: too ambiguous to match anywhere
  if (!tokens.length || (tokens.length === 1 && tokens[0]!.length < 2)) return;
  let list = index.get(tokens[0]!);
  if (!list) index.set(tokens[0]!, (list = []));
  const same = list.find((s) => s.tokens.join(' ') === tokens.join(' ') && s.kind === kind);
  if (same) { if (!same.actors.includes(actor)) same.actors.push(actor); return; }
  list.push({ tokens, actors: [actor], kind, genitive: isGenitive });
  list.sort((a, b) => b.tokens.length - a.tokens.length);
}

/** Every surface of one actor into `index`. */
export function addActorSurfaces(index: SurfaceIndex, a: Actor): void {
  const names = [a.name, ...a.aliases];
  for (const n of names) {
    const single = words(n).length === 1;
    const kind: MentionKind = a.kind === 'person' ? (single ? 'surname' : 'name') : n === a.name ? 'name' : 'alias';
    addSurface(index, n, a.id, kind);
    // states with an article ("der Ukraine", "der USA") and all-capital short forms take no -s
    const g = a.article || /^\p{Lu}{2,}$/u.test(n) || n.includes('-') && a.kind !== 'state' ? null : genitive(n);
    if (g) addSurface(index, g, a.id, kind, true);
  }
  for (const stem of a.adjectives) {
    for (const e of ADJECTIVE_ENDINGS) {
      addSurface(index, stem + e, a.id, 'adjective');
      addSurface(index, stem[0]!.toUpperCase() + stem.slice(1) + e, a.id, 'adjective');
    }
  }
  for (const c of a.capitals) {
    addSurface(index, c, a.id, 'capital');
    const g = genitive(c);
    if (g) addSurface(index, g, a.id, 'capital', true);
  }
}

export function buildSurfaceIndex(actors: Iterable<Actor>): SurfaceIndex {
  const index: SurfaceIndex = new Map();
  for (const a of actors) addActorSurfaces(index, a);
  return index;
}

/** The longest surface starting at token `i`. */
export function matchAt(index: SurfaceIndex, tokens: readonly { text: string }[], i: number): Surface | undefined {
  const list = index.get(tokens[i]!.text);
  if (!list) return undefined;
  return list.find((s) => s.tokens.every((t, k) => tokens[i + k]?.text === t));
}
