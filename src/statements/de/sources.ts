// Source phrases without a speech verb of their own: "Laut X …", "Nach Angaben von X …",
// "X zufolge …", "…, wie X mitteilte", "…, hieß es aus Moskau", "…, so X".
import type { Mention, Statement } from '../../document/types.js';
import { clauseEnd, clauseStart, isComma, phraseFound, span, verbsIn, words, type Ctx, type Found } from '../context.js';
import { RELATIVE_ADVERBS, RELATIVE_PRONOUNS, isSubordinating } from '../../grammar/de/verbs.js';
import { phraseAt, prepositionalAt } from '../../syntax/api.js';
import { canSpeak, mentionEndingAt, speakerAfter } from '../speakers.js';
import { verbReadings } from '../../lexicon/verbs.js';
import { cuesIn } from './cues.js';
import { indirectStatement } from '../statement.js';
import { isMessage } from './indirect.js';

/** "einer veröffentlichten Mitteilung": a participle before its noun, not a finite verb. */
function attributive(ctx: Ctx, i: number): boolean {
  const word = ctx.toks[i]!.text;
  const stem = word.replace(/(en|er|es|em|e)$/, '');
  return stem !== word && /^\p{Lu}/u.test(ctx.toks[i + 1]?.text ?? '') && verbReadings(stem).some((r) => r.tense === 'PA2');
}

/** The relative or subordinate clause token `at` stands in ("…, die nach dessen Angaben …", "…, unter denen sich …"), if it is one. */
function dependentClause(ctx: Ctx, b: number, at: number, end: number): [number, number] | null {
  const from = clauseStart(ctx, b, at);
  if (from <= b) return null;
  let to = Math.min(end, clauseEnd(ctx, at));
  const first = ctx.toks[from]!.text;
  const second = ctx.toks[from + 1]?.text ?? '';
  const opens = isRelativeOpener(first) || isSubordinating(first) || (/^(unter|von|bei|mit|in|auf|nach|für)$/.test(first) && isRelativeOpener(second));
  if (!opens || words(ctx, from, to) < 3) return null;
  while (to > from && ctx.toks[to - 1]!.kind === 'punct') to--;
  return [from, to];
}

/** Nouns that stand before their "nach": "Dem Vernehmen nach", "seiner Ansicht nach", "eigenen Angaben nach". */
const POSTPOSED = /^(Vernehmen|Ansicht|Meinung|Auffassung|Angaben|Einschätzung|Informationen|Berichten|Bekunden|Überzeugung|Darstellung)$/;

const isRelativeOpener = (word: string) => RELATIVE_PRONOUNS.has(word) || RELATIVE_ADVERBS.has(word);

/**
 * "Dem Vernehmen nach …", "seiner Ansicht nach …", "…, die ihrer Meinung nach …": the source noun
 * before "nach" (token `at`); its possessive, if any, speaks.
 */
function postposedSource(ctx: Ctx, b: number, at: number, end: number): Statement | null {
  const toks = ctx.toks;
  let from = at - 1;
  // (the dative before the noun is required: "ihre Prognose nach unten korrigiert" names no source)
  if (from - 1 < b || !/^(dem|Dem|seiner|ihrer|deren|dessen|eigenen|eigenem|Seiner|Ihrer|Eigenen|Eigenem|unserer|ersten|Ersten)$/.test(toks[from - 1]!.text)) return null;
  from--;
  const possessive = /^(seiner|ihrer|deren|dessen|Seiner|Ihrer)$/.test(toks[from]!.text);
  const sp: Found = possessive ? { from, to: from + 1, m: null } : { from, to: at, m: null };
  const cue = { span: span(ctx, from, at + 1), lemma: 'nach', act: 'report' };
  let quote: [number, number] | null = null;
  if (from === b) quote = [at + 1, end];
  else quote = dependentClause(ctx, b, from, end) ?? [b, end];
  if (words(ctx, quote[0], quote[1]) < 3) return null;
  // (a possessive stands for the last one named before it)
  if (possessive) sp.m = lastMentionBefore(ctx, from);
  return indirectStatement(ctx, quote[0], quote[1], cue, sp);
}

