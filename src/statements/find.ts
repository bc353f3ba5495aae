// Attributed statements: direct quotes in every German quote style, indirect speech after
// a cue verb or a source phrase ("laut", "zufolge", "wie … mitteilte"), reported speech acts
// with a noun-phrase message, headline attributions ("Kallas: …") and Konjunktiv
// continuations that keep the last speaker. Works on the article's tokens and its resolved
// actor mentions; every span is an offset into the original text.
import type { Document, Mention, Span, Statement, StatementForm } from '../document/types.js';
import type { TextView } from '../normalize/view.js';
import { toView } from '../normalize/view.js';
import { findQuotes } from '../segment/quotes.js';
import type { Tok } from '../mentions/find.js';
import { finiteVerbs, clauseMood, type FiniteVerb } from '../grammar/de/verbs.js';
import { verbReadings } from '../lexicon/verbs.js';
import { cueVerbs, isSourceNoun, sourcePhrases } from './de/cues.js';
import { germanPatterns } from '../mentions/de/patterns.js';

interface Region { open: number; close: number }

interface Cue { index: number; end: number; lemma: string; act: string; np: boolean; npPrepositions?: string[] | null; kind: 'verb' | 'source' }

interface Ctx {
  doc: Pick<Document, 'text' | 'paragraphs' | 'sentences' | 'titleSpan'>;
  toks: Tok[];
  /** Mention starting at a token index, with the index after its last token. */
  mentionAt: Map<number, { m: Mention; end: number }>;
  /** Tokens inside a quotation (direct statement material). */
  quoted: Uint8Array;
  /** Tokens inside a quoted fragment of a reported message. */
  fragments: Uint8Array;
  /** Finite verbs per sentence, token indices absolute (found once, asked often). */
  verbs: Map<number, FiniteVerb[]>;
}

const PUNCT_END = /^[.!?…]$/;
const isComma = (t: Tok | undefined) => t?.text === ',';
const CLAUSE_BREAK = /^[,;:]$/;

function span(ctx: Ctx, from: number, to: number): Span {
  // trim punctuation at both ends (a quote keeps its own final stop inside the marks)
  while (from < to && /^[,;:\-]$/.test(ctx.toks[from]!.text)) from++;
  while (to > from && /^[,;:\-]$/.test(ctx.toks[to - 1]!.text)) to--;
  return [ctx.toks[from]!.span[0], ctx.toks[to - 1]!.span[1]];
}

function words(ctx: Ctx, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) if (ctx.toks[i]!.kind === 'word' || ctx.toks[i]!.kind === 'number') n++;
  return n;
}

/** The finite verbs in [from, to), from the sentence-wide analysis (cached per sentence). */
function verbsIn(ctx: Ctx, from: number, to: number): FiniteVerb[] {
  const out: FiniteVerb[] = [];
  for (let i = from; i < to;) {
    const sentence = ctx.toks[i]!.sentence;
    let list = ctx.verbs.get(sentence);
    let b = i;
    while (b > 0 && ctx.toks[b - 1]!.sentence === sentence) b--;
    if (!list) {
      let e = i;
      while (e < ctx.toks.length && ctx.toks[e]!.sentence === sentence) e++;
      list = finiteVerbs(ctx.toks.slice(b, e)).map((v) => ({ ...v, index: v.index + b, particle: v.particle === null ? null : v.particle + b, infinitive: v.infinitive === null ? null : v.infinitive + b }));
      ctx.verbs.set(sentence, list);
    }
    for (const v of list) if (v.index >= from && v.index < to) out.push(v);
    while (i < to && ctx.toks[i]!.sentence === sentence) i++;
  }
  return out;
}

const cueForms = new Map<string, boolean>();

/** Can this word be a form of a cue verb (any tense, particle or not)? Memoized: most words cannot. */
function cueish(word: string): boolean {
  let r = cueForms.get(word);
  if (r === undefined) {
    const verbs = cueVerbs();
    r = /^\p{L}/u.test(word) && verbReadings(word).some((x) => verbs.has(x.lemma) || (x.particle !== undefined && verbReadings(word).some((y) => !y.particle && verbs.has(y.lemma))));
    if (cueForms.size > 20_000) cueForms.clear();
    cueForms.set(word, r);
  }
  return r;
}

