// German speech cues from data/de/: verbs with their speech act, source phrases and nouns,
// loaded once into the words the German language hands the statement finders; and the cue
// words found in a stretch of tokens.
import type { CueVerb, StatementWords } from '../types.js';
import type { MentionWords } from '../../mentions/types.js';
import { isAdverb, type FunctionWords } from '../../syntax/de/words.js';
import { cellList, loadRows } from '../../data/load.js';
import { memoize } from '../../util/memo.js';
import { verbReadings } from '../../lexicon/verbs.js';
import { AUXILIARY, HABEN } from '../../grammar/de/verbs.js';
import { hasOtherSense, otherSense } from '../../grammar/de/senses.js';
import { clauseAt, phraseAt } from '../../syntax/api.js';
import { isAdjective } from '../../lexicon/adjectives.js';
import { compoundHead, nounForms, nounLemma } from '../../lexicon/nouns.js';
import { lemmaList, lemmaRows } from '../../data/lemmas.js';
import { CLAUSE_BREAK, PUNCT_END, clauseEnd, verbsIn, type Ctx, type Cue } from '../context.js';

/** The German statement words: cue verbs, source phrases, source and title nouns (with their memo tables). */
export function germanStatementWords(mentions: Pick<MentionWords, 'determiners' | 'prepositions' | 'roleNouns' | 'descriptors' | 'titles' | 'partyNouns' | 'partyMemberNouns'>, functionWords: FunctionWords): StatementWords {
  // (roles, titles and party words count as agent nouns too, in compounds as well: "Innenminister", "Fernsehsender")
  const rows = lemmaRows('de/agent-nouns.tsv', 1, nounForms);
  const named = [...mentions.roleNouns.keys(), ...mentions.titles, ...mentions.partyMemberNouns];
  const agents = agentNouns(new Set([...rows.flatMap((r) => r.forms.map((f) => f.form)), ...named]), new Set([...rows.map((r) => r.lemma), ...named]));
  const cueVerbs = new Map<string, CueVerb>(loadRows('de/cue-verbs.tsv').map(([lemma, act, np, needs, speaker]) => [lemma!, {
    act: act!, np: !!np?.startsWith('np'), npPrepositions: np?.startsWith('np:') ? np.slice(3).split('|') : null,
    needs: cellList(needs).length ? cellList(needs) : null,
    objectSpeaks: speaker === 'object',
  }]));
  // (memoized: most words are no form of a cue verb, and the lexicon is asked twice for a particle verb)
  const isCueWord = memoize((word: string): boolean => /^\p{L}/u.test(word)
    && verbReadings(word).some((x) => cueVerbs.has(x.lemma) || (x.particle !== undefined && verbReadings(word).some((y) => !y.particle && cueVerbs.has(y.lemma)))));
  const isSourceNoun = nounList(lemmaList('de/source-nouns.tsv', nounForms));
  const isClaim = nounList(lemmaList('de/claim-nouns.tsv', nounForms));
  return {
    cueVerbs,
    sourcePhrases: new Map(loadRows('de/source-phrases.tsv').map(([phrase, kind]) => [phrase!, kind!])),
    isCueWord,
    isSourceNoun,
    isClaimNoun: (word) => isSourceNoun(word) || isClaim(word),
    isTitleNoun: nounList(lemmaList('de/title-nouns.tsv', nounForms)),
    isAgentNoun: (word) => mentions.roleNouns.has(word) || mentions.descriptors.has(word) || mentions.titles.has(word)
      || mentions.partyNouns.has(word) || mentions.partyMemberNouns.has(word) || agents(word),
    determiners: mentions.determiners,
    prepositions: mentions.prepositions,
    isAdverb: (lower) => isAdverb(functionWords, lower),
    isTimeNoun: (word) => functionWords.timeNouns.has(word),
  };
}

/**
 * A test for the nouns of a word list, also as the last part of a compound ("Polizeiangaben",
 * "UNHCR-Angaben", "Nachrichtenmagazin"); answers are memoized.
 */
function nounList(nouns: readonly string[]): (word: string) => boolean {
  return memoize((word: string) => nouns.some((n) => word === n || (word.length > n.length && (word.endsWith(n.toLowerCase()) || word.endsWith(`-${n}`)))));
}