/** The nearest actor mention before token `at` in its paragraph, at most 40 tokens back. */
function lastMentionBefore(ctx: Ctx, at: number): Mention | null {
  for (let k = at - 1; k >= Math.max(0, at - 40); k--) {
    const hit = ctx.mentionAt.get(k);
    if (hit && hit.end <= at && hit.m.actor && hit.m.kind !== 'adjective') return { ...hit.m };
  }
  return null;
}

/** The noun phrase a source preposition or postposition governs ("laut einem Bericht der BBC", "ersten Angaben zufolge"). */
function sourcePhrase(ctx: Ctx, at: number): Found | null {
  const np = prepositionalAt(ctx.syntax.get(ctx.toks[at]!.sentence), at)?.object;
  return np ? phraseFound(np, ctx) : null;
}

/** "Laut X …", "Nach Angaben von X …", "X zufolge …", "…, wie X mitteilte", "…, hieß es aus Moskau", "…, so X". */
export function sourceStatement(ctx: Ctx, b: number, end: number): Statement | null {
  for (let i = b; i < end; i++) {
    if (ctx.quoted[i]) continue;
    const x = sourceAt(ctx, b, i, end);
    if (x) return x;
  }
  return null;
}

/** A source word (or two) at token `at` of the sentence [b, end), with the cue it gives. */
interface SourceWord {
  b: number;
  at: number;
  end: number;
  /** How many tokens the source phrase takes ("laut": 1, "nach Angaben": 2, "nach ersten Informationen": 3). */
  width: number;
  word: string;
  /** "nach" with a source noun ("nach Angaben", "nach Polizeiangaben"). */
  evidence: boolean;
  cue: NonNullable<Statement['cue']>;
  /** The comma the message ends at, when it does not stand right before the source ("…, so heißt es"). */
  comma?: number;
}

/** The source word (or two) at token `i` of the sentence [b, end) and where its source stands, if it is one. */
function sourceWordAt(ctx: Ctx, b: number, i: number, end: number): { kind: string; w: SourceWord } | null {
  const toks = ctx.toks;
  const sources = ctx.words.sourcePhrases;
  const one = toks[i]!.text;
  const two = i + 1 < end ? `${one} ${toks[i + 1]!.text}` : '';
  // "nach Angaben", "nach Polizeiangaben", "nach ersten Informationen", "nach dessen Angaben"
  // (not after a noun that takes "nach": "die Suche nach Informationen", "die Forderung nach Aufklärung")
  if (/^(nach|Nach)$/.test(one) && i > b && SEEKS.test(toks[i - 1]!.text)) return null;
  const nounAt = one === 'nach' || one === 'Nach' ? sourceNounAfter(ctx, i, end) : -1;
  const evidence = nounAt > 0;
  const kind = evidence ? 'before' : sources.get(two) ?? sources.get(one);
  if (!kind) return null;
  const width = evidence ? nounAt - i + 1 : sources.has(two) ? 2 : 1;
  const cue = { span: span(ctx, i, i + width), lemma: (sources.has(two) ? two : one).toLowerCase(), act: 'report' };
  return { kind, w: { b, at: i, end, width, word: one, evidence, cue } };
}

/** Nouns (also as a compound's end) whose object "nach" governs: "Suche nach", "Ruf nach", "Fahndung nach". */
const SEEKS = /(?:^|[\p{Ll}-])(?:[Ss]uche|[Ff]rage|[Ff]orderung|[Rr]uf|[Bb]edarf|[Ww]unsch|[Vv]erlangen|[Ff]ahndung|[Jj]agd|[Ss]ehnsucht)$/u;

