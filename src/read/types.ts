// The word data the header stage reads, whatever the language: update markers and the
// agencies and places of wire datelines. A language builds one (src/read/xx/words.ts) and
// the Language carries it (language.header).

export interface HeaderWords {
  /** "(neu: Putin)" at the start of the line, or at the end of a headline. */
  updateMarker: { head: RegExp; tail: RegExp };
  /** Agency names as datelines write them → the name kept ("DPA" → "dpa"). */
  agencies: Map<string, string>;
  /** Lower-case words in parentheses that are no agency ("live"). */
  notAgencies: Set<string>;
  /** Place names with a slash, by their upper-case form ("FRANKFURT/MAIN" → "Frankfurt/Main"). */
  slashPlaces: Map<string, string>;
}
