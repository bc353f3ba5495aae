// Actor mentions in one article: knowledge-base names with their inflections, descriptors
// ("der Kremlchef", "die Außenminister Russlands und der USA"), party descriptors ("die
// Grünen-Politikerin"), pronouns, state adjectives and capitals, and persons the article
// introduces by a title ("Sondergesandter Steve Witkoff"). Resolution to actors is the
// next step (resolve.ts); this one only reads the words.
import type { Document, MentionKind, Span } from '../document/types.js';
import type { Actor, KnowledgeBase } from '../actors/kb.js';
import { normalizedView, toView, type TextView } from '../normalize/view.js';
import type { Tok } from '../segment/tokens.js';
import { nounLemma } from '../lexicon/nouns.js';
import { verbReadings } from '../lexicon/verbs.js';
import type { GroupReference, MentionWords } from './types.js';
import { memoize } from '../util/memo.js';
import { addActorSurfaces, buildSurfaceIndex, matchAt, type Surface, type SurfaceIndex } from './de/surface.js';


export interface RoleRef {
  role: string;
  /** States or organizations the role is of; empty: not said. More than one: a plural ("Russlands und der USA"). */
  of: string[];
  former: boolean;
  plural: boolean;
  /** "beide(n)": the two most recent holders. */
  both: boolean;
}

export interface Candidate {
  /** Token indices [start, end). */
  start: number;
  end: number;
  kind: MentionKind;
  /** Actors a name or alias can mean (several for a shared surname). */
  actors: string[];
  role?: RoleRef;
  party?: string;
  gender: 'm' | 'f' | null;
  /** Pronouns: null when the verb does not tell singular from plural. */
  singular?: boolean | null;
  /** Pronouns: nom, acc or dat. */
  kase?: string;
  /** Descriptors and party words: the article or quantifier in front. */
  determiner?: 'definite' | 'indefinite' | 'possessive' | 'none';
  /** A one-word name that is also a common noun ("Frieden", "Kurz"): a mention only once the full name was seen. */
  nounLike?: boolean;
  /** A name right after a descriptor ("US-Präsident Donald Trump"): its candidate index. */
  apposition?: number;
  /** "beide Seiten", "die beiden", "die Kriegsparteien": whom the group refers back to. */
  group?: GroupReference;
  via: string;
}

type KbIndex = { index: SurfaceIndex; prefixes: Map<string, string>; states: Set<string>; lex: Lexicon };
const kbIndexes = new WeakMap<MentionWords, WeakMap<KnowledgeBase, KbIndex>>();

function kbIndex(kb: KnowledgeBase, words: MentionWords) {
  let byKb = kbIndexes.get(words);
  if (!byKb) kbIndexes.set(words, (byKb = new WeakMap()));
  let x = byKb.get(kb);
  if (!x) {
    const prefixes = new Map<string, string>();
    const states = new Set<string>();
    for (const a of kb.actors.values()) {
      for (const p of a.prefixes) prefixes.set(p, a.id);
      if (a.kind === 'state' || a.kind === 'organization') states.add(a.id);
    }
    x = { index: buildSurfaceIndex(kb.actors.values()), prefixes, states, lex: { kb, p: words, prefixes } };
    byKb.set(kb, x);
  }
  return x;
}


const capitalized = (t: Tok | undefined) => !!t && t.kind === 'word' && /^\p{Lu}/u.test(t.text);
const NAME_PARTICLES = new Set(['von', 'van', 'der', 'de', 'da', 'di', 'bin', 'al', 'el', 'le', 'la', 'zu', 'dos', 'del']);

/** What word lookups depend on: the knowledge base and the language's mention words (one per pair). */
interface Lexicon {
  p: MentionWords;
  kb: KnowledgeBase;
  prefixes: Map<string, string>;
}

interface Scan extends Lexicon {
  toks: Tok[];
  index: SurfaceIndex;
  local: SurfaceIndex;
  lex: Lexicon;
}

const same = (s: Scan, i: number, j: number) => s.toks[j] !== undefined && s.toks[j]!.sentence === s.toks[i]!.sentence;

function surfaceAt(s: Scan, i: number): Surface | undefined {
  const hit = matchAt(s.local, s.toks, i) ?? matchAt(s.index, s.toks, i);
  // a match must not run into the next sentence
  return hit && same(s, i, i + hit.tokens.length - 1) ? hit : undefined;
}

