// Attributed statements: direct quotes in every German quote style, indirect speech after
// a cue verb or a source phrase ("laut", "zufolge", "wie … mitteilte"), reported speech acts
// with a noun-phrase message, headline attributions ("Kallas: …") and Konjunktiv
// continuations that keep the last speaker. Works on the article's tokens and its resolved
// actor mentions; every span is an offset into the original text.
import type { Document, Mention, Span, Statement } from '../document/types.js';
import type { TextView } from '../normalize/view.js';
import type { ArticleSyntax } from '../syntax/types.js';
import { toView } from '../normalize/view.js';
import { findQuotes } from '../segment/quotes.js';
import type { Tok } from '../segment/tokens.js';
import { indexArticle, type ArticleIndex } from '../mentions/positions.js';
import { clauseMood, passiveAt } from '../grammar/de/verbs.js';
import { verbReadings } from '../lexicon/verbs.js';
import { compoundHead } from '../lexicon/nouns.js';
import { isAdjective } from '../lexicon/adjectives.js';
import { cuesIn } from './de/cues.js';
import type { StatementConfiguration } from './types.js';
import { CLAUSE_BREAK, PUNCT_END, clauseEnd, isComma, span, verbsIn, who, widened, words, type Ctx, type Cue, type Region } from './context.js';
import { addresseeAfter, documentSource, speakerAfter, speakerBefore } from './speakers.js';
import { apposedSubject, indirectAt } from './de/indirect.js';
import { backReference, sourceStatement } from './de/sources.js';

