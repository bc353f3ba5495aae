// The features of a speaker candidate, as strings a linear model weighs: its function relative
// to the cue's clause, which side of the cue and how far, the mention it holds, its case and
// shape, whether the rules chose it — and the pairs of these that tell more together (a
// subject before a passive cue, a dative after "sagte"). What a word is in a language
// (a pronoun of the first person, a role noun) comes from that language's SpeakerWords.
import type { Ctx } from '../context.js';
import type { CueSite, SpeakerCandidate } from './candidates.js';

/** Raised whenever the features change: a model fitted on other features is refused. */
export const FEATURE_SET = 2;

/** What a language tells about one word of a candidate. */
export interface SpeakerWords {
  /** A small class name ("pron1", "pron3", "role", "rel", …), or null for an ordinary word. */
  classOf(word: string): string | null;
}

export function candidateFeatures(ctx: Ctx, site: CueSite, c: SpeakerCandidate, words: SpeakerWords): string[] {
  const s = site.statement;
  const lemma = s.cue?.lemma ?? '-';
  const voice = site.clause?.verb.voice ?? '-';
  const context = [`form=${s.form}`, `act=${s.cue?.act ?? '-'}`, `voice=${voice}`, `kind=${site.clause?.kind ?? '-'}`];
  if (!c.speaker) {
    const f = ['none', `none&rule=${c.rule}`, `none&subj=${Boolean(site.clause?.subject)}`];
    return [...f, ...context.map((x) => `none&${x}`)];
  }
  const place = c.place;
  const fn = place ? (place.fn === 'pp' ? `pp:${lower(ctx, place.preposition)}` : place.fn) : 'nophrase';
  const clause = place?.clause ?? '-';
  const side = c.to <= site.cue ? 'before' : 'after';
  const gap = c.to <= site.cue ? site.cue - c.to : c.from - site.cue;
  const head = place ? ctx.toks[place.phrase.head]!.text : ctx.toks[Math.max(c.from, 0)]?.text ?? '';
  const mention = mentionKind(ctx, c);
  const cls = words.classOf(head) ?? (place?.phrase.pronoun ? 'pron' : shape(head));
  const base = [
    'bias', `fn=${fn}`, `clause=${clause}`, `side=${side}`, `gap=${bucket(gap)}`, `mention=${mention}`,
    `actor=${Boolean(c.speaker.actor)}`, `case=${place?.phrase.cases.slice().sort().join('+') || '?'}`,
    `plural=${place?.phrase.plural ?? '?'}`, `class=${cls}`, `len=${bucket(c.to - c.from)}`, `rule=${c.rule}`,
    `genitives=${(place?.phrase.genitives.length ?? 0) > 0}`, `apposition=${Boolean(place?.phrase.apposition)}`,
  ];
  const pairs = [
    `fn&clause=${fn}&${clause}`, `fn&side=${fn}&${side}`, `fn&rule=${fn}&${c.rule}`, `fn&mention=${fn}&${mention}`,
    `fn&class=${fn}&${cls}`, `class&side=${cls}&${side}`, `rule&mention=${c.rule}&${mention}`, `side&gap=${side}&${bucket(gap)}`,
    ...context.map((x) => `fn&${x}=${fn}&${x}`), ...context.map((x) => `rule&${x}=${c.rule}&${x}`),
    // (the verb's own frame: "wird von Reuters zitiert" is said by the subject, "warf ihm vor" by the subject, not the dative)
    `lemma&fn=${lemma}&${fn}`, `lemma&voice&fn=${lemma}&${voice}&${fn}`,
  ];
  return [...base, ...pairs];
}

function lower(ctx: Ctx, token: number | null): string {
  return token === null ? '?' : ctx.toks[token]!.text.toLowerCase();
}

/** The kind of the actor mention the candidate holds (the first one), or none. */
function mentionKind(ctx: Ctx, c: SpeakerCandidate): string {
  for (let k = c.from; k >= 0 && k < c.to; k++) {
    const hit = ctx.mentionAt.get(k);
    if (hit && hit.end <= c.to && hit.m.kind !== 'adjective') return hit.m.kind;
  }
  return 'none';
}

function shape(word: string): string {
  if (/^\p{Lu}{2,}$/u.test(word)) return 'CAPS';
  if (/^\p{Lu}/u.test(word)) return 'Cap';
  if (/^\p{Ll}/u.test(word)) return 'low';
  return /\d/.test(word) ? 'num' : 'other';
}

function bucket(n: number): string {
  return n <= 1 ? String(Math.max(n, 0)) : n <= 3 ? '2-3' : n <= 6 ? '4-6' : n <= 10 ? '7-10' : '11+';
}
