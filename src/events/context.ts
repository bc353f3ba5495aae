// One article as the finders and refiners see it (ArticleContext), and the small look-ups
// they share: a token's clause (the syntax layer's), the words and phrases in a clause, the
// event told last, a statement as the statement finders read it. Nothing here knows the language.
import type { DocEvent, Span, Statement } from '../document/types.js';
import type { Tok } from '../segment/tokens.js';
import type { KnowledgeBase } from '../actors/kb.js';
import type { ArticleIndex } from '../mentions/positions.js';
import type { ArticleContext, Candidate, Clause, EventConfiguration, EventDocument, EventFinder, EventSentence, Phrase, PloverType, StatementAt } from './types.js';
import type { EventInput } from './find.js';
import { affiliatedBy } from './same.js';
import { clauseAt as syntaxClauseAt } from '../syntax/api.js';

export function articleContext({ doc, toks, index, syntax }: EventInput, kb: KnowledgeBase, config: EventConfiguration): ArticleContext {
  const isMedia = (id: string) => kb.actors.get(id)?.sector === 'media';
  // adjectives modify ("russische Angriffe"); outlets report: neither is a side of an event
  const mentionAt = new Map([...index.mentionAt].filter(([, { m }]) => m.kind !== 'adjective' && !(m.actor && isMedia(m.actor))));
  const sentences = new Map<number, EventSentence>();
  const ctx: ArticleContext = {
    doc, text: doc.text, toks, index, syntax, kb, words: config.words, mentionAt, quoted: quotedTokens(doc.statements, toks, index),
    events: [], byType: new Map(), eventsIn: new Map(), isMedia,
    affiliated: affiliatedBy((id) => kb.actors.get(id)?.country ?? null),
    sentenceAt(at) {
      const known = sentences.get(at);
      if (known) return known;
      const r = index.ranges.get(at);
      if (!r) return null;
      const s: EventSentence = { index: at, from: r[0], to: r[1], syntax: syntax.get(at), ...config.readSentence(ctx, at, r[0], r[1]), triggers: [] };
      sentences.set(at, s);
      return s;
    },
  };
  return ctx;
}

/** What a speaker says in quotation marks is the statement's, not the narrator's event. */
function quotedTokens(statements: readonly Statement[], toks: readonly Tok[], index: ArticleIndex): Uint8Array {
  const quoted = new Uint8Array(toks.length);
  for (const s of statements) {
    if (s.form !== 'direct') continue;
    for (let i = index.byStart.get(s.quote[0]) ?? toks.length; i < toks.length && toks[i]!.span[1] <= s.quote[1]; i++) quoted[i] = 1;
  }
  return quoted;
}

/** The clause of the syntax layer a token stands in (the whole sentence when it is in none). */
export const clauseAt = (s: EventSentence, i: number): Clause => syntaxClauseAt(s.syntax, i) ?? wholeSentence(s);

export const wholeSentence = (s: EventSentence): Clause => ({ from: s.from, to: s.to, parts: [[s.from, s.to]] });

/** The part of a clause that holds token i (the clause's first when none does). */
export const partAt = (c: Clause, i: number): readonly [number, number] => c.parts.find(([b, e]) => i >= b && i < e) ?? c.parts[0]!;

/** The clause's own tokens, in text order. */
export const clauseTokens = (c: Clause): number[] => c.parts.flatMap(([b, e]) => Array.from({ length: e - b }, (_, k) => b + k));

/** The actor phrases inside a clause's own parts. */
export const phrasesOf = (s: EventSentence, c: Clause): Phrase[] => s.phrases.filter((p) => c.parts.some(([b, e]) => p.from >= b && p.to <= e));

export const clauseWords = (ctx: ArticleContext, c: Clause): string[] => clauseTokens(c).map((k) => ctx.toks[k]!.text);

/** The event told last that fits (walking back, no copy of the list). */
export function lastEvent(ctx: ArticleContext, fits: (e: DocEvent) => boolean): DocEvent | undefined {
  for (let k = ctx.events.length - 1; k >= 0; k--) if (fits(ctx.events[k]!)) return ctx.events[k]!;
  return undefined;
}

/** A finder that looks at each token of a sentence in turn and proposes at most one candidate there. */
export function tokenFinder(name: string, at: (ctx: ArticleContext, s: EventSentence, i: number) => Candidate | null): EventFinder<EventSentence> {
  return {
    name,
    find(ctx, s) {
      const found: Candidate[] = [];
      for (let i = s.from; i < s.to; i++) {
        const candidate = at(ctx, s, i);
        if (candidate) found.push(candidate);
      }
      return found;
    },
  };
}

/** The sentences that may tell an event: the title first (a lead sentence standing in the header line), then the body. */
export function* sentencesToRead(doc: EventDocument): Generator<number> {
  for (const sentence of [...(doc.titleSpan ? [-1] : []), ...doc.sentences.keys()]) {
    const info = doc.sentences[sentence];
    // a repeated paragraph tells nothing new; a heading repeats its paragraph in short
    if (info && (info.repeatOf !== null || doc.paragraphs[info.paragraph]?.heading)) continue;
    yield sentence;
  }
}

export const sentenceSpan = (doc: EventDocument, sentence: number): Span => (sentence < 0 ? doc.titleSpan! : doc.sentences[sentence]!.span);

/** A statement as the statement finders read it, or null when no actor but an outlet speaks or it stands in the title. */
export function statementAt(ctx: ArticleContext, statement: Statement, index: number): StatementAt | null {
  const speaker = statement.speaker?.actor;
  if (!speaker || ctx.isMedia(speaker) || statement.sentence < 0) return null;
  const s = ctx.sentenceAt(statement.sentence);
  if (!s) return null;
  const { byStart, byEnd } = ctx.index;
  const cueAt = statement.cue ? byStart.get(statement.cue.span[0]) : undefined;
  const clause = cueAt !== undefined && cueAt < s.to ? clauseAt(s, cueAt) : s.syntax?.clauses[0] ?? wholeSentence(s);
  const trigger: [number, number] = cueAt !== undefined ? [cueAt, (byEnd.get(statement.cue!.span[1]) ?? cueAt + 1)] : [s.from, s.from + 1];
  const addressee = statement.addressee?.actor && !ctx.isMedia(statement.addressee.actor) ? [statement.addressee.actor] : [];
  return { index, statement, speaker, sentence: s, cueAt, clause, trigger, addressee };
}

/** The statement's event of that type: its speaker against the recipients (never the speaker), told at its cue. */
export function statementCandidate(at: StatementAt, type: PloverType, recipients: string[]): Candidate {
  return {
    type, mode: null, actors: [at.speaker], recipients: recipients.filter((r) => r !== at.speaker),
    clause: at.clause, sentence: at.sentence, trigger: at.trigger, via: 'statement', context: [], statement: at.index,
  };
}

/** The tokens [from, to) of a statement's message, or null when its offsets fall inside tokens. */
export function messageTokens(ctx: ArticleContext, statement: Statement): [number, number] | null {
  const from = ctx.index.byStart.get(statement.quote[0]);
  const to = ctx.index.byEnd.get(statement.quote[1]);
  return from === undefined || to === undefined ? null : [from, to];
}
