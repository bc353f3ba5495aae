// German noun and prepositional phrases of one sentence, found left to right: an article or
// possessive, adjectives, a noun or a name (a title and a name side by side are one phrase:
// "Sprecher Serhij Nykyforow"), then what attaches to it — a genitive before ("Selenskyjs
// Sprecher") or after ("der Sprecher des Kreml"), a party in brackets, an apposition
// between commas ("Der Leiter der WHO, Klaus Stöhr,"), coordinated phrases ("Trump und
// Putin"). A preposition takes the phrase after it. Finite verbs end every phrase.
import type { Phrase } from '../types.js';
import { standsAsName } from '../../document/types.js';
import type { SentenceInput } from './input.js';
import { isAdverb } from './words.js';
import { compoundHead, nounFeatures, nounLemma } from '../../lexicon/nouns.js';
import { isAdjective } from '../../lexicon/adjectives.js';
import { caseOfPhrase } from './case.js';
import { verbReadings } from '../../lexicon/verbs.js';
import { memoize } from '../../util/memo.js';
import { CAMEL_CASE, LOWER_BRAND } from '../../segment/tokens.js';

type Kind = 'det' | 'prep' | 'pron' | 'noun' | 'adj' | 'num' | 'verb' | 'other';

/** What a token can start or continue in a phrase. */
export function tokenKind(x: SentenceInput, i: number): Kind {
  if (i < x.from || i >= x.to) return 'other';
  const known = x.memo?.kinds[i - x.from] as Kind | undefined;
  if (known) return known;
  const kind = kindOf(x, i);
  if (x.memo) x.memo.kinds[i - x.from] = kind;
  return kind;
}

/** The second word of an adverb of two ("vor allem") and the first it needs. */
const FIXED_ADVERBS = new Map([['allem', 'vor'], ['anderem', 'unter'], ['voran', 'allen']]);
const fixedAdverb = (x: SentenceInput, i: number) => {
  const first = FIXED_ADVERBS.get(x.toks[i]!.text.toLowerCase());
  return first !== undefined && first === x.toks[i - 1]?.text.toLowerCase();
};

/** Once per sentence and start: a phrase finder's answer (the lists and appositions would re-read the same words). */
function once(x: SentenceInput, key: number, find: () => Phrase | null): Phrase | null {
  if (!x.memo) return find();
  const slot = key - x.from * 4;
  if (slot < 0) return find(); // (before the sentence: asked rarely, not kept)
  const known = x.memo.phrases[slot];
  if (known !== undefined) return known as Phrase | null;
  const p = find();
  x.memo.phrases[slot] = p;
  return p;
}

