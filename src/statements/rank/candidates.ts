// Who else could have said it: the speaker candidates of a statement with a cue. The rules'
// choice comes first (a model that cannot decide keeps it; it may be nobody), then every noun
// phrase of the cue's sentence outside the message — each with where it stands relative to
// the cue's clause, which the features read. Statements without a cue keep their speaker.
import type { Statement } from '../../document/types.js';
import type { Clause, Phrase, SentenceSyntax } from '../../syntax/types.js';
import { clauseAt } from '../../syntax/api.js';
import { phraseFound, span, who, type Ctx } from '../context.js';

/** Where a candidate stands in the sentence's syntax. */
export interface Place {
  /** Its function in its clause: subj, agent, dat, acc, pp (with `preposition`), gen (of another phrase), np (none of these). */
  fn: 'subj' | 'agent' | 'dat' | 'acc' | 'pp' | 'gen' | 'np';
  /** The preposition's token, for a prepositional object. */
  preposition: number | null;
  /** Its clause against the cue's: same, parent (the cue's clause depends on it), child, other. */
  clause: 'same' | 'parent' | 'child' | 'other';
  phrase: Phrase;
}

export interface SpeakerCandidate {
  speaker: Statement['speaker'];
  /** Tokens [from, to); -1 for nobody. */
  from: number;
  to: number;
  /** Null for nobody, or a rules' choice the syntax layer has no phrase for. */
  place: Place | null;
  rule: boolean;
}

/** What a statement's candidates are read against. */
export interface CueSite { statement: Statement; cue: number; syntax: SentenceSyntax | undefined; clause: Clause | null }

/** The cue's place when it is a verb of its clause; null for a source word ("laut", "nach Angaben", "so"), whose phrase the rules read. */
export function cueSite(ctx: Ctx, s: Statement): CueSite | null {
  if (!s.cue) return null;
  const cue = ctx.index.byStart.get(s.cue.span[0]);
  if (cue === undefined) return null;
  const syntax = ctx.syntax.get(ctx.toks[cue]!.sentence);
  const clause = clauseAt(syntax, cue);
  const verb = clause?.verb;
  if (!verb || (verb.finite !== cue && !verb.nonFinite.includes(cue))) return null;
  return { statement: s, cue, syntax, clause };
}

export function speakerCandidates(ctx: Ctx, site: CueSite): SpeakerCandidate[] {
  const s = site.statement;
  const places = phrasePlaces(site).filter(({ phrase: p }) => outsideMessage(ctx, s, p.from, p.to));
  const rule = ruleCandidate(ctx, s, places);
  // (no "nobody" beside a rules' speaker: whether anyone speaks is the finders' call, the model only picks who)
  const out: SpeakerCandidate[] = [rule];
  for (const place of places) {
    const { from, to } = place.phrase;
    if (out.some((c) => c.from === from && c.to === to)) continue;
    out.push({ speaker: speakerOf(ctx, place), from, to, place, rule: false });
  }
  return out;
}

/** The rules' speaker as a candidate, with the place of the phrase that spans it exactly (if any). */
function ruleCandidate(ctx: Ctx, s: Statement, places: readonly Place[]): SpeakerCandidate {
  if (!s.speaker) return { speaker: null, from: -1, to: -1, place: null, rule: true };
  const from = ctx.index.byStart.get(s.speaker.span[0]) ?? -1;
  const to = ctx.index.byEnd.get(s.speaker.span[1]) ?? -1;
  const place = places.find((p) => sameSpan(ctx, p.phrase, s.speaker!.span)) ?? null;
  return { speaker: s.speaker, from: place?.phrase.from ?? from, to: place?.phrase.to ?? to, place, rule: true };
}

function sameSpan(ctx: Ctx, p: Phrase, [b, e]: readonly [number, number]): boolean {
  const [pb, pe] = span(ctx, p.from, p.to);
  return pb === b && pe === e;
}

/** Every noun phrase of the sentence's clauses with its place: functions, prepositional objects, genitives. */
function phrasePlaces(site: CueSite): Place[] {
  const out: Place[] = [];
  for (const clause of site.syntax?.clauses ?? []) {
    const relation = relationOf(site, clause);
    for (const p of clause.phrases) {
      const np = p.kind === 'pp' ? p.object : p;
      if (!np) continue;
      const fn = p.kind === 'pp' ? (np === clause.agent ? 'agent' : 'pp') : functionOf(clause, p);
      out.push({ fn, preposition: p.preposition ?? null, clause: relation, phrase: np });
      for (const g of np.genitives) out.push({ fn: 'gen', preposition: null, clause: relation, phrase: g });
    }
  }
  return out;
}

function functionOf(clause: Clause, p: Phrase): Place['fn'] {
  if (p === clause.subject) return 'subj';
  if (p === clause.agent) return 'agent';
  if (p === clause.dative) return 'dat';
  if (p === clause.accusative) return 'acc';
  return 'np';
}

function relationOf(site: CueSite, clause: Clause): Place['clause'] {
  const cueClause = site.clause;
  if (!cueClause) return 'other';
  if (clause === cueClause) return 'same';
  const clauses = site.syntax!.clauses;
  if (cueClause.parent !== null && clauses[cueClause.parent] === clause) return 'parent';
  if (clause.parent !== null && clauses[clause.parent] === cueClause) return 'child';
  return 'other';
}

/** A speaker is never inside its own message nor inside a direct quotation. */
function outsideMessage(ctx: Ctx, s: Statement, from: number, to: number): boolean {
  const [b, e] = span(ctx, from, to);
  if (b < s.quote[1] && e > s.quote[0]) return false;
  return !ctx.quoted.subarray(from, to).includes(1);
}

/** The candidate as a speaker: the phrase's span and the actor its head names. */
function speakerOf(ctx: Ctx, place: Place): Statement['speaker'] {
  const { from, to } = place.phrase;
  if (place.fn === 'gen') return { span: span(ctx, from, to), actor: phraseFound(place.phrase, ctx).m?.actor ?? null };
  const found = who(phraseFound(place.phrase, ctx), ctx);
  // (who() may widen to a larger phrase around the mention: the candidate is this phrase)
  return found && sameSpan(ctx, place.phrase, found.span) ? found : { span: span(ctx, from, to), actor: found?.actor ?? null };
}