/**
 * The agent-noun test: a form of a row, or a compound whose last noun is one — by the lexicon's split for a word it
 * does not know ("Sicherheitsrat", "Robert-Koch-Institut"), by a long ending for one it knows ("Kriminalpolizei"),
 * so that "Apparat", "Vorrat", "Samt", "Lautsprecher" are no "Rat", "Amt", "Sprecher".
 */
function agentNouns(forms: ReadonlySet<string>, lemmas: ReadonlySet<string>): (word: string) => boolean {
  const long = [...forms].filter((f) => f.length >= 7).map((f) => f.toLowerCase());
  return memoize((word: string) => forms.has(word)
    || (nounLemma(word) ? long.some((f) => word.length > f.length && word.toLowerCase().endsWith(f)) : lemmas.has(compoundHead(word, true) ?? '')));
}

/** Cue verbs (finite, or a clause-final participle "hatte … erklärt") and source words in [from, to). */
export function cuesIn(ctx: Ctx, from: number, to: number): Cue[] {
  const verbs = ctx.words.cueVerbs;
  const out: Cue[] = [];
  // most sentences hold no word that could be a cue: no verb analysis for them
  const apart = apartPrefixes(ctx);
  let any = false;
  for (let i = from; i < to && !any; i++) any = ctx.toks[i]!.kind === 'word' && (ctx.words.isCueWord(ctx.toks[i]!.text) || apart.has(ctx.toks[i]!.text));
  if (!any) return out;
  for (const v0 of verbsIn(ctx, from, to)) {
    const v = { ...v0, index: v0.index - from, particle: v0.particle === null ? null : v0.particle - from };
    // "sagte Hegseth weiter" is sagen, not weitersagen: a particle the cue list does not know is no particle
    let lemma = v.lemma;
    if (!verbs.has(lemma) && v.particle !== null) lemma = verbReadings(ctx.toks[from + v.index]!.text).find((r) => !r.particle && verbs.has(r.lemma))?.lemma ?? lemma;
    // ("wie das Ministerium bekannt gab": a particle written apart before the verb at the end of a clause)
    const fused = fusedParticle(ctx, from + v.index, lemma);
    if (fused) lemma = fused;
    const cue = verbs.get(lemma);
    if (!cue || ctx.quoted[from + v.index]) continue;
    // ("Die erste bekannte Tat": a participle the syntax layer reads inside a noun phrase is no verb)
    if (phraseAt(ctx.syntax.get(ctx.toks[from + v.index]!.sentence), from + v.index)) continue;
    // ("Der Taifun forderte 92 Menschenleben": the verb's other sense)
    if (hasOtherSense(lemma) && otherSense(lemma, clauseAt(ctx.syntax.get(ctx.toks[from + v.index]!.sentence), from + v.index), ctx.toks)) continue;
    // ("sieht keinen Grund", "ist nicht der Meinung": a phrase cue denied says nothing)
    if (cue.needs && (!clauseHas(ctx, from + v.index, cue.needs) || clauseHas(ctx, from + v.index, NEGATIONS))) continue;
    const end = lemma === v.lemma ? from + (v.particle ?? v.index) + 1 : from + v.index + 1;
    out.push({ index: from + v.index, ...(fused ? { apart: from + v.index - 1 } : {}), end, lemma, act: cue.act, np: cue.np, npPrepositions: cue.npPrepositions, needs: !!cue.needs, kind: 'verb' });
  }
  for (let i = from; i < to; i++) {
    const t = ctx.toks[i]!;
    if (ctx.quoted[i] || t.kind !== 'word' || !(ctx.words.isCueWord(t.text) || apart.has(ctx.toks[i - 1]?.text ?? ''))) continue;
    // "hatte … erklärt," — a participle closing the clause before the message
    const next = ctx.toks[i + 1];
    // (or closing the sentence, for a verb whose message is a noun phrase: "… als unangemessen kritisiert.")
    const closes = !next || PUNCT_END.test(next.text);
    // ("Wie die Polizei mitgeteilt hat, …": the auxiliary after the participle at the end of a subordinate clause)
    const auxiliaryLast = !!next && AUXILIARY.test(next.text) && /^[,:]$/.test(ctx.toks[i + 2]?.text ?? '');
    // ("hat angekündigt die Preise zu erhöhen": a zu-infinitive after it without the comma)
    if ((next?.text === ',' || next?.text === ':' || closes || auxiliaryLast || zuClauseAfter(ctx, i + 1)) && !out.some((c) => c.index === i)) {
      const pa = verbReadings(t.text).map((r) => { const fused = fusedParticle(ctx, i, r.lemma); return { ...r, fused, lemma: fused ?? r.lemma }; })
        .find((r) => r.tense === 'PA2' && verbs.has(r.lemma));
      // ("hat den Notstand ausgerufen,": the verb's other sense, as for a finite cue)
      if (pa && hasOtherSense(pa.lemma) && otherSense(pa.lemma, clauseAt(ctx.syntax.get(t.sentence), i), ctx.toks)) continue;
      // (with "haben" or "werden" before it: "ist nicht bekannt," is a state, not "bekennen")
      const np = closes && !!pa && verbs.get(pa.lemma)!.np;
      // (a speech verb closing the sentence in a clause its auxiliary opens after a comma: "…, hatte Koch-Mehrin gesagt.")
      if (pa && (!closes || np || trailingAuxiliary(ctx, i) >= 0) && /^\p{Ll}/u.test(t.text) && (clauseHas(ctx, i, HABEN_OR_WERDEN) || auxiliaryBefore(ctx, i))) out.push({ index: i, ...(pa.fused ? { apart: i - 1 } : {}), end: i + 1, lemma: pa.lemma, act: verbs.get(pa.lemma)!.act, np, npPrepositions: np ? verbs.get(pa.lemma)!.npPrepositions : null, kind: 'verb' });
    }
  }
  return out.sort((a, b) => a.index - b.index);
}

