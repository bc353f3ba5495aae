// Direct quotations opening in the sentence: the cue and speaker after the quote („…“, sagte
// Kallas), before it (Kallas sagte: „…“; In einer Erklärung heißt es: „…“), between two quotes
// („…“, sagte X, „…“), a clause or a name before a colon, or none: a quote right after an
// attributed statement continues its speaker.
import type { Mention, Statement } from '../../../document/types.js';
import type { SentenceFinder } from '../../types.js';
import type { StatementScan } from '../../scan.js';
import { isComma, quotation, span, verbsIn, who, widened, words, type Ctx, type Cue, type Found, type Region } from '../../context.js';
import { addresseeAfter, clauseSpeaker, documentSource, heisstEs, speakerAfter, speakerBefore } from '../../speakers.js';
import { cueOf, speakerHolds } from '../../statement.js';
import { cuesIn, trailingAuxiliary } from '../cues.js';

export const directQuotes: SentenceFinder = {
  find(ctx, scan, at) {
    const { regions } = scan;
    while (scan.nextRegion < regions.length && regions[scan.nextRegion]!.open < at.e) {
      const r = regions[scan.nextRegion++]!;
      if (ctx.quoted[r.open] && r.open >= at.b) direct(ctx, scan, r);
    }
  },
};

/** Who said a quotation with which cue, as the words around it tell. */
interface Said { cue: Cue; speaker: Found | null; addressee: Found | null }

function direct(ctx: Ctx, scan: StatementScan, r: Region): void {
  const toks = ctx.toks;
  const sentence = toks[r.open]!.sentence;
  const [sStart] = ctx.index.ranges.get(sentence)!;
  const [, sEnd] = ctx.index.ranges.get(toks[r.close]!.sentence)!;
  const said = cueAfter(ctx, r, sEnd) ?? heisstEsBefore(ctx, r, sStart) ?? soBefore(ctx, r, sStart) ?? cueBefore(ctx, r, sStart);
  // (a quotation inside the reported clause a cue before it opens is part of that clause's message, told with it)
  if (!said && inReportedClause(ctx, r, sStart)) { scan.inMessage.add(r); return; }
  if (!said && continuesBetween(ctx, scan, r)) return;
  let speaker = who(said?.speaker ?? null, ctx);
  if (!said && toks[r.open - 1]?.text === ':') speaker = colonSpeaker(ctx, r, sStart);
  // no cue: a quote right after an attributed statement continues the same speaker
  const last = scan.last;
  if (!said && !speaker && last && last.sentence >= sentence - 2 && last.paragraph >= scan.paragraphOf(sentence) - 1) speaker = nearest(ctx, scan, last.speaker, r.open);
  if (!said && !speaker && words(ctx, r.open + 1, r.close) < 5) return;
  const quote = quotation(ctx, r);
  if (speakerHolds(speaker, quote[0], quote[1])) return;
  if (said) scan.usedCues.add(said.cue.index);
  const statement: Statement = {
    form: 'direct', quote, cue: said ? cueOf(ctx, said.cue) : null,
    speaker, addressee: who(said?.addressee ?? null, ctx, false), sentence,
  };
  scan.add(statement);
  scan.directs.push({ r, statement });
}