const actorOf = (s: Scan, id: string): Actor | undefined => s.kb.actors.get(id);
const isState = (s: Scan, id: string) => { const k = actorOf(s, id)?.kind; return k === 'state' || k === 'organization'; };

type RoleWord = { role: string; of: string | null; gender: 'm' | 'f' | null; plural: boolean; singular: boolean; former: boolean };

/** Per knowledge base, a bounded memo of what a word form is (the vocabulary repeats a lot). */
function memoized<T>(read: (lex: Lexicon, word: string) => T): (s: Scan, word: string) => T {
  const lookups = new WeakMap<Lexicon, (word: string) => T>();
  return (s, word) => {
    let lookup = lookups.get(s.lex);
    if (!lookup) lookups.set(s.lex, (lookup = memoize((w: string) => read(s.lex, w))));
    return lookup(word);
  };
}

/** A role word on its own: fixed descriptor, role noun, or prefix + role noun ("US-Präsident", "Ex-Kremlchef"). */
const roleWord = memoized(readRoleWord);

function readRoleWord(s: Lexicon, word: string): RoleWord | null {
  let former = false;
  let w = word;
  if (w.startsWith('Ex-')) { former = true; w = w.slice(3); }
  const d = s.p.descriptors.get(w);
  if (d) return { role: d.role, of: d.of, gender: d.gender, plural: false, singular: true, former };
  // Swiss spelling: "Aussenminister" is "Außenminister"
  const n = s.p.roleNouns.get(w) ?? (w.includes('ss') ? s.p.roleNouns.get(w.replace('ss', 'ß')) : undefined);
  if (n) return { role: n.role, of: null, gender: n.gender, plural: n.plural, singular: n.singular, former };
  if (!/^\p{Lu}/u.test(w)) return null;
  for (const [prefix, owner] of s.prefixes) {
    if (!w.startsWith(prefix) || w.length <= prefix.length) continue;
    let rest = w.slice(prefix.length);
    rest = rest[0]!.toUpperCase() + rest.slice(1);
    const m = s.p.roleNouns.get(rest);
    if (m) return { role: m.role, of: owner, gender: m.gender, plural: m.plural, singular: m.singular, former };
  }
  return null;
}

function partyWord(s: Lexicon, word: string): { party: string; gender: 'm' | 'f' | null } | null {
  // every party prefix ends in a hyphen ("Grünen-", "SPD-")
  const dash = word.indexOf('-');
  if (dash < 0 || !s.p.partyPrefixes.has(word.slice(0, dash + 1))) return null;
  for (const [prefix, party] of s.p.partyPrefixes) {
    if (word.startsWith(prefix) && s.p.partyMemberNouns.has(word.slice(prefix.length))) {
      const rest = word.slice(prefix.length);
      return { party, gender: rest.endsWith('in') ? 'f' : rest === 'Frau' ? 'f' : 'm' };
    }
  }
  return null;
}

/** Words that introduce a name: roles, party descriptors, titles, and words with a title ending. */
const isTitle = memoized(readTitle);

function readTitle(s: Lexicon, word: string): boolean {
  if (!/^\p{Lu}/u.test(word)) return false;
  if (readRoleWord(s, word) || partyWord(s, word) || s.p.partyNouns.has(word) || s.p.titles.has(word)) return true;
  const lower = word.toLowerCase();
  return word.length > 6 && /^\p{Lu}/u.test(word) && s.p.titleEndings.some((e) => lower.endsWith(e));
}

