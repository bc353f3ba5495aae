// "das Telefonat", "bei dem Gespräch": a reference is one more mention of the event of its
// kind told last, a few sentences back, at a time that can be its own ("Das erste Telefonat
// Anfang Mai" is not the call of 21 May); a plan is referred to only from a plan. What the
// reference measured (a duration, a count) goes to the event when it has none.
import type { EventRefiner } from '../types.js';
import { clauseWords, lastEvent } from '../context.js';
import { addMention, betterDate, compatibleDates, participantsCompatible } from '../same.js';
import { eventOf, mentionOf, place } from './merge.js';
import type { ArticleContext, Candidate } from '../types.js';
import type { DocEvent } from '../../document/types.js';

/** How many sentences back a reference reaches. */
const REACH = 6;

export const resolveReferences: EventRefiner = {
  name: 'resolve references',
  refine(ctx, candidates) {
    for (const f of candidates) {
      if (f.via !== 'reference') continue;
      const plan = clauseWords(ctx, f.clause).some((w) => ctx.words.contexts.get(w) === 'future');
      const owned = f.actors.length > 0;
      const earlier = lastEvent(ctx, (e) => e.type === f.type && (!e.mode || !f.mode || e.mode === f.mode)
        && (plan || !e.mentions.every((m) => m.context.includes('future'))) && f.sentence.index - e.mentions[e.mentions.length - 1]!.sentence <= REACH
        && (!owned || participantsCompatible(e, f, false, ctx.affiliated)));
      // a demand named with its owner and told nowhere before in the article: an event told only by
      // reference, which the merge joins to the demand as another report tells it (or drops)
      if (!earlier) { if (owned) place(ctx, eventOf(ctx, f), f.sentence.index); continue; }
      if (!compatibleDates(earlier.date, f.date)) { earlierOfSeries(ctx, f, earlier); continue; }
      addMention(earlier, mentionOf(ctx, f));
      // (a reference can tell the time more exactly: "in diesem Monat" … "Das Telefonat fand am Mittwochabend statt")
      earlier.date = betterDate(earlier.date, f.date ?? null);
      for (const [k, v] of Object.entries(f.attributes ?? {})) (earlier.attributes as Record<string, unknown>)[k] ??= v;
    }
    return candidates.filter((f) => f.via !== 'reference');
  },
};

/**
 * "Das erste Telefonat Anfang Mai hatte … anderthalb Stunden gedauert", after a call of 21 May:
 * an earlier event of the series, with the sides of the one told and the reference's own time.
 */
function earlierOfSeries(ctx: ArticleContext, f: Candidate, told: DocEvent): void {
  const before = ctx.toks[f.trigger[0] - 1]?.text.toLowerCase() ?? '';
  if (!f.date?.value || !ctx.words.series.has(before)) return;
  // (told by its noun, as an event of its own: a later sentence's "damals" can take its time)
  const event = eventOf(ctx, { ...f, via: 'noun', actors: [...told.actors], recipients: [...told.recipients], mode: f.mode ?? told.mode });
  place(ctx, event, f.sentence.index);
}
