// Event verbs with their sides: "telefonierte Trump mit Putin", "Vereinbart wurde …",
// "…vorgeschlagen, der Ukraine Hilfen zur Verfügung zu stellen".
import type { ArticleContext, Candidate, Clause, EventFinder, EventSentence, EventVerb } from '../../types.js';
import type { EventLexicon } from '../lexicon.js';
import { sentenceVerbs } from '../../../mentions/positions.js';
import { verbReadings } from '../../../lexicon/verbs.js';
import type { Clause as SyntaxClause } from '../../../syntax/types.js';
import { clauseAt } from '../../../syntax/api.js';
import { otherSense } from '../../../grammar/de/senses.js';
import { clauseTokens, clauseWords, lastEvent, phrasesOf, wholeSentence } from '../../context.js';
import { nounOwners } from './nouns.js';
import { verbSides, type Sides } from '../sides.js';

/** Events whose infinitive clause says what was agreed, demanded or refused. */
const GOVERNING = new Set(['AGREE', 'REQUEST', 'REJECT', 'THREATEN']);
const NON_FINITE = new Set(['PA2', 'INF', 'EIZ']);
/** "dem vereinbarten Vorschlag": the endings of a participle before its noun. */
const ATTRIBUTIVE = /(?:te|ten|tem|tes|ter|ene|enen|enem|ener)$/;
/** How many sentences back the talks are whose sides agreed ("Vereinbart wurde …"). */
const TALKS_REACH = 6;

/** An event verb at a token: its lemma and the token after it (or after its particle). */
export interface VerbForm { lemma: string; end: number }

const lowerFirst = (w: string) => w.charAt(0).toLowerCase() + w.slice(1);

/** The sentence's event verbs by token: finite ones with their particle first, then participles, infinitives and weak forms. */
export function verbForms(ctx: ArticleContext, lex: EventLexicon, s: EventSentence): Map<number, VerbForm> {
  const forms = new Map<number, VerbForm>();
  for (const v of sentenceVerbs(ctx.index, s.index)) {
    if (lex.words.verbs.has(v.lemma)) forms.set(v.index, { lemma: v.lemma, end: (v.particle ?? v.index) + 1 });
  }
  for (let i = s.from; i < s.to; i++) {
    const t = ctx.toks[i]!;
    // "Vereinbart wurde …": a verb opening the sentence is capitalized
    const form = i === s.from ? lowerFirst(t.text) : t.text;
    if (forms.has(i) || t.kind !== 'word' || !/^\p{Ll}/u.test(form)) continue;
    const reading = verbReadings(form).find((x) => NON_FINITE.has(x.tense) && !x.particle && lex.words.verbs.has(x.lemma));
    const weak = lex.weakForms.get(form);
    if (reading) forms.set(i, { lemma: reading.lemma, end: i + 1 });
    else if (weak) forms.set(i, { lemma: weak.lemma, end: i + 1 });
  }
  return forms;
}

export function verbFinder(lex: EventLexicon): EventFinder<EventSentence> {
  return {
    name: 'event verbs',
    find(ctx, s) {
      const found: Candidate[] = [];
      for (const [i, form] of [...verbForms(ctx, lex, s)].sort((a, b) => a[0] - b[0])) found.push(...verbEvents(ctx, lex, s, i, form, found));
      return found;
    },
  };
}

