// German clauses of one sentence. The sentence is cut at commas, colons, semicolons,
// brackets and free dashes that no phrase spans (an apposition's commas stay inside its
// phrase), and before "und"/"oder"/"aber" that join two finite clauses. Each piece is then
// what its first word makes it — a conjunction opens a subordinate clause, a relative
// pronoun after a comma a relative one (unless its noun is followed by the verb: "…, die
// Lage sei ernst" is a reported main clause), "um … zu" an infinitive — and a piece without
// a finite verb belongs to the clause still waiting for its verb, or to the one before,
// unless a conjunction opens it after a comma or a free dash and no verb form stands in it:
// then it is a coordinated clause of its own with the verb left out ("telefonierte mit Paris
// - und danach mit Rom"), the elliptic clause, whose verb bracket is the one before's.
import type { Clause, ClauseKind, Phrase } from '../types.js';
import { quotedPairs, type SentenceInput } from './input.js';
import { verbReadings } from '../../lexicon/verbs.js';
import { relativeOpener } from './parse.js';
import { isAdverb } from './words.js';
import type { FiniteVerb } from '../../grammar/de/verbs.js';

interface Piece { from: number; to: number; bracketed: boolean; coordinated: number | null }

const BREAK = /^[,;:]$/;

/** Tokens where a clause may end: punctuation outside every phrase. */
function pieces(x: SentenceInput, phrases: readonly Phrase[]): Piece[] {
  const inside = new Uint8Array(x.to - x.from);
  for (const p of phrases) for (let k = p.from; k < p.to; k++) inside[k - x.from] = 1;
  // (nor a short quotation without a verb: "das Prinzip „ein Mann, eine Stimme“ gebe es auch dort")
  for (const [open, close] of quotedPairs(x)) if (close - open <= 10 && !x.verbs.some((v) => v.index > open && v.index < close)) for (let k = open; k <= close; k++) inside[k - x.from] = 1;
  const out: Piece[] = [];
  let b = x.from;
  let bracketed = false;
  const cut = (e: number) => { if (e > b) out.push({ from: b, to: e, bracketed, coordinated: null }); };
  for (let i = x.from; i < x.to; i++) {
    if (inside[i - x.from]) continue;
    const t = x.toks[i]!.text;
    const dash = t === '-' && i > x.from && i < x.to - 1;
    if (t === '(' || t === ')' || (dash && !bracketed && x.toks.slice(i + 1, x.to).some((u) => u.text === '-'))) {
      cut(i); b = i + 1; bracketed = t === '(' || (dash && !bracketed); continue;
    }
    if (dash && bracketed) { cut(i); b = i + 1; bracketed = false; continue; }
    // ("… mit Paris - und danach mit Rom", "… drängt auf eine Waffenruhe - mit dem Ziel, …": a single free dash ends a piece)
    if (dash && freeStanding(x, i)) { cut(i); b = i + 1; continue; }
    if (BREAK.test(t) || (t === '.' && i === x.to - 1) || /^[!?]$/.test(t)) { cut(i); b = i + 1; }
  }
  cut(x.to);
  return out.flatMap((p) => splitCoordination(x, p));
}

/** "Er sagte dies und betonte, …": two finite clauses joined by a conjunction inside one piece. */
function splitCoordination(x: SentenceInput, p: Piece): Piece[] {
  const finite = x.verbs.filter((v) => v.index >= p.from && v.index < p.to).map((v) => v.index);
  if (finite.length < 2) return [p];
  for (let k = finite[0]! + 1; k < finite[1]!; k++) {
    if (!/^(und|oder|aber|sondern|denn)$/.test(x.toks[k]!.text)) continue;
    return [{ ...p, to: k }, ...splitCoordination(x, { ...p, from: k, coordinated: k })];
  }
  return [p];
}

