// Coreference within one article: surnames to the person named in full, descriptors to
// the office holder on the article's date (or the holder named earlier), party descriptors
// and pronouns to the most recent compatible person. When the evidence does not single
// out one actor the mention stays unresolved: a gap is better than a wrong attribution.
import type { Document, Mention } from '../document/types.js';
import type { Actor, KnowledgeBase } from '../actors/kb.js';
import { holders, mayHaveHeld, type RoleQuery } from '../actors/roles.js';
import { conflictsOn } from '../actors/conflicts.js';
import type { GroupReference } from './types.js';
import type { MentionWords } from './types.js';
import { findCandidates, type Candidate } from './find.js';
import type { Tok } from '../segment/tokens.js';

interface Seen { actor: string; sentence: number; oblique: boolean; initial?: boolean }

/** Words that may stand before a clause's subject at the start of a sentence. */
const OPENERS = /^(Auch|Zudem|Dann|Danach|Zuvor|Später|Nun|Jetzt|Doch|Aber|Und|Bereits|Schon|Inzwischen|Außerdem|Dabei|Daraufhin|Deshalb|So|Noch|Erst|Selbst|Gerade|Vor|allem)$/;

/** How many sentences back a pronoun may reach. */
const PRONOUN_REACH = 2;
const GENITIVE = /^(des|eines)$/i;
/** How many sentences back "beide Seiten" may look for the two it means (a short paragraph). */
const GROUP_REACH = 5;

export interface FoundActors {
  mentions: Mention[];
  localActors: Actor[];
}

type Doc = Pick<Document, 'text' | 'titleSpan' | 'sentences' | 'published'>;

/** One article's candidates resolved in text order, with what has been resolved so far. */
class Resolver {
  // what has been resolved so far, by sentence, and the distinct actors in the order first seen
  // (indexed: a pronoun or descriptor looks at a few sentences, never at the whole history)
  private readonly bySentence = new Map<number, Seen[]>();
  readonly seenActors = new Set<string>();
  readonly resolved = new Map<Candidate, string | null>();
  readonly members = new Map<Candidate, string[]>();
  readonly skipped = new Set<Candidate>();
  // a name right after its descriptor ("mit Kremlchef Wladimir Putin") stands where the descriptor does
  private readonly headOf = new Map<Candidate, Candidate>();
  private readonly local: Map<string, Actor>;
  private readonly date: string | null;

  constructor(doc: Doc, private readonly kb: KnowledgeBase, private readonly toks: Tok[], private readonly words: MentionWords,
    private readonly candidates: Candidate[], private readonly localActors: Actor[]) {
    this.local = new Map(localActors.map((a) => [a.id, a]));
    this.date = doc.published;
    for (const c of candidates) if (c.apposition !== undefined) this.headOf.set(candidates[c.apposition]!, c);
  }

  private officesBySentence: Map<number, Candidate[]> | undefined;
  /** The descriptors of a sentence that name the state of their office. */
  private offices(sentence: number): Candidate[] {
    if (!this.officesBySentence) {
      this.officesBySentence = new Map();
      for (const c of this.candidates) {
        if (!c.role?.of.length) continue;
        const n = this.toks[c.start]!.sentence;
        this.officesBySentence.set(n, [...(this.officesBySentence.get(n) ?? []), c]);
      }
    }
    return this.officesBySentence.get(sentence) ?? [];
  }

  private actor(id: string): Actor | undefined { return this.local.get(id) ?? this.kb.actors.get(id); }
  private inSentence(n: number): Seen[] { return this.bySentence.get(n) ?? []; }
  private named(id: string): boolean { return this.seenActors.has(id); }

  private see(x: Seen): void {
    let list = this.bySentence.get(x.sentence);
    if (!list) this.bySentence.set(x.sentence, (list = []));
    list.push(x);
    this.seenActors.add(x.actor);
  }

  /** Does a preposition govern the candidate (only articles and adjectives between)? */
  private oblique(c: Candidate): boolean {
    const { toks } = this;
    const { prepositions, determiners } = this.words;
    let k = (this.headOf.get(c) ?? c).start - 1;
    while (k >= 0 && (determiners.has(toks[k]!.text) || /^\p{Ll}+e[nmrs]?$/u.test(toks[k]!.text) && !prepositions.has(toks[k]!.text))) k--;
    return k >= 0 && toks[k]!.sentence === toks[c.start]!.sentence && prepositions.has(toks[k]!.text.toLowerCase());
  }

  // the subject of a German main clause usually opens it: only openers, articles and the
  // descriptor's words stand before it, and no "und" joins it to a second person
  private initial(c: Candidate): boolean {
    const { toks } = this;
    const head = this.headOf.get(c) ?? c;
    const sentence = toks[c.start]!.sentence;
    for (let k = head.start - 1; k >= 0 && toks[k]!.sentence === sentence; k--) {
      const w = toks[k]!.text;
      if (!(this.words.determiners.has(w) || OPENERS.test(w) || toks[k]!.kind === 'quote')) return false;
    }
    return toks[c.end]?.text !== 'und' && toks[head.start - 1]?.text !== 'und';
  }

