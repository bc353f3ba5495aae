// Events one article tells, coded in PLOVER: from event verbs ("telefonierte Trump mit
// Putin"), event nouns with their participants ("das Telefonat von Trump und Putin", "nach
// dem Gespräch mit Trump") or as a reference to an event told before ("das Telefonat"), and
// from statements whose speech act or message is a demand, rejection, threat or accusation.
// Each mention keeps its sentence and trigger as offsets; mentions of one event in the same
// article are merged here, across articles in ../merge/events.ts.
import type { DocEvent, Document, EventDate, EventMention, Mention, Span } from '../document/types.js';
import type { Tok } from '../segment/tokens.js';
import type { KnowledgeBase } from '../actors/kb.js';
import { indexArticle, sentenceVerbs, type ArticleIndex } from '../mentions/positions.js';
import { verbReadings } from '../lexicon/verbs.js';
import { AUXILIARY, passiveAt, passiveClause } from '../grammar/de/verbs.js';
import { nounLemma } from '../lexicon/nouns.js';
import { findTimeExpressions } from '../time/de/parse.js';
import { resolveTime, type Tense } from '../time/resolve.js';
import { clausesOf, phrasesIn } from './de/arguments.js';
import type { Clause, EventNoun, EventVerb, EventWords, Phrase, PloverType } from './types.js';
import { eventLexicon } from './de/lexicon.js';
import { attributesIn, placeIn } from './de/attributes.js';
import { issuesIn } from './de/patterns.js';
import { SYMMETRIC, addMention, affiliatedBy, compatibleDates, eventContext, mergeInto, participantsCompatible, sameSubject } from './same.js';

/** Events whose infinitive clause says what was agreed, demanded or refused. */
const GOVERNING = new Set(['AGREE', 'DEMAND', 'REJECT', 'THREATEN']);

const NON_FINITE = new Set(['PA2', 'INF', 'EIZ']);
const FINITE = new Set(['PRÄ', 'PRT', 'KJ1', 'KJ2']);
const REFUSING = new Set(['ausschließen', 'absagen', 'ablehnen', 'verweigern', 'zurückweisen', 'dementieren']);
const SUBORDINATE = /^(?:dass|daß|ob|falls|wenn|weil|da|nachdem|bevor|während|obwohl|sofern|damit|der|die|das|dem|den|denen|deren|dessen|welche|welcher|welches|wer|was|wie)$/;
const POSSESSIVE = /^(?:ihr|ihre|ihrem|ihren|ihrer|ihres|sein|seine|seinem|seinen|seiner|seines)$/;
const DEFINITE = /^(?:das|dem|des|den|der|die|beim|im|vom|zum|diesem|dieses|dieser|diese)$/i;
const OBLIGATION = /^(?:muss|müsse|müssen|müssten|musste|mussten|sollte|sollten|solle)$/;
const MAY_NOT = /^(?:darf|dürfe|dürfen|dürften)$/;

interface Sentence { index: number; from: number; to: number; clauses: Clause[]; phrases: Phrase[]; triggers: number[] }

interface Found {
  type: PloverType;
  mode: string | null;
  actors: string[];
  recipients: string[];
  clause: Clause;
  sentence: Sentence;
  trigger: [number, number];
  via: EventMention['via'];
  context: string[];
  statement?: number;
  /** The clause an infinitive depends on ("sei bereit, … zu beraten"): its words count for the context. */
  governing?: Clause;
}

