// Which quotation regions hold direct statements (ctx.quoted) and which quoted fragments of a
// reported message (ctx.fragments); titles („Zeit“, der „Spiegel“) and known names („Kreml“)
// are neither.
import type { Region } from '../context.js';
import type { StatementScan } from '../scan.js';
import type { Tok } from '../../segment/tokens.js';
import { PUNCT_END, verbsIn, words, type Ctx } from '../context.js';
import { compoundHead } from '../../lexicon/nouns.js';
import { isAdjective } from '../../lexicon/adjectives.js';

export function markQuotations(ctx: Ctx, scan: StatementScan): void {
  const toks = ctx.toks;
  // a quote that is exactly a known name ("Politico", „Welt“, „Kreml“) names, it does not quote
  const knownNames = new Set(scan.mentions.filter((m) => m.kind === 'name' || m.kind === 'alias').map((m) => ctx.doc.text.slice(...m.span)));
  for (const r of scan.regions) {
    const n = words(ctx, r.open + 1, r.close);
    const inner = toks.slice(r.open + 1, r.close);
    const name = knownNames.has(ctx.doc.text.slice(toks[r.open + 1]!.span[0], toks[r.close - 1]!.span[1]));
    if (isTitle(ctx, r, inner, n) || name) continue;
    // a quote inside a clause whose verb stands outside it ("müsse „robuste Garantien enthalten“"),
    // or a quoted word or two, is a fragment of a reported message, not a direct statement
    const sentenceLike = inner.some((t) => PUNCT_END.test(t.text)) || n >= 3;
    const marks = !sentenceLike || fragment(ctx, r) ? ctx.fragments : ctx.quoted;
    for (let i = r.open; i <= r.close; i++) marks[i] = 1;
  }
}

/** Is the quotation a title: capitalized words, at most five? */
function isTitle(ctx: Ctx, r: Region, inner: readonly Tok[], n: number): boolean {
  const before = ctx.toks[r.open - 1];
  // (a single common noun is a quoted word, "warf ihr „Wortbruch“ vor", "nannte es einen „Militärputsch“",
  // not a title; but "sagte der „Zeit“", "im „Handelsblatt“": a title after its article)
  return inner.every((t) => t.kind !== 'word' || /^\p{Lu}/u.test(t.text)) && n <= 5
    && !(n === 1 && inner.length === 1 && inflectedCompound(inner[0]!.text) && !isAdjective(inner[0]!.text)
      && !/^(der|dem|des|die|das|den|im|in|beim|vom|zum|zur|Der|Die|Das)$/.test(before?.text ?? '')
      // ("der Zeitschrift „Stern“", "die Operation „Wüstensturm“": a name in apposition to a noun)
      && !(before?.kind === 'word' && ctx.words.isTitleNoun(before.text)));
}

/** A compound the lexicon splits, also in an inflected form ("Volkskrieges", "Militärputsche"). */
function inflectedCompound(word: string): boolean {
  if (compoundHead(word, true)) return true;
  const stem = /^(.{4,}?)(?:es|s|en|n|e)$/u.exec(word)?.[1];
  return !!stem && !!compoundHead(stem, true);
}

/**
 * Does the quote stand inside a clause: not at the sentence start, not after a colon, comma
 * or dash, and either without a finite verb of its own or after one outside it?
 */
function fragment(ctx: Ctx, r: Region): boolean {
  const t = ctx.toks;
  const before = t[r.open - 1];
  if (!before || before.sentence !== t[r.open]!.sentence || /^[:,\-(]$/.test(before.text) || before.kind === 'quote') return false;
  let start = r.open - 1;
  while (start > 0 && t[start - 1]!.sentence === t[r.open]!.sentence && !/^[:,;]$/.test(t[start - 1]!.text)) start--;
  const inner = verbsIn(ctx, r.open + 1, r.close).length > 0;
  const outer = verbsIn(ctx, start, r.open).length > 0;
  return !inner || outer;
}