/** A person's name starting at token i that no actor file knows: 2–4 capitalized words. */
function unknownName(s: Scan, i: number): number {
  const first = s.toks[i];
  if (!capitalized(first) || s.p.notNames.has(first!.text) || nounLemma(first!.text) || surfaceAt(s, i)) return 0;
  if (first!.text.endsWith('-') || isTitle(s, first!.text)) return 0;
  let j = i + 1;
  while (j < s.toks.length && same(s, i, j) && j - i < 5) {
    const t = s.toks[j]!;
    // (not before a common noun with its genitive: "Peer Steinbrück zu Beginn der Debatte", "von Seiten der Regierung";
    // "Hans von Stein sagte" is a name)
    const commonBefore = nounLemma(s.toks[j + 1]?.text ?? '') && /^(der|des|dem|den)$/.test(s.toks[j + 2]?.text ?? '');
    if (NAME_PARTICLES.has(t.text) && capitalized(s.toks[j + 1]) && !commonBefore) { j++; continue; }
    // a middle initial: "George W. Bush"
    if (/^\p{Lu}$/u.test(t.text) && s.toks[j + 1]?.text === '.' && capitalized(s.toks[j + 2]) && same(s, i, j + 2)) { j += 2; continue; }
    if (!capitalized(t) || s.p.notNames.has(t.text) || isTitle(s, t.text) || t.text.endsWith('-')) break;
    // a second word that is a common noun only when the first is clearly a first name is
    // too uncertain to tell; a known actor's alias ends the name
    if (surfaceAt(s, j) && surfaceAt(s, j)!.kind !== 'surname') break;
    j++;
  }
  // the name must end on a name word, not a particle
  while (j > i + 1 && NAME_PARTICLES.has(s.toks[j - 1]!.text)) j--;
  const nameWords: number[] = [];
  for (let k = i; k < j; k++) { const w = s.toks[k]!.text; if (!NAME_PARTICLES.has(w) && w !== '.' && !/^\p{Lu}$/u.test(w)) nameWords.push(k); }
  // more than three name words, or a genitive inside ("Bürgermeister New Yorks Eric Adams"):
  // not one person's name we can be sure of
  if (nameWords.length > 3 || nameWords.slice(0, -1).some((k) => /s$/.test(s.toks[k]!.text) && surfaceAt(s, k)?.genitive)) return 0;
  if (j < s.toks.length && same(s, i, j) && capitalized(s.toks[j]) && !s.p.notNames.has(s.toks[j]!.text) && !surfaceAt(s, j)) return 0;
  return j - i >= 2 ? j - i : 0;
}

const slug = (name: string) => name.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase()
  .replaceAll('ß', 'ss').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

/** Persons the article introduces with a title, before any other matching (their surnames match later). */
function introductions(s: Scan, text: string): Actor[] {
  const found = new Map<string, Actor>();
  for (let i = 0; i + 1 < s.toks.length; i++) {
    const t = s.toks[i]!;
    if (t.kind !== 'word' || !capitalized(s.toks[i + 1]) || !same(s, i, i + 1) || !isTitle(s, t.text)) continue;
    const n = unknownName(s, i + 1);
    if (!n) continue;
    const nameToks = s.toks.slice(i + 1, i + 1 + n);
    const name = text.slice(nameToks[0]!.span[0], nameToks[n - 1]!.span[1]).replace(/\s+/g, ' ');
    const id = slug(name);
    if (!id || found.has(id)) continue;
    const kbSame = s.kb.actors.get(id);
    if (kbSame) continue; // known under a spelling the surfaces missed: never a second actor
    // "Sergeij Lawrow": a known surname with another spelling of the first name is the known
    // person (matched by the surname below), never a second actor that would capture it
    const last = surfaceAt(s, i + n);
    if (last && last.kind === 'surname' && last.actors.length) continue;
    const role = roleWord(s, t.text);
    const party = partyWord(s, t.text);
    // gender only as the title states it ("Außenministerin", "Sondergesandter"), else unknown
    const gender = role?.gender ?? party?.gender ?? (/in$/.test(t.text) ? 'f' : null);
    const actor: Actor = {
      id, name, kind: 'person', wikidata: null, gender, party: party?.party ?? null,
      country: null, sector: null, aliases: [nameToks[n - 1]!.text],
      // the office the title names (the state only when it says so); never a former one
      roles: role && !role.former ? [{ role: role.role, of: role.of, from: null, to: null }] : [],
      adjectives: [], capitals: [], prefixes: [], article: null, origin: 'document', introducedAs: t.text,
    };
    found.set(id, actor);
  }
  return [...found.values()];
}

function stateGenitive(s: Scan, i: number): { ids: string[]; end: number } | null {
  // "Russlands", "der USA", "der Ukraine"
  const t = s.toks[i];
  if (!t || !same(s, i - 1 < 0 ? i : i - 1, i)) return null;
  if (t.text === 'der') {
    const m = surfaceAt(s, i + 1);
    if (m && m.actors.some((id) => isState(s, id) && actorOf(s, id)!.article)) return { ids: m.actors.filter((id) => isState(s, id)), end: i + 1 + m.tokens.length };
    return null;
  }
  const m = surfaceAt(s, i);
  if (m && m.genitive && m.actors.every((id) => isState(s, id))) return { ids: m.actors, end: i + m.tokens.length };
  return null;
}

