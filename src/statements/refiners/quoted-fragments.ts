// "bezeichnete den Besuch als „wichtiges Zeichen“": in a reported speech act the quoted words are
// the speaker's own, a direct statement of their own (in a reported clause they would be counted
// twice). The speech act itself is then told by its quoted words ("nannte den Plan „gefährlich“" is
// one statement), so the reported statement they stood in is dropped. Quoted words inside an
// indirect message („er habe ein „langes und hochproduktives“ Telefonat geführt") stay in it and
// are also a direct statement of their own, part of it (scan.hosts; `partOf` once in order).
import type { Statement } from '../../document/types.js';
import { quotation, type Ctx, type Region } from '../context.js';
import type { Refiner } from '../types.js';
import { speakerHolds } from '../statement.js';

/** The cue and speaker of the clause a quoted fragment stands in (the language's reading), if any. */
export type FragmentSpeech = (ctx: Ctx, r: Region) => Statement | null;

export function quotedFragments(speechAround: FragmentSpeech): Refiner {
  return {
    refine(ctx, scan, statements) {
      const hosts = new Set<Statement>();
      const added: Statement[] = [];
      for (const r of scan.regions) {
        // (and the quotations the direct-quote finder left to the reported clause they stand in)
        if ((ctx.quoted[r.open] || !ctx.fragments[r.open]) && !scan.inMessage.has(r)) continue;
        const [qb, qe] = [ctx.toks[r.open + 1]!.span[0], ctx.toks[r.close - 1]!.span[1]];
        const named = (x: Statement) => speakerHolds(x.speaker, qb, qe);
        // (statements of the fragment's sentence only: a look over all of them would be quadratic)
        const here = scan.bySentence.get(ctx.toks[r.open]!.sentence) ?? [];
        const host = here.find((x) => x.form === 'reported' && x.quote[0] <= qb && x.quote[1] >= qe);
        if (host && named(host)) continue;
        if (host) { hosts.add(host); added.push({ ...host, form: 'direct', quote: quotation(ctx, r) }); continue; }
        const around = here.find((x) => x.quote[0] <= qb && x.quote[1] >= qe);
        if (around && named(around)) continue;
        if (around) {
          const part: Statement = { ...around, form: 'direct', quote: quotation(ctx, r) };
          scan.hosts.set(part, around);
          added.push(part);
          continue;
        }
        // "nannte sie „fahrlässig“", "riet zu „Gelassenheit“", "warf der Regierung „Wortbruch“ vor": quoted words
        // in a clause whose cue verb no reported statement took are still the subject's words
        const own = speechAround(ctx, r);
        if (own && !named(own)) added.push({ ...own, quote: quotation(ctx, r) });
      }
      return [...statements, ...added].filter((x) => !hosts.has(x));
    },
  };
}
