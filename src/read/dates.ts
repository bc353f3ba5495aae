// Publication dates as the inputs carry them → "YYYY", "YYYY-MM" or "YYYY-MM-DD".
// The date is taken as written in the source's own time zone: "Sat, 15 Mar 2025 23:30:00
// +0100" was published on the 15th for its readers, whatever UTC says.

/** Month names of the article's language as written ("März", "Okt") → 1–12 (the Language's months). */
export type MonthNames = ReadonlyMap<string, number>;

const NO_MONTHS: MonthNames = new Map();

/** The language's month of a lower-case name, compared in any case. */
function localMonth(months: MonthNames, lower: string): number | undefined {
  for (const [name, month] of months) if (name.toLowerCase() === lower) return month;
  return undefined;
}

const RFC822_MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12,
  // German feeds sometimes localize them
  mär: 3, mrz: 3, mai: 5, okt: 10, dez: 12,
};

const ENGLISH_MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** "YYYY", "YYYY-MM" or "YYYY-MM-DD" naming a month and day that exist (no 2025-13-45, no 2025-02-30). */
export function isCalendarDate(v: string): boolean {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(v);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), m[2] ? Number(m[2]) : undefined, m[3] ? Number(m[3]) : undefined];
  if (month !== undefined && (month < 1 || month > 12)) return false;
  return day === undefined || (day >= 1 && day <= daysIn(year, month!));
}

/** [first day, last day] of a YYYY[-MM[-DD]] value: "2025-02" → ["2025-02-01", "2025-02-28"]. */
export function partialDateRange(value: string): [string, string] {
  const [y, m, d] = value.split('-');
  if (d) return [value, value];
  if (m) return [`${y}-${m}-01`, `${y}-${m}-${pad(daysIn(Number(y), Number(m)))}`];
  return [`${y}-01-01`, `${y}-12-31`];
}

/** Builds a partial date, or null when a part is out of range. */
export function partialDate(year: number, month?: number, day?: number): string | null {
  if (!Number.isInteger(year) || year < 1000 || year > 2999) return null;
  if (month === undefined) return String(year);
  if (!Number.isInteger(month) || month < 1 || month > 12) return null;
  if (day === undefined) return `${year}-${pad(month)}`;
  if (!Number.isInteger(day) || day < 1 || day > daysIn(year, month)) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** Parses ISO 8601 (date or date-time), RFC 822/1123 (month names also in the language's `months`) and German "19.03.2025"; null if none fits. */
export function parsePublished(value: unknown, months: MonthNames = NO_MONTHS): string | null {
  if (typeof value !== 'string') return null;
  const s = value.trim();
  let m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(s);
  if (m) return partialDate(+m[1]!, m[2] ? +m[2] : undefined, m[3] ? +m[3] : undefined);
  m = /^(?:[A-Za-zäÄ]{2,4},?\s+)?(\d{1,2})\.?\s+([A-Za-zäÄ]{3,9})\.?\s+(\d{4})\b/.exec(s);
  if (m) {
    const name = m[2]!.toLowerCase();
    const month = RFC822_MONTHS[name] ?? (ENGLISH_MONTHS.indexOf(name) + 1 || undefined) ?? localMonth(months, name);
    if (month) return partialDate(+m[3]!, month, +m[1]!);
  }
  m = /^(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})\b/.exec(s);
  if (m) return partialDate(+m[3]!, +m[2]!, +m[1]!);
  // "Montag, 17. März 2025", "17. März 2025, 14:05 Uhr"
  m = /^(?:\p{L}+,?\s+)?(\d{1,2})\.\s*(\p{L}+)\.?\s+(\d{4})\b/u.exec(s);
  if (m) {
    const month = localMonth(months, m[2]!.toLowerCase());
    return month ? partialDate(+m[3]!, month, +m[1]!) : null;
  }
  return null;
}