/** Cue verbs (finite, or a clause-final participle "hatte … erklärt") and source words in [from, to). */
function cuesIn(ctx: Ctx, from: number, to: number): Cue[] {
  const verbs = cueVerbs();
  const out: Cue[] = [];
  // most sentences hold no word that could be a cue: no verb analysis for them
  let any = false;
  for (let i = from; i < to && !any; i++) any = ctx.toks[i]!.kind === 'word' && cueish(ctx.toks[i]!.text);
  if (!any) return out;
  for (const v0 of verbsIn(ctx, from, to)) {
    const v = { ...v0, index: v0.index - from, particle: v0.particle === null ? null : v0.particle - from };
    // "sagte Hegseth weiter" is sagen, not weitersagen: a particle the cue list does not know is no particle
    let lemma = v.lemma;
    if (!verbs.has(lemma) && v.particle !== null) lemma = verbReadings(ctx.toks[from + v.index]!.text).find((r) => !r.particle && verbs.has(r.lemma))?.lemma ?? lemma;
    const cue = verbs.get(lemma);
    if (!cue || ctx.quoted[from + v.index]) continue;
    const end = lemma === v.lemma ? from + (v.particle ?? v.index) + 1 : from + v.index + 1;
    out.push({ index: from + v.index, end, lemma, act: cue.act, np: cue.np, npPrepositions: cue.npPrepositions, kind: 'verb' });
  }
  for (let i = from; i < to; i++) {
    const t = ctx.toks[i]!;
    if (ctx.quoted[i] || t.kind !== 'word' || !cueish(t.text)) continue;
    // "hatte … erklärt," — a participle closing the clause before the message
    const next = ctx.toks[i + 1];
    if ((next?.text === ',' || next?.text === ':') && !out.some((c) => c.index === i)) {
      const pa = verbReadings(t.text).find((r) => r.tense === 'PA2' && verbs.has(r.lemma));
      if (pa && /^\p{Ll}/u.test(t.text)) out.push({ index: i, end: i + 1, lemma: pa.lemma, act: verbs.get(pa.lemma)!.act, np: false, kind: 'verb' });
    }
  }
  return out.sort((a, b) => a.index - b.index);
}

/** The speaker words right after a cue: a mention, else a short noun phrase. */
function speakerAfter(ctx: Ctx, at: number, limit: number): { from: number; to: number; m: Mention | null } | null {
  const p = germanPatterns();
  let i = at;
  // "sagte am Mittwoch Kallas" is rare; "sagte Kallas" / "sagte der Pentagon-Chef" / "sagte er"
  const hit = ctx.mentionAt.get(i);
  if (hit && hit.m.kind !== 'adjective') return { from: i, to: hit.end, m: hit.m };
  // "sagte dieser", "erklärte jener": a demonstrative pronoun
  if (/^(dieser|diese|jener|jene|dieses)$/.test(ctx.toks[i]?.text ?? '') && !/^\p{L}/u.test(ctx.toks[i + 1]?.text ?? '')) return { from: i, to: i + 1, m: null };
  // a noun phrase: determiner? words up to a preposition, punctuation or verb
  const start = i;
  if (ctx.toks[i] && p.determiners.has(ctx.toks[i]!.text)) i++;
  let noun = false;
  while (i < limit && ctx.toks[i]!.kind === 'word' && !p.prepositions.has(ctx.toks[i]!.text) && !CLAUSE_BREAK.test(ctx.toks[i]!.text)
    && !/^(am|nach|weiter|zudem|auch|dazu|demnach|später|bereits|noch)$/.test(ctx.toks[i]!.text)) {
    const w = ctx.toks[i]!.text;
    // after the noun, a lower-case word ends the phrase unless a genitive follows ("Sprecher des Ministeriums")
    if (noun && /^\p{Ll}/u.test(w) && !(/^(des|der|eines|einer)$/.test(w) && /^\p{Lu}/u.test(ctx.toks[i + 1]?.text ?? ''))) break;
    const inner = ctx.mentionAt.get(i);
    if (inner) return { from: start, to: inner.end, m: inner.m };
    if (/^\p{Lu}/u.test(w)) noun = true;
    i++;
    if (i - start >= 6) break;
  }
  if (i === start || !/^\p{Lu}/u.test(ctx.toks[i - 1]!.text)) return null;
  return { from: start, to: i, m: null };
}

/** Words that open a sentence before its verb without being its subject. */
const OPENING_ADVERBIALS = /^(So|Dies|Das|Dazu|Darauf|Daraufhin|Deshalb|Daher|Damit|Dabei|Hier|Dort|Heute|Gestern|Nun|Jetzt|Als|Entsprechend|Passend|Ebenso|Ähnlich|Gleichzeitig|Anschließend|Schließlich|Später|Zuvor|Zudem|Außerdem|Weiter|Auch|Dennoch|Trotzdem|Allerdings|Jedoch|Inzwischen|Mittlerweile|Bislang|Bisher|Zunächst|Erst|Zuletzt|Darüber|Dem|Demgegenüber|Es|Ende|Anfang|Mitte|Nicht|Hierzu|Hierbei|Dafür|Dagegen|Stattdessen|Vielmehr|Ferner|Überdies)$/;

