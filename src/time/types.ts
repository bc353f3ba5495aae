// What the words of a text say about time, whatever the language, and the parser a language
// builds from its time words (language.time; German: ./de/parse.ts). When that is, against
// the article's date, is ./resolve.ts.

import type { Span } from '../document/types.js';

export type Direction = -1 | 0 | 1;

export type TimeRef =
  | { kind: 'date'; year: number | null; month: number; day: number }
  | { kind: 'month'; year: number | null; month: number; part: [number, number] | null }
  | { kind: 'year'; year: number }
  | { kind: 'weekday'; weekday: number; which: Direction | null }
  | { kind: 'day'; offset: number }
  | { kind: 'week'; offset: Direction }
  | { kind: 'weekend'; which: Direction | null }
  | { kind: 'relative-month'; offset: Direction }
  | { kind: 'relative-year'; offset: Direction }
  | { kind: 'ago'; amount: number; unit: Unit; approximate: boolean }
  | { kind: 'duration'; amount: number; unit: Unit; approximate: boolean; within: boolean };

export type Unit = 'minute' | 'hour' | 'day' | 'week' | 'month' | 'year';

export interface TimeMatch {
  span: Span;
  text: string;
  ref: TimeRef;
  /** "seit Februar 2022": a state that began then; "bis": one that ends then. */
  relation: 'at' | 'since' | 'until';
}

export interface TimeWords {
  months: Map<string, number>;
  weekdays: Map<string, number>;
  /** Number words: "drei" → 3. */
  numbers: Map<string, number>;
  /** "heute" → 0, "gestern" → -1. */
  days: Map<string, number>;
  /** Stems of "vergangene", "nächste": which way they point. */
  modifiers: Array<[string, Direction]>;
  /** "Anfang" → [1, 10]: the part of a month. */
  parts: Map<string, [number, number]>;
}

export interface TimeParser {
  /** Temporal expressions in text[from, to), longest first where they overlap. */
  find(text: string, from?: number, to?: number): TimeMatch[];
  /** A number in digits or as a number word, as a regular-expression alternative. */
  numberPattern(): string;
  /** "drei" → 3, "24" → 24, "2,5" → 2.5. */
  numberValue(word: string): number | null;
}
