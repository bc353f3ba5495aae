// Who does what to whom in a German sentence, from its actor phrases: the subject of a
// clause (the syntax layer's, with its conjuncts), the owner of a possessive, the sides of an event
// verb, and the split of a two-sided event's participants.
import type { ArticleContext, Clause, EventSentence, EventVerb, Phrase } from '../types.js';
import { verbReadings } from '../../lexicon/verbs.js';
import { clauseWords, phrasesOf } from '../context.js';
import { agent, clauseAt, objects, subject } from '../../syntax/api.js';
import type { Clause as SyntaxClause, Phrase as SyntaxPhrase } from '../../syntax/types.js';
import { SYMMETRIC } from '../same.js';

export interface Sides { actors: string[]; recipients: string[] }

/**
 * The subject of the clause at token i as the syntax layer reads it, when it names actors: its own, the
 * one a coordinated clause shares, or for a zu-infinitive that of the clause it depends on ("Sie hat
 * vorgeschlagen, der Ukraine … zu stellen").
 */
export function subjectAt(ctx: ArticleContext, s: EventSentence, i: number): Phrase | null {
  let c = clauseAt(s.syntax, i);
  while (c && c.kind === 'infinitive' && c.parent !== null) c = s.syntax!.clauses[c.parent]!;
  const p = subject(c);
  return actorPhrase(s, p) ?? (p ? forStates(ctx, s, p) : null);
}

/**
 * "Delegationen Russlands und der Ukraine verhandelten", "die Regierung Ungarns lehnt ab": a body that
 * acts for states (data/de/state-bodies.tsv) before their genitive stands for them.
 */
function forStates(ctx: ArticleContext, s: EventSentence, p: SyntaxPhrase): Phrase | null {
  if (!ctx.words.stateBodies.has(ctx.toks[p.head]!.text)) return null;
  const owners = p.genitives.map((g) => actorPhrase(s, g)).filter((q): q is Phrase => q !== null);
  if (!owners.length) return null;
  return { ...owners[0]!, from: p.from, to: p.to, role: '', actors: [...new Set(owners.flatMap((q) => q.actors))], mentions: owners.flatMap((q) => q.mentions), unit: p };
}

/** The actor phrase of a phrase of the syntax layer, if it names actors. */
const actorPhrase = (s: EventSentence, p: SyntaxPhrase | null): Phrase | null => (p ? s.phrases.find((q) => q.unit === p) ?? null : null);

/** Whose "seinem"/"ihrem": the nearest phrase before it that agrees (sein: one man or a state, ihr: a woman or several). */
export function ownerOf(ctx: ArticleContext, s: EventSentence, at: number): Phrase | null {
  const plural = /^ihr/.test(ctx.toks[at]!.text);
  const agrees = (p: Phrase) => {
    if (p.actors.length > 1) return plural;
    const a = ctx.kb.actors.get(p.actors[0]!);
    const female = a?.kind === 'person' && a.gender === 'f';
    return plural ? female : !female;
  };
  return [...s.phrases].reverse().find((p) => p.to <= at && agrees(p)) ?? null;
}

/** "keine Einigung erzielt", "ein Abkommen unterzeichnet": a light verb in the clause makes the noun's sides the subject. */
export function hasLightVerb(ctx: ArticleContext, c: Clause): boolean {
  return clauseWords(ctx, c).some((w) => /^\p{Ll}/u.test(w) && verbReadings(w).some((r) => ctx.words.lightVerbs.has(r.lemma) && !r.particle));
}

/**
 * The actor phrases of the clause's objects, where a verb's "dat"/"obj" recipient stands: the syntax layer's
 * dative and accusative ("drohte den Staaten", "kritisierte Moskau"); in a passive the subject stands for the
 * accusative ("Kiew wurde von Moskau kritisiert").
 */
function objectPhrases(s: EventSentence, c: SyntaxClause | null, passive: boolean): Phrase[] {
  const { dative, accusative } = objects(c);
  return [dative, passive ? subject(c) : accusative].map((p) => actorPhrase(s, p)).filter((p): p is Phrase => p !== null);
}

/** Actor and recipients of a verb in its clause, or null when it has no actor. */
export function verbSides(ctx: ArticleContext, s: EventSentence, clause: Clause, i: number, verb: EventVerb, passive: boolean): Sides | null {
  const phrases = phrasesOf(s, clause);
  const own = clauseAt(s.syntax, i);
  const actor = passive ? actorPhrase(s, agent(own)) : subjectAt(ctx, s, i);
  let actors = actor ? [...actor.actors] : [];
  let recipients: string[] = [];
  for (const where of verb.recipient) {
    const hits = where === 'dat' || where === 'obj'
      ? objectPhrases(s, own, passive).filter((p) => p !== actor)
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