/** The statement a source phrase at token `i` makes of the sentence [b, end), if any. */
function sourceAt(ctx: Ctx, b: number, i: number, end: number): Statement | null {
  const toks = ctx.toks;
  const found = sourceWordAt(ctx, b, i, end);
  // "Dem Vernehmen nach", "seiner Ansicht nach", "eigenen Angaben nach": the source before its "nach"
  if (/^(nach|Nach)$/.test(toks[i]!.text) && !found?.w.evidence && i > b && POSTPOSED.test(toks[i - 1]!.text) && !ctx.quoted[i - 1]) {
    const x = postposedSource(ctx, b, i, end);
    if (x) return x;
  }
  if (!found) return null;
  const { kind, w } = found;
  const { width, word: one, cue } = w;
  if (kind === 'before') return (i === b ? openingSource(ctx, w) : null) ?? sourceBefore(ctx, w);
  if (kind === 'after' && i > b) return sourceAfter(ctx, w);
  if (kind === 'clause-end' && i > b && isComma(toks[i - 1])) return sourceClosing(ctx, w);
  // ("…, so heißt es in einer Erklärung": "so" between the comma and the source)
  if (kind === 'clause-end' && width === 2 && i > b + 1 && toks[i - 1]!.text === 'so' && isComma(toks[i - 2])) return sourceClosing(ctx, { ...w, comma: i - 2 });
  if (kind === 'clause-end' && width === 2) return sourceOpening(ctx, w);
  if (kind === 'relative' && i > b + 1 && isComma(toks[i - 1])) return relativeSource(ctx, w);
  if (kind === 'continue' && i === b && words(ctx, b + 1, end) >= 3) {
    return { form: 'indirect', quote: span(ctx, b + 1, end), cue, speaker: null, addressee: null, sentence: 0 };
  }
  return null;
}

/** The source noun a "nach" at token `i` governs ("nach Angaben", "nach ersten Informationen"), or -1. */
function sourceNounAfter(ctx: Ctx, i: number, end: number): number {
  const toks = ctx.toks;
  for (let k = i + 1; k < Math.min(end, i + 4); k++) {
    if (ctx.words.isSourceNoun(toks[k]!.text)) return k;
    // ("nach Grupps Meinung": a name in the genitive before the noun)
    if (!/^\p{Ll}/u.test(toks[k]!.text) && !(/^\p{Lu}\p{L}*s$/u.test(toks[k]!.text) && ctx.words.isSourceNoun(toks[k + 1]?.text ?? ''))) break;
  }
  return -1;
}

/**
 * "Laut einer am Dienstag veröffentlichten Mitteilung des WFP wurden …", "Nach Angaben der Polizei habe
 * der Mann …": at the sentence start the source fills the field before the finite verb, the message follows.
 */
function openingSource(ctx: Ctx, { at: i, end, width, evidence, cue }: SourceWord): Statement | null {
  const toks = ctx.toks;
  const v = verbsIn(ctx, i + width, end).find((x) => !ctx.quoted[x.index] && !attributive(ctx, x.index));
  if (!v || v.index - (i + width) > 14) return null;
  let sp: Found | null = null;
  for (let k = i + width; k < v.index && !sp; k++) {
    const hit = ctx.mentionAt.get(k);
    if (hit && hit.end <= v.index && hit.m.kind !== 'adjective') sp = { from: k, to: hit.end, m: hit.m };
  }
  let np = i + width;
  while (np < v.index && /^(von|vom|aus)$/.test(toks[np]!.text)) np++;
  if (!sp && evidence) sp = { from: i + 1, to: v.index, m: null };
  else if (!sp && v.index > np) sp = { from: np, to: v.index, m: null };
  return sp && words(ctx, v.index, end) >= 3 ? indirectStatement(ctx, v.index, end, cue, sp) : null;
}

/** The source a preposition names after it ("Laut Kreml", "nach Angaben von Diplomaten", "nach Polizeiangaben"). */
function sourceAfterPreposition(ctx: Ctx, { at: i, end, width, evidence }: SourceWord): Found | null {
  const toks = ctx.toks;
  let s = i + width;
  // (an article the syntax layer does not read as the source noun's genitive opens a phrase of the clause:
  // "der Mörder – nach Zeugenaussagen der Ehemann – wartete")
  const genitive = /^(des|der|eines|einer)$/.test(toks[s]?.text ?? '') && (!evidence || (phraseAt(ctx.syntax.get(toks[i]!.sentence), s - 1)?.to ?? 0) > s);
  const of = genitive || /^(von|aus)$/.test(toks[s]?.text ?? '');
  if (of && /^(von|aus)$/.test(toks[s]!.text)) s++;
  // "nach Polizeiangaben", "nach ersten Informationen": the source is the phrase itself
  if (evidence && !of) return { from: i + 1, to: i + width, m: null };
  const hit = ctx.mentionAt.get(s);
  // ("Laut einem Bericht der Salzburger Nachrichten": the preposition's noun phrase, from the syntax layer)
  const sp: Found | null = hit ? { from: s, to: hit.end, m: hit.m } : speakerAfter(ctx, s, end) ?? sourcePhrase(ctx, i);
  // (inside the sentence "gemäß" names a source only when its phrase can speak: not "gemäß ihrer Wirtschaftskraft",
  // "Dem Vertrag gemäß")
  if (!sp || (toks[i]!.text === 'gemäß' && !(canSpeak(ctx, sp) && sp.from === i + 1 && !verbsIn(ctx, i + 1, i + 2).length))) return null;
  return sp;
}

