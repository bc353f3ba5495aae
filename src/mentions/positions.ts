// Where things stand in an article's tokens, found once per article and shared by the
// statement and event finders: the token at an offset, the mention starting at a token, each
// sentence's token range, and each sentence's finite verbs (analysed on first ask).
import type { Mention } from '../document/types.js';
import type { Tok } from '../segment/tokens.js';
import { finiteVerbs, type FiniteVerb } from '../grammar/de/verbs.js';

export interface ArticleIndex {
  toks: readonly Tok[];
  /** Original offset → the first token starting there. */
  byStart: Map<number, number>;
  /** Original offset → the index after the token ending there. */
  byEnd: Map<number, number>;
  /** The mention starting at a token, with the index after its last token. */
  mentionAt: Map<number, { m: Mention; end: number }>;
  /** Sentence (-1: the title) → [first token, after the last]. */
  ranges: Map<number, [number, number]>;
  /** Finite verbs per sentence, token indices absolute. */
  verbs: Map<number, FiniteVerb[]>;
}

export function indexArticle(toks: readonly Tok[], mentions: readonly Mention[]): ArticleIndex {
  const byStart = new Map<number, number>();
  const byEnd = new Map<number, number>();
  const ranges = new Map<number, [number, number]>();
  toks.forEach((t, i) => {
    if (!byStart.has(t.span[0])) byStart.set(t.span[0], i);
    byEnd.set(t.span[1], i + 1);
    const r = ranges.get(t.sentence);
    if (r) r[1] = i + 1; else ranges.set(t.sentence, [i, i + 1]);
  });
  const mentionAt = new Map<number, { m: Mention; end: number }>();
  for (const m of mentions) {
    const i = byStart.get(m.span[0]);
    const e = byEnd.get(m.span[1]);
    if (i !== undefined && e !== undefined) mentionAt.set(i, { m, end: e });
  }
  return { toks, byStart, byEnd, mentionAt, ranges, verbs: new Map() };
}

/** The finite verbs of a sentence (moods, particles, "würde" + infinitive), analysed once. */
export function sentenceVerbs(index: ArticleIndex, sentence: number): FiniteVerb[] {
  let list = index.verbs.get(sentence);
  if (!list) {
    const [b, e] = index.ranges.get(sentence) ?? [0, 0];
    list = finiteVerbs(index.toks.slice(b, e)).map((v) => ({
      ...v, index: v.index + b, particle: v.particle === null ? null : v.particle + b, infinitive: v.infinitive === null ? null : v.infinitive + b,
    }));
    index.verbs.set(sentence, list);
  }
  return list;
}
