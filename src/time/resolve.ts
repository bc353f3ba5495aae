// When a temporal expression is, against the article's date and its precision. A day-precise
// date resolves "am Dienstag" to a day; a month-only date gives the month and says it is
// approximate, it never invents a day; an undated article leaves relative expressions open.
import { partialDate } from '../read/dates.js';
import type { TimeRef } from './de/parse.js';

export interface ResolvedTime {
  /** YYYY | YYYY-MM | YYYY-MM-DD, or null when the words cannot be placed (no article date). */
  value: string | null;
  /** Last day of a range ("vergangene Woche", "Anfang März"), else null. */
  end: string | null;
  /** Coarser than the words: the article gave only its month, or "vor gut drei Jahren". */
  approximate: boolean;
}

/** Past for reports of what happened, future for "will am Dienstag sprechen", present for "treffen sich im April" (either way). */
export type Tense = 'past' | 'future' | 'present';

const DAY = 86_400_000;
const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));
const iso = (d: Date) => d.toISOString().slice(0, 10);
const isoWeekday = (d: Date) => ((d.getUTCDay() + 6) % 7) + 1;
const addDays = (d: Date, n: number) => new Date(d.getTime() + n * DAY);
const monthOf = (y: number, m: number) => partialDate(y, m)!;

function parseRef(reference: string | null): { y: number; m?: number; d?: number } | null {
  if (!reference) return null;
  const [y, m, d] = reference.split('-').map(Number);
  return { y: y!, ...(m ? { m } : {}), ...(d ? { d } : {}) };
}

const UNKNOWN: ResolvedTime = { value: null, end: null, approximate: false };
const day = (d: Date): ResolvedTime => ({ value: iso(d), end: null, approximate: false });
const range = (a: Date, b: Date): ResolvedTime => ({ value: iso(a), end: iso(b), approximate: false });

/**
 * Resolves what the words say against the article's date (YYYY[-MM[-DD]] or null).
 * Relative expressions below the reference's precision collapse to the reference's month or
 * year, marked approximate.
 */
export function resolveTime(ref: TimeRef, reference: string | null, tense: Tense = 'past'): ResolvedTime {
  const r = parseRef(reference);
  // what a relative, day-level expression becomes when the article has no day
  const coarse = (): ResolvedTime => (!r ? UNKNOWN : { value: r.m ? monthOf(r.y, r.m) : String(r.y), end: null, approximate: true });
  const today = r?.d ? utc(r.y, r.m!, r.d) : null;
  switch (ref.kind) {
    case 'date': {
      let y = ref.year ?? r?.y ?? null;
      if (y === null) return UNKNOWN;
      if (ref.year === null && r?.m) y = yearOf(ref.month, r.y, r.m, tense);
      const v = partialDate(y, ref.month, ref.day);
      return v ? { value: v, end: null, approximate: false } : UNKNOWN;
    }
    case 'month': {
      let y = ref.year ?? r?.y ?? null;
      if (y === null) return UNKNOWN;
      if (ref.year === null && r?.m) y = yearOf(ref.month, r.y, r.m, tense);
      if (ref.part) {
        const last = new Date(Date.UTC(y, ref.month, 0)).getUTCDate();
        return range(utc(y, ref.month, ref.part[0]), utc(y, ref.month, Math.min(ref.part[1], last)));
      }
      return { value: monthOf(y, ref.month), end: null, approximate: false };
    }
    case 'year':
      return { value: String(ref.year), end: null, approximate: false };
    case 'relative-year':
      return r ? { value: String(r.y + ref.offset), end: null, approximate: false } : UNKNOWN;
    case 'relative-month': {
      if (!r?.m) return r ? coarse() : UNKNOWN;
      const d = utc(r.y, r.m + ref.offset, 1);
      return { value: iso(d).slice(0, 7), end: null, approximate: false };
    }
    case 'day':
      return today ? day(addDays(today, ref.offset)) : coarse();
    case 'weekday': {
      if (!today) return coarse();
      const wd = isoWeekday(today);
      let delta: number;
      if (ref.which === 0) delta = ref.weekday - wd; // "an diesem Dienstag": this week's
      else if (ref.which === -1) delta = -(((wd - ref.weekday + 6) % 7) + 1);
      else if (ref.which === 1) delta = ((ref.weekday - wd + 6) % 7) + 1;
      else delta = tense === 'past' ? -((wd - ref.weekday + 7) % 7) : (ref.weekday - wd + 7) % 7;
      return day(addDays(today, delta));
    }
    case 'week': {
      if (!today) return coarse();
      const monday = addDays(today, 1 - isoWeekday(today) + 7 * ref.offset);
      return range(monday, addDays(monday, 6));
    }
    case 'weekend': {
      if (!today) return coarse();
      const wd = isoWeekday(today);
      let delta: number;
      if (ref.which === 0) delta = 6 - wd; // "an diesem Wochenende": this week's
      else if (ref.which === 1 || (ref.which === null && tense !== 'past')) {
        delta = (6 - wd + 7) % 7;
        if (delta === 0 && ref.which === 1) delta = 7;
      } else if (wd >= 6) delta = ref.which === -1 ? -(wd === 6 ? 7 : 8) : 6 - wd;
      else delta = -(wd + 1);
      const saturday = addDays(today, delta);
      return range(saturday, addDays(saturday, 1));
    }
    case 'ago': {
      const n = Math.round(ref.amount);
      // "vor 3000 Jahren" is history, not a date of this conflict's events
      if (!r || !Number.isFinite(n) || n < 0 || n > 200 * ({ minute: 1, hour: 1, day: 365, week: 52, month: 12, year: 1 }[ref.unit])) return UNKNOWN;
      if (ref.unit === 'year') return { value: String(r.y - n), end: null, approximate: ref.approximate || !!r.m };
      if (ref.unit === 'month') {
        if (!r.m) return coarse();
        return { value: iso(utc(r.y, r.m - n, 1)).slice(0, 7), end: null, approximate: ref.approximate };
      }
      if (!today) return coarse();
      const days = ref.unit === 'week' ? 7 * n : ref.unit === 'day' ? n : 0;
      return { value: iso(addDays(today, -days)), end: null, approximate: ref.approximate || ref.unit === 'week' };
    }
    case 'duration':
      return UNKNOWN;
  }
}

/**
 * The year of a month named without one: the past tense looks back (a later month is last
 * year's), the future ahead; the present takes the nearest, and a month just ahead of the
 * article is still this year's in reports.
 */
function yearOf(month: number, y: number, m: number, tense: Tense): number {
  const ahead = month - m;
  if (tense === 'past') return ahead > 1 ? y - 1 : y;
  if (tense === 'future') return ahead < -1 ? y + 1 : y;
  return ahead > 6 ? y - 1 : ahead < -6 ? y + 1 : y;
}

/** A duration in minutes ("fast anderthalb Stunden" → 90), for attributes. */
export function durationMinutes(ref: Extract<TimeRef, { kind: 'duration' }>): number {
  const per = { minute: 1, hour: 60, day: 1440, week: 10080, month: 43200, year: 525600 }[ref.unit];
  return Math.round(ref.amount * per);
}
