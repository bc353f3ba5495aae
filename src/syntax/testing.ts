// A readable summary of what the syntax layer makes of one sentence, for the tests that pin it.
import { analyze } from '../pipeline/prepare.js';
import type { Clause, Phrase } from './types.js';
import { governedAt } from './api.js';

export interface ClauseSummary {
  kind: Clause['kind'];
  /** A coordinated clause with its verb left out (`verb` is then the clause before's). */
  elliptic: boolean;
  /** The finite verb as written; for a zu-infinitive clause its infinitive ("fortzusetzen", "führen"). */
  verb: string | null;
  /** Each phrase as its words in the text (with determiner, attachments, apposition), or null. */
  subject: string | null;
  /** The head word of the subject ("Nykyforow" in "Selenskyjs Sprecher Serhij Nykyforow"). */
  head: string | null;
  dative: string | null;
  accusative: string | null;
  /** A passive's agent without its preposition ("Washington" in "von Washington"). */
  agent: string | null;
  /** The antecedent of a relative clause. */
  antecedent: string | null;
  negated: 'clause' | 'constituent' | null;
  voice: Clause['verb']['voice'];
  mood: Clause['verb']['mood'];
  /** The lemma of the clause's verb bracket ("mitteilen", "begründen"). */
  lemma: string | null;
}

/** The clauses of the first sentence of `text` (an article body of one paragraph). */
export function readSentence(text: string, published = '2025-03-19'): ClauseSummary[] {
  const a = analyze({ source: 't', origin: 't', format: 'jsonl', text, published });
  const syntax = a.syntax?.get(0);
  if (!syntax) return [];
  const toks = a.tokens!;
  const words = (p: Phrase | null) => (p ? text.slice(toks[p.from]!.span[0], toks[p.to - 1]!.span[1]) : null);
  return syntax.clauses.map((c) => {
    const verbAt = c.verb.finite ?? (c.kind === 'infinitive' ? c.verb.nonFinite.at(-1) ?? null : null);
    return {
      kind: c.kind,
      elliptic: c.elliptic,
      verb: verbAt === null ? null : toks[verbAt]!.text,
      subject: words(c.subject),
      head: c.subject ? toks[c.subject.head]!.text : null,
      dative: words(c.dative),
      accusative: words(c.accusative),
      agent: words(c.agent),
      antecedent: words(c.antecedent),
      negated: c.negation?.scope ?? null,
      voice: c.verb.voice,
      mood: c.verb.mood,
      lemma: c.verb.lemma,
    };
  });
}

/** What governs the noun phrase at the first token `word` of the first sentence: "preposition gen: phrase", or null. */
export function governorOf(text: string, word: string): string | null {
  const a = analyze({ source: 't', origin: 't', format: 'jsonl', text, published: '2025-03-19' });
  const toks = a.tokens!;
  const k = toks.findIndex((t) => t.text === word && t.sentence === 0);
  const g = governedAt(a.syntax?.get(0), k);
  if (!g) return null;
  const by = [g.preposition === null ? '' : toks[g.preposition]!.text.toLowerCase(), g.genitive ? 'gen' : ''].filter(Boolean).join(' ');
  return `${by}: ${text.slice(toks[g.phrase.from]!.span[0], toks[g.phrase.to - 1]!.span[1])}`;
}