/** The sentence's clauses with their parts, kinds, introducers and parents (functions come later). */
export function clausesOf(x: SentenceInput, phrases: readonly Phrase[]): Clause[] {
  const clauses: Clause[] = [];
  /** The clauses still waiting for their finite verb, innermost last ("Der Minister, der …, sagte"; "…, dass X - … - verlangte"). */
  const stack: number[] = [];
  let lastMain: number | null = null;
  const all = pieces(x, phrases);
  for (const [n, piece] of all.entries()) {
    const finite = x.verbs.find((v) => v.index >= piece.from && v.index < piece.to) ?? null;
    const kind = kindOf(x, piece, phrases, finite !== null);
    const open = (k: ClauseKind, parent: number | null, introducer: number | null) => {
      clauses.push(newClause(k, piece, parent, introducer));
      return clauses.length - 1;
    };
    // ("Kallas: Russland muss …": after a colon a clause with its verb starts afresh)
    if (finite && x.toks[piece.from - 1]?.text === ':') stack.length = 0;
    // (a waiting subordinate clause takes only a piece whose verb stands last: "…, dass X - quasi als … - verlangte")
    while (kind === 'main' && stack.length && clauses[stack.at(-1)!]!.kind === 'subordinate' && !verbLast(x, piece)) stack.pop();
    let waiting = stack.at(-1) ?? null;
    if (kind === 'coordinated' || kind === 'subordinate' || kind === 'relative' || kind === 'infinitive' || kind === 'parenthetical') {
      const parent = kind === 'coordinated' ? sameMood(x, clauses, lastMain, finite) : clauses.length ? clauses.length - 1 : null;
      const at = open(kind, parent, kind === 'parenthetical' ? null : piece.coordinated ?? introducerAt(x, piece.from));
      if (kind === 'coordinated') lastMain = at;
      continue;
    }
    // ("Peskow sagte, Putin sei offen, betonte aber, …": past a reported clause to the one of the same mood)
    const goesOn = sameMood(x, clauses, lastMain, finite);
    if (kind === 'main' && waiting === null && elidedSubject(x, piece, finite, clauses, goesOn)) {
      lastMain = open('coordinated', goesOn, null);
      continue;
    }
    if (kind === 'main') {
      if (waiting !== null) { addPart(clauses[waiting]!, piece); stack.pop(); continue; }
      lastMain = open('main', lastMain, null);
      continue;
    }
    // no finite verb: a conjunction opens a clause that waits for it ("…, dass die Regierung der Ukraine - … -")
    if (opensSubordinate(x, piece)) { stack.push(open('subordinate', waiting ?? (clauses.length ? clauses.length - 1 : null), introducerAt(x, piece.from))); continue; }
    // or the clause waiting for one; a conjunction with no verb form after it opens an elliptic clause
    if (waiting !== null) { addPart(clauses[waiting]!, piece); continue; }
    if (clauses.length && elliptic(x, piece, phrases)) { clauses[open('coordinated', continued(clauses), piece.from)]!.elliptic = true; continue; }
    if (!clauses.length) { waiting = lastMain = open('main', null, null); stack.push(waiting); continue; }
    // ("Die Ministerin wies das zurück, die Sprecherin der Fraktion, Erika Muster, erklärte: …": a noun phrase alone
    // before a piece that opens with its verb is that clause's Vorfeld, not the clause before's)
    if (vorfeldOf(x, piece, all[n + 1], phrases)) { waiting = lastMain = open('main', lastMain, null); stack.push(waiting); continue; }
    // (after a relative or bracketed clause the piece goes on the clause it stands in: "…, in dem es nur 26 Fouls gab, als „übertrieben“")
    addPart(clauses[continued(clauses)]!, piece);
  }
  return clauses;
}

/** Is the piece one noun phrase that may be a subject, after a comma, with the next piece opening with its finite verb? */
function vorfeldOf(x: SentenceInput, piece: Piece, next: Piece | undefined, phrases: readonly Phrase[]): boolean {
  if (!next || !x.verbs.some((v) => v.index === next.from) || x.toks[piece.from - 1]?.text !== ',') return false;
  const p = phrases.find((q) => q.from === piece.from);
  return !!p && p.kind === 'np' && !p.pronoun && p.to >= piece.to && p.determiner !== null && (!p.cases.length || p.cases.includes('nom'));
}

/**
 * The main clause a coordinated one goes on: the last one, unless moods differ ("Trump sagte, er werde …,
 * und fügte hinzu": the indicative goes on the first clause, not the reported one).
 */