/** A descriptor starting at token i: [determiner] [frühere] [adjective | genitive] role-word [genitive (und genitive)]. */
function descriptorAt(s: Scan, i: number): Candidate | null {
  let j = i;
  let determiner: string | null = null;
  // "ein Präsident", "jeder Bundeskanzler", "kein US-Präsident": nobody in particular
  const quantifier = /^(ein|eine|einen|einem|eines|einer|kein|keine|keinen|keinem|jeder|jede|jeden|jedem|alle|künftige|künftigen|nächste|nächsten)$/i.test(s.toks[j]!.text);
  if (s.p.determiners.has(s.toks[j]!.text) || quantifier) { determiner = s.toks[j]!.text.toLowerCase(); j++; }
  let former = false;
  if (s.toks[j] && s.p.former.has(s.toks[j]!.text)) { former = true; j++; }
  const of: string[] = [];
  const pre = s.toks[j] && same(s, i, j) ? surfaceAt(s, j) : undefined;
  if (pre && (pre.kind === 'adjective' || (pre.genitive && pre.actors.every((id) => isState(s, id)))) && pre.tokens.length === 1) {
    of.push(...pre.actors);
    j++;
  }
  const w = s.toks[j];
  if (!w || w.kind !== 'word' || !same(s, i, j)) return null;
  const role = roleWord(s, w.text);
  const party = role ? null : partyWord(s, w.text) ?? (determiner && s.p.partyNouns.has(w.text) ? s.p.partyNouns.get(w.text)! : null);
  if (!role && !party) return null;
  if (party && (of.length || j > i + 1 + (former ? 1 : 0))) return null;
  // "die Republikaner", "die Sozialdemokraten": the party, not one member
  if (party && !role && (determiner === 'die' && party.gender !== 'f' || /en$/.test(w.text) && s.p.partyNouns.has(w.text))) return null;
  let end = j + 1;
  if (role) {
    if (role.of) of.push(role.of);
    former ||= role.former;
    // genitive after: "Präsident Russlands", "Außenminister Russlands und der USA"
    let g = stateGenitive(s, end);
    while (g) {
      of.push(...g.ids);
      end = g.end;
      g = s.toks[end]?.text === 'und' ? stateGenitive(s, end + 1) : null;
    }
  }
  const both = determiner === 'beide' || determiner === 'beiden';
  // "der Staats- und Regierungschefs": a coordination is plural
  const coordinated = j >= 2 && s.toks[j - 1]!.text === 'und' && s.toks[j - 2]!.text.endsWith('-');
  const plural = !!role && (of.length > 1 || both || coordinated
    || (role.plural && (!role.singular || (role.gender !== 'f' && (determiner === 'die' || determiner === 'der')))));
  // "der Präsident des Olympischen Komitees": an office of something that is no state
  const foreignGenitive = !!role && !role.of && of.length === 0 && /^(des|der)$/.test(s.toks[end]?.text ?? '') && same(s, i, end + 1);
  // a bare role noun without determiner or name after it is a common noun ("Präsidenten wählen")
  const cand: Candidate = {
    start: i, end, kind: party ? 'party' : plural ? 'group' : 'descriptor', actors: [],
    gender: role?.gender ?? party?.gender ?? null, via: party ? 'party' : 'role',
    determiner: quantifier ? 'indefinite' : !determiner ? 'none' : /^(sein|seine|seinen|seinem|seines|seiner|ihr|ihre|ihren|ihrem|ihres|ihrer)$/i.test(determiner) ? 'possessive' : 'definite',
  };
  if (foreignGenitive) cand.determiner = 'indefinite';
  if (role) cand.role = { role: role.role, of: [...new Set(of)], former, plural, both };
  if (party) cand.party = party.party;
  return cand;
}

const BOTH = /^(beide|beiden|Beide|Beiden)$/;
const PLURAL_ARTICLE = /^(die|den|der|Die|Den|Der)$/;

/**
 * A group that refers back: "beide Seiten", "den beiden Politikern", "die Kriegsparteien"
 * (data/de/group-nouns.tsv), or "die beiden" / "beide" with no noun after it: two persons.
 */