/** Does a zu-infinitive clause of two words at least fill [at, the sentence's end) with no clause break and no other participle in it? */
function zuClauseAfter(ctx: Ctx, at: number): boolean {
  const sentence = ctx.toks[at]?.sentence;
  let k = at;
  // (an ordinal's period is no break: "ab 1. Oktober")
  const ordinal = (j: number) => ctx.toks[j]!.text === '.' && ctx.toks[j - 1]?.kind === 'number' && ctx.toks[j + 1]?.kind === 'word';
  while (k < ctx.toks.length && ctx.toks[k]!.sentence === sentence && (ctx.toks[k]!.kind !== 'punct' || ordinal(k)) && !ctx.quoted[k]) k++;
  const last = ctx.toks[k - 1];
  if (k - at < 2 || !last || !(k >= ctx.toks.length || ctx.toks[k]!.sentence !== sentence || PUNCT_END.test(ctx.toks[k]!.text))) return false;
  // ("hat bekannt gegeben die Preise zu erhöhen": "bekannt" is no participle closing the clause when one follows)
  if (ctx.toks.slice(at, k - 2).some((t) => /^\p{Ll}/u.test(t.text) && verbReadings(t.text).some((r) => r.tense === 'PA2'))) return false;
  return zuInfinitive(ctx, at, k);
}

/** Does the clause [from, to) end in a zu-infinitive ("… zu erhöhen", "… anzuheben")? */
export function zuInfinitive(ctx: Ctx, from: number, to: number): boolean {
  while (to > from && ctx.toks[to - 1]!.kind !== 'word') to--;
  const last = ctx.toks[to - 1]?.text ?? '';
  return ctx.toks[to - 2]?.text === 'zu' || verbReadings(last).some((r) => r.tense === 'EIZ');
}

const prefixes = new WeakMap<object, Set<string>>();

/** Adjectives a cue verb begins with, which older spelling writes apart ("bekannt geben", "klar stellen"). */
function apartPrefixes(ctx: Ctx): Set<string> {
  let set = prefixes.get(ctx.words.cueVerbs);
  if (!set) {
    set = new Set();
    for (const lemma of ctx.words.cueVerbs.keys()) {
      for (let n = 4; n < lemma.length - 3; n++) if (isAdjective(lemma.slice(0, n)) && verbReadings(lemma.slice(n)).length) set.add(lemma.slice(0, n));
    }
    prefixes.set(ctx.words.cueVerbs, set);
  }
  return set;
}

