// Indirect speech around each cue verb of the sentence, in text order: "…, sagte der Pentagon-Chef
// und betonte, die USA würden …" is one statement per cue, and the next cue must stand after the
// message before it. A cue a direct quote or a back reference used says nothing more.
import type { Statement } from '../../../document/types.js';
import type { StatementScan } from '../../scan.js';
import { clauseAt } from '../../../syntax/api.js';
import type { SentenceFinder } from '../../types.js';
import type { Ctx, Cue } from '../../context.js';
import { indirectAt } from '../indirect.js';
import { cuesIn } from '../cues.js';
import { clauseEnd, clauseStart, verbsIn, who } from '../../context.js';
import { canSpeak, clauseSpeaker } from '../../speakers.js';
import { sourceWithin } from '../sources.js';

export const indirectSpeech: SentenceFinder = {
  find(ctx, scan, at) {
    if (at.mostlyQuoted) return;
    const { sentence, b, e, end } = at;
    let from = at.governed ? e : b;
    const cues = from < e ? cuesIn(ctx, b, e) : [];
    for (const [n, cue] of cues.entries()) {
      if (scan.usedCues.has(cue.index) || cue.index < from) continue;
      if (reportedByLater(ctx, cue, cues.slice(n + 1), from, end)) continue;
      // ("Primus wies den Vorwurf zurück. In Zeiten knapper Kassen sei die Studie richtig.": who acted goes on speaking)
      // ("Die Entscheidung bestätigt den Kurs." tells no one who could go on)
      const x = indirectAt(ctx, cue, from, end, (speaker) => { if (canSpeak(ctx, speaker)) scan.spoke(who(speaker, ctx), sentence); });
      if (!x) continue;
      x.sentence = sentence;
      goesOnAs(ctx, scan, x, cue);
      scan.add(toldBySource(ctx, x, cue, from, end));
      // (who rejects a claim goes on speaking, not the claim: "wies die Darstellung zurück, … Ausländern sei …")
      // (a rejecting cue whose statement became the claim's; "behauptet" is a claim of its own speaker)
      const rejecter = /^(reject|deny)$/.test(cue.act) && x.cue?.act === 'claim' ? clauseSpeaker(ctx, cue.index) : null;
      if (rejecter) scan.spoke(who(rejecter, ctx), sentence);
      from = cue.end;
      while (from < e && ctx.toks[from]!.span[0] < x.quote[1]) from++;
    }
  },
};

/** "Die Regierung lobe die Hilfe, teilte das Ministerium mit": a cue verb in Konjunktiv I, or a reported act, is itself reported, the message of a later cue. */
function reportedByLater(ctx: Ctx, cue: Cue, later: readonly Cue[], from: number, end: number): boolean {
  // ("Man habe einen Punkt im Iran festgestellt, so der Sender": a participle whose auxiliary is Konjunktiv I, before a source)
  if (participleInKonjunktiv(ctx, cue, from) && /^(so|wie|hieß|heißt)$/.test(ctx.toks[cue.end + 1]?.text ?? '') && ctx.toks[cue.end]?.text === ',') return true;
  // ("Die Regierung hält die Lage für ernst, sagte Kallas": so is a reported act whose clause a later cue's message holds)
  if (!later.length || (verbsIn(ctx, cue.index, cue.index + 1)[0]?.mood !== 'subjunctive1' && !cue.np)) return false;
  const at = ctx.toks[cue.index]!.span[0];
  return later.some((c) => {
    const x = indirectAt(ctx, c, from, end);
    return !!x && x.quote[0] <= at && at < x.quote[1];
  });
}

/** Is the cue a participle whose clause's finite verb is in Konjunktiv I ("habe … festgestellt")? */
function participleInKonjunktiv(ctx: Ctx, cue: Cue, from: number): boolean {
  if (verbsIn(ctx, cue.index, cue.index + 1).length) return false;
  const verbs = verbsIn(ctx, clauseStart(ctx, from, cue.index), cue.index);
  return verbs.length > 0 && verbs.every((v) => v.mood === 'subjunctive1');
}

/**
 * "Die SPD hält den Weg laut Peter Lahm für begehbar": a reported act a source phrase in its clause tells is the
 * source's words. (Beside a message the cue verb's subject speaks: "Gabriel bestätigte laut Reuters, dass …" is
 * Gabriel's, the source only tells that he spoke.)
 */
function toldBySource(ctx: Ctx, x: Statement, cue: Cue, from: number, end: number): Statement {
  if (x.form !== 'reported' || !x.speaker) return x;
  const src = sourceWithin(ctx, from, clauseStart(ctx, from, cue.index), Math.min(end, clauseEnd(ctx, cue.index)), end);
  return src ? { ...x, cue: src.cue, speaker: who(src.speaker, ctx) } : x;
}

/**
 * "Celebi sagte, … Zuerst habe sie nicht damit gerechnet, dass …": a cue in Konjunktiv I whose subject is a personal
 * pronoun for the one who spoke in the sentence before (the same actor, or no known actor on either side) goes on with
 * that speaker's words, told by that speaker as named there. (Wikinews dev speaker F1 0.708 → 0.710, train 0.7143 → 0.7147.)
 */
function goesOnAs(ctx: Ctx, scan: StatementScan, x: Statement, cue: Cue): void {
  const last = scan.last;
  if (!x.speaker || !last?.speaker || last.sentence !== x.sentence - 1 || x.speaker.actor !== last.speaker.actor) return;
  if (!/^(er|sie|Er|Sie)$/.test(ctx.doc.text.slice(...x.speaker.span))) return;
  const finite = clauseAt(ctx.syntax.get(ctx.toks[cue.index]!.sentence), cue.index)?.verb.finite;
  if (finite === null || finite === undefined || verbsIn(ctx, finite, finite + 1)[0]?.mood !== 'subjunctive1') return;
  x.speaker = last.speaker;
}
