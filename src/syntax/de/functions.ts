// The verb bracket of a German clause and the grammatical functions of its phrases. Case
// comes from the article ("dem" is dative, "den Präsidenten" accusative, "ein Sprecher"
// nominative), number from the article, coordination and the finite verb. The subject is
// the nominative that agrees with the verb: in a main clause the phrase before the verb
// unless an unambiguous nominative follows it ("Das Ergebnis bestätigte ein Sprecher"); a
// passive's "von"-phrase is its agent; "sagte X und betonte" shares X.
import type { Case, Clause, Negation, Phrase, VerbBracket } from '../types.js';
import { quotedPairs, type SentenceInput } from './input.js';
import { verbReadings } from '../../lexicon/verbs.js';
import { zuInfinitive } from './clauses.js';
import { compoundHead, nounFeatures, nounLemma } from '../../lexicon/nouns.js';
import { caseOfPhrase } from './case.js';

const inParts = (c: Clause, k: number) => c.parts.some(([b, e]) => k >= b && k < e);

/** Fills in each clause's verb bracket, phrases, functions and negation. */
export function assignFunctions(x: SentenceInput, clauses: Clause[], phrases: readonly Phrase[]): void {
  clauses.forEach((c) => {
    c.verb = c.elliptic && c.parent !== null ? { ...clauses[c.parent]!.verb } : bracketOf(x, c);
    c.phrases = phrases.filter((p) => inParts(c, p.from));
    if (c.kind === 'relative') relativePronoun(x, c, phrases);
  });
  clauses.forEach((c, i) => {
    functionsOf(x, c);
    if (!c.subject && c.kind === 'coordinated' && c.parent !== null) {
      c.subject = sharedParent(x, clauses, c).subject;
      c.subjectShared = c.subject !== null;
    }
    c.negation = negationOf(x, c, clauses[i + 1]);
  });
}

/**
 * The clause a coordinated one shares its subject with: its parent, past clauses inside a quotation when it
 * stands outside ("erklärte, X sei „…, und das repräsentiert nicht …“ und kündigte an": the one who explained).
 */
function sharedParent(x: SentenceInput, clauses: readonly Clause[], c: Clause): Clause {
  let parent = clauses[c.parent!]!;
  if (quotedAt(x, c.from) || !quotedAt(x, parent.from)) return parent;
  // (past the quotation and the reported clause it stands in: "Gillibrand sei „…“" is the message)
  while (parent.parent !== null && (quotedAt(x, parent.from) || /^subjunctive/.test(parent.verb.mood ?? ''))) parent = clauses[parent.parent]!;
  return parent;
}

/** Is token k inside a quotation of its sentence (an odd number of quotation marks before it)? */
function quotedAt(x: SentenceInput, k: number): boolean {
  return quotedPairs(x).some(([open, close]) => open < k && k < close);
}

/** The relative pronoun as its own phrase, and the noun phrase before the comma it speaks of. */
function relativePronoun(x: SentenceInput, c: Clause, phrases: readonly Phrase[]) {
  const at = c.introducer ?? c.from;
  const entry = x.words.relativePronouns.get(x.toks[at]!.text.toLowerCase());
  const before = phrases.filter((p) => p.to <= c.from && p.to >= c.from - 2).at(-1) ?? null;
  c.antecedent = before?.kind === 'pp' ? before.object ?? null : before;
  // ("dessen Urteil": a genitive relative is the article of its phrase)
  const own = c.phrases.find((p) => p.from === at);
  if (!entry || /^(dessen|deren)$/.test(x.toks[at]!.text)) return;
  // ("den Witkoff … vorgelegt hatte": the pronoun, then a name)
  const rest: Phrase[] = own && !own.pronoun && own.to > at + 1 ? [{ ...own, from: at + 1, determiner: null, cases: [] }] : [];
  // (its case and number are those of the article before the antecedent's noun: "die Ministerin, der …" is a dative)
  const antecedent = c.antecedent ? nounFeatures(x.toks[c.antecedent.head]!.text) : [];
  const told = antecedent.length ? caseOfPhrase(x.toks[at]!.text, antecedent) : null;
  const pronoun: Phrase = {
    kind: 'np', from: at, to: at + 1, head: at, determiner: null, cases: told?.cases ?? entry.cases, plural: told?.plural ?? c.antecedent?.plural ?? entry.plural,
    genitives: [], apposition: null, modifiers: [], conjuncts: [], pronoun: true,
  };
  c.phrases = [pronoun, ...rest, ...c.phrases.filter((p) => p.from !== at)].sort((a, b) => a.from - b.from);
}

