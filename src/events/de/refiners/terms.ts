// What an event's words say besides its sides: its mode by topic words ("Waffenruhe": ceasefire), its
// attributes (amounts, counts, durations, deadlines), issues and topic, and its place. A
// noun's terms stand right after it ("Treffen in Brüssel"); the rest of its clause is
// another matter. A reference gets only what was measured ("Das Gespräch dauerte rund 90
// Minuten"): its mode and topic are the event's it refers to.
import type { ArticleContext, Candidate, EventRefiner } from '../../types.js';
import type { EventLexicon } from '../lexicon.js';
import { messageTokens, partAt, sentenceSpan } from '../../context.js';
import { attributesIn, placeIn } from '../attributes.js';
import { issuesIn } from '../patterns.js';
import { clauseAt } from '../../../syntax/api.js';
import type { Clause } from '../../../syntax/types.js';

/** "jeweils 150." closing the sentence: a count of what the event is about, its noun left out. */
const ELIDED_COUNT = /\b(?:jeweils|insgesamt)\s+(\d{1,3}(?:\.\d{3})*|\d+)\s*[.;)]?\s*$/u;

/** Words a topic starts at: a preposition or an article (or any capitalized word). */
const TOPIC_START = /^(?:auf|über|für|zu|zur|zum|um|eine?[nmrs]?|die|der|den|das|dem|des)$/i;

export function eventTerms(lex: EventLexicon): EventRefiner {
  return {
    name: 'terms of the event',
    refine(ctx, candidates) {
      // (a reference with its owner, "die Forderung Selenskyjs nach Patriot-Systemen", names its terms too)
      for (const f of candidates) if (f.via !== 'reference' || f.actors.length) termsOf(ctx, lex, f); else measuredOf(ctx, lex, f);
      return candidates;
    },
  };
}

function termsOf(ctx: ArticleContext, lex: EventLexicon, f: Candidate): void {
  const { toks, text, words } = ctx;
  // the part of its clause that holds the trigger (not the clauses embedded in it, nor another part)
  const part = partAt(f.clause, f.trigger[0]);
  const from = f.via === 'noun' ? f.trigger[0] : part[0];
  const to = f.via === 'noun' ? Math.min(part[1], f.trigger[1] + 8) : part[1];
  const cFrom = toks[from]!.span[0];
  const cTo = toks[to - 1]!.span[1];
  const ws = toks.slice(from, to).map((t) => t.text);
  f.mode ??= words.modes.find(([w, , types]) => types.includes(f.type) && ws.some((x) => x.startsWith(w)))?.[1] ?? null;
  const attributes = attributesIn(text, cFrom, cTo, lex.attributes);
  // "…, nach Angaben des Ministeriums jeweils 150.": a count whose noun is the event's, at the sentence's end
  if (attributes.count === undefined) {
    const rest = text.slice(cTo, sentenceSpan(ctx.doc, f.sentence.index)[1]);
    const elided = ELIDED_COUNT.exec(rest);
    if (elided && !/[.!?]/.test(rest.slice(0, elided.index))) attributes.count = Number(elided[1]!.replaceAll('.', ''));
  }
  const issues = issuesIn(words.issues, issueText(ctx, f, part)).map((i) => i.key);
  if (issues.length) attributes.issues = issues;
  const topic = topicOf(ctx, f, part);
  if (topic) attributes.topic = topic;
  // "Beide Seiten hätten einem Treffen zugestimmt": an agreement to meet, the act agreed on in its attributes
  if (f.type === 'AGREE' && f.via === 'verb') {
    const meeting = agreedMeeting(ctx, lex, from, to);
    if (meeting) attributes.act = meeting;
  }
  f.attributes = attributes;
  const places = lex.attributes.placesOf(ctx.kb);
  const sentence = text.slice(...sentenceSpan(ctx.doc, f.sentence.index));
  f.place = placeIn(text, cFrom, cTo, places) ?? (f.via === 'verb' ? placeIn(sentence, 0, sentence.length, places) : null);
}

/** Prepositions of the circumstances of an agreement, not its object ("einigten sich in dem Telefonat"). */
const CIRCUMSTANCE = /^(in|im|bei|beim|während|nach|vor|seit|am|an|aus|von|vom|mit|ohne)$/i;
const OBJECT_PREPOSITION = /^(auf|über|zu|zum|zur|für|um)$/i;

/** The meeting an agreement is about ("einem Treffen zugestimmt", "vereinbarten Gespräche", "einigten sich auf ein Treffen"). */
function agreedMeeting({ toks }: ArticleContext, lex: EventLexicon, from: number, to: number): { type: 'CONSULT'; mode: string | null } | null {
  for (let k = from; k < to; k++) {
    const n = lex.nounTrigger(toks[k]!.text);
    if (n?.type !== 'CONSULT') continue;
    // the preposition governing it, if any: over its article and adjectives, at most three words back
    let g = k - 1;
    while (g >= Math.max(from, k - 3) && /^\p{Ll}/u.test(toks[g]!.text) && !CIRCUMSTANCE.test(toks[g]!.text) && !OBJECT_PREPOSITION.test(toks[g]!.text)) g--;
    if (g >= from && CIRCUMSTANCE.test(toks[g]!.text)) continue;
    return { type: 'CONSULT', mode: n.mode };
  }
  return null;
}

