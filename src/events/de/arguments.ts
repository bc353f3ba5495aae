// Who does what to whom: the actor mentions of a sentence grouped by the syntax layer's noun
// phrases ("US-Präsident Donald Trump", "Trump und Putin" are one), each with the word that
// governs it — a preposition ("mit Putin"), a genitive ("der Vorschlag der USA") or none
// (subject or object).
import type { Phrase as SyntaxPhrase } from '../../syntax/types.js';
import { governedAt } from '../../syntax/api.js';
import type { ArticleContext, Phrase } from '../types.js';

/**
 * The actor phrases of a sentence (tokens [from, to)), as the syntax layer reads them: the actors of one
 * noun phrase with its conjuncts and apposition ("US-Präsident Donald Trump", "Trump und Putin") are one
 * phrase; its role is the preposition it stands in ("mit Putin", "Dem Kreml zufolge"), "gen" for a
 * genitive attribute ("der Vorschlag der USA", "Trumps Gesandter"), "" for none. A mention that is no
 * phrase's own word (a party in brackets) is no side.
 */
export function actorPhrases(ctx: ArticleContext, sentence: number, from: number, to: number): Phrase[] {
  const syntax = ctx.syntax.get(sentence);
  const out: Phrase[] = [];
  const of = new Map<SyntaxPhrase, Phrase>();
  for (let i = from; i < to; i++) {
    const hit = ctx.mentionAt.get(i);
    if (!hit) continue;
    const actors = hit.m.members ?? (hit.m.actor ? [hit.m.actor] : []);
    const g = governedAt(syntax, i);
    const at = i;
    i = hit.end - 1;
    if (!g || !actors.length) continue;
    const known = of.get(g.phrase);
    if (known) {
      known.to = hit.end;
      known.actors.push(...actors.filter((a) => !known.actors.includes(a)));
      known.mentions.push(hit.m);
      continue;
    }
    const role = g.preposition !== null ? ctx.toks[g.preposition]!.text.toLowerCase() : g.genitive ? 'gen' : '';
    const p: Phrase = { from: at, to: hit.end, actors: [...actors], role, mentions: [hit.m], unit: g.phrase };
    of.set(g.phrase, p);
    out.push(p);
  }
  return out;
}
