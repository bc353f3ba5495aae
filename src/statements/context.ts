// What the statement finders share: the article's tokens with their mentions, quotation
// regions, finite verbs per sentence and the cue words found in a stretch of tokens.
import type { Document, Mention, Span } from '../document/types.js';
import type { Tok } from '../segment/tokens.js';
import type { FiniteVerb } from '../grammar/de/verbs.js';
import type { ArticleSyntax, Phrase } from '../syntax/types.js';
import { head, phraseAt } from '../syntax/api.js';
import { sentenceVerbs, type ArticleIndex } from '../mentions/positions.js';
import { verbReadings } from '../lexicon/verbs.js';
import { cueVerbs, isSourceNoun } from './de/cues.js';
import { memoize } from '../util/memo.js';

export interface Region { open: number; close: number }

export interface Cue { index: number; end: number; lemma: string; act: string; np: boolean; npPrepositions?: string[] | null; needs?: boolean; kind: 'verb' | 'source' }

export interface Ctx {
  doc: Pick<Document, 'text' | 'paragraphs' | 'sentences' | 'titleSpan'>;
  toks: Tok[];
  /** Mention starting at a token index, with the index after its last token. */
  mentionAt: Map<number, { m: Mention; end: number }>;
  /** Tokens inside a quotation (direct statement material). */
  quoted: Uint8Array;
  /** Tokens inside a quoted fragment of a reported message. */
  fragments: Uint8Array;
  /** Token positions, sentence ranges and finite verbs, shared with the event finder. */
  index: ArticleIndex;
  /** Clauses and phrases per sentence (the syntax layer). */
  syntax: ArticleSyntax;
}

export const PUNCT_END = /^[.!?…]$/;
export const isComma = (t: Tok | undefined) => t?.text === ',';
export const CLAUSE_BREAK = /^[,;:]$/;

export function span(ctx: Ctx, from: number, to: number): Span {
  // trim punctuation at both ends (a quote keeps its own final stop inside the marks)
  while (from < to && /^[,;:\-]$/.test(ctx.toks[from]!.text)) from++;
  while (to > from && /^[,;:\-]$/.test(ctx.toks[to - 1]!.text)) to--;
  return [ctx.toks[from]!.span[0], ctx.toks[to - 1]!.span[1]];
}

export function words(ctx: Ctx, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) if (ctx.toks[i]!.kind === 'word' || ctx.toks[i]!.kind === 'number') n++;
  return n;
}

/** The finite verbs in [from, to), from the sentence-wide analysis (cached per sentence). */
export function verbsIn(ctx: Ctx, from: number, to: number): FiniteVerb[] {
  const out: FiniteVerb[] = [];
  for (let i = from; i < to;) {
    const sentence = ctx.toks[i]!.sentence;
    for (const v of sentenceVerbs(ctx.index, sentence)) if (v.index >= from && v.index < to) out.push(v);
    while (i < to && ctx.toks[i]!.sentence === sentence) i++;
  }
  return out;
}

/** Can this word be a form of a cue verb (any tense, particle or not)? Memoized: most words cannot. */
const cueish = memoize((word: string): boolean => {
  const verbs = cueVerbs();
  return /^\p{L}/u.test(word) && verbReadings(word).some((x) => verbs.has(x.lemma) || (x.particle !== undefined && verbReadings(word).some((y) => !y.particle && verbs.has(y.lemma))));
});

/** Cue verbs (finite, or a clause-final participle "hatte … erklärt") and source words in [from, to). */
export function cuesIn(ctx: Ctx, from: number, to: number): Cue[] {
  const verbs = cueVerbs();
  const out: Cue[] = [];
  // most sentences hold no word that could be a cue: no verb analysis for them
  let any = false;
  for (let i = from; i < to && !any; i++) any = ctx.toks[i]!.kind === 'word' && cueish(ctx.toks[i]!.text);
  if (!any) return out;
  for (const v0 of verbsIn(ctx, from, to)) {
    const v = { ...v0, index: v0.index - from, particle: v0.particle === null ? null : v0.particle - from };
    // "sagte Hegseth weiter" is sagen, not weitersagen: a particle the cue list does not know is no particle
    let lemma = v.lemma;
    if (!verbs.has(lemma) && v.particle !== null) lemma = verbReadings(ctx.toks[from + v.index]!.text).find((r) => !r.particle && verbs.has(r.lemma))?.lemma ?? lemma;
    const cue = verbs.get(lemma);
    if (!cue || ctx.quoted[from + v.index]) continue;
    // ("sieht keinen Grund", "ist nicht der Meinung": a phrase cue denied says nothing)
    if (cue.needs && (!clauseHas(ctx, from + v.index, cue.needs) || clauseHas(ctx, from + v.index, NEGATIONS))) continue;
    const end = lemma === v.lemma ? from + (v.particle ?? v.index) + 1 : from + v.index + 1;
    out.push({ index: from + v.index, end, lemma, act: cue.act, np: cue.np, npPrepositions: cue.npPrepositions, needs: !!cue.needs, kind: 'verb' });
  }
  for (let i = from; i < to; i++) {
    const t = ctx.toks[i]!;
    if (ctx.quoted[i] || t.kind !== 'word' || !cueish(t.text)) continue;
    // "hatte … erklärt," — a participle closing the clause before the message
    const next = ctx.toks[i + 1];
    if ((next?.text === ',' || next?.text === ':') && !out.some((c) => c.index === i)) {
      const pa = verbReadings(t.text).find((r) => r.tense === 'PA2' && verbs.has(r.lemma));
      if (pa && /^\p{Ll}/u.test(t.text)) out.push({ index: i, end: i + 1, lemma: pa.lemma, act: verbs.get(pa.lemma)!.act, np: false, kind: 'verb' });
    }
  }
  return out.sort((a, b) => a.index - b.index);
}

