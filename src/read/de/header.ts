// The head of a German news text: the ` date …` line of our users' text format, the
// title-or-lead decision, update markers "(neu: Putin)" and wire datelines
// "WASHINGTON/BRÜSSEL (dpa-AFX) - ". The word lists are the language's (language.header).
import type { Span } from '../../document/types.js';
import type { Language } from '../../language/types.js';
import { parsePublished } from '../dates.js';
import { splitSentences } from '../../segment/sentences.js';

/** What reading a header needs of the language. */
export type HeaderLanguage = Pick<Language, 'header' | 'segment' | 'months'>;

export interface Header {
  published: string | null;
  title: string | null;
  titleSpan: Span | null;
  updateMarker: { text: string; span: Span } | null;
  /** Where the body starts in the text. */
  bodyStart: number;
  /** Set when a date line was there but its date could not be read. */
  warning?: string;
}

/** The date line as the contract writes it, and as it arrives in practice (tabs, a time, upper case). */
const DATE_LINE = /^\s*date(?:[ \t]+(\d\S*)(?:[ \t]+\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]*Uhr)?)?|[ \t]*(?=\r?\n|$))[ \t]*/i;

/** A line reads like a headline: short, not a full sentence ending in a full stop. */
export function looksLikeHeadline(line: string, lang: HeaderLanguage): boolean {
  const t = line.trim();
  if (t.length < 3 || t.length > 200) return false;
  const words = t.split(/\s+/).length;
  if (words > 22) return false;
  // a full stop at the end makes a sentence, except inside a quoted headline: Merz: „Wir helfen.“
  const quoteHeadline = /:\s*["„»«‚].*[.!?]["“”»«‘']$/u.test(t);
  if (/[.,;:]["'“”»«]?$/.test(t) && !/\.\.\.$|…$/.test(t) && !quoteHeadline) return false;
  if (findDateline(t, 0, lang)) return false;
  // two or more sentences inside one line are a lead, not a headline ("St. Petersburg" is one)
  if (!quoteHeadline && splitSentences(lang.segment, t, [0, t.length]).length > 1) return false;
  return true;
}

function lineEnd(text: string, from: number): number {
  const nl = text.indexOf('\n', from);
  return nl < 0 ? text.length : nl;
}

function skipBlank(text: string, from: number): number {
  let i = from;
  while (i < text.length && /\s/.test(text[i]!)) i++;
  return i;
}

function trimmedSpan(text: string, b: number, e: number): Span {
  while (b < e && /\s/.test(text[b]!)) b++;
  while (e > b && /\s/.test(text[e - 1]!)) e--;
  return [b, e];
}

/**
 * The line at `from` is a title when it reads like a headline and text follows it. A short
 * kicker line right above a headline ("Ukraine-Krieg" / "Putin stellt Bedingungen") makes
 * one title with it. Returns the title's span, or null.
 */
function titleAt(text: string, from: number, lang: HeaderLanguage): Span | null {
  const end = lineEnd(text, from);
  const span = trimmedSpan(text, from, end);
  if (span[1] <= span[0]) return null;
  const rest = skipBlank(text, end);
  if (rest >= text.length) return null; // the only line is the text itself
  if (!looksLikeHeadline(text.slice(span[0], span[1]), lang)) return null;
  const first = text.slice(span[0], span[1]);
  if (first.split(/\s+/).length <= 3 && !/[!?]$/.test(first) && end < text.length) {
    const next = trimmedSpan(text, end + 1, lineEnd(text, end + 1));
    // the headline under a kicker stands alone: a blank line or a dateline follows it,
    // not the rest of a hard-wrapped lead
    const after = lineEnd(text, next[1]);
    const standsAlone = /^\r?\n[ \t]*\r?\n/.test(text.slice(after, after + 4)) || findDateline(text, after + 1, lang) !== null;
    if (next[1] > next[0] && standsAlone && skipBlank(text, after) < text.length
      && looksLikeHeadline(text.slice(next[0], next[1]), lang)) return [span[0], next[1]];
  }
  return span;
}

export function parseHeader(text: string, lang: HeaderLanguage): Header {
  const header: Header = { published: null, title: null, titleSpan: null, updateMarker: null, bodyStart: 0 };
  let pos = 0;
  if (text.charCodeAt(0) === 0xfeff) pos = 1;
  const m = DATE_LINE.exec(text.slice(pos, pos + 200));
  let restOfDateLine = false;
  if (m) {
    // the same reading of dates as every other input: ISO date or date-time, German dates
    header.published = m[1] ? parsePublished(m[1], lang.months) : null;
    if (!header.published) header.warning = `date line "${m[0].trim()}" holds no readable date`;
    pos += m[0].length;
    restOfDateLine = text[pos] !== '\n' && text[pos] !== '\r' && pos < text.length;
  }
  pos = restOfDateLine ? pos : skipBlank(text, pos);
  const markers = lang.header.updateMarker;
  const marker = markers.head.exec(text.slice(pos, lineEnd(text, pos)));
  if (marker) {
    header.updateMarker = { text: marker[0], span: [pos, pos + marker[0].length] };
    pos += marker[0].length;
    while (text[pos] === ' ' || text[pos] === '\t') pos++;
    if (text[pos] === '\n' || text[pos] === '\r' || pos >= text.length) pos = skipBlank(text, pos);
  }
  const title = titleAt(text, pos, lang);
  if (title) {
    let [b, e] = title;
    const tail = header.updateMarker ? null : markers.tail.exec(text.slice(b, e));
    if (tail) {
      const at = b + tail.index + tail[0].indexOf('(');
      header.updateMarker = { text: text.slice(at, e).trim(), span: [at, at + text.slice(at, e).trim().length] };
      e = b + tail.index;
    }
    header.titleSpan = [b, e];
    // a kicker and its headline read as one title: "Ukraine-Krieg: Putin stellt Bedingungen"
    header.title = text.slice(b, e).replace(/[ \t]*\r?\n[ \t]*/, ': ');
    pos = skipBlank(text, lineEnd(text, title[1]));
  }
  header.bodyStart = pos;
  return header;
}

export interface Dateline {
  span: Span;
  places: string[];
  agency: string | null;
}

const PLACE = String.raw`\p{Lu}[\p{L}.'-]*(?:[ -]\p{L}[\p{L}.'-]*){0,3}`;
/** Places, an optional Reuters-style date ("BERLIN, 18. März"), the agency, a dash. */
const DATELINE = new RegExp(
  String.raw`^(${PLACE}(?:\s*\/\s*${PLACE}){0,5})(?:,\s*\d{1,2}\.\s*\p{L}+\.?(?:\s+\d{4})?)?\s*\(([^()\n]{2,40})\)\s*[-–—]\s*`, 'u');

/** Title case for all-caps place names: "BRÜSSEL" → "Brüssel", "NEW YORK" → "New York". */
function placeName(raw: string): string {
  const t = raw.trim();
  if (t !== t.toUpperCase()) return t;
  return t.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());
}

/** Splits "FRANKFURT/MAIN/BERLIN" into places, keeping slash names from the data file whole. */
function places(raw: string, slashPlaces: Map<string, string>): string[] {
  const parts = raw.split(/\s*\/\s*/);
  const out: string[] = [];
  for (let i = 0; i < parts.length; i++) {
    const joined = i + 1 < parts.length ? slashPlaces.get(`${parts[i]}/${parts[i + 1]}`.toUpperCase()) : undefined;
    if (joined) { out.push(joined); i++; } else if (parts[i]) out.push(placeName(parts[i]!));
  }
  return out;
}

/** A wire dateline at `from` ("MOSKAU/KIEW (dpa/AFP) - ", "BERLIN, 18. März (Reuters) - "), or null. */
export function findDateline(text: string, from: number, lang: Pick<Language, 'header'>): Dateline | null {
  const m = DATELINE.exec(text.slice(from, from + 200));
  if (!m) return null;
  const { agencies, notAgencies, slashPlaces } = lang.header;
  const parts = m[2]!.split(/\s*[/,]\s*/).map((a) => a.trim());
  if (parts.some((a) => notAgencies.has(a.toLowerCase()))) return null;
  const known = parts.map((a) => agencies.get(a) ?? null);
  // regional services keep their code: "Berlin (dpa/lby) - "
  const regional = (a: string, i: number) => i > 0 && known[0] !== null && /^[a-z]{2,4}$/.test(a);
  // An agency not in data/de/agencies.tsv counts only in the strict wire form: one short
  // word in the parenthesis and the places in capitals ("ODESSA (Ukrinform) - ").
  const unknown = parts.filter((a, i) => known[i] === null && !regional(a, i));
  if (unknown.length && !(unknown.every((a) => /^\p{L}[\p{L}-]{1,15}$/u.test(a)) && m[1] === m[1]!.toUpperCase())) return null;
  const agency = parts.map((a, i) => known[i] ?? a).join('/');
  return { span: [from, from + m[0].length], places: places(m[1]!, slashPlaces), agency };
}