function groupAt(s: Scan, i: number): Candidate | null {
  const article = PLURAL_ARTICLE.test(s.toks[i]!.text) && same(s, i, i + 1);
  let j = article ? i + 1 : i;
  const both = BOTH.test(s.toks[j]!.text);
  if (both) j++;
  if (!both && !article) return null;
  const group = (end: number, refers: GroupReference): Candidate => ({ start: i, end, kind: 'group', actors: [], gender: null, group: refers, via: 'group' });
  const next = same(s, i, j) ? s.toks[j] : undefined;
  const refers = next ? s.p.groupNouns.get(next.text) : undefined;
  // "die Kriegsparteien" needs no "beide": the noun alone names the parties
  if (refers && (both || refers === 'belligerents')) return group(j + 1, refers);
  if (!both || !next || next.kind !== 'word') return both ? group(j, 'persons') : null;
  // "die beiden europäischen Politiker": an adjective before the noun
  const after = same(s, j, j + 1) ? s.toks[j + 1] : undefined;
  if (!capitalized(next) && capitalized(after)) {
    const r = s.p.groupNouns.get(after!.text);
    return r ? group(j + 2, r) : null;
  }
  // "beiden Fällen": some other noun; without one, "die beiden" are two persons ("einigten sich die beiden")
  return capitalized(next) ? null : group(j, 'persons');
}

