// Events one article tells, coded in PLOVER, found in chrono-node's shape: the language's
// finders propose candidates where the article tells an event (an event verb, an event noun
// with its sides, a reference to an event told before, a statement whose speech act or
// message is an event), and its refiners, in order, complete them (context, date, terms),
// merge the mentions of one event within the article and resolve references. Across
// articles the ingest merges them (../merge/events.ts).
import type { DocEvent } from '../document/types.js';
import type { Tok } from '../segment/tokens.js';
import type { KnowledgeBase } from '../actors/kb.js';
import type { ArticleIndex } from '../mentions/positions.js';
import type { ArticleSyntax } from '../syntax/types.js';
import type { ArticleContext, Candidate, EventConfiguration, EventDocument } from './types.js';
import { articleContext, sentencesToRead, statementAt } from './context.js';
import { eventContext } from './same.js';

/** What the events stage reads of an article: the document, its tokens, their index and syntax. */
export interface EventInput { doc: EventDocument; toks: readonly Tok[]; index: ArticleIndex; syntax: ArticleSyntax }

export function findEvents({ doc, toks, index, syntax }: EventInput, kb: KnowledgeBase, config: EventConfiguration): DocEvent[] {
  const ctx = articleContext({ doc, toks, index, syntax }, kb, config);
  for (const at of sentencesToRead(doc)) {
    const r = index.ranges.get(at);
    if (!r || !config.mayTell(ctx, r[0], r[1])) continue;
    const s = ctx.sentenceAt(at)!;
    s.triggers = config.triggersOf(ctx, s);
    // as chrono does with a text: every finder proposes, then the refiners take all candidates
    refine(ctx, config, config.sentenceFinders.flatMap((finder) => finder.find(ctx, s)));
  }
  // after the sentences, as a statement may be the evidence of an event its sentence tells;
  // each finder's candidates are placed before the next looks (a rejection of the demand just read)
  doc.statements.forEach((statement, i) => {
    const st = statementAt(ctx, statement, i);
    if (st) for (const finder of config.statementFinders) refine(ctx, config, finder.find(ctx, st));
  });
  return ctx.events.map((e) => ({ ...e, context: eventContext(e) }));
}

/** The refiners in order, each on the candidates the one before left. */
function refine(ctx: ArticleContext, config: EventConfiguration, candidates: Candidate[]): void {
  let left = candidates;
  for (const refiner of config.refiners) {
    if (!left.length) return;
    left = refiner.refine(ctx, left);
  }
}
