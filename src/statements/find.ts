// Attributed statements of one article, in chrono-node's shape: the language's configuration
// marks which quotations are statements, its finders run over every sentence in the order it
// lists them (sharing the scan: what was told, by whom, with which cue), then its refiners run
// over all statements found. Every span is an offset into the original text.
import type { Document, Mention, Statement } from '../document/types.js';
import type { TextView } from '../normalize/view.js';
import type { Tok } from '../segment/tokens.js';
import type { ArticleIndex } from '../mentions/positions.js';
import type { ArticleSyntax } from '../syntax/types.js';
import type { SentenceAt, StatementConfiguration } from './types.js';
import { PUNCT_END, type Ctx } from './context.js';
import { StatementScan } from './scan.js';
import { quotationRegions } from './regions.js';
import { quotedSpeaker } from './quoted-speaker.js';

/** A sentence with this share of its tokens in quotation marks tells nothing beside its quotes. */
const MOSTLY_QUOTED = 0.6;

/** An article as the statements stage reads it. */
export interface StatementInput {
  doc: Pick<Document, 'text' | 'paragraphs' | 'sentences' | 'titleSpan'>;
  toks: Tok[];
  view: TextView;
  mentions: readonly Mention[];
  index: ArticleIndex;
  syntax: ArticleSyntax;
}

export function findStatements({ doc, toks, view, mentions, index, syntax }: StatementInput, config: StatementConfiguration): Statement[] {
  const ctx: Ctx = {
    doc, toks, mentionAt: index.mentionAt, index, syntax, words: config.words,
    quoted: new Uint8Array(toks.length), fragments: new Uint8Array(toks.length),
  };
  const scan = new StatementScan(doc, quotationRegions(doc, toks, view), mentions, (s) => quotedSpeaker(ctx, s));
  config.markQuotations(ctx, scan);
  // the title (-1) first, then the sentences in text order
  for (const sentence of [...(index.ranges.has(-1) ? [-1] : []), ...doc.sentences.keys()]) {
    const at = sentenceAt(ctx, scan, sentence);
    if (!at) continue;
    for (const finder of config.finders) if (finder.find(ctx, scan, at)) break;
  }
  return config.refiners.reduce((statements, refiner) => refiner.refine(ctx, scan, statements), scan.statements);
}

/** The sentence as the finders see it; null for one without tokens. */
function sentenceAt(ctx: Ctx, scan: StatementScan, sentence: number): SentenceAt | null {
  const range = ctx.index.ranges.get(sentence);
  if (!range) return null;
  const [b, e] = range;
  let end = e;
  while (end > b && PUNCT_END.test(ctx.toks[end - 1]!.text)) end--;
  let inQuotes = 0;
  for (let k = b; k < e; k++) inQuotes += ctx.quoted[k]!;
  return { sentence, b, e, end, mostlyQuoted: inQuotes / (e - b) >= MOSTLY_QUOTED, made: scan.statements.length, governed: false };
}
