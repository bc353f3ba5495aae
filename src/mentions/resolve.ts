// Coreference within one article: surnames to the person named in full, descriptors to
// the office holder on the article's date (or the holder named earlier), party descriptors
// and pronouns to the most recent compatible person. When the evidence does not single
// out one actor the mention stays unresolved: a gap is better than a wrong attribution.
import type { Document, Mention } from '../document/types.js';
import type { Actor, KnowledgeBase } from '../actors/kb.js';
import { holders, mayHaveHeld } from '../actors/roles.js';
import type { MentionWords } from './types.js';
import { findCandidates, type Candidate } from './find.js';
import type { Tok } from '../segment/tokens.js';

interface Seen { actor: string; sentence: number; oblique: boolean; initial?: boolean }

/** Words that may stand before a clause's subject at the start of a sentence. */
const OPENERS = /^(Auch|Zudem|Dann|Danach|Zuvor|Später|Nun|Jetzt|Doch|Aber|Und|Bereits|Schon|Inzwischen|Außerdem|Dabei|Daraufhin|Deshalb|So|Noch|Erst|Selbst|Gerade|Vor|allem)$/;

/** How many sentences back a pronoun may reach. */
const PRONOUN_REACH = 2;

export interface FoundActors {
  mentions: Mention[];
  localActors: Actor[];
}

