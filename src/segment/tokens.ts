// Tokens with offsets into the original text. Matching runs on the normalized view (one
// kind of quote and dash), every token keeps the original span it came from.
import type { Span } from '../document/types.js';
import { normalizedView, toOriginal, toView, type TextView } from '../normalize/view.js';

export type TokenKind = 'word' | 'number' | 'quote' | 'punct';

export interface Token {
  /** In the original text. */
  span: Span;
  /** In the view the tokens were made from (for slicing the view). */
  at: Span;
  /** Normalized form (view text): „ and » are `"`, dashes `-`. */
  text: string;
  kind: TokenKind;
}

// Words keep inner hyphens and a trailing one ("US-Präsident", "EU-Außen- und …"), numbers
// their separators ("2,5", "1.000"); an apostrophe between letters stays inside ("geht's"), and
// so does the dot of a web domain or of "ver.di" ("t-online.de", "faz.net"); "Ende.die" stays two words.
const TOKEN = /(\p{N}+(?:[.,:]\p{N}+)*(?![\p{L}\p{N}-]))|([\p{L}\p{M}\p{N}]+(?:(?:-|'(?=\p{L})|\.(?=(?:de|com|net|org|at|ch|eu|info|di|fr|it|uk|ru|us|es|nl|pl|tv|io)(?![\p{L}\p{N}])))[\p{L}\p{M}\p{N}]+)*-?)|(["'])|(\S)/gu;

export function tokenizeView(view: TextView, from = 0, to = view.text.length): Token[] {
  const out: Token[] = [];
  const text = view.text.slice(from, to);
  for (const m of text.matchAll(TOKEN)) {
    const b = from + m.index!;
    const at: Span = [b, b + m[0].length];
    const kind: TokenKind = m[1] ? 'number' : m[2] ? 'word' : m[3] ? 'quote' : 'punct';
    out.push({ span: toOriginal(view, at), at, text: m[0], kind });
  }
  return out;
}

/** A token of an article, with the sentence it stands in (-1: the title). */
export interface Tok extends Token { sentence: number }

/** Tokens of the title and every sentence, each tagged with its sentence (-1: title). */
export function documentTokens(doc: { titleSpan: Span | null; sentences: ReadonlyArray<{ span: Span }> }, view: TextView): Tok[] {
  const out: Tok[] = [];
  const add = (span: Span, sentence: number) => {
    for (const t of tokenizeView(view, toView(view, span[0]), toView(view, span[1]))) {
      (t as Tok).sentence = sentence;
      out.push(t as Tok);
    }
  };
  if (doc.titleSpan) add(doc.titleSpan, -1);
  doc.sentences.forEach((s, i) => add(s.span, i));
  return out;
}

export function tokenize(original: string, span: Span = [0, original.length]): Token[] {
  return tokenizeView(normalizedView(original, span));
}

/** A name written in camel case, lower-case first: "eBay", "iPhone" (a sentence may open with one). */
export const CAMEL_CASE = /^\p{Ll}{1,2}\p{Lu}\p{Ll}/u;

/** A broadcaster's name in lower case with a digit or a hyphen: "n24", "n-tv", "3sat" is a number first. */
export const LOWER_BRAND = /^(?:\p{Ll}{1,3}\d{1,3}|\p{Ll}-(?!mal$)\p{Ll}{2,4})$/u;
