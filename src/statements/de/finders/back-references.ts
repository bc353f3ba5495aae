// "Dies bestätigte Stoiber heute in München.", "Das erklärte gestern ein Sprecher des Ministeriums.",
// "Dies geht aus einer Mitteilung der Polizei hervor.": a demonstrative opening the sentence before
// a cue verb points back, so the sentence before is the message (if no statement told it yet).
import type { Statement } from '../../../document/types.js';
import type { SentenceAt, SentenceFinder } from '../../types.js';
import type { StatementScan } from '../../scan.js';
import { PUNCT_END, isName, tokensOf, words, type Ctx, type Found } from '../../context.js';
import { canSpeak, speakerAfter } from '../../speakers.js';
import { cueOf, indirectStatement } from '../../statement.js';
import { cuesIn } from '../cues.js';
import { nounLemma } from '../../../lexicon/nouns.js';

const POINTS_BACK = /^(Dies|Das|Dieses)$/;
/**
 * Modal verbs of a told act before a subject and the infinitive of its cue ("Das musste der Minister
 * einräumen"); not a wish or a future ("wollte", "wird"), which tell no act that took place.
 */
const MODAL = /^(muss|musste|mussten|kann|konnte|konnten|soll|sollte|sollten|durfte)$/;
/** Speech acts that tell what happened or was said (data/de/cue-verbs.tsv). */
const TELLS = /^(say|report|announce|confirm)$/;

export const backReferences: SentenceFinder = {
  find(ctx, scan, at) {
    const { sentence, b, end } = at;
    if (!at.mostlyQuoted) clauseBack(ctx, scan, at);
    const prevRange = ctx.index.ranges.get(sentence - 1);
    if (at.mostlyQuoted || sentence <= 0 || !prevRange || !POINTS_BACK.test(ctx.toks[b]?.text ?? '') || scan.headings.has(sentence - 1)) return;
    // (a Konjunktiv sentence told as no one's, or as a continuation without a cue, is this reference's message)
    const weak = scan.told.has(sentence - 1);
    const back = backReference(ctx, b, end, [ctx.index.ranges.get(firstPointedAt(ctx, scan, at))![0], prevRange[1]]);
    // (and so is a sentence a "nach" told whose noun names no one: "Nach der Auszählung liegt García vorne. Dies teilte die Wahlkommission mit.")
    if (!back || (weak && !scan.retract(sentence - 1, (s) => (s.form === 'free-indirect' && !s.cue) || noOneAccording(ctx, s)))) return;
    back.sentence = sentence - 1;
    scan.add(back);
    // (the sentence is told and its speaker the last; the cue is used up, but another cue of the
    // sentence may still speak: "Dies bestätigte Peskow und sagte, …")
    scan.told.add(sentence);
    scan.last!.sentence = sentence;
    scan.usedCues.add(ctx.index.byStart.get(back.cue!.span[0]) ?? b + 1);
  },
};

/**
 * "Die Kamera ist ausgefallen, das teilte die Nasa mit.": the clause before the comma is the message. Only a verb
 * that tells news: "…, das fordert die Staaten zu mehr Tempo auf" has "das" as its subject and the staaten as addressee.
 */
function clauseBack(ctx: Ctx, scan: StatementScan, { b, end }: SentenceAt): void {
  for (let c = b + 4; c < end - 3; c++) {
    if (ctx.toks[c]!.text !== ',' || !/^(das|dies)$/.test(ctx.toks[c + 1]!.text) || ctx.quoted[c]) continue;
    if (!TELLS.test(cuesIn(ctx, c + 2, c + 3)[0]?.act ?? '')) continue;
    const back = backReference(ctx, c + 1, end, [b, c]);
    if (!back) continue;
    scan.add(back);
    scan.usedCues.add(c + 2);
    return;
  }
}

/**
 * The first sentence the back reference points to: the one before; after a cue that hands on news
 * ("gab bekannt", "berichtete") the untold ones before it in its paragraph, at most three, and never over
 * one that names someone ("Dort traf er Macron. Das Treffen dauerte drei Stunden. Das bestätigte ein Sprecher.").
 */
function firstPointedAt(ctx: Ctx, scan: StatementScan, { sentence, b, end }: SentenceAt): number {
  const handsOn = /^(report|announce)$/.test(cuesIn(ctx, b + 1, Math.min(end, b + 2))[0]?.act ?? '');
  let first = sentence - 1;
  while (handsOn && first > 0 && sentence - first < 3 && ctx.index.ranges.get(first - 1) && scan.paragraphOf(first - 1) === scan.paragraphOf(sentence)
    && !scan.told.has(first - 1) && !scan.headings.has(first - 1) && !names(ctx, first - 1)) first--;
  return first;
}