const WERDEN = new Set(['wird', 'werden', 'wurde', 'wurden', 'worden', 'werde', 'würde', 'würden', 'wirst']);
const AUX_LEMMAS = new Set(['werden', 'haben', 'sein']);

function bracketOf(x: SentenceInput, c: Clause): VerbBracket {
  const verbs = x.verbs.filter((v) => inParts(c, v.index));
  const verbLast = c.kind === 'subordinate' || c.kind === 'relative';
  const v = (verbLast ? verbs.at(-1) : verbs[0]) ?? null;
  const nonFinite: number[] = [];
  const werden = v !== null && (WERDEN.has(x.toks[v.index]!.text.toLowerCase()) || c.parts.some(([b, e]) => x.toks.slice(b, e).some((t) => /^(werden|worden)$/.test(t.text))));
  const participle = (w: string) => werden && unknownParticiple(w);
  for (const [b, e] of c.parts) {
    for (let k = b; k < e; k++) {
      const t = x.toks[k]!;
      // ("Vereinbart wurde …": a participle opening the sentence is capitalized)
      const opening = k === x.from && v !== null && v.index === k + 1 && !nounLemma(t.text);
      if (k === v?.index || t.kind !== 'word' || !(opening || /^\p{Ll}/u.test(t.text)) || x.finite.has(k)) continue;
      // ("nannte seinen Platzverweis „überzogen“": a participle in quotation marks is the quoted words', not the clause's;
      // but "wurden „scharf kritisiert“" is the bracket an auxiliary opened)
      if (v !== null && quotedAt(x, k) !== quotedAt(x, v.index) && !auxiliary(x.toks[v.index]!.text)) continue;
      // (an attributive participle stands before its noun: "die vereinbarte Waffenruhe")
      if (/^\p{Lu}/u.test(x.toks[k + 1]?.text ?? '') && x.toks[k + 1]!.kind === 'word') continue;
      // (an article is no infinitive: "begründete dies zum einen mit …" is no "einen")
      if (x.words.determiners.has(t.text)) continue;
      if (verbReadings(t.text.toLowerCase()).some((r) => r.tense === 'PA2' || r.tense === 'INF' || r.tense === 'EIZ') || participle(t.text.toLowerCase())) nonFinite.push(k);
    }
  }
  if (!v) {
    const inf = c.kind === 'infinitive' ? zuInfinitive(x, { from: c.from, to: c.to }) : null;
    const lemma = inf === null ? null : verbReadings(x.toks[inf]!.text).find((r) => r.tense === 'EIZ' || r.tense === 'INF')?.lemma ?? null;
    return { finite: null, lemma, particle: null, nonFinite: inf === null ? nonFinite : [...new Set([...nonFinite, inf])], mood: null, tense: null, voice: 'active' };
  }
  const finiteWord = x.toks[v.index]!.text.toLowerCase();
  const pa2 = nonFinite.filter((k) => verbReadings(x.toks[k]!.text.toLowerCase()).some((r) => r.tense === 'PA2') || participle(x.toks[k]!.text.toLowerCase()));
  const inf = nonFinite.filter((k) => verbReadings(x.toks[k]!.text.toLowerCase()).some((r) => r.tense === 'INF'));
  const words = nonFinite.map((k) => x.toks[k]!.text.toLowerCase());
  // "wurde zugesagt", "soll vereinbart worden sein", "muss verlängert werden": werden with a participle
  // ("ist … vereinbart worden": "worden" is passive whatever the lexicon knows of the participle)
  const passive = words.includes('worden') || (pa2.length > 0
    && (WERDEN.has(finiteWord) || words.includes('werden'))
    && !/^(hat|hatte|haben|hatten|habe|hätte|hätten)$/.test(finiteWord));
  const finiteLemma = verbReadings(finiteWord).find((r) => AUX_LEMMAS.has(r.lemma))?.lemma;
  const main = [...nonFinite].reverse().find((k) => !/^(worden|werden|sein|haben|geworden|gewesen)$/.test(x.toks[k]!.text.toLowerCase()) || nonFinite.length === 1);
  const mainLemma = main === undefined ? null : verbReadings(x.toks[main]!.text.toLowerCase()).find((r) => r.tense === 'PA2' || r.tense === 'INF' || r.tense === 'EIZ')?.lemma ?? null;
  const tense = tenseOf(x, v.index, finiteLemma, pa2.length > 0, inf.length > 0, passive);
  return { finite: v.index, lemma: mainLemma ?? v.lemma, particle: v.particle, nonFinite, mood: v.mood, tense, voice: passive ? 'passive' : 'active' };
}