/** The source a postposition names before it ("Dem Kreml zufolge", "behördlichen Angaben zufolge"). */
function sourceBeforePostposition(ctx: Ctx, { b, at: i }: SourceWord): Found | null {
  let s = i - 1;
  while (s > b && !ctx.mentionAt.get(s) && i - s < 5) s--;
  const hit = ctx.mentionAt.get(s);
  // (the noun phrase the postposition governs, from the syntax layer: "behördlichen Angaben zufolge")
  return hit && hit.end === i ? { from: s, to: hit.end, m: hit.m } : sourcePhrase(ctx, i) ?? nounPhraseBefore(ctx, b, i);
}

/**
 * A source phrase in [from, to), outside the quotations: "Gabriel bestätigte laut Reuters, dass …", "Der Vorsitzende
 * bestritt nach Angaben von Xinhua den Einsatz …". The one it names told the words, the cue verb is part of them.
 */
export function sourceWithin(ctx: Ctx, b: number, from: number, to: number, end: number): { cue: NonNullable<Statement['cue']>; speaker: Found } | null {
  for (let i = from; i < to; i++) {
    if (ctx.quoted[i]) continue;
    const found = sourceWordAt(ctx, b, i, end);
    if (!found || (found.kind !== 'before' && found.kind !== 'after') || found.w.word === 'gemäß') continue;
    const sp = found.kind === 'before' ? sourceAfterPreposition(ctx, found.w) : i > b ? sourceBeforePostposition(ctx, found.w) : null;
    if (sp && sp.to <= to && (found.w.evidence || canSpeak(ctx, sp))) return { cue: found.w.cue, speaker: sp };
  }
  return null;
}

/** "Laut Kreml", "Nach Angaben von Diplomaten", "nach Angaben des Kreml": the source after its preposition. */
function sourceBefore(ctx: Ctx, w: SourceWord): Statement | null {
  const { b, at: i, end, cue } = w;
  const toks = ctx.toks;
  const sp = sourceAfterPreposition(ctx, w);
  if (!sp) return null;
  const rest = sp.to < end && isComma(toks[sp.to]) ? sp.to + 1 : sp.to;
  // the message: the rest of the sentence; what stood before a trailing ", laut X"; the
  // whole sentence around a source in its middle ("Die Zahl ist laut Polizei gestiegen"),
  // or the relative clause it stands in ("die Tasche, die nach seinen Angaben die Bombe enthielt")
  let from = i === b ? rest : b;
  let to = i === b ? end : isComma(toks[i - 1]) && sp.to >= end - 1 ? i - 1 : end;
  const clause = i > b ? dependentClause(ctx, b, i, end) : null;
  if (clause) [from, to] = clause;
  return words(ctx, from, to) >= 3 ? indirectStatement(ctx, from, to, cue, sp) : null;
}

/** "Dem Kreml zufolge wollen …": the source before its postposition. */
function sourceAfter(ctx: Ctx, w: SourceWord): Statement | null {
  const { b, at: i, end, cue } = w;
  const sp = sourceBeforePostposition(ctx, w);
  if (!sp) return null;
  // "Dem Kreml zufolge wollen …" at the start: the rest; in the middle: the whole sentence
  const from = sp.from === b ? i + 1 : b;
  return words(ctx, from, end) >= 3 ? indirectStatement(ctx, from, end, cue, sp) : null;
}

