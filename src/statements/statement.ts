// Statements as the finders make them: the cue a cue verb gives, and a statement whose message
// is a stretch of tokens (its sentence is set by the finder that adds it).
import type { Statement } from '../document/types.js';
import { span, who, type Ctx, type Cue, type Found } from './context.js';
import { clauseAt } from '../syntax/api.js';

/**
 * Does the speaker's span hold the quoted words [b, e)? Then they are a name in the speaker's own phrase, no words of
 * theirs ("Die „Kampagne für ein Freies Tibet“ berichtete", "die Organisation „Reporter ohne Grenzen“").
 */
export const speakerHolds = (speaker: Statement['speaker'], b: number, e: number): boolean => !!speaker && speaker.span[0] <= b && e <= speaker.span[1];

/** The cue of a statement told by a cue verb: the verb's word (and every word of it: "teilte … mit"), its lemma and speech act. */
export function cueOf(ctx: Ctx, cue: Cue): NonNullable<Statement['cue']> {
  const words = cueWords(ctx, cue);
  return {
    span: span(ctx, cue.index, cue.index + 1), lemma: cue.lemma, act: cue.act,
    ...(words.length > 1 ? { parts: words.map((k) => ctx.toks[k]!.span) } : {}),
  };
}

/**
 * The words that make the cue in its clause: the verb with its separable particle ("teilte … mit"),
 * the auxiliary of a participle or infinitive ("hatte … erklärt", "wird … zitiert") and the
 * conjunction of a source clause ("Wie … mitteilte"), in text order.
 */
function cueWords(ctx: Ctx, cue: Cue): number[] {
  const words = new Set([cue.index]);
  if (cue.apart !== undefined) words.add(cue.apart);
  if (cue.end > cue.index + 1) words.add(cue.end - 1);
  const clause = clauseAt(ctx.syntax.get(ctx.toks[cue.index]!.sentence), cue.index);
  if (clause) {
    const { finite, particle, nonFinite } = clause.verb;
    if (finite !== null && nonFinite.includes(cue.index)) words.add(finite);
    if (finite === cue.index && particle !== null) words.add(particle);
    if (clause.kind === 'subordinate' && clause.introducer !== null && ctx.words.sourcePhrases.get(ctx.toks[clause.introducer]!.text.toLowerCase()) === 'clause-end') words.add(clause.introducer);
  }
  return [...words].sort((a, b) => a - b);
}

/** An indirect statement of the tokens [from, to), said by the speaker found, to no one in particular. */
export function indirectStatement(ctx: Ctx, from: number, to: number, cue: Statement['cue'], speaker: Found | null): Statement {
  return { form: 'indirect', quote: span(ctx, from, to), cue, speaker: who(speaker, ctx), addressee: null, sentence: 0 };
}