export function findMentions(doc: Pick<Document, 'text' | 'titleSpan' | 'sentences' | 'published'>, kb: KnowledgeBase, toks: Tok[], words: MentionWords): FoundActors {
  const { candidates, localActors } = findCandidates(doc, kb, toks, words);
  const local = new Map(localActors.map((a) => [a.id, a]));
  const actor = (id: string) => local.get(id) ?? kb.actors.get(id);
  const date = doc.published;
  const { prepositions, determiners } = words;
  // what has been resolved so far, by sentence, and the distinct actors in the order first seen
  // (indexed: a pronoun or descriptor looks at a few sentences, never at the whole history)
  const bySentence = new Map<number, Seen[]>();
  const seenActors = new Set<string>();
  const see = (x: Seen) => {
    let list = bySentence.get(x.sentence);
    if (!list) bySentence.set(x.sentence, (list = []));
    list.push(x);
    seenActors.add(x.actor);
  };
  const inSentence = (n: number) => bySentence.get(n) ?? [];
  const resolved = new Map<Candidate, string | null>();
  const members = new Map<Candidate, string[]>();
  const skipped = new Set<Candidate>();

  // a name right after its descriptor ("mit Kremlchef Wladimir Putin") stands where the descriptor does
  const headOf = new Map<Candidate, Candidate>();
  for (const c of candidates) if (c.apposition !== undefined) headOf.set(candidates[c.apposition]!, c);
  const oblique = (c: Candidate) => {
    let k = (headOf.get(c) ?? c).start - 1;
    while (k >= 0 && (determiners.has(toks[k]!.text) || /^\p{Ll}+e[nmrs]?$/u.test(toks[k]!.text) && !prepositions.has(toks[k]!.text))) k--;
    return k >= 0 && toks[k]!.sentence === toks[c.start]!.sentence && prepositions.has(toks[k]!.text.toLowerCase());
  };
  // the subject of a German main clause usually opens it: only openers, articles and the
  // descriptor's words stand before it, and no "und" joins it to a second person
  const initial = (c: Candidate) => {
    const head = headOf.get(c) ?? c;
    const sentence = toks[c.start]!.sentence;
    for (let k = head.start - 1; k >= 0 && toks[k]!.sentence === sentence; k--) {
      const w = toks[k]!.text;
      if (!(determiners.has(w) || OPENERS.test(w) || toks[k]!.kind === 'quote')) return false;
    }
    return toks[c.end]?.text !== 'und' && toks[head.start - 1]?.text !== 'und';
  };
  const remember = (c: Candidate, id: string | null) => {
    resolved.set(c, id);
    if (id) see({ actor: id, sentence: toks[c.start]!.sentence, oblique: oblique(c), initial: initial(c) });
  };
  const named = (id: string) => seenActors.has(id);

  for (const c of candidates) {
    const sentence = toks[c.start]!.sentence;
    if (c.nounLike && !c.actors.some(named)) { skipped.add(c); continue; }
    if (c.kind === 'name' || c.kind === 'alias' || c.kind === 'adjective' || c.kind === 'capital' || c.kind === 'surname') {
      if (c.actors.length === 1) { remember(c, c.actors[0]!); continue; }
      // a surname two known persons share: the one named in full before, else the one in office then
      const before = c.actors.filter(named);
      const inOffice = date ? c.actors.filter((id) => actor(id)?.roles.some((r) => mayHaveHeld(r, date))) : [];
      remember(c, before.length === 1 ? before[0]! : inOffice.length === 1 ? inOffice[0]! : null);
      continue;
    }
    if (c.kind === 'pronoun') {
      // the nearest sentence (this one before the pronoun, then up to two back) with a
      // compatible person decides: its one subject-like person, or its one person at all;
      // two candidates there leave the pronoun open. An object pronoun ("ihn", "ihm") never
      // means the subject of its own clause.
      let pick: string | null = null;
      if (c.singular !== false) {
        const here = new Set(inSentence(sentence).filter((x) => !x.oblique).map((x) => x.actor));
        const fits = (x: Seen) => { const a = actor(x.actor); return !!a && a.gender === c.gender && (c.kase === 'nom' || !here.has(x.actor)); };
        for (let back = sentence; back >= sentence - PRONOUN_REACH; back--) {
          const there = inSentence(back).filter(fits);
          if (!there.length) continue;
          const all = [...new Set(there.map((x) => x.actor))];
          const openers = [...new Set(there.filter((x) => x.initial && !x.oblique).map((x) => x.actor))];
          const subjects = [...new Set(there.filter((x) => !x.oblique).map((x) => x.actor))];
          pick = all.length === 1 ? all[0]! : openers.length === 1 ? openers[0]! : subjects.length === 1 ? subjects[0]! : null;
          break;
        }
      }
      resolved.set(c, pick);
      if (pick) see({ actor: pick, sentence, oblique: c.kase !== 'nom' || oblique(c) });
      continue;
    }
    if (c.apposition !== undefined) continue; // resolved with its name below
    // "ein Präsident", "jeder Bundeskanzler", a bare "Präsidenten": nobody in particular
    if (c.determiner === 'indefinite' || c.determiner === 'none') { remember(c, null); continue; }
    /** The one actor among `ids` named in this sentence or the two before; null when none or several. */
    const nearby = (ok: (a: Actor) => boolean) => {
      const near = [...new Set([0, 1, 2].flatMap((k) => inSentence(sentence - k)).map((x) => x.actor))].filter((id) => { const a = actor(id); return !!a && ok(a); });
      if (near.length === 1) return near[0]!;
      if (near.length > 1) return null;
      const anywhere = [...seenActors].filter((id) => { const a = actor(id); return !!a && ok(a); });
      return anywhere.length === 1 ? anywhere[0]! : null;
    };
    if (c.kind === 'party') {
      remember(c, nearby((a) => a.kind === 'person' && a.party === c.party && (!c.gender || !a.gender || a.gender === c.gender)));
      continue;
    }
    if (c.role) {
      const r = c.role;
      const queries = r.of.length ? r.of.map((of) => ({ role: r.role, of, former: r.former })) : [{ role: r.role, of: null, former: r.former }];
      const pickOne = (q: (typeof queries)[number]) => {
        const { certain, possible } = holders(kb, q, date, localActors);
        const fits = (a: Actor) => !c.gender || !a.gender || a.gender === c.gender;
        const inText = nearby((a) => fits(a) && possible.some((p) => p.id === a.id));
        if (inText) return inText;
        // without a named holder: only a current office of a named state, held by one person
        // for the whole period of the article's date (never a former one from the date alone)
        if (q.of !== null && !q.former) { const sure = certain.filter(fits); if (sure.length === 1) return sure[0]!.id; }
        return null;
      };
      if (r.plural && r.of.length > 1) {
        const ids = queries.map(pickOne);
        if (ids.every((x): x is string => x !== null)) members.set(c, ids);
        remember(c, null);
      } else if (r.both) {
        // "beide Präsidenten": exactly two holders named in the article
        const possible = new Set(holders(kb, queries[0]!, date, localActors).possible.map((a) => a.id));
        const named2 = [...seenActors].filter((id) => possible.has(id));
        if (named2.length === 2) members.set(c, named2);
        remember(c, null);
      } else if (!r.plural) {
        remember(c, queries.length === 1 ? pickOne(queries[0]!) : null);
      } else remember(c, null);
    }
  }
  // appositions: the descriptor is the person named right after it
  candidates.forEach((c) => { if (c.apposition !== undefined) resolved.set(c, resolved.get(candidates[c.apposition]!) ?? null); });

  const mentions: Mention[] = candidates.filter((c) => !skipped.has(c)).map((c) => {
    const span: [number, number] = [toks[c.start]!.span[0], toks[c.end - 1]!.span[1]];
    const id = resolved.get(c) ?? null;
    const m: Mention = { span, text: doc.text.slice(...span), sentence: toks[c.start]!.sentence, kind: c.kind, actor: id, via: c.apposition !== undefined ? 'apposition' : c.via };
    if (c.kind === 'surname' && id && c.actors.length > 1) m.via = 'surname';
    const group = members.get(c);
    if (group) m.members = group;
    if (c.role) m.role = `${c.role.role}@${c.role.of.join('+') || '?'}`;
    return m;
  });
  // only the local actors the text ends up mentioning
  const used = new Set(mentions.map((m) => m.actor));
  return { mentions, localActors: localActors.filter((a) => used.has(a.id)) };
}

