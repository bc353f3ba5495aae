// The word data sentence splitting reads, whatever the language. A language builds one
// (src/segment/xx/words.ts) and the Language carries it (language.segment).

export interface SegmentWords {
  /** Words a full stop belongs to ("Dr", "bzw"). */
  abbreviations: Set<string>;
  /** Words that only start sentences: after them a capital's full stop ends one ("X. Obwohl"). */
  starters: Set<string>;
  /** Lower-case words before a number that make it an ordinal ("am 3."). */
  ordinalCues: Set<string>;
  /** Month names: a number with a full stop before one is a day ("3. März"). */
  months: Set<string>;
}