/** Is the finite form one of "haben", "sein", "werden" or a modal verb, which take a participle or infinitive? */
const auxiliary = (w: string) => verbReadings(w.toLowerCase()).some((r) => AUX_LEMMAS.has(r.lemma) || /^(können|müssen|sollen|wollen|dürfen|mögen)$/.test(r.lemma));

/** "vereinbart" (beside "werden"): a weak participle with an inseparable prefix the verb lexicon lacks. */
const unknownParticiple = (w: string) => /^(?:be|ver|er|zer|ent|emp|miss)\p{Ll}{3,}t$/u.test(w) && !verbReadings(w).length && !nounLemma(w);

function tenseOf(x: SentenceInput, finite: number, auxLemma: string | undefined, participle: boolean, infinitive: boolean, passive: boolean): VerbBracket['tense'] {
  const readings = verbReadings(x.toks[finite]!.text);
  const past = readings.some((r) => r.tense === 'PRT' || r.tense === 'KJ2');
  if (auxLemma === 'werden' && /^würde/.test(x.toks[finite]!.text.toLowerCase()) && infinitive) return 'conditional';
  if (auxLemma === 'werden' && infinitive && !passive) return 'future';
  if ((auxLemma === 'haben' || auxLemma === 'sein') && participle) return past ? 'pluperfect' : 'perfect';
  return past ? 'past' : 'present';
}

/** Does the finite verb agree with this phrase in number (when both tell it)? */
function agrees(x: SentenceInput, c: Clause, p: Phrase): boolean {
  if (c.verb.finite === null || p.plural === null) return true;
  const numbers = new Set(verbReadings(x.toks[c.verb.finite]!.text).filter((r) => r.person === 3).map((r) => r.number));
  if (!numbers.size) return true;
  return numbers.has(p.plural ? 'P' : 'S');
}

const allows = (p: Phrase, kase: Case) => !p.cases.length || p.cases.includes(kase);
const only = (p: Phrase, kase: Case) => p.cases.length > 0 && p.cases.every((c) => c === kase);

/** "Gestern Abend", "letzten September", "jeden Montag": a phrase of time is an adverbial, not an argument. */
const adverbialTime = (x: SentenceInput, p: Phrase) => x.words.timeNouns.has(x.toks[p.head]!.text) && p.genitives.length === 0 && p.to - p.from <= 4;

/** Does "als" or "wie" (not the clause's conjunction) stand right before the phrase, or before its opening quotation mark ("Als „unerwartetes Geschenk“ bezeichnet …")? */
function afterAls(x: SentenceInput, c: Clause, p: Phrase): boolean {
  const k = x.toks[p.from - 1]?.kind === 'quote' ? p.from - 2 : p.from - 1;
  return /^(als|wie)$/i.test(x.toks[k]?.text ?? '') && k !== c.introducer;
}