/** The subject of the clause [from, cue): its first mention not after a preposition, else the noun phrase opening it. */
function speakerBefore(ctx: Ctx, from: number, cue: number): { from: number; to: number; m: Mention | null } | null {
  const p = germanPatterns();
  for (let i = from; i < cue; i++) {
    const hit = ctx.mentionAt.get(i);
    // an unresolved role word inside the subject ("Erika Beispiel, Präsidentin des Verbands") is no speaker of its own
    if (!hit || hit.m.kind === 'adjective' || (!hit.m.actor && !hit.m.members && hit.m.kind !== 'pronoun')) continue;
    let k = i - 1;
    while (k >= from && p.determiners.has(ctx.toks[k]!.text)) k--;
    if (k >= from && p.prepositions.has(ctx.toks[k]!.text.toLowerCase())) { i = hit.end - 1; continue; }
    return { from: i, to: hit.end, m: hit.m };
  }
  // "So berichtete die Zeitung", "Seit Jahren fordert der Staat": the subject follows the verb
  const first = ctx.toks[from]?.text ?? '';
  if (p.prepositions.has(first.toLowerCase()) || OPENING_ADVERBIALS.test(first)) return null;
  // "Lokale Medien berichteten", "Ein Sprecher des Ministeriums sagte"
  let i = from;
  while (i < cue && /^(Auch|Zuvor|Dazu|Später|Bereits|Zudem|Außerdem|Nun|Jetzt|Inzwischen|Gleichzeitig|Dagegen|Daraufhin)$/.test(ctx.toks[i]!.text)) i++;
  const after = ctx.mentionAt.get(cue + 1);
  if (after && after.m.kind !== 'adjective') return null; // "Details nannte er nicht": the object stands first
  // a longer subject with an apposition: "Der Leiter des Programms der WHO, Klaus Stöhr, sagte";
  // it ends at the first finite verb ("Stoiber hatte … betont:")
  const verb = verbsIn(ctx, i, cue).find((v) => v.index > i)?.index ?? cue;
  const np = ctx.toks.slice(i, verb);
  if (np.length >= 1 && np.length <= 14 && /^\p{Lu}/u.test(np[0]!.text)
    && np.every((t) => (t.kind === 'word' || t.kind === 'number' || t.text === ',' || t.text === '-') && !sourcePhrases().has(t.text))
    && !verbsIn(ctx, i, verb).length) {
    return { from: i, to: verb, m: null };
  }
  return null;
}

/** An addressee after the speaker: "sagte Kallas der »Welt«", "sagte er dem Sender CNN". */
function addresseeAfter(ctx: Ctx, at: number, limit: number): { from: number; to: number; m: Mention | null } | null {
  const t = ctx.toks[at];
  if (!t || !/^(der|dem|den)$/.test(t.text)) {
    const hit = ctx.mentionAt.get(at);
    return hit && hit.m.kind !== 'adjective' ? { from: at, to: hit.end, m: hit.m } : null;
  }
  let i = at + 1;
  if (ctx.toks[i]?.kind === 'quote') {
    const close = ctx.toks.findIndex((x, k) => k > i && x.kind === 'quote');
    if (close > i && close < limit) return { from: at, to: close + 1, m: ctx.mentionAt.get(i + 1)?.m ?? null };
    return null;
  }
  const hit = ctx.mentionAt.get(i);
  if (hit) return { from: at, to: hit.end, m: hit.m };
  // "dem Sender CNN", "der Zeitung »Bild«": a noun and a name
  while (i < limit && i < at + 4 && /^\p{Lu}/u.test(ctx.toks[i]!.text)) {
    const inner = ctx.mentionAt.get(i);
    if (inner) return { from: at, to: inner.end, m: inner.m };
    i++;
  }
  return null;
}

const who = (x: { from: number; to: number; m: Mention | null } | null, ctx: Ctx) =>
  x ? { span: span(ctx, x.from, x.to), actor: x.m?.actor ?? null } : null;