  private remember(c: Candidate, id: string | null): void {
    this.resolved.set(c, id);
    if (id) this.see({ actor: id, sentence: this.toks[c.start]!.sentence, oblique: this.oblique(c), initial: this.initial(c) });
  }

  /** Every candidate in text order; appositions last, as the name they stand beside. */
  run(): void {
    for (const c of this.candidates) this.resolve(c);
    // appositions: the descriptor is the person named right after it
    this.candidates.forEach((c) => { if (c.apposition !== undefined) this.resolved.set(c, this.resolved.get(this.candidates[c.apposition]!) ?? null); });
  }

  private resolve(c: Candidate): void {
    if (c.nounLike && !c.actors.some((id) => this.named(id))) { this.skipped.add(c); return; }
    if (c.kind === 'name' || c.kind === 'alias' || c.kind === 'adjective' || c.kind === 'capital' || c.kind === 'surname') { this.resolveName(c); return; }
    if (c.kind === 'pronoun') { this.resolvePronoun(c); return; }
    if (c.group) { this.resolveGroup(c, c.group); return; }
    if (c.apposition !== undefined) return; // resolved with its name below
    // "ein Präsident", "jeder Bundeskanzler", a bare "Präsidenten": nobody in particular
    if (c.determiner === 'indefinite' || c.determiner === 'none') { this.remember(c, null); return; }
    const sentence = this.toks[c.start]!.sentence;
    if (c.kind === 'party') {
      this.remember(c, this.nearby(sentence, (a) => a.kind === 'person' && a.party === c.party && (!c.gender || !a.gender || a.gender === c.gender)));
      return;
    }
    if (c.role) this.resolveRole(c, c.role, sentence);
  }

  private resolveName(c: Candidate): void {
    if (c.actors.length === 1) { this.remember(c, c.actors[0]!); return; }
    // a surname two known persons share: the one named in full before, else the one in office then
    const date = this.date;
    const before = c.actors.filter((id) => this.named(id));
    const inOffice = date ? c.actors.filter((id) => this.actor(id)?.roles.some((r) => mayHaveHeld(r, date))) : [];
    this.remember(c, before.length === 1 ? before[0]! : inOffice.length === 1 ? inOffice[0]! : null);
  }

  // the nearest sentence (this one before the pronoun, then up to two back) with a
  // compatible person decides: its one subject-like person, or its one person at all;
  // two candidates there leave the pronoun open. An object pronoun ("ihn", "ihm") never
  // means the subject of its own clause.
  private resolvePronoun(c: Candidate): void {
    const sentence = this.toks[c.start]!.sentence;
    let pick: string | null = null;
    if (c.singular !== false) {
      const here = new Set(this.inSentence(sentence).filter((x) => !x.oblique).map((x) => x.actor));
      const fits = (x: Seen) => { const a = this.actor(x.actor); return !!a && a.gender === c.gender && (c.kase === 'nom' || !here.has(x.actor)); };
      for (let back = sentence; back >= sentence - PRONOUN_REACH; back--) {
        const there = this.inSentence(back).filter(fits);
        if (!there.length) continue;
        const all = [...new Set(there.map((x) => x.actor))];
        const openers = [...new Set(there.filter((x) => x.initial && !x.oblique).map((x) => x.actor))];
        const subjects = [...new Set(there.filter((x) => !x.oblique).map((x) => x.actor))];
        pick = all.length === 1 ? all[0]! : openers.length === 1 ? openers[0]! : subjects.length === 1 ? subjects[0]! : null;
        break;
      }
    }
    this.resolved.set(c, pick);
    if (pick) this.see({ actor: pick, sentence, oblique: c.kase !== 'nom' || this.oblique(c) });
  }

  /** The one actor that fits named in this sentence or the two before, else in the whole article; null when none or several. */
  private nearby(sentence: number, ok: (a: Actor) => boolean): string | null {
    const fits = (id: string) => { const a = this.actor(id); return !!a && ok(a); };
    const near = [...new Set([0, 1, 2].flatMap((k) => this.inSentence(sentence - k)).map((x) => x.actor))].filter(fits);
    if (near.length === 1) return near[0]!;
    if (near.length > 1) return null;
    const anywhere = [...this.seenActors].filter(fits);
    return anywhere.length === 1 ? anywhere[0]! : null;
  }

  // "beide Seiten", "die beiden": the two persons (or states) named last, counted sentence by
  // sentence backwards; the first sentence that brings the count to two or more decides, and
  // more than two leaves the group open. "die Kriegsparteien": the conflict's parties.
  private resolveGroup(c: Candidate, refers: GroupReference): void {
    const sentence = this.toks[c.start]!.sentence;
    const pair = refers === 'belligerents' ? this.belligerents() : refers === 'sides'
      ? this.lastTwo(c, (a) => a.kind === 'person') ?? this.lastTwo(c, (a) => a.kind === 'state')
      : this.lastTwo(c, (a) => a.kind === (refers === 'persons' ? 'person' : 'state'));
    this.resolved.set(c, null);
    // an open group is no mention: "die beiden" is then only words (a speaker must not stop at it)
    if (!pair) { this.skipped.add(c); return; }
    this.members.set(c, pair);
    for (const actor of pair) this.see({ actor, sentence, oblique: this.oblique(c) });
  }

