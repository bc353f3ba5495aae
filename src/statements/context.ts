// What the statement finders share: the article's tokens with their mentions, quotation
// regions, finite verbs per sentence and the language's statement words.
import { standsAsName, type Document, type Mention, type Span } from '../document/types.js';
import { CAMEL_CASE, LOWER_BRAND, type Tok } from '../segment/tokens.js';
import type { FiniteVerb } from '../grammar/de/verbs.js';
import type { ArticleSyntax, Phrase } from '../syntax/types.js';
import { head, phraseAt } from '../syntax/api.js';
import { compoundHead, nounLemma } from '../lexicon/nouns.js';
import { sentenceVerbs, type ArticleIndex } from '../mentions/positions.js';
import type { StatementWords } from './types.js';

export interface Region { open: number; close: number }

export interface Cue { index: number; end: number; /** A particle written apart before the verb ("bekannt gab"). */ apart?: number; lemma: string; act: string; np: boolean; npPrepositions?: string[] | null; needs?: boolean; kind: 'verb' | 'source' }

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
  /** The language's cue verbs, source phrases and nouns. */
  words: StatementWords;
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

/** The tokens [from, to) a span made of whole tokens covers (a speaker or message found earlier), or null. */
export function tokensOf(ctx: Ctx, [b, e]: Span): [number, number] | null {
  const from = ctx.index.byStart.get(b);
  const to = ctx.index.byEnd.get(e);
  return from === undefined || to === undefined ? null : [from, to];
}