export function findStatements(
  doc: Pick<Document, 'text' | 'paragraphs' | 'sentences' | 'titleSpan'>,
  toks: Tok[],
  view: TextView,
  mentions: readonly Mention[],
): Statement[] {
  // token index by original start offset, for mentions
  const byStart = new Map<number, number>();
  toks.forEach((t, i) => { if (!byStart.has(t.span[0])) byStart.set(t.span[0], i); });
  const byEnd = new Map<number, number>();
  toks.forEach((t, i) => byEnd.set(t.span[1], i + 1));
  const mentionAt = new Map<number, { m: Mention; end: number }>();
  for (const m of mentions) {
    const i = byStart.get(m.span[0]);
    const e = byEnd.get(m.span[1]);
    if (i !== undefined && e !== undefined) mentionAt.set(i, { m, end: e });
  }
  const ctx: Ctx = { doc, toks, mentionAt, quoted: new Uint8Array(toks.length), fragments: new Uint8Array(toks.length), verbs: new Map() };

  // sentence → token range
  const ranges = new Map<number, [number, number]>();
  toks.forEach((t, i) => {
    const r = ranges.get(t.sentence);
    if (r) r[1] = i + 1; else ranges.set(t.sentence, [i, i + 1]);
  });

  // quotation regions, paired within a paragraph (and the title), as token indices
  const tokAtView = new Map<number, number>();
  toks.forEach((t, i) => tokAtView.set(t.at[0], i));
  const regions: Region[] = [];
  const blocks: Span[] = [...(doc.titleSpan ? [doc.titleSpan] : []), ...doc.paragraphs.map((p) => p.span)];
  for (const [b, e] of blocks) {
    const vb = toView(view, b);
    const ve = toView(view, e);
    for (const q of findQuotes(view.text.slice(vb, ve))) {
      const open = tokAtView.get(vb + q.outer[0]);
      const close = tokAtView.get(vb + q.outer[1] - 1);
      if (open === undefined || close === undefined || close <= open + 1) continue;
      // nested quotes belong to the one around them
      if (regions.some((r) => r.open < open && r.close > close)) continue;
      regions.push({ open, close });
    }
  }
  regions.sort((a, b) => a.open - b.open);

  const out: Statement[] = [];
  const media = new Set(mentions.filter((m) => m.kind === 'name' || m.kind === 'alias').map((m) => doc.text.slice(...m.span)));
  /** Last attributed speaker, for cue-less continuations: the sentence it ended in. */
  let last = null as { speaker: Statement['speaker']; sentence: number; paragraph: number } | null;
  const paragraphOf = (sentence: number) => (sentence < 0 ? -1 : doc.sentences[sentence]!.paragraph);
  const push = (s: Statement) => {
    out.push(s);
    if (s.speaker) last = { speaker: s.speaker, sentence: s.sentence, paragraph: paragraphOf(s.sentence) };
  };

  // 1. direct quotes
  for (const r of regions) {
    const n = words(ctx, r.open + 1, r.close);
    const inner = toks.slice(r.open + 1, r.close);
    const sentenceLike = inner.some((t) => PUNCT_END.test(t.text)) || n >= 3;
    const title = inner.every((t) => t.kind !== 'word' || /^\p{Lu}/u.test(t.text)) && n <= 5;
    const name = media.has(doc.text.slice(toks[r.open + 1]!.span[0], toks[r.close - 1]!.span[1]));
    if (title || name) continue;
    // a quote inside a clause whose verb stands outside it ("müsse „robuste Garantien enthalten“"),
    // or a quoted word or two, is a fragment of a reported message, not a direct statement
    if (!sentenceLike || fragment(ctx, r)) { for (let i = r.open; i <= r.close; i++) ctx.fragments[i] = 1; continue; }
    for (let i = r.open; i <= r.close; i++) ctx.quoted[i] = 1;
  }
  const directs: Array<{ r: Region; statement: Statement }> = [];
  /** Cue verbs a direct quote already used: no second, indirect statement from them. */
  const usedCues = new Set<number>();

  const direct = (r: Region) => {
    const closeSentence = toks[r.close]!.sentence;
    const [, sEnd] = ranges.get(closeSentence)!;
    const openSentence = toks[r.open]!.sentence;
    const [sStart] = ranges.get(openSentence)!;
    let cue: Cue | undefined;
    let speaker: ReturnType<typeof speakerAfter> = null;
    let addressee: ReturnType<typeof addresseeAfter> = null;
    // after: „…“, sagte Kallas (der „Welt“). / „…“, so Kallas.
    let a = r.close + 1;
    if (isComma(toks[a])) a++;
    const after = cuesIn(ctx, a, Math.min(sEnd, a + 2)).find((c) => c.index === a);
    if (after) {
      cue = after;
      speaker = speakerAfter(ctx, after.index + 1, sEnd);
      if (speaker) addressee = addresseeAfter(ctx, speaker.to, sEnd);
    } else if (toks[a]?.text === 'so' && a < sEnd) {
      cue = { index: a, end: a + 1, lemma: 'so', act: 'say', np: false, kind: 'source' };
      speaker = speakerAfter(ctx, a + 1, sEnd);
    }
    if (!cue) {
      // before: Kallas sagte (der „Welt“): „…“ / Dazu sagte Kallas, „…“
      const before = cuesIn(ctx, sStart, r.open).filter((c) => !ctx.quoted[c.index]).pop();
      if (before && !regions.some((x) => x !== r && ctx.quoted[x.open] && x.open > before.index && x.open < r.open)) {
        cue = before;
        speaker = speakerBefore(ctx, sStart, before.index) ?? speakerAfter(ctx, before.end, r.open);
        if (speaker && speaker.from < before.index) addressee = addresseeAfter(ctx, before.end, r.open);
      } else {
        // the middle of a sentence whose cue stands between two quotes: „…“, sagte X, „…“
        const prev = directs.at(-1);
        if (prev && toks[prev.r.close]!.sentence === openSentence && prev.statement.cue) {
          push({ ...prev.statement, form: 'direct', quote: span(ctx, r.open + 1, r.close), sentence: openSentence });
          directs.push({ r, statement: out.at(-1)! });
          return;
        }
      }
    }
    let sp = who(speaker, ctx);
    // "Zitat von Schröder: „…“", "Hier sparte der Bundespräsident nicht mit Kritik: „…“": a colon after a
    // clause names the speaker as its subject, or as the one person it names
    if (!cue && toks[r.open - 1]?.text === ':') {
      const verb = verbsIn(ctx, sStart, r.open - 1)[0];
      const subject = verb ? speakerBefore(ctx, sStart, verb.index) ?? speakerAfter(ctx, verb.index + 1, r.open - 1) : null;
      const persons = [...mentionAt.entries()].filter(([k, x]) => k >= sStart && x.end < r.open && x.m.actor && x.m.kind !== 'adjective' && x.m.kind !== 'capital');
      if (subject) sp = who(subject, ctx);
      else if (persons.length === 1) sp = { span: persons[0]![1].m.span, actor: persons[0]![1].m.actor };
    }
    // no cue: a quote right after an attributed statement continues the same speaker
    if (!cue && !sp && last && last.sentence >= openSentence - 2 && last.paragraph >= paragraphOf(openSentence) - 1) sp = nearest(last.speaker, r.open);
    if (!cue && !sp && words(ctx, r.open + 1, r.close) < 5) return;
    if (cue) usedCues.add(cue.index);
    const statement: Statement = {
      form: 'direct', quote: span(ctx, r.open + 1, r.close),
      cue: cue ? { span: span(ctx, cue.index, cue.index + 1), lemma: cue.lemma, act: cue.act } : null,
      speaker: sp, addressee: who(addressee, ctx), sentence: openSentence,
    };
    push(statement);
    directs.push({ r, statement });
  };

  // headlines and headings: "Kallas: Man kann Russland nicht trauen"
  const headingSentences = new Set<number>([-1]);
  doc.sentences.forEach((x, i) => { if (doc.paragraphs[x.paragraph]?.heading) headingSentences.add(i); });
  const headline = (sentence: number) => {
    const [b, e] = ranges.get(sentence)!;
    const colon = toks.findIndex((t, i) => i >= b && i < e && t.text === ':');
    if (colon < 0 || colon - b > 6 || words(ctx, colon + 1, e) < 2) return;
    // the words before the colon are one actor mention (with its descriptor)
    let m: { m: Mention; end: number } | undefined;
    for (let i = b; i < colon; i++) { const hit = mentionAt.get(i); if (hit && hit.end === colon) m = hit; }
    if (!m || m.m.kind === 'adjective' || (!m.m.actor && !m.m.members)) return;
    if (out.some((x) => x.sentence === sentence && x.form === 'direct')) return;
    out.push({ form: 'direct', quote: span(ctx, colon + 1, e), cue: null, speaker: { span: span(ctx, b, colon), actor: m.m.actor }, addressee: null, sentence });
  };

  /** The continuing speaker's most recent mention before token `at` (the same actor), or the one given. */
  const nearest = (speaker: Statement['speaker'], at: number): Statement['speaker'] => {
    if (!speaker) return speaker;
    if (!speaker.actor) {
      // an unknown speaker named again ("Elshorst … Elshorst"): its last word's latest occurrence before the quote
      const words = doc.text.slice(...speaker.span).split(/\s+/);
      const last = words[words.length - 1]!;
      if (last.length < 3 || !/^\p{Lu}/u.test(last)) return speaker;
      const before = doc.text.lastIndexOf(last, toks[at]!.span[0]);
      return before > speaker.span[1] ? { span: [before, before + last.length], actor: null } : speaker;
    }
    let best = speaker;
    for (const m of mentions) if (m.actor === speaker.actor && m.span[1] <= toks[at]!.span[0] && m.span[0] > best.span[0]) best = { span: m.span, actor: m.actor };
    return best;
  };

  const sources = sourcePhrases();
  const sentenceIds = [...(ranges.has(-1) ? [-1] : []), ...doc.sentences.keys()];
  let nextRegion = 0;
  for (const sentence of sentenceIds) {
    const range = ranges.get(sentence);
    if (!range) continue;
    const [b, e] = range;
    const made = out.length;
    // 1. direct quotes opening in this sentence
    while (nextRegion < regions.length && regions[nextRegion]!.open < e) {
      const r = regions[nextRegion++]!;
      if (ctx.quoted[r.open] && r.open >= b) direct(r);
    }
    if (headingSentences.has(sentence)) { headline(sentence); continue; }
    // 2. indirect speech, source phrases, reported speech acts
    let end = e;
    while (end > b && PUNCT_END.test(toks[end - 1]!.text)) end--;
    let inQuotes = 0;
    for (let k = b; k < e; k++) inQuotes += ctx.quoted[k]!;
    const quotedShare = inQuotes / (e - b);
    if (quotedShare < 0.6) {
      // "…, sagte der Pentagon-Chef und betonte, die USA würden …": one statement per cue
      let from = b;
      for (const cue of cuesIn(ctx, b, e)) {
        if (usedCues.has(cue.index) || cue.index < from) continue;
        const x = indirectAt(ctx, cue, from, end);
        if (!x) continue;
        x.sentence = sentence;
        push(x);
        from = Math.max(cue.end, toks.findIndex((t) => t.span[0] >= x.quote[1]));
        if (from < 0) break;
      }
      if (out.length === made) {
        const x = sourceStatement(ctx, sources, b, end);
        if (x) { x.sentence = sentence; push(x.speaker || !last ? x : { ...x, speaker: nearest(last.speaker, b) }); }
      }
    }
    if (out.length > made || quotedShare >= 0.6) continue;
    // 3. Konjunktiv continuation: the sentence before reported someone
    if (!last || last.sentence !== sentence - 1) continue;
    // (the reportative "soll … haben" was tried as a continuation too: +0.003 joint F1 on the
    // Wikinews train split, but it also carries plans on, "Dafür sollen die Staaten … leisten")
    const mood = clauseMood(verbsIn(ctx, b, e).filter((v) => !ctx.quoted[v.index]));
    if ((mood !== 'subjunctive1' && mood !== 'subjunctive2') || words(ctx, b, end) < 3) continue;
    // a run of Konjunktiv sentences in one paragraph is one continuation
    const prevOut = out.at(-1);
    if (prevOut?.form === 'free-indirect' && prevOut.sentence >= 0 && doc.sentences[prevOut.sentence]!.paragraph === paragraphOf(sentence)
      && prevOut.speaker?.actor === last.speaker?.actor) {
      prevOut.quote = [prevOut.quote[0], span(ctx, b, end)[1]];
      last.sentence = sentence;
      continue;
    }
    push({ form: 'free-indirect', quote: span(ctx, b, end), cue: null, speaker: nearest(last.speaker, b), addressee: null, sentence });
  }
  // "bezeichnete den Besuch als „wichtiges Zeichen“": in a reported speech act the quoted words are
  // the speaker's own, a direct statement of their own (in a reported clause they would be counted twice)
  for (const r of regions) {
    if (ctx.quoted[r.open] || !ctx.fragments[r.open]) continue;
    const [qb, qe] = [toks[r.open + 1]!.span[0], toks[r.close - 1]!.span[1]];
    const host = out.find((x) => x.form === 'reported' && x.quote[0] <= qb && x.quote[1] >= qe);
    if (!host) continue;
    out.push({ ...host, form: 'direct', quote: [qb, qe] });
  }
  return out.sort((x, y) => x.quote[0] - y.quote[0]);
}

