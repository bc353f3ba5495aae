// One German sentence → its phrases and clauses with their functions (the syntax layer's
// German part; ../api.ts is what the later stages read).
import type { SentenceSyntax } from '../types.js';
import { quotedPairs, type SentenceInput } from './input.js';
import { phrasesOf, tokenKind } from './phrases.js';
import { clausesOf } from './clauses.js';
import { assignFunctions } from './functions.js';
import { verbReadings } from '../../lexicon/verbs.js';
import { nounFeatures, nounLemma } from '../../lexicon/nouns.js';
import { MODAL_OR_AUXILIARY } from '../../grammar/de/verbs.js';
import { caseOfPhrase } from './case.js';

export function parseSentence(input: Omit<SentenceInput, 'finite' | 'particles' | 'memo'>): SentenceSyntax {
  const x: SentenceInput = { ...input, finite: new Set(), particles: new Set() };
  const finite = new Set(input.verbs.map((v) => v.index).filter((i) => !notFinite(x, i) && !attribute(x, i) && !inQuotedName(x, i)));
  // (a sentence keeps a verb: "Das meldete Radio Liberty." is no noun phrase of an article, a participle and a noun)
  if (!finite.size) for (const v of input.verbs) if (!notFinite(x, v.index)) { finite.add(v.index); break; }
  for (const i of rightBracket(x, [...finite])) finite.delete(i);
  x.finite = finite;
  x.verbs = input.verbs.filter((v) => finite.has(v.index));
  for (const v of x.verbs) if (v.particle !== null) x.particles.add(v.particle);
  x.memo = { kinds: [], phrases: [] };
  const phrases = phrasesOf(x);
  const clauses = clausesOf(x, phrases);
  assignFunctions(x, clauses, phrases);
  return { sentence: x.sentence, from: x.from, to: x.to, clauses };
}

/**
 * Forms the grammar reads as finite that are not: an article, pronoun or preposition ("einen",
 * "seine"), an infinitive after "zu" ("zu reisen"), a noun opening the sentence.
 */
function notFinite(x: SentenceInput, i: number): boolean {
  const lower = x.toks[i]!.text.toLowerCase();
  if (x.words.determiners.has(lower) || x.words.prepositions.has(lower) || x.words.relativePronouns.has(lower)) return true;
  if (x.toks[i - 1]?.text === 'zu' && verbReadings(lower).some((r) => r.tense === 'INF')) return true;
  // ("Berichte, nach denen …": a capitalized word opening the sentence is a noun when it can be one)
  return i === x.from && /^\p{Lu}/u.test(x.toks[i]!.text) && !!nounLemma(x.toks[i]!.text);
}

/** A verb inside a name in quotation marks after an article or preposition ("von der „Aktion Deutschland hilft“ sagte"). */
function inQuotedName(x: SentenceInput, i: number): boolean {
  const [open, close] = quotedPairs(x).find(([b, e]) => b < i && i < e) ?? [-1, -1];
  if (open <= x.from) return false;
  const before = x.toks[open - 1]!.text;
  // ("bezeichnete die Karten als „übertrieben“": quoted words after "als" are a predicate, their participle no verb)
  if (/^(als|wie)$/.test(before)) return close - open <= 6 && x.verbs.some((v) => v.index < open - 1);
  if (!/^\p{Ll}/u.test(before) || !(x.words.determiners.has(before) || x.words.prepositions.has(before)) || !/^\p{Lu}/u.test(x.toks[open + 1]?.text ?? '')) return false;
  // (the name is short and closes before another finite verb of the sentence)
  return close - open <= 6 && x.verbs.some((v) => v.index > close);
}

/** A participle between an article, adjective or ordinal and its noun ("die vereinbarte Waffenruhe", "die erste bekannte Tat"). */
function attribute(x: SentenceInput, i: number): boolean {
  const lower = x.toks[i]!.text.toLowerCase();
  const prev = i > x.from ? tokenKind(x, i - 1) : null;
  const next = x.toks[i + 1];
  // (but "Das teilte Selenskyj mit": before a name the word is the verb; and a modal or auxiliary is no
  // participle: "Das musste Bundesfinanzminister Muster einräumen")
  // ("Die erste bekannte Tat", "Der bekannte Berliner Schlagzeuger": after an ordinal too, and before another adjective)
  const ordinal = prev === 'num' && /^\p{Ll}+(?:te|ten|ter|tem|tes)$/u.test(x.toks[i - 1]!.text);
  if (!(prev === 'det' || prev === 'adj' || ordinal) || MODAL_OR_AUXILIARY.test(lower) || !/(?:e|en|em|er|es)$/.test(lower)) return false;
  // (the noun agrees with the article before the word: "Das erklärte General Muster" is a verb and its subject)
  const agreeing = (k: number) => prev !== 'det' || caseOfPhrase(x.toks[i - 1]!.text, nounFeatures(x.toks[k]!.text)) !== null;
  const noun = (k: number) => x.toks[k]?.kind === 'word' && /^\p{Lu}/u.test(x.toks[k]!.text) && nounFeatures(x.toks[k]!.text).length > 0 && !x.mentionAt.get(k) && agreeing(k);
  // (an adjective after it agrees, a place's "-er" never changes: "Das berichten arabische Medien" is a verb)
  const ending = (w: string) => /(?:e|en|em|er|es)$/.exec(w)?.[0];
  const agrees = next?.kind === 'word' && ((/^\p{Ll}/u.test(next.text) && tokenKind(x, i + 1) === 'adj' && ending(next.text) === ending(lower)) || /^\p{Lu}\p{Ll}+er$/u.test(next.text));
  return noun(i + 1) || (agrees && noun(i + 2));
}