/** "ersten Angaben zufolge", "Ermittlungen der Polizei zufolge": the noun phrase before token `i`. */
function nounPhraseBefore(ctx: Ctx, b: number, i: number): Found | null {
  const toks = ctx.toks;
  let k = i;
  while (k > b && i - k < 7) {
    const w = toks[k - 1]!.text;
    if (toks[k - 1]!.kind !== 'word' || !(/^\p{Lu}/u.test(w) || /^(der|des|dem|den|vom|von|eines|einer)$/.test(w) || /^\p{Ll}+(e|en|er|em|es)$/u.test(w))) break;
    k--;
  }
  while (k < i && /^\p{Ll}/u.test(toks[k]!.text) && /^(der|des|vom|von|eines|einer)$/.test(toks[k]!.text)) k++;
  return k < i && /^\p{Lu}/u.test(toks[i - 1]!.text) ? { from: k, to: i, m: null } : null;
}

/** "…, wie die US-Regierung mitteilte", "…, so Kallas", "…, hieß es aus Moskau": the source closing the message. */
function sourceClosing(ctx: Ctx, w: SourceWord): Statement | null {
  const { b, at: i, end, width, word: one, cue } = w;
  const toks = ctx.toks;
  if (one === 'so') return parentheticalSo(ctx, w);
  const comma = w.comma ?? i - 1;
  if (words(ctx, b, comma) < 3 || !verbsIn(ctx, b, comma).length) return null;
  let sp: Found | null = null;
  if (one === 'wie') {
    // ", wie die US-Regierung mitteilte": a cue verb must close the clause
    const v = cuesIn(ctx, i + 1, end);
    // (", wie sich die Junta selbst nennt": a name given, no source)
    if (!v.length || /^(nennen|bezeichnen)$/.test(v[0]!.lemma)) return null;
    sp = speakerAfter(ctx, i + 1, v[0]!.index);
  } else {
    sp = sourceAfterHiess(ctx, i + width, end).sp;
    if (sp && ctx.mentionAt.get(sp.from)?.m.kind === 'capital') sp.m = ctx.mentionAt.get(sp.from)!.m;
  }
  return indirectStatement(ctx, b, comma, cue, sp);
}

/** Adverbs between "hieß es" and where its source or message goes on ("hieß es weiter aus Moskau"). */
const AFTER_HIESS = /^(weiter|zudem|am|dazu|dagegen|indes|jedoch|wiederum|auch|hingegen|zunächst|nun|später)$/;

/**
 * "Aus dem Kreml hieß es, man sei bereit", "Bei der Agentur hieß es, dass …": the message follows the
 * comma; the source is the one the sentence opens with ("aus", "bei", "in", "von"), or "hieß es aus …".
 */
function sourceOpening(ctx: Ctx, { b, at: i, end, width, cue }: SourceWord): Statement | null {
  const after = sourceAfterHiess(ctx, i + width, end);
  const k = after.next;
  if (!isComma(ctx.toks[k]) || !isMessage(ctx, k + 1, end)) return null;
  return indirectStatement(ctx, k + 1, end, cue, placeOfSource(ctx, b, i) ?? after.sp);
}

/** "hieß es (weiter) aus Moskau": past adverbs, the source after "aus", "in" or "von" up to a comma; `next`: where that stops. */
function sourceAfterHiess(ctx: Ctx, from: number, end: number): { next: number; sp: Found | null } {
  const toks = ctx.toks;
  let k = from;
  while (k < end && AFTER_HIESS.test(toks[k]!.text)) k++;
  if (!/^(aus|in|im|von|vom)$/.test(toks[k]?.text ?? '')) return { next: k, sp: null };
  let to = k + 1;
  while (to < end && !isComma(toks[to])) to++;
  // ("heißt es in dem Bericht, der …": the prepositional phrase's noun phrase, as the syntax layer reads it)
  const np = prepositionalAt(ctx.syntax.get(toks[k]!.sentence), k)?.object;
  // (a document or one who speaks: "heißt es in dem Zusammenhang" names none)
  const found = np && np.to <= to ? phraseFound(np, ctx) : null;
  const phrase = found && (ctx.words.isSourceNoun(ctx.toks[np!.head]!.text) || canSpeak(ctx, found)) ? found : null;
  return { next: to, sp: speakerAfter(ctx, k + 1, to) ?? mentionIn(ctx, k + 1, to) ?? phrase };
}

