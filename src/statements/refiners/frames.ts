// The frame of a statement: the reporting clause around its message without the message —
// the cue, the speaker and what belongs to the act of saying ("Der Staatsanwalt sagte,",
// "Nach Angaben des Kreml", ", sagte Kallas am Mittwoch der „Welt“"). Read off the tokens: the
// stretch of the cue's sentence that holds the cue and no message, and the speaker's stretch
// where a message splits the two. A reported speech act ("wies die Forderung zurück") has no
// frame, its words are the message; nor has a continuation without a cue. A quotation inside
// another statement's message shares that statement's frame.
import type { Span, Statement } from '../../document/types.js';
import { PUNCT_END, type Ctx } from '../context.js';
import type { Refiner } from '../types.js';

export const frames: Refiner = {
  refine(ctx, _scan, statements) {
    const messages = messageTokens(ctx, statements, true);
    const said = messageTokens(ctx, statements, false);
    for (const s of statements) if (s.partOf == null) s.frame = frameOf(ctx, s, messages, said);
    for (const s of statements) if (s.partOf != null) s.frame = statements[s.partOf]?.frame ?? null;
    return statements;
  },
};

/** Tokens inside any message, or any but a reported speech act's (whose clause may hold another statement's cue). */
function messageTokens(ctx: Ctx, statements: readonly Statement[], reported: boolean): Uint8Array {
  const inside = new Uint8Array(ctx.toks.length);
  for (const s of statements) if (reported || s.form !== 'reported') markSpan(ctx, s.quote, inside);
  return inside;
}

/** Is token k among those markSpan marks for the span? */
function inSpan(ctx: Ctx, [b, e]: Span, k: number): boolean {
  const from = ctx.index.byStart.get(b);
  return from !== undefined && k >= from && ctx.toks[k]!.span[0] < e;
}

function markSpan(ctx: Ctx, [b, e]: Span, marks: Uint8Array): void {
  const from = ctx.index.byStart.get(b);
  if (from === undefined) return;
  for (let k = from; k < ctx.toks.length && ctx.toks[k]!.span[0] < e; k++) marks[k] = 1;
}

function frameOf(ctx: Ctx, s: Statement, all: Uint8Array, said: Uint8Array): Span[] | null {
  if (!s.cue || s.form === 'reported') return null;
  const cue = ctx.index.byStart.get(s.cue.span[0]);
  if (cue === undefined) return null;
  // ("Es handele sich ersten Angaben zufolge um …": a source inside its own message frames only itself)
  if (inSpan(ctx, s.quote, cue)) return [withOpener(ctx, coverOf(s))];
  // ("Moskau wies die Darstellung zurück und sagte, …": a reported act before the cue is not its frame,
  // unless the cue stands in it)
  const messages = all[cue] ? said : all;
  const pieces = [stretch(ctx, cue, messages)];
  const speaker = s.speaker ? ctx.index.byStart.get(s.speaker.span[0]) : undefined;
  if (speaker !== undefined && !messages[speaker] && ctx.toks[speaker]!.sentence === ctx.toks[cue]!.sentence
    && !pieces.some(([b, e]) => speaker >= b && speaker < e)) pieces.push(stretch(ctx, speaker, messages));
  const spans = pieces.sort((x, y) => x[0] - y[0]).filter(([b, e]) => e > b).map(([b, e]) => [ctx.toks[b]!.span[0], ctx.toks[e - 1]!.span[1]] as Span);
  return spans.length ? spans : null;
}

/** From the cue to the speaker, or the cue alone. */
function coverOf(s: Statement): Span {
  const [cb, ce] = s.cue!.span;
  if (!s.speaker) return [cb, ce];
  return [Math.min(cb, s.speaker.span[0]), Math.max(ce, s.speaker.span[1])];
}

/** A source clause inside the message keeps its "wie" or "so": "…, wie der Sprecher mitteilte, …". */
function withOpener(ctx: Ctx, [b, e]: Span): Span {
  const first = ctx.index.byStart.get(b);
  const opener = first === undefined ? undefined : ctx.toks[first - 1];
  return opener && /^(wie|so)$/.test(opener.text) ? [opener.span[0], e] : [b, e];
}

/** The tokens around k in its sentence outside every message, without quotation marks and the closing stop at its edges. */
function stretch(ctx: Ctx, k: number, messages: Uint8Array): [number, number] {
  const [sb, se] = ctx.index.ranges.get(ctx.toks[k]!.sentence)!;
  let b = k;
  let e = k + 1;
  while (b > sb && !messages[b - 1]) b--;
  while (e < se && !messages[e]) e++;
  const edge = (i: number) => ctx.toks[i]!.kind === 'quote' || PUNCT_END.test(ctx.toks[i]!.text);
  while (b < k && edge(b)) b++;
  while (e > k + 1 && edge(e - 1)) e--;
  return [b, e];
}