/** Indirect speech around one cue verb in the sentence [b, end). */
function indirectAt(ctx: Ctx, cue: Cue, b: number, end: number): Statement | null {
  const toks = ctx.toks;
  let form: StatementForm = 'indirect';
  let quote: [number, number] | null = null;
  let speaker: ReturnType<typeof speakerAfter> = null;
  let addressee: ReturnType<typeof addresseeAfter> = null;
  // (a) "…, sagte X." / "…, teilte X mit.": the message before the comma
  if (cue.index > b && isComma(toks[cue.index - 1])) {
    const from = b;
    const to = cue.index - 1;
    if (words(ctx, from, to) >= 3 && verbsIn(ctx, from, to).length) {
      quote = [from, to];
      speaker = speakerAfter(ctx, cue.index + 1, end);
      if (speaker) addressee = addresseeAfter(ctx, speaker.to, end);
      // "Auf die Frage, …, antwortete er, die Diskussion drehe sich …": the message follows
      let k = Math.max(cue.end, speaker?.to ?? 0, addressee?.to ?? 0);
      const gap = k;
      while (k < end && !CLAUSE_BREAK.test(toks[k]!.text)) k++;
      // (not when another verb opens its own clause: "…, sagte er und betonte, …")
      if (k < end && isComma(toks[k]) && !verbsIn(ctx, gap, k).length && isMessage(ctx, k + 1, end)) quote = null;
    }
  }
  if (!quote) {
    // (b) "X sagte (am Mittwoch) (Y), (dass) …" / "X sagte: …": the message after the first comma or colon
    let k = cue.end;
    while (k < end && !CLAUSE_BREAK.test(toks[k]!.text) && !ctx.quoted[k]) k++;
    // verbs that only report ("sagte", "erklärte", "teilte mit") take any clause; the others
    // ("drängt", "warnte", "forderte") only a message: dass/ob, Konjunktiv or zu + infinitive
    const reporting = /^(say|report|claim|confirm|announce|concede|deny|believe)$/.test(cue.act);
    if (k < end && CLAUSE_BREAK.test(toks[k]!.text) && words(ctx, k + 1, end) >= 2 && (reporting || isMessage(ctx, k + 1, end, true))) {
      quote = [k + 1, end];
      // "empfahl den Politikern, die er … beschimpfte, sich …": a relative clause is not the message
      if (RELATIVE.has(toks[k + 1]!.text) && /^\p{Ll}/u.test(toks[k + 2]?.text ?? '')) {
        let j = k + 2;
        while (j < end && !isComma(toks[j])) j++;
        if (j < end - 2) quote = [j + 1, end];
      }
      // "Hans Muster, Präsident des Gerichts, sagte, …": past an apposition to the sentence start
      const cs = clauseStart(ctx, b, cue.index);
      speaker = speakerBefore(ctx, cs, cue.index) ?? (cs > b ? speakerBefore(ctx, b, cue.index) : null);
      const between = cue.index + 1;
      if (!speaker) {
        speaker = speakerAfter(ctx, between, k);
        if (speaker) addressee = addresseeAfter(ctx, speaker.to, k);
      } else {
        addressee = addresseeAfter(ctx, between, k);
      }
      // the message ends where another cue begins ("…, sagte er, und fügte hinzu, …") or at a quote
      const nextCue = cuesIn(ctx, k + 1, end).find((c) => isComma(toks[c.index - 1]));
      if (nextCue) quote = [k + 1, nextCue.index - 1];
      // "…, sie müssten nachgeben und bemühte das Bild …": a new main clause of the speaker ends the message
      const verbs = verbsIn(ctx, quote[0], quote[1]);
      const joined = verbs.find((v) => v.index > quote![0] + 1 && toks[v.index - 1]!.text === 'und' && v.mood === 'indicative' && /^\p{Ll}/u.test(toks[v.index]!.text)
        && verbs.some((w) => w.index < v.index && w.mood !== 'indicative'));
      if (joined) quote = [quote[0], joined.index - 1];
    } else if (cue.np) {
      // (c) a reported speech act with a noun-phrase message: "verlangte (von Trump) ein Ende der …"
      speaker = speakerBefore(ctx, clauseStart(ctx, b, cue.index), cue.index) ?? speakerAfter(ctx, cue.index + 1, end);
      let from = cue.index + 1;
      if (speaker && speaker.from > cue.index) from = speaker.to;
      // "von Trump": the addressee of a demand
      if (toks[from]?.text === 'von' && ctx.mentionAt.get(from + 1)) {
        addressee = { from: from + 1, to: ctx.mentionAt.get(from + 1)!.end, m: ctx.mentionAt.get(from + 1)!.m };
        from = addressee.to;
      }
      let to = cue.end > cue.index + 1 ? cue.end - 1 : end;
      if (to <= from) to = end;
      // "nennt sich …", "äußerte sich in Brüssel": a reflexive name or a place or time is no message
      if (toks[from]?.text === 'sich' && (cue.lemma === 'nennen' || cue.lemma === 'bezeichnen')) from = to;
      while (toks[from]?.text === 'sich') from++;
      if (cue.npPrepositions && !toks.slice(from, to).some((t) => cue.npPrepositions!.includes(t.text))) from = to;
      if (/^(in|im|am|an|bei|beim|nach|seit|während|vor|um|gegen)$/.test(toks[from]?.text ?? '')) from = to;
      const message = toks.slice(from, to);
      const negated = toks.slice(b, end).some((t) => t.text === 'nicht' || t.text === 'nichts');
      // the message is the speech act as the clause tells it, speaker included ("Peskow bestätigte die Vorbereitungen …")
      if (words(ctx, from, to) >= 2 && speaker && !negated && message.some((t) => /^\p{Lu}/u.test(t.text))) {
        quote = [Math.min(speaker.from, clauseStart(ctx, b, cue.index)), Math.max(to, cue.end)];
        form = 'reported';
      }
    }
  }
  if (!quote || !speaker) return null;
  // quoted fragments inside a reported clause: mixed
  // (a reported speech act stays reported: its quoted words become direct statements of their own)
  if (form === 'indirect') for (let i = quote[0]; i < quote[1]; i++) if (ctx.quoted[i] || ctx.fragments[i]) { form = 'mixed'; break; }
  if (form === 'mixed' && [...Array(quote[1] - quote[0]).keys()].every((k) => ctx.quoted[quote![0] + k] || toks[quote![0] + k]!.kind === 'punct')) return null;
  return {
    form, quote: span(ctx, quote[0], quote[1]),
    cue: { span: span(ctx, cue.index, cue.index + 1), lemma: cue.lemma, act: cue.act },
    speaker: who(speaker, ctx), addressee: who(addressee, ctx), sentence: 0,
  };
}

