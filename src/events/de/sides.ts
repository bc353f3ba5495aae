// Who does what to whom in a German sentence, from its actor phrases: the subject of a
// clause (with those coordinated to it), the owner of a possessive, the sides of an event
// verb, and the split of a two-sided event's participants.
import type { ArticleContext, Clause, EventSentence, EventVerb, Phrase } from '../types.js';
import { sentenceVerbs } from '../../mentions/positions.js';
import { verbReadings } from '../../lexicon/verbs.js';
import { phrasesOf } from '../context.js';
import { SYMMETRIC } from '../same.js';

export interface Sides { actors: string[]; recipients: string[] }

const SUBORDINATE = /^(?:dass|daß|ob|falls|wenn|weil|da|nachdem|bevor|während|obwohl|sofern|damit|der|die|das|dem|den|denen|deren|dessen|welche|welcher|welches|wer|was|wie)$/;

/** A bare phrase with those coordinated to it ("Donald Trump und sein russischer Amtskollege Wladimir Putin"). */
export function coordinated(ctx: ArticleContext, s: EventSentence, p: Phrase): Phrase {
  const { toks } = ctx;
  const next = s.phrases.find((q) => q.from >= p.to && q.role === '');
  if (!next || next.from - p.to > 5 || !toks.slice(p.to, next.from).some((t) => t.text === 'und')
    || toks.slice(p.to, next.from).some((t) => t.text === ',')
    || sentenceVerbs(ctx.index, s.index).some((v) => v.index >= p.to && v.index < next.from)) return p;
  return { ...p, to: next.to, actors: [...new Set([...p.actors, ...next.actors])], mentions: [...p.mentions, ...next.mentions] };
}

/** The clause's subject, or the nearest one before it in the sentence ("Sie hat vorgeschlagen, der Ukraine … zu stellen"). */
export function subjectOf(ctx: ArticleContext, s: EventSentence, c: Clause): Phrase | null {
  const own = phrasesOf(s, c).find((p) => p.role === '');
  if (own) return coordinated(ctx, s, own);
  // "…, falls europäische Staaten Truppen entsenden", "…, die er beschimpfte": the subject is in there, named or not
  if (SUBORDINATE.test(ctx.toks[c.from]?.text ?? '')) return null;
  for (let k = s.clauses.indexOf(c) - 1; k >= 0; k--) {
    const p = phrasesOf(s, s.clauses[k]!).find((x) => x.role === '');
    if (p) return coordinated(ctx, s, p);
  }
  return null;
}

/** Whose "seinem"/"ihrem": the nearest phrase before it that agrees (sein: one man or a state, ihr: a woman or several). */
export function ownerOf(ctx: ArticleContext, s: EventSentence, at: number): Phrase | null {
  const plural = /^ihr/.test(ctx.toks[at]!.text);
  const agrees = (p: Phrase) => {
    if (p.actors.length > 1) return plural;
    const a = ctx.kb.actors.get(p.actors[0]!);
    const female = a?.kind === 'person' && a.gender === 'f';
    return plural ? female : !female;
  };
  return [...s.phrases].reverse().map((p) => (p.role === '' ? coordinated(ctx, s, p) : p)).find((p) => p.to <= at && agrees(p)) ?? null;
}

/** "keine Einigung erzielt", "ein Abkommen unterzeichnet": a light verb in the clause makes the noun's sides the subject. */
export function hasLightVerb(ctx: ArticleContext, c: Clause): boolean {
  return ctx.toks.slice(c.from, c.to).some((t) => /^\p{Ll}/u.test(t.text) && verbReadings(t.text).some((r) => ctx.words.lightVerbs.has(r.lemma) && !r.particle));
}

/** Actor and recipients of a verb in its clause, or null when it has no actor. */
export function verbSides(ctx: ArticleContext, s: EventSentence, clause: Clause, verb: EventVerb, passive: boolean, infinitive: boolean): Sides | null {
  const phrases = phrasesOf(s, clause);
  const before = s.clauses.indexOf(clause) > 0 ? s.clauses[s.clauses.indexOf(clause) - 1]! : null;
  const actor = passive ? phrases.find((p) => p.role === 'von' || p.role === 'durch') ?? null
    : infinitive ? (before ? subjectOf(ctx, s, before) : null) : subjectOf(ctx, s, clause);
  let actors = actor ? [...actor.actors] : [];
  let recipients: string[] = [];
  for (const where of verb.recipient) {
    const hits = where === 'dat' || where === 'obj'
      ? phrases.filter((p) => p.role === '' && p !== actor && (!actor || p.from > actor.from || !phrases.includes(actor)))
      : phrases.filter((p) => p.role === where && p !== actor);
    for (const p of hits) for (const a of p.actors) if (!recipients.includes(a) && !actors.includes(a)) recipients.push(a);
  }
  [actors, recipients] = split(verb.type, actors, recipients);
  if (!actors.length) return null;
  if (SYMMETRIC.has(verb.type) && !recipients.length) return null;
  return { actors, recipients };
}

/** "Trump und Putin telefonierten": for a two-sided event, the first is the actor, the others the other side. */
export function split(type: string, actors: string[], recipients: string[]): [string[], string[]] {
  if (SYMMETRIC.has(type) && !recipients.length && actors.length > 1) return [actors.slice(0, 1), actors.slice(1)];
  return [actors, recipients.filter((x) => !actors.includes(x))];
}