/** Does the sentence name someone, or quote? */
function names(ctx: Ctx, sentence: number): boolean {
  const [x, y] = ctx.index.ranges.get(sentence)!;
  for (let k = x; k < y; k++) if (ctx.mentionAt.get(k) || ctx.quoted[k] || ctx.fragments[k]) return true;
  return false;
}

/** The statement a back reference in [b, end) makes of the sentences `prev`, with the speaker after its cue. */
function backReference(ctx: Ctx, b: number, end: number, prev: readonly [number, number]): Statement | null {
  const toks = ctx.toks;
  if (!/^(dies|das|dieses)$/i.test(toks[b]?.text ?? '') || end - b < 3) return null;
  // ("Das musste der Minister einräumen": a modal verb before the speaker, the cue's infinitive closing the sentence)
  // ("Das konnte die Polizei zunächst nicht bestätigen": a refusal tells nothing)
  const denied = toks.slice(b + 2, end).some((t) => /^(nicht|nichts|kein|keine|keinen|nie)$/.test(t.text));
  const modal = MODAL.test(toks[b + 1]?.text ?? '') && !denied ? cuesIn(ctx, b + 2, end).find((c) => c.index === end - 1) : undefined;
  const cue = modal ?? cuesIn(ctx, b + 1, end)[0];
  if (!cue || (cue.index !== b + 1 && !modal)) return null;
  let sp: Found | null = null;
  if (modal) {
    sp = speakerAfter(ctx, b + 2, cue.index);
  } else if (cue.lemma === 'hervorgehen') {
    // "Dies geht aus dem Bericht hervor"
    const aus = toks.slice(cue.index, end).findIndex((t) => t.text === 'aus');
    if (aus > 0) sp = speakerAfter(ctx, cue.index + aus + 1, end);
  } else {
    sp = speakerAfter(ctx, cue.index + 1, end);
  }
  const [pb, pe0] = prev;
  let pe = pe0;
  while (pe > pb && PUNCT_END.test(toks[pe - 1]!.text)) pe--;
  // (the speaker must be someone: "Das erklärt die hohen Preise" explains, it does not point back)
  // ("die japanische Nachrichtenagentur Kyodo": an adjective of origin before the one who speaks; "das"
  // only before a place's adjective, "das Washingtoner Institut", for "Das erklärt das Defizit" explains)
  const next = toks[(sp?.from ?? 0) + 1]?.text ?? '';
  // ("Dies bestätigte der kuwaitische Ölminister Ali Muster", "Das bestätigte Ölminister Ali Muster": one who can speak)
  const named = !!sp && ((sp.m && sp.m.kind !== 'adjective') || someoneIn(ctx, sp) || canSpeak(ctx, sp)
    || (/^(ein|eine|der|die)$/.test(toks[sp.from]!.text) && /^\p{Lu}/u.test(next))
    || (toks[sp.from]!.text === 'das' && /^\p{Lu}\p{L}+er$/u.test(next) && !nounLemma(next)));
  if (!sp || !named || words(ctx, pb, pe) < 4 || ctx.quoted[pb]) return null;
  return indirectStatement(ctx, pb, pe, cueOf(ctx, cue), sp);
}

/** A statement "nach" a noun that names no one who can speak ("Nach der Auszählung …", not "Nach Angaben der Polizei …"). */
function noOneAccording(ctx: Ctx, s: Statement): boolean {
  if (!s.cue || !/^nach\b/.test(s.cue.lemma) || !s.speaker) return false;
  const at = tokensOf(ctx, s.speaker.span);
  if (!at) return false;
  for (let k = at[0]; k < at[1]; k++) if (ctx.mentionAt.get(k) || isName(ctx, k) || ctx.words.isAgentNoun(ctx.toks[k]!.text)) return false;
  return true;
}

/** Does the phrase hold a name, an actor or a source or title noun beside its adjective of origin? */
function someoneIn(ctx: Ctx, sp: Found): boolean {
  for (let k = sp.from; k < sp.to; k++) {
    const m = ctx.mentionAt.get(k)?.m;
    if ((m && m.kind !== 'adjective') || ctx.words.isSourceNoun(ctx.toks[k]!.text) || ctx.words.isTitleNoun(ctx.toks[k]!.text)) return true;
  }
  return false;
}
