// Konjunktiv continuations in a sentence that has not spoken yet: after a statement its speaker
// goes on (a run of Konjunktiv sentences in one paragraph is one statement); otherwise a
// Konjunktiv I sentence after one whose subject acted without a cue we know is that subject's.
// (the reportative "soll … haben" was tried as a continuation too: +0.003 joint F1 on the
// Wikinews train split, but it also carries plans on, "Dafür sollen die Staaten … leisten")
// (going on across one indicative sentence was tried: train quote F1 +0.003, joint F1 unchanged, and
// "Die Opposition sieht das anders. Es gebe keine Gefahr." handed the opposition's words to the speaker before)
import type { SentenceAt, SentenceFinder } from '../../types.js';
import type { LastSpeaker, StatementScan } from '../../scan.js';
import { clauseEnd, span, verbsIn, who, words, type Ctx } from '../../context.js';
import { speakerAfter, speakerBefore } from '../../speakers.js';
import { clauseMood, type FiniteVerb } from '../../../grammar/de/verbs.js';
import { cuesIn } from '../cues.js';

type Mood = ReturnType<typeof clauseMood>;

/** Does a "…, wie X mitteilte" clause (a comma, "wie", a finite verb closing the clause) stand in [b, end)? */
function namesSource(ctx: Ctx, b: number, end: number): boolean {
  for (let i = b + 1; i < end - 1; i++) {
    if (ctx.toks[i]!.text !== 'wie' || ctx.toks[i - 1]!.text !== ',' || ctx.quoted[i]) continue;
    const to = Math.min(end, clauseEnd(ctx, i));
    if (verbsIn(ctx, i + 1, to).some((v) => v.index >= to - 2)) return true;
  }
  return false;
}

/** Is the sentence's first finite verb an indicative "soll"/"sollen" of the main clause? */
function isSollen(ctx: Ctx, verb: FiniteVerb | undefined): boolean {
  return !!verb && /^(soll|sollen)$/.test(ctx.toks[verb.index]!.text);
}

export const konjunktivContinuations: SentenceFinder = {
  find(ctx, scan, at) {
    // ("…, wie einem der dpa vorliegenden Text zu entnehmen ist": a sentence naming its own source goes on with no one)
    if (scan.spoken(at) || namesSource(ctx, at.b, at.end)) return;
    const verbs = verbsIn(ctx, at.b, at.e).filter((v) => !ctx.quoted[v.index]);
    const last = scan.last;
    // "Juventus soll in die 3. Liga absteigen": right after a statement, "sollen" tells what its speaker wants or was told
    const mood = last && last.sentence === at.sentence - 1 && isSollen(ctx, verbs[0]) ? 'subjunctive1' : clauseMood(verbs);
    if (last && last.sentence === at.sentence - 1) speakerGoesOn(ctx, scan, at, mood, last);
    else subjectSpeaks(ctx, scan, at, mood);
  },
};

/** The sentence before told a statement: a Konjunktiv sentence goes on with its speaker. */
function speakerGoesOn(ctx: Ctx, scan: StatementScan, { sentence, b, end }: SentenceAt, mood: Mood, last: LastSpeaker): void {
  if ((mood !== 'subjunctive1' && mood !== 'subjunctive2') || words(ctx, b, end) < 3) return;
  // a run of Konjunktiv sentences in one paragraph is one continuation
  const prev = scan.statements.at(-1);
  if (prev?.form === 'free-indirect' && prev.sentence >= 0 && scan.paragraphOf(prev.sentence) === scan.paragraphOf(sentence)
    && prev.speaker?.actor === last.speaker?.actor) {
    prev.quote = [prev.quote[0], span(ctx, b, end)[1]];
    last.sentence = sentence;
    return;
  }
  scan.add({ form: 'free-indirect', quote: span(ctx, b, end), cue: null, speaker: last.speaker, addressee: null, sentence });
}

/** "Der Iran streitet dies ab. Sein Programm diene …": the subject of the sentence before speaks a Konjunktiv I sentence. */
function subjectSpeaks(ctx: Ctx, scan: StatementScan, { sentence, b, end }: SentenceAt, mood: Mood): void {
  if (mood !== 'subjunctive1' || words(ctx, b, end) < 4 || sentence < 1 || scan.paragraphOf(sentence - 1) !== scan.paragraphOf(sentence)) return;
  const subject = subjectOf(ctx, scan, sentence - 1);
  if (subject) scan.add({ form: 'free-indirect', quote: span(ctx, b, end), cue: null, speaker: who(subject, ctx), addressee: null, sentence });
}

/** The subject of a sentence's first cue verb, if it names an actor. */
function subjectOf(ctx: Ctx, scan: StatementScan, sentence: number) {
  const range = ctx.index.ranges.get(sentence);
  if (!range || scan.headings.has(sentence)) return null;
  // (the sentence must tell a speech act: "Peskow traf Kallas." hands nothing on)
  // (a subject of any verb was tried: train joint F1 unchanged, and "Peskow traf Kallas. Gott schütze
  // die Ukraine." would make Peskow pray)
  const v = cuesIn(ctx, range[0], range[1]).find((x) => x.kind === 'verb' && !ctx.quoted[x.index]);
  // ("Das Weiße Haus äußerte sich nicht.": who kept silent does not go on speaking)
  if (!v || ctx.toks.slice(range[0], range[1]).some((t) => /^(nicht|nichts|kein|keine|keinen)$/.test(t.text))) return null;
  const subject = speakerBefore(ctx, range[0], v.index) ?? speakerAfter(ctx, v.index + 1, range[1]);
  return subject?.m && (subject.m.actor || subject.m.kind === 'pronoun' || subject.m.kind === 'name') ? subject : null;
}
