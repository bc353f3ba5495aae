// The mentions of one event within an article become one event: a candidate joins the
// latest event of its type it can be (compatible mode, sides, negation and date), or starts
// a new one. Across articles the ingest merges them the same way (../../merge/events.ts).
import type { DocEvent, EventDate, EventMention, Span } from '../../document/types.js';
import type { ArticleContext, Candidate, EventRefiner } from '../types.js';
import { sentenceSpan } from '../context.js';
import { SYMMETRIC, compatibleDates, mergeInto, participantsCompatible, sameSubject } from '../same.js';

/** (the 500 latest of its type at most: a run-on text with thousands of like acts must not go quadratic) */
const LATEST = 500;

export const mergeWithinArticle: EventRefiner = {
  name: 'merge within the article',
  refine(ctx, candidates) {
    const left: Candidate[] = [];
    for (const f of candidates) {
      if (f.via === 'reference') left.push(f);
      else place(ctx, eventOf(ctx, f), f.sentence.index);
    }
    return left;
  },
};

/** The mention a candidate is: its sentence and trigger as character offsets, with its context. */
export function mentionOf(ctx: ArticleContext, f: Candidate): EventMention {
  const trigger: Span = [ctx.toks[f.trigger[0]]!.span[0], ctx.toks[f.trigger[1] - 1]!.span[1]];
  return { span: sentenceSpan(ctx.doc, f.sentence.index), trigger, sentence: f.sentence.index, via: f.via, ...(f.statement !== undefined ? { statement: f.statement } : {}), context: [...f.context] };
}

export function eventOf(ctx: ArticleContext, f: Candidate): DocEvent {
  const mention = mentionOf(ctx, f);
  return {
    type: f.type, mode: f.mode, context: mention.context, actors: f.actors, recipients: f.recipients, date: dateOf(ctx, f),
    place: f.place ?? null, attributes: f.attributes ?? {}, mentions: [mention],
  };
}

/** "Im Februar telefonierte Trump mit dem Kremlchef. Mit Putin vereinbarte er …": the time goes on. */
function dateOf(ctx: ArticleContext, f: Candidate): EventDate | null {
  const date = f.date ?? null;
  if (date?.value) return date;
  // (the events told in the sentence before, by index: a look over all events would be quadratic)
  const at = f.sentence.index - 1;
  const previous = (ctx.eventsIn.get(at) ?? []).find((e) => e.date?.value && e.mentions.some((m) => m.sentence === at && m.via !== 'reference')
    && shared(e, f) >= 2);
  return previous ? { ...previous.date!, approximate: true } : date;
}

function shared(e: DocEvent, f: Candidate): number {
  const a = new Set([...e.actors, ...e.recipients]);
  return [...new Set([...f.actors, ...f.recipients])].filter((x) => a.has(x)).length;
}

/** Merges the event into the latest it can be, or adds it; either way it is told in that sentence. */
export function place(ctx: ArticleContext, event: DocEvent, sentence: number): void {
  const negated = (e: DocEvent) => e.context.includes('negation');
  // an invitation or plan after a meeting told as held is another meeting ("… verhandelt. Erdoğan lud beide Delegationen ein")
  const planned = (e: DocEvent) => e.context.includes('future');
  const candidates = ctx.byType.get(event.type) ?? [];
  const same = candidates.slice(-LATEST).reverse().find((e) => (!e.mode || !event.mode || e.mode === event.mode)
    && negated(e) === negated(event) && (planned(e) || !planned(event)) && participantsCompatible(e, event, SYMMETRIC.has(e.type), ctx.affiliated) && compatibleDates(e.date, event.date)
    // one-sided acts a few sentences apart are one only when aimed at the same side or issue
    && (SYMMETRIC.has(e.type) || sameSubject(e, event) || e.mentions.some((m) => Math.abs(m.sentence - sentence) <= 1)));
  const target = same ?? event;
  // (a side joins its own party: "mit den USA" beside Trump, not beside Putin)
  if (same) mergeInto(same, event, (id) => ctx.kb.actors.get(id)?.country ?? id);
  else {
    ctx.events.push(event);
    const list = ctx.byType.get(event.type);
    if (list) list.push(event); else ctx.byType.set(event.type, [event]);
  }
  const here = ctx.eventsIn.get(sentence);
  if (!here) ctx.eventsIn.set(sentence, [target]); else if (!here.includes(target)) here.push(target);
}