/** After the quote: „…“, sagte Kallas (der „Welt“). / „…“, so Kallas. / „…“, hieß es in der Erklärung des Ministeriums. */
function cueAfter(ctx: Ctx, r: Region, sEnd: number): Said | null {
  let a = r.close + 1;
  // (a quotation is set off from its cue by a comma, outside its closing mark or inside it, or ends in its own "?" or "!":
  // "von der „Aktion Deutschland hilft“ sagte" is a name in the speaker's phrase)
  if (isComma(ctx.toks[a])) a++;
  else if (!/^[?!.…,]$/.test(ctx.toks[r.close - 1]?.text ?? '')) return null;
  // (over the whole sentence: "fügte Kempthorne hinzu" needs its particle)
  const cues = cuesIn(ctx, a, sEnd);
  const after = cues.find((c) => c.index === a);
  // ("„…“, hatte VW-Chef Winterkorn in einem Interview erklärt": the auxiliary after the comma, the participle closing the clause)
  const perfect = after ? undefined : cues.find((c) => c.kind === 'verb' && trailingAuxiliary(ctx, c.index) === a);
  if (perfect) {
    const speaker = speakerAfter(ctx, a + 1, perfect.index);
    return { cue: perfect, speaker, addressee: speaker ? addresseeAfter(ctx, speaker.to, perfect.index) : null };
  }
  if (after) {
    const speaker = speakerAfter(ctx, after.index + 1, sEnd);
    return { cue: after, speaker, addressee: speaker ? addresseeAfter(ctx, speaker.to, sEnd) : null };
  }
  if (ctx.toks[a]?.text === 'so' && a < sEnd) {
    // ("„…“, so charakterisierte ihn der Gewerkschafter": after a verb the clause's subject, past its object)
    const verb = verbsIn(ctx, a + 1, a + 2)[0];
    const speaker = verb ? clauseSpeaker(ctx, verb.index) ?? speakerAfter(ctx, pastObjects(ctx, a + 2, sEnd), sEnd) : speakerAfter(ctx, a + 1, sEnd);
    return { cue: soCue(a), speaker, addressee: null };
  }
  // „…“, mit diesen Worten eröffnete die Ministerin die Sitzung: whoever the verb after them names said them
  if (a + 4 < sEnd && ctx.toks[a]?.text === 'mit' && /^(diesen|den)$/.test(ctx.toks[a + 1]?.text ?? '') && ctx.toks[a + 2]?.text === 'Worten' && verbsIn(ctx, a + 3, a + 4).length) {
    return { cue: { index: a, end: a + 3, lemma: 'Worte', act: 'say', np: false, kind: 'source' }, speaker: speakerAfter(ctx, a + 4, sEnd), addressee: null };
  }
  return heisstEs(ctx, a) ? { cue: heissen(a), speaker: documentSource(ctx, a + 2, sEnd), addressee: null } : null;
}

/** Past the object pronouns after a verb ("charakterisierte ihn der …"): where its subject may start. */
function pastObjects(ctx: Ctx, at: number, end: number): number {
  while (at < end && /^(ihn|ihm|ihr|ihnen|sie|es|uns|mich|mir|sich)$/.test(ctx.toks[at]!.text) && ctx.toks[at + 1]?.kind === 'word') at++;
  return at;
}

/** Before: "…, so Elshorst weiter: „…“", "Der Einsatz solle sich, so Gall, „…“ begrenzen": the source right before the quote. */
function soBefore(ctx: Ctx, r: Region, sStart: number): Said | null {
  for (let k = r.open - 2; k > sStart; k--) {
    if (ctx.toks[k]!.text !== 'so' || !isComma(ctx.toks[k - 1]) || ctx.quoted[k]) continue;
    const speaker = speakerAfter(ctx, k + 1, r.open);
    // (only words that go on with the source between it and the quote: "weiter", a comma or a colon)
    if (!speaker || !ctx.toks.slice(speaker.to, r.open).every((t) => /^(weiter|auch|zudem|,|:)$/.test(t.text))) return null;
    return { cue: soCue(k), speaker, addressee: null };
  }
  return null;
}

/** Before: "In einer Erklärung heißt es: „…“", "Auf der Homepage heißt es zur Begründung: „…“". */
function heisstEsBefore(ctx: Ctx, r: Region, sStart: number): Said | null {
  for (let k = sStart; k < r.open - 1; k++) {
    if (!heisstEs(ctx, k) || ctx.quoted[k]) continue;
    return { cue: heissen(k), speaker: documentSource(ctx, sStart, k, true) ?? documentSource(ctx, k + 2, r.open), addressee: null };
  }
  return null;
}

/** "so" at token k as the cue of the source after it ("„…“, so Kallas", "…, so Muster weiter: „…“"). */
const soCue = (k: number): Cue => ({ index: k, end: k + 1, lemma: 'so', act: 'say', np: false, kind: 'source' });

const heissen = (k: number): Cue => ({ index: k, end: k + 2, lemma: 'heißen', act: 'say', np: false, kind: 'source' });

/** Before: Kallas sagte (der „Welt“): „…“ / Dazu sagte Kallas, „…“ */
function cueBefore(ctx: Ctx, r: Region, sStart: number): Said | null {
  const before = cuesIn(ctx, sStart, r.open).filter((c) => !ctx.quoted[c.index]).pop();
  // (not across another quotation between the cue and this one)
  if (!before || ctx.quoted.subarray(before.index + 1, r.open).some((q) => q === 1)) return null;
  // (nor past a reported clause it opens: in "erklärte, für den Kanzler sei entscheidend, „ob …“" the quotation is part
  // of that clause's message)
  if (inReportedClause(ctx, r, sStart, before)) return null;
  // (the syntax layer's subject first, after the verb too: "Dazu gab das Ministerium bekannt:", "lehnt er jedoch ab:";
  // the words after a particle verb's particle name no one)
  const speaker = clauseSpeaker(ctx, before.index) ?? speakerBefore(ctx, sStart, before.index) ?? speakerAfter(ctx, before.end, r.open);
  return { cue: before, speaker, addressee: speaker && speaker.from < before.index ? addresseeAfter(ctx, before.end, r.open) : null };
}