function kindOf(x: SentenceInput, i: number): Kind {
  const t = x.toks[i]!;
  if (x.finite.has(i)) return 'verb';
  if (x.particles.has(i)) return 'other';
  if (t.kind === 'number') return 'num';
  if (/^\p{N}+-\p{Ll}+(?:e|en|em|er|es)$/u.test(t.text)) return 'adj';
  if (t.kind !== 'word') return 'other';
  const hit = x.mentionAt.get(i);
  if (hit) return hit.m.kind === 'adjective' ? 'adj' : hit.m.kind === 'pronoun' ? 'pron' : 'noun';
  const lower = t.text.toLowerCase();
  // ("Vor allem Ungarn lehnt …", "unter anderem die EU": fixed adverbs, no article of the noun after them)
  if (fixedAdverb(x, i)) return 'other';
  const upper = /^\p{Lu}/u.test(t.text);
  // a capital only tells a noun inside the sentence; at its start "Die", "In", "Er" are what they are in lower case
  const closed = !upper || i === x.from || x.toks[i - 1]?.kind === 'quote' || /^[(:\-]$/.test(x.toks[i - 1]?.text ?? '');
  if (closed && x.words.determiners.has(lower)) return 'det';
  // ("ohne die Polizei zu behindern", "um einen Flächenbrand zu verhindern": the opener of a zu-infinitive)
  if (closed && x.words.infinitiveOpeners.has(lower) && zuAhead(x, i)) return 'other';
  if (closed && x.words.prepositions.has(lower)) return 'prep';
  if ((closed || lower === 'sie') && x.words.pronouns.has(lower)) return 'pron';
  if (upper && closed && (x.words.subordinating.has(lower) || x.words.coordinating.has(lower) || x.words.negations.has(lower) || x.words.starters.has(t.text) || isAdverb(x.words, lower))) return 'other';
  // ("Bereits am Wochenende …", "Offiziell geht …": a word opening the sentence that is no noun, before a
  // preposition, an article or the verb — an adverb or an adjective's base form)
  if (upper && i === x.from && !nounLemma(t.text) && (/^(det|prep)$/.test(tokenKind(x, i + 1)) || isAdjective(lower) || presentParticiple(t.text))) return 'other';
  if (upper) return 'noun';
  // ("verdi-Verhandlungsführer", "iPhone-Hersteller": a compound with a lower-case first part)
  if (/^\p{Ll}[\p{L}\p{N}.]*-\p{Lu}/u.test(t.text)) return 'noun';
  // ("eBay", "iPhone": a name in camel case)
  if (CAMEL_CASE.test(t.text) || LOWER_BRAND.test(t.text)) return 'noun';
  // ("ver.di", "t-online.de": a lower-case name with a dot)
  if (/^\p{Ll}+\.\p{Ll}+$/u.test(t.text)) return 'noun';
  if (!upper && x.words.numbers.has(lower)) return 'num';
  if (!upper && adjectival(t.text)) return 'adj';
  // ("Der 81-jährige Besitzer")
  if (/^\p{N}+-\p{Ll}/u.test(t.text) && adjectival(t.text.replace(/^\p{N}+-/u, ''))) return 'adj';
  return 'other';
}

/**
 * "Relativierend fügt er hinzu", "Abschließend sagte er": a present participle, the lexicon's infinitive with a "d" or
 * "-ierend"; not a name, "Townsend", nor a compound, "Parteijugend".
 */
function presentParticiple(word: string): boolean {
  const lower = word.toLowerCase();
  return /end$/.test(lower) && !compoundHead(word) && (/ierend$/.test(lower) || verbReadings(lower.slice(0, -1)).some((r) => r.tense === 'INF'));
}

/** Does a zu-infinitive follow before the next comma ("ohne … zu behindern", "um … einzustellen")? */
function zuAhead(x: SentenceInput, i: number): boolean {
  for (let k = i + 1; k < x.to && !/^[,;:]$/.test(x.toks[k]!.text); k++) {
    const w = x.toks[k]!.text;
    if (w === 'zu' && /^\p{Ll}/u.test(x.toks[k + 1]?.text ?? '') && verbReadings(x.toks[k + 1]!.text).some((r) => r.tense === 'INF')) return true;
    if (/^\p{Ll}+zu\p{Ll}+en$/u.test(w) && verbReadings(w).some((r) => r.tense === 'EIZ')) return true;
  }
  return false;
}

/** An attributive adjective or participle ("russische", "vereinbarten", "neuen"). */
const adjectival = memoize((w: string) => /^(?:\p{N}+-)?\p{Ll}.*(?:e|en|em|er|es)$/u.test(w)
  && (isAdjective(w.replace(/(?:e|en|em|er|es)$/, '')) || isAdjective(w.replace(/(?:st|er)(?:e|en|em|er|es)$/, '')) || /(?:te|ten|tem|ter|tes|ene|enen|ener|enes|ende|enden|ender)$/.test(w) || isAdjective(w)));

/** The phrases of [x.from, x.to), maximal and in text order. */
export function phrasesOf(x: SentenceInput): Phrase[] {
  const out: Phrase[] = [];
  for (let i = x.from; i < x.to;) {
    let p = phraseAt(x, i);
    if (p && p.kind === 'np' && !p.pronoun && clauseStart(x, i) && !/^(dessen|deren)$/i.test(x.toks[i]!.text)) p = withVorfeldAttributes(x, p);
    else if (p && p.kind === 'pp' && p.object && clauseStart(x, i)) p = withVorfeldApposition(x, p);
    if (p) { out.push(p); i = p.to; } else i++;
  }
  return out;
}

/** Does a clause start at token i (the sentence start, after a comma, colon or opening quote)? */
const clauseStart = (x: SentenceInput, i: number) => i === x.from || /^[,;:("]$/.test(x.toks[i - 1]!.text);

/**
 * "Die Weltgesundheitsorganisation in Genf teilte mit", "Ein Regierungssprecher in Berlin sagte": the
 * Vorfeld holds one phrase, so prepositional phrases between a noun phrase opening the clause and the
 * finite verb belong to it; and so does a noun phrase right after it, a close apposition the word
 * rules split off ("Die IG Metall wertet", "Die Hilfsorganisation Ärzte ohne Grenzen teilte mit"), or an
 * apposition between commas right before the verb ("Die Regierungspartei des Landes, die Volksfront, bezeichnete").
 */
function withVorfeldAttributes(x: SentenceInput, p: Phrase): Phrase {
  let to = p.to;
  const modifiers: Phrase[] = [];
  let apposition: Phrase | null = null;
  for (;;) {
    const kind = tokenKind(x, to);
    const close = kind === 'noun' && to === p.to && p.apposition === null && !p.conjuncts.length;
    if (kind !== 'prep' && !close) break;
    const q = phraseAt(x, to);
    if (!q || q.to - p.from > 16 || q.pronoun) return p;
    if (q.kind === 'pp') modifiers.push(q); else apposition = q;
    to = q.to;
  }
  if (to > p.to && x.finite.has(to)) return { ...p, to, apposition: apposition ?? p.apposition, modifiers: [...p.modifiers, ...modifiers] };
  const tail = vorfeldTail(x, p.to);
  return tail ? { ...p, to: tail.to, apposition: tail } : p;
}

/**
 * "Nach den Worten der Sprecherin, Gisela Piltz, sei …", "Nach Meinung von Mike Brown, Professor am
 * California Institute of Technology, könnte …": an apposition between commas right before the finite verb
 * still stands in the Vorfeld, so it belongs to the object of the prepositional phrase opening the clause.
 */
function withVorfeldApposition(x: SentenceInput, p: Phrase): Phrase {
  const tail = vorfeldTail(x, p.to);
  return tail ? { ...p, to: tail.to, object: { ...p.object!, to: tail.to, apposition: tail } } : p;
}

/** A phrase between a comma at `at` and a comma right before a finite verb, with no verb of its own (at most 14 tokens), or null. */
function vorfeldTail(x: SentenceInput, at: number): Phrase | null {
  if (x.toks[at]?.text !== ',') return null;
  const a = attachedPhraseAt(x, at + 1, false);
  if (!a || a.pronoun) return null;
  let close = a.to;
  while (close < x.to && close - at <= 14 && x.toks[close]!.text !== ',' && x.toks[close]!.kind !== 'quote' && !x.finite.has(close)) close++;
  return x.toks[close]?.text === ',' && x.finite.has(close + 1) ? { ...a, to: close } : null;
}

/** A prepositional or noun phrase starting at token i, with everything attached to it. */
export function phraseAt(x: SentenceInput, i: number): Phrase | null {
  if (tokenKind(x, i) === 'prep') {
    const object = nounPhraseAt(x, i + 1);
    if (!object) return null;
    return { ...empty(i, object.to, object.head), kind: 'pp', preposition: i, object, cases: object.cases, plural: object.plural };
  }
  const np = nounPhraseAt(x, i);
  // "US-Medien zufolge", "dem Kreml gegenüber": a postposition makes it a prepositional phrase
  // (but "eine Sprecherin gegenüber der Zeitung": before a phrase of its own it is that phrase's preposition)
  if (np && POSTPOSITIONS.test(x.toks[np.to]?.text ?? '') && !(/^(gegenüber|entsprechend)$/.test(x.toks[np.to]!.text) && opensPhrase(x, np.to + 1))) {
    return { ...empty(i, np.to + 1, np.head), kind: 'pp', preposition: np.to, object: np, cases: np.cases, plural: np.plural };
  }
  return np;
}

const POSTPOSITIONS = /^(?:zufolge|gegenüber|entsprechend|halber|zuliebe)$/;

/** Does a noun phrase open at k: an article, a pronoun or a mention ("gegenüber der Zeitung", "gegenüber ihm", "gegenüber Russland"), not a bare noun? */
const opensPhrase = (x: SentenceInput, k: number) => /^(det|pron)$/.test(tokenKind(x, k)) || !!x.mentionAt.get(k);

function empty(from: number, to: number, head: number): Phrase {
  return { kind: 'np', from, to, head, determiner: null, cases: [], plural: null, genitives: [], apposition: null, modifiers: [], conjuncts: [], pronoun: false };
}

/** A noun phrase with its coordinated phrases ("Trump und Putin", "Frankreich, Polen und Italien"). */
export function nounPhraseAt(x: SentenceInput, i: number): Phrase | null {
  return once(x, i * 4, () => listAt(x, i));
}

function listAt(x: SentenceInput, i: number): Phrase | null {
  const first = attachedPhraseAt(x, i);
  if (!first) return null;
  const list = [first];
  let k = first.to;
  for (;;) {
    const sep = x.toks[k]?.text ?? '';
    if (sep !== ',' && sep !== 'und' && sep !== 'oder' && sep !== 'sowie') break;
    const next = attachedPhraseAt(x, k + 1);
    if (!next || (next.pronoun !== first.pronoun && !personAndPronoun(x, first, next, sep))) break;
    list.push(next);
    k = next.to;
    if (sep !== ',') break;
  }
  // a list ends with "und": "Frankreich, Polen" alone is two phrases (or a phrase and the start of a clause)
  while (list.length > 1 && x.toks[list.at(-1)!.from - 1]!.text === ',') list.pop();
  // ("sagte dem Sender CNN, Trump und Selenskyj hätten …": after a verb, a comma opens the next clause)
  const commas = list.slice(1).some((p) => x.toks[p.from - 1]!.text === ',');
  if (commas && x.finite.has(list.at(-1)!.to) && x.verbs.some((v) => v.index < i && v.index >= x.from)) list.splice(1);
  // ("Dies war nicht der erste Streit und die Bewohner befürchten, …": a finite verb before the list in its clause and
  // one right after its last phrase: that phrase opens a clause of its own, joined by "und")
  // (not a participle that reads as finite too: "zeigen sich die Führungen von SPD und Grünen entschlossen")
  const next = list.at(-1)!.to;
  if (list.length > 1 && x.finite.has(next) && !verbReadings(x.toks[next]!.text).some((r) => r.tense === 'PA2') && verbBefore(x, i)) list.pop();
  if (list.length === 1) return first;
  return { ...first, to: list.at(-1)!.to, conjuncts: list, plural: true, cases: common(list) };
}

/** Does a finite verb stand before token i in its clause (no clause break between)? */
function verbBefore(x: SentenceInput, i: number): boolean {
  for (let k = i - 1; k >= x.from; k--) {
    if (/^[,;:()"]$/.test(x.toks[k]!.text) || x.toks[k]!.kind === 'quote') return false;
    if (x.finite.has(k)) return true;
  }
  return false;
}

/** "er und Putin", "Selenskyj und sie": a personal pronoun in the nominative and a noun phrase joined by "und". */
function personAndPronoun(x: SentenceInput, first: Phrase, next: Phrase, sep: string): boolean {
  const pronoun = first.pronoun ? first : next;
  return sep === 'und' && pronoun.to === pronoun.from + 1 && /^(er|sie|ich|wir)$/i.test(x.toks[pronoun.from]!.text);
}

const common = (list: Phrase[]) => {
  const known = list.filter((p) => p.cases.length);
  return known.length ? known[0]!.cases.filter((c) => known.every((p) => p.cases.includes(c))) : [];
};

/** A noun phrase with its genitives, a party in brackets and an apposition between commas. */
function attachedPhraseAt(x: SentenceInput, i: number, apposition = true): Phrase | null {
  return once(x, i * 4 + (apposition ? 1 : 2), () => attached(x, i, apposition));
}

function attached(x: SentenceInput, i: number, apposition: boolean): Phrase | null {
  const core = corePhraseAt(x, i);
  if (!core) return null;
  // "Einer der beteiligten Feuerwehrmänner", "keiner der Minister": a pronoun with its genitive
  if (core.pronoun) {
    if (!(INDEFINITE.test(x.toks[core.from]!.text) || QUANTIFIERS.test(x.toks[core.from]!.text)) || !genitiveArticle(x, core.to)) return core;
    const g = attachedPhraseAt(x, core.to);
    const q = g ? { ...core, to: g.to, genitives: [g] } : core;
    // ("Einer der Putschisten, Harouna Adamou, sagte": the Vorfeld's apposition names the one)
    return g && apposition && clauseStart(x, q.from) ? vorfeldApposition(x, q) ?? q : q;
  }
  let p = core;
  // "(CDU)", "(dpa)": a short bracket right after the phrase
  const bracket = shortBracket(x, p.to);
  if (bracket > 0) p = { ...p, to: bracket };
  // "die Außenminister Frankreichs und Polens": a state's or institution's name in the genitive
  while (!headIsName(x, p) && x.mentionAt.get(p.to) && !x.personal(x.mentionAt.get(p.to)!.m) && /s$/.test(x.toks[x.mentionAt.get(p.to)!.end - 1]!.text)
    && x.mentionAt.get(p.to)!.m.kind !== 'adjective') {
    const g = nounPhraseAt(x, p.to);
    if (!g || g.to <= p.to) break;
    p = { ...p, to: g.to, genitives: [...p.genitives, g] };
  }
  // "die Internet-Seite „Golem“", "die Tageszeitung „La Nacion“": a name in quotation marks after its noun
  const close = headIsName(x, p) || x.mentionAt.get(p.head) ? -1 : quotedName(x, p.to);
  if (close > 0) p = { ...p, to: close + 1, apposition: empty(p.to + 1, close, close - 1) };
  // "der Sprecher des Kreml", "ein Sprecher der Vereinten Nationen": genitives after the head
  // (a name takes none: "sagte Peskow der Agentur Interfax" is a dative)
  const named = headIsName(x, p);
  while (!named && x.toks[p.to] && genitiveArticle(x, p.to)) {
    // (the genitive takes no apposition: "Der Sprecher der Bundesregierung, Steffen Hebestreit," names the speaker)
    const g = attachedPhraseAt(x, p.to, false);
    if (!g) break;
    p = { ...p, to: g.to, genitives: [...p.genitives, g] };
  }
  // "Der Bürgermeister von New Orleans", "Angaben von Augenzeugen": "von" after a noun names its owner
  if (!headIsName(x, p) && /^(von|vom)$/.test(x.toks[p.to]?.text ?? '') && !x.finite.has(p.to + 1) && !x.words.timeNouns.has(x.toks[p.head]!.text)) {
    const owner = ownerAt(x, p.to + 1);
    const pp: Phrase | null = owner && { ...empty(p.to, owner.to, owner.head), kind: 'pp', preposition: p.to, object: owner, cases: owner.cases, plural: owner.plural };
    if (pp) p = { ...p, to: pp.to, genitives: [...p.genitives, pp] };
  }
  // "Der Leiter des Programms, Klaus Stöhr, sagte": an apposition names the same one
  if (apposition && x.toks[p.to]?.text === ',') {
    // (the apposition takes none of its own: in "der Direktor, Hans Beispiel, die Regierung besitze …" the next phrase opens the message)
    // ("Ursula Castrup, die Leiterin der Fachstelle für Suchtvorbeugung, sagte": its own attributes go with it)
    let a = withOwnModifiers(x, attachedPhraseAt(x, p.to + 1, false));
    // ("Erika Muster, Vorsitzende des Verbands und Kandidatin im Stimmkreis, sagte": two roles joined in one apposition)
    const joined = a && /^(und|sowie)$/.test(x.toks[a.to]?.text ?? '') ? withOwnModifiers(x, attachedPhraseAt(x, a.to + 1, false)) : null;
    if (a && joined && !joined.pronoun && joined.determiner === null && x.isRoleNoun(x.toks[joined.head]!.text)) a = { ...a, to: joined.to, conjuncts: [a, joined] };
    // (closed by a comma, a colon before a quotation, or the sentence's end: "…, sagte Matthias Freude, Präsident
    // des Landesamtes.", "sagte Jan Muster, Leiter der Schule: „…“")
    const closed = a && (/^[,:]$/.test(x.toks[a.to]?.text ?? '') || (a.to >= x.to - 1 && /^[.!?]?$/.test(x.toks[a.to]?.text ?? '')));
    if (a && closed && apposable(x, p, a)) p = { ...p, to: a.to, apposition: a };
  }
  if (apposition && !p.apposition && clauseStart(x, p.from)) return vorfeldApposition(x, p) ?? p;
  return apposition && !p.apposition ? modifiedApposition(x, p) ?? p : p;
}

/** An apposition with its own prepositional phrases and a short bracket ("die Koalition für Einheit (CUD)"), within 14 tokens. */
function withOwnModifiers(x: SentenceInput, a: Phrase | null): Phrase | null {
  while (a && x.toks[a.to]?.text !== ',' && tokenKind(x, a.to) === 'prep') {
    const pp = phraseAt(x, a.to);
    // (a time is the clause's: "…, Kommandeur des Einsatzes am Montag")
    if (!pp || pp.to - a.from > 14 || (pp.object && x.words.timeNouns.has(x.toks[pp.object.head]!.text))) break;
    a = { ...a, to: pp.to, modifiers: [...a.modifiers, pp] };
  }
  const bracket = a ? shortBracket(x, a.to) : -1;
  return a && bracket > 0 ? { ...a, to: bracket } : a;
}

/** A short bracket opening at token k ("(CDU)", "(dpa)", "(SPD/Grüne)"): the index after its closing one, or -1. */
function shortBracket(x: SentenceInput, k: number): number {
  if (x.toks[k]?.text !== '(') return -1;
  let close = k + 1;
  while (close < x.to && close <= k + 4 && x.toks[close]!.text !== ')') close++;
  const ok = x.toks[close]?.text === ')' && close > k + 1 && x.toks.slice(k + 1, close).every((t) => t.kind !== 'punct' || t.text === '/');
  return ok ? close + 1 : -1;
}

/**
 * "sagte die Sprecherin der Fraktion im Bundestag, Anna Muster, …": past a prepositional phrase or two of a
 * role noun, the name in apposition after the comma is the one the phrase means (a name without an article,
 * closed by a comma or the sentence's end: "im Bundestag, die Debatte" is none).
 */
function modifiedApposition(x: SentenceInput, p: Phrase): Phrase | null {
  if (!x.isRoleNoun(x.toks[p.head]!.text)) return null;
  const { to, modifiers } = modifiersAfter(x, p, 2);
  if (!modifiers.length || x.toks[to]?.text !== ',') return null;
  const a = attachedPhraseAt(x, to + 1, false);
  const closed = a && (x.toks[a.to]?.text === ',' || (a.to >= x.to - 1 && /^[.!?]?$/.test(x.toks[a.to]?.text ?? '')));
  if (!a || !closed || a.pronoun || a.determiner !== null || !apposable(x, p, a)) return null;
  return { ...p, to: a.to, apposition: a, modifiers: [...p.modifiers, ...modifiers] };
}

/** The owner after "von": "das Telefonat von Trump und Putin" takes the list when each of its phrases names an actor. */
function ownerAt(x: SentenceInput, k: number): Phrase | null {
  const list = nounPhraseAt(x, k);
  const named = (p: Phrase) => { for (let i = p.from; i < p.to; i++) if (x.mentionAt.get(i)) return true; return false; };
  return list && list.conjuncts.length > 1 && list.conjuncts.every(named) ? list : attachedPhraseAt(x, k, false);
}

/**
 * "Lars Muster, Manager des Vereins, sagte", "Der Vorsitzende im Landtag, Erika Beispiel, sagte": the
 * Vorfeld holds one phrase, so a phrase between commas right before the finite verb is an apposition.
 */
function vorfeldApposition(x: SentenceInput, p: Phrase): Phrase | null {
  const { to, modifiers } = modifiersAfter(x, p);
  if (x.toks[to]?.text !== ',') return null;
  const a = withOwnModifiers(x, attachedPhraseAt(x, to + 1, false));
  // (the closing comma is sometimes left out: "Lars Muster, Manager des Vereins sagte" — then it must be an apposition)
  const comma = x.toks[a?.to ?? -1]?.text === ',' && x.finite.has(a!.to + 1);
  if (!a || a.pronoun || !(comma || (x.finite.has(a.to) && apposable(x, p, a)))) return null;
  return { ...p, to: a.to, apposition: a, modifiers: [...p.modifiers, ...modifiers] };
}

/**
 * The prepositional phrases right after a phrase (at most `most`, within 12 tokens of its start), and where they
 * end. The last one may have taken the apposition: "im Landtag, Erika Beispiel," is the phrase's, so it is cut there.
 */
function modifiersAfter(x: SentenceInput, p: Phrase, most = Infinity): { to: number; modifiers: Phrase[] } {
  let to = p.to;
  const modifiers: Phrase[] = [];
  while (modifiers.length < most && tokenKind(x, to) === 'prep' && to - p.from <= 12) {
    const pp = phraseAt(x, to);
    const cut = pp?.object?.apposition && x.toks[pp.object.apposition.from - 1]?.text === ',';
    if (pp) modifiers.push(cut ? modifierBefore(pp, pp.object!.apposition!.from - 1) : pp);
    to = cut ? pp!.object!.apposition!.from - 1 : pp?.to ?? x.to;
  }
  return { to, modifiers };
}

/** A prepositional phrase cut before the comma of the apposition it had taken ("im Landtag, Erika Beispiel,"). */
function modifierBefore(pp: Phrase, to: number): Phrase {
  const object = { ...pp.object!, to, apposition: null };
  return { ...pp, to, object };
}

/** A short name in quotation marks opening at token k („Golem“, „New York Times“): the closing mark's index, or -1. */
function quotedName(x: SentenceInput, k: number): number {
  const close = closingMark(x, k);
  if (close < 0) return -1;
  const inner = x.toks.slice(k + 1, close);
  const name = inner.length && /^\p{Lu}/u.test(inner[0]!.text) && inner.every((t) => t.kind !== 'punct' || t.text === '-' || t.text === '.');
  return name ? close : -1;
}

/** Is the phrase's head a name (which takes no genitive attribute)? */
const headIsName = (x: SentenceInput, p: Phrase) => {
  const hit = x.mentionAt.get(p.head) ?? x.mentionAt.get(p.from);
  return (!!hit && hit.m.kind !== 'descriptor' && hit.m.kind !== 'group') || p.pronoun;
};

/** Does the word at k open a genitive that attaches to the noun before it? */
function genitiveArticle(x: SentenceInput, k: number): boolean {
  // ("Angaben libanesischer Sicherheitskreise": a strong adjective opens a genitive plural without an article)
  const t = x.toks[k]!.text;
  if (!x.words.determiners.get(t)?.cases.includes('gen') && !(/^\p{Ll}+er$/u.test(t) && tokenKind(x, k) === 'adj')) return false;
  // "der" after a noun is a genitive only when a noun follows within the phrase ("der Sprecher der Regierung")
  const after = corePhraseAt(x, k);
  return !!after && !after.pronoun && x.toks[after.head]!.kind === 'word' && (!after.cases.length || after.cases.includes('gen'));
}

/** An apposition: a name beside a role noun, or a role phrase beside a name. */
function apposable(x: SentenceInput, main: Phrase, a: Phrase): boolean {
  const named = (p: Phrase) => {
    for (let k = p.from; k < p.to; k++) { const hit = x.mentionAt.get(k); if (hit && x.personal(hit.m)) return true; }
    // ("Jan Muster", "Erika Beispiel": a first name and a surname, even one that is also a noun)
    const words = x.toks.slice(p.from, p.to);
    // ("Mohammed el-Baradei", "Ursula von der Leyen": particles inside a name)
    const nameWord = (t: (typeof words)[number], k: number) => t.kind === 'word' && (/^\p{Lu}/u.test(t.text) || HYPHEN_PARTICLE.test(t.text) || (k > 0 && NAME_PARTICLES.test(t.text)));
    if (p.determiner === null && words.length >= 2 && words.length <= 4 && words.every(nameWord) && /^\p{Lu}/u.test(words[0]!.text) && !nounLemma(words[0]!.text) && !x.mentionAt.get(p.from)) return true;
    // (a compound of a common noun is none: "der US-Partner von EADS, Northrop Grumman", "Die Chefjuristin der Regierung,
    // Anabella Muster", "Kommandant des Corps"; alone, a word that merely ends like a noun is a name: "…, Silverstein,")
    const head = x.toks[p.head]!.text;
    const compound = hyphenatedNoun(head) || ((p.determiner !== null || p.genitives.length > 0) && compoundHead(head) !== undefined);
    return nameLike(x, p.head) && !compound && !x.mentionAt.get(p.head);
  };
  const role = (p: Phrase) => x.isRoleNoun(x.toks[p.head]!.text) || /^(descriptor|group)$/.test(x.mentionAt.get(p.head)?.m.kind ?? '');
  // ("Andreas Muster, Spieler von Hoffenheim", "Erika Beispiel, Kopf einer Gruppe": any common noun beside a person)
  const person = (p: Phrase) => { const hit = x.mentionAt.get(p.from); return hit ? x.personal(hit.m) : named(p) && p.determiner === null; };
  const common = (p: Phrase) => !p.pronoun && !named(p) && compoundHead(x.toks[p.head]!.text) !== undefined;
  // ("Milovan Rajevac, der Trainer Ghanas": an article and a common noun before a name in the genitive are a role too)
  const described = (p: Phrase) => p.determiner !== null && !p.pronoun && compoundHead(x.toks[p.apposition ? p.apposition.from - 1 : p.head]!.text) !== undefined;
  return (named(a) && (role(main) || !named(main))) || (role(a) && named(main)) || (person(main) && (common(a) || described(a)));
}

/** A capitalized word that is no common noun the lexicon knows: a name ("Nykyforow", "Stöhr"). */
function nameLike(x: SentenceInput, i: number): boolean {
  const t = x.toks[i]!;
  if (t.kind === 'word' && (HYPHEN_PARTICLE.test(t.text) || CAMEL_CASE.test(t.text) || LOWER_BRAND.test(t.text))) return true;
  return t.kind === 'word' && /^\p{Lu}/u.test(t.text) && !nounLemma(t.text) && !x.words.determiners.has(t.text.toLowerCase());
}

/**
 * A hyphenated compound whose last part is a common noun the lexicon knows ("US-Partner", "Klub-Sekretär"), though it
 * does not know the whole; not a double name ("Kramp-Karrenbauer", "Frank-Walter"), nor a name that merely ends like a
 * noun ("Silverstein", "Wagenknecht").
 */
function hyphenatedNoun(word: string): boolean {
  const last = /-(\p{Lu}\p{Ll}+)$/u.exec(word)?.[1];
  return !!last && !!nounLemma(last);
}

/** An Arabic article joined to a surname: "el-Baradei", "al-Assad". */
const HYPHEN_PARTICLE = /^(?:al|el|as|ad|ar|at|az|an|ash)-\p{Lu}/u;

/** Quoted words without a verb or sentence end opening at token k (at most six), ending in a capitalized noun: the closing mark's index, or -1. */
function quotedWords(x: SentenceInput, k: number): number {
  const close = closingMark(x, k);
  if (close < 0) return -1;
  const inner = x.toks.slice(k + 1, close);
  const plain = inner.every((t, j) => (t.kind === 'word' || t.text === '-') && !x.finite.has(k + 1 + j));
  return inner.length && plain && /^\p{Lu}/u.test(inner.at(-1)!.text) ? close : -1;
}

/** The quotation mark closing, within seven tokens, the one opening at token k: its index, or -1. */
function closingMark(x: SentenceInput, k: number): number {
  if (x.toks[k]?.kind !== 'quote') return -1;
  let close = k + 1;
  while (close < x.to && close <= k + 7 && x.toks[close]!.kind !== 'quote') close++;
  return x.toks[close]?.kind === 'quote' ? close : -1;
}

/** Article, adjectives and the noun or name (with a name beside a title), or a pronoun; no attachments. */
function corePhraseAt(x: SentenceInput, i: number): Phrase | null {
  return once(x, i * 4 + 3, () => core(x, i));
}

function core(x: SentenceInput, i: number): Phrase | null {
  if (i >= x.to) return null;
  const k0 = tokenKind(x, i);
  if (k0 === 'pron') {
    const hit = x.mentionAt.get(i);
    const entry = x.words.pronouns.get(x.toks[i]!.text.toLowerCase());
    return { ...empty(i, hit ? hit.end : i + 1, i), cases: entry?.cases ?? [], plural: entry?.plural ?? null, pronoun: true };
  }
  let k = i;
  let determiner: number | null = null;
  const genitives: Phrase[] = [];
  // ("Einer der Putschisten", "keiner der Minister": an indefinite before its genitive stands alone)
  // (not before a singular: "Eine der Opposition nahestehende Zeitung" is an article and its extended attribute)
  if (k0 === 'det' && INDEFINITE.test(x.toks[i]!.text) && genitiveArticle(x, i + 1) && corePhraseAt(x, i + 1)?.plural !== false) return { ...empty(i, i + 1, i), cases: ['nom'], plural: false, pronoun: true };
  // ("Einige der Abgeordneten haben …", "viele der Befragten": so does a quantifier, plural)
  if (k0 === 'det' && QUANTIFIERS.test(x.toks[i]!.text) && genitiveArticle(x, i + 1) && corePhraseAt(x, i + 1)?.plural === true) return { ...empty(i, i + 1, i), cases: ['nom', 'acc'], plural: true, pronoun: true };
  if (k0 === 'det') { determiner = k; k++; }
  // ("den britischen Premierminister Keir Starmer": a mention that opens with its article)
  else if (k0 === 'noun' && x.mentionAt.get(k) && x.words.determiners.has(x.toks[k]!.text.toLowerCase()) && (/^\p{Ll}/u.test(x.toks[k]!.text) || k === x.from)) determiner = k;
  // "Selenskyjs Sprecher", "Russlands Präsident Putin": a name in the genitive before the noun
  if (determiner === null && saxonGenitive(x, k)) {
    const end = x.mentionAt.get(k)?.end ?? k + 1;
    genitives.push({ ...empty(k, end, end - 1), cases: ['gen'] });
    k = end;
  }
  // (not after a comma, where "der" opens a relative clause: "Scholz, der nach eigenen Angaben neue Pläne hat")
  const modifiers = determiner === null || x.toks[determiner - 1]?.text === ',' ? [] : extendedAttribute(x, k, determiner);
  if (modifiers.length) k = modifiers.at(-1)!.to;
  // ("Nach behördlichen Angaben": a preposition before an adjective stands where an article would)
  const opener = determiner ?? (genitives.length ? genitives[0]!.from : tokenKind(x, i - 1) === 'prep' ? i - 1 : null);
  // ("am 15. Mai", "seit dem 3. Oktober 1990": an ordinal's period stays in the phrase)
  const ordinal = (j: number) => x.toks[j]!.text === '.' && j > i && tokenKind(x, j - 1) === 'num' && tokenKind(x, j + 1) === 'noun';
  while (k < x.to && (tokenKind(x, k) === 'adj' || tokenKind(x, k) === 'num' || ordinal(k) || inflectedBeforeNoun(x, k, opener)
    || (/^(rund|etwa|mehr|als|knapp|fast|gut|über|bis|zu)$/.test(x.toks[k]!.text) && tokenKind(x, k + 1) === 'num')
    || adverbInAttribute(x, k, opener))) {
    k = x.mentionAt.get(k)?.end ?? k + 1;
  }
  // ("der „Welt“", "die „New York Times“": an article and a name in quotation marks; so is "vom „Queer Kollektiv“",
  // "von „BBC News“" after a preposition)
  const named = (determiner !== null && k === determiner + 1) || (k === i && tokenKind(x, i - 1) === 'prep') ? quotedName(x, k) : -1;
  // ("Von einer „gezielten Indiskretion“ sprach …": an article's quoted words are its phrase, not one of their own)
  const close = named < 0 && determiner !== null && k === determiner + 1 ? quotedWords(x, k) : named;
  if (close > 0) {
    const entry = determiner === null ? undefined : x.words.determiners.get(x.toks[determiner]!.text.toLowerCase());
    return { ...empty(i, close + 1, close - 1), determiner, cases: entry?.cases ?? [], plural: entry?.plural ?? null };
  }
  const nounStart = k;
  const end = nounRun(x, k);
  if (end === nounStart) {
    // "Das bestätigte …", "Dies": an article standing alone is a pronoun
    if (determiner !== null && k === determiner + 1 && (tokenKind(x, k) === 'verb' || x.toks[k]?.kind === 'punct' || k >= x.to)) {
      const entry = x.words.determiners.get(x.toks[determiner]!.text.toLowerCase());
      return { ...empty(i, k, determiner), determiner, cases: entry?.cases ?? [], plural: entry?.plural ?? null, pronoun: true };
    }
    if (genitives.length && determiner === null) return { ...genitives[0]!, cases: [] };
    return null;
  }
  const { cases, plural } = caseAndNumber(x, determiner, nounStart, end);
  const p: Phrase = { ...empty(i, end, headOf(x, nounStart, end)), determiner, cases, plural, genitives, modifiers };
  // "Sprecher Serhij Nykyforow", "dem Sender CNN": the name beside the noun names the same one
  const name = nameStart(x, nounStart, end);
  if (name > nounStart) p.apposition = empty(name, end, end - 1);
  return p;
}

/**
 * "der für die Region zuständige Koordinator", "die zur Stanford University gehörende Hoover Institution": prepositional
 * phrases between the article and an inflected adjective or participle before the noun belong to the noun phrase.
 */
function extendedAttribute(x: SentenceInput, k: number, determiner: number): Phrase[] {
  const pps: Phrase[] = [];
  for (let at = k; pps.length < 2 && tokenKind(x, at) === 'prep';) {
    const pp = phraseAt(x, at);
    if (!pp || pp.to - k > 8) return [];
    pps.push(pp);
    at = pp.to;
    if (inflectedBeforeNoun(x, at, determiner)) return pps;
  }
  return [];
}

/**
 * "der neu gewählte Präsident", "der erst kürzlich ernannte Weihbischof", "die bereits 2019 gegründete Partei",
 * "ein nicht genannter Vertreter", "auf nicht weiter bezeichnete Quellen": after an article or a preposition,
 * adverbs (and a year) before an adjective of the noun.
 */
function adverbInAttribute(x: SentenceInput, k: number, opener: number | null): boolean {
  const lowerWord = (j: number) => x.toks[j]?.kind === 'word' && /^\p{Ll}+$/u.test(x.toks[j]!.text) && tokenKind(x, j) === 'other' && !x.finite.has(j) && !x.particles.has(j)
    && !/^(als|wie|und|oder|aber|sondern)$/.test(x.toks[j]!.text);
  // (not after a comma, where "der" opens a relative clause: "Frank Muster, der als Sprecher der Fraktion …")
  if (opener === null || x.toks[opener - 1]?.text === ',' || !lowerWord(k)) return false;
  for (let j = k + 1; j <= k + 3 && j < x.to; j++) {
    if (tokenKind(x, j) === 'adj' || inflectedBeforeNoun(x, j, opener)) return true;
    if (!lowerWord(j) && tokenKind(x, j) !== 'num') return false;
  }
  return false;
}

/** "ein schärferes Vorgehen": a lower-case inflected word after an article and before a noun is an adjective. */
function inflectedBeforeNoun(x: SentenceInput, k: number, determiner: number | null): boolean {
  const t = x.toks[k]!;
  // ("die zahlreichen Opfer", "die anderen Länder": a quantifier after an article inflects as an adjective)
  const quantifier = k === (determiner ?? -2) + 1 && x.words.determiners.get(t.text)?.plural === true;
  return determiner !== null && k !== determiner && (quantifier || !x.words.determiners.has(t.text)) && !x.mentionAt.get(k) && t.kind === 'word' && !fixedAdverb(x, k) && /^\p{Ll}[\p{Ll}-]*(?:e|en|em|er|es)$/u.test(t.text) && !x.words.numbers.has(t.text) && !x.finite.has(k) && !x.particles.has(k)
    && tokenKind(x, k + 1) === 'noun';
}

/** The head of a noun run: its last word, or the role noun of a descriptor ("Außenminister Frankreichs und Polens"). */
function headOf(x: SentenceInput, from: number, to: number): number {
  let unit = from;
  for (let k = from; k < to; k = x.mentionAt.get(k)?.end ?? k + 1) unit = k;
  const hit = x.mentionAt.get(unit);
  if ((hit?.m.kind === 'descriptor' || hit?.m.kind === 'group') && hit.end - unit > 1) {
    for (let k = unit; k < hit.end; k++) if (/^\p{Lu}/u.test(x.toks[k]!.text) && (nounLemma(x.toks[k]!.text) || x.isRoleNoun(x.toks[k]!.text))) return k;
  }
  return to - 1;
}

/** Case and number from the article and the first noun the lexicon knows ("der Ukraine" tells less than "der Präsident"). */
function caseAndNumber(x: SentenceInput, determiner: number | null, from: number, to: number): Pick<Phrase, 'cases' | 'plural'> {
  const entry = determiner === null ? undefined : x.words.determiners.get(x.toks[determiner]!.text.toLowerCase());
  let noun: readonly string[] = [];
  // ("Internationale Wahlbeobachter": without an article, a capitalized adjective before a common noun tells nothing
  // of its own number; "Die Abgeordnete Carolyn Muster": before a name, or after an article, it is read as a noun)
  const adjectiveBefore = (k: number) => {
    const next = x.toks[k + 1]?.text ?? '';
    return determiner === null && k + 1 < to && /^\p{Lu}/u.test(next) && adjectival(x.toks[k]!.text.toLowerCase()) && !!(nounLemma(next) || compoundHead(next));
  };
  for (let k = from; k < to && !noun.length; k++) if (k !== determiner && /^\p{Lu}/u.test(x.toks[k]!.text) && !adjectiveBefore(k)) noun = nounFeatures(x.toks[k]!.text);
  if (determiner !== null) return caseOfPhrase(x.toks[determiner]!.text, noun) ?? { cases: entry?.cases ?? [], plural: entry?.plural ?? null };
  const numbers = new Set(noun.map((f) => f[2] === 'P'));
  // ("75 Prozent sprachen sich aus": a count above one before the noun makes it plural)
  if (x.toks[from - 1]?.kind === 'number' && !/^(1|0)$/.test(x.toks[from - 1]!.text)) return { cases: [], plural: true };
  return { cases: [], plural: numbers.size === 1 ? [...numbers][0]! : null };
}

/** Indefinites that stand alone before a genitive ("einer der Minister"), read as articles otherwise ("eine Zeitung"). */
const INDEFINITE = /^(?:einer|eine|eines|keiner|keine|jeder|jede)$/i;
/** Pronouns of quantity that take a genitive too ("viele der Befragten"). */
const QUANTIFIERS = /^(?:viele|einige|alle|beide)$/i;

/** Particles inside names ("van Laak", "von der Leyen", "bin Salman", "de Maizière"). */
const NAME_PARTICLES = /^(?:van|von|der|den|de|del|della|di|da|du|dos|das|bin|ibn|al|el|le|la|ten|ter|zu|vom)$/;

/** Particles that open a name and are no German word ("de Maizière", "van Gaal", "al Huthi"); "von", "zu", "da" are. */
const LEADING_PARTICLES = /^(?:van|de|del|della|di|du|dos|bin|ibn|al|el|ten|ter)$/;

const isNameMention = (x: SentenceInput, k: number) => { const hit = x.mentionAt.get(k); return !!hit && standsAsName(hit.m); };

/** "Hunderte Menschen", "Tausende Soldaten": a quantity noun goes on to the noun it counts. */
const QUANTITY = /^(?:Hunderte|Tausende|Zehntausende|Hunderttausende|Dutzende|Millionen|Milliarden|Hunderten|Tausenden|Dutzenden)$/;

/** Nouns and names side by side ("Sprecher Serhij Nykyforow"), mentions as units; two common nouns are two phrases. */
function nounRun(x: SentenceInput, k: number): number {
  let end = k;
  let prev: 'common' | 'name' | 'adjective' | null = null;
  let lastStart = k;
  for (;;) {
    // ("Heike van Laak", "Ursula von der Leyen": a name goes on past its particles to a name)
    // (a state or an institution takes none: "die Bundesregierung vom LSVD" is the government and the one who asked it)
    const institution = !!x.mentionAt.get(lastStart) && !x.personal(x.mentionAt.get(lastStart)!.m);
    // (nor does a hyphenated compound of a common noun: "Klub-Sekretär der Buitenboys")
    if (prev === 'name' && !institution && !hyphenatedNoun(x.toks[end - 1]!.text)) {
      let k = end;
      while (k < x.to && k < end + 2 && NAME_PARTICLES.test(x.toks[k]!.text)) k++;
      // (an article alone is no particle before a compound: "Netanyahu den US-Luftangriff" is two phrases, "den Uyl" one)
      const article = k === end + 1 && x.words.determiners.has(x.toks[end]!.text) && !!compoundHead(x.toks[k]?.text ?? '');
      if (k > end && !article && nameLike(x, k) && compoundHead(x.toks[k]!.text) === undefined && !x.mentionAt.get(k) && !x.finite.has(k)) end = k;
    }
    // ("de Maizière", "al Huthi": a name may open with a particle that is no German word)
    if (prev === null && end === k && LEADING_PARTICLES.test(x.toks[end]?.text ?? '') && (nameLike(x, end + 1) || isNameMention(x, end + 1))) { end++; continue; }
    // ("C.Y. Wong", "Prof. Dr. Erika Muster", "Jan W. Muster": the period of an initial or a title stays in the name)
    if (prev && x.toks[end]?.text === '.' && abbreviated(x, end - 1) && tokenKind(x, end + 1) === 'noun') { end++; continue; }
    if (!(end < x.to && tokenKind(x, end) === 'noun')) break;
    const hit = x.mentionAt.get(end);
    const word = x.toks[end]!.text;
    // ("Die Europäische Zentralbank", "Der Bremer Forscher": a capitalized adjective before a noun, though the
    // lexicon knows it as a noun too)
    const nextCommon = tokenKind(x, end + 1) === 'noun' && !!nounLemma(x.toks[end + 1]!.text);
    const adjectiveBefore: boolean = !hit && tokenKind(x, end + 1) === 'noun' && (adjectival(word.toLowerCase()) || (prev === null && /er$/.test(word) && nextCommon));
    const common: boolean = !hit && !!nounLemma(word) && !adjectiveBefore;
    // ("sagte Kallas Journalisten", "Die Regierung Merz"): a common noun after a name or a noun starts another phrase
    // (but "Jan Muster", "Peter Müller": a surname that is also a noun, after a first name no lexicon knows)
    const after = x.toks[end + 1];
    const first = x.toks[end - 1]?.text === '.' ? end - 2 : end - 1;
    // (no abstract noun is a surname: "Norbert Lammert Verzögerung der Veröffentlichungspflicht")
    const surname = prev === 'name' && !x.mentionAt.get(first) && nameLike(x, first) && !/(?:ung|heit|keit|schaft|tion|tät|ismus)$/.test(word)
      && (!after || after.kind !== 'word' || x.finite.has(end + 1) || /^\p{Ll}/u.test(after.text));
    if (prev && prev !== 'adjective' && common && !QUANTITY.test(x.toks[end - 1]!.text) && !surname) break;
    if (prev === 'common' && adjectiveBefore) break;
    // ("Dem Haushalt konnte Steinbrück Positives abgewinnen": an adjective used as a noun is no second name)
    if (prev === 'name' && !hit && /^\p{Lu}\p{Ll}+es$/u.test(word) && isAdjective(word.slice(0, -2).toLowerCase())) break;
    // ("die Außenminister Frankreichs": a state's name in the genitive follows as an attribute, not as a name)
    if (prev === 'common' && hit && !x.personal(hit.m) && /s$/.test(word)) break;
    // ("Das Weiße Haus", "des Auswärtigen Amtes": a capitalized adjective goes on to its noun)
    // (a mention opening with its article starts a phrase of its own: "traf Selenskyj den britischen Premierminister")
    if (prev && hit && /^\p{Ll}/u.test(word) && x.words.determiners.has(word)) break;
    // ("die US-Regierung Georgien": two names of different actors side by side are two phrases)
    if (prev === 'name' && hit && end > k && x.mentionAt.get(lastStart)?.m.actor && hit.m.actor && x.mentionAt.get(lastStart)!.m.actor !== hit.m.actor) break;
    lastStart = end;
    const lastWord = hit ? x.toks[hit.end - 1]!.text : word;
    prev = common || hit?.m.kind === 'descriptor' || hit?.m.kind === 'group' ? 'common' : adjectiveBefore || (adjectival(lastWord.toLowerCase()) && !nounLemma(lastWord)) ? 'adjective' : 'name';
    end = hit ? hit.end : end + 1;
  }
  return end;
}

/** Is the word at k written with a period that does not end it: an initial ("C", "W") or an abbreviation ("Dr", "Prof")? */
const abbreviated = (x: SentenceInput, k: number) => /^\p{Lu}$/u.test(x.toks[k]?.text ?? '') || x.words.abbreviations.has(x.toks[k]?.text ?? '');

/** Where the name part of a noun run starts ("Sprecher Serhij Nykyforow" → Serhij), or the run's start. */
function nameStart(x: SentenceInput, from: number, to: number): number {
  for (let k = from + 1; k < to; k++) {
    const hit = x.mentionAt.get(k);
    if ((hit && hit.m.kind !== 'descriptor') || (!hit && nameLike(x, k))) {
      const before = x.mentionAt.get(from);
      const titleBefore = (before && before.end <= k && before.m.kind === 'descriptor') || x.isRoleNoun(x.toks[k - 1]!.text)
        || (!before && !!nounLemma(x.toks[from]!.text) && !hit);
      return titleBefore ? k : from;
    }
  }
  return from;
}

/** "Selenskyjs", "Russlands", "Putins": a name in the genitive before a common noun or an adjective. */
function saxonGenitive(x: SentenceInput, k: number): boolean {
  const t = x.toks[k];
  if (!t || t.kind !== 'word' || !/^\p{Lu}.*s$/u.test(t.text) || tokenKind(x, k) !== 'noun') return false;
  const hit = x.mentionAt.get(k);
  const end = hit?.end ?? k + 1;
  if (hit && (hit.m.kind === 'pronoun' || hit.m.kind === 'adjective' || hit.m.kind === 'descriptor')) return false;
  // ("Nach Müllers Meinung": after a preposition even a surname that is also a noun)
  // ("Mannheims oberster Bürgermeister": a word the lexicon knows only as the genitive of a name-like noun)
  const lemma = hit ? undefined : nounLemma(t.text);
  if (lemma && lemma + 's' !== t.text && (k === x.from || tokenKind(x, k - 1) !== 'prep')) return false;
  const next = x.toks[end];
  if (!next || next.kind !== 'word' || x.finite.has(end)) return false;
  return (/^\p{Lu}/u.test(next.text) && (!!nounLemma(next.text) || x.isRoleNoun(next.text) || x.mentionAt.get(end)?.m.kind === 'descriptor'))
    || tokenKind(x, end) === 'adj' || inflectedBeforeNoun(x, end, k);
}