function functionsOf(x: SentenceInput, c: Clause) {
  const nps = c.phrases.filter((p) => p.kind === 'np');
  // ("Als Grund nannte er …": a phrase after "als" or "wie" is a predicate; "Gestern Abend": a bare time noun an adverbial)
  const candidates = nps.filter((p) => allows(p, 'nom') && !only(p, 'gen') && agrees(x, c, p)
    && !afterAls(x, c, p) && !adverbialTime(x, p));
  const finite = c.verb.finite;
  const sure = candidates.find((p) => only(p, 'nom'));
  let subject: Phrase | null = null;
  if (c.kind === 'infinitive') subject = null;
  else if ((c.kind === 'main' || c.kind === 'coordinated' || c.kind === 'parenthetical') && finite !== null) {
    // the Vorfeld holds one phrase; after it, or when it is an object, the subject follows the verb
    const vorfeld = candidates.find((p) => p.to <= finite);
    const elided = c.kind === 'coordinated' && !candidates.some((p) => p.to <= finite);
    subject = vorfeld && !(sure && sure !== vorfeld && !only(vorfeld, 'nom')) ? vorfeld
      : sure ?? (elided ? null : candidates.find((p) => p.from > finite) ?? null);
  } else {
    subject = sure ?? candidates[0] ?? null;
  }
  c.subject = subject;
  const rest = nps.filter((p) => p !== subject && !adverbialTime(x, p));
  // (beside a subject, or in a zu-infinitive, a phrase that may be nominative or dative is the dative: "Die EU sagte der Ukraine Hilfe zu")
  c.dative = rest.find((p) => only(p, 'dat') || (p.cases.includes('dat') && !p.cases.includes('acc') && (subject !== null || c.kind === 'infinitive' || !p.cases.includes('nom')))) ?? null;
  c.accusative = rest.find((p) => p !== c.dative && p.cases.includes('acc')) ?? rest.find((p) => p !== c.dative && !p.cases.length && !p.pronoun) ?? null;
  if (c.verb.voice === 'passive') {
    // ("seitens der Behörden": on the part of, an agent too)
    const by = c.phrases.find((p) => p.kind === 'pp' && /^(von|vom|durch|seitens)$/.test(x.toks[p.preposition!]!.text.toLowerCase()));
    c.agent = by?.object ?? agentInPhrase(x, c);
  }
}

/**
 * "Zudem wurde die Bundesregierung vom LSVD aufgefordert": in a passive without an agent of its own, a "von" the
 * phrase reading took as its noun's owner is the agent (not after a role, "der Bürgermeister von New Orleans",
 * nor a source, "Angaben von Augenzeugen"); the phrase ends before it.
 */
function agentInPhrase(x: SentenceInput, c: Clause): Phrase | null {
  for (const [n, p] of c.phrases.entries()) {
    const last = p.genitives.at(-1);
    if (p.kind !== 'np' || !last || last.kind !== 'pp' || !last.object || last.to !== p.to || !/^(von|vom)$/.test(x.toks[last.preposition!]!.text)) continue;
    // (the Vorfeld holds one phrase: "Die Rede von Angela Merkel wurde kritisiert" keeps its "von")
    if (c.verb.finite !== null && p.to <= c.verb.finite) continue;
    const head = x.toks[p.head]!.text;
    if (x.isRoleNoun(head) || x.words.timeNouns.has(head) || x.mentionAt.get(p.head)?.m.kind === 'descriptor') continue;
    // (the agent names someone: a mention or a name, "vom LSVD", not "eine Summe von zehn Millionen", "die Diskriminierung von Frauen")
    const o = last.object;
    const named = (x.mentionAt.get(o.head) && x.mentionAt.get(o.head)!.m.kind !== 'adjective') || (/^\p{Lu}/u.test(x.toks[o.head]!.text) && !nounLemma(x.toks[o.head]!.text) && !compoundHead(x.toks[o.head]!.text));
    if (!named) continue;
    const rest: Phrase = { ...p, to: last.from, genitives: p.genitives.slice(0, -1) };
    c.phrases.splice(n, 1, rest, last);
    if (c.subject === p) c.subject = rest;
    if (c.accusative === p) c.accusative = rest;
    if (c.dative === p) c.dative = rest;
    return last.object;
  }
  return null;
}

/** The negation of a clause: "nicht", "kein", "nie" — of one part only when "sondern" follows. */
function negationOf(x: SentenceInput, c: Clause, next: Clause | undefined): Negation | null {
  for (const [b, e] of c.parts) {
    for (let k = b; k < e; k++) {
      const w = x.toks[k]!.text.toLowerCase();
      const det = x.words.determiners.get(w) ?? x.words.pronouns.get(w);
      if (!x.words.negations.has(w) && !det?.negative) continue;
      const contrast = hasWord(x, c, 'sondern', k) || (next && x.toks[next.from]!.text === 'sondern');
      const focus = c.phrases.find((p) => p.from === k + 1) ?? null;
      return { at: k, scope: contrast ? 'constituent' : 'clause', focus };
    }
  }
  return null;
}

function hasWord(x: SentenceInput, c: Clause, word: string, after: number): boolean {
  for (const [b, e] of c.parts) for (let k = Math.max(b, after); k < e; k++) if (x.toks[k]!.text === word) return true;
  return false;
}