/**
 * Does the quote stand inside a clause: not at the sentence start, not after a colon, comma
 * or dash, and either without a finite verb of its own or after one outside it?
 */
function fragment(ctx: Ctx, r: Region): boolean {
  const t = ctx.toks;
  const before = t[r.open - 1];
  if (!before || before.sentence !== t[r.open]!.sentence || /^[:,\-(]$/.test(before.text) || before.kind === 'quote') return false;
  let start = r.open - 1;
  while (start > 0 && t[start - 1]!.sentence === t[r.open]!.sentence && !/^[:,;]$/.test(t[start - 1]!.text)) start--;
  const inner = verbsIn(ctx, r.open + 1, r.close).length > 0;
  const outer = verbsIn(ctx, start, r.open).length > 0;
  return !inner || outer;
}

const RELATIVE = new Set(['der', 'die', 'das', 'dem', 'den', 'deren', 'dessen', 'welche', 'welcher', 'welches']);
const ADVERBIAL = new Set(['wie', 'als', 'nachdem', 'bevor', 'während', 'weil', 'da', 'obwohl', 'um', 'wenn', 'falls', 'seit', 'bis', 'sodass', 'damit', 'und', 'aber']);

/** Does [from, end) read as a reported message: "dass …", or a clause in Konjunktiv not opened by an adverbial conjunction? */
function isMessage(ctx: Ctx, from: number, end: number, infinitive = false): boolean {
  const first = ctx.toks[from]?.text.toLowerCase();
  if (!first || ADVERBIAL.has(first)) return false;
  if (first === 'dass' || first === 'ob') return true;
  // "…, keine Zugeständnisse zu machen", "…, sich besser abzusprechen"
  if (infinitive && ctx.toks.slice(from, end).some((t, k, all) => verbReadings(t.text).some((r) => r.tense === 'EIZ')
    || (t.text === 'zu' && verbReadings(all[k + 1]?.text ?? '').some((r) => r.tense === 'INF')))) return true;
  const mood = clauseMood(verbsIn(ctx, from, end));
  return mood === 'subjunctive1' || mood === 'subjunctive2';
}

/** The start of the clause a cue stands in: after the last comma before it, or the sentence start. */
function clauseStart(ctx: Ctx, b: number, cue: number): number {
  for (let i = cue - 1; i > b; i--) if (CLAUSE_BREAK.test(ctx.toks[i]!.text)) return i + 1;
  return b;
}

/** "Laut X …", "Nach Angaben von X …", "X zufolge …", "…, wie X mitteilte", "…, hieß es aus Moskau", "…, so X". */
function sourceStatement(ctx: Ctx, sources: Map<string, string>, b: number, end: number): Statement | null {
  const toks = ctx.toks;
  for (let i = b; i < end; i++) {
    if (ctx.quoted[i]) continue;
    const one = toks[i]!.text;
    const two = i + 1 < end ? `${one} ${toks[i + 1]!.text}` : '';
    // "nach Angaben", "nach Polizeiangaben", "nach ersten Informationen", "nach dessen Angaben"
    let nounAt = -1;
    if (one === 'nach' || one === 'Nach') {
      for (let k = i + 1; k < Math.min(end, i + 4); k++) {
        if (isSourceNoun(toks[k]!.text)) { nounAt = k; break; }
        if (!/^\p{Ll}/u.test(toks[k]!.text)) break;
      }
    }
    const evidence = nounAt > 0;
    const kind = evidence ? 'before' : sources.get(two) ?? sources.get(one);
    if (!kind) continue;
    const width = evidence ? nounAt - i + 1 : sources.has(two) ? 2 : 1;
    const cue = { span: span(ctx, i, i + width), lemma: (sources.has(two) ? two : one).toLowerCase(), act: 'report' };
    if (kind === 'before') {
      // "Laut Kreml", "Nach Angaben von Diplomaten", "nach Angaben des Kreml"
      let s = i + width;
      const of = /^(von|des|der|aus|eines|einer)$/.test(toks[s]?.text ?? '');
      if (of && /^(von|aus)$/.test(toks[s]!.text)) s++;
      const hit = ctx.mentionAt.get(s);
      let sp = hit ? { from: s, to: hit.end, m: hit.m } : speakerAfter(ctx, s, end);
      // "nach Polizeiangaben", "nach ersten Informationen": the source is the phrase itself
      if (evidence && !of) sp = { from: i + 1, to: i + width, m: null };
      if (!sp) continue;
      const rest = sp.to < end && isComma(toks[sp.to]) ? sp.to + 1 : sp.to;
      // the message: the rest of the sentence; what stood before a trailing ", laut X"; the
      // whole sentence around a source in its middle ("Die Zahl ist laut Polizei gestiegen")
      const from = i === b ? rest : b;
      const to = i === b ? end : isComma(toks[i - 1]) && sp.to >= end - 1 ? i - 1 : end;
      if (words(ctx, from, to) < 3) continue;
      return { form: 'indirect', quote: span(ctx, from, to), cue, speaker: who(sp, ctx), addressee: null, sentence: 0 };
    }
    if (kind === 'after' && i > b) {
      // "Dem Kreml zufolge wollen …": the source is the mention right before
      let s = i - 1;
      while (s > b && !ctx.mentionAt.get(s) && i - s < 5) s--;
      const hit = ctx.mentionAt.get(s);
      let sp: { from: number; to: number; m: Mention | null } | null = hit && hit.end === i ? { from: s, to: hit.end, m: hit.m } : null;
      if (!sp) {
        // "ersten Angaben zufolge", "Ermittlungen der Polizei zufolge": the noun phrase before it
        let k = i;
        while (k > b && i - k < 7) {
          const w = toks[k - 1]!.text;
          if (toks[k - 1]!.kind !== 'word' || !(/^\p{Lu}/u.test(w) || /^(der|des|dem|den|vom|von|eines|einer)$/.test(w) || /^\p{Ll}+(e|en|er|em|es)$/u.test(w))) break;
          k--;
        }
        while (k < i && /^\p{Ll}/u.test(toks[k]!.text) && /^(der|des|vom|von|eines|einer)$/.test(toks[k]!.text)) k++;
        if (k < i && /^\p{Lu}/u.test(toks[i - 1]!.text)) sp = { from: k, to: i, m: null };
      }
      if (!sp) continue;
      s = sp.from;
      // "Dem Kreml zufolge wollen …" at the start: the rest; in the middle: the whole sentence
      const from = s === b ? i + 1 : b;
      if (words(ctx, from, end) < 3) continue;
      return { form: 'indirect', quote: span(ctx, from, end), cue, speaker: who(sp, ctx), addressee: null, sentence: 0 };
    }
    if (kind === 'clause-end' && i > b && isComma(toks[i - 1])) {
      if (words(ctx, b, i - 1) < 3 || !verbsIn(ctx, b, i - 1).length) continue;
      let sp: ReturnType<typeof speakerAfter> = null;
      if (one === 'wie') {
        // ", wie die US-Regierung mitteilte": a cue verb must close the clause
        const v = cuesIn(ctx, i + 1, end);
        if (!v.length) continue;
        sp = speakerAfter(ctx, i + 1, v[0]!.index);
      } else if (one === 'so') {
        sp = speakerAfter(ctx, i + 1, end);
        if (!sp) continue;
      } else {
        // "hieß es (weiter) aus Moskau"
        let s = i + width;
        while (s < end && /^(weiter|zudem|am|dazu)$/.test(toks[s]!.text)) s++;
        if (/^(aus|in|im|von|vom)$/.test(toks[s]?.text ?? '')) sp = speakerAfter(ctx, s + 1, end) ?? (ctx.mentionAt.get(s + 1) ? { from: s + 1, to: ctx.mentionAt.get(s + 1)!.end, m: ctx.mentionAt.get(s + 1)!.m } : null);
        if (sp && ctx.mentionAt.get(sp.from)?.m.kind === 'capital') sp.m = ctx.mentionAt.get(sp.from)!.m;
      }
      return { form: 'indirect', quote: span(ctx, b, i - 1), cue, speaker: who(sp, ctx), addressee: null, sentence: 0 };
    }
    if (kind === 'continue' && i === b) {
      if (words(ctx, b + 1, end) < 3) continue;
      return { form: 'indirect', quote: span(ctx, b + 1, end), cue, speaker: null, addressee: null, sentence: 0 };
    }
  }
  return null;
}