const NEGATIONS = ['nicht', 'kein', 'keine', 'keinen', 'keiner', 'nie'];

/** Does the clause around token `at` (between clause breaks) hold one of these words? */
function clauseHas(ctx: Ctx, at: number, words: readonly string[]): boolean {
  const sentence = ctx.toks[at]!.sentence;
  let from = at;
  while (from > 0 && ctx.toks[from - 1]!.sentence === sentence && !CLAUSE_BREAK.test(ctx.toks[from - 1]!.text)) from--;
  const to = clauseEnd(ctx, at);
  for (let k = from; k < to; k++) if (k !== at && words.includes(ctx.toks[k]!.text)) return true;
  return false;
}

/** The start of the clause a cue stands in: after the last comma before it, or the sentence start. */
export function clauseStart(ctx: Ctx, b: number, cue: number): number {
  for (let i = cue - 1; i >= b; i--) if (CLAUSE_BREAK.test(ctx.toks[i]!.text)) return i + 1;
  return b;
}

/** The end of the clause token `at` stands in: the next clause break, or its sentence's end. */
export function clauseEnd(ctx: Ctx, at: number): number {
  const sentence = ctx.toks[at]!.sentence;
  let k = at + 1;
  while (k < ctx.toks.length && ctx.toks[k]!.sentence === sentence && !CLAUSE_BREAK.test(ctx.toks[k]!.text)) k++;
  return k;
}

/** A stretch of tokens naming someone, with the mention it holds if any. */
export type Found = { from: number; to: number; m: Mention | null };

/**
 * The speaker (or addressee) as the whole noun phrase the words stand in ("Selenskyjs Sprecher Serhij
 * Nykyforow", "Angaben des TÜV Nord", "die Sprecherin des Ministeriums, Erika Beispiel"), and the actor
 * its head names: the name beside a title, never a possessor or a genitive of the head.
 */
export function who(x: Found | null, ctx: Ctx): { span: Span; actor: string | null } | null {
  if (!x) return null;
  const p = speakerPhrase(x, ctx);
  if (!p) return { span: span(ctx, x.from, x.to), actor: x.m?.actor ?? null };
  return { span: span(ctx, p.from, p.to), actor: headActor(p, x, ctx) };
}

/** A phrase of the syntax layer as found words, with the first actor mention inside it. */
export function phraseFound(p: Phrase, ctx: Ctx): Found {
  let m: Mention | null = null;
  for (let k = p.from; k < p.to && !m; k++) { const hit = ctx.mentionAt.get(k); if (hit && hit.m.kind !== 'adjective' && hit.end <= p.to) m = hit.m; }
  return { from: p.from, to: p.to, m };
}

/** A speaker taken over from an earlier statement, widened to the noun phrase its mention stands in. */
export function widened(speaker: { span: Span; actor: string | null } | null, ctx: Ctx): { span: Span; actor: string | null } | null {
  const from = speaker ? ctx.index.byStart.get(speaker.span[0]) : undefined;
  const to = speaker ? ctx.index.byEnd.get(speaker.span[1]) : undefined;
  if (!speaker || from === undefined || to === undefined) return speaker;
  const p = speakerPhrase({ from, to, m: null }, ctx);
  return p && p.from <= from && p.to >= to ? { span: span(ctx, p.from, p.to), actor: speaker.actor } : speaker;
}

/** The noun phrase holding the found words: the one around its mention, else the first inside them. */
function speakerPhrase(x: Found, ctx: Ctx): Phrase | null {
  const syntax = ctx.syntax.get(ctx.toks[x.from]!.sentence);
  if (!syntax) return null;
  const at = x.m ? ctx.index.byStart.get(x.m.span[0]) ?? x.from : x.from;
  for (const k of [at, ...Array.from({ length: x.to - x.from }, (_, i) => x.from + i)]) {
    const p = phraseAt(syntax, k);
    // (a phrase reaching over a quotation mark or a clause of its own is no speaker phrase)
    if (p && p.to - p.from <= 16 && !ctx.quoted.subarray(p.from, p.to).includes(1)) return p;
  }
  return null;
}

/** Who the phrase names: the mention at its head or its name; the found mention unless it is only a genitive. */
function headActor(p: Phrase, x: Found, ctx: Ctx): string | null {
  const { head: h, name } = head(p);
  for (const k of [name, h]) {
    if (k === null) continue;
    // (a mention holding the head starts at most a few tokens before it)
    for (let start = k; start >= Math.max(p.from, k - 6); start--) {
      const hit = ctx.index.mentionAt.get(start);
      if (hit && k < hit.end && hit.m.kind !== 'adjective') return hit.m.actor;
    }
  }
  const inGenitive = x.m && p.genitives.some((g) => ctx.toks[g.from]!.span[0] <= x.m!.span[0] && x.m!.span[1] <= ctx.toks[g.to - 1]!.span[1]);
  // ("nach Angaben des Kreml", "Müllers Meinung": the owner of a statement speaks; "der Sprecher des Kreml" is
  // not the Kremlin, and "Selenskyjs Sprecher" not Selenskyj)
  const owned = inGenitive && !isSourceNoun(ctx.toks[h]!.text);
  return owned ? null : x.m?.actor ?? null;
}

