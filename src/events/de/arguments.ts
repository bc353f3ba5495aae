// Who does what to whom, without a parser: the actor mentions of a sentence grouped into
// noun phrases ("US-Präsident Donald Trump" is one), each with the word that governs it — a
// preposition ("mit Putin"), a genitive ("der Vorschlag der USA") or none (subject or object).
// German puts the subject first or right after the finite verb ("Mit Putin vereinbarte
// Trump"), so the first bare phrase of a clause is taken as the actor.
import type { Mention } from '../../document/types.js';
import type { Tok } from '../../segment/tokens.js';
import { verbReadings } from '../../lexicon/verbs.js';
import type { Clause, EventWords, Phrase } from '../types.js';

const BREAK = /^[,;:()]$/;

/** Clauses of a sentence as token ranges: split at commas, colons, brackets and free-standing dashes. */
export function clausesOf(toks: readonly Tok[], text: string, from: number, to: number): Clause[] {
  const out: Clause[] = [];
  let b = from;
  for (let i = from; i < to; i++) {
    const t = toks[i]!;
    const dash = t.text === '-' && /\s/.test(text[t.span[0] - 1] ?? '') && /\s/.test(text[t.span[1]] ?? '');
    if (BREAK.test(t.text) || dash) {
      if (i > b) out.push({ from: b, to: i });
      b = i + 1;
    }
  }
  if (to > b) out.push({ from: b, to });
  return out;
}

const GENITIVE_KINDS = new Set(['name', 'surname', 'capital', 'alias']);
const FINITE = new Set(['PRÄ', 'PRT', 'KJ1', 'KJ2']);
const finite = (w: string) => verbReadings(w).some((r) => FINITE.has(r.tense));
const ADJECTIVE = /^\p{Ll}+(?:e|en|em|er|es)$/u;

/** Phrases of actor mentions in [from, to), with their governing word. */
export function phrasesIn(
  toks: readonly Tok[], mentionAt: ReadonlyMap<number, { m: Mention; end: number }>, from: number, to: number,
  { determiners, prepositions }: Pick<EventWords, 'determiners' | 'prepositions'>,
): Phrase[] {
  const out: Phrase[] = [];
  const covered = new Set<number>();
  for (let i = from; i < to; i++) { const hit = mentionAt.get(i); if (hit) for (let k = i; k < hit.end; k++) covered.add(k); }
  for (let i = from; i < to; i++) {
    const hit = mentionAt.get(i);
    if (!hit) continue;
    const actors = hit.m.members ?? (hit.m.actor ? [hit.m.actor] : []);
    const last = out[out.length - 1];
    // "US-Präsident Donald Trump", "Kremlchef Wladimir Putin": one phrase
    if (last && last.to === i && actors.length && actors.every((a) => last.actors.includes(a))) {
      last.to = hit.end;
      last.mentions.push(hit.m);
      i = hit.end - 1;
      continue;
    }
    // "Trump und Putin", "Frankreichs Präsident Macron und der britische Premier Starmer": one phrase
    const und = last && toks[last.to]?.text === 'und' && (last.to + 1 === i || determiners.has(toks[last.to + 1]!.text) && last.to + 2 === i);
    if (last && und && last.actors.length && actors.length) {
      last.to = hit.end;
      last.actors.push(...actors.filter((a) => !last.actors.includes(a)));
      last.mentions.push(hit.m);
      i = hit.end - 1;
      continue;
    }
    let role = governingRole(toks, from, i, covered, { determiners, prepositions });
    // "Trumps Sondergesandter Steve Witkoff", "Kiews Verbündete": a name in the genitive before a noun
    const next = toks[hit.end];
    if (!role && /[^s]s$/.test(hit.m.text) && GENITIVE_KINDS.has(hit.m.kind) && next?.kind === 'word' && /^\p{Lu}/u.test(next.text)) role = 'gen';
    // "Dem Kreml zufolge": a source, not a side
    if (toks[hit.end]?.text === 'zufolge') role = 'zufolge';
    out.push({ from: i, to: hit.end, actors: [...actors], role, mentions: [hit.m] });
    i = hit.end - 1;
  }
  return out.filter((p) => p.actors.length);
}

/** The role of the phrase at token i (see Phrase.role): walk back over articles and adjectives to a preposition, or to the noun it is a genitive of. */
function governingRole(
  toks: readonly Tok[], from: number, i: number, covered: ReadonlySet<number>,
  { determiners, prepositions }: Pick<EventWords, 'determiners' | 'prepositions'>,
): string {
  let passedArticle = false;
  for (let k = i - 1; k >= from && k >= i - 4; k--) {
    const w = toks[k]!.text;
    if (prepositions.has(w.toLowerCase()) && /^\p{L}/u.test(w) && (w === w.toLowerCase() || k === from || BREAK.test(toks[k - 1]?.text ?? ''))) return w.toLowerCase();
    if (determiners.has(w) || determiners.has(w.toLowerCase()) || (ADJECTIVE.test(w) && !prepositions.has(w) && !finite(w))) {
      if (w === 'der' || w === 'des') passedArticle = true;
      continue;
    }
    // "die Integrität der Ukraine", "Vorschlag der USA": a genitive attribute of a noun
    return passedArticle && /^\p{Lu}/u.test(w) && !covered.has(k) && toks[k]!.kind === 'word' ? 'gen' : '';
  }
  return '';
}