/** "bekannt gab", "bekannt gegeben": the word before the verb and its lemma make a cue verb ("bekanntgeben"). */
function fusedParticle(ctx: Ctx, at: number, lemma: string): string | null {
  const before = ctx.toks[at - 1];
  // (only an adjective a cue verb begins with: "zu sichern" is no "zusichern")
  if (!before || !apartPrefixes(ctx).has(before.text)) return null;
  const fused = before.text + lemma;
  return ctx.words.cueVerbs.has(fused) && !ctx.words.cueVerbs.has(lemma) ? fused : null;
}

/** "…, hatte Koch-Mehrin damals gesagt.": the auxiliary opening the clause of the participle at `at` right after a comma, or -1. */
export function trailingAuxiliary(ctx: Ctx, at: number): number {
  let k = at;
  while (k > 0 && ctx.toks[k - 1]!.sentence === ctx.toks[at]!.sentence && !CLAUSE_BREAK.test(ctx.toks[k - 1]!.text)) k--;
  // (past an apposition between commas, as the syntax layer reads the clause: "…, wird Jan Muster, Sprecher des Verbands, zitiert")
  const finite = finiteBefore(ctx, at);
  if (finite !== null && finite < k) k = finite;
  // (a perfect, not a passive: "…, wurde aber kritisiert" names no one; and its subject right after it, for "…, hatte
  // aber zuvor die Vorwürfe zurückgewiesen" goes on with the sentence's own subject)
  const next = ctx.toks[k + 1];
  const subject = !!next && (ctx.mentionAt.has(k + 1) || /^\p{Lu}/u.test(next.text) || /^(der|die|das|ein|eine|er|sie)$/.test(next.text));
  // (but the passive of "zitieren" names the one quoted: "„…“, wird Panetta zitiert")
  const auxiliary = HABEN.test(ctx.toks[k]!.text) || (/^(wird|wurde)$/.test(ctx.toks[k]!.text) && ctx.toks[at]!.text === 'zitiert');
  return ctx.toks[k - 1]?.text === ',' && k + 1 < at && auxiliary && subject ? k : -1;
}

const NEGATIONS = ['nicht', 'kein', 'keine', 'keinen', 'keiner', 'nie'];

/** Forms of "haben" and "werden": a clause-final participle after one is a perfect or a passive. */
const HABEN_OR_WERDEN = ['hat', 'hatte', 'hatten', 'habe', 'haben', 'hätte', 'hätten', 'wurde', 'wurden', 'wird', 'werden', 'worden', 'würde', 'würden'];

/**
 * Is the participle at `at` the syntax layer's non-finite verb of a clause whose finite verb is "haben" or "werden",
 * past an apposition between commas ("hatte der Investor, Larry Silverstein, zugesagt, …")?
 */
export function auxiliaryBefore(ctx: Ctx, at: number): boolean {
  const finite = finiteBefore(ctx, at);
  return finite !== null && HABEN_OR_WERDEN.includes(ctx.toks[finite]!.text);
}

/** The finite verb before the participle at `at` in the clause the syntax layer reads them in, or null. */
function finiteBefore(ctx: Ctx, at: number): number | null {
  const verb = clauseAt(ctx.syntax.get(ctx.toks[at]!.sentence), at)?.verb;
  return verb && verb.finite !== null && verb.finite < at && verb.nonFinite.includes(at) ? verb.finite : null;
}

/** Does the clause around token `at` (between clause breaks) hold one of these words? */
function clauseHas(ctx: Ctx, at: number, words: readonly string[]): boolean {
  const sentence = ctx.toks[at]!.sentence;
  let from = at;
  while (from > 0 && ctx.toks[from - 1]!.sentence === sentence && !CLAUSE_BREAK.test(ctx.toks[from - 1]!.text)) from--;
  const to = clauseEnd(ctx, at);
  // ("hält den Plan für nicht akzeptabel": a negation inside the predicate is what is said, not a denial)
  for (let k = from; k < to; k++) if (k !== at && words.includes(ctx.toks[k]!.text) && !/^(als|für)$/.test(ctx.toks[k - 1]?.text ?? '')) return true;
  return false;
}