export function findEvents(
  doc: Pick<Document, 'text' | 'sentences' | 'paragraphs' | 'published' | 'statements' | 'titleSpan'>,
  toks: readonly Tok[],
  mentions: readonly Mention[],
  kb: KnowledgeBase,
  words: EventWords,
  index: ArticleIndex = indexArticle(toks, mentions),
): DocEvent[] {
  const lex = eventLexicon(words);
  const { eventish, nounTrigger } = lex;
  const { text } = doc;
  const { byStart, byEnd, ranges } = index;
  const media = (id: string) => kb.actors.get(id)?.sector === 'media';
  const affiliated = affiliatedBy((id) => kb.actors.get(id)?.country ?? null);
  // adjectives modify ("russische Angriffe"); outlets report: neither is a side of an event
  const mentionAt = new Map([...index.mentionAt].filter(([, { m }]) => m.kind !== 'adjective' && !(m.actor && media(m.actor))));
  // what a speaker says in quotation marks is the statement's, not the narrator's event
  const quoted = new Uint8Array(toks.length);
  for (const s of doc.statements) {
    if (s.form !== 'direct') continue;
    for (let i = byStart.get(s.quote[0]) ?? toks.length; i < toks.length && toks[i]!.span[1] <= s.quote[1]; i++) quoted[i] = 1;
  }

  const events: DocEvent[] = [];
  const byType = new Map<string, DocEvent[]>();
  /** Events by the sentences that tell them. */
  const eventsIn = new Map<number, DocEvent[]>();
  /** The event told last that fits (walking back, no copy of the list). */
  const lastEvent = (fits: (e: DocEvent) => boolean) => {
    for (let k = events.length - 1; k >= 0; k--) if (fits(events[k]!)) return events[k]!;
    return undefined;
  };
  const sentences = new Map<number, Sentence>();
  const sentenceAt = (at: number): Sentence | null => {
    const known = sentences.get(at);
    if (known) return known;
    const r = ranges.get(at);
    if (!r) return null;
    const s: Sentence = { index: at, from: r[0], to: r[1], clauses: clausesOf(toks, text, r[0], r[1]), phrases: phrasesIn(toks, mentionAt, r[0], r[1], words), triggers: [] };
    sentences.set(at, s);
    return s;
  };
  const clauseOf = (s: Sentence, i: number) => s.clauses.find((c) => i >= c.from && i < c.to) ?? { from: s.from, to: s.to };
  const inClause = (s: Sentence, c: Clause) => s.phrases.filter((p) => p.from >= c.from && p.to <= c.to);
  /** A bare phrase with those coordinated to it ("Donald Trump und sein russischer Amtskollege Wladimir Putin"). */
  const coordinated = (s: Sentence, p: Phrase): Phrase => {
    const next = s.phrases.find((q) => q.from >= p.to && q.role === '');
    if (!next || next.from - p.to > 5 || !toks.slice(p.to, next.from).some((t) => t.text === 'und')
      || toks.slice(p.to, next.from).some((t) => t.text === ',')
      || sentenceVerbs(index, s.index).some((v) => v.index >= p.to && v.index < next.from)) return p;
    return { ...p, to: next.to, actors: [...new Set([...p.actors, ...next.actors])], mentions: [...p.mentions, ...next.mentions] };
  };
  /** The clause's subject, or the nearest one before it in the sentence ("Sie hat vorgeschlagen, der Ukraine … zu stellen"). */
  const subjectOf = (s: Sentence, c: Clause): Phrase | null => {
    const own = inClause(s, c).find((p) => p.role === '');
    if (own) return coordinated(s, own);
    // "…, falls europäische Staaten Truppen entsenden", "…, die er beschimpfte": the subject is in there, named or not
    if (SUBORDINATE.test(toks[c.from]?.text ?? '')) return null;
    for (let k = s.clauses.indexOf(c) - 1; k >= 0; k--) {
      const p = inClause(s, s.clauses[k]!).find((x) => x.role === '');
      if (p) return coordinated(s, p);
    }
    return null;
  };
  const clauseWords = (c: Clause) => toks.slice(c.from, c.to).map((t) => t.text);
  /** "keine Einigung erzielt", "ein Abkommen unterzeichnet": the noun's sides are the subject. */
  const light = (c: Clause) => toks.slice(c.from, c.to).some((t) => /^\p{Ll}/u.test(t.text) && verbReadings(t.text).some((r) => words.lightVerbs.has(r.lemma) && !r.particle));
  /** Whose "seinem"/"ihrem": the nearest phrase before it that agrees (sein: one man or a state, ihr: a woman or several). */
  const ownerOf = (s: Sentence, at: number): Phrase | null => {
    const plural = /^ihr/.test(toks[at]!.text);
    const agrees = (p: Phrase) => {
      if (p.actors.length > 1) return plural;
      const a = kb.actors.get(p.actors[0]!);
      const female = a?.kind === 'person' && a.gender === 'f';
      return plural ? female : !female;
    };
    return [...s.phrases].reverse().map((p) => (p.role === '' ? coordinated(s, p) : p)).find((p) => p.to <= at && agrees(p)) ?? null;
  };

  const spanOf = (sentence: number): Span => (sentence < 0 ? doc.titleSpan! : doc.sentences[sentence]!.span);
  // the title first (a lead sentence standing in the header line), then the body
  for (const sentence of [...(doc.titleSpan ? [-1] : []), ...doc.sentences.keys()]) {
    const info = doc.sentences[sentence];
    // a repeated paragraph tells nothing new; a heading repeats its paragraph in short
    if (info && (info.repeatOf !== null || doc.paragraphs[info.paragraph]?.heading)) continue;
    const r = ranges.get(sentence);
    if (!r) continue;
    let any = false;
    for (let i = r[0]; i < r[1] && !any; i++) {
      const w = toks[i]!.text;
      any = !quoted[i] && toks[i]!.kind === 'word' && (eventish(w) || (i === r[0] && eventish(w.charAt(0).toLowerCase() + w.slice(1))));
    }
    if (!any) continue;
    const s = sentenceAt(sentence)!;
    const found: Found[] = [];
    const references: Array<{ i: number; noun: EventNoun; clause: Clause; context: string[] }> = [];

    // 1. verbs: finite (with their particle) and participles or infinitives
    const lemmas = new Map<number, { lemma: string; end: number; finite: boolean }>();
    for (const v of sentenceVerbs(index, sentence)) {
      if (words.verbs.has(v.lemma)) lemmas.set(v.index, { lemma: v.lemma, end: (v.particle ?? v.index) + 1, finite: true });
    }
    const extra = lex.weakForms;
    for (let i = r[0]; i < r[1]; i++) {
      const t = toks[i]!;
      // "Vereinbart wurde …": a verb opening the sentence is capitalized
      const form = i === r[0] ? t.text.charAt(0).toLowerCase() + t.text.slice(1) : t.text;
      if (lemmas.has(i) || t.kind !== 'word' || !/^\p{Ll}/u.test(form)) continue;
      const reading = verbReadings(form).find((x) => NON_FINITE.has(x.tense) && !x.particle && words.verbs.has(x.lemma));
      const weak = extra.get(form);
      if (reading) lemmas.set(i, { lemma: reading.lemma, end: i + 1, finite: false });
      else if (weak) lemmas.set(i, { lemma: weak.lemma, end: i + 1, finite: weak.finite });
    }
    for (const [i, { lemma, end }] of [...lemmas].sort((a, b) => a[0] - b[0])) {
      if (quoted[i]) continue;
      // "dem vereinbarten Vorschlag": a participle before its noun describes, it tells no event
      const next = toks[i + 1];
      if (/(?:te|ten|tem|tes|ter|ene|enen|enem|ener)$/.test(toks[i]!.text) && next?.kind === 'word' && /^\p{Lu}/u.test(next.text) && !mentionAt.has(i + 1)) continue;
      const clause = clauseOf(s, i);
      const ws = clauseWords(clause);
      const verb = words.verbs.get(lemma)!.find((v) => !v.needs.length || v.needs.some((n) => ws.includes(n)));
      if (!verb) continue;
      // ("Vereinbart wurde …": a participle with "werden")
      const passive = !lemmas.get(i)!.finite && passiveClause(toks, clause.from, clause.to);
      // "…vorgeschlagen, der Ukraine Hilfen zur Verfügung zu stellen": an infinitive has its subject outside
      const infinitive = toks[i - 1]?.text === 'zu' || (!lemmas.get(i)!.finite && verbReadings(toks[i]!.text).some((x) => x.tense === 'EIZ'));
      // "vereinbart, Verhandlungen aufzunehmen und eng zusammenzuarbeiten": what was agreed, not another event
      if (infinitive && found.some((g) => g.via === 'verb' && GOVERNING.has(g.type) && g.trigger[0] < i)) continue;
      let sides = verbSides(s, clause, verb, passive, infinitive);
      // "Vereinbart wurde eine Aussetzung …": agreed by the sides of the talks just told
      if (!sides && passive && verb.type === 'AGREE') {
        const talks = lastEvent((e) => e.type === 'CONSULT' && sentence - e.mentions[e.mentions.length - 1]!.sentence <= 6);
        if (talks) sides = { actors: [...talks.actors], recipients: [...talks.recipients] };
      }
      if (!sides) continue;
      // "wies die Forderung zurück", "kritisierte die Drohung": aimed at whoever made it
      if ((verb.type === 'REJECT' || verb.type === 'DISAPPROVE') && !sides.recipients.length) {
        const named = toks.slice(clause.from, clause.to).map((t) => nounTrigger(t.text)).find((n) => n && n.type !== verb.type);
        const earlier = named && lastEvent((e) => e.type === named.type && !e.actors.some((a) => sides!.actors.includes(a)));
        if (earlier) sides = { actors: sides.actors, recipients: [...earlier.actors] };
      }
      const k = s.clauses.indexOf(clause);
      // "telefonierte Trump mit dem Kremlchef - und erst danach mit Selenskyj": a second event, the verb left out
      const then = s.clauses[k + 1];
      if (then && /^(?:und|sowie|dann)$/.test(toks[then.from]!.text) && !sentenceVerbs(index, sentence).some((v) => v.index >= then.from && v.index < then.to)) {
        const more = inClause(s, then).filter((p) => verb.recipient.includes(p.role)).flatMap((p) => p.actors).filter((a) => !sides!.actors.includes(a));
        if (more.length) found.push({ type: verb.type, mode: verb.mode, actors: sides.actors, recipients: more, clause: then, sentence: s, trigger: [i, end], via: 'verb', context: [...verb.context] });
      }
      const governing = infinitive && k > 0 ? s.clauses[k - 1] : undefined;
      found.push({ type: verb.type, mode: verb.mode, ...sides, clause, sentence: s, trigger: [i, end], via: 'verb', context: [...verb.context], ...(governing ? { governing } : {}) });
    }

    // 2. nouns with their participants, or as a reference to an event told before
    for (let i = r[0]; i < r[1]; i++) {
      const t = toks[i]!;
      if (quoted[i] || t.kind !== 'word') continue;
      const noun = nounTrigger(t.text);
      if (!noun) continue;
      const clause = clauseOf(s, i);
      const phrases = inClause(s, clause);
      const after = phrases.find((p) => p.from > i && p.from <= i + 4 && ['von', 'gen', 'zwischen', 'aus', 'mit'].includes(p.role));
      let actors: string[] = [];
      let recipients: string[] = [];
      if (after && after.role !== 'mit') actors = [...after.actors];
      else {
        const owner = SYMMETRIC.has(noun.type) ? [i - 1, i - 2].find((k) => k >= r[0] && POSSESSIVE.test(toks[k]!.text)) : undefined;
        if (owner !== undefined) actors = ownerOf(s, owner)?.actors ?? [];
        else if (after?.role === 'mit' || (!after && light(clause))) actors = subjectOf(s, clause)?.actors ?? [];
        if (after?.role === 'mit') recipients = after.actors.filter((a) => !actors.includes(a));
      }
      [actors, recipients] = split(noun.type, actors, recipients);
      const before = toks.slice(Math.max(r[0], i - 3), i).map((x) => x.text.toLowerCase());
      // "keine Einigung"; "ein Treffen schloss Selenskyj aus": a noun whose event is refused
      const governed = [i - 1, i - 2].some((k) => k >= r[0] && words.prepositions.has(toks[k]!.text.toLowerCase()));
      const refused = !governed && toks.slice(clause.from, clause.to).some((x) => /^\p{Ll}/u.test(x.text) && verbReadings(x.text).some((v) => REFUSING.has(v.lemma)));
      const context = before.some((w) => /^kein/.test(w)) || refused ? ['negated'] : [];
      const complete = actors.length && (!SYMMETRIC.has(noun.type) || recipients.length);
      if (complete) {
        found.push({ type: noun.type, mode: noun.mode, actors, recipients, clause, sentence: s, trigger: [i, i + 1], via: 'noun', context });
      } else if ((i > r[0] && DEFINITE.test(toks[i - 1]!.text) || (i > r[0] + 1 && DEFINITE.test(toks[i - 2]!.text) && /^\p{Ll}/u.test(toks[i - 1]!.text)))
        && !/^(?:der|des|von|vom)$/.test(toks[i + 1]?.text ?? '') && (t.text === noun.lemma || t.text === noun.lemma + 's' || t.text === noun.lemma + 'es')) {
        // "das Telefonat", "bei dem Gespräch" (not "das Treffen der Kontaktgruppe"): told before
        references.push({ i, noun, clause, context });
      }
    }

    // every event word of the sentence, so that a time expression goes to the nearest one
    s.triggers = [...lemmas.keys(), ...[...Array(r[1] - r[0]).keys()].map((k) => r[0] + k).filter((k) => toks[k]!.kind === 'word' && nounTrigger(toks[k]!.text))]
      .map((k) => toks[k]!.span[0]);
    for (const f of found) add(f);
    for (const { i, noun, clause, context } of references) {
      // the one of that kind told last, a few sentences back; a plan only for a plan
      const plan = clauseWords(clause).some((w) => words.contexts.get(w) === 'future');
      const earlier = lastEvent((e) => e.type === noun.type && (!e.mode || !noun.mode || e.mode === noun.mode)
        && (plan || !e.mentions.every((m) => m.context.includes('future'))) && sentence - e.mentions[e.mentions.length - 1]!.sentence <= 6);
      if (!earlier) continue;
      const { date, ...mention } = mentionOf({ type: noun.type, mode: noun.mode, actors: [], recipients: [], clause, sentence: s, trigger: [i, i + 1], via: 'reference', context });
      addMention(earlier, mention);
      if (!earlier.date?.value && date?.value) earlier.date = date;
    }
  }

  // 3. statements whose speech act or message is an event
  doc.statements.forEach((st, index) => {
    const speaker = st.speaker?.actor;
    if (!speaker || media(speaker) || st.sentence < 0) return;
    const s = sentenceAt(st.sentence);
    if (!s) return;
    const cueAt = st.cue ? byStart.get(st.cue.span[0]) : undefined;
    const clause = cueAt !== undefined && cueAt < s.to ? clauseOf(s, cueAt) : s.clauses[0] ?? { from: s.from, to: s.to };
    const trigger: [number, number] = cueAt !== undefined ? [cueAt, (byEnd.get(st.cue!.span[1]) ?? cueAt + 1)] : [s.from, s.from + 1];
    const addressee = st.addressee?.actor && !media(st.addressee.actor) ? [st.addressee.actor] : [];
    const type = st.cue ? words.speechActs.get(st.cue.act) : undefined;
    const passiveCue = cueAt !== undefined && passiveAt(toks, cueAt, clause.from, clause.to);
    if (type && !passiveCue) {
      const own = type === 'DEMAND' ? inClause(s, clause).filter((p) => p.role === 'von').flatMap((p) => p.actors) : [];
      statementEvent(type, [...addressee, ...own]);
    }
    // the message: "die Ukraine muss auf Gebiete verzichten" demands of Ukraine
    const qFrom = byStart.get(st.quote[0]);
    const qTo = byEnd.get(st.quote[1]);
    if (qFrom === undefined || qTo === undefined) return;
    for (let i = qFrom; i < qTo; i++) {
      const w = toks[i]!.text;
      const mayNot = MAY_NOT.test(w) && toks.slice(i + 1, Math.min(qTo, i + 8)).some((x) => x.text === 'nicht' || x.text === 'keine');
      if (!OBLIGATION.test(w) && !mayNot) continue;
      const qs = sentenceAt(toks[i]!.sentence);
      if (!qs) continue;
      const c = clauseOf(qs, i);
      const subject = inClause(qs, c).find((p) => p.role === '' && p.from >= Math.max(c.from, qFrom) && p.to <= Math.min(c.to, qTo));
      const addressed = subject?.actors.filter((a) => a !== speaker && !subject.mentions.some((m) => m.kind === 'pronoun' && /^wir|uns$/i.test(m.text)));
      if (addressed?.length) { statementEvent('DEMAND', addressed); break; }
    }
    const message = text.slice(...st.quote);
    if (words.rejections.some((p) => message.includes(p))) {
      const demand = lastEvent((e) => e.type === 'DEMAND' && !e.actors.includes(speaker)
        && e.mentions.some((m) => m.sentence <= st.sentence && st.sentence - m.sentence <= 3));
      statementEvent('REJECT', demand ? [...demand.actors] : addressee);
    }

    function statementEvent(t: PloverType, recipients: string[]) {
      // the cue is an event verb already read with its sides ("lehnte Kiew … ab"): the statement is its evidence
      const byCue = st.cue && events.find((e) => e.type === t && e.mentions.some((m) => m.trigger[0] === st.cue!.span[0]));
      if (byCue) { byCue.mentions.find((m) => m.trigger[0] === st.cue!.span[0])!.statement ??= index; return; }
      const same = events.find((e) => e.type === t && e.actors.includes(speaker!) && e.mentions.some((m) => m.sentence === st.sentence));
      if (same) {
        same.mentions.find((m) => m.sentence === st.sentence)!.statement ??= index;
        for (const r of recipients) if (!same.recipients.includes(r) && r !== speaker) same.recipients.push(r);
        return;
      }
      add({ type: t, mode: null, actors: [speaker!], recipients: recipients.filter((r) => r !== speaker), clause, sentence: s!, trigger, via: 'statement', context: [], statement: index });
    }
  });

  return events.map((e) => ({ ...e, context: eventContext(e) }));

  /** Actor and recipients of a verb in its clause, or null when it has no actor. */
  function verbSides(s: Sentence, clause: Clause, verb: EventVerb, passive: boolean, infinitive: boolean): { actors: string[]; recipients: string[] } | null {
    const phrases = inClause(s, clause);
    const before = s.clauses.indexOf(clause) > 0 ? s.clauses[s.clauses.indexOf(clause) - 1]! : null;
    const actor = passive ? phrases.find((p) => p.role === 'von' || p.role === 'durch') ?? null
      : infinitive ? (before ? subjectOf(s, before) : null) : subjectOf(s, clause);
    let actors = actor ? [...actor.actors] : [];
    let recipients: string[] = [];
    for (const where of verb.recipient) {
      const hits = where === 'dat' || where === 'obj'
        ? phrases.filter((p) => p.role === '' && p !== actor && (!actor || p.from > actor.from || !phrases.includes(actor)))
        : phrases.filter((p) => p.role === where && p !== actor);
      for (const p of hits) for (const a of p.actors) if (!recipients.includes(a) && !actors.includes(a)) recipients.push(a);
    }
    [actors, recipients] = split(verb.type, actors, recipients);
    if (!actors.length) return null;
    if (SYMMETRIC.has(verb.type) && !recipients.length) return null;
    return { actors, recipients };
  }

  /** "Trump und Putin telefonierten": for a two-sided event, the first is the actor, the others the other side. */
  function split(type: string, actors: string[], recipients: string[]): [string[], string[]] {
    if (SYMMETRIC.has(type) && !recipients.length && actors.length > 1) return [actors.slice(0, 1), actors.slice(1)];
    return [actors, recipients.filter((x) => !actors.includes(x))];
  }

  function mentionOf(f: Found): EventMention & { date: EventDate | null } {
    const sentenceSpan = spanOf(f.sentence.index);
    const c = f.clause;
    const ws = toks.slice(f.governing?.from ?? c.from, c.to);
    const context = new Set(f.context);
    ws.forEach((t, k) => {
      const ctx = words.contexts.get(t.text) ?? words.contexts.get(t.text.toLowerCase());
      if (!ctx) return;
      if (ctx === 'negated' && (f.via === 'noun' || f.via === 'reference')) return; // nouns: only "kein" right before them
      // "nicht nur", "nicht erst", "nicht zum ersten Mal", "und nicht mit Selenskyj": the negation is of something else
      if (ctx === 'negated' && /^(?:nur|erst|einmal|mehr|zum|mit|gegen|von|für|in|an)$/.test(ws[k + 1]?.text ?? '')) return;
      context.add(ctx);
    });
    if (context.has('proposed')) context.add('future');
    const cFrom = toks[c.from]!.span[0];
    const cTo = toks[c.to - 1]!.span[1];
    const date = dateOf(f, cFrom, cTo, context.has('future') ? 'future' : presentTense(f) ? 'present' : 'past');
    if (date?.value && doc.published && date.value > doc.published && !date.value.startsWith(doc.published)) context.add('future');
    const trigger: Span = [toks[f.trigger[0]]!.span[0], toks[f.trigger[1] - 1]!.span[1]];
    return { span: sentenceSpan, trigger, sentence: f.sentence.index, via: f.via, ...(f.statement !== undefined ? { statement: f.statement } : {}), context: [...context], date };
  }

  /** "treffen sich im April", "telefoniert am Mittwoch": a present-tense event word, which news uses for plans as well. */
  function presentTense(f: Found): boolean {
    if (f.via !== 'verb') return false;
    const all = verbReadings(toks[f.trigger[0]]!.text);
    const readings = all.filter((r) => FINITE.has(r.tense));
    // "haben … telefoniert" is a perfect: the form is also a participle and an auxiliary stands in the clause
    const perfect = all.some((r) => r.tense === 'PA2') && toks.slice(f.clause.from, f.clause.to).some((t) => AUXILIARY.test(t.text));
    return !perfect && readings.length > 0 && readings.every((r) => r.tense === 'PRÄ' || r.tense === 'KJ1');
  }

  function dateOf(f: Found, cFrom: number, cTo: number, tense: Tense): EventDate | null {
    const at = toks[f.trigger[0]]!.span[0];
    // an expression belongs to the event word nearest to it ("das zweite Telefonat … nach einem ersten Gespräch im Februar")
    const triggers = f.sentence.triggers;
    const nearest = (x: number) => triggers.reduce((best, y) => (Math.abs(y - x) < Math.abs(best - x) ? y : best), at);
    const pick = (from: number, to: number) => findTimeExpressions(text, from, to)
      .filter((t) => t.relation === 'at' && t.ref.kind !== 'duration' && nearest(t.span[0]) === at)
      .sort((a, b) => Math.abs(a.span[0] - at) - Math.abs(b.span[0] - at))[0];
    const first = f.sentence.clauses[0];
    const main = first && f.clause !== first && first.to <= f.clause.from ? [toks[first.from]!.span[0], toks[first.to - 1]!.span[1]] as const : null;
    const t = pick(cFrom, cTo) ?? (main ? pick(main[0], main[1]) : undefined);
    if (!t) return null;
    const resolved = resolveTime(t.ref, doc.published, tense);
    return { ...resolved, text: t.text, span: t.span };
  }

  function add(f: Found) {
    const { date: mentionDate, ...mention } = mentionOf(f);
    // a noun's terms stand right after it ("Treffen in Brüssel"); the rest of its clause is another matter
    const from = f.via === 'noun' ? f.trigger[0] : f.clause.from;
    const to = f.via === 'noun' ? Math.min(f.clause.to, f.trigger[1] + 8) : f.clause.to;
    const cFrom = toks[from]!.span[0];
    const cTo = toks[to - 1]!.span[1];
    const ws = toks.slice(from, to).map((t) => t.text);
    const mode = f.mode ?? words.modes.find(([w, , types]) => types!.includes(f.type) && ws.some((x) => x.startsWith(w)))?.[1] ?? null;
    const attributes = attributesIn(text, cFrom, cTo, lex.attributes.amount);
    const sentenceText = text.slice(...mention.span);
    const issues = issuesIn(words.issues, text.slice(toks[f.clause.from]!.span[0], toks[f.clause.to - 1]!.span[1])).map((i) => i.key);
    if (issues.length) attributes.issues = issues;
    const topic = topicOf(f);
    if (topic) attributes.topic = topic;
    let date = mentionDate;
    // "Im Februar telefonierte Trump mit dem Kremlchef. Mit Putin vereinbarte er …": the time goes on
    if (!date?.value) {
      // (the events told in the sentence before, by index: a look over all events would be quadratic)
      const previous = (eventsIn.get(f.sentence.index - 1) ?? []).find((e) => e.date?.value && e.mentions.some((m) => m.sentence === f.sentence.index - 1 && m.via !== 'reference')
        && shared(e, f) >= 2);
      if (previous) date = { ...previous.date!, approximate: true };
    }
    const event: DocEvent = {
      type: f.type, mode, context: mention.context, actors: f.actors, recipients: f.recipients, date,
      place: placeIn(text, cFrom, cTo, lex.attributes.placesOf(kb)) ?? (f.via === 'verb' ? placeIn(sentenceText, 0, sentenceText.length, lex.attributes.placesOf(kb)) : null),
      attributes, mentions: [mention],
    };
    const negated = (e: DocEvent) => e.context.includes('negated');
    // (the 500 latest of its type at most: a run-on text with thousands of like acts must not go quadratic)
    const candidates = byType.get(event.type) ?? [];
    const same = candidates.slice(-500).reverse().find((e) => (!e.mode || !event.mode || e.mode === event.mode)
      && negated(e) === negated(event) && participantsCompatible(e, event, SYMMETRIC.has(e.type), affiliated) && compatibleDates(e.date, event.date)
      // one-sided acts a few sentences apart are one only when aimed at the same side or issue
      && (SYMMETRIC.has(e.type) || sameSubject(e, event) || e.mentions.some((m) => Math.abs(m.sentence - f.sentence.index) <= 1)));
    const target = same ?? event;
    if (same) mergeInto(same, event);
    else {
      events.push(event);
      const list = byType.get(event.type);
      if (list) list.push(event); else byType.set(event.type, [event]);
    }
    const here = eventsIn.get(f.sentence.index);
    if (!here) eventsIn.set(f.sentence.index, [target]); else if (!here.includes(target)) here.push(target);
  }

  function shared(e: DocEvent, f: Found): number {
    const a = new Set([...e.actors, ...e.recipients]);
    return [...new Set([...f.actors, ...f.recipients])].filter((x) => a.has(x)).length;
  }

  /** What the event is about: the words after the trigger to the clause end ("auf eine 30-tägige Aussetzung …"). */
  function topicOf(f: Found): string | null {
    const c = f.clause;
    let b = f.trigger[1];
    let e = c.to;
    if (f.trigger[0] > c.from + (c.to - c.from) / 2) { b = c.from; e = f.trigger[0]; } // verb-final clause
    while (b < e && !/^(?:auf|über|für|zu|zur|zum|um|eine?[nmrs]?|die|der|den|das|dem|des)$/i.test(toks[b]!.text) && !/^\p{Lu}/u.test(toks[b]!.text)) b++;
    while (e > b && (/^\p{Ll}/u.test(toks[e - 1]!.text) && !/^(?:ab|an)$/.test(toks[e - 1]!.text)) && e - 1 > b) e--;
    if (e - b < 2 || e - b > 24) return null;
    const topic = text.slice(toks[b]!.span[0], toks[e - 1]!.span[1]);
    return /\p{Lu}/u.test(topic) ? topic : null;
  }
}

/** An event's context: a plan only while every mention speaks of it as one. */
