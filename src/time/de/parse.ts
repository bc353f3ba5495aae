// German temporal expressions, found the way chrono-node's locale parsers do it: a pattern
// per kind of expression and an extract step that turns the match into a TimeRef (what the
// words say, not yet when that is). Resolution against the article's date is in ../resolve.ts.
// chrono-node's German parser was tried first: it misses "im Februar", "Anfang März", "am
// Wochenende", "seit Februar 2022", "vor gut drei Jahren", "Dienstagabend" and reads "an
// diesem Dienstag" and "am vergangenen Samstag" as the following week.
import type { Span } from '../../document/types.js';
import { loadMap, loadRows } from '../../data/load.js';
import type { Direction, TimeMatch, TimeParser, TimeRef, TimeWords, Unit } from '../types.js';

export type { Direction, TimeMatch, TimeParser, TimeRef, TimeWords, Unit } from '../types.js';

/** Reads the German time words from data/de/ (read once, by the German Language: language.time); the months are the Language's. */
export function readTimeWords(months: ReadonlyMap<string, number>): TimeWords {
  const rows = loadRows('de/time-words.tsv');
  return {
    months: new Map(months),
    weekdays: new Map([...loadMap('de/weekdays.tsv')].map(([k, v]) => [k, Number(v)])),
    numbers: new Map([...loadMap('de/number-words.tsv')].map(([k, v]) => [k, Number(v)])),
    days: new Map(rows.filter((r) => r[1] === 'day').map((r) => [r[0]!, Number(r[2])])),
    modifiers: rows.filter((r) => r[1] === 'modifier').map((r) => [r[0]!, Number(r[2]) as Direction]),
    parts: new Map(rows.filter((r) => r[1] === 'part').map((r) => {
      const [a, b] = r[2]!.split('-').map(Number);
      return [r[0]!, [a!, b!] as [number, number]];
    })),
  };
}

/** The German time parser over its words, its patterns made once (language.time). */
/** A verb of lasting right after the amount, or before it in its clause ("dauerte nach russischen Angaben anderthalb Stunden"). */
function lasting(m: RegExpMatchArray): boolean {
  const at = m.index ?? 0;
  const after = m.input!.slice(at + m[0].length, at + m[0].length + 16);
  const before = m.input!.slice(Math.max(0, at - 48), at);
  return /^\s+(?:gedauert|dauern|dauerten|dauerte|dauert|gelten|gilt|galt|gegolten)\b/.test(after) || /\bdauer(?:te|ten|t|n)\b[^.,;:!?]{0,40}$/.test(before);
}

export function germanTime(words: TimeWords): TimeParser {
  const patterns = allPatterns(words);
  return {
    find: (text, from, to) => findTimeExpressions(patterns, text, from, to),
    numberPattern: () => numberPattern(words),
    numberValue: (word) => numberValue(words, word),
  };
}