/**
 * Where an event's issues are named: its own part of the clause; for a verb, the clauses that
 * complete it, a zu-infinitive ("forderte die Staaten auf, … Munition zu liefern") or a clause
 * of a complementizer ("…, dass …"; a threat's "falls …", what the threat is about); for a
 * statement's act, its message ("Kiew müsse auf den Beitritt zur Nato verzichten"), which is
 * what is demanded or rejected. Not the rest of the sentence: a clause beside the event, a
 * time clause ("nachdem …") or a relative clause speaks of other things.
 */
function issueText(ctx: ArticleContext, f: Candidate, part: readonly [number, number]): string {
  const { toks, text } = ctx;
  const slice = ([b, e]: readonly [number, number]) => text.slice(toks[b]!.span[0], toks[e - 1]!.span[1]);
  const pieces = [slice(part)];
  if (f.via === 'verb') pieces.push(...complementsOf(ctx, f).flatMap((c) => c.parts.map(slice)));
  const statement = f.statement !== undefined ? ctx.doc.statements[f.statement] : undefined;
  const message = statement ? messageTokens(ctx, statement) : null;
  if (message) pieces.push(slice(message));
  return pieces.join(' … ');
}

/** The clauses that depend on the event's own clause and say what its verb is about (see issueText). */
function complementsOf({ toks, words }: ArticleContext, f: Candidate): Clause[] {
  const clauses = f.sentence.syntax?.clauses ?? [];
  // (the candidate's clause is the syntax layer's own object, or the whole sentence when it has none)
  const own = clauses.findIndex((c) => c === f.clause);
  if (own < 0) return [];
  const opens = (c: Clause) => c.introducer !== null && words.complementizers.has(toks[c.introducer]!.text.toLowerCase());
  return clauses.filter((c) => c.parent === own && (c.kind === 'infinitive' || (c.kind === 'subordinate' && opens(c))));
}

/** A reference's figures: a duration or a count in its clause's part, else in a relative clause on it ("ein Gespräch, das zwei Stunden gedauert habe"). */
function measuredOf(ctx: ArticleContext, lex: EventLexicon, f: Candidate): void {
  const measured = (from: number, to: number) => attributesIn(ctx.text, ctx.toks[from]!.span[0], ctx.toks[to - 1]!.span[1], lex.attributes);
  let figures = measured(...partAt(f.clause, f.trigger[0]));
  const relative = f.sentence.syntax?.clauses.find((c) => c.kind === 'relative' && c.antecedent?.head === f.trigger[0]);
  if (relative && figures.durationMinutes === undefined && figures.durationDays === undefined && figures.count === undefined) figures = measured(relative.from, relative.to);
  const { durationMinutes, durationDays, count } = figures;
  f.attributes = { ...(durationMinutes !== undefined ? { durationMinutes } : {}), ...(durationDays !== undefined ? { durationDays } : {}), ...(count !== undefined ? { count } : {}) };
}

/** What the event is about: the words after the trigger to the clause end ("auf eine 30-tägige Aussetzung …"). */
function topicOf({ toks, text }: ArticleContext, f: Candidate, [from, to]: readonly [number, number]): string | null {
  let b = f.trigger[1];
  let e = to;
  if (verbLast(f)) { b = from; e = f.trigger[0]; }
  while (b < e && !TOPIC_START.test(toks[b]!.text) && !/^\p{Lu}/u.test(toks[b]!.text)) b++;
  while (e > b && (/^\p{Ll}/u.test(toks[e - 1]!.text) && !/^(?:ab|an)$/.test(toks[e - 1]!.text)) && e - 1 > b) e--;
  if (e - b < 2 || e - b > 24) return null;
  const topic = text.slice(toks[b]!.span[0], toks[e - 1]!.span[1]);
  return /\p{Lu}/u.test(topic) ? topic : null;
}

/** Does the event verb close its clause (the right bracket, or the finite verb of a clause whose verb stands last)? */
function verbLast(f: Candidate): boolean {
  if (f.via === 'noun') return false;
  const c = clauseAt(f.sentence.syntax, f.trigger[0]);
  if (!c) return false;
  // ("Vereinbart wurde …": a participle before the finite verb opens the clause)
  const t = f.trigger[0];
  return (c.verb.nonFinite.includes(t) && (c.verb.finite === null || t > c.verb.finite)) || (c.verb.finite === t && (c.kind === 'subordinate' || c.kind === 'relative'));
}