/** The events of the verb at token i: none, its own, or also one in the next clause with the verb left out. */
function verbEvents(ctx: ArticleContext, lex: EventLexicon, s: EventSentence, i: number, form: VerbForm, found: readonly Candidate[]): Candidate[] {
  const { toks } = ctx;
  if (ctx.quoted[i]) return [];
  // "dem vereinbarten Vorschlag": a participle before its noun describes, it tells no event
  const next = toks[i + 1];
  if (ATTRIBUTIVE.test(toks[i]!.text) && next?.kind === 'word' && /^\p{Lu}/u.test(next.text) && !ctx.mentionAt.has(i + 1)) return [];
  // the verb bracket of its clause: "Vereinbart wurde …" is a passive; "…vorgeschlagen, der Ukraine Hilfen zur
  // Verfügung zu stellen" a zu-infinitive, its subject outside
  const own = clauseAt(s.syntax, i);
  // ("Das Erdbeben forderte 50 Todesopfer": the verb's other sense)
  if (otherSense(form.lemma, own, toks)) return [];
  const clause = own ?? wholeSentence(s);
  const ws = clauseWords(ctx, clause);
  const verb = lex.words.verbs.get(form.lemma)!.find((v) => !v.needs.length || v.needs.some((n) => ws.includes(n)));
  if (!verb) return [];
  // (the participle of a passive bracket, never its finite verb: "wurde … kritisiert", "Vereinbart wurde …")
  const passive = own?.verb.voice === 'passive' && own.verb.finite !== i;
  const infinitive = own?.kind === 'infinitive';
  // "vereinbart, Verhandlungen aufzunehmen und eng zusammenzuarbeiten": what was agreed, not another event
  if (infinitive && found.some((g) => g.via === 'verb' && GOVERNING.has(g.type) && g.trigger[0] < i)) return [];
  const sides = sidesOf(ctx, lex, s, clause, i, verb, passive);
  if (!sides) return [];
  const out: Candidate[] = [];
  const then = own && leftOut(ctx, s, own, verb, sides);
  if (then) out.push({ type: verb.type, mode: verb.mode, actors: sides.actors, recipients: then.recipients, clause: then.clause, sentence: s, trigger: [i, form.end], via: 'verb', context: [...verb.context] });
  const governing = infinitive && own.parent !== null ? s.syntax!.clauses[own.parent] : undefined;
  out.push({ type: verb.type, mode: verb.mode, ...sides, clause, sentence: s, trigger: [i, form.end], via: 'verb', context: [...verb.context], ...(governing ? { governing } : {}) });
  return out;
}

/** The verb's sides in its clause, or taken from the events told before when the clause does not name them all. */
function sidesOf(ctx: ArticleContext, lex: EventLexicon, s: EventSentence, clause: Clause, i: number, verb: EventVerb, passive: boolean): Sides | null {
  let sides = verbSides(ctx, s, clause, i, verb, passive);
  // "Vereinbart wurde eine Aussetzung …": agreed by the sides of the talks just told
  if (!sides && passive && verb.type === 'AGREE') {
    const talks = lastEvent(ctx, (e) => e.type === 'CONSULT' && s.index - e.mentions[e.mentions.length - 1]!.sentence <= TALKS_REACH);
    if (talks) sides = { actors: [...talks.actors], recipients: [...talks.recipients] };
  }
  if (!sides) return null;
  // "wies die Forderung Selenskyjs zurück", "kritisierte die Drohung": aimed at whoever made it
  if ((verb.type === 'REJECT' || verb.type === 'ACCUSE') && !sides.recipients.length) {
    const made = madeBy(ctx, lex, s, clause, verb, sides.actors);
    if (made.length) sides = { actors: sides.actors, recipients: made };
  }
  return sides;
}

/** Who made the demand or threat the clause names: its owner ("die Forderung des Präsidenten"), else the maker of the last such event. */
function madeBy(ctx: ArticleContext, lex: EventLexicon, s: EventSentence, clause: Clause, verb: EventVerb, actors: string[]): string[] {
  const at = clauseTokens(clause).find((k) => { const n = lex.nounTrigger(ctx.toks[k]!.text); return n && n.type !== verb.type; });
  if (at === undefined) return [];
  const named = lex.nounTrigger(ctx.toks[at]!.text)!;
  const owners = nounOwners(ctx, lex, s, at).filter((a) => !actors.includes(a));
  if (owners.length) return owners;
  const earlier = lastEvent(ctx, (e) => e.type === named.type && !e.actors.some((a) => actors.includes(a)));
  return earlier ? [...earlier.actors] : [];
}

/**
 * "telefonierte Merz mit Paris - und erst danach mit Rom": a second event in the elliptic clause after the verb's
 * (the syntax layer's coordinated clause with the verb left out), with the recipients it names.
 */
function leftOut(ctx: ArticleContext, s: EventSentence, own: SyntaxClause, verb: EventVerb, sides: Sides) {
  const k = s.syntax!.clauses.indexOf(own);
  const then = s.syntax!.clauses.find((c) => c.elliptic && c.parent === k && c.introducer !== null && /^(?:und|sowie)$/.test(ctx.toks[c.introducer]!.text));
  if (!then) return null;
  const recipients = phrasesOf(s, then).filter((p) => verb.recipient.includes(p.role)).flatMap((p) => p.actors).filter((a) => !sides.actors.includes(a));
  return recipients.length ? { clause: then, recipients } : null;
}