const alt = (keys: Iterable<string>) => [...keys].sort((a, b) => b.length - a.length).map((k) => k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');

function modifier(w0: TimeWords, word: string | undefined): Direction | null {
  if (!word) return null;
  const w = word.toLowerCase();
  for (const [stem, d] of w0.modifiers) if (w.startsWith(stem)) return d;
  return null;
}

/** A number in digits or as a word of data/de/number-words.tsv, as a regular-expression alternative. */
function numberPattern(words: TimeWords): string {
  return `\\d+(?:[.,]\\d+)*|${alt(words.numbers.keys())}`;
}

/** "drei" → 3, "24" → 24, "2,5" → 2.5. */
function numberValue(words: TimeWords, word: string): number | null {
  const w = word.toLowerCase();
  if (/^\d+(?:,\d+)?$/.test(w)) return Number(w.replace(',', '.'));
  return words.numbers.get(w) ?? null;
}

function unitOf(word: string): Unit | null {
  const w = word.toLowerCase();
  if (w.startsWith('minute')) return 'minute';
  if (w.startsWith('stunde')) return 'hour';
  if (w.startsWith('tag') || w === 'tägige' || w.startsWith('tägig')) return 'day';
  if (w.startsWith('woche') || w.startsWith('wöchig')) return 'week';
  if (w.startsWith('monat')) return 'month';
  if (w.startsWith('jahr') || w.startsWith('jährig')) return 'year';
  return null;
}

interface Pattern { re: RegExp; extract: (m: RegExpExecArray) => TimeRef | null }

function allPatterns(words: TimeWords): Pattern[] {
  const { months, weekdays, days, parts, modifiers } = words;
  const MONTH = alt(months.keys());
  const WEEKDAY = alt(weekdays.keys());
  const NUM = `\\d+(?:,\\d+)?|${alt(words.numbers.keys())}`;
  // the modifier stems of data/de/time-words.tsv, with any ending ("vergangenen", "nächste")
  const MOD = `(?:${alt(modifiers.map(([stem]) => stem))})\\w*`;
  const APPROX = '(?:gut|knapp|fast|rund|etwa|mehr als|über|weniger als|ungefähr|zirka|ca\\.)';
  const PART = alt(parts.keys());
  const year = (s: string | undefined) => (s ? Number(s) : null);
  return [
    // 18. März 2025, am 18. März, 18.03.2025, 18.3.
    { re: new RegExp(`(?<![\\d.])(\\d{1,2})\\.(?:\\s?(${MONTH})(?![\\p{L}])\\.?|(\\d{1,2})\\.)(?:\\s?(\\d{4}))?(?![\\d])`, 'gu'),
      extract: (m) => {
        const month = m[2] ? months.get(m[2])! : Number(m[3]);
        if (!m[2] && !m[4] && !/\s/.test(m[0]) && Number(m[3]) > 12) return null;
        return { kind: 'date', day: Number(m[1]), month, year: year(m[4]) };
      } },
    // (Anfang) März (2025), im Februar, seit Februar 2022
    { re: new RegExp(`(?:\\b(${PART})\\s+|\\b(?:[Ii]m|[Ss]eit|[Bb]is|[Aa]b|Monat)\\s+)(${MONTH})\\b(?:\\s+(\\d{4})\\b)?|\\b(${MONTH})\\s+(\\d{4})\\b`, 'gu'),
      extract: (m) => {
        const name = m[2] ?? m[4]!;
        return { kind: 'month', month: months.get(name)!, year: year(m[3] ?? m[5]), part: m[1] ? parts.get(m[1])! : null };
      } },
    // am (vergangenen) Dienstag(abend), an diesem Dienstag, (Mittwoch)
    { re: new RegExp(`\\b(?:(?:[Aa]m|[Aa]n|[Zz]um|[Vv]om|[Ss]eit)\\s+)?(?:(${MOD})\\s+)?(${WEEKDAY})(?:abend|morgen|nachmittag|vormittag|mittag|nacht|früh)?\\b`, 'gu'),
      extract: (m) => ({ kind: 'weekday', weekday: weekdays.get(m[2]!)!, which: modifier(words, m[1]) }) },
    // heute, gestern, vorgestern, morgen (lower case: "am Morgen" is a time of day)
    { re: new RegExp(`(?<![\\p{L}])(${alt(days.keys())})(?:abend|früh|nachmittag|vormittag|mittag|nacht)?(?![\\p{L}])`, 'giu'),
      extract: (m) => (/^morgen/.test(m[0]) || !/^M/.test(m[0]) ? { kind: 'day', offset: days.get(m[1]!.toLowerCase())! } : null) },
    // vergangene Woche, in der kommenden Woche, diese Woche
    { re: new RegExp(`\\b(?:in\\s+der\\s+|in\\s+)?(${MOD})\\s+Woche\\b`, 'giu'),
      extract: (m) => ({ kind: 'week', offset: modifier(words, m[1])! }) },
    // am (vergangenen) Wochenende
    { re: new RegExp(`\\b(?:[Aa]m\\s+|[Üü]bers?\\s+)?(?:(${MOD})\\s+)?Wochenende\\b`, 'gu'),
      extract: (m) => ({ kind: 'weekend', which: modifier(words, m[1]) }) },
    // im vergangenen Monat, diesen Monat
    { re: new RegExp(`\\b(?:im\\s+|in\\s+)?(${MOD})\\s+Monats?\\b`, 'giu'),
      extract: (m) => ({ kind: 'relative-month', offset: modifier(words, m[1])! }) },
    // in diesem Jahr, im vergangenen Jahr, letztes Jahr, für dieses Jahr
    { re: new RegExp(`\\b(?:im\\s+|in\\s+|für\\s+)?(${MOD})\\s+Jahr(?:es)?\\b`, 'giu'),
      extract: (m) => ({ kind: 'relative-year', offset: modifier(words, m[1])! }) },
    // vor (gut) drei Jahren
    { re: new RegExp(`\\bvor\\s+(?:(${APPROX})\\s+)?(${NUM})\\s+(Minuten|Stunden|Tagen|Wochen|Monaten|Jahren|Tag|Woche|Monat|Jahr)\\b`, 'giu'),
      extract: (m) => ({ kind: 'ago', amount: numberValue(words, m[2]!)!, unit: unitOf(m[3]!)!, approximate: !!m[1] }) },
    // für 30 Tage, binnen 24 Stunden, fast anderthalb Stunden lang, rund 90 Minuten, 30-tägige
    { re: new RegExp(`\\b(?:(für|binnen|innerhalb(?:\\s+von)?)\\s+)?(?:(${APPROX})\\s+)?(${NUM})(?:\\s+(Minuten|Stunden|Tage|Tagen|Wochen|Monate|Monaten|Jahre|Jahren)\\b(\\s+lang\\b)?|-(tägige\\w*|wöchige\\w*|monatige\\w*|jährige\\w*|stündige\\w*))`, 'giu'),
      extract: (m) => {
        const unit = unitOf(m[4] ?? m[6]!.replace('stündig', 'stunde'));
        const amount = numberValue(words, m[3]!);
        // a bare "drei Tage" is a duration only with für/binnen/lang, as an adjective, or
        // with a verb of lasting ("dauerte zwei Stunden", "soll 30 Tage gelten")
        if (!unit || amount === null || (!m[1] && !m[5] && !m[6] && !m[2] && !lasting(m))) return null;
        return { kind: 'duration', amount, unit, approximate: !!m[2], within: !!m[1] && !/^für$/i.test(m[1]) };
      } },
    // im Jahr 2022, seit 2014, bereits 2014, "2022 darf sich nicht wiederholen": a year only where a year stands,
    // never a quantity ("rund 2000 Drohnen", "Resolution 2025")
    { re: /(?:(?<=\b(?:[Ii]m\s+Jahre?|[Ss]eit|[Bb]is|[Aa]b|[Vv]or|[Nn]ach|[Aa]nfang|[Mm]itte|[Ee]nde|[Bb]ereits|[Ss]chon|[Zz]uletzt|[Ii]n|[Uu]nd|[Oo]der)\s+)|(?<=^|[.!?:]\s+|["„(]))(?:im\s+Jahre?\s+)?(19[4-9]\d|20[0-4]\d)(?![\d.,]\d|\s+\p{Lu}|er\b|\s*(?:Prozent|Euro|Dollar|Mal)\b)/gu,
      extract: (m) => ({ kind: 'year', year: Number(m[1]) }) },
  ];
}

/** Temporal expressions in text[from, to), longest first where they overlap. */
function findTimeExpressions(patterns: readonly Pattern[], text: string, from = 0, to = text.length): TimeMatch[] {
  const slice = text.slice(from, to);
  const found: TimeMatch[] = [];
  for (const p of patterns) {
    p.re.lastIndex = 0;
    for (let m = p.re.exec(slice); m; m = p.re.exec(slice)) {
      const ref = p.extract(m);
      if (!ref) continue;
      let b = m.index;
      const e = m.index + m[0].length;
      let relation: TimeMatch['relation'] = 'at';
      if (/^seit\b/i.test(m[0])) relation = 'since';
      else if (/^bis\b/i.test(m[0])) relation = 'until';
      const before = /\b(seit|bis(?:\s+zum)?|ab)\s+$/i.exec(slice.slice(Math.max(0, b - 12), b));
      if (before && relation === 'at' && ref.kind !== 'duration') {
        relation = /^seit/i.test(before[1]!) ? 'since' : /^bis/i.test(before[1]!) ? 'until' : 'at';
        if (relation !== 'at') b -= before[0].length;
      }
      found.push({ span: [from + b, from + e], text: text.slice(from + b, from + e), ref, relation });
    }
  }
  // refine: the longest of overlapping matches wins ("18. März 2025" over "März 2025")
  found.sort((a, b) => (b.span[1] - b.span[0]) - (a.span[1] - a.span[0]) || a.span[0] - b.span[0]);
  const kept: TimeMatch[] = [];
  for (const f of found) if (!kept.some((k) => k.span[0] < f.span[1] && f.span[0] < k.span[1])) kept.push(f);
  return kept.sort((a, b) => a.span[0] - b.span[0]);
}
