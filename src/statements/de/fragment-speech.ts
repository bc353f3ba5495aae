// The speech act a quoted fragment stands in when no reported statement holds it: "nannte sie
// „fahrlässig“", "riet zu „Gelassenheit“", "warf der Regierung „Wortbruch“ vor".
import type { Statement } from '../../document/types.js';
import { CLAUSE_BREAK, clauseEnd, isComma, who, type Ctx, type Cue, type Region } from '../context.js';
import { clauseAt } from '../../syntax/api.js';
import { clauseSpeaker, speakerAfter, speakerBefore } from '../speakers.js';
import { cueOf } from '../statement.js';
import { passiveAt } from '../../grammar/de/verbs.js';
import { apposedSubject } from './indirect.js';
import { cuesIn } from './cues.js';

/** The cue and speaker of the clause a quoted fragment stands in, if any (its quote is left to the caller). */
export function fragmentSpeech(ctx: Ctx, r: Region): Statement | null {
  const toks = ctx.toks;
  const sentence = toks[r.open]!.sentence;
  const [sb, se] = ctx.index.ranges.get(sentence)!;
  let cb = r.open;
  while (cb > sb && !CLAUSE_BREAK.test(toks[cb - 1]!.text)) cb--;
  const ce = Math.min(se, clauseEnd(ctx, r.close));
  const cue = cuesIn(ctx, cb, ce).filter((c) => c.kind === 'verb' && (c.index < r.open || c.index > r.close))
    .sort((x, y) => Math.abs(x.index - r.open) - Math.abs(y.index - r.open))[0] ?? clauseCue(ctx, r);
  // ("fragte Kallas nach der „roten Linie“", "zitierte Peskow mit den Worten „…“": the words are someone else's)
  if (!cue || cue.act === 'ask' || cue.lemma === 'zitieren') return null;
  // ("nennt sich „Koalition der Willigen“": a name it gives itself)
  if (/^(nennen|bezeichnen)$/.test(cue.lemma) && toks[cue.index + 1]?.text === 'sich') return null;
  // ("wurde von Experten als „Unsinn“ bezeichnet": a passive names its agent, not its subject)
  if (passiveAt(toks, cue.index, cb, ce)) return null;
  // ("Der Präsident der Union, Alpha Konaré, nannte dies einen „Putsch“": past an apposition to the sentence start)
  // (the syntax layer's subject of the cue's clause first: "Jan Muster, der Gelb-Rot sah, nannte …" past the relative clause)
  const speaker = clauseSpeaker(ctx, cue.index) ?? speakerBefore(ctx, cb, cue.index) ?? speakerAfter(ctx, cue.index + 1, r.open > cue.index ? r.open : ce)
    ?? (cb > sb && isComma(toks[cb - 1]) ? apposedSubject(ctx, sb, cb) : null);
  if (!speaker || (speaker.from > r.open && speaker.from < r.close)) return null;
  return { form: 'direct', quote: [0, 0], cue: cueOf(ctx, cue), speaker: who(speaker, ctx), addressee: null, sentence };
}

/**
 * "bezeichnete acht Gelbe Karten in einem Spiel, in dem es nur 26 Fouls gab, als „übertrieben“": the cue of the clause a
 * quoted predicate stands in, as the syntax layer joins it across a clause set in between.
 */
function clauseCue(ctx: Ctx, r: Region): Cue | undefined {
  const clause = clauseAt(ctx.syntax.get(ctx.toks[r.open]!.sentence), r.open);
  const verb = clause?.verb.finite;
  if (!clause || verb === null || verb === undefined || clause.parts.length < 2) return undefined;
  // (only for a predicate after "als": a name elsewhere in the clause, "sagte Mark Muster, der Sprecher der „EVAC-Ambulanz“", is none)
  if (!/^(als|wie)$/.test(ctx.toks[r.open - 1]?.text ?? '')) return undefined;
  return cuesIn(ctx, verb, verb + 1).find((c) => c.kind === 'verb' && c.index === verb);
}
