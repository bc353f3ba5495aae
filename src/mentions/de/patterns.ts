// German word lists for finding actor mentions, read from data/de/ (reviewed data files):
// role nouns, fixed descriptors, parties, pronouns, words that introduce a name.
import { cellList, loadList, loadRows } from '../../data/load.js';
import { lemmaList, lemmaRows, type LemmaForm } from '../../data/lemmas.js';
import { nounForms } from '../../lexicon/nouns.js';
import type { Descriptor, GroupReference, MentionWords, PartyWord, RoleNoun } from '../types.js';

export type { Descriptor, PartyWord, RoleNoun } from '../types.js';
/** @deprecated the language-neutral name is MentionWords. */
export type GermanPatterns = MentionWords;

const GROUP_REFERENCES: GroupReference[] = ['persons', 'states', 'sides', 'belligerents'];

const gender = (g: string | undefined): 'm' | 'f' | null => (g === 'm' || g === 'f' ? g : null);

/** Reads the German mention words from data/de/ (built once, by the German Language: language.mentions). */
export function readMentionWords(): MentionWords {
  const roleNouns = new Map<string, RoleNoun>();
  for (const { cells: [, role, g, n], forms } of lemmaRows('de/role-nouns.tsv', 4, nounForms)) {
    // (a number in the row holds for all its forms; else each form's own, either for one written out)
    const number = (f: LemmaForm) => (n === 'sg' || n === 'pl' ? n : f.number);
    for (const f of forms) if (!roleNouns.has(f.form)) roleNouns.set(f.form, { role: role!, gender: gender(g), plural: number(f) !== 'sg', singular: number(f) !== 'pl' });
  }
  const descriptors = new Map<string, Descriptor>();
  for (const { cells: [, role, of, g], forms } of lemmaRows('de/descriptors.tsv', 4, nounForms)) {
    for (const { form } of forms) if (!descriptors.has(form)) descriptors.set(form, { role: role!, of: of!, gender: gender(g) });
  }
  const partyPrefixes = new Map<string, string>();
  const partyNouns = new Map<string, PartyWord>();
  for (const [party, prefixes, nouns] of loadRows('de/parties.tsv')) {
    for (const p of cellList(prefixes)) partyPrefixes.set(p, party!);
    for (const n of cellList(nouns)) partyNouns.set(n, { party: party!, gender: n.endsWith('in') ? 'f' : 'm' });
  }
  const pronouns = new Map<string, { gender: 'm' | 'f'; kase: string }>();
  for (const [form, g, kase] of loadRows('de/pronouns.tsv')) pronouns.set(form!, { gender: gender(g)!, kase: kase! });
  const groupNouns = new Map<string, GroupReference>();
  for (const { cells: [, refers], forms, lemma, line } of lemmaRows('de/group-nouns.tsv', 2, nounForms)) {
    if (!GROUP_REFERENCES.includes(refers as GroupReference)) throw new Error(`data/de/group-nouns.tsv, line ${line}: refers to ${refers}, not one of ${GROUP_REFERENCES.join(', ')}`);
    // the plural forms, and a lemma whose plural is the same ("Delegationsleiter"; the lexicon reads it as singular only)
    const samePlural = /(?:er|el|en)$/.test(lemma);
    for (const f of forms) if (f.number !== 'sg' || (samePlural && f.form === lemma)) groupNouns.set(f.form, refers as GroupReference);
  }
  return {
    roleNouns, groupNouns, descriptors, partyPrefixes, partyNouns, pronouns,
    partyMemberNouns: new Set(lemmaList('de/party-member-nouns.tsv', nounForms)),
    titles: new Set(lemmaList('de/person-titles.tsv', nounForms)),
    titleEndings: loadList('de/person-title-endings.txt'),
    notNames: new Set(loadList('de/not-names.txt')),
    stateBodies: new Set(lemmaList('de/state-bodies.tsv', nounForms)),
    determiners: new Set(loadList('de/determiners.txt')),
    prepositions: new Set(loadList('de/prepositions.txt')),
    former: new Set(['frühere', 'früheren', 'früherer', 'ehemalige', 'ehemaligen', 'ehemaliger', 'einstige', 'einstigen', 'einstiger', 'Ex']),
  };
}
