// Event nouns with their sides: "das Telefonat von Trump und Putin", "nach dem Gespräch mit
// Trump", "bei ihrem Gespräch", "keine Einigung erzielt". A noun without them may refer to
// an event told before (./references.ts).
import type { ArticleContext, Clause, EventFinder, EventNoun, EventSentence } from '../../types.js';
import type { EventLexicon } from '../lexicon.js';
import { verbReadings } from '../../../lexicon/verbs.js';
import { clauseAt, clauseWords, phrasesOf, tokenFinder } from '../../context.js';
import { governedAt } from '../../../syntax/api.js';
import { SYMMETRIC } from '../../same.js';
import { hasLightVerb, ownerOf, split, subjectAt } from '../sides.js';

/** The roles of a phrase right after the noun that name its sides ("von", genitive, …; "mit": the other side). */
const SIDE_ROLES = ['von', 'gen', 'zwischen', 'aus', 'mit'];
const POSSESSIVE = /^(?:ihr|ihre|ihrem|ihren|ihrer|ihres|sein|seine|seinem|seinen|seiner|seines)$/;
const REFUSING = new Set(['ausschließen', 'absagen', 'ablehnen', 'verweigern', 'zurückweisen', 'dementieren']);

/** An event noun at a token, read with its sides. */
export interface NounReading {
  noun: EventNoun;
  clause: Clause;
  actors: string[];
  recipients: string[];
  /** ['negation'] when the event is refused ("keine Einigung"), else none. */
  context: string[];
  /** Are its sides named (both, for a two-sided event)? */
  complete: boolean;
  /** A demand, threat or accusation named in its refusal ("wies die Forderung Selenskyjs … zurück"): made before, told elsewhere. */
  refused: boolean;
}

/** Nouns whose event took place when they are refused ("wies die Forderung zurück"). */
export const MADE_WHEN_REFUSED: ReadonlySet<string> = new Set(['REQUEST', 'THREATEN', 'ACCUSE']);

/** The event noun at token i, outside quotations, with its sides; null for any other token. */
export function nounAt(ctx: ArticleContext, lex: EventLexicon, s: EventSentence, i: number): NounReading | null {
  const t = ctx.toks[i]!;
  if (ctx.quoted[i] || t.kind !== 'word') return null;
  const noun = lex.nounTrigger(t.text);
  if (!noun) return null;
  const clause = clauseAt(s, i);
  const [actors, recipients] = nounSides(ctx, s, i, noun, clause);
  const refusedHere = refused(ctx, s, i, clause);
  // a demand, threat or accusation that is refused was made: the refusal is the event, not a negated demand
  const made = refusedHere && MADE_WHEN_REFUSED.has(noun.type);
  const context = refusedHere && !made ? ['negation'] : [];
  return { noun, clause, actors, recipients, context, complete: actors.length > 0 && (!SYMMETRIC.has(noun.type) || recipients.length > 0), refused: made };
}

export function nounFinder(lex: EventLexicon): EventFinder<EventSentence> {
  return tokenFinder('event nouns', (ctx, s, i) => {
    const n = nounAt(ctx, lex, s, i);
    return n?.complete && !n.refused ? { type: n.noun.type, mode: n.noun.mode, actors: n.actors, recipients: n.recipients, clause: n.clause, sentence: s, trigger: [i, i + 1], via: 'noun', context: n.context } : null;
  });
}

/** Who the event noun at token i is of ("die Forderung des Präsidenten", "Selenskyjs Forderung"), whatever the clause does with it. */
export function nounOwners(ctx: ArticleContext, lex: EventLexicon, s: EventSentence, i: number): string[] {
  const noun = lex.nounTrigger(ctx.toks[i]!.text);
  return noun ? nounSides(ctx, s, i, noun, clauseAt(s, i))[0] : [];
}

/** The sides of the noun: a phrase right after it, its possessive's owner, or the subject when it is "mit" someone or the object of a light verb. */
function nounSides(ctx: ArticleContext, s: EventSentence, i: number, noun: EventNoun, clause: Clause): [string[], string[]] {
  const after = phrasesOf(s, clause).find((p) => p.from > i && p.from <= i + 4 && SIDE_ROLES.includes(p.role));
  let actors: string[] = [];
  let recipients: string[] = [];
  if (after && after.role !== 'mit') actors = [...after.actors];
  else {
    const owner = SYMMETRIC.has(noun.type) ? [i - 1, i - 2].find((k) => k >= s.from && POSSESSIVE.test(ctx.toks[k]!.text)) : undefined;
    if (owner !== undefined) actors = ownerOf(ctx, s, owner)?.actors ?? [];
    else if (after?.role === 'mit' || (!after && hasLightVerb(ctx, clause))) actors = subjectAt(ctx, s, i)?.actors ?? [];
    if (after?.role === 'mit') recipients = after.actors.filter((a) => !actors.includes(a));
  }
  return split(noun.type, actors, recipients);
}

/** "keine Einigung"; "ein Treffen schloss Selenskyj aus": a noun whose event is refused. */
function refused(ctx: ArticleContext, s: EventSentence, i: number, clause: Clause): boolean {
  const { toks } = ctx;
  const before = toks.slice(Math.max(s.from, i - 3), i).map((x) => x.text.toLowerCase());
  if (before.some((w) => /^kein/.test(w))) return true;
  // (a noun a preposition governs is not what is refused: "wies den Vorschlag zu einem Treffen zurück")
  const governed = (governedAt(s.syntax, i)?.preposition ?? null) !== null;
  return !governed && clauseWords(ctx, clause).some((w) => /^\p{Ll}/u.test(w) && verbReadings(w).some((v) => REFUSING.has(v.lemma)));
}