export function findStatements(
  doc: Pick<Document, 'text' | 'paragraphs' | 'sentences' | 'titleSpan'>,
  toks: Tok[],
  view: TextView,
  mentions: readonly Mention[],
  index: ArticleIndex = indexArticle(toks, mentions),
  syntax: ArticleSyntax,
  config: StatementConfiguration,
): Statement[] {
  const { mentionAt, ranges } = index;
  const mentionsOf = new Map<string, Mention[]>();
  for (const m of mentions) if (m.actor) { const l = mentionsOf.get(m.actor) ?? []; l.push(m); mentionsOf.set(m.actor, l); }
  const ctx: Ctx = { doc, toks, mentionAt, quoted: new Uint8Array(toks.length), fragments: new Uint8Array(toks.length), index, syntax, words: config.words };

  // quotation regions, paired within a paragraph (and the title), as token indices
  const tokAtView = new Map<number, number>();
  toks.forEach((t, i) => tokAtView.set(t.at[0], i));
  const regions: Region[] = [];
  const blocks: Span[] = [...(doc.titleSpan ? [doc.titleSpan] : []), ...doc.paragraphs.map((p) => p.span)];
  for (const [b, e] of blocks) {
    const vb = toView(view, b);
    const ve = toView(view, e);
    // outermost pairs come first, so a region inside the last one kept belongs to it
    let keptClose = -1;
    for (const q of findQuotes(view.text.slice(vb, ve))) {
      const open = tokAtView.get(vb + q.outer[0]);
      const close = tokAtView.get(vb + q.outer[1] - 1);
      if (open === undefined || close === undefined || close <= open + 1 || open < keptClose) continue;
      regions.push({ open, close });
      keptClose = close;
    }
  }
  regions.sort((a, b) => a.open - b.open);

  const out: Statement[] = [];
  // a quote that is exactly a known name ("Politico", „Welt“, „Kreml“) names, it does not quote
  const knownNames = new Set(mentions.filter((m) => m.kind === 'name' || m.kind === 'alias').map((m) => doc.text.slice(...m.span)));
  /** Last attributed speaker, for cue-less continuations: the sentence it ended in. */
  let last = null as { speaker: Statement['speaker']; sentence: number; paragraph: number } | null;
  const paragraphOf = (sentence: number) => (sentence < 0 ? -1 : doc.sentences[sentence]!.paragraph);
  /** Sentences a statement was found in or took its message from (no second statement from them). */
  const told = new Set<number>();
  const bySentence = new Map<number, Statement[]>();
  const push = (s: Statement) => {
    if (s.quote[1] - s.quote[0] < 4) return;
    // (a speaker phrase never reaches into the message: ", sagte der Sprecher, Dmitri Peskow." cut at the quote)
    if (s.speaker && s.speaker.span[0] < s.quote[0] && s.speaker.span[1] > s.quote[0]) {
      let end = s.quote[0];
      while (end > s.speaker.span[0] + 1 && /[\s,;:]/.test(doc.text[end - 1]!)) end--;
      s.speaker = { ...s.speaker, span: [s.speaker.span[0], end] };
    }
    out.push(s);
    told.add(s.sentence);
    const list = bySentence.get(s.sentence);
    if (list) list.push(s); else bySentence.set(s.sentence, [s]);
    if (s.speaker) last = { speaker: s.speaker, sentence: s.sentence, paragraph: paragraphOf(s.sentence) };
  };

  // 1. direct quotes
  for (const r of regions) {
    const n = words(ctx, r.open + 1, r.close);
    const inner = toks.slice(r.open + 1, r.close);
    const sentenceLike = inner.some((t) => PUNCT_END.test(t.text)) || n >= 3;
    // (a single common noun is a quoted word, "warf ihr „Wortbruch“ vor", "nannte es einen „Militärputsch“",
    // not a title; but "sagte der „Zeit“", "im „Handelsblatt“": a title after its article)
    const title = inner.every((t) => t.kind !== 'word' || /^\p{Lu}/u.test(t.text)) && n <= 5
      && !(n === 1 && inner.length === 1 && compoundHead(inner[0]!.text) && !isAdjective(inner[0]!.text)
        && !/^(der|dem|des|die|das|den|im|in|beim|vom|zum|zur|Der|Die|Das)$/.test(toks[r.open - 1]?.text ?? '')
        // ("der Zeitschrift „Stern“", "die Operation „Wüstensturm“": a name in apposition to a noun)
        && !(toks[r.open - 1]?.kind === 'word' && ctx.words.isTitleNoun(toks[r.open - 1]!.text)));
    const name = knownNames.has(doc.text.slice(toks[r.open + 1]!.span[0], toks[r.close - 1]!.span[1]));
    if (title || name) continue;
    // a quote inside a clause whose verb stands outside it ("müsse „robuste Garantien enthalten“"),
    // or a quoted word or two, is a fragment of a reported message, not a direct statement
    if (!sentenceLike || fragment(ctx, r)) { for (let i = r.open; i <= r.close; i++) ctx.fragments[i] = 1; continue; }
    for (let i = r.open; i <= r.close; i++) ctx.quoted[i] = 1;
  }
  const directs: Array<{ r: Region; statement: Statement }> = [];
  /** Cue verbs a direct quote already used: no second, indirect statement from them. */
  const usedCues = new Set<number>();

  /** "heißt es" / "hieß es" at token k: a document speaks. */
  const heisstEs = (k: number) => /^(heißt|hieß)$/.test(toks[k]?.text ?? '') && toks[k + 1]?.text === 'es';

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
    // (over the whole sentence: "fügte Kempthorne hinzu" needs its particle)
    const after = cuesIn(ctx, a, sEnd).find((c) => c.index === a);
    if (after) {
      cue = after;
      speaker = speakerAfter(ctx, after.index + 1, sEnd);
      if (speaker) addressee = addresseeAfter(ctx, speaker.to, sEnd);
    } else if (toks[a]?.text === 'so' && a < sEnd) {
      cue = { index: a, end: a + 1, lemma: 'so', act: 'say', np: false, kind: 'source' };
      speaker = speakerAfter(ctx, a + 1, sEnd);
    } else if (heisstEs(a)) {
      // „…“, hieß es in der Erklärung des Ministeriums.
      cue = { index: a, end: a + 2, lemma: 'heißen', act: 'say', np: false, kind: 'source' };
      speaker = documentSource(ctx, a + 2, sEnd);
    }
    if (!cue) {
      // before: "In einer Erklärung heißt es: „…“", "Auf der Homepage heißt es zur Begründung: „…“"
      for (let k = sStart; k < r.open - 1 && !cue; k++) {
        if (!heisstEs(k) || ctx.quoted[k]) continue;
        cue = { index: k, end: k + 2, lemma: 'heißen', act: 'say', np: false, kind: 'source' };
        speaker = documentSource(ctx, sStart, k, true) ?? documentSource(ctx, k + 2, r.open);
      }
    }
    if (!cue) {
      // before: Kallas sagte (der „Welt“): „…“ / Dazu sagte Kallas, „…“
      const before = cuesIn(ctx, sStart, r.open).filter((c) => !ctx.quoted[c.index]).pop();
      // (not across another quotation between the cue and this one)
      if (before && !ctx.quoted.subarray(before.index + 1, r.open).some((q) => q === 1)) {
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
      const persons: Mention[] = [];
      for (let k = sStart; k < r.open; k++) {
        const x = mentionAt.get(k);
        if (x && x.end < r.open && x.m.actor && x.m.kind !== 'adjective' && x.m.kind !== 'capital') persons.push(x.m);
      }
      if (subject) sp = who(subject, ctx);
      else if (persons.length === 1) sp = { span: persons[0]!.span, actor: persons[0]!.actor };
      // "BKA-Präsident Ziercke: „…“": a short name before the colon and no verb
      else if (!verb && r.open - 1 - sStart <= 6 && (r.open - 1 - sStart >= 2 || mentionAt.get(sStart)) && /^\p{Lu}/u.test(toks[sStart]!.text)
        && toks.slice(sStart, r.open - 1).every((t) => t.kind === 'word' || t.text === '-' || t.text === '.')) sp = who({ from: sStart, to: r.open - 1, m: null }, ctx);
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
    let colon = b;
    while (colon < e && toks[colon]!.text !== ':') colon++;
    if (colon === e) colon = -1;
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
    // its latest mention before the quote (mentions are in text order)
    const list = mentionsOf.get(speaker.actor) ?? [];
    const limit = toks[at]!.span[0];
    let lo = 0;
    let hi = list.length;
    while (lo < hi) { const mid = (lo + hi) >>> 1; if (list[mid]!.span[1] <= limit) lo = mid + 1; else hi = mid; }
    const m = list[lo - 1];
    return m && m.span[0] > speaker.span[0] ? widened({ span: m.span, actor: m.actor }, ctx) : speaker;
  };

  /** The cue and speaker of the clause a quoted fragment stands in, if any. */
  const fragmentSpeech = (r: Region): Statement | null => {
    const sentence = toks[r.open]!.sentence;
    const [sb, se] = ranges.get(sentence)!;
    let cb = r.open;
    while (cb > sb && !CLAUSE_BREAK.test(toks[cb - 1]!.text)) cb--;
    const ce = Math.min(se, clauseEnd(ctx, r.close));
    const cue = cuesIn(ctx, cb, ce).filter((c) => c.kind === 'verb' && (c.index < r.open || c.index > r.close))
      .sort((x, y) => Math.abs(x.index - r.open) - Math.abs(y.index - r.open))[0];
    // ("fragte Kallas nach der „roten Linie“", "zitierte Peskow mit den Worten „…“": the words are someone else's)
    if (!cue || cue.act === 'ask' || cue.lemma === 'zitieren') return null;
    // ("nennt sich „Koalition der Willigen“": a name it gives itself)
    if (/^(nennen|bezeichnen)$/.test(cue.lemma) && toks[cue.index + 1]?.text === 'sich') return null;
    // ("wurde von Experten als „Unsinn“ bezeichnet": a passive names its agent, not its subject)
    if (passiveAt(toks, cue.index, cb, ce)) return null;
    // ("Der Präsident der Union, Alpha Konaré, nannte dies einen „Putsch“": past an apposition to the sentence start)
    const speaker = speakerBefore(ctx, cb, cue.index) ?? speakerAfter(ctx, cue.index + 1, r.open > cue.index ? r.open : ce)
      ?? (cb > sb && isComma(toks[cb - 1]) ? apposedSubject(ctx, sb, cb) : null);
    if (!speaker || (speaker.from > r.open && speaker.from < r.close)) return null;
    return { form: 'direct', quote: [0, 0], cue: { span: span(ctx, cue.index, cue.index + 1), lemma: cue.lemma, act: cue.act }, speaker: who(speaker, ctx), addressee: null, sentence };
  };

  /** Is [b, end) a reportative "soll(en) … <participle> haben/sein" sentence? */
  const reportative = (b: number, end: number) => {
    const modal = verbsIn(ctx, b, end).find((v) => /^(soll|sollen)$/.test(toks[v.index]!.text) && !ctx.quoted[v.index]);
    if (!modal) return false;
    // the clause of the modal ends in "… gestiegen sein", "… geholfen haben", "… getötet worden sein"
    const k = Math.min(end, clauseEnd(ctx, modal.index));
    const aux = toks[k - 1]?.text;
    if (aux !== 'haben' && aux !== 'sein') return false;
    let p = k - 2;
    if (toks[p]?.text === 'worden') p--;
    return p > modal.index && verbReadings(toks[p]!.text).some((r) => r.tense === 'PA2');
  };

  /** The subject of a sentence's first finite verb, if it names an actor. */
  const subjectOf = (sentence: number) => {
    const range = ranges.get(sentence);
    if (!range || headingSentences.has(sentence)) return null;
    // (the sentence must tell a speech act: "Peskow traf Kallas." hands nothing on)
    // (a subject of any verb was tried: train joint F1 unchanged, and "Peskow traf Kallas. Gott schütze
    // die Ukraine." would make Peskow pray)
    const v = cuesIn(ctx, range[0], range[1]).find((x) => x.kind === 'verb' && !ctx.quoted[x.index]);
    // ("Das Weiße Haus äußerte sich nicht.": who kept silent does not go on speaking)
    if (!v || toks.slice(range[0], range[1]).some((t) => /^(nicht|nichts|kein|keine|keinen)$/.test(t.text))) return null;
    const subject = speakerBefore(ctx, range[0], v.index) ?? speakerAfter(ctx, v.index + 1, range[1]);
    return subject?.m && (subject.m.actor || subject.m.kind === 'pronoun' || subject.m.kind === 'name') ? subject : null;
  };

  const sources = ctx.words.sourcePhrases;
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
    // "Dies bestätigte X.": the sentence before is the message (no statement of its own yet)
    const prevRange = ranges.get(sentence - 1);
    // (what it points back to may be several sentences: the untold ones before it in its paragraph, at most three)
    // (only for a cue that hands on news, "gab bekannt", "berichtete", and never over a sentence that names someone:
    // "Dort traf er Macron. Das Treffen dauerte drei Stunden. Das bestätigte ein Sprecher.")
    let first = sentence - 1;
    const pointsBack = /^(Dies|Das|Dieses)$/.test(toks[b]?.text ?? '');
    const handsOn = pointsBack && /^(report|announce)$/.test(cuesIn(ctx, b + 1, Math.min(end, b + 2))[0]?.act ?? '');
    const names = (s: number) => { const [x, y] = ranges.get(s)!; for (let k = x; k < y; k++) if (ctx.mentionAt.get(k) || ctx.quoted[k] || ctx.fragments[k]) return true; return false; };
    while (handsOn && first > 0 && sentence - first < 3 && ranges.get(first - 1) && paragraphOf(first - 1) === paragraphOf(sentence)
      && !told.has(first - 1) && !headingSentences.has(first - 1) && !names(first - 1)) first--;
    const back = quotedShare < 0.6 && sentence > 0 && prevRange && pointsBack && !headingSentences.has(sentence - 1) && !told.has(sentence - 1)
      ? backReference(ctx, b, end, [ranges.get(first)![0], prevRange[1]]) : null;
    // (the cue is used up; another cue of the sentence may still speak: "Dies bestätigte Peskow und sagte, …")
    if (back) { back.sentence = sentence - 1; push(back); told.add(sentence); last!.sentence = sentence; usedCues.add(b + 1); }
    if (quotedShare < 0.6) {
      // "…, sagte der Pentagon-Chef und betonte, die USA würden …": one statement per cue
      let from = b;
      // "Nach Angaben der Polizei habe der Mann …": a source opening the sentence governs all of it
      const opening = toks[b] && (sources.has(toks[b]!.text) || toks[b]!.text === 'Nach') ? sourceStatement(ctx, b, end) : null;
      if (opening && opening.cue!.span[0] === toks[b]!.span[0]) { opening.sentence = sentence; push(opening); from = e; }
      for (const cue of from < e ? cuesIn(ctx, b, e) : []) {
        if (usedCues.has(cue.index) || cue.index < from) continue;
        const x = indirectAt(ctx, cue, from, end);
        if (!x) continue;
        x.sentence = sentence;
        push(x);
        // the next cue must stand after this message
        from = cue.end;
        while (from < e && toks[from]!.span[0] < x.quote[1]) from++;
      }
      // (after a reported speech act a source may still speak: "wies Berichte der „Times“ zurück, wonach …")
      if (out.length === made || out.slice(made).every((x) => x.form === 'reported')) {
        let x = sourceStatement(ctx, b, end);
        if (x && out.slice(made).some((y) => y.quote[0] < x!.quote[1] && x!.quote[0] < y.quote[1])) x = null;
        // "Demnach …" goes on with the last source; "…, hieß es" names none
        // (the word "Demnach" stands for that source, as a pronoun would)
        if (x) { x.sentence = sentence; push(x.speaker || sources.get(doc.text.slice(...x.cue!.span)) !== 'continue' ? x : { ...x, speaker: { span: x.cue!.span, actor: last?.speaker?.actor ?? null } }); }
      }
    }
    if (out.length > made || quotedShare >= 0.6) continue;
    // 3. Konjunktiv continuation: the sentence before reported someone
    // (the reportative "soll … haben" was tried as a continuation too: +0.003 joint F1 on the
    // Wikinews train split, but it also carries plans on, "Dafür sollen die Staaten … leisten")
    const mood = clauseMood(verbsIn(ctx, b, e).filter((v) => !ctx.quoted[v.index]));
    // "Der Mann soll aus dem Wagen gestiegen sein": "sollen" with a perfect infinitive reports what others
    // say (a plan, "Die Staaten sollen mehr leisten", has a plain infinitive); the last source, if near, says it
    if (reportative(b, end)) {
      const near = last && last.sentence >= sentence - 3 && last.paragraph >= paragraphOf(sentence) - 1 ? last.speaker : null;
      push({ form: 'free-indirect', quote: span(ctx, b, end), cue: null, speaker: near, addressee: null, sentence });
      continue;
    }
    // (going on across one indicative sentence was tried: train quote F1 +0.003, joint F1 unchanged, and
    // "Die Opposition sieht das anders. Es gebe keine Gefahr." handed the opposition's words to the speaker before)
    if (!last || last.sentence !== sentence - 1) {
      // "Der Iran streitet dies ab. Sein Programm diene …": a Konjunktiv I sentence after one whose subject
      // acted without a cue we know; that subject speaks
      if (mood !== 'subjunctive1' || words(ctx, b, end) < 4 || sentence < 1 || paragraphOf(sentence - 1) !== paragraphOf(sentence)) continue;
      const subject = subjectOf(sentence - 1);
      if (subject) push({ form: 'free-indirect', quote: span(ctx, b, end), cue: null, speaker: who(subject, ctx), addressee: null, sentence });
      continue;
    }
    if ((mood !== 'subjunctive1' && mood !== 'subjunctive2') || words(ctx, b, end) < 3) continue;
    // a run of Konjunktiv sentences in one paragraph is one continuation
    const prevOut = out.at(-1);
    if (prevOut?.form === 'free-indirect' && prevOut.sentence >= 0 && doc.sentences[prevOut.sentence]!.paragraph === paragraphOf(sentence)
      && prevOut.speaker?.actor === last.speaker?.actor) {
      prevOut.quote = [prevOut.quote[0], span(ctx, b, end)[1]];
      last.sentence = sentence;
      continue;
    }
    push({ form: 'free-indirect', quote: span(ctx, b, end), cue: null, speaker: last.speaker, addressee: null, sentence });
  }
  // "bezeichnete den Besuch als „wichtiges Zeichen“": in a reported speech act the quoted words are
  // the speaker's own, a direct statement of their own (in a reported clause they would be counted twice)
  // (the speech act itself is then told by its quoted words: "nannte den Plan „gefährlich“" is one statement)
  const hosts = new Set<Statement>();
  for (const r of regions) {
    if (ctx.quoted[r.open] || !ctx.fragments[r.open]) continue;
    const [qb, qe] = [toks[r.open + 1]!.span[0], toks[r.close - 1]!.span[1]];
    // (statements of the fragment's sentence only: a look over all of them would be quadratic)
    const here = bySentence.get(toks[r.open]!.sentence) ?? [];
    const host = here.find((x) => x.form === 'reported' && x.quote[0] <= qb && x.quote[1] >= qe);
    if (host) { hosts.add(host); out.push({ ...host, form: 'direct', quote: [qb, qe] }); continue; }
    // "nannte sie „fahrlässig“", "riet zu „Gelassenheit“", "warf der Regierung „Wortbruch“ vor": quoted words
    // in a clause whose cue verb no reported statement took are still the subject's words
    if (here.some((x) => x.quote[0] <= qb && x.quote[1] >= qe)) continue;
    const own = fragmentSpeech(r);
    if (own) out.push({ ...own, quote: [qb, qe] });
  }
  return out.filter((x) => !hosts.has(x)).sort((x, y) => x.quote[0] - y.quote[0]);
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