function pronounAt(s: Scan, i: number): Candidate | null {
  const t = s.toks[i]!;
  const pr = s.p.pronouns.get(t.text);
  if (!pr) return null;
  // "Sie" inside a sentence is the polite form; at its start it is "she" or "they"
  if (t.text === 'Sie' && i > 0 && same(s, i - 1, i) && !/^["'(]$/.test(s.toks[i - 1]!.text)) return null;
  let singular: boolean | null = true;
  if (pr.gender === 'f') {
    // "sie sagte" / "sagte sie": the verb next to it tells singular from plural
    const numbers = new Set<string>();
    for (const k of [i + 1, i - 1]) {
      if (!same(s, i, k)) continue;
      for (const r of verbReadings(s.toks[k]!.text)) if (r.person === 3 && r.number && /PRÄ|PRT|KJ1|KJ2/.test(r.tense)) numbers.add(r.number);
      if (numbers.size) break;
    }
    singular = numbers.size === 1 ? numbers.has('S') : null;
  }
  return { start: i, end: i + 1, kind: 'pronoun', actors: [], gender: pr.gender, singular, kase: pr.kase, via: 'pronoun' };
}

/** Is the surname at token i preceded by a first name that is not the known person's (nor a spelling of it), or followed by "Jr."? */
function otherPerson(s: Scan, i: number, m: Surface): boolean {
  const next = s.toks[i + 1];
  if (next && same(s, i, i + 1) && /^(Jr|Junior|Sr|Senior)$/.test(next.text)) return true;
  const prev = s.toks[i - 1];
  if (!prev || !same(s, i - 1, i) || !capitalized(prev) || s.p.notNames.has(prev.text) || s.p.determiners.has(prev.text)) return false;
  if (isTitle(s, prev.text) || surfaceAt(s, i - 1) || nounLemma(prev.text) || prev.text.endsWith('-') || prev.text.endsWith('s')) return false;
  const firstNames = m.actors.map((id) => s.kb.actors.get(id)?.name.split(' ')[0] ?? '').filter(Boolean);
  return !firstNames.some((f) => similar(f, prev.text));
}

/** Two spellings of one first name ("Sergej", "Sergeij"; "Wolodymyr", "Volodymyr"). */
function similar(a: string, b: string): boolean {
  a = a.toLowerCase(); b = b.toLowerCase();
  if (a === b) return true;
  // edit distance up to 2, by a small dynamic programme
  const d = Array.from({ length: b.length + 1 }, (_, k) => k);
  for (let x = 1; x <= a.length; x++) {
    let prev = d[0]!;
    d[0] = x;
    for (let y = 1; y <= b.length; y++) {
      const t = d[y]!;
      d[y] = Math.min(d[y]! + 1, d[y - 1]! + 1, prev + (a[x - 1] === b[y - 1] ? 0 : 1));
      prev = t;
    }
  }
  return d[b.length]! <= 2;
}

const viaOf = (s: Scan, m: Surface) => (m.actors.some((id) => s.kb.actors.has(id)) ? 'kb' : 'introduced');

const MEDIA_WORDS = /^(Zeitung|Zeitungen|Blatt|Blattes|Magazin|Magazins|Nachrichtenmagazin|Wochenzeitung|Sender|Senders|Boulevardzeitung|Tageszeitung|Sonntagszeitung|Portal|Plattform|Agentur)$/;

const LOCATIVE = new Set(['in', 'nach', 'im', 'bis', 'ab', 'In', 'Nach']);

export interface FoundMentions { candidates: Candidate[]; localActors: Actor[] }

export function findCandidates(doc: Pick<Document, 'text' | 'titleSpan' | 'sentences'>, kb: KnowledgeBase, toks: Tok[], words: MentionWords): FoundMentions {
  const base = kbIndex(kb, words);
  const s: Scan = { ...base.lex, lex: base.lex, toks, index: base.index, local: new Map() };
  const localActors = introductions(s, doc.text);
  for (const a of localActors) addActorSurfaces(s.local, a);
  const candidates: Candidate[] = [];
  for (let i = 0; i < s.toks.length; i++) {
    const t = s.toks[i]!;
    if (t.kind !== 'word') continue;
    const d = descriptorAt(s, i);
    if (d) {
      // "US-Präsident Donald Trump": the name right after is the same person
      const next = surfaceAt(s, d.end);
      const index = candidates.push(d) - 1;
      if (next && same(s, i, d.end) && (next.kind === 'name' || next.kind === 'surname')) {
        candidates.push({ start: d.end, end: d.end + next.tokens.length, kind: next.kind, actors: next.actors, gender: null, via: viaOf(s, next) });
        candidates[index]!.apposition = candidates.length - 1;
        i = d.end + next.tokens.length - 1;
      } else i = d.end - 1;
      continue;
    }
    const g = groupAt(s, i);
    if (g) { candidates.push(g); i = g.end - 1; continue; }
    const pr = pronounAt(s, i);
    if (pr) { candidates.push(pr); continue; }
    const m = surfaceAt(s, i);
    if (!m) continue;
    const end = i + m.tokens.length;
    if (m.kind === 'capital' && i > 0 && LOCATIVE.has(s.toks[i - 1]!.text)) { i = end - 1; continue; }
    if (m.kind === 'adjective') {
      // "die russische Regierung": the state acting; "russische Angriffe": the state as a modifier
      const body = s.toks[end];
      if (body && same(s, i, end) && s.p.stateBodies.has(body.text)) {
        candidates.push({ start: i, end: end + 1, kind: 'alias', actors: m.actors, gender: null, via: 'state-body' });
        i = end;
        continue;
      }
    }
    // "Melania Trump", "Hunter Biden", "Donald Trump Jr.": another person with a known surname
    if (m.kind === 'surname' && m.tokens.length === 1 && otherPerson(s, i, m)) { i = end - 1; continue; }
    if ((m.kind === 'name' || m.kind === 'surname') && /^(Jr|Junior)$/.test(s.toks[end]?.text ?? '') && same(s, i, end)) { i = end; continue; }
    const c: Candidate = { start: i, end, kind: m.kind, actors: m.actors, gender: null, via: viaOf(s, m) };
    if (m.kind === 'surname' && m.tokens.length === 1 && nounLemma(t.text.replace(/s$/, '')) !== undefined) c.nounLike = true;
    // "Die Welt schaut zu", "ein Bild der Lage": an outlet only in quotes or after a media word
    const content = m.tokens.filter((w) => !s.p.determiners.has(w));
    if (content.length === 1 && nounLemma(content[0]!) !== undefined && m.actors.every((id) => s.kb.actors.get(id)?.sector === 'media')) {
      const before = s.toks[i - 1];
      const quoted = before?.kind === 'quote' || (s.toks[i - 2]?.kind === 'quote' && s.p.determiners.has(before?.text ?? ''));
      if (!quoted && !MEDIA_WORDS.test(before?.text ?? '') && !MEDIA_WORDS.test(s.toks[i - 2]?.text ?? '')) { i = end - 1; continue; }
    }
    candidates.push(c);
    i = end - 1;
  }
  return { candidates, localActors };
}