/** "Aus dem Kreml", "Bei der Agentur Interfax", "In Moskau" before the verb: where words come from. */
function placeOfSource(ctx: Ctx, b: number, to: number): Found | null {
  if (!/^(aus|bei|beim|in|im|von|vom)$/i.test(ctx.toks[b]?.text ?? '')) return null;
  return speakerAfter(ctx, b + 1, to) ?? mentionIn(ctx, b + 1, to);
}

function mentionIn(ctx: Ctx, from: number, to: number): Found | null {
  for (let k = from; k < to; k++) {
    const hit = ctx.mentionAt.get(k);
    if (hit && hit.end <= to) return { from: k, to: hit.end, m: hit.m };
  }
  return null;
}

/**
 * "…, so Kallas." closes the message; "Das sei, so Peskow, nicht vereinbart." stands inside it: the
 * message is the whole sentence around the parenthesis (one span; the frame is "so Peskow").
 * Not "…, so dass …", "…, so lange …"; "…, so verdi-Chef Frank Bäsler": a compound with a lower-case
 * first part is a noun too.
 */
function parentheticalSo(ctx: Ctx, { b, at: i, end, cue }: SourceWord): Statement | null {
  const toks = ctx.toks;
  if (!/^(\p{Lu}|\p{Ll}[\p{L}.]*-\p{Lu}|der$|die$|das$|ein)/u.test(toks[i + 1]?.text ?? '')) return null;
  let close = i + 1;
  while (close < end && !(isComma(toks[close]) && !ctx.quoted[close])) close++;
  // (", so der Sprecher, Erik Muster.": after the comma an apposition, no verb of the message)
  const before = words(ctx, b, i - 1) >= 3 && verbsIn(ctx, b, i - 1).length > 0;
  const inside = close < end && words(ctx, close + 1, end) >= 2 && (verbsIn(ctx, close + 1, end).length > 0 || !before);
  if (!inside && !before) return null;
  const sp = speakerAfter(ctx, i + 1, inside ? close : end);
  if (!sp) return null;
  const s = indirectStatement(ctx, b, inside ? end : i - 1, cue, sp);
  // (the speaker's phrase ends with the parenthesis: "so Peskow, nicht …" is no apposition)
  if (inside && s.speaker && s.speaker.span[1] > toks[close]!.span[0]) s.speaker = { ...s.speaker, span: [s.speaker.span[0], toks[close - 1]!.span[1]] };
  return s;
}

/**
 * "Pressemeldungen der New York Times, wonach Inspektoren Zutritt verlangt hätten": the message runs to
 * the clause end, the source is the noun the relative clause hangs on.
 */
function relativeSource(ctx: Ctx, { b, at: i, end, width, cue }: SourceWord): Statement | null {
  const toks = ctx.toks;
  let to = i + width;
  while (to < end && !(isComma(toks[to]) && !ctx.quoted[to])) to++;
  if (words(ctx, i + width, to) < 3) return null;
  // the relative clause hangs on a source noun ("Berichte", "Studien", "Gerüchte"), not on anything
  // ("gegen Unbekannte, nach denen gefahndet wird")
  let noun = i - 2;
  while (noun >= Math.max(b, i - 12) && !ctx.words.isSourceNoun(toks[noun]!.text)) noun--;
  if (noun < Math.max(b, i - 12)) return null;
  let sp: Found | null = null;
  // "Studien, nach denen …", "Grundsätzen, denen zufolge …": the relative pronoun speaks for its noun
  const pronoun = toks.slice(i, i + width).findIndex((t) => /^(denen|dem|der)$/.test(t.text));
  if (pronoun >= 0) sp = { from: i + pronoun, to: i + pronoun + 1, m: mentionEndingAt(ctx, i - 1) };
  // "Berichte der „New York Times“, wonach …": the source named with the noun, never one before it
  for (let k = noun + 1; k < i - 1 && !sp; k++) {
    const hit = ctx.mentionAt.get(k);
    if (hit && hit.end <= i - 1 && hit.m.kind !== 'adjective') sp = { from: k, to: hit.end, m: hit.m };
  }
  sp ??= { from: noun, to: noun + 1, m: null };
  return indirectStatement(ctx, i + width, to, cue, sp);
}