/** A quotation as it stands in the text, its marks included (as the corpora that annotate quotations take it). */
export function quotation(ctx: Ctx, r: Region): Span {
  return [ctx.toks[r.open]!.span[0], ctx.toks[r.close]!.span[1]];
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
export function who(x: Found | null, ctx: Ctx, attributes = true): { span: Span; actor: string | null } | null {
  if (!x) return null;
  const p = speakerPhrase(x, ctx);
  if (!p) return { span: span(ctx, ...inMarks(ctx, x.from, x.to)), actor: x.m?.actor ?? null };
  return { span: span(ctx, ...inMarks(ctx, p.from, attributes ? attributesEnd(p, ctx) : p.to)), actor: headActor(p, x, ctx) };
}

/** A name written in quotation marks ("der „Welt“", "laut „Spiegel“") is the name with its marks. */
function inMarks(ctx: Ctx, from: number, to: number): [number, number] {
  const open = ctx.toks[from - 1], close = ctx.toks[to];
  return open?.kind === 'quote' && close?.kind === 'quote' && open.span[1] === ctx.toks[from]!.span[0] && close.span[0] === ctx.toks[to - 1]!.span[1] ? [from - 1, to + 1] : [from, to];
}

/**
 * Where the speaker's words end with the prepositional phrases that follow its noun in the clause
 * ("teilte die Regierung in Lomé mit", "sagte Erika Muster vom Verband"): the speaker is written as
 * the whole noun phrase. A place ("in", "aus") goes only with a common noun (after a name it tells
 * where the words were said), and a time never.
 */
function attributesEnd(p: Phrase, ctx: Ctx): number {
  const syntax = ctx.syntax.get(ctx.toks[p.from]!.sentence);
  if (!syntax || p.pronoun) return p.to;
  const { head: h, name } = head(p);
  const named = name !== null || isName(ctx, h);
  let to = p.to;
  for (;;) {
    const pp = syntax.clauses.flatMap((c) => c.phrases).find((q) => q.kind === 'pp' && q.from === to && q.preposition === to);
    if (!pp || !pp.object || ctx.quoted.subarray(pp.from, pp.to).includes(1)) return to;
    const word = ctx.toks[pp.preposition!]!.text.toLowerCase();
    const o = pp.object;
    // (a time, or a document or occasion: "am Montag", "in einem Interview", "in seiner Onlineausgabe")
    const time = ctx.words.isTimeNoun(ctx.toks[o.head]!.text) || ctx.toks[o.head]!.kind === 'number'
      || (o.determiner !== null && /^(ein|eine|einem|einer|eines|sein|seine|seinem|seiner|ihr|ihre|ihrem|ihrer)$/i.test(ctx.toks[o.determiner]!.text));
    // (the owner or a place is a name: "vom WWF", "in Lomé"; "für" takes a bare noun too: "die Behörde für Luftfahrt")
    const owner = nameIn(ctx, o) || (word === 'für' && o.determiner === null && /^\p{Lu}/u.test(ctx.toks[o.from]!.text));
    const fits = /^(vom|von)$/.test(word) || (!named && /^(in|im|aus|für|beim|bei)$/.test(word));
    if (!fits || time || !owner) return to;
    to = pp.to;
  }
}

/** Is the word at k a name: an actor's mention that is no role word, or a capitalized word no lexicon knows? */
export function isName(ctx: Ctx, k: number): boolean {
  const hit = ctx.mentionAt.get(k);
  if (hit) return standsAsName(hit.m);
  const w = ctx.toks[k]!.text;
  // ("eBay"; "BBC", "NASA": an acronym the noun lexicon may know is a name all the same)
  if (ctx.toks[k]!.kind === 'word' && (CAMEL_CASE.test(w) || LOWER_BRAND.test(w) || /^\p{Lu}{3,6}$/u.test(w))) return true;
  return ctx.toks[k]!.kind === 'word' && /^\p{Lu}/u.test(w) && !nounLemma(w) && compoundHead(w) === undefined && !ctx.words.determiners.has(w.toLowerCase());
}

/** Does the phrase hold a name (a mention that is no adjective or role word)? */
function nameIn(ctx: Ctx, p: Phrase): boolean {
  for (let k = p.from; k < p.to; k++) if (isName(ctx, k)) return true;
  return false;
}


/** A phrase of the syntax layer as found words, with the first actor mention inside it. */
export function phraseFound(p: Phrase, ctx: Ctx): Found {
  let m: Mention | null = null;
  for (let k = p.from; k < p.to && !m; k++) { const hit = ctx.mentionAt.get(k); if (hit && hit.m.kind !== 'adjective' && hit.end <= p.to) m = hit.m; }
  return { from: p.from, to: p.to, m };
}

/** A speaker taken over from an earlier statement, widened to the noun phrase its mention stands in. */
export function widened(speaker: { span: Span; actor: string | null } | null, ctx: Ctx): { span: Span; actor: string | null } | null {
  const at = speaker ? tokensOf(ctx, speaker.span) : null;
  if (!speaker || !at) return speaker;
  const [from, to] = at;
  const p = speakerPhrase({ from, to, m: null }, ctx);
  return p && p.from <= from && p.to >= to ? { span: span(ctx, p.from, p.to), actor: speaker.actor } : speaker;
}

/** The noun phrase holding the found words: the one around its mention, else the first inside them. */
function speakerPhrase(x: Found, ctx: Ctx): Phrase | null {
  const syntax = ctx.syntax.get(ctx.toks[x.from]!.sentence);
  if (!syntax) return null;
  const at = x.m ? ctx.index.byStart.get(x.m.span[0]) ?? x.from : x.from;
  for (const k of [at, ...Array.from({ length: x.to - x.from }, (_, i) => x.from + i)]) {
    const p = ofSide(insideAttribute(phraseAt(syntax, k), k, ctx), k, ctx);
    // (a phrase reaching over a quotation mark or a clause of its own is no speaker phrase, nor one reaching
    // back over the cue: "Das erklärte General Muster" is not "das erklärte Ziel")
    if (p && p.to - p.from <= 16 && !ctx.quoted.subarray(p.from, p.to).includes(1) && !cueBefore(ctx, p.from, x.from)) return p;
  }
  return null;
}

/** "von Seiten der Delegation", "seitens": the side of a body is that body, its genitive. */
export function sideOf(ctx: Ctx, p: Phrase): Phrase {
  return /^Seiten?$/.test(ctx.toks[p.head]!.text) ? p.genitives[0] ?? p : p;
}

/** The side's genitive when it holds token k ("von Seiten der Delegation"), else the phrase. */
function ofSide(p: Phrase | null, k: number, ctx: Ctx): Phrase | null {
  const side = p && sideOf(ctx, p);
  return side && side !== p && k >= side.from && k < side.to ? side : p;
}

/**
 * "das nach offiziellen Angaben zweite Telefonat": a source inside a noun's attribute is its own phrase
 * (but "der von Russland eingesetzte Gouverneur" is the governor, not Russia).
 */
function insideAttribute(p: Phrase | null, k: number, ctx: Ctx): Phrase | null {
  const attribute = p?.modifiers.find((m) => m.from <= k && k < m.to && m.from < p.head);
  const source = attribute?.object && k >= attribute.object.from && ctx.words.isSourceNoun(ctx.toks[attribute.object.head]!.text);
  return source ? attribute!.object! : p;
}

/** Does a word that can be a cue verb stand in [from, to)? */
function cueBefore(ctx: Ctx, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (/^\p{Ll}/u.test(ctx.toks[k]!.text) && ctx.words.isCueWord(ctx.toks[k]!.text)) return true;
  return false;
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
  // ("nach Angaben des Kreml", "Müllers Meinung", "den Vorschlag Selenskyjs": the owner of a statement or claim speaks;
  // "der Sprecher des Kreml" is not the Kremlin, and "Selenskyjs Sprecher" not Selenskyj)
  const owned = inGenitive && !ctx.words.isClaimNoun(ctx.toks[h]!.text);
  return owned ? null : x.m?.actor ?? null;
}

