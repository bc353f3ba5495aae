// The head of a German news text: the ` date …` line of our users' text format, the
// title-or-lead decision, update markers "(neu: Putin)" and wire datelines
// "WASHINGTON/BRÜSSEL (dpa-AFX) - ". Word lists live in data/de/.
import type { Span } from '../../document/types.js';
import { loadList, loadMap } from '../../data/load.js';
import { partialDate } from '../dates.js';

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

const DATE_LINE = /^ ?date[ \t]+(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?(?=[ \t]|\r?\n|$)[ \t]*/;

let updateMarker: RegExp | undefined;
function updateMarkerPattern(): RegExp {
  if (!updateMarker) {
    const words = loadList('de/update-markers.tsv').map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    updateMarker = new RegExp(`^\\((?:${words.join('|')})(?:[:\\s][^()\\n]*)?\\)`, 'iu');
  }
  return updateMarker;
}

/** A line reads like a headline: short, not a full sentence ending in a full stop. */
export function looksLikeHeadline(line: string): boolean {
  const t = line.trim();
  if (t.length < 3 || t.length > 200) return false;
  const words = t.split(/\s+/).length;
  if (words > 22) return false;
  if (/[.,;:]["'“”»«]?$/.test(t) && !/\.\.\.$|…$/.test(t)) return false;
  if (findDateline(t, 0)) return false;
  // two or more sentences inside one line are a lead, not a headline
  if (/[a-zäöüß)][.!?]["“”»«]?\s+["„»«]?\p{Lu}/u.test(t)) return false;
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
 * The line at `from` is a title when it reads like a headline and text follows it.
 * Returns its span, or null.
 */
function titleAt(text: string, from: number): Span | null {
  const end = lineEnd(text, from);
  const span = trimmedSpan(text, from, end);
  if (span[1] <= span[0]) return null;
  const rest = skipBlank(text, end);
  if (rest >= text.length) return null; // the only line is the text itself
  return looksLikeHeadline(text.slice(span[0], span[1])) ? span : null;
}

export function parseHeader(text: string): Header {
  const header: Header = { published: null, title: null, titleSpan: null, updateMarker: null, bodyStart: 0 };
  let pos = 0;
  if (text.charCodeAt(0) === 0xfeff) pos = 1;
  const m = DATE_LINE.exec(text.slice(pos, pos + 200));
  let restOfDateLine = false;
  if (m) {
    header.published = partialDate(+m[1]!, m[2] ? +m[2] : undefined, m[3] ? +m[3] : undefined);
    if (!header.published) header.warning = `date line "${m[0].trim()}" holds no valid date`;
    pos += m[0].length;
    restOfDateLine = text[pos] !== '\n' && text[pos] !== '\r' && pos < text.length;
  }
  pos = restOfDateLine ? pos : skipBlank(text, pos);
  const marker = updateMarkerPattern().exec(text.slice(pos, lineEnd(text, pos)));
  if (marker) {
    header.updateMarker = { text: marker[0], span: [pos, pos + marker[0].length] };
    pos += marker[0].length;
    while (text[pos] === ' ' || text[pos] === '\t') pos++;
    if (text[pos] === '\n' || text[pos] === '\r' || pos >= text.length) pos = skipBlank(text, pos);
  }
  const title = titleAt(text, pos);
  if (title) {
    header.titleSpan = title;
    header.title = text.slice(title[0], title[1]);
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

let agencies: Map<string, string> | undefined;
const DATELINE =
  /^((?:\p{Lu}[\p{L}.'-]*)(?:[ -]\p{L}[\p{L}.'-]*){0,3}(?:\s*\/\s*\p{Lu}[\p{L}.'-]*(?:[ -]\p{L}[\p{L}.'-]*){0,3}){0,5})\s*\(([^()\n]{2,40})\)\s*[-–—]\s*/u;

/** Title case for all-caps place names: "BRÜSSEL" → "Brüssel", "NEW YORK" → "New York". */
function placeName(raw: string): string {
  const t = raw.trim();
  if (t !== t.toUpperCase()) return t;
  return t.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());
}

/** A wire dateline at `from` ("MOSKAU/KIEW (dpa/AFP) - "), or null. */
export function findDateline(text: string, from: number): Dateline | null {
  const m = DATELINE.exec(text.slice(from, from + 200));
  if (!m) return null;
  agencies ??= loadMap('de/agencies.tsv');
  const parts = m[2]!.split(/\s*[/,]\s*/).map((a) => a.trim());
  const known = parts.map((a) => agencies!.get(a) ?? null);
  // An agency not in data/de/agencies.tsv counts only in the strict wire form: one short
  // word in the parenthesis and the places in capitals ("ODESSA (Ukrinform) - ").
  if (known.some((k) => k === null)
    && !(parts.every((a) => /^\p{L}[\p{L}-]{1,15}$/u.test(a)) && m[1] === m[1]!.toUpperCase())) return null;
  const agency = parts.map((a, i) => known[i] ?? a).join('/');
  const places = m[1]!.split('/').map(placeName).filter(Boolean);
  return { span: [from, from + m[0].length], places, agency };
}
