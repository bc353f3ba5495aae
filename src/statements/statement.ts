// Statements as the finders make them: the cue a cue verb gives, and a statement whose message
// is a stretch of tokens (its sentence is set by the finder that adds it).
import type { Statement } from '../document/types.js';
import { span, who, type Ctx, type Cue, type Found } from './context.js';

/** The cue of a statement told by a cue verb: the verb's word, its lemma and speech act. */
export function cueOf(ctx: Ctx, cue: Cue): NonNullable<Statement['cue']> {
  return { span: span(ctx, cue.index, cue.index + 1), lemma: cue.lemma, act: cue.act };
}

/** An indirect statement of the tokens [from, to), said by the speaker found, to no one in particular. */
export function indirectStatement(ctx: Ctx, from: number, to: number, cue: Statement['cue'], speaker: Found | null): Statement {
  return { form: 'indirect', quote: span(ctx, from, to), cue, speaker: who(speaker, ctx), addressee: null, sentence: 0 };
}