/**
 * "wurde von der Türkei vermittelt", "dass sie zwei Männer festgenommen hat", "müsse die Schulden
 * begrenzen": between two breaks, only one verb form is finite — the first after the verb-second
 * position, the last in a clause a conjunction or relative pronoun opens; the participles and
 * infinitives beside it are its right bracket, though they look finite ("vermittelt", "begrenzen").
 */
function rightBracket(x: SentenceInput, finite: number[]): number[] {
  const out: number[] = [];
  let from = x.from;
  /** The non-finite forms the last piece's auxiliary or modal verb takes, when it stands before "und". */
  let opens: readonly string[] = [];
  for (let k = x.from; k <= x.to; k++) {
    if (k < x.to && !/^[,;:()]$/.test(x.toks[k]!.text) && !/^(und|oder|aber|sondern)$/.test(x.toks[k]!.text)) continue;
    const here = finite.filter((i) => i >= from && i < k);
    const nonFinite = (i: number) => verbReadings(x.toks[i]!.text).some((r) => r.tense === 'PA2' || r.tense === 'INF');
    // "hat … keine Auskünfte zu dem Telefonat von Trump und Putin erhalten": after "und", a participle or
    // infinitive that closes the piece is the bracket the auxiliary before it opened
    if (opens.length && here.length === 1 && here[0] === lastWord(x, from, k) && verbReadings(x.toks[here[0]!]!.text).some((r) => opens.includes(r.tense))) out.push(here[0]!);
    const keep = here.length && !verbLastOpener(x, from) ? here[0]! : here.at(-1);
    if (here.length > 1) for (const i of here) if (i !== keep && nonFinite(i)) out.push(i);
    const opener = keep !== undefined && here.length === 1 && /^(und|oder)$/.test(x.toks[k]?.text ?? '') && !verbLastOpener(x, from)
      ? verbReadings(x.toks[keep]!.text).find((r) => BRACKET_OPENERS.has(r.lemma)) : undefined;
    opens = opener ? BRACKET_OPENERS.get(opener.lemma)! : [];
    from = k + 1;
  }
  return out;
}

/** Verbs whose participle or infinitive may stand far behind them, after a list with "und": the forms each takes. */
const BRACKET_OPENERS = new Map<string, readonly string[]>([
  ['haben', ['PA2']], ['sein', ['PA2']], ['werden', ['INF', 'PA2']],
  ...['können', 'müssen', 'sollen', 'wollen', 'dürfen'].map((m) => [m, ['INF']] as const),
]);

function lastWord(x: SentenceInput, from: number, to: number): number | undefined {
  for (let k = to - 1; k >= from; k--) if (x.toks[k]!.kind === 'word') return k;
  return undefined;
}

/**
 * A relative pronoun after a comma — but "der", "die", "das" before a noun are its article ("…, die
 * Regierung müsse …" is a reported main clause).
 */
export function relativeOpener(x: SentenceInput, k: number): boolean {
  if (x.words.prepositions.has(x.toks[k]?.text.toLowerCase() ?? '')) k++;
  const w = x.toks[k]?.text.toLowerCase() ?? '';
  if (!x.words.relativePronouns.has(w)) return false;
  const next = x.toks[k + 1];
  const hit = x.mentionAt.get(k + 1);
  // ("…, die Ukraine müsse …": a name that stands with an article takes it; "…, die Russland angegriffen hat" is relative)
  const noun = next?.kind === 'word' && /^\p{Lu}/u.test(next.text) && !x.finite.has(k + 1) && (hit ? hit.m.kind === 'descriptor' || x.articled(hit.m) : !!nounLemma(next.text));
  return !(/^(der|die|das|den|dem)$/.test(w) && noun);
}

/** Does the word at k (or after a preposition) open a verb-last clause: "dass", "weil", "der", "mit dem"? */
function verbLastOpener(x: SentenceInput, k: number): boolean {
  let w = x.toks[k]?.text.toLowerCase() ?? '';
  if (x.words.prepositions.has(w)) w = x.toks[k + 1]?.text.toLowerCase() ?? '';
  const afterComma = k > x.from && x.toks[k - 1]!.text === ',';
  return (x.words.subordinating.has(w) && w !== 'als' && w !== 'wie') || x.words.relativeAdverbs.has(w) || (afterComma && relativeOpener(x, k));
}