/** Does a Konjunktiv clause after a comma stand between the last cue before the quotation and the quotation? */
function inReportedClause(ctx: Ctx, r: Region, sStart: number, cue = cuesIn(ctx, sStart, r.open).filter((c) => !ctx.quoted[c.index]).pop()): boolean {
  if (!cue) return false;
  // (a colon opens the quotation itself: "…, doch Erika Muster blieb gelassen: „…“")
  const between = ctx.toks.slice(cue.end, r.open);
  return verbsIn(ctx, cue.end, r.open).some((v) => v.mood === 'subjunctive1' || v.mood === 'subjunctive2') && between.some(isComma) && !between.some((t) => t.text === ':');
}

/** The middle of a sentence whose cue stands between two quotes, „…“, sagte X, „…“: the second goes on with the first. */
function continuesBetween(ctx: Ctx, scan: StatementScan, r: Region): boolean {
  const sentence = ctx.toks[r.open]!.sentence;
  const prev = scan.directs.at(-1);
  if (!prev || ctx.toks[prev.r.close]!.sentence !== sentence || !prev.statement.cue) return false;
  scan.add({ ...prev.statement, form: 'direct', quote: quotation(ctx, r), sentence });
  // (the statement added last: this one, or the one before when its quote was too short to add)
  scan.directs.push({ r, statement: scan.statements.at(-1)! });
  return true;
}

/**
 * "Zitat von Schröder: „…“", "Hier sparte der Bundespräsident nicht mit Kritik: „…“": a colon after a
 * clause names the speaker as its subject, or as the one person it names.
 */
function colonSpeaker(ctx: Ctx, r: Region, sStart: number): Statement['speaker'] {
  const toks = ctx.toks;
  const verb = verbsIn(ctx, sStart, r.open - 1)[0];
  const subject = verb ? speakerBefore(ctx, sStart, verb.index) ?? speakerAfter(ctx, verb.index + 1, r.open - 1) : null;
  if (subject) return who(subject, ctx);
  const persons: Mention[] = [];
  for (let k = sStart; k < r.open; k++) {
    const x = ctx.mentionAt.get(k);
    if (x && x.end < r.open && x.m.actor && x.m.kind !== 'adjective' && x.m.kind !== 'capital') persons.push(x.m);
  }
  if (persons.length === 1) return { span: persons[0]!.span, actor: persons[0]!.actor };
  // "BKA-Präsident Ziercke: „…“": a short name before the colon and no verb
  if (!verb && r.open - 1 - sStart <= 6 && (r.open - 1 - sStart >= 2 || ctx.mentionAt.get(sStart)) && /^\p{Lu}/u.test(toks[sStart]!.text)
    && toks.slice(sStart, r.open - 1).every((t) => t.kind === 'word' || t.text === '-' || t.text === '.')) return who({ from: sStart, to: r.open - 1, m: null }, ctx);
  return null;
}

/** The continuing speaker's most recent mention before token `at` (the same actor), or the one given. */
function nearest(ctx: Ctx, scan: StatementScan, speaker: Statement['speaker'], at: number): Statement['speaker'] {
  if (!speaker) return speaker;
  const text = ctx.doc.text;
  if (!speaker.actor) {
    // an unknown speaker named again ("Elshorst … Elshorst"): its last word's latest occurrence before the quote
    const last = text.slice(...speaker.span).split(/\s+/).at(-1)!;
    if (last.length < 3 || !/^\p{Lu}/u.test(last)) return speaker;
    const before = text.lastIndexOf(last, ctx.toks[at]!.span[0]);
    return before > speaker.span[1] ? { span: [before, before + last.length], actor: null } : speaker;
  }
  // its latest mention before the quote (mentions are in text order)
  const list = scan.mentionsOf.get(speaker.actor) ?? [];
  const limit = ctx.toks[at]!.span[0];
  let lo = 0;
  let hi = list.length;
  while (lo < hi) { const mid = (lo + hi) >>> 1; if (list[mid]!.span[1] <= limit) lo = mid + 1; else hi = mid; }
  const m = list[lo - 1];
  return m && m.span[0] > speaker.span[0] ? widened({ span: m.span, actor: m.actor }, ctx) : speaker;
}