  private lastTwo(c: Candidate, fits: (a: Actor) => boolean): string[] | null {
    const sentence = this.toks[c.start]!.sentence;
    const found: string[] = [];
    for (let back = sentence; back >= Math.max(0, sentence - GROUP_REACH); back--) {
      // within a sentence, the latest mention first; an office names its state too ("die
      // ukrainische Verteidigungsminister Rustem Umerow"), unless it only stands beside one
      // ("im Beisein des türkischen Aussenministers")
      const offices = this.offices(back).filter((o) => o.start < c.start && !GENITIVE.test(this.toks[o.start]!.text) && !this.oblique(o)).flatMap((o) => o.role!.of);
      for (const id of [...this.inSentence(back).map((x) => x.actor), ...offices].reverse()) {
        const a = this.actor(id);
        if (a && fits(a) && !found.includes(a.id)) found.push(a.id);
      }
      if (found.length >= 2) return found.length === 2 ? found.reverse() : null;
    }
    return null;
  }

  /** The parties of the one conflict of the article's date whose parties the article has named (a state, or a person of it). */
  private belligerents(): string[] | null {
    const named = new Set([...this.seenActors].flatMap((id) => [id, this.actor(id)?.country ?? '']));
    const going = conflictsOn(this.date).filter((k) => k.parties.every((p) => named.has(p)));
    return going.length === 1 ? [...going[0]!.parties] : null;
  }

  /** The holder of an office: named nearby, else (a current office of a named state) its one certain holder. */
  private holderOf(c: Candidate, q: RoleQuery, sentence: number): string | null {
    const { certain, possible } = holders(this.kb, q, this.date, this.localActors);
    const fits = (a: Actor) => !c.gender || !a.gender || a.gender === c.gender;
    const inText = this.nearby(sentence, (a) => fits(a) && possible.some((p) => p.id === a.id));
    if (inText) return inText;
    // without a named holder: only a current office of a named state, held by one person
    // for the whole period of the article's date (never a former one from the date alone)
    if (q.of !== null && !q.former) { const sure = certain.filter(fits); if (sure.length === 1) return sure[0]!.id; }
    return null;
  }

  private resolveRole(c: Candidate, r: NonNullable<Candidate['role']>, sentence: number): void {
    const queries: RoleQuery[] = r.of.length ? r.of.map((of) => ({ role: r.role, of, former: r.former })) : [{ role: r.role, of: null, former: r.former }];
    if (r.plural && r.of.length > 1) {
      const ids = queries.map((q) => this.holderOf(c, q, sentence));
      if (ids.every((x): x is string => x !== null)) this.members.set(c, ids);
      this.remember(c, null);
    } else if (r.both) {
      // "beide Präsidenten": exactly two holders named in the article
      const possible = new Set(holders(this.kb, queries[0]!, this.date, this.localActors).possible.map((a) => a.id));
      const named2 = [...this.seenActors].filter((id) => possible.has(id));
      if (named2.length === 2) this.members.set(c, named2);
      this.remember(c, null);
    } else if (!r.plural) {
      this.remember(c, queries.length === 1 ? this.holderOf(c, queries[0]!, sentence) : null);
    } else this.remember(c, null);
  }

  /** The mention a candidate gives, with what it resolved to and how. */
  mention(c: Candidate, text: string): Mention {
    const { toks } = this;
    const span: [number, number] = [toks[c.start]!.span[0], toks[c.end - 1]!.span[1]];
    const id = this.resolved.get(c) ?? null;
    const m: Mention = { span, text: text.slice(...span), sentence: toks[c.start]!.sentence, kind: c.kind, actor: id, via: c.apposition !== undefined ? 'apposition' : c.via };
    if (c.kind === 'surname' && id && c.actors.length > 1) m.via = 'surname';
    const group = this.members.get(c);
    if (group) m.members = group;
    if (c.role) m.role = `${c.role.role}@${c.role.of.join('+') || '?'}`;
    return m;
  }
}

export function findMentions(doc: Doc, kb: KnowledgeBase, toks: Tok[], words: MentionWords): FoundActors {
  const { candidates, localActors } = findCandidates(doc, kb, toks, words);
  const resolver = new Resolver(doc, kb, toks, words, candidates, localActors);
  resolver.run();
  const mentions = candidates.filter((c) => !resolver.skipped.has(c)).map((c) => resolver.mention(c, doc.text));
  // only the local actors the text ends up mentioning
  const used = new Set(mentions.map((m) => m.actor));
  return { mentions, localActors: localActors.filter((a) => used.has(a.id)) };
}
