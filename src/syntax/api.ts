// What statements and events ask of the syntax layer — the only way they read syntax:
// the clause a token stands in, the phrase around a token, and a phrase's head.
import type { Clause, Phrase, SentenceSyntax } from './types.js';

/** The innermost clause whose own tokens hold token k. */
export function clauseAt(s: SentenceSyntax | undefined, k: number): Clause | null {
  if (!s) return null;
  let best: Clause | null = null;
  for (const c of s.clauses) if (c.parts.some(([b, e]) => k >= b && k < e) && (!best || c.to - c.from < best.to - best.from)) best = c;
  return best;
}

/** The largest noun phrase holding token k (inside a prepositional phrase: its object). */
export function phraseAt(s: SentenceSyntax | undefined, k: number): Phrase | null {
  if (!s) return null;
  for (const c of s.clauses) {
    for (const p of c.phrases) {
      if (k < p.from || k >= p.to) continue;
      return p.kind === 'pp' ? (p.object && k >= p.object.from ? p.object : null) : p;
    }
  }
  return null;
}

/** The prepositional phrase (or postpositional: "Angaben zufolge") whose preposition is token k. */
export function prepositionalAt(s: SentenceSyntax | undefined, k: number): Phrase | null {
  for (const c of s?.clauses ?? []) for (const p of c.phrases) if (p.kind === 'pp' && p.preposition === k) return p;
  return null;
}

/**
 * How the noun phrase whose own words hold token k stands: governed by a preposition or postposition
 * (its token: "mit Putin", "Dem Kreml zufolge"), a genitive attribute of another noun ("der Vorschlag der
 * USA", "Trumps Gesandter"; "das Telefonat von Trump" is both), or neither — an argument of its clause.
 */
export interface Governed {
  /** The phrase with its conjuncts and apposition, without its genitives and modifiers. */
  phrase: Phrase;
  preposition: number | null;
  genitive: boolean;
}

/** What governs the noun phrase at token k; null when k is no phrase's own word (a preposition, a party in brackets). */
export function governedAt(s: SentenceSyntax | undefined, k: number): Governed | null {
  for (const c of s?.clauses ?? []) for (const p of c.phrases) if (k >= p.from && k < p.to) return governed(p, k, null, false);
  return null;
}

const holds = (p: Phrase, k: number) => k >= p.from && k < p.to;

function governed(p: Phrase, k: number, preposition: number | null, genitive: boolean): Governed | null {
  if (p.kind === 'pp') return p.object && holds(p.object, k) ? governed(p.object, k, p.preposition ?? null, genitive) : null;
  for (const g of p.genitives) if (holds(g, k)) return governed(g, k, null, true);
  for (const m of p.modifiers) if (holds(m, k)) return governed(m, k, null, false);
  // a conjunct's or the apposition's own words are the whole phrase's ("Trump und Putin", "Sprecher Serhij Nykyforow")
  for (const part of [...p.conjuncts, ...(p.apposition ? [p.apposition] : [])]) {
    if (!holds(part, k)) continue;
    const inner = governed(part, k, preposition, genitive);
    return inner && inner.phrase === part ? { ...inner, phrase: p } : inner;
  }
  return k <= p.head ? { phrase: p, preposition, genitive } : null;
}

export const subject = (c: Clause | null) => c?.subject ?? null;
export const objects = (c: Clause | null) => ({ dative: c?.dative ?? null, accusative: c?.accusative ?? null });
export const agent = (c: Clause | null) => c?.agent ?? null;
export const negated = (c: Clause | null) => c?.negation ?? null;

/** The phrase's head word, and where its name stands when a title or apposition names the one meant. */
export function head(p: Phrase): { head: number; name: number | null } {
  const first = p.conjuncts[0] ?? p;
  return { head: first.head, name: first.apposition ? first.apposition.head : null };
}