function sameMood(x: SentenceInput, clauses: readonly Clause[], last: number | null, finite: { mood: string } | null): number | null {
  if (last === null || !finite) return last;
  const reported = (m: string | undefined) => m === 'subjunctive1' || m === 'subjunctive2';
  const moodOf = (c: Clause) => x.verbs.find((v) => c.parts.some(([b, e]) => v.index >= b && v.index < e))?.mood;
  if (reported(moodOf(clauses[last]!)) === reported(finite.mood)) return last;
  for (let k = last - 1; k >= 0; k--) {
    const c = clauses[k]!;
    if ((c.kind === 'main' || c.kind === 'coordinated') && reported(moodOf(c)) === reported(finite.mood)) return k;
  }
  return last;
}

/**
 * "Die Polizei beziffert die Zahl auf 626, befürchtet aber weitere Tote": a piece after a comma that opens
 * with its finite verb and an adverb goes on the main clause before it, with its subject (a reporting
 * clause, "…, sagte aber der Minister", names its own: functions find it).
 */
function elidedSubject(x: SentenceInput, piece: Piece, finite: FiniteVerb | null, clauses: readonly Clause[], last: number | null): boolean {
  if (!finite || finite.index !== piece.from || last === null || piece.from === x.from || x.toks[piece.from - 1]!.text !== ',') return false;
  const before = x.verbs.find((v) => clauses[last]!.parts.some(([b, e]) => v.index >= b && v.index < e));
  const next = x.toks[piece.from + 1]?.text.toLowerCase() ?? '';
  return before?.mood === 'indicative' && finite.mood === 'indicative' && (x.words.coordinating.has(next) || isAdverb(x.words, next));
}

const freeStanding = (x: SentenceInput, i: number) => x.toks[i - 1]!.span[1] < x.toks[i]!.span[0] && x.toks[i]!.span[1] < x.toks[i + 1]!.span[0];

/**
 * "…, und erst danach mit Rom", "… - oder mit Paris", "…, sondern im Beisein der Delegationen": a piece after a
 * comma or free dash that a coordinating conjunction opens, with no verb form of its own (not "…, sondern in
 * Wien statt", whose particle closes the clause before).
 */
function elliptic(x: SentenceInput, piece: Piece, phrases: readonly Phrase[]): boolean {
  const w = x.toks[piece.from]!.text;
  if (piece.bracketed || piece.to - piece.from < 2 || !/^[,-]$/.test(x.toks[piece.from - 1]?.text ?? '') || !x.words.coordinating.has(w) || w === 'doch' || w === 'denn') return false;
  for (let k = piece.from + 1; k < piece.to; k++) {
    const t = x.toks[k]!.text;
    if (/^\p{Ll}/u.test(t) && !x.words.determiners.has(t) && verbReadings(t).some((r) => r.tense === 'PA2' || r.tense === 'INF' || r.tense === 'EIZ')) return false;
  }
  // (a word outside every phrase at its end is the particle closing the clause before: "findet nicht in Genf,
  // sondern in Wien statt", "teilte dies nicht am Montag, sondern erst am Dienstag mit")
  let last = piece.to - 1;
  while (last > piece.from && x.toks[last]!.kind !== 'word') last--;
  return !/^\p{Ll}/u.test(x.toks[last]!.text) || phrases.some((p) => last >= p.from && last < p.to);
}

/** The clause an elliptic one continues: the last, or the one a relative or parenthetical clause stands in. */
function continued(clauses: readonly Clause[]): number {
  let k = clauses.length - 1;
  while ((clauses[k]!.kind === 'relative' || clauses[k]!.kind === 'parenthetical') && clauses[k]!.parent !== null) k = clauses[k]!.parent!;
  return k;
}

function newClause(kind: ClauseKind, piece: Piece, parent: number | null, introducer: number | null): Clause {
  return {
    kind, elliptic: false, parts: [[piece.from, piece.to]], from: piece.from, to: piece.to, introducer, parent, antecedent: null,
    verb: { finite: null, lemma: null, particle: null, nonFinite: [], mood: null, tense: null, voice: 'active' },
    phrases: [], subject: null, subjectShared: false, dative: null, accusative: null, agent: null, negation: null,
  };
}

