// The word data the mentions stage reads, whatever the language: role nouns, descriptors,
// parties, pronouns, titles. A language builds one (src/mentions/xx/patterns.ts) and the
// Language carries it (language.mentions); the stage gets it through its context.

export interface RoleNoun { role: string; gender: 'm' | 'f' | null; plural: boolean; singular: boolean }
export interface Descriptor { role: string; of: string; gender: 'm' | 'f' | null }
export interface PartyWord { party: string; gender: 'm' | 'f' | null }
/** What a group noun after "beide" refers to (data/de/group-nouns.tsv). */
export type GroupReference = 'persons' | 'states' | 'sides' | 'belligerents';

export interface MentionWords {
  roleNouns: Map<string, RoleNoun>;
  descriptors: Map<string, Descriptor>;
  /** "Grünen-" → Grüne */
  partyPrefixes: Map<string, string>;
  partyNouns: Map<string, PartyWord>;
  partyMemberNouns: Set<string>;
  pronouns: Map<string, { gender: 'm' | 'f'; kase: string }>;
  titles: Set<string>;
  titleEndings: string[];
  notNames: Set<string>;
  /** Nouns that turn a state reference into the state acting ("die russische Regierung"). */
  stateBodies: Set<string>;
  /** Plural nouns that name two sides named before ("beide Seiten", "die Kriegsparteien"). */
  groupNouns: Map<string, GroupReference>;
  determiners: Set<string>;
  prepositions: Set<string>;
  /** "frühere", "ehemalige", "Ex-": a former holder. */
  former: Set<string>;
}
