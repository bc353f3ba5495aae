// A source phrase inside the message of a cue verb told in the sentence: "Wie die Zeitung berichtete,
// soll laut einer Studie nur jeder zweite …", "…, dass es sich seiner Meinung nach um einen Angriff
// handle". The source tells its part of the message: a statement of its own, part of the host's.
import type { Statement } from '../../../document/types.js';
import type { SentenceFinder } from '../../types.js';
import { tokensOf, type Ctx } from '../../context.js';
import { sourceStatement } from '../sources.js';
import { canSpeak } from '../../speakers.js';

export const nestedSources: SentenceFinder = {
  find(ctx, scan, at) {
    const hosts = scan.statements.slice(at.made).filter((y) => (y.form === 'indirect' || y.form === 'mixed') && y.cue && !isSourceCue(ctx, y));
    for (const host of hosts) {
      const [from, to] = tokensIn(ctx, host.quote, at.b, at.e);
      // (also one opening the message: "sagte, nach neuesten Erkenntnissen habe …" — Wikinews train speaker F1 0.710 → 0.711)
      const x = to - from >= 4 ? sourceStatement(ctx, from, to) : null;
      // (a preposition or postposition: "…, wie X sagte" or "so X" inside a message closes it rather than standing in it)
      if (!x?.speaker || !inPlace(ctx, x.cue!.lemma) || !named(ctx, x.speaker)) continue;
      x.sentence = at.sentence;
      // (the host's speaker goes on speaking in the sentences after: "Dennoch wolle er …" is not the source's)
      const last = scan.last;
      scan.add(x);
      scan.last = last;
      // (part of the host's message: who counts acts of saying counts the host's)
      scan.hosts.set(x, host);
    }
  },
};

/** Does the source phrase stand inside its clause ("laut X", "nach Angaben von X", "X zufolge", "seiner Meinung nach")? */
function inPlace(ctx: Ctx, lemma: string): boolean {
  const kind = lemma.startsWith('nach') ? 'before' : ctx.words.sourcePhrases.get(lemma);
  return kind === 'before' || kind === 'after';
}

/** Was the statement told by a source phrase rather than a cue verb ("laut", "nach Angaben", "seiner Ansicht nach")? */
const isSourceCue = (ctx: Ctx, y: Statement) => ctx.words.sourcePhrases.has(y.cue!.lemma) || /^nach\b/.test(y.cue!.lemma);

/** Does the source phrase name one who can speak, or a source noun ("laut Musik", "laut Plan" name none)? */
function named(ctx: Ctx, speaker: NonNullable<Statement['speaker']>): boolean {
  const at = tokensOf(ctx, speaker.span);
  if (!at) return false;
  const [from, to] = at;
  for (let k = from; k < to; k++) if (ctx.words.isSourceNoun(ctx.toks[k]!.text)) return true;
  return canSpeak(ctx, { from, to, m: ctx.mentionAt.get(from)?.m ?? null });
}

/** The tokens of the sentence [b, e) inside a character span (a message a refiner may have cut inside a token). */
function tokensIn(ctx: Ctx, [s, t]: readonly [number, number], b: number, e: number): [number, number] {
  let from = b;
  while (from < e && ctx.toks[from]!.span[0] < s) from++;
  let to = from;
  while (to < e && ctx.toks[to]!.span[1] <= t) to++;
  return [from, to];
}
