// Terms and quantities of an event, from its clause: amounts with currency and ranges
// ("20 bis 40 Milliarden Euro"), counts ("jeweils 175 Kriegsgefangene"), durations ("für 30
// Tage", "30-tägige", "fast anderthalb Stunden"), deadlines ("binnen 24 Stunden"), places
// ("in Brüssel", "nach Moskau").
import type { EventAttributes } from '../../document/types.js';
import type { KnowledgeBase } from '../../actors/kb.js';
import type { TimeParser } from '../../time/types.js';
import { durationMinutes } from '../../time/resolve.js';

const SCALE: Record<string, number> = { tausend: 1e3, million: 1e6, millionen: 1e6, mio: 1e6, milliarde: 1e9, milliarden: 1e9, mrd: 1e9, billion: 1e12, billionen: 1e12 };
const CURRENCY: Record<string, string> = { euro: 'EUR', eur: 'EUR', '€': 'EUR', dollar: 'USD', 'us-dollar': 'USD', usd: 'USD', $: 'USD', pfund: 'GBP', rubel: 'RUB' };
// a count of people or things: "jeweils 175 Kriegsgefangene", "mehr als 1.000 Soldaten"
const COUNT = new RegExp(String.raw`(?<![\p{L}\d.,])(?:(jeweils|insgesamt|rund|etwa|mehr als|fast|knapp)\s+)?(\d+(?:\.\d{3})*)\s+(Kriegsgefangene\p{L}*|Gefangene\p{L}*|Soldaten|Zivilisten|Menschen|Personen|Geiseln|Leichen|Gefallene\p{L}*|Panzer|Raketen|Drohnen|Kampfjets|Flugzeuge)`, 'gu');

/** "20" → 20, "1.000" → 1000, "2,5" → 2.5, "vier" → 4. */
function amountNumber(time: TimeParser, s: string): number | null {
  if (/^\d{1,3}(?:\.\d{3})+$/.test(s)) return Number(s.replaceAll('.', ''));
  if (/^\d+(?:,\d+)?$/.test(s)) return Number(s.replace(',', '.'));
  return time.numberValue(s);
}

/** The patterns of attributesIn and placeIn, made once with the language (a place pattern per knowledge base). */
export interface AttributePatterns {
  amount: RegExp;
  placesOf(kb: KnowledgeBase): RegExp;
  /** The language's time expressions and number words. */
  time: TimeParser;
}

export function attributePatterns(places: readonly string[], time: TimeParser): AttributePatterns {
  // "20 bis 40 Milliarden Euro", "vier Milliarden Euro": numbers in digits or the words of data/de/number-words.tsv
  const amount = new RegExp(String.raw`(?<![\p{L}\d])(${time.numberPattern()})(?:\s*(?:bis|-|–)\s*(${time.numberPattern()}))?\s+(Tausend|Millionen|Million|Mio\.|Milliarden|Milliarde|Mrd\.|Billionen|Billion)?\s*(Euro|EUR|€|US-Dollar|Dollar|USD|\$|Pfund|Rubel)(?![\p{L}])`, 'giu');
  const byKb = new WeakMap<KnowledgeBase, RegExp>();
  const placesOf = (kb: KnowledgeBase): RegExp => {
    const known = byKb.get(kb);
    if (known) return known;
    const names = new Set(places);
    for (const a of kb.actors.values()) {
      for (const c of a.capitals) names.add(c);
      if (a.kind === 'state') names.add(a.name);
    }
    const alt = [...names].sort((a, b) => b.length - a.length).map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
    const re = new RegExp(String.raw`(?<![\p{L}])(?:[Ii]n|[Nn]ach)\s+(?:der\s+|dem\s+|den\s+)?(${alt})(?![\p{L}-])`, 'gu');
    byKb.set(kb, re);
    return re;
  };
  return { amount, placesOf, time };
}

/** Attributes found in text[from, to). */
export function attributesIn(text: string, from: number, to: number, { amount: amountPattern, time }: AttributePatterns): EventAttributes {
  const slice = text.slice(from, to);
  const out: EventAttributes = {};
  for (const m of slice.matchAll(amountPattern)) {
    const scale = m[3] ? SCALE[m[3].toLowerCase().replace('.', '')] ?? 1 : 1;
    const a = amountNumber(time, m[1]!);
    if (a === null) continue;
    const b = m[2] ? amountNumber(time, m[2]) : null;
    out.amount = { value: a * scale, ...(b !== null ? { max: b * scale } : {}), currency: CURRENCY[m[4]!.toLowerCase()] ?? m[4]! };
    break;
  }
  for (const m of slice.matchAll(COUNT)) {
    const n = amountNumber(time, m[2]!);
    if (n === null || (n >= 1945 && n <= 2049 && !m[1])) continue;
    out.count = n;
    break;
  }
  for (const t of time.find(text, from, to)) {
    if (t.ref.kind !== 'duration') continue;
    const minutes = durationMinutes(t.ref);
    if (t.ref.within) out.withinHours ??= Math.round(minutes / 60);
    else if (t.ref.unit === 'minute' || t.ref.unit === 'hour') out.durationMinutes ??= minutes;
    else out.durationDays ??= Math.round(minutes / 1440);
  }
  return out;
}

/** The place an event happened at ("in Brüssel", "nach Moskau"), as written. */
export function placeIn(text: string, from: number, to: number, re: RegExp): string | null {
  re.lastIndex = 0;
  const m = re.exec(text.slice(from, to));
  return m ? m[1]! : null;
}