function addPart(c: Clause, piece: Piece) {
  c.parts.push([piece.from, piece.to]);
  c.to = Math.max(c.to, piece.to);
}

/** The word that opens a subordinate or relative clause: the first, or the one after a preposition ("mit dem"). */
function introducerAt(x: SentenceInput, at: number): number {
  return x.words.prepositions.has(x.toks[at]!.text.toLowerCase()) && x.toks[at + 1] ? at + 1 : at;
}

/** What a piece of a sentence is, by its first word and where its finite verb stands; null: no clause of its own. */
function kindOf(x: SentenceInput, piece: Piece, phrases: readonly Phrase[], hasFinite: boolean): ClauseKind | null {
  const w = x.toks[piece.from]!.text.toLowerCase();
  const afterComma = piece.from > x.from && /^[,;(\-]$/.test(x.toks[piece.from - 1]!.text);
  if (piece.bracketed) return hasFinite ? 'parenthetical' : null;
  if (piece.coordinated !== null) return hasFinite ? 'coordinated' : null;
  if (!hasFinite) return zuInfinitive(x, piece) !== null ? 'infinitive' : null;
  if (x.words.coordinating.has(w) && w !== 'doch') return 'coordinated';
  if (x.words.subordinating.has(w) && verbLast(x, piece)) return 'subordinate';
  if (afterComma && x.words.relativeAdverbs.has(w)) return 'relative';
  if (afterComma && relativeOpener(x, piece.from) && verbLast(x, piece) && !nounBeforeVerb(x, piece, phrases)) return 'relative';
  return 'main';
}

/** A piece after a comma opened by a subordinating conjunction whose verb comes after a parenthesis ("dass X - … - verlangte"). */
function opensSubordinate(x: SentenceInput, piece: Piece): boolean {
  const w = x.toks[piece.from]!.text.toLowerCase();
  const next = x.toks[piece.to];
  return !piece.bracketed && piece.coordinated === null && piece.from > x.from && x.toks[piece.from - 1]!.text === ','
    && x.words.subordinating.has(w) && w !== 'als' && w !== 'wie' && (next?.text === '-' || next?.text === '(');
}

/** Does the piece's finite verb stand at its end (with only non-finite verbs and particles after it)? */
function verbLast(x: SentenceInput, piece: Piece): boolean {
  const verbs = x.verbs.filter((v) => v.index >= piece.from && v.index < piece.to);
  const last = verbs.at(-1);
  if (!last || last.index === piece.from) return false;
  for (let k = last.index + 1; k < piece.to; k++) {
    const t = x.toks[k]!;
    if (t.kind === 'punct' || t.kind === 'quote') continue;
    if (!/^\p{Ll}/u.test(t.text) || !verbReadings(t.text).some((r) => r.tense === 'INF' || r.tense === 'PA2')) return false;
  }
  return true;
}

/** "die Lage sei ernst": an article and its noun right before the finite verb make a main clause, not a relative one. */
function nounBeforeVerb(x: SentenceInput, piece: Piece, phrases: readonly Phrase[]): boolean {
  const p = phrases.find((q) => q.from === piece.from);
  return !!p && !p.pronoun && x.finite.has(p.to) && p.to < piece.to && x.verbs.filter((v) => v.index >= piece.from && v.index < piece.to).length === 1 && !verbLastOnly(x, piece, p.to);
}

const verbLastOnly = (x: SentenceInput, piece: Piece, at: number) => {
  for (let k = at + 1; k < piece.to; k++) if (x.toks[k]!.kind === 'word') return false;
  return true;
};

/** The zu-infinitive of a piece without a finite verb ("die Angriffe einzustellen", "um … zu verhandeln"). */
export function zuInfinitive(x: SentenceInput, piece: { from: number; to: number }): number | null {
  for (let k = piece.to - 1; k >= piece.from; k--) {
    const t = x.toks[k]!;
    if (t.kind !== 'word') continue;
    if (/^\p{Lu}/u.test(t.text)) return null;
    const readings = verbReadings(t.text);
    if (readings.some((r) => r.tense === 'EIZ')) return k;
    if (readings.some((r) => r.tense === 'INF') && x.toks[k - 1]?.text === 'zu') return k;
    return null;
  }
  return null;
}
